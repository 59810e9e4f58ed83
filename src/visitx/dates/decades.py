"""Decades and centuries: `the 1980s` and `the '90s` are ten years, `the 20th century`
the years 1900-1999 (read by `dates.english` before the symbol grammar, which would see
a year), and `'82` the year with those digits nearest publication."""

from __future__ import annotations

import re
from datetime import date

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, span

__all__ = ["DECADE_TOKEN", "decade_or_century"]

# `the sixties`; `the twenties` and `the tens` may be the 1920s or the 2020s.
_DECADE_WORDS = {"thirtie": 30, "fortie": 40, "fiftie": 50, "sixtie": 60, "seventie": 70,
                 "eightie": 80, "ninetie": 90}  # fmt: skip
# British `the noughties` (`naughties`): the years 2000-2009, of no other century in use.
_NOUGHTIES = ("noughtie", "naughtie")
_CENTURIES = {"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
              "twenty-first": 21, "twenty first": 21, "twenty-second": 22}  # fmt: skip


def _years(first: int, last: int) -> Cand | None:
    if not 1000 <= first <= last <= 2199:
        return None
    return span(date(first, 1, 1), date(last, 12, 31), "year", False)


# --- decades and centuries (read before the symbol grammar, which sees a year) ----------

# A part of a decade or century is all of it (`the last half of the '80s`, TimeBank wsj_1014).
_LEAD = (
    r"(?:(?:in|during|throughout|over|of|back in) )?(?:the )?"
    r"(?:(?:first|second|last|latter) half of (?:the )?)?"
    r"(?:(?:early|mid|late)(?:[- ]to[- ](?:mid|late))?[- ])?"  # `the mid-to-late 1990s`
)
_WORDS = "|".join((*_DECADE_WORDS, *_NOUGHTIES))
_DECADE = re.compile(rf"{_LEAD}(?:(\d{{3}}0)|'?(\d0)|({_WORDS}))'?s")
_CENTURY = re.compile(rf"{_LEAD}(?:(\d{{1,2}})(?:st|nd|rd|th)|(\w+(?:[- ]\w+)?)) century")
# A year by its last two digits: `'82`, `in '82` (MEANTIME: `lowest level since '82`).
_SHORT_YEAR = re.compile(r"(?:(?:in|of|back in) )?'(\d\d)")
# A decade anywhere in an expression: the symbol grammar would read its first year.
DECADE_TOKEN = re.compile(r"(?<!\w)(?:\d{3}0|'?\d0)'?s(?!\w)")


def _last_century(tens: int, reader: Reader | None) -> bool:
    """Whether `the '{tens}s` can only be the 1900s' decade: this century's has not begun
    by publication (`the '30s` told in 2035: either), nor comes within ten years of an
    upcoming event (`the '30s` of a visit planned in 2024: the 2030s?)."""
    if reader is None or reader.published is None:
        return tens >= 30  # the 2020s have begun
    year, this = reader.published.year, 2000 + tens
    if this <= year:
        return False
    return not (reader.ahead and this <= year + 10)


def _short_year(digits: int, reader: Reader | None) -> Cand | None:
    """`'82`: of the years ending so, the one nearest publication (1982 told in 2008), if
    it lies on the tense's side (not after publication for a past event, not before for
    an upcoming one); None without a publication day or on a tie (`'58` told in 2008)."""
    if reader is None or reader.published is None:
        return None
    year = reader.published.year
    years = sorted((year // 100 * 100 + digits + step for step in (-100, 0, 100)),
                   key=lambda found: abs(found - year))  # fmt: skip
    near = years[0]
    if abs(years[1] - year) == abs(near - year) or (near < year if reader.ahead else near > year):
        return None
    return _years(near, near)


def decade_or_century(norm: str, reader: Reader | None = None) -> Cand | bool | None:
    """The years of `the 1980s` or `the 20th century` (or the year `'82`); False when
    `norm` is none of them. `reader` (publication and tense) rules out a two-digit decade
    of this century and places a two-digit year."""
    m = _DECADE.fullmatch(norm)
    if m:
        if m.group(1):
            first = int(m.group(1))
            # `the 1800s` is the 19th century as often as the decade 1800-1809.
            return _years(first, first + 9) if first % 100 or first == 2000 else None
        if m.group(3) in _NOUGHTIES:
            return _years(2000, 2009)
        tens = int(m.group(2) or _DECADE_WORDS[m.group(3)])
        # `the '90s` is the 1990s; `the 20s` may be the 1920s or the 2020s.
        return _years(1900 + tens, 1909 + tens) if _last_century(tens, reader) else None
    m = _CENTURY.fullmatch(norm)
    if m:
        number = int(m.group(1)) if m.group(1) else _CENTURIES.get(m.group(2) or "")
        return None if number is None else _years(number * 100 - 100, number * 100 - 1)
    m = _SHORT_YEAR.fullmatch(norm)
    return _short_year(int(m.group(1)), reader) if m else False
