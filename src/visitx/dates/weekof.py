"""A weekday of a named week: `上周五`, `先週金曜日`, `지난주 금요일` (Friday of last week).

Chinese, Japanese and Korean name the week and then the day: `上周五` told on a
Saturday is the Friday eight days before, not the day before (as the past word `上`
alone would make it). The prefixes are in `tables/date_words.json` (`week_weekdays`),
the weekday words are the language's own. Weeks run Monday to Sunday; where the
answer depends on that in Chinese, Japanese and Korean (a Sunday named, or told on a
Sunday: calendars in Taiwan, Japan and Korea start the week on Sunday) the reading is
None (Turkish, Azerbaijani, Kazakh and Uzbek weeks start on Monday: read), and so is an upcoming
day in past tense or a day gone by for an upcoming event. Beside the expression may
stand parts of the day and particles (`上周五下午`); beside a written date
(`2024年3月8日（上周五）`) the date is read and the weekday checked against it; any
other word makes the whole None, never the nearest such weekday.

`this_weekday` reads `this` before a weekday in the other languages with tables
(`diesen Dienstag`, `ce mardi`, `bu salı`: `this_words`) like English `this Tuesday`;
`in_next_week` keeps an ambiguous "next" before a weekday (`nächsten Dienstag`,
`mardi prochain`: `next_words`) to where it is also next week's, like `next Tuesday`.
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from typing import NamedTuple

from visitx.dates import phrasebook, tables

__all__ = ["WeekDay", "in_next_week", "this_weekday", "weekday_of_week"]

_OFFSETS = {"last": -1, "this": 0, "next": 1}
_SUNDAY = 6
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PUNCTUATION = re.compile(r"[\s.,;:!?()\[\]\"'«»、。，（）]+")


class WeekDay(NamedTuple):
    """The day a weekday of a named week names (None: unsure), and whether a written
    date stands beside it (then that date is read, and must be this day)."""

    day: date | None
    beside_date: bool


class _Patterns:
    def __init__(self, weeks: tuple[tuple[int, re.Pattern[str]], ...], around: re.Pattern[str]):
        self.weeks, self.around = weeks, around


@functools.cache
def _patterns(lang: str) -> _Patterns | None:
    """The language's (week offset, regex with the weekday's number as group name) and
    the words that may stand around such an expression."""
    table = phrasebook.week_weekdays().get(lang)
    if table is None:
        return None
    after = table.get("after", "")  # `(?!\w)`: `cuma` is no `cumartesi`
    days = "|".join(
        f"(?P<d{number}>{'|'.join(re.escape(tables.normalize(f)) for f in forms.split('|'))})"
        for number, forms in enumerate(phrasebook.weekday_forms(lang))
    )
    weeks = tuple(
        (offset, re.compile(f"(?:{tables.normalize(table[name])}) ?(?:{days}){after}"))
        for name, offset in _OFFSETS.items()
    )
    return _Patterns(weeks, re.compile(tables.normalize(table["around"])))


def weekday_of_week(norm: str, lang: str | None, published: date, ahead: bool) -> WeekDay | None:
    """The weekday of last, this or next week `norm` names, or None when it names none."""
    langs = [lang] if lang is not None else list(phrasebook.week_weekdays())
    for tag in langs:
        patterns = _patterns(tag)
        for offset, pattern in () if patterns is None else patterns.weeks:
            m = pattern.search(norm)
            if m is None or patterns is None:
                continue
            rest = patterns.around.sub("", norm[: m.start()] + " " + norm[m.end() :])
            rest = _PUNCTUATION.sub("", rest)
            beside_date = any(c.isdigit() for c in rest)  # `2024年3月8日（上周五）`
            if rest and not beside_date:
                return WeekDay(None, beside_date=False)  # an unknown word beside it
            weekday = next(int(name[1:]) for name, value in m.groupdict().items() if value)
            return WeekDay(_day(offset, weekday, published, ahead, tag), beside_date)
    return None


def this_weekday(weekday: int, lang: str | None, published: date, ahead: bool) -> date | None:
    """`diesen Dienstag`, `ce mardi`, `bu salı`: that weekday of the publication week
    (Monday to Sunday, Saturday to Friday in Persian), as English `this Tuesday`; None
    when it is on the other side of publication than the tense asks, for a language
    without such words, and where the week's first day decides (Arabic: Saturday or
    Sunday; a Sunday named or told on where calendars may start on Sunday)."""
    grammar = phrasebook.relative_units(lang) if lang is not None else None
    starts = (grammar or {}).get("week_start", "monday").split("|")
    own = phrasebook.week_weekdays().get(lang or "", {}).get("this", "(?!)") != "(?!)"
    if grammar is None or len(starts) > 1 or own:
        return None  # `이번 금요일`, `本周五`: `weekday_of_week` reads it
    if lang in phrasebook.sunday_unsure() and _SUNDAY in (weekday, published.weekday()):
        return None
    first = _DAYS.index(starts[0])
    start = published - timedelta(days=(published.weekday() - first) % 7)
    day = start + timedelta(days=(weekday - first) % 7)
    if (day > published and not ahead) or (day < published and ahead):
        return None  # `ce mardi` told on a Friday of an upcoming event: which Tuesday?
    return day


def _sunday_first(lang: str) -> bool:
    """Whether calendars of `lang` may start the week on Sunday (`week_start_also` of its
    `relative_units`: Chinese in Taiwan, Japanese, Korean), so that a Sunday named or told
    on leaves the week unsure; Turkish, Azerbaijani, Kazakh and Uzbek weeks run Monday to
    Sunday."""
    grammar = phrasebook.relative_units(lang) or {}
    return "sunday" in grammar.get("week_start_also", "").split("|") or (
        lang in phrasebook.sunday_unsure()
    )


def in_next_week(day: date, lang: str | None, published: date) -> bool:
    """Whether `day`, the next such weekday after publication, is also that weekday of
    next week for every first day of the week the language's calendars use (Monday;
    Saturday in Persian; also Sunday in Spanish and Korean; all three when the language
    is unknown). `nächsten Dienstag` told on a Monday is tomorrow or a week later: False."""
    starts = {"monday", "saturday", "sunday"}
    if lang is not None:
        grammar = phrasebook.relative_units(lang) or {}
        also = grammar.get("week_start_also", "").split("|")
        starts = {*grammar.get("week_start", "monday").split("|"), *also} - {""}
        starts |= {"sunday"} if lang in phrasebook.sunday_unsure() else set()
    for first in starts:
        start = published - timedelta(days=(published.weekday() - _DAYS.index(first)) % 7)
        if not 7 <= (day - start).days < 14:
            return False
    return True


def _day(offset: int, weekday: int, published: date, ahead: bool, lang: str) -> date | None:
    if _SUNDAY in (weekday, published.weekday()) and _sunday_first(lang):
        return None  # the week may start on Sunday
    monday = published - timedelta(days=published.weekday())
    day = monday + timedelta(weeks=offset, days=weekday)
    if (day > published and not ahead) or (day < published and ahead and offset >= 0):
        return None  # `下周五` of a past event, `本周一` of an upcoming one
    return day
