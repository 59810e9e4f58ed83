"""A half or quarter of a named Solar Hijri or Gregorian year: `در نیمه نخست سال ۱۴۰۳`
(the first half of 1403: Farvardin to Shahrivar, 20 March to 21 September 2024), `سه
ماهه دوم سال ۱۴۰۲` (its second quarter, Tir to Shahrivar), `نیمه نخست سال ۲۰۲۴` (January
to June 2024).

`rewrite` writes it as the range of its months (`فروردین 1403 تا شهریور 1403`, `ژانویه
2024 تا ژوئن 2024`), which the symbol grammar reads at month precision, as English
halves and quarters are months. A year of 1300-1499 is Solar Hijri, one of 1900-2099
Gregorian; another year, a half past the second or a quarter past the fourth is left
as written (no date). The words are data (`solar_parts` in `tables/date_words.json`;
the month names are `jalali_months` and `gregorian_months`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from visitx.dates import phrasebook, tables

__all__ = ["rewrite"]


@functools.cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, Any]] | None:
    words: dict[str, Any] | None = phrasebook.table("solar_parts").get(lang)
    if words is None:
        return None
    units = "|".join(sorted(map(tables.normalize, words["units"]), key=len, reverse=True))
    ordinals = "|".join(sorted(map(tables.normalize, words["ordinals"]), key=len, reverse=True))
    regex = (
        rf"(?:(?:{tables.normalize(words['lead'])}) )?(?P<unit>{units}) (?P<ord>{ordinals}) "
        rf"{tables.normalize(words['year'])}(?P<year>1[34]\d\d|(?:19|20)\d\d)"
    )
    return re.compile(regex), words


def rewrite(text: str, lang: str | None) -> str:
    """`text` with a half or quarter of a named year written as its months (`نیمه نخست
    سال ۱۴۰۳` as `فروردین 1403 تا شهریور 1403`); `text` itself otherwise."""
    found = None if lang is None else _pattern(lang)
    if found is None:
        return text
    pattern, words = found
    m = pattern.fullmatch(" ".join(tables.normalize(text).strip(" .,;:!?،").split()))
    if m is None:
        return text
    units = {tables.normalize(word): size for word, size in words["units"].items()}
    ordinals = {tables.normalize(word): rank for word, rank in words["ordinals"].items()}
    size, rank = units[m.group("unit")], ordinals[m.group("ord")]
    if rank > 12 // size:
        return text  # `نیمه سوم`: no third half
    year = m.group("year")
    solar = year[:2] in ("13", "14")
    months = phrasebook.table("jalali_months" if solar else "gregorian_months")[lang]
    first, last = (months[index].split("|")[0] for index in (size * (rank - 1), size * rank - 1))
    return f"{first} {year} {words['link']} {last} {year}"
