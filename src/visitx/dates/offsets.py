"""Everyday English days and months counted from a named one.

Rules of `dates.english`, each read through the caller's parser so that the day it
counts from follows the same conventions as when it stands alone:

* `the Friday before last` (`Friday before last`): a week before `last Friday`, the
  most recent Friday before publication (told on a Sunday: the Friday nine days back);
* `a week from Friday` (`a week on Friday`, British `Friday week`; `two weeks from
  Friday`, `a fortnight on Friday`) of an upcoming event: a week (two) after the next
  Friday to come (None in past tense, like `a week from
  today`, and when publication falls on a Friday: this Friday or the next?);
* `three years ago this month` (`a year ago this month`): the month of publication that
  many years back (`a year ago this week` stays None: which Monday-to-Sunday week?);
* `the eve of July 4` (`on the eve of the vote on July 4`): the day before that day,
  read like `the day before July 4` (it was July 4 itself); `the eve of 2024` is None;
* `on the fifth` (`the twenty-first of this month`, `Thursday the twenty-first`): read
  like `on the 5th`, the day of a month in words; a bare `the fifth` (of what?) is None;
* `Christmas 2019` (`over Christmas 2019`, `the Christmas holidays of 2019`): None, like
  `Christmas` alone, the season, which runs into January (it was the year 2019);
  `Christmas Day 2019` stays that day. `New Year 2019` (`over New Year 2019`, `the New
  Year holidays of 2019`) likewise: its celebration starts on New Year's Eve, 31 December
  2018, outside the year named (it was the year 2019); `New Year's Day 2019` and `New
  Year's Eve 2018` stay those days, `Lunar New Year 2019` (a movable feast inside its
  year, like `Easter 2019`) the year.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule, no_period, span
from visitx.dates.vocabulary import ordinal_words
from visitx.dates.weeks import WD

__all__ = ["RULES"]

_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_COUNT = r"\d{1,2}|" + "|".join(_NUMBERS)
_MAX_YEARS = 50  # `100 years ago this month`: the count is too far from news to trust

_WEEKDAY_BEFORE_LAST = re.compile(rf"(?:on )?(?:the )?({WD}) before last")


def _weekday_before_last(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the Friday before last`: the Friday a week before `last Friday`."""
    last = reader.looking_back(f"last {m.group(1)}")
    if last is None or last.precision != "day":
        return None
    day = last.start - timedelta(weeks=1)
    return last._replace(start=day, end=day)


_WEEK_FROM_WEEKDAY = re.compile(
    rf"(?:on )?(?:(?:a week|(two|three) weeks) (?:from|on) ({WD})|(a) fortnight (?:from|on) ({WD})"
    rf"|({WD}) week)"
)


def _week_from_weekday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`a week from Friday`, `Friday week`, `two weeks from Friday` (`a fortnight on
    Friday`): that many weeks after the next Friday (ahead only)."""
    if not reader.ahead:
        return None  # a past event is not a week from Friday
    named = reader.parse(m.group(2) or m.group(4) or m.group(5))
    if named is None or named.precision != "day":
        return None  # told on a Friday: this Friday, or the next?
    weeks = 2 if m.group(3) else _NUMBERS[m.group(1) or "a"]
    day = named.start + timedelta(weeks=weeks)
    return named._replace(start=day, end=day)


_YEARS_AGO_THIS_MONTH = re.compile(rf"({_COUNT}) years? ago this month")


def _years_ago_this_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`three years ago this month`: publication's month, that many years back."""
    pub, word = reader.published, m.group(1)
    count = int(word) if word.isdigit() else _NUMBERS[word]
    if pub is None or not 0 < count <= _MAX_YEARS:
        return None
    first = date(pub.year - count, pub.month, 1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return span(first, last, "month", True)


_EVE_OF = re.compile(r"(?:on )?(?:the )?eve of (.+)")


def _eve_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the eve of July 4`: the day before July 4 (None unless that names one day)."""
    return reader.parse(f"the day before {m.group(1)}")


_ORDINALS = ordinal_words()
_ORDINAL_DAY = re.compile(
    rf"(?P<pre>on |(?:on )?{WD},? )?the (?P<day>{'|'.join(sorted(_ORDINALS, key=len)[::-1])})"
    r"(?P<post> of (?:this|last|next|the) month)?"
)


def _ordinal_day(m: re.Match[str], reader: Reader) -> Cand | None:
    """`on the fifth`: the day of a month in words, read like `on the 5th`."""
    if not (m.group("pre") or m.group("post")):
        return None  # `the fifth`: of what?
    digits = _ORDINALS[m.group("day")]
    return reader.parse(f"{m.group('pre') or ''}the {digits}{m.group('post') or ''}")


_CHRISTMAS_SEASON = re.compile(
    r"(?:(?:over|at|during|in|for|around|since|until|by) )?(?:the )?"
    r"(?:christmas|xmas|new year(?:'?s)?)"
    r"(?: (?:holidays?|season|period|break))?,? (?:of )?(?:\d{4}|'\d\d)"
)
# `Christmas 2019`: the season, which runs into January; `New Year 2019`, which starts on
# 31 December 2018: None (not the year).

RULES: tuple[Rule, ...] = (
    (_WEEKDAY_BEFORE_LAST, _weekday_before_last),
    (_WEEK_FROM_WEEKDAY, _week_from_weekday),
    (_YEARS_AGO_THIS_MONTH, _years_ago_this_month),
    (_EVE_OF, _eve_of),
    (_ORDINAL_DAY, _ordinal_day),
    (_CHRISTMAS_SEASON, no_period),
)
