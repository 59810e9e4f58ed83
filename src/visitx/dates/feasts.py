"""The days of movable holidays, computed from the rules of `tables/holiday_words.json`.

A rule is a base day with an optional offset in days (`easter-2`: Good Friday), or a
period `first..last` of two such days (`easter-2..easter+1`: the Easter weekend):

* `easter`: Western Easter Sunday (the Gregorian computus of python-dateutil's `easter`);
* `orthodox`: Orthodox Easter Sunday (the Julian computus), as its Gregorian day (13 days
  later than the Julian date from 1900 to 2099);
* `nth(M/W/N)`: the Nth weekday W (Monday 0) of month M, N = -1 the last one
  (`nth(11/3/4)`: the fourth Thursday of November);
* `hijri(M/D)`: day D of Hijri month M by the Umm al-Qura tables of hijridate (the
  Saudi calendar; countries that sight the moon may keep the feast a day apart);
* `jalali(M/D)`: day D of Solar Hijri month M (`jalali(1/1)`: Nowruz, 1 Farvardin);
* `date(M/D)`: a fixed Gregorian day (`date(3/21)`: Nevruz in Turkey, Navro'z in
  Uzbekistan, which keep 21 March rather than 1 Farvardin);
* `lunar(M/D)`: day D of month M (not the leap month) of the Chinese lunar year that
  starts in the Gregorian year, by lunar-python (`lunar(8/15)`: the Mid-Autumn
  Festival); None on the days `lunar_unsure` of `tables/holiday_words.json` lists, where
  calendars disagree.

`occurrences(rule, calendar_year)` gives the periods of a rule in one year of the
calendar its base is kept in (Gregorian, Hijri or Solar Hijri).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN
from dateutil.easter import easter as dateutil_easter

from visitx.core.datafiles import read_json
from visitx.dates.calendars import to_gregorian

__all__ = ["base_calendar", "easter", "nth_weekday", "occurrence", "orthodox_easter"]

_TERM = re.compile(
    r"(easter|orthodox|nth|hijri|jalali|date|lunar)(?:\((\d+)/(\d+)(?:/(-?\d+))?\))?([+-]\d+)?"
)
_CALENDARS = {"easter": "gregorian", "orthodox": "gregorian", "nth": "gregorian",
              "hijri": "hijri", "jalali": "jalali", "date": "gregorian",
              "lunar": "gregorian"}  # fmt: skip


def easter(year: int) -> date:
    """Western Easter Sunday of `year` (Gregorian computus, python-dateutil)."""
    return dateutil_easter(year, EASTER_WESTERN)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of `year` as a Gregorian day (Julian computus, python-dateutil)."""
    return dateutil_easter(year, EASTER_ORTHODOX)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The `n`th `weekday` (Monday 0) of `month`; `n` = -1 the last one."""
    if n < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _chinese_lunar(year: int, month: int, day: int) -> date | None:
    """The Gregorian day of `day` of `month` of the Chinese lunar year `year` (lunar-python);
    None on a day the calendars disagree on (`lunar_unsure`: 1978's Mid-Autumn Festival)
    or one the month lacks (a 30th in a month of 29 days)."""
    from lunar_python import Lunar, LunarMonth

    if f"{year}/{month}/{day}" in read_json("holiday_words.json")["lunar_unsure"]:
        return None
    if day > LunarMonth.fromYm(year, month).getDayCount():
        return None
    solar = Lunar.fromYmd(year, month, day).getSolar()
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def base_calendar(rule: str) -> str:
    """The calendar whose years a rule is counted in (`hijri(10/1)`: hijri)."""
    found = _TERM.match(rule)
    return "gregorian" if found is None else _CALENDARS[found.group(1)]


def _day(term: str, year: int) -> date | None:
    """The Gregorian day of one term of a rule in `year` of its calendar."""
    found = _TERM.fullmatch(term)
    if found is None:
        raise ValueError(f"holiday rule term {term!r}: see tables/holiday_words.json")
    kind, month, day, n, shift = found.groups()
    base: date | None
    if kind == "easter":
        base = easter(year)
    elif kind == "orthodox":
        base = orthodox_easter(year)
    elif kind == "nth":
        base = nth_weekday(year, int(month), int(day), int(n))
    elif kind == "lunar":
        base = _chinese_lunar(year, int(month), int(day))
    else:
        cal = "gregorian" if kind == "date" else kind
        base = to_gregorian(cal, year, int(month), int(day))
    return None if base is None else base + timedelta(days=int(shift or 0))


def occurrence(rule: str, year: int) -> tuple[date, date] | None:
    """The first and last day of `rule` in `year` of its calendar; None out of range."""
    first, _, last = rule.partition("..")
    start = _day(first, year)
    end = _day(last, year) if last else start
    return None if start is None or end is None else (start, end)
