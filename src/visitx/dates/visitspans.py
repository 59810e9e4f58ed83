"""Dates told with the visit they belong to, as reports of state visits write them.

Rules of `dates.english` for a date a report ties to the visit around it:

* `on Tuesday, the second day of his visit`, `on Sunday, the final day of his Gulf
  tour`, `on Wednesday, a day after arriving in Abuja` (`a day after he arrived`), `on
  Monday morning, shortly after his arrival`, `on Monday at the start of a week-long
  tour`: the day named; the words after it place the day in the visit, not in the
  calendar;
* `on the sidelines of the G20 summit on Saturday`: the day named after the event;
* `the talks on Wednesday, the final day of his visit` (a noun before the day), `on
  Monday, shortly after landing in Jakarta`, and the day of the visit named first, `on
  the second day of his visit to Russia, on Tuesday`, `on the final day of his Asia tour
  on Friday`, `on the last day of his visit, Wednesday`, `talks on the second day,
  Tuesday`: the day named.
"""

from __future__ import annotations

import re

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule
from visitx.dates.vocabulary import naming_words

__all__ = ["RULES"]

_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|last|final|opening|closing)"
_TIED = re.compile(
    r"(?:the [a-z]+ )?(on .+?|[a-z]+day(?: [a-z]+)?)"
    rf" (?:(?:the|its|his|her|their) {_ORDINAL} day of (?:the|a|an|his|her|their|its|this)"
    r"|(?:a|one|two|three|\d) days? (?:after|before) (?:arriving|landing|his|her|their|the"
    r"|(?:he|she|they) (?:arrived|landed|left))"  # `on Wednesday, a day after he arrived`
    r"|(?:shortly |just |soon )?(?:after|before) (?:his|her|their|the) (?:arrival|departure)"
    r"|(?:shortly |just |soon )?(?:after|before) (?:arriving|landing)"
    r"|at the (?:start|end|beginning|close) of (?:a|an|his|her|their|the))"
    r"(?: [a-z0-9'-]+)*"
)
_SIDELINES = re.compile(
    r"(?P<lead>(?:[a-z]+ ){0,3}?)on the (?:sidelines|margins) of (?:the |a )?[a-z0-9' -]+? (on .+)"
)
# `on the second day of his visit to Russia, on Tuesday` (`on the last day of his visit,
# Wednesday`): the day after the visit's day.
_DAY_OF = re.compile(
    rf"(?:talks |meetings? )?on (?:the|its|his|her|their) {_ORDINAL} day"
    r"(?: of (?:the|a|an|his|her|their|its|this)(?: [a-z'-]+)+?)?"
    r" (on [a-z0-9 ]+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)


def _tied(m: re.Match[str], reader: Reader) -> Cand | None:
    """`on Tuesday, the second day of his visit`: Tuesday; None when the words before
    the sidelines name a date (`during talks on the sidelines`: no date)."""
    lead = (m.groupdict().get("lead") or "").split()
    if any(word in naming_words() for word in lead):
        return None
    found = reader.parse(m.group(m.re.groups))  # the last group: the day
    return found if found is not None and found.precision == "day" else None


RULES: tuple[Rule, ...] = (
    (_TIED, _tied),
    (_SIDELINES, _tied),
    (_DAY_OF, _tied),
)
