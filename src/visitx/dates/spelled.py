"""English years written in words: `two thousand and eighteen`, `two thousand`.

The symbol grammar passes over words it does not know, so `7 Feb, two thousand and
eighteen` would be 7 February of the year publication suggests. `year_digits` writes
such a year in digits (`7 feb 2018`) for the English rules to read; a year in words it
cannot read (`two thousand and a half`) makes the expression unreadable (None), never
the year publication suggests. `two thousand` before another word (`two thousand
troops`) is a count and left as it is. The number words are the English counts of
`tables/date_words.json` (`relative_units`), one to ninety-nine.
"""

from __future__ import annotations

import functools
import re

from visitx.core.datafiles import read_json
from visitx.dates import phrasebook, tables
from visitx.dates.vocabulary import MONTH_WORD, ordinal_digits

__all__ = ["joined_suffix", "ordinal_range", "year_digits"]

_THOUSAND = re.compile(r"\btwo thousand\b( and)?")
# `nineteen seventy two`, `twenty twenty-one`, `nineteen oh one`, `seventeen hundred and
# thirty three`: a century's number, then `hundred` or a two-digit number.
_CENTURY = re.compile(
    r"\b(seventeen|eighteen|nineteen|twenty)(?: (hundred)(?: and)?)?"
    r"(?: (?:(oh|zero) ([a-z]+)|([a-z]+(?:-[a-z]+)?(?: [a-z]+)?)))?(?![\w-])"
)
_CENTURIES = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
_AFTER = re.compile(r"[a-z]")


@functools.cache
def _numbers() -> dict[str, int]:
    """English number words one to ninety-nine, by their normalized form."""
    table = phrasebook.relative_units("en") or {}
    found: dict[str, int] = {}
    for number, forms in enumerate(table.get("numbers", ()), start=1):
        found.update((tables.normalize(form), number) for form in forms.split("|"))
    for number, forms in table.get("more_numbers", {}).items():
        if int(number) < 100:
            found.update((tables.normalize(form), int(number)) for form in forms.split("|"))
    found.pop("a", None)
    found.pop("an", None)
    return found


def year_digits(norm: str) -> str | None:
    """`norm` with a year in words as digits: itself when it has none or `two thousand`
    counts something; None when `two thousand and` is followed by no number."""
    century = _century(norm)
    if century != norm:
        return century
    m = _THOUSAND.search(norm)
    if m is None:
        return norm
    words = norm[m.end() :].split(" ")[1:]
    number, used = 0, 0
    for size in (2, 1):  # `twenty one`, `eighteen`
        if " ".join(words[:size]) in _numbers():
            number, used = _numbers()[" ".join(words[:size])], size
            break
    if m.group(1) and not used:
        return None  # `two thousand and a half`
    rest = " ".join(words[used:])
    if _AFTER.match(rest):
        return norm  # `two thousand troops`, `two thousand and one nights`: a count
    return f"{norm[: m.start()]}{2000 + number} {rest}".strip()


def _century(norm: str) -> str:
    """`13 sept nineteen seventy two` as `13 sept 1972`; `norm` itself when no such year
    ends the expression (`twenty one days`, `May twenty one`: counts and days)."""
    for m in _CENTURY.finditer(norm):
        hundred, oh, digit, tens = m.group(2), m.group(3), m.group(4), m.group(5)
        if oh:
            number = _numbers().get(digit)
            number = number if number is not None and number < 10 else None
        elif tens:
            number = _numbers().get(tens)
            number = number if number is not None and (number >= 10 or hundred) else None
        else:
            number = 0 if hundred else None
        if number is None or _AFTER.match(norm[m.end() :].strip()):
            continue
        year = _CENTURIES[m.group(1)] * 100 + number
        return f"{norm[: m.start()]}{year}{norm[m.end() :]}"
    return norm


_ORDINALS: list[str] = read_json("english_words.json")["ordinal_days"]
_ORDINAL_WORDS = {form: day for day, forms in enumerate(_ORDINALS, 1) for form in forms.split("|")}
_AFTER_CONNECTOR = re.compile(
    r"\b(between|from|to|through|thru|till|until|and)( the)? ("
    + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
    + r")(?![\w-])"
)
_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def ordinal_range(norm: str) -> str:
    """`april ninth through seventeenth` as `april 9th through 17th`: days as ordinal
    words at either end of a range beside a month, in digits; `norm` itself otherwise."""
    if not re.search(MONTH_WORD, norm) or not _AFTER_CONNECTOR.search(norm):
        return norm

    def digits(m: re.Match[str]) -> str:
        day = _ORDINAL_WORDS[m.group(3)]
        return f"{m.group(1)}{m.group(2) or ''} {day}{_SUFFIXES.get(day, 'th')}"

    return ordinal_digits(_AFTER_CONNECTOR.sub(digits, norm))


_SPACED_SUFFIX = re.compile(r"(?<![\w.,:/-])(\d{1,2}) (st|nd|rd|th)(?![\w-])")


def joined_suffix(norm: str) -> str:
    """`12 th march` as `12th march`: an ordinal suffix typed apart from its day."""
    return _SPACED_SUFFIX.sub(r"\1\2", norm)
