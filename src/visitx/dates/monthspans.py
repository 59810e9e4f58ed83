"""Stretches of a month named by their rank: its halves and its weekends.

Rules of `dates.english`, tried after the halves of a year (`dates.periods`):

* `the first half of March` is 1-15 March, `the second half of May` (`the latter half`)
  16-31 May, and so are `the first fortnight of March` and `the second fortnight of May`
  (Indian and British usage), and so for `the first half of the month` (the running
  month) or `of next month`; `the last half` stays `None`, as for a year;
* `the first weekend of March` (`the second`, `third`, `fourth`) is that Saturday and
  Sunday counted from the month's first Saturday, and `the last weekend of June` the
  month's last Saturday and Sunday; `None` when a weekend straddles the month's edge
  (March starting on a Sunday: is 1 March the first weekend, or 7-8 March?; June ending
  on a Saturday); `the fifth weekend` is not read.

Both are days, not the month: when the month carries no year, the stretch must lie on
the tense's side of publication (begun for a past event, not ended for an upcoming one),
else `None` (`the second half of June` of a past event told on 10 June).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from visitx.dates.grammar import Cand
from visitx.dates.periods import RANKS, Reader, Rule, span
from visitx.dates.vocabulary import MONTH_WORD

__all__ = ["RULES"]

_RANKS = {**RANKS, "latter": 2}
_CURRENT = {"the month": "this month", "month": "this month"}
# The month a half or weekend is of: `the month`, `next month`, `March`, `March 2024`.
_MONTH = rf"((?:the |this |last |next )?month|(?:(?:this|last|next) )?{MONTH_WORD}(?: \d{{4}})?)"


def _month(rest: str, reader: Reader) -> Cand | None:
    """The month `rest` names, or None when it names none."""
    found = reader.parse(_CURRENT.get(rest, rest))
    ok = found is not None and found.precision == "month" and found.start.month == found.end.month
    return found if ok and found is not None and found.start.year == found.end.year else None


def _on_its_side(start: date, end: date, month: Cand, reader: Reader) -> Cand | None:
    """The days `start`-`end` of `month`; None when the month has no year of its own and
    the days lie on the other side of publication than the tense asks."""
    pub = reader.published
    if month.inferred and pub is not None and (end < pub if reader.ahead else start > pub):
        return None
    return span(start, end, "day", month.inferred)


_HALF_OF_MONTH = re.compile(
    r"(?:(?:in|during|over|throughout) )?the (first|second|latter|1st|2nd) (?:half|fortnight)"
    rf" of {_MONTH}"
)


def _half_of_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the first half of March`: 1-15 March; `the second half of May`: 16-31 May."""
    month = _month(m.group(2), reader)
    if month is None:
        return None
    if _RANKS[m.group(1)] == 1:
        return _on_its_side(month.start, month.start.replace(day=15), month, reader)
    return _on_its_side(month.start.replace(day=16), month.end, month, reader)


_WEEKEND_OF_MONTH = re.compile(
    r"(?:(?:at|over|during|on|in) )?the (first|second|third|fourth|1st|2nd|3rd|4th|last|final)"
    rf" week-?end (?:of|in) {_MONTH}"
)


def _weekend_of_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the first weekend of March`: the first Saturday of March and the Sunday after it."""
    month = _month(m.group(2), reader)
    if month is None:
        return None
    rank = _RANKS[m.group(1)]
    if rank:
        if month.start.weekday() == 6:
            return None  # the month starts on a Sunday: is that day its first weekend?
        saturday = month.start + timedelta(days=(5 - month.start.weekday()) % 7 + 7 * (rank - 1))
    else:
        if month.end.weekday() == 5:
            return None  # the month ends on a Saturday: is that day its last weekend?
        saturday = month.end - timedelta(days=(month.end.weekday() + 1) % 7 + 1)
    return _on_its_side(saturday, saturday + timedelta(days=1), month, reader)


RULES: tuple[Rule, ...] = (
    (_HALF_OF_MONTH, _half_of_month),
    (_WEEKEND_OF_MONTH, _weekend_of_month),
)
