"""A time of day alone (`10:04am`, `16:10`, `at 10 p.m.`), against a timestamped publication.

A publication date has no hour, so a time alone names no day (`None`). When `published`
carries a time (an ISO 8601 or RFC 2822 timestamp, a `datetime`; `published_moment`),
the day is determined: for an upcoming event (`tense="future"`) the next such time after
publication (`14:05` published at 15:30 is the next day, `16:10` the same day); in past
tense (the default) a time at or before publication is the publication day (`14:05`
published at 15:30), and a later one is `None`: later that day it is an announcement,
an updated article or another zone's clock far more often than the day before
(dateparser's no-preference reading is the same day, its past one the day before).
Text and timestamp are read in the timestamp's own zone; a time with another zone
(`10:00 GMT`, `9 a.m. EST`) is left `None`. Read for English and for no stated
language: a 24-hour `HH:MM`, or an hour with `am`/`pm` (`10pm`, `10:00 PM`, `10.30
a.m.`); a bare number is no time.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from visitx.dates.grammar import Cand

__all__ = ["LANGUAGES", "time_alone"]

LANGUAGES = frozenset({"en", None})
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
    same_day = datetime.combine(moment.date(), clock)
    if ahead:
        day = same_day if same_day > moment else same_day + timedelta(days=1)
    elif same_day <= moment:
        day = same_day
    else:
        return None  # later today (announced, updated, another zone) or yesterday?
    return Cand(day.date(), day.date(), "day", "gregorian", inferred=True)
