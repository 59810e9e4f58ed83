"""Everyday English days of a week: weekday ranges, weekends, `this Monday`, `overnight`.

Rules of `dates.english` (see its docstring for the precision each keeps): a weekend is
Saturday and Sunday, `from Monday to Wednesday last week` and `Saturday and Sunday` the
days named, `Tuesday last week` that day of the week before, `the week of March 4` the
Monday-to-Sunday week, `overnight` the night before publication (two days). Weeks run
Monday to Sunday (a week before or after publication's named on a Sunday is None: US
calendars start a week that day); a day after publication is read only for an upcoming
event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from itertools import pairwise

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule, span
from visitx.dates.phrasebook import weekday_forms

__all__ = ["RULES", "WD", "WEEKDAY_NAME", "weekday"]

# `tables/date_words.json` `weekdays` `en`: the names, abbreviations and common misspellings.
_WEEKDAYS = tuple(weekday_forms("en"))
WD = r"(?:" + "|".join(_WEEKDAYS) + r")"
"""A weekday, written out or abbreviated (`Thurs`), as a regular expression."""
WEEKDAY_NAME = r"(?:" + "|".join(forms.split("|")[0] for forms in _WEEKDAYS) + r")"
"""A weekday written out (`thursday`), as a regular expression."""


def weekday(word: str) -> int:
    """The weekday number (Monday 0) of a word `WD` matched."""
    return next(i for i, forms in enumerate(_WEEKDAYS) if word in forms.split("|"))


# --- weeks, weekends, weekdays ------------------------------------------------------------


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _named_monday(pub: date, named: str) -> date | None:
    """The Monday of the week `named` (`last week`, `the week before last`); None for a
    week before or after publication's told on a Sunday, when US calendars, whose week
    starts that day, name another week (as for `last week` alone)."""
    offset = _WEEK_OFFSETS[named]
    if offset and pub.weekday() == 6:
        return None  # `Tuesday last week` told on Sunday 10 March: 27 Feb or 5 March?
    return _monday(pub) + timedelta(weeks=offset)


_WEEK_OFFSETS = {"the week before last": -2, "last week": -1, "the previous week": -1,
                 "the week before": -1, "this week": 0, "next week": 1}  # fmt: skip
_NAMED_WEEK = "(" + "|".join(_WEEK_OFFSETS) + ")"
_PART_OF_DAY = r"(?: (?:morning|afternoon|evening|night))?"
_WEEKDAY_RANGE = re.compile(
    rf"(?:(?:over|during) )?(?:from |between )?(?:(?:on|(?P<last>last)|this) )?({WD})"
    rf"(?:(?: {WD})+(?= and ))?(?: |-)"
    r"(?:- |to |through |thru |until |till |and |(?:night |evening )?into )?"
    rf"({WD}){_PART_OF_DAY}(?:(?: of)? {_NAMED_WEEK})?"
)


def _weekday_range(m: re.Match[str], reader: Reader) -> Cand | None:
    """`from Monday to Wednesday last week`, `Tuesday through Friday`."""
    pub = reader.published
    first, last = weekday(m.group(2)), weekday(m.group(3))
    listed = [weekday(word) for word in re.findall(rf"\b{WD}\b", m.group(0))]
    if pub is None or first == last or not _in_a_row(listed):
        return None
    pair = " and " in m.group(0) and not m.group(0).startswith("between ") and len(listed) == 2
    if (pair or " into " in m.group(0)) and (last - first) % 7 != 1:
        return None  # `Monday and Thursday` are two days, not the four between them
    ahead = reader.ahead and m.group("last") is None  # `last Saturday and Sunday`: gone by
    if first > last:  # `Friday to Monday`, `Sunday night into Monday`: across a Sunday
        return None if m.group(4) else _across_sunday(pub, first, last, ahead)
    if m.group(4) is not None:
        named = _named_monday(pub, m.group(4))
        if named is None:
            return None
        monday = named
    elif ahead:
        if first <= pub.weekday() <= last:
            return None  # begun by publication: this week's (ongoing) or next week's?
        monday = _monday(pub) if pub.weekday() < first else _monday(pub) + timedelta(weeks=1)
    elif pub.weekday() == last and m.group("last"):
        return None  # `last Tuesday and Wednesday` told on a Wednesday: a week back (`last Friday`)
    elif pub.weekday() >= last:
        monday = _monday(pub)  # the days are over this week (the last one may be today)
    elif pub.weekday() < first:
        monday = _monday(pub) - timedelta(weeks=1)
    else:
        return None  # publication falls inside this week's range: past or ongoing?
    start, end = monday + timedelta(days=first), monday + timedelta(days=last)
    if end > pub and not ahead:
        return None
    return span(start, end, "day", True)


def _in_a_row(days: list[int]) -> bool:
    """Whether a list of three weekdays or more (`Tuesday, Wednesday and Thursday`) names
    days in a row; two days joined are checked by `_weekday_range` itself."""
    return len(days) < 3 or all((b - a) % 7 == 1 for a, b in pairwise(days))


def _across_sunday(pub: date, first: int, last: int, ahead: bool) -> Cand | None:
    """`Friday to Monday` with no week named: the most recent such days gone by (the
    next ones for an upcoming event); None when publication falls inside them (past or
    ongoing?; for an upcoming event: begun, or next week's?)."""
    length = (last - first) % 7 + 1
    into = (pub.weekday() - first) % 7  # days from the named first day to publication
    if into < length - 1 or (ahead and into == length - 1):
        return None
    if ahead:
        start = pub + timedelta(days=(first - pub.weekday()) % 7)
    else:
        start = pub - timedelta(days=into - (length - 1)) - timedelta(days=length - 1)
    return span(start, start + timedelta(days=length - 1), "day", True)


_WEEKDAY_IN_WEEK = re.compile(
    rf"(?:on )?({WD})(?: (?:morning|afternoon|evening|night))?(?: of)?"
    rf" {_NAMED_WEEK}"
)


def _weekday_in_week(m: re.Match[str], reader: Reader) -> Cand | None:
    """`Tuesday last week`, `on Monday of next week`: that day of the week named."""
    pub = reader.published
    monday = None if pub is None else _named_monday(pub, m.group(2))
    if pub is None or monday is None:
        return None
    day = monday + timedelta(days=weekday(m.group(1)))
    if (day > pub and not reader.ahead) or (day < pub and reader.ahead):
        return None
    return span(day, day, "day", True)


_WEEK_THEN_WEEKDAY = re.compile(
    rf"{_NAMED_WEEK},? (?:on )?({WD})(?: (?:morning|afternoon|evening|night))?"
)


def _week_then_weekday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`last week on Tuesday`, `last week Monday`: read as `Tuesday last week`."""
    return reader.parse(f"{m.group(2)} {m.group(1)}")


_WEEKEND = re.compile(
    r"(?:(?:at|over|during|on) )?(?:the |this |last |next )?(?:past |(?:up)?coming |previous )?"
    r"week-?end"
)


def _weekend(m: re.Match[str], reader: Reader) -> Cand | None:
    """`this past weekend`, `at the weekend`: Saturday and Sunday."""
    pub = reader.published
    if pub is None:
        return None
    words = m.group(0).split()
    saturday = _monday(pub) + timedelta(days=5)
    during = pub.weekday() >= 5
    if "next" in words or "coming" in words or "upcoming" in words:
        if not reader.ahead:
            return None
        if pub.weekday() >= 4 and "next" in words:
            return None  # `next weekend` on a Friday or Saturday: this one or the one after?
        if during:
            saturday += timedelta(weeks=1)  # `the coming weekend` told on one: the next one
        return span(saturday, saturday + timedelta(days=1), "day", True)
    if "last" in words or "past" in words or "previous" in words:
        if during:
            return None  # said on a weekend: this one, or the one before?
        saturday -= timedelta(weeks=1)
    elif not during and not reader.ahead:
        if "this" in words and pub.weekday() > 0:
            return None  # `this weekend` after Monday: the coming one, or the last?
        saturday -= timedelta(weeks=1)  # told in the past on a Monday: the one just gone
    return span(saturday, saturday + timedelta(days=1), "day", True)


_THIS_WEEKDAY = re.compile(
    rf"(?:on )?this (past |coming )?({WD})(?: (?:morning|afternoon|evening|night))?"
)


def _this_weekday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`this Monday`: the Monday of the publication week (`this past Monday`: the last one)."""
    pub = reader.published
    if pub is None:
        return None
    named = weekday(m.group(2))
    if m.group(1) == "past ":
        day = pub - timedelta(days=(pub.weekday() - named) % 7 or 7)
    elif m.group(1) == "coming ":
        day = pub + timedelta(days=(named - pub.weekday()) % 7 or 7)
    else:
        day = _monday(pub) + timedelta(days=named)
        if day < pub and reader.ahead:
            return None  # `this Monday` of an upcoming event said on a Friday: which Monday?
    if day > pub and not reader.ahead:
        return None
    return span(day, day, "day", True)


_WEEK_OF = re.compile(r"(?:(?:in|during|for) )?(?:the )?week of (.+)")


def _week_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the week of March 4`: the Monday-to-Sunday week of that day; None for a Sunday
    (`the week of October 6th`, 2013: the week it ends, or the week a Sunday-first
    calendar starts with it?)."""
    day = reader.parse(m.group(1))
    if day is None or day.start != day.end or day.start.weekday() == 6:
        return None
    monday = _monday(day.start)
    return day._replace(start=monday, end=monday + timedelta(days=6))


_WEEK_FROM = re.compile(
    r"(?:(?:in|during|for) )?(?:the )?(?:week (?:beginning|starting|commencing)|w/c) (.+)"
)


def _week_from(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the week beginning March 4`, `w/c 4 March`: that Monday's week, or the seven days
    from a Sunday (`the week beginning Sunday, October 6`: a Sunday-first week); None for
    another day (the seven days from it, or the calendar week around it?)."""
    day = reader.parse(m.group(1))
    if day is None or day.start != day.end or day.start.weekday() not in (0, 6):
        return None
    return day._replace(end=day.start + timedelta(days=6))


_WEEK_TO = re.compile(
    r"(?:in |during |over )?(?:the )?(?:week|seven days) (?:ending|ended|to) (.+)"
)


def _week_to(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the week ended March 8`, `in the week to Friday`: the seven days ending that day
    (`ended`: one gone by, in either tense)."""
    ended = " ended " in m.group(0)
    day = reader.looking_back(m.group(1)) if ended else reader.parse(m.group(1))
    if day is None or day.start != day.end or day.precision != "day":
        return None
    return day._replace(start=day.start - timedelta(days=6))


_WEEKEND_OF = re.compile(r"(?:(?:at|over|during|on) )?the week-?end of (.+)")


def _weekend_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the weekend of March 2`: that Saturday and Sunday (None if the day is neither)."""
    day = reader.parse(m.group(1))
    if day is None or day.precision != "day":
        return None
    saturday = day.start - timedelta(days=day.start.weekday() == 6)
    sunday = saturday + timedelta(days=1)
    if saturday.weekday() != 5 or day.end not in (day.start, sunday):
        return None
    return day._replace(start=saturday, end=sunday)


_AFTER_NEXT = re.compile(r"(?:(?:at|over|during|on) )?the week-?end after next")


def _after_next(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the weekend after next` of an upcoming event: a week after `next weekend`, told
    Monday to Thursday (None from Friday on, as `next weekend`, and in past tense)."""
    pub = reader.published
    if pub is None or not reader.ahead or pub.weekday() >= 4:
        return None
    saturday = _monday(pub) + timedelta(days=12)
    return span(saturday, saturday + timedelta(days=1), "day", True)


_OVERNIGHT = re.compile(r"overnight")


def _overnight(m: re.Match[str], reader: Reader) -> Cand | None:
    """`overnight`: the night before publication, the two days it spans."""
    pub = reader.published
    return None if pub is None else span(pub - timedelta(days=1), pub, "day", True)


_BEFORE_LAST = re.compile(r"(?:(?:in|during|at|over|on) )?the week(-?end)? before last")


def _before_last(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the week before last`: the Monday-to-Sunday week two weeks back (its weekend)."""
    pub = reader.published
    if pub is None or (m.group(1) and pub.weekday() >= 5):
        return None  # said on a weekend: which weekend is last?
    monday = _named_monday(pub, "the week before last")  # None told on a Sunday
    if monday is None:
        return None
    start = monday + timedelta(days=5) if m.group(1) else monday
    return span(start, monday + timedelta(days=6), "day", True)


RULES: tuple[Rule, ...] = (
    (_BEFORE_LAST, _before_last),
    (_WEEKEND_OF, _weekend_of),
    (_AFTER_NEXT, _after_next),
    (_WEEKEND, _weekend),
    (_WEEKDAY_RANGE, _weekday_range),
    (_WEEKDAY_IN_WEEK, _weekday_in_week),
    (_WEEK_THEN_WEEKDAY, _week_then_weekday),
    (_THIS_WEEKDAY, _this_weekday),
    (_OVERNIGHT, _overnight),
    (_WEEK_OF, _week_of),
    (_WEEK_FROM, _week_from),
    (_WEEK_TO, _week_to),
)
