"""A day of the month alone in Chinese, Japanese and Korean news: `25日`, `20日夜`,
`日本時間21日午後`, `지난 5일`, `오는 11일`, `현지시간 8일`, `7일(현지시간)`, `지난 6일(금)`;
two days of one month (`14日から16日まで`, `오는 25일부터 27일까지`).

Xinhua, Kyodo and Yonhap date an event by its day of the month alone; the month is the
publication's or the one before (after) it. A day alone is read as English `the 21st`:
the most recent such day on or before publication, for an upcoming event the next one on
or after it. Korean `지난` ("past") and `오는` ("coming") tell the side themselves and
must agree with the tense (`지난 5일` of an upcoming event is None), and name another day
than publication's (`지난 9일` told on the 9th is None). A weekday after the
day (`지난 6일(금)`, `25日(星期二)`) must fall on it. A day that month has not
(`31日` told in a month after one of 30 days) is None. A bare Korean day (`12일`,
without `지난`, `오는` or a time zone) is also read as this month's whatever the tense
(Recognizers-Text's specs; Yonhap writes `지난달 30일` for last month's): it is read only
where both readings agree, in publication's month on the tense's side (`12일` of a past
event told on the 14th, `27일` of an upcoming one), and left alone otherwise. A
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
    day, link = words["day"], words["link"]
    return re.compile(
        rf"(?P<lead>{words['lead']})?{side}(?P<day>\d{{1,2}})(?P<word>{day})?"
        rf"(?:\((?P<weekday>{weekday})\))?(?:\((?P<zone>{words['zone']})\))?"
        rf"(?:(?:{link}) ?(?P<last>\d{{1,2}}){day}(?:\((?P<weekday2>{weekday})\))?"
        rf"(?:{words['until']})?)?(?:{words['trail']})?"
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
    if lang is None:
        return _weekday_language(text, published, ahead)
    m = _match(text, lang)
    if m is None or not (m.group("word") or m.group("last")):
        return False
    told = m.group("lead") or m.group("zone") or side_of(m)
    shy = not (words_of(lang).get("bare", True) or told)  # Korean `27일` alone
    if shy and published is None:
        return False
    if published is None or (m.group("past") and ahead) or (m.group("next") and not ahead):
        return None  # `지난 5일` of an upcoming event: the text and the tense disagree
    if shy and not _this_month(m, published, ahead):
        return False  # also read as this month's 27th whatever the tense: the two disagree
    if m.group("last"):
        return _days(m, lang, published, ahead)
    found = _nearest(published, int(m.group("day")), ahead)
    if found is None or (side_of(m) and found == published):
        return None  # `지난 9일` told on the 9th: a month back, or a slip for `9일`?
    if not _fits(lang, found, m.group("weekday")):
        return None  # `지난 6일(목)` when the 6th was a Friday
    return Cand(found, found, "day", "gregorian", True)


def _this_month(m: re.Match[str], published: date, ahead: bool) -> bool:
    """Whether the day (or days) fall in publication's month on the tense's side of it,
    where `the 21st` and "this month's 21st" name the same days (`12일` told on the 14th
    of a past event; `27일` of an upcoming one)."""
    days = [int(m.group("day"))] + ([int(m.group("last"))] if m.group("last") else [])
    return all(day >= published.day if ahead else day <= published.day for day in days)


def _match(text: str, lang: str) -> re.Match[str] | None:
    """`text` matched whole by the day pattern of `lang` (None: no match, no pattern)."""
    pattern = _pattern(lang)
    norm = " ".join(tables.normalize(hanzi.month_numerals(text)).split())
    return None if pattern is None else pattern.fullmatch(norm.strip(" .,;:!?。，、"))


def _weekday_language(
    text: str, published: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """Without a language, a day with a weekday in brackets read in the languages whose
    weekday it is (`7日（月）`: Monday the 7th in Japanese, not July), None when they
    disagree; False when no language's weekday is there."""
    tags = [tag for tag in phrasebook.table("month_days") if not tag.startswith("_")]
    found = [
        read(text, tag, published, ahead)
        for tag in tags
        if (m := _match(text, tag)) is not None and (m.group("weekday") or m.group("weekday2"))
    ]
    if not found:
        return False
    return found[0] if all(each == found[0] for each in found) else None


def _fits(lang: str, day: date, weekday: str | None) -> bool:
    """Whether `day` falls on the `weekday` written beside it (True when none is)."""
    return weekday is None or day.weekday() == _weekday(lang, weekday)


def _days(m: re.Match[str], lang: str, published: date, ahead: bool) -> Cand | None:
    """Two days of one month joined (`14日から16日まで`, `오는 25일부터 27일까지`): the
    range that has ended by publication (past tense) or not begun before it (an upcoming
    event); None when publication falls inside it or the second day comes first."""
    first, last = int(m.group("day")), int(m.group("last"))
    if not first < last or first < published.day < last or published.day == (first, last)[ahead]:
        return None  # publication inside this month's range: past, or still running?
    anchor = _nearest(published, first if ahead else last, ahead)
    if anchor is None:
        return None
    month_end = calendar.monthrange(anchor.year, anchor.month)[1]
    if last > month_end:
        return None
    start, end = anchor.replace(day=first), anchor.replace(day=last)
    if not (_fits(lang, start, m.group("weekday")) and _fits(lang, end, m.group("weekday2"))):
        return None
    return Cand(start, end, "day", "gregorian", True)


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
