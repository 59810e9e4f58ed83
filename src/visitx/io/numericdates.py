"""Whether a page's date rests on a numeric date whose order the page does not fix.

`03/05/2024` is 3 May in Britain and 5 March in the United States; htmldate reads such a
date in one order, whatever the page. A day htmldate found is kept when:

- the page also writes it year first (`2024-05-03`, `2024/05/03`: how metadata and
  `datetime` attributes write dates), or writes no numeric form of it at all (it came
  from a month's name);
- its day is over 12 or equals its month (one order only);
- the page writes it day first (`03/05/2024`, `3.5.2024`) and its language writes dates
  day first: a text in any language but English, a page declared in one (`lang="de"`),
  and English declared with a region that does (`en-GB`, `en-IN`, `en-AU` ...);
- the page writes it month first (`05/03/2024` read as 3 May) and the page is US or
  Philippine English (`en-US`, `en-PH`).

Else the day is dropped (None rather than wrong): plain `lang="en"`, `en-CA` (both orders
in use) and a page of unknown language fix no order.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["order_checked", "order_unsure"]

# English regions that write numeric dates month first, and those that use both orders.
_MONTH_FIRST = frozenset({"us", "ph"})
_EITHER = frozenset({"ca"})


def _forms(day: dt.date, *, day_first: bool) -> re.Pattern[str]:
    """`day` written with a two- or four-digit year last, day or month first."""
    first, second = (day.day, day.month) if day_first else (day.month, day.day)
    year = f"(?:{day.year}|{day.year % 100:02d})"
    return re.compile(rf"(?<![\d/.-])0?{first}(?P<sep>[./-])0?{second}(?P=sep){year}(?![\d/.-]?\d)")


def _year_first(day: dt.date) -> re.Pattern[str]:
    return re.compile(rf"(?<!\d){day.year}(?P<sep>[./-])0?{day.month}(?P=sep)0?{day.day}(?!\d)")


def order_unsure(
    day: dt.date, source: str, language: str | None, declared: str | None = None
) -> bool:
    """Whether `day`, found in the page `source`, may be a misread of an ambiguous
    numeric date (see the module docstring). `language` is the page's two-letter
    language, `declared` its declared `lang` (`en-US`), if any: a page declared in
    another language than English writes dates day first, whatever its text.

    Example:
        >>> page = '<p class="date">03/05/2024</p>'
        >>> order_unsure(dt.date(2024, 5, 3), page, "en")
        True
        >>> order_unsure(dt.date(2024, 5, 3), page, "en", "en-GB")
        False
        >>> order_unsure(dt.date(2024, 5, 3), page, "en", "en-US")
        True
        >>> order_unsure(dt.date(2024, 5, 3), page, "de")
        False
        >>> order_unsure(dt.date(2024, 5, 13), "<p>05/13/2024</p>", "en")
        False
    """
    if day.day > 12 or day.day == day.month or _year_first(day).search(source):
        return False
    tag = re.split(r"[-_]", declared.strip().casefold()) if declared else []
    region = next((part for part in tag[1:] if len(part) == 2 and part.isalpha()), None)
    declared = tag[0] if tag and tag[0] else None
    day_first = _forms(day, day_first=True).search(source) is not None
    month_first = _forms(day, day_first=False).search(source) is not None
    if not day_first and not month_first:
        return False
    english = language == "en" and declared in (None, "en")
    writes_day_first = language is not None and (
        not english or (region is not None and region not in _MONTH_FIRST | _EITHER)
    )
    writes_month_first = english and region in _MONTH_FIRST
    return not ((day_first and writes_day_first) or (month_first and writes_month_first))


def order_checked(
    value: str | None, source: str, language: str | None, declared: str | None
) -> str | None:
    """htmldate's finding `value` (`YYYY-MM-DD...`), or None when `order_unsure`."""
    try:
        day = dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return value
    if day is not None and order_unsure(day, source, language, declared):
        return None
    return value
