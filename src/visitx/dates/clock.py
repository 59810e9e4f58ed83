"""A time of day alone (`10:04am`, `16:10`, `at 10 p.m.`), against a timestamped publication.

A publication date has no hour, so a time alone names no day (`None`). When `published`
carries a time (an ISO 8601 or RFC 2822 timestamp, a `datetime`; `published_moment`),
the day is determined: for an upcoming event (`tense="future"`) the next such time after
publication (`14:05` published at 15:30 is the next day, `16:10` the same day; one
less than an hour before publication, `15:10`, is None: just past, or the timestamp's
lag behind the text?); in past tense (the default) a time at or before publication is
the publication day (`14:05` published at 15:30), and a later one is `None`: later
that day it is an announcement,
an updated article or another zone's clock far more often than the day before
(dateparser's no-preference reading is the same day, its past one the day before).
An hour of 1-11 without am/pm (`3:30`; English writes 12-hour times without them) is
read both ways (3:30 and 15:30) and names a day only when both readings agree.
Text and timestamp are read in the timestamp's own zone; a time with another zone
(`10:00 GMT`, `9 a.m. EST`) is left `None`. Read for English and for no stated
language: a 24-hour `HH:MM`, or an hour with `am`/`pm` (`10pm`, `10:00 PM`, `10.30
a.m.`); a bare number is no time.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from visitx.dates.grammar import Cand

__all__ = ["LANGUAGES", "time_alone"]

LANGUAGES = frozenset({"en", None})
_JUST_PASSED = timedelta(hours=1)  # a time this close before the timestamp: no day
_TIME = re.compile(
    r"(?:(?:at|around|about|by|shortly after|shortly before|just after|just before) )?"
    r"(?:(\d{1,2})[:.](\d{2})(?::\d{2})?(?: ?([ap])\.? ?m\.?)?|(\d{1,2}) ?([ap])\.? ?m\.?)"
    r"(?: local time)?",
    re.IGNORECASE,
)


def _clock(m: re.Match[str]) -> time | None:
    """The time of day the match names, or None when it is no valid time."""
    hour_text, minute_text, half = m.group(1), m.group(2), m.group(3)
    if hour_text is None:
        hour_text, minute_text, half = m.group(4), "0", m.group(5)
    hour, minute = int(hour_text), int(minute_text)
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    elif ":" not in m.group(0):
        return None  # `10.30` alone: a score, a price or a time?
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def time_alone(text: str, moment: datetime | None, ahead: bool) -> Cand | None:
    """The day of a time alone, given the moment of publication; None without one."""
    m = _TIME.fullmatch(" ".join(text.split()))
    if m is None or moment is None:
        return None
    clock = _clock(m)
    if clock is None:
        return None
    days = {
        _day(datetime.combine(moment.date(), hour), moment, ahead) for hour in _halves(m, clock)
    }
    day = days.pop() if len(days) == 1 else None
    return None if day is None else Cand(day, day, "day", "gregorian", inferred=True)


def _halves(m: re.Match[str], clock: time) -> list[time]:
    """`clock`, and for an hour of 1-11 without am/pm or a leading zero (`3:30`) the
    other half of the day too (15:30): English writes 12-hour times without am/pm."""
    hour_text = m.group(1)
    if m.group(3) is not None or hour_text is None or hour_text.startswith("0"):
        return [clock]
    if not 1 <= clock.hour <= 11:
        return [clock]  # `12:15` is past noon in either notation
    return [clock, clock.replace(hour=clock.hour + 12)]


def _day(same_day: datetime, moment: datetime, ahead: bool) -> date | None:
    """The day of a time on the publication day `same_day`, or None when unsure."""
    if ahead:
        if moment - _JUST_PASSED < same_day <= moment:
            return None  # `4:23am` published at 4:30: just past, or the timestamp's lag?
        return (same_day if same_day > moment else same_day + timedelta(days=1)).date()
    if same_day <= moment:
        return same_day.date()
    return None  # later today (announced, updated, another zone) or yesterday?
