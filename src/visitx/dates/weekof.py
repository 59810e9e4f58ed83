"""A weekday of a named week: `上周五`, `先週金曜日`, `지난주 금요일` (Friday of last week).

Chinese, Japanese and Korean name the week and then the day: `上周五` told on a
Saturday is the Friday eight days before, not the day before (as the past word `上`
alone would make it). The prefixes are in `tables/date_words.json` (`week_weekdays`),
the weekday words are the language's own. Weeks run Monday to Sunday; where the
answer depends on that (a Sunday named, or told on a Sunday: calendars in Taiwan,
Japan and Korea start the week on Sunday) the reading is None, and so is an upcoming
day in past tense or a day gone by for an upcoming event.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import Final

from visitx.dates import tables

__all__ = ["NOT_A_WEEKDAY_OF_WEEK", "weekday_of_week"]

NOT_A_WEEKDAY_OF_WEEK: Final = "not a weekday of a named week"
_OFFSETS = {"last": -1, "this": 0, "next": 1}
_SUNDAY = 6


@functools.cache
def _patterns(lang: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """(week offset, full-match regex with the weekday's number as the group name)."""
    table = tables.week_weekdays().get(lang)
    if table is None:
        return ()
    days = "|".join(
        f"(?P<d{number}>{'|'.join(re.escape(tables.normalize(f)) for f in forms.split('|'))})"
        for number, forms in enumerate(tables.weekday_forms(lang))
    )
    tail = f"(?: ?(?:{tables.normalize(table['tail'])}))?" if table["tail"] else ""
    return tuple(
        (offset, re.compile(f"(?:{tables.normalize(table[name])}) ?(?:{days}){tail}"))
        for name, offset in _OFFSETS.items()
    )


def weekday_of_week(norm: str, lang: str | None, published: date, ahead: bool) -> date | str | None:
    """The day `norm` names as a weekday of last, this or next week; None when it is
    such an expression but unsure; `NOT_A_WEEKDAY_OF_WEEK` when it is none."""
    text = norm.strip(" .,;:!?()[]\"'«»")
    langs = [lang] if lang is not None else list(tables.week_weekdays())
    for tag in langs:
        for offset, pattern in _patterns(tag):
            m = pattern.fullmatch(text)
            if m is None:
                continue
            weekday = next(int(name[1:]) for name, value in m.groupdict().items() if value)
            if _SUNDAY in (weekday, published.weekday()):
                return None  # the week may start on Sunday
            monday = published - timedelta(days=published.weekday())
            day = monday + timedelta(weeks=offset, days=weekday)
            if (day > published and not ahead) or (day < published and ahead and offset >= 0):
                return None  # `下周五` of a past event, `本周一` of an upcoming one
            return day
    return NOT_A_WEEKDAY_OF_WEEK
