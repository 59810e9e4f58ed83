"""Turn a date expression copied from a news article into a Gregorian period.

`parse_date` is deterministic for the languages of `tables/date_words.json`:

1. *Normalize* the text (`_date_tables.normalize`: digits, letter variants, case,
   diacritics), cut out times of day and turn numeric dates (`2023-04-07`,
   `08.02.2019`, `۱۴۰۲/۰۱/۱۸`, `12.–14.10.2023`) into placeholder tokens.
2. *Symbolize*: look words up as phrases in the language's tables, longest first,
   giving one symbol per token: `d` day number, `y` year, `M` month (with its
   calendar), `h` calendar marker, `r`/`a` range connectors, `W` weekday, `R`
   relative day, `Q` relative year, `P`/`N` past/future words, `S` stop words,
   `x` unknown; fillers (`ماه`, `günü`, `of`) are dropped.
3. *Match* a small grammar over the symbol string (`drdMy` is "6-7 Kasım 2014",
   `yMd` is "2023年4月7日") and convert each match from the calendar it is written
   in (jdatetime for Solar Hijri, hijridate's Umm al-Qura tables for Hijri).
4. *Agree*: several matches must nest or denote the same day, a weekday written next
   to a date must fall on it, and a stray number or dash makes the expression unsure.
   Without an explicit date, relative words and weekdays resolve against the
   publication date.

Whenever a step is unsure the result is None: a missing date is recoverable, a wrong
one is not. Other languages get month names from Babel's CLDR data and, failing
that, dateparser behind guards (at most one year, never a year outside the Gregorian
range, the day it found must be the day written). Heavy libraries load lazily.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta
from typing import Literal, NamedTuple

from visitx.core.models import Calendar, DateValue, Precision
from visitx.dates import relative as _date_relative
from visitx.dates import tables
from visitx.dates.calendars import _YEARS, _from_gregorian, _period, _to_gregorian
from visitx.dates.symbols import _Numeric, _prepare, _regexes, _Sym, _symbols

__all__ = ["parse_date"]

# With `tense="future"`, a day and month without a year barely past (within this
# span before publication) still mean this year's.
_FUTURE_SLACK = timedelta(days=62)
_MAX_RANGE = timedelta(days=400)
_MAX_YEARS = 10
# Languages whose two-digit numeric years may come first or count another calendar.
_YEAR_FIRST_OR_UNKNOWN = frozenset({None, "zh", "ja", "ko", "fa", "ps", "ar"})
_PRECISIONS: dict[str, Precision] = {"day": "day", "month": "month", "year": "year"}
_CALENDARS: dict[str, Calendar] = {"gregorian": "gregorian", "jalali": "jalali", "hijri": "hijri"}


class _Cand(NamedTuple):
    start: date
    end: date
    precision: str
    calendar: str
    inferred: bool  # the publication date supplied the year or the day


class _Context(NamedTuple):
    lang: str | None
    published: date | None
    numerics: list[_Numeric]
    persian_digits: bool
    between: bool = False
    past: bool = False
    future: bool = False
    year_offset: int | None = None
    year_offset_cal: str = "gregorian"
    ahead: bool = False  # the caller knows the event is upcoming (a planned visit)


_Outcome = _Cand | Literal["reject"] | None


def _year_calendar(year: int, marker: str | None, ctx: _Context, *, full: bool) -> str | None:
    """The calendar of a year written without a month name, or None when unsure.

    `full` is for numeric dates (`۱۴۰۲/۰۱/۱۸`), which are Solar Hijri in any language
    but Arabic, where a year like 1444 is more likely lunar Hijri.
    """
    if _YEARS["gregorian"][0] <= year <= _YEARS["gregorian"][1]:
        return "gregorian" if marker in (None, "gregorian") else None
    if marker in ("hijri", "jalali"):
        return marker
    if marker is not None or year > _YEARS["jalali"][1]:
        return None
    if ctx.lang is None and not ctx.persian_digits and year >= _YEARS["hijri"][0]:
        return None  # Solar Hijri and Hijri both: `1402/01/18` alone is no evidence
    persian = ctx.lang in ("fa", "ps", None) or ctx.persian_digits
    return "jalali" if persian or (full and ctx.lang != "ar") else None


def _infer_year(cal: str, month: int, day: int | None, ctx: _Context) -> int | None:
    """The year of a day or month written without one, from the publication date."""
    today = None if ctx.published is None else _from_gregorian(cal, ctx.published)
    if ctx.published is None or today is None:
        return None
    if ctx.year_offset is not None:
        return today[0] + ctx.year_offset
    if ctx.future and not ctx.ahead:
        return None
    span = _period(cal, today[0], month, day)
    if span is None:
        return None
    if ctx.ahead:
        # An upcoming event: the next such day or month, unless it is barely past.
        return today[0] + 1 if span[1] < ctx.published - _FUTURE_SLACK else today[0]
    # In past tense the day or month has begun by publication ("last April": has
    # ended); the most recent such one, going back over years without a 29 February.
    for year in range(today[0], today[0] - 9, -1):
        span = _period(cal, year, month, day)
        if span is not None and (span[1] < ctx.published if ctx.past else span[0] <= ctx.published):
            return year
    return None


# --- grammar -----------------------------------------------------------------------


def _numeric(found: _Numeric, marker: str | None, ctx: _Context) -> _Cand | None:
    if found.order == "ymd":
        year, month, day = found.a, found.b, found.c
    else:
        day, month, year = found.a, found.b, found.c
    if found.short_year and (marker is not None or ctx.lang in _YEAR_FIRST_OR_UNKNOWN):
        return None  # `08.02.19` may be year-first, or a Solar Hijri `1419`
    cal = _year_calendar(year, marker, ctx, full=True)
    if cal is None:
        return None
    us_possible = ctx.lang in ("en", None) and found.sep != "."
    if found.order == "dmy" and cal == "gregorian" and us_possible:
        # Slashes and dashes may be month-first in English: read only what is evident.
        if month > 12 >= day:
            day, month = month, day
        elif day <= 12 and day != month:
            return None
    end = _to_gregorian(cal, year, month, day)
    start = _to_gregorian(cal, year, month, found.first_day) if found.order == "range" else end
    if start is None or end is None or start > end or (found.order == "range" and start == end):
        return None
    return _Cand(start, end, "day", cal, inferred=False)


def _join(first: _Cand, last: _Cand, conn: _Sym | None, ctx: _Context) -> _Cand | None:
    """The range from `first` to `last`, if the two really form one."""
    if first.end >= last.start or last.end - first.start > _MAX_RANGE:
        return None
    # "6 and 7 November" is a two-day event; "3 and 10 May" are two separate days.
    adjacent = last.start == first.end + timedelta(days=1)
    if conn is not None and conn.code == "a" and not ctx.between and not adjacent:
        return None
    return first._replace(end=last.end)


def _years(y1: int, y2: int | None, marker: str | None, ctx: _Context) -> _Cand | None:
    cal = _year_calendar(y1, marker, ctx, full=False)
    if cal is None:
        return None
    if y2 is not None and not 0 < y2 - y1 <= _MAX_YEARS:
        return None
    first, last = _period(cal, y1, None, None), _period(cal, y2 or y1, None, None)
    if first is None or last is None:
        return None
    return _Cand(first[0], last[1], "year", cal, inferred=False)


def _resolve(m: re.Match[str], syms: list[_Sym], ctx: _Context) -> _Cand | None:
    """The period one grammar match denotes, or None when it is invalid or unsure."""

    def sym(name: str) -> _Sym | None:
        present = name in m.re.groupindex and m.start(name) >= 0
        return syms[m.start(name)] if present else None

    def num(name: str) -> int | None:
        found = sym(name)
        return None if found is None else found.value

    markers = {s.cal for s in (sym("c0"), sym("c1"), sym("c2")) if s is not None}
    if len(markers) > 1:
        return None
    marker = next(iter(markers), None)
    conn, f1, f2 = sym("conn"), sym("f1"), sym("f2")
    if f1 is not None:
        first = _numeric(ctx.numerics[f1.value], marker, ctx)
        if f2 is None or first is None:
            return first
        last = _numeric(ctx.numerics[f2.value], marker, ctx)
        if last is None or last.calendar != first.calendar:
            return None
        return _join(first, last, conn, ctx)

    y0, y1, y2, d1, d2 = (num(name) for name in ("y0", "y1", "y2", "d1", "d2"))
    if y0 is not None:  # a year written first belongs to the whole expression
        if y0 != (y1 or y0) or y0 != (y2 or y0):
            return None
        y1, y2 = y0, (y0 if conn is not None else None)
    months = [s for s in (sym("m1"), sym("m2")) if s is not None]
    if not months:
        return None if y1 is None else _years(y1, y2, marker, ctx)
    cal = months[0].cal
    if any(s.cal != cal for s in months) or (marker is not None and marker != cal):
        return None
    m1, m2 = months[0].value, months[-1].value
    precision = "day" if d1 is not None else "month"
    inferred = y1 is None and y2 is None
    if inferred:
        y1 = _infer_year(cal, m1, d1, ctx)
        if y1 is None:
            return None
    # One end of a range may carry the year for both; `28 December – 3 January 2023`.
    wraps = conn is not None and (m1, d1 or 0) > (m2, d2 or 0)
    if y1 is None:
        y1 = y2 - 1 if y2 is not None and wraps else y2
    if y2 is None:
        y2 = y1 + 1 if y1 is not None and wraps else y1
    if y1 is None or y2 is None:
        return None
    head = _period(cal, y1, m1, d1)
    if head is None:
        return None
    cand = _Cand(*head, precision, cal, inferred)
    if conn is None:
        return cand
    tail = _period(cal, y2, m2, d2)
    return None if tail is None else _join(cand, _Cand(*tail, precision, cal, inferred), conn, ctx)


def _combine(cands: list[_Cand]) -> _Cand | None:
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


def codes_of(syms: list[_Sym]) -> str:
    return "".join(s.code for s in syms)


def _relative(syms: list[_Sym], ctx: _Context) -> _Cand | None:
    """A day given only relative to publication: `dün`, `am Freitag`, `روز جمعه`."""
    if ctx.published is None or (ctx.future and not ctx.ahead):
        return None
    if any(s.code not in "WRPQN" for s in syms) or (not ctx.ahead and "N" in codes_of(syms)):
        return None
    weekdays = {s.value for s in syms if s.code == "W"}
    offsets = {s.value for s in syms if s.code == "R"}
    if len(weekdays) > 1 or len(offsets) > 1:
        return None
    if offsets:
        day = ctx.published + timedelta(days=next(iter(offsets)))
        if weekdays and weekdays != {day.weekday()}:
            return None
    elif weekdays and ctx.ahead:
        forward = (next(iter(weekdays)) - ctx.published.weekday()) % 7
        day = ctx.published + timedelta(days=forward or (7 if ctx.future else 0))
    elif weekdays:
        back = (ctx.published.weekday() - next(iter(weekdays))) % 7
        day = ctx.published - timedelta(days=back or (7 if ctx.past else 0))
    elif ctx.year_offset is not None and ctx.year_offset <= 0:
        cal = ctx.year_offset_cal
        today = _from_gregorian(cal, ctx.published)
        span = None if today is None else _period(cal, today[0] + ctx.year_offset, None, None)
        return None if span is None else _Cand(*span, "year", cal, inferred=True)
    else:
        return None
    return _Cand(day, day, "day", "gregorian", inferred=True)


def _matches(codes: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    pos = 0
    while pos < len(codes):
        for pattern in _regexes().grammar:
            match = pattern.match(codes, pos)
            if match:
                found.append(match)
                pos = match.end()
                break
        else:
            pos += 1
    return found


def _agrees(chosen: _Cand, syms: list[_Sym], ctx: _Context) -> bool:
    """Whether a weekday or "yesterday" written beside a single day falls on it."""
    if chosen.precision != "day" or chosen.start != chosen.end:
        return True
    weekdays = {s.value for s in syms if s.code == "W"}
    if weekdays and weekdays != {chosen.start.weekday()}:
        return False
    offsets = {s.value for s in syms if s.code == "R"}
    if ctx.published is None or not offsets:
        return True
    return {ctx.published + timedelta(days=o) for o in offsets} == {chosen.start}


def _run(norm: str, lex: tables.Lexicon, ctx: _Context) -> tuple[_Outcome, bool]:
    """Parse with one lexicon: the outcome, and whether unknown words were seen."""
    syms = _symbols(norm, lex)
    codes = "".join(s.code for s in syms)
    unknown = "x" in codes
    year_offsets = {s.value for s in syms if s.code == "Q"}
    if "S" in codes or len(year_offsets) > 1:
        return "reject", unknown
    ctx = ctx._replace(
        between="b" in codes,
        past="P" in codes,
        future="N" in codes,
        year_offset=next(iter(year_offsets), None),
        year_offset_cal=next((s.cal for s in syms if s.code == "Q"), "gregorian"),
    )
    matches = _matches(codes)
    used = {i for m in matches for i in range(m.start(), m.end())}
    starts = {m.start() for m in matches}
    for i, code in enumerate(codes):
        # A stray number, or a dash opening or closing a match (`until 5 May`,
        # `5 May -`), means part of the expression was not understood.
        stray_dash = code == "r" and (i + 1 in starts or (i + 1 == len(codes) and i - 1 in used))
        if i not in used and (code in "dn" or stray_dash or (lex.strict and code == "x")):
            return (None if lex.strict else "reject"), unknown
    if not matches:
        return (_relative(syms, ctx) if any(c in codes for c in "WRQ") else None), unknown
    cands = [_resolve(m, syms, ctx) for m in matches]
    chosen = None if None in cands else _combine([c for c in cands if c is not None])
    if chosen is None or not _agrees(chosen, syms, ctx):
        return "reject", unknown
    if chosen.inferred and chosen.precision == "month" and unknown:
        return "reject", unknown  # a lone `May` among unknown words may be the verb
    return chosen, unknown


# --- dateparser fallback -----------------------------------------------------------


def _dateparser(text: str, lang: str, published: date | None) -> _Cand | None:
    """dateparser for a language without tables, trusted only where it can be checked."""
    from dateparser.date import DateDataParser

    ascii_text = _regexes().time.sub(" ", tables.to_ascii_digits(text))
    years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", ascii_text)}
    days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", ascii_text)
    if len(years) > 1 or len(days) > 1 or (not years and published is None):
        return None
    if any(not _YEARS["gregorian"][0] <= y <= _YEARS["gregorian"][1] for y in years):
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
    if data.date_obj is None or data.period not in ("day", "month", "year"):
        return None
    found = data.date_obj.date()
    if years and found.year not in years:
        return None
    if data.period == "day" and days and found.day != int(days[0]):
        return None
    if not years and published is not None and found > published:
        return None
    month = None if data.period == "year" else found.month
    span = _period("gregorian", found.year, month, found.day if data.period == "day" else None)
    return None if span is None else _Cand(*span, data.period, "gregorian", inferred=not years)


# --- public API --------------------------------------------------------------------


def _published(value: str | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10]) if value else None
    except ValueError:
        return None


@functools.cache
def _language(language: str | None) -> str | None:
    code = (language or "").strip().lower().replace("_", "-").partition("-")[0]
    return tables.language_aliases().get(code, code) or None


def parse_date(
    text: str,
    *,
    language: str | None = None,
    published: str | date | None = None,
    tense: Literal["past", "future"] = "past",
) -> DateValue | None:
    """Parse a date expression from a news article into a Gregorian period.

    The expression may sit inside a longer phrase, use any digits, and be written in
    the Gregorian, Solar Hijri or Hijri calendar; a time of day after it is ignored.
    A missing year (the most recent such day or month that has begun by publication),
    relative words ("yesterday", "3 days ago", "last week": the Monday-to-Sunday
    range) and weekdays ("on Friday": the most recent one on or before publication,
    so the publication day itself when it is a Friday; "last Friday" is a week
    earlier) resolve against `published`. Whenever the reading is uncertain (ambiguous
    numeric order, an invalid day, parts that contradict each other, a weekday off the
    date, a relative expression without `published`) the result is None.

    Args:
        text: The date expression as written in the article.
        language: ISO 639-1 code of the article (`tr`, `fa`, ...), or None to try
            every language with tables.
        published: The publication date (`YYYY-MM-DD`, a `date` or a `datetime`);
            an unreadable value counts as absent.
        tense: `"future"` when the expression is known to name an upcoming event (a
            planned or invited visit): weekdays and dates without a year then resolve
            to the next such day on or after publication, and "next Friday" is read.

    Returns:
        A `DateValue` with `text=None` (the caller attaches the span), Gregorian ISO
        `start` and `end`, the precision, the calendar as written, and
        `source="published"` when the publication date supplied a part; or None.

    Example:
        >>> value = parse_date("شامگاه جمعه (۱۸ فروردین ماه ۱۴۰۲)", language="fa")
        >>> (value.start, value.end, value.precision, value.calendar, value.source)
        ('2023-04-07', '2023-04-07', 'day', 'jalali', 'text')
        >>> parse_date("dün", language="tr", published="2023-04-08").start
        '2023-04-07'
    """
    if not text or not text.strip():
        return None
    lang = _language(language)
    pub = _published(published)
    norm, numerics = _prepare(text)
    if pub is not None and lang is not None:
        found = _date_relative.relative(
            norm, lang, pub, lambda cal, y, m: _period(cal, y, m, None), _from_gregorian
        )
        if found is not None:
            return DateValue(
                start=found.start.isoformat(),
                end=found.end.isoformat(),
                precision=_PRECISIONS[found.precision],
                calendar=_CALENDARS[found.calendar],
                source="published",
            )
    persian_digits = bool(_regexes().persian_digits.search(text))
    ctx = _Context(lang, pub, numerics, persian_digits, ahead=tense == "future")
    outcome: _Outcome
    if lang is None or lang in tables.language_tags():
        outcome, unknown = _run(norm, tables.lexicon(lang or "*"), ctx)
        if not isinstance(outcome, _Cand) and unknown and lang is not None:
            # Unknown words may be month names of another language quoted in the article.
            outcome, _ = _run(norm, tables.lexicon(lang + "+"), ctx)
    else:
        babel = tables.babel_lexicon(lang)
        outcome = None if babel is None else _run(norm, babel, ctx)[0]
        if outcome is None:
            outcome = _dateparser(text, lang, pub)
    if not isinstance(outcome, _Cand):
        return None
    return DateValue(
        start=outcome.start.isoformat(),
        end=outcome.end.isoformat(),
        precision=_PRECISIONS[outcome.precision],
        calendar=_CALENDARS[outcome.calendar],
        source="published" if outcome.inferred else "text",
    )
