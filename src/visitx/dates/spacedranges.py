"""Ranges of two English expressions with spaces around the connector, for `dates.english`.

`February 2019 – May 2020`, `from X to Y`, `between X and Y`, `the 1960s and 1970s`: each
end is read alone and the two are joined from the start of the first to the end of the
second, when both have one precision and calendar, the first ends before the second starts
and the whole is not too long (ten years; a hundred for decades; 400 days when the ends
take their year from publication); two decades joined by `and` only when in a row (`the
1960s and 1980s` is None: two decades, not thirty years), and a bare day at one end only
(`April 27th to the 3rd`) is None.
"""

from __future__ import annotations

import re
from datetime import timedelta

from visitx.dates.decades import DECADE_TOKEN
from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader

__all__ = ["CONNECTORS", "spaced_range"]

_MAX_YEARS = 10
_MAX_DECADES = 100  # `from the 1960s to the 1980s`, `between the 1950s and the 2000s`
_MAX_INFERRED_RANGE = timedelta(days=400)
_BARE_DAY = re.compile(r"(?:the )?\d{1,2}(?:st|nd|rd|th)?")
CONNECTORS = re.compile(r"(?<!midway)(?<!halfway) (?:-|to|through|thru|until|till|and) ")
"""A connector between two ends of a range, spaced (`from X to Y`, `X - Y`, `X and Y`)."""


def spaced_range(norm: str, reader: Reader) -> Cand | bool | None:
    """`February 2019 – May 2020`, `from X to Y`, `between X and Y`; False when no connector."""
    between = norm.startswith("between ")
    body = re.sub(r"^(?:from|between) ", "", norm)
    tried = False
    for m in CONNECTORS.finditer(body):
        paired = m.group(0) == " and " and not between
        if paired and not DECADE_TOKEN.search(body):
            continue
        tried = True
        bare = [bool(_BARE_DAY.fullmatch(part)) for part in (body[: m.start()], body[m.end() :])]
        if bare[0] != bare[1]:
            continue  # `April 27th to the 3rd`: the 3rd of May, not of publication's month
        texts = (body[: m.start()], body[m.end() :])
        first, last = reader.parse(texts[0]), reader.parse(texts[1])
        if first is None or last is None or _days(first, texts[0]) or _days(last, texts[1]):
            continue  # `Monday to Tuesday, March 4-6`: a range of days is no end
        joined = _join(first, last)
        if joined is not None and paired and not _next_decades(first, last):
            joined = None  # `the 1960s and 1980s`: two decades, not thirty years
        if joined is not None:
            return joined
    return None if tried else False


def _days(found: Cand, text: str) -> bool:
    """Whether `found` is several days written with their numbers (`March 4-6`; not `the
    previous week`, `the weekend`)."""
    return found.precision == "day" and found.start != found.end and bool(re.search(r"\d", text))


def _decade(found: Cand) -> bool:
    start, end = found.start, found.end
    return found.precision == "year" and start.year % 10 == 0 and end.year == start.year + 9


def _next_decades(first: Cand, last: Cand) -> bool:
    """`the 1960s and 1970s`, `the 1980s and '90s`: two decades in a row."""
    return _decade(first) and _decade(last) and last.start.year == first.end.year + 1


def _join(first: Cand, last: Cand) -> Cand | None:
    if first.precision != last.precision or first.calendar != last.calendar:
        return None
    if not first.end < last.start or first.inferred != last.inferred:
        return None
    longest = _MAX_DECADES if _decade(first) and _decade(last) else _MAX_YEARS
    too_long = (
        last.end - first.start > _MAX_INFERRED_RANGE
        if first.inferred
        else last.end.year - first.start.year > longest
    )
    return None if too_long else first._replace(end=last.end)
