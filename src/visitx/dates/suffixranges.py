"""Ranges written with case endings in the Turkic languages: `fevralın 28-dən martın
2-dək`, `28 Şubat'tan 2 Mart'a kadar`, `28 ақпаннан 2 наурызға дейін`,
`28-fevraldan 2-martgacha` (28 February to 2 March).

The first end carries the ablative (`-dən`, `'tan`: "from"), the second the terminative
(`-dək`, `-gacha`, or the dative and a postposition, `'a kadar`, `-ға дейін`: "to").
`link` takes the terminative off and puts a dash between the ends, which the symbol
grammar reads as any range (`28 fevral - 2 mart`); the case endings left on the words
are taken off by the lexicon. Publication inside the range (`eylül'den kasım'a kadar`
told on 7 September) makes it None: past or ongoing, and which year's for a past event?
The words are data (`suffix_ranges` in
`tables/date_words.json`). An ablative without a terminative (`2020-ci ildən bəri`,
since 2020) is no range and is left as written. A terminative without an ablative or a
dash (`2030'a kadar`, `2030-yilgacha`, `noyabrın 15-dək`, and Japanese and Korean
`2030年まで`, `2030년까지`: `one_ended` in the same file) is half a range, "until" or "by"
a date, and None, as English `until 2030` and `by 2030` are.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from visitx.dates import phrasebook
from visitx.dates.grammar import Cand

__all__ = ["link", "one_ended", "straddles"]


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = phrasebook.table("suffix_ranges").get(lang)
    if words is None:
        return None
    return re.compile(
        rf"(?P<first>.*?\S{words['from']})\s+(?P<second>\S.*?)[-'’]?(?:{words['to']})",
        re.IGNORECASE,
    )


def link(text: str, lang: str | None) -> str:
    """`text` with a Turkic range by case endings linked by a dash (`fevralın 28-dən
    martın 2-dək` as `fevralın 28-dən - martın 2`); `text` itself otherwise."""
    pattern = None if lang is None else _pattern(lang)
    m = None if pattern is None else pattern.fullmatch(text.strip(" .,;:!?"))
    return text if m is None else f"{m.group('first')} - {m.group('second')}"


def straddles(text: str, lang: str | None, found: Cand, published: date | None) -> bool:
    """Whether `found`, read from a range by case endings, holds publication before its
    last day (`eylül'den kasım'a kadar` told on 7 September: `None`)."""
    inside = published is not None and found.start <= published < found.end
    return inside and link(text, lang) != text


_RANGE = re.compile(r"\s[-–—~]\s|\d\s?[–—~〜～]\s?\d|\d-\d")


def one_ended(text: str, lang: str | None) -> bool:
    """Whether `text` ends with a terminative and has no start (`2030'a kadar`,
    `2030-yilgacha`, `2030年まで`: until 2030); a range (`28 Şubat'tan 2 Mart'a kadar`,
    `14日から16日まで`, `12-14 martgacha`) is not."""
    words = None if lang is None else _ends(lang)
    if words is None:
        return False
    stripped = text.strip(" .,;:!?")
    end = re.search(rf"\S[-'’]?(?:{words['to']})$", stripped, re.IGNORECASE)
    if end is None:
        return False
    head = stripped[: end.start() + 1]
    return not re.search(words["from"], head, re.IGNORECASE) and not _RANGE.search(head)


def _ends(lang: str) -> dict[str, str] | None:
    """The ablative and terminative words of `lang` (`suffix_ranges`, else `one_ended`)."""
    words: dict[str, str] | None = phrasebook.table("suffix_ranges").get(lang)
    return words if words is not None else phrasebook.table("one_ended").get(lang)
