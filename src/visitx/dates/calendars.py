"""Gregorian, Solar Hijri and Hijri days, months and years for `_dates`.

jdatetime (Solar Hijri) and hijridate (Umm al-Qura tables) are imported on first use,
keeping `import visitx` fast.
"""

from __future__ import annotations

import calendar as gregorian_calendar
from datetime import date
from types import ModuleType

# Years each calendar may carry in a news article. Solar Hijri (1402 SH) and Hijri
# (1444 AH) overlap each other but not the Gregorian range, so a year like 1402 is
# never read as Gregorian, whatever dateparser would say.
YEARS: dict[str, tuple[int, int]] = {
    "gregorian": (1900, 2100),
    "jalali": (1300, 1450),
    "hijri": (1343, 1500),
}
# A Gregorian year the caller's publication date gives (`5 March` published in 1850)
# is no guess from a number in the text: any year of the Gregorian calendar (from
# 1583, its first whole year), short of `date`'s limit with room to count years on.
GIVEN_GREGORIAN = (1583, 9990)


# The calendar libraries load on first use, keeping `import visitx` fast.
def _jdatetime() -> ModuleType:
    import jdatetime

    module: ModuleType = jdatetime
    return module


def _hijridate() -> ModuleType:
    import hijridate

    module: ModuleType = hijridate
    return module


def to_gregorian(cal: str, year: int, month: int, day: int, *, given: bool = False) -> date | None:
    """The Gregorian day of a day written in `cal`; `given`: the year comes from the
    publication date, not the text (a Gregorian one may lie outside `YEARS`)."""
    low, high = GIVEN_GREGORIAN if given and cal == "gregorian" else YEARS[cal]
    if not low <= year <= high:
        return None
    try:
        if cal == "gregorian":
            return date(year, month, day)
        if cal == "jalali":
            converted = _jdatetime().date(year, month, day).togregorian()
        else:
            converted = _hijridate().Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(converted.year, converted.month, converted.day)


def from_gregorian(cal: str, day: date) -> tuple[int, int, int] | None:
    try:
        if cal == "gregorian":
            return day.year, day.month, day.day
        if cal == "jalali":
            converted = _jdatetime().date.fromgregorian(date=day)
        else:
            converted = _hijridate().Gregorian.fromdate(day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return int(converted.year), int(converted.month), int(converted.day)


def _month_length(cal: str, year: int, month: int) -> int:
    if cal == "gregorian":
        return gregorian_calendar.monthrange(year, month)[1]
    if cal == "jalali":
        if month == 12:
            return 30 if _jdatetime().date(year, 1, 1).isleap() else 29
        return 31 if month <= 6 else 30
    return int(_hijridate().Hijri(year, month, 1).month_length())


def period(
    cal: str, year: int, month: int | None, day: int | None, *, given: bool = False
) -> tuple[date, date] | None:
    """The Gregorian first and last day of a day, month or year written in `cal`
    (`given`: the year comes from the publication date, see `to_gregorian`)."""
    if month is not None and day is not None:
        single = to_gregorian(cal, year, month, day, given=given)
        return None if single is None else (single, single)
    first_month, last_month = (month, month) if month is not None else (1, 12)
    first = to_gregorian(cal, year, first_month, 1, given=given)
    if first is None:
        return None
    length = _month_length(cal, year, last_month)
    last = to_gregorian(cal, year, last_month, length, given=given)
    return None if last is None else (first, last)
