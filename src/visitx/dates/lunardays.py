"""A day of the Chinese lunar calendar written out: `农历正月十五`, `农历八月十五日`,
`农历腊月廿三`, `农历8月15日`.

Chinese news dates a feast or a custom by its lunar day as often as by its name (`农历正月
十五` is the Lantern Festival, `元宵节`). Without a year it is read as a feast without
one (`dates.holidays`): the most recent such day begun by publication (past), the next
one not over (upcoming), by lunar-python's calendar. A leap month (`闰四月`), a day the
lunar month lacks (a 30th in a month of 29 in one of the years looked at), and the days
on which the calendars disagree (`lunar_unsure`) are None; with a year written (which
lunar year does `2025年农历腊月` name?) the text is left to the other rules, as before.
The words are data (`lunar_dates` in `tables/holiday_words.json`).
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Literal

from visitx.core.datafiles import read_json
from visitx.dates import holidays, phrasebook, tables
from visitx.dates.grammar import Cand

__all__ = ["read"]


class _Words:
    def __init__(self, regex: re.Pattern[str], months: dict[str, int], days: dict[str, int]):
        self.regex, self.months, self.days = regex, months, days


def _alternatives(forms: list[str]) -> dict[str, int]:
    """Each form of a list of `|`-separated forms, with its 1-based place."""
    return {
        form: place
        for place, forms_of in enumerate(forms, start=1)
        for form in phrasebook.split_forms(forms_of)
    }


@functools.cache
def _words() -> _Words:
    table = read_json("holiday_words.json")["lunar_dates"]
    months, days = _alternatives(table["months"]), _alternatives(table["days"])

    def either(words: dict[str, int]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    regex = re.compile(
        rf"(?:在|于|於)?(?P<year>\d{{4}}年)?(?:{table['markers']})(?P<leap>{table['leap']})?"
        rf"(?:(?P<month>{either(months)})|(?P<month_digits>\d{{1,2}})月)"
        rf"(?:(?P<day>{either(days)})|(?P<day_digits>\d{{1,2}}))日?"
    )
    return _Words(regex, months, days)


def read(
    text: str, lang: str | None, pub: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """The day of a Chinese lunar date `text` (`农历正月十五`); None when it is one but
    unsure; False when it is none."""
    if lang != "zh" or not any(ch in text for ch in "农農阴陰"):
        return False
    words = _words()
    found = words.regex.fullmatch("".join(tables.to_ascii_digits(text).split()).strip("，。,."))
    if found is None:
        return False
    month = words.months.get(found.group("month") or "") or int(found.group("month_digits") or 0)
    day = words.days.get(found.group("day") or "") or int(found.group("day_digits") or 0)
    if found.group("year"):
        return False  # which lunar year does `2025年农历腊月` name? Left to the other rules
    if found.group("leap") or not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    span = holidays.nearest(f"lunar({month}/{day})", pub, ahead)
    return None if span is None else Cand(span[0], span[1], "day", "gregorian", inferred=True)
