"""Months named by their number, as Mongolian news writes them: `2024 оны 3 дугаар сарын 12`,
`11-р сард` are `гуравдугаар сарын 12`, `арван нэгдүгээр сард`, the month names of
`gregorian_months` (the marker words are `numbered_months` in `tables/date_words.json`).

A number that is no month (0, 13 and up) is left as written, so the text stays unread.
"""

from __future__ import annotations

import functools
import re

from visitx.dates import phrasebook

__all__ = ["rewrite"]


@functools.cache
def _rule(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    words = phrasebook.table("numbered_months").get(lang)
    if words is None:
        return None
    months = phrasebook.table("gregorian_months")[lang]
    # The first form of each month is its ordinal word and the word for month.
    names = tuple(phrasebook.split_forms(forms)[0].rsplit(" ", 1)[0] for forms in months)
    pattern = re.compile(
        rf"(?<![\d.,:/])(1[0-2]|0?[1-9])\s*(?:{words['marker']})\s+(?={words['month']})",
        re.IGNORECASE,
    )
    return pattern, names


def rewrite(text: str, lang: str | None) -> str:
    """`text` with each numbered month put as its name (`3 дугаар сарын` as `гуравдугаар
    сарын`); `text` itself in a language without numbered months."""
    rule = None if lang is None else _rule(lang)
    if rule is None:
        return text
    pattern, names = rule
    return pattern.sub(lambda m: f"{names[int(m.group(1)) - 1]} ", text)
