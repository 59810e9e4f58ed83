"""Words before or after a date that make it the edge of an open period, or approximate.

Rules of `dates.english`. The symbol grammar passes over a word it does not know before
a date (`visited in 2020`), so a qualifier it does not know would leave the bare date:

* `from 2020 onwards` (`from 2020 on`, `2019 onward`, `from March onwards`) runs from
  the start of the date to publication, like `since 2020`, for a past event; for an
  upcoming one the period has no end: `None`;
* `circa 2020` (`c. 2020`, `ca. 2020`, `nearly`, `roughly`, `approx.`, `2020-ish`) is
  approximate, like `around 2020`: `None`;
* `pre-2020`, `beyond 2030`, `later than 2020`, `no later than 2025`, `ahead of March
  3`, `following March 3`, `2020 at the earliest`, `as soon as next week` name the time
  before or after the date, like `before 2020`, `after 2030`, or a deadline, like `by
  2030`: `None`; so does a negation (`not on Monday`, `never in 2020`, `excluding 2020`)
  and a repetition (`every March 3`, like `every Tuesday`). (`ahead
  of Tuesday's talks` names the talks, which stay for the clause rules; `post-1959` and
  `1990 and beyond` keep the year they name, as TimeBank annotates them: the year, with
  a modifier, bench/timebank_en_cases.json.)
"""

from __future__ import annotations

import re

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule, no_period
from visitx.dates.vocabulary import MONTH_WORD
from visitx.dates.weeks import WD

__all__ = ["RULES"]

_ONWARDS = re.compile(r"from (.+?) on(?:wards?)?|(?:starting )?(.+?) onwards?")


def _onwards(m: re.Match[str], reader: Reader) -> Cand | None:
    """`from 2020 onwards`: since 2020 for a past event; no end for an upcoming one."""
    if reader.ahead:
        return None
    return reader.parse(f"since {m.group(1) or m.group(2)}")


_OPEN_OR_ROUGH = re.compile(
    r"(?:circa|ca|c|nearly|roughly|approx|beyond|(?:no |not )?(?:later|sooner|earlier) than"
    r"|as soon as|at the (?:earliest|latest)|not|never|excluding|except|every|each) .+"
    rf"|(?:following|ahead of) (?=\d|{MONTH_WORD}|{WD})(?!{WD}'s).+"
    r"|pre-.+|.+-ish|.+ at the (?:earliest|latest)"
)  # `circa 2020`, `pre-2020`, `ahead of March 3`, `2020 at the latest`: no period


RULES: tuple[Rule, ...] = ((_ONWARDS, _onwards), (_OPEN_OR_ROUGH, no_period))
