"""A weekday with its day in brackets, as Brazilian and Indonesian news date an event:
`na segunda-feira (18)`, `nesta quarta-feira (20)`, `Selasa (5/11)`.

Agência Brasil, G1 and Folha write the day of the month after the weekday (`nesta
quarta-feira (20)`), Kompas, Detik and Antara the day and month (`Selasa (5/11)`). The day
is read as English `Thursday the 21st` is: the day on that weekday in the month (or year)
on the tense's side of publication – the most recent one begun by publication, the next
one for an upcoming event – or else the nearest on the other side within two months (a
day and month a year away, `Rabu (18/11)` of 18 November 2026 told in 2025, is far); None
when neither falls on the weekday (`segunda-feira (19)` told on 20 November 2024: the 18th was the
Monday). With a year in the brackets (`Rabu (12/3/2025)`) the grammar reads it. The
words are data (`weekday_brackets` in `tables/date_words.json`).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Literal

from visitx.dates import phrasebook, tables
from visitx.dates.grammar import Cand

__all__ = ["read"]

_OTHER_SIDE = 62  # days: how far the day on the other side of the tense may lie


@functools.cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    words = phrasebook.table("weekday_brackets").get(lang)
    if words is None:
        return None
    days = {
        tables.normalize(form): day
        for day, forms in enumerate(words["weekdays"])
        for form in phrasebook.split_forms(forms)
    }
    names = "|".join(re.escape(form) for form in sorted(days, key=len, reverse=True))
    return re.compile(
        rf"(?:(?:{words['lead']}) )?(?P<weekday>{names}) ?\((?P<day>\d{{1,2}})"
        r"(?:/(?P<month>\d{1,2}))?\)"
    ), days


def read(
    text: str, lang: str | None, published: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """The day `text` names as a weekday with its day in brackets; None when it is one but
    unsure (no publication date, no such day on that weekday); False when it is none."""
    found = None if lang is None else _pattern(lang)
    norm = " ".join(tables.normalize(text).split()).strip(" .,;:")
    m = None if found is None else found[0].fullmatch(norm)
    if found is None or m is None:
        return False
    if published is None:
        return None
    weekday, day = found[1][m.group("weekday")], int(m.group("day"))
    month = int(m.group("month")) if m.group("month") else None
    days = _candidates(published, day, month)
    sides = [d for d in days if (d >= published if ahead else d <= published)]
    # The other side only near publication: a year away is far (`Rabu (18/11)` told on
    # Thursday 20 November 2025, the 18th a Tuesday, is no Wednesday 18 November 2026).
    others = [d for d in days if d not in sides and abs((d - published).days) <= _OTHER_SIDE]
    for side in (sides, others):  # the tense's side first, as `Thursday the 21st`
        side.sort(key=lambda d: abs((d - published).days))
        if side and side[0].weekday() == weekday:
            return Cand(side[0], side[0], "day", "gregorian", True)
    return None  # the nearest such day on either side falls on another weekday


def _candidates(published: date, day: int, month: int | None) -> list[date]:
    """The days `day` (of `month`) in the months (years) around publication's."""
    found = []
    for step in (-1, 0, 1):
        if month is None:
            index = published.year * 12 + published.month - 1 + step
            year, month_of = divmod(index, 12)
            candidate = (year, month_of + 1, day)
        else:
            candidate = (published.year + step, month, day)
        try:
            found.append(date(*candidate))
        except ValueError:
            continue
    return found
