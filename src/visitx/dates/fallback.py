"""dateparser behind guards, for a language without tables (`dates.parse`'s last resort).

A language without hand-made tables gets month names from CLDR first (`tables.babel_lexicon`);
what that leaves is read by dateparser and trusted only where it can be checked: at most one
year and one day number, never a year outside the Gregorian range (a Solar Hijri or Hijri
year read as Gregorian), a day, month or year only when it is the one the text writes, and a
relative reading only when it lies exactly the written count from publication. A bare
duration (`3 dny`) is None.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from visitx.dates import relative as _date_relative
from visitx.dates import tables
from visitx.dates.calendars import YEARS, period
from visitx.dates.grammar import Cand
from visitx.dates.symbols import regexes

__all__ = ["dateparser_period"]


def dateparser_period(text: str, lang: str, published: date | None, ahead: bool) -> Cand | None:
    """dateparser for a language without tables, trusted only where it can be checked."""
    from dateparser.date import DateDataParser

    # Times as written (`8:13 AM`): the time pattern is meant for normalized text.
    ascii_text = re.sub(regexes().time.pattern, " ", tables.to_ascii_digits(text), flags=re.I)
    years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", ascii_text)}
    days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", ascii_text)
    if len(years) > 1 or len(days) > 1 or (not years and published is None):
        return None
    if any(not YEARS["gregorian"][0] <= y <= YEARS["gregorian"][1] for y in years):
        return None  # never a Solar Hijri or Hijri year read as Gregorian
    settings = {
        "STRICT_PARSING": bool(years and days),
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime.combine(published or date.today(), datetime.min.time()),
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
    }
    try:
        data = DateDataParser(languages=[lang], settings=settings).get_date_data(ascii_text)
    except (ValueError, TypeError):
        return None  # a language dateparser does not know
    if data.date_obj is None or data.period not in ("day", "week", "month", "year"):
        return None
    found = data.date_obj.date()
    if years:
        return _written(found, data.period, days, years, published)
    english = _in_english(ascii_text, lang)
    if _BARE_DURATION.fullmatch(english):
        return None  # `3 dny`, `2 roky`: a length of time, not a date (`před 3 dny` is)
    counted = None
    if re.search(r"\b(?:ago|in)\b", english):  # `jutro` is translated `in 1 day`
        counted = _date_relative.counted_offset(found, published, data.period, days, ahead)
    if counted is not None and YEARS["gregorian"][0] <= counted.start.year <= YEARS["gregorian"][1]:
        return Cand(counted.start, counted.end, counted.precision, "gregorian", inferred=True)
    return _written(found, data.period, days, years, published)


_BARE_DURATION = re.compile(
    r"[\d\s,.]*(?:(?:decade|year|month|week|day|hour|minute|second)s?[\d\s,.]*)+"
)


def _in_english(text: str, lang: str) -> str:
    """dateparser's English translation of `text` (`před 3 dny` → `3 day ago`)."""
    from dateparser.conf import settings
    from dateparser.languages.loader import default_loader

    try:
        return str(default_loader.get_locale(lang).translate(text, settings=settings))
    except (ValueError, TypeError, KeyError):
        return ""


def _written(
    found: date, unit: str, days: list[str], years: set[int], published: date | None
) -> Cand | None:
    """dateparser's day, month or year, when it is the one the text writes."""
    if unit == "week" or (years and found.year not in years):
        return None
    if unit == "day" and days and found.day != int(days[0]):
        return None
    if not years and published is not None and found > published:
        return None
    same_weekday = published is not None and found.weekday() == published.weekday()
    if not years and not days and same_weekday and found != published:
        return None  # a weekday named on that weekday: today, or a week ago?
    month = None if unit == "year" else found.month
    span = period("gregorian", found.year, month, found.day if unit == "day" else None)
    return None if span is None else Cand(*span, unit, "gregorian", inferred=not years)
