"""Several quarters or halves named together.

A rule of `dates.english`. The symbol grammar reads `the second and third quarters of
2024` as the year 2024, and a quarter inside a sentence (`dates.periods`) was the one
quarter written with the year, `the third quarter of 2024` of `the second quarter and
third quarter of 2024`. Two quarters or halves in a row joined by `and`, `to`, `through`
or a dash (`the second and third quarters of 2024`, `the second quarter and third quarter
of 2024`, `the first to third quarters`, `the first and second halves of 2023`) run from
the start of the one to the end of the other, each read as it would be alone; two of one
year that are not in a row (`the second and fourth quarters of 2024`: two quarters, not
three) are that year, as other lists are (`the first half and the third quarter of 2024`,
like two halves in a sentence: `dates.periods`). The short notation is read the same way
(`Q2 and Q3 2024`, `Q1-Q3 2024`, `H1 and H2 2023`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule, span

__all__ = ["RULES"]

_RANK = r"(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_PAIR = re.compile(
    rf"(?:(?:in|during|over|throughout) )?the (?P<a>{_RANK})(?: (?P<unit>quarter|half))?,?"
    rf" (?P<join>and|to|through|thru|-) (?:the )?(?P<b>{_RANK})"
    r" (?P<units>(?(unit)(?P=unit)|(?:quarter|half)))s?(?: (?P<rest>(?:of|in) .+))?"
)


# `Q2 and Q3 2024`, `Q1-Q3 2024`, `H1 and H2 2023`: the same in the short notation.
_SHORT_PAIR = re.compile(
    r"(?:(?:in|during|over|throughout) )?(?P<unit>[qh])(?P<a>[1-4])"
    r" ?(?P<join>and|to|through|thru|-) ?(?P=unit)(?P<b>[1-4])(?P<rest> .+)?"
)


def _pair(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the second and third quarters of 2024`: April to September 2024."""
    rest = f" {m['rest']}" if m["rest"] else ""
    first = reader.parse(f"the {m['a']} {m['units']}{rest}")
    last = reader.parse(f"the {m['b']} {m['units']}{rest}")
    return _joined(first, last, m["join"])


def _short_pair(m: re.Match[str], reader: Reader) -> Cand | None:
    """`Q2 and Q3 2024`: April to September 2024, like `the second and third quarters`."""
    rest = m["rest"] or ""
    first = reader.parse(f"{m['unit']}{m['a']}{rest}")
    last = reader.parse(f"{m['unit']}{m['b']}{rest}")
    return _joined(first, last, m["join"])


def _joined(first: Cand | None, last: Cand | None, join: str) -> Cand | None:
    """Two quarters or halves: from the one to the other when in a row or joined by a range
    word, the year when two of one year are joined by `and` not in a row, else None."""
    if first is None or last is None or first.end >= last.start:
        return None
    if join != "and" or first.end + timedelta(days=1) == last.start:
        return first._replace(end=last.end)
    if first.start.year != last.end.year:
        return None
    # `the second and fourth quarters of 2024`: two quarters, not three; the year holds both
    year = first.start.year
    return span(date(year, 1, 1), date(year, 12, 31), "year", first.inferred)


RULES: tuple[Rule, ...] = ((_PAIR, _pair), (_SHORT_PAIR, _short_pair))
