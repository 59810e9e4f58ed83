"""Parts of a period that lie on the other side of publication than the tense asks.

A part of a period is read as the whole period (`late March` is March), but the part
itself must lie where the tense puts the event:

* a late or middle part of a bare `year` or `month` (`the end of year`, `late in
  month`) that begins after publication is no past event's (TempEval-3: `peaked by the
  end of year`); `the end of the year` keeps its reading, the running year (TimeBank
  and the Spanish TimeBank use it of upcoming events in sentences whose tense the
  annotation leaves open);
* a part of a month named without a year (`early March`, `mid-June`, `the end of
  March`) of an upcoming event is read in the next month not ended by publication;
  when that part of it has ended by then (`early March` told on 25 March), the text
  names no part to come: `None` (next year's early March lies a year ahead, and such
  a month gone by less than two months is `None` as well). A part is a third of the
  month, as for the bare month: early the 1st to the 10th, mid the 11th to the 20th,
  late the 21st to the last day. In past tense, the default of news whose tense is not
  known, such a part keeps its month (`mid-March` told on 6 March, TimeBank's `the end
  of November` told on 2 November: the running month).
"""

from __future__ import annotations

import re
from datetime import date

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader
from visitx.dates.vocabulary import MONTH_WORD

__all__ = ["LATE_PART", "month_part_off_side", "not_begun"]

# Where a late part of the running year or month begins (its last third; the middle
# third for `mid`): `the end of year` of a past event told in March is not yet.
_LATE_BEGINS = {"year": (9, 5), "month": (21, 11)}
# Parts that do not begin where their period begins (`since mid-2023` starts in 2023,
# but not on 1 January).
LATE_PART = re.compile(
    r"(?:towards? )?(?:the )?(?:very )?(?:mid|middle|late|later|end|close|last days|latter part"
    r"|second part|midway|halfway|year-?end)\b"
)
_MIDDLE = re.compile(r"(?:the )?(?:very )?(?:mid|middle|midway|halfway)")


def not_begun(part: str, unit: str, published: date | None) -> bool:
    """Whether `part` (`the end of year`, `late in month`) is a late part of a bare `unit`
    (`year`, `month`) that begins after the publication day."""
    if unit not in _LATE_BEGINS or published is None or not LATE_PART.match(part):
        return False
    late, middle = _LATE_BEGINS[unit]
    return (published.month if unit == "year" else published.day) < (
        middle if _MIDDLE.match(part) else late
    )


# The thirds of a month a part names, by the words it starts with.
_MONTH_PART = re.compile(
    r"(?:(?:in|during|at|by|from|on) )?(?:towards? )?(?:the )?(?:very )?"
    r"(?:(?:early|mid)[- ]to[- ](?=mid|late))?"  # `early-to-mid March` ends where `mid` ends
    r"(?:(?P<early>early|beginning|start|first days|first part)"
    r"|(?P<mid>mid|middle|midway through|halfway through)"
    r"|(?P<late>late|end|close|last days|latter part|second part))"
    rf"(?: |-)(?:(?:of|in) )?(?:the month of )?{MONTH_WORD}"
)
_THIRDS = {"early": 10, "mid": 20, "late": 31}  # the last day of each third


def month_part_off_side(norm: str, found: Cand, reader: Reader) -> bool:
    """Whether `norm` is a part of a month without a year (`early March`) of an upcoming
    event whose part, in the month `found`, has ended by publication."""
    m = _MONTH_PART.fullmatch(norm)
    pub = reader.published
    if m is None or pub is None or not reader.ahead or not found.inferred:
        return False
    last = _THIRDS[m.lastgroup or "early"]
    return found.precision == "month" and found.start.replace(day=min(last, found.end.day)) < pub
