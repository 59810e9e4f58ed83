"""A country's named day (`India's Independence Day`, `UAE National Day`, `South
Africa's Freedom Day`): the day its country words make sure.

`Independence Day`, `National Day`, `Republic Day` alone are many countries' days and
stay `None`; with a country word before them (the name, with or without `'s`, or the
adjective: `the Philippine Independence Day`) they are that country's day, read like a
holiday on a fixed day (`dates.anchored`): the most recent one for a past event, the
next for an upcoming one, or the year written after it (`China's National Day 2024`).
An ordinal before the name (`India's 78th Independence Day`) stays `None`: countries
count them from the first day or from its anniversary. The days are data
(`national_days` in `tables/english_words.json`).
"""

from __future__ import annotations

import re

from visitx.core.datafiles import read_json
from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule

__all__ = ["RULES"]

_DAYS: dict[str, str] = {
    f"{word} {name}": day
    for words, names in read_json("english_words.json")["national_days"].items()
    if not words.startswith("_")
    for word in words.split("|")
    for name, day in names.items()
}
_WORDS = sorted({key.rsplit(" ", 2)[0] for key in _DAYS}, key=len, reverse=True)
_NAMES = sorted({" ".join(key.rsplit(" ", 2)[1:]) for key in _DAYS})
_NATIONAL_DAY = re.compile(
    rf"(?:on )?(?:the )?({'|'.join(_WORDS)})(?:'s?)? ({'|'.join(_NAMES)})(?: (\d{{4}}))?"
)


def _national_day(m: re.Match[str], reader: Reader) -> Cand | None:
    """`India's Independence Day`: 15 August (the most recent one, without a year)."""
    day = _DAYS.get(f"{m.group(1)} {m.group(2)}")
    return None if day is None else reader.parse(f"{day} {m.group(3) or ''}".strip())


RULES: tuple[Rule, ...] = ((_NATIONAL_DAY, _national_day),)
