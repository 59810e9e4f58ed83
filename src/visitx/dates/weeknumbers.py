"""Week numbers of a year: `KW 45`, `in der 45. Kalenderwoche`, `week 45 of 2024`,
`semaine 45`, `на 45-й неделе`, `2024年第45周`, `2024년 45주차`, `2024-W45`.

A week number is an ISO 8601 week, Monday to Sunday (week 1 holds the year's first
Thursday: week 1 of 2025 is 30 December 2024 - 5 January 2025), at day precision; a
range of two (`KW 45-47`) runs from the first one's Monday to the last one's Sunday.
A week that does not exist (`KW 53` of 2024) or a year outside the Gregorian range
is None. Without a year:

* the publication's year, in past tense when that week has begun by publication, for
  an upcoming event when it has not ended (`KW 45` told in March, past tense: week 45
  of last year, or a mistaken tense? None);
* words that only count weeks (`week 3`, `Woche 3`, `第3周`) may also count the
  weeks of a month, a term or an event: up to 5 they need a year (`week 3` alone is
  None, `week 45` is the calendar week); calendar-week words (`KW 3`,
  `Kalenderwoche`, `calendar week 3`, `2024-W03`) need none.

The patterns are data (`week_numbers` in `tables/date_words.json`), one set per
language; an article of unknown language tries every set, and two sets that read the
expression differently make it None.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Literal

from visitx.dates import phrasebook, tables
from visitx.dates.calendars import YEARS
from visitx.dates.grammar import Cand

__all__ = ["read"]

_NUMBER = r"(?P<w>\d{1,2})(?: ?[-–] ?(?P<w2>\d{1,2}))?"
_COUNTS_MONTH_WEEKS = 5  # a plain week word up to this number may count a month's weeks


@functools.cache
def _patterns(lang: str) -> tuple[tuple[bool, re.Pattern[str]], ...]:
    """(whether the words name a calendar week, the whole-expression pattern) of `lang`."""
    words = phrasebook.week_numbers()[lang]
    lead = words["lead"]
    years = "|".join(sorted(map(re.escape, _relative_years(lang)), key=len, reverse=True))
    relative = f"(?P<ry>{years or '(?!)'})"
    return tuple(
        (calendar, re.compile(lead + form.replace("{n}", _NUMBER).replace("{ry}", relative)))
        for calendar in (True, False)
        for form in words["calendar" if calendar else "plain"]
    )


@functools.cache
def _relative_years(lang: str) -> dict[str, int]:
    """`relative_years` of `lang`, normalized (`last year`: -1, `去年`: -1)."""
    return {tables.normalize(k): v for k, v in phrasebook.relative_years(lang).items()}


def _week(year: int, number: int, last: int) -> tuple[date, date] | None:
    """The Monday of week `number` and the Sunday of week `last` of ISO year `year`."""
    try:
        monday = date.fromisocalendar(year, number, 1)
        sunday = date.fromisocalendar(year, last, 7)
    except ValueError:
        return None  # week 53 of a year with 52
    return (monday, sunday) if monday <= sunday else None


def _reading(
    m: re.Match[str], lang: str, calendar: bool, published: date | None, ahead: bool
) -> Cand | None:
    number = int(m.group("w"))
    last = int(m.group("w2") or number)
    written = m.groupdict().get("y")
    relative = m.groupdict().get("ry")
    if relative is not None:
        if published is None:
            return None  # `week 27 of last year` without a publication date
        written = str(published.year + _relative_years(lang)[relative])
    if written is not None:
        year = int(written)
        if not YEARS["gregorian"][0] <= year <= YEARS["gregorian"][1]:
            return None
        week = _week(year, number, last)
        return None if week is None else Cand(*week, "day", "gregorian", inferred=False)
    if published is None or (not calendar and number <= _COUNTS_MONTH_WEEKS):
        return None
    week = _week(published.year, number, last)
    if week is None or (week[1] < published if ahead else week[0] > published):
        return None  # past tense: not begun by publication; upcoming: already over
    return Cand(*week, "day", "gregorian", inferred=True)


def read(
    text: str, lang: str | None, published: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """The weeks a week-number expression names, None when unsure, False when `text`
    is no such expression."""
    tables_ = phrasebook.week_numbers()
    langs = ["*", lang] if lang in tables_ else ["*", *tables_] if lang is None else ["*"]
    norm = " ".join(tables.normalize(text).split()).strip(" .,;:()")
    found: set[Cand | None] = set()
    for code in langs:
        for calendar, pattern in _patterns(code):
            m = pattern.fullmatch(norm)
            if m is not None:
                found.add(_reading(m, code, calendar, published, ahead))
    if not found:
        return False
    return next(iter(found)) if len(found) == 1 else None
