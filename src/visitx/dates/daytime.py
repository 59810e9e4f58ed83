"""Everyday English times of day around a day: `in the early hours of Friday`, `overnight`.

Rules of `dates.english`: a time of day named around a day (`before dawn on Friday`,
`midday Friday`, `Friday at dawn`, `Thursday afternoon local time`, `on Tuesday at
10:30 a.m. Beijing time`, `at 3pm local time on Tuesday`, `at 1900 hrs IST on 6
January`, `at 12 noon on Thursday`, `at 10 a.m. Eastern on Thursday`, `at 3:30 p.m. local
time (0730 GMT) on Tuesday`) is that day, at day precision; the words around it must
leave exactly one day.
`overnight Thursday` (also `overnight Thursday into Friday`, `overnight into Friday`)
is the night from that day into the next: the two days it spans, like `overnight`
alone (the night before publication); in past tense None when the night has not
ended by publication.
"""

from __future__ import annotations

import re
from datetime import timedelta

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule
from visitx.dates.weeks import WD

__all__ = ["RULES"]

_MOMENTS = r"(?:dawn|daybreak|sunrise|sunset|dusk|noon|midday|midnight|lunchtime|nightfall)"
_AROUND = re.compile(
    r"(?:(?:in|during) )?(?:the )?(?:(?:very|wee|small|early) )*hours (?:of )?(?:on )?(.+)"
    rf"|(?:just |shortly )?(?:before|after|at|around|by) {_MOMENTS} (?:on )?(.+)"
    rf"|{_MOMENTS} (?:on )?(.+)"
    rf"|(.+?) (?:at|around|before|after) {_MOMENTS}"
    r"|(.+?) (?:local|beijing|moscow|tokyo|[a-z]{2,4}) time"
    r"|(?:(?:at|around|about|by) )?(?:\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\.?|\d{1,2}[:.]\d\d|12 noon"
    r"|[012]\d[0-5]\d ?(?:hrs|hours|h))(?: (?:local|beijing|moscow|tokyo|eastern|pacific|central"
    r"|mountain|[a-z]{2,4})(?: time)?)?(?: [012]\d[0-5]\d (?:gmt|utc))?"
    r" on (.+)"  # `at 3pm local time (0700 GMT) on Tuesday`, `at 1900 hrs IST on 6 January`
)


def _around(m: re.Match[str], reader: Reader) -> Cand | None:
    """`in the early hours of Friday`: that Friday (the words must leave one day)."""
    inner = next(group for group in m.groups() if group is not None)
    found = reader.parse(inner)
    if found is None or found.precision != "day" or found.start != found.end:
        return None
    return found


_OVERNIGHT_DAY = re.compile(
    rf"overnight (?:on )?({WD})(?: (?:night|evening))?(?: (?:into|to) ({WD})(?: morning)?)?"
)
_OVERNIGHT_INTO = re.compile(rf"overnight (?:into|to) ({WD})(?: morning)?")


def _overnight_day(m: re.Match[str], reader: Reader) -> Cand | None:
    """`overnight Thursday`: Thursday and the Friday the night runs into."""
    night = reader.parse(m.group(1))
    if night is None or night.start != night.end or night.precision != "day":
        return None
    morning = night.start + timedelta(days=1)
    if m.group(2) is not None and reader.parse(m.group(2)) is None:
        return None
    if m.group(2) is not None and morning.strftime("%A").lower()[:3] != m.group(2)[:3]:
        return None  # `overnight Thursday into Saturday`: not one night
    pub = reader.published
    if pub is not None and morning > pub and not reader.ahead:
        return None  # the night of publication day: not over when the article was written
    return night._replace(end=morning)


def _overnight_into(m: re.Match[str], reader: Reader) -> Cand | None:
    """`overnight into Friday`: Thursday and Friday, like `overnight Thursday`."""
    morning = reader.parse(m.group(1))
    if morning is None or morning.start != morning.end or morning.precision != "day":
        return None
    pub = reader.published
    if pub is not None and morning.start > pub and not reader.ahead:
        return None
    return morning._replace(start=morning.start - timedelta(days=1))


RULES: tuple[Rule, ...] = (
    (_OVERNIGHT_DAY, _overnight_day),
    (_OVERNIGHT_INTO, _overnight_into),
    (_AROUND, _around),
)
