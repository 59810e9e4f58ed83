"""The periods that grammar matches of `dates.parse` denote.

A match of the symbol grammar (`dates.symbols`) is one of three shapes, each resolved
by its own function: numeric dates (`08.02.2019`, `2023-04-07 – 2023-04-09`), years
alone (`2023`, `2022-2023`), and month names with or without days and years (`7 Nisan
2023`, `May 3-5`, `Mayıs-Haziran 2023`). A year left out is inferred from the
publication date (`infer_year`); a range must really be one (`join`); several matches
of one expression must agree (`combine`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import NamedTuple

from visitx.dates.calendars import YEARS, from_gregorian, period, to_gregorian
from visitx.dates.symbols import Numeric, Sym

__all__ = ["Cand", "Context", "combine", "infer_year", "resolve"]

# With `tense="future"`, a day or month without a year that ended within this span
# before publication is unsure (next year's, or this year's under a wrong tense): None.
_FUTURE_SLACK = timedelta(days=62)
_MAX_RANGE = timedelta(days=400)
_MAX_YEARS = 10
# Languages whose two-digit numeric years may come first or count another calendar.
_YEAR_FIRST_OR_UNKNOWN = frozenset({None, "zh", "ja", "ko", "fa", "ps", "ar"})
# Languages whose civil calendar is the Solar Hijri one: a numeric day and month without
# a year (`۱۸/۰۳`) may be 18 March or 18 Khordad (Jawza).
_SOLAR_CIVIL = frozenset({"fa", "ps"})


class Cand(NamedTuple):
    """A candidate period: Gregorian first and last day, precision and calendar."""

    start: date
    end: date
    precision: str
    calendar: str
    inferred: bool  # the publication date supplied the year or the day


class Context(NamedTuple):
    """What one parse knows beside the symbols: language, publication date, tense words."""

    lang: str | None
    published: date | None
    numerics: list[Numeric]
    persian_digits: bool
    between: bool = False
    past: bool = False
    future: bool = False
    year_offset: int | None = None
    year_offset_cal: str = "gregorian"
    ahead: bool = False  # the caller knows the event is upcoming (a planned visit)
    weekday: int | None = None  # the one weekday written beside the date (Monday 0)


def _year_calendar(year: int, marker: str | None, ctx: Context, *, full: bool) -> str | None:
    """The calendar of a year written without a month name, or None when unsure.

    `full` is for numeric dates (`۱۴۰۲/۰۱/۱۸`), which are Solar Hijri in any language
    but Arabic, where a year like 1444 is more likely lunar Hijri.
    """
    if YEARS["gregorian"][0] <= year <= YEARS["gregorian"][1]:
        return "gregorian" if marker in (None, "gregorian") else None
    if marker in ("hijri", "jalali"):
        return marker
    if marker is not None or year > YEARS["jalali"][1]:
        return None
    if ctx.lang is None and not ctx.persian_digits and year >= YEARS["hijri"][0]:
        return None  # Solar Hijri and Hijri both: `1402/01/18` alone is no evidence
    persian = ctx.lang in ("fa", "ps", None) or ctx.persian_digits
    return "jalali" if persian or (full and ctx.lang != "ar") else None


def infer_year(cal: str, month: int, day: int | None, ctx: Context) -> int | None:
    """The year of a day or month written without one, from the publication date."""
    today = None if ctx.published is None else from_gregorian(cal, ctx.published)
    if ctx.published is None or today is None:
        return None
    if ctx.year_offset is not None:
        return _offset_year(cal, month, day, today[0] + ctx.year_offset, ctx)
    if ctx.future and not ctx.ahead:
        return None
    pub = ctx.published
    # Years without such a day (29 February) are passed over, going forward or back.
    later = _years_with(cal, month, day, range(today[0], today[0] + 9))
    earlier = _years_with(cal, month, day, range(today[0], today[0] - 9, -1))
    if ctx.ahead and not ctx.past:  # `last April` has ended by publication in any tense
        if ctx.future:  # `nächsten Februar`, `رمضان المقبل`: one that starts after publication
            return next((year for year, span in later if span[0] > pub), None)
        # An upcoming event: the next one that has not ended – unless one ended barely
        # before publication (`Christmas Day` told on 26 December: a day gone by is no
        # upcoming event, a year ahead is far).
        gone = next((span for _, span in earlier if span[1] < pub), None)
        coming = next(((year, span) for year, span in later if span[1] >= pub), None)
        if coming is None or (coming[0] != today[0] and gone and gone[1] >= pub - _FUTURE_SLACK):
            return None
        return coming[0]
    if period(cal, today[0], month, day, given=True) is None:
        return None  # 29 February told in 2023: of 2020, or a slip (chrono: invalid)?
    # In past tense the day or month has begun by publication ("last April": has
    # ended); the most recent such one (29 February told in January 2020: of 2016).
    return next((y for y, span in earlier if (span[1] < pub if ctx.past else span[0] <= pub)), None)


def _years_with(
    cal: str, month: int, day: int | None, years: range
) -> Iterator[tuple[int, tuple[date, date]]]:
    """The years of `years` that have such a day or month, with its span (the year is
    the publication's, so a Gregorian one may lie outside `YEARS`)."""
    for year in years:
        span = period(cal, year, month, day, given=True)
        if span is not None:
            yield year, span


def _offset_year(cal: str, month: int, day: int | None, year: int, ctx: Context) -> int | None:
    """`June of last year`, `رمضان العام الماضي`: `year` of the month's calendar when it
    is also the one such month within the year the relative word counts in its own
    calendar (`ژوئن امسال` told in January 2024: Solar Hijri 1402 holds June 2023, the
    Gregorian year June 2024: None)."""
    own = ctx.year_offset_cal
    this = None if ctx.published is None else from_gregorian(own, ctx.published)
    if own == cal or this is None:
        return year
    frame = period(own, this[0] + (ctx.year_offset or 0), None, None, given=True)

    def inside(y: int) -> bool:
        span = period(cal, y, month, day, given=True)
        return frame is not None and span is not None and frame[0] <= span[0] <= span[1] <= frame[1]

    return year if inside(year) and not inside(year - 1) and not inside(year + 1) else None


def _yearless(found: Numeric, marker: str | None, ctx: Context) -> Cand | None:
    """`29/02`: the most recent such day by publication; month first (`02/29`) only
    where US order is possible (English, no language). None for an upcoming event: a
    day-month just past (this year's, or years ahead for 29 February?) is unclear, and so
    in Persian and Pashto, where the month may be a Solar Hijri one (`۱۸/۰۳`)."""
    day, month = found.a, found.b
    if month > 12 and ctx.lang in ("en", None):
        day, month = month, day
    if marker is not None or ctx.ahead or month > 12 or ctx.lang in _SOLAR_CIVIL:
        return None
    year = infer_year("gregorian", month, day, ctx)
    found_day = None if year is None else to_gregorian("gregorian", year, month, day, given=True)
    return None if found_day is None else Cand(found_day, found_day, "day", "gregorian", True)


def _century_known(short_years: list[int], ctx: Context) -> bool:
    """Whether two-digit years (read as the latest such year up to ten years from today)
    are sure: none is more than ten years after the publication date (`12/12/30` or
    `August 32` published in 2012: None)."""
    pub = ctx.published
    return pub is None or all(year <= pub.year + 10 for year in short_years)


def _numeric(found: Numeric, marker: str | None, ctx: Context) -> Cand | None:
    if found.order == "dm":
        return _yearless(found, marker, ctx)
    if found.order == "ymd":
        year, month, day = found.a, found.b, found.c
    else:
        day, month, year = found.a, found.b, found.c
    if found.short_year and (marker is not None or ctx.lang in _YEAR_FIRST_OR_UNKNOWN):
        return None  # `08.02.19` may be year-first, or a Solar Hijri `1419`
    if found.short_year and not _century_known([year], ctx):
        return None  # `12/12/30` published in 2016: 1930, or 2030 (read by today's clock)?
    cal = _year_calendar(year, marker, ctx, full=True)
    if cal is None:
        return None
    # Slashes and dashes may be month-first in English (or CJK: `3-7-2017`), and so may
    # dots in an English article (`10.09.2003`: 9 October for dateutil and duckling's US
    # English, 10 September for British readers): read only what is evident.
    us_possible = ctx.lang == "en" or (ctx.lang in (None, "zh", "ja", "ko") and found.sep != ".")
    if found.order == "dmy" and cal == "gregorian" and us_possible:
        if month > 12 >= day or (day <= 12 and _month_first(year, day, month, ctx)):
            day, month = month, day
        elif day <= 12 and day != month and not _day_first(year, day, month, ctx):
            return None
    end = to_gregorian(cal, year, month, day)
    start = to_gregorian(cal, year, month, found.first_day) if found.order == "range" else end
    if start is None or end is None or start > end or (found.order == "range" and start == end):
        return None
    return Cand(start, end, "day", cal, inferred=False)


def _on_weekday(year: int, month: int, day: int, ctx: Context) -> bool:
    try:
        return date(year, month, day).weekday() == ctx.weekday
    except ValueError:
        return False


def _day_first(year: int, day: int, month: int, ctx: Context) -> bool:
    """Whether the weekday beside `5/6/2025` fits only the day-first reading (`Thursday,
    05/06/2025`: 5 June, a Thursday; 6 May was a Tuesday)."""
    return _on_weekday(year, month, day, ctx) and not _on_weekday(year, day, month, ctx)


def _month_first(year: int, day: int, month: int, ctx: Context) -> bool:
    """Whether the weekday beside `6/5/2025` fits only the month-first reading."""
    return day != month and _day_first(year, month, day, ctx)


def _join(first: Cand, last: Cand, conn: Sym | None, ctx: Context) -> Cand | None:
    """The range from `first` to `last`, if the two really form one."""
    if first.end >= last.start or last.end - first.start > _MAX_RANGE:
        return None
    # "6 and 7 November" is a two-day event; "3 and 10 May" are two separate days.
    adjacent = last.start == first.end + timedelta(days=1)
    if conn is not None and conn.code == "a" and not ctx.between and not adjacent:
        return None
    return first._replace(end=last.end)


def _years(y1: int, y2: int | None, marker: str | None, ctx: Context) -> Cand | None:
    cal = _year_calendar(y1, marker, ctx, full=False)
    if cal is None:
        return None
    if y2 is not None and not 0 < y2 - y1 <= _MAX_YEARS:
        return None
    first, last = period(cal, y1, None, None), period(cal, y2 or y1, None, None)
    if first is None or last is None:
        return None
    return Cand(first[0], last[1], "year", cal, inferred=False)


class _Match:
    """Named parts of one grammar match, as symbols."""

    def __init__(self, m: re.Match[str], syms: list[Sym]) -> None:
        self.m, self.syms = m, syms

    def sym(self, name: str) -> Sym | None:
        present = name in self.m.re.groupindex and self.m.start(name) >= 0
        return self.syms[self.m.start(name)] if present else None

    def num(self, name: str) -> int | None:
        found = self.sym(name)
        return None if found is None else found.value


def _numeric_match(parts: _Match, marker: str | None, ctx: Context) -> Cand | None:
    """`08.02.2019`, or a range of two numeric dates."""
    f1, f2 = parts.sym("f1"), parts.sym("f2")
    assert f1 is not None
    first = _numeric(ctx.numerics[f1.value], marker, ctx)
    if f2 is None or first is None:
        return first
    last = _numeric(ctx.numerics[f2.value], marker, ctx)
    if last is None or last.calendar != first.calendar:
        return None
    return _join(first, last, parts.sym("conn"), ctx)


def _range_years(
    y1: int | None, y2: int | None, m1: int, d1: int | None, m2: int, d2: int | None, ranged: bool
) -> tuple[int | None, int | None]:
    """Years of both ends; one may carry both (`28 December – 3 January 2023`)."""
    wraps = ranged and (m1, d1 or 0) > (m2, d2 or 0)
    if wraps and m1 == m2 and (y1 is None or y2 is None):
        return None, None  # `April 27th to the 3rd`: into May, or from 27 March? Not a year on.
    if y1 is None:
        y1 = y2 - 1 if y2 is not None and wraps else y2
    if y2 is None:
        y2 = y1 + 1 if y1 is not None and wraps else y1
    return y1, y2


def _first_year(
    cal: str, m1: int, d1: int | None, m2: int, d2: int | None, ctx: Context, ranged: bool
) -> int | None:
    """The year of a day or month written without one, the first end of a range; for an
    upcoming event a range whose start has just gone by is this year's while it has not
    ended (`between June and August` told in July)."""
    y1 = infer_year(cal, m1, d1, ctx)
    if y1 is not None or not ranged or not ctx.ahead or ctx.past:
        return y1
    y2 = infer_year(cal, m2, d2, ctx)
    if y2 is None:
        return None
    y1, _ = _range_years(None, y2, m1, d1, m2, d2, ranged=True)
    return y1


def _month_match(parts: _Match, marker: str | None, ctx: Context) -> Cand | None:
    """A month name with or without days and years, alone or as a range."""
    y0, y1, y2, d1, d2 = (parts.num(name) for name in ("y0", "y1", "y2", "d1", "d2"))
    conn = parts.sym("conn")
    if y0 is not None:  # a year written first belongs to the whole expression
        if y0 != (y1 or y0) or y0 != (y2 or y0):
            return None
        y1, y2 = y0, (y0 if conn is not None else None)
    months = [s for s in (parts.sym("m1"), parts.sym("m2")) if s is not None]
    if not months:
        if conn is not None and conn.code == "a" and not ctx.between and y1 and y2 != y1 + 1:
            return None  # `2019 and 2021`: two years, not three (`2019 and 2020` run on)
        return None if y1 is None else _years(y1, y2, marker, ctx)
    cal = months[0].cal
    if any(s.cal != cal for s in months) or (marker is not None and marker != cal):
        return None
    m1, m2 = months[0].value, months[-1].value
    precision = "day" if d1 is not None else "month"
    inferred = y1 is None and y2 is None
    if inferred:
        y1 = _first_year(cal, m1, d1, m2, d2, ctx, conn is not None)
        if y1 is None:
            return None
    y1, y2 = _range_years(y1, y2, m1, d1, m2, d2, conn is not None)
    if y1 is None or y2 is None:
        return None
    head = period(cal, y1, m1, d1, given=inferred)
    if head is None:
        return None
    cand = Cand(*head, precision, cal, inferred)
    if conn is None:
        return cand
    tail = period(cal, y2, m2, d2, given=inferred)
    return None if tail is None else _join(cand, Cand(*tail, precision, cal, inferred), conn, ctx)


def resolve(m: re.Match[str], syms: list[Sym], ctx: Context) -> Cand | None:
    """The period one grammar match denotes, or None when it is invalid or unsure."""
    parts = _Match(m, syms)
    markers = {s.cal for s in (parts.sym(f"c{i}") for i in range(3)) if s is not None}
    if len(markers) > 1:
        return None
    marker = next(iter(markers), None)
    if not _century_known([s.value for s in syms[m.start() : m.end()] if s.short], ctx):
        return None
    if parts.sym("f1") is not None:
        return _numeric_match(parts, marker, ctx)
    return _month_match(parts, marker, ctx)


def combine(cands: list[Cand]) -> Cand | None:
    """One period from several matches: they must nest, or name the same day."""
    narrowest = min(cands, key=lambda c: c.end - c.start)
    if all(c.start <= narrowest.start and narrowest.end <= c.end for c in cands):
        pinned = any(not c.inferred for c in cands)
        return narrowest._replace(inferred=narrowest.inferred and not pinned)
    # A Hijri date beside its Gregorian equivalent may be a day off (moon sighting
    # against Umm al-Qura); the Gregorian one is authoritative.
    gregorian = {c for c in cands if c.calendar == "gregorian"}
    if len(gregorian) == 1:
        (chosen,) = gregorian
        if chosen.precision == "day" and all(
            c.start == c.end and abs(c.start - chosen.start).days <= 1 for c in cands
        ):
            return chosen
    return None
