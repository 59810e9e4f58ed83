"""A day of the month alone in Chinese, Japanese and Korean news: `25日`, `20日夜`,
`日本時間21日午後`, `지난 5일`, `오는 11일`, `현지시간 8일`, `지난 6일(금)`.

Xinhua, Kyodo and Yonhap date an event by its day of the month alone; the month is the
publication's or the one before (after) it. A day alone is read as English `the 21st`:
the most recent such day on or before publication, for an upcoming event the next one on
or after it. Korean `지난` ("past") and `오는` ("coming") tell the side themselves and
must agree with the tense (`지난 5일` of an upcoming event is None), and name another day
than publication's (`지난 9일` told on the 9th is None). A weekday after the
day (`지난 6일(금)`, `25日(星期二)`) must fall on it. A day that month has not
(`31日` told in a month after one of 30 days) is None. A Korean day needs its side
or a time zone before it (`지난 5일`, `현지시간 8일`): a bare `27일` is also read as this
month's 27th whatever the tense (Recognizers-Text's specs), so it is left alone. A
count (`3日前`, `7일간`, `7일 안에`) fits no pattern and is left to the other rules. The
words are data (`month_days` in `tables/date_words.json`).
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta
from typing import Any, Literal

from visitx.dates import hanzi, phrasebook, tables
from visitx.dates.grammar import Cand

__all__ = ["read"]


@functools.cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    words = phrasebook.table("month_days").get(lang)
    if words is None:
        return None
    names = phrasebook.weekday_forms(lang)
    weekday = "|".join(
        re.escape(form.strip("()"))
        for forms in names
        for form in sorted(phrasebook.split_forms(forms), key=len, reverse=True)
    )
    side = rf"(?:(?P<past>{words['past']})|(?P<next>{words['next']}))?"
    return re.compile(
        rf"(?P<lead>{words['lead']})?{side}(?P<day>\d{{1,2}}){words['day']}"
        rf"(?:\((?P<weekday>{weekday})\))?(?:{words['trail']})?"
    )


def words_of(lang: str) -> dict[str, Any]:
    """The `month_days` words of `lang`."""
    found: dict[str, Any] = phrasebook.table("month_days")[lang]
    return found


def side_of(m: re.Match[str]) -> bool:
    """Whether a word before the day tells its side of publication (`지난`, `오는`)."""
    return bool(m.group("past") or m.group("next"))


def _weekday(lang: str, word: str) -> int:
    """The weekday (Monday 0) of `word`, one of `lang`'s weekday forms."""
    for index, forms in enumerate(phrasebook.weekday_forms(lang)):
        if word in (form.strip("()") for form in phrasebook.split_forms(forms)):
            return index
    raise ValueError(word)  # the pattern admits only these forms


def read(
    text: str, lang: str | None, published: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """The day of a day of the month alone `text` in `lang`; None when it is one but
    unsure; False when it is none."""
    pattern = None if lang is None else _pattern(lang)
    if pattern is None or lang is None:
        return False
    norm = " ".join(tables.normalize(hanzi.month_numerals(text)).split())
    m = pattern.fullmatch(norm.strip(" .,;:!?。，、"))
    if m is None or not (words_of(lang).get("bare", True) or m.group("lead") or side_of(m)):
        return False  # Korean `27일` alone: also read as this month's 27th, so left alone
    if published is None or (m.group("past") and ahead) or (m.group("next") and not ahead):
        return None  # `지난 5일` of an upcoming event: the text and the tense disagree
    found = _nearest(published, int(m.group("day")), ahead)
    if found is None or (side_of(m) and found == published):
        return None  # `지난 9일` told on the 9th: a month back, or a slip for `9일`?
    if m.group("weekday") and found.weekday() != _weekday(lang, m.group("weekday")):
        return None  # `지난 6일(목)` when the 6th was a Friday
    return Cand(found, found, "day", "gregorian", True)


def _nearest(published: date, day: int, ahead: bool) -> date | None:
    """`day` of publication's month, or of the month before (after) when that day lies
    on the other side of publication than the tense asks; None when it has no such day."""
    month = published.replace(day=1)
    if day > published.day and not ahead:
        month = (month - timedelta(days=1)).replace(day=1)
    elif day < published.day and ahead:
        month = (month + timedelta(days=32)).replace(day=1)
    if not 1 <= day <= calendar.monthrange(month.year, month.month)[1]:
        return None
    return month.replace(day=day)
