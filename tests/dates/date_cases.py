"""Tables of date expressions for `parse_date` (tests/dates/test_dates_*).

A row is one behaviour: `case(id, text, published, answer)`, with the comment above it
saying which behaviour and where the expression comes from. `answer` is written out by
hand: `"first..last precision"`, `"day precision"` for one day, either without the
precision where only the days are checked (`"first..last"`, `"day"`), or None where
`parse_date` must not be sure. `case(id, text, published, answer, language, tense)`:
`language` is "en" and `tense` "past" unless a row says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

import pytest

from visitx.dates.parse import parse_date

Tense = Literal["past", "future"]


@dataclass(frozen=True)
class DateCase:
    """An expression, its context and the hand-worked answer (first day, last day[, precision])."""

    text: str
    published: str | dt.date | None
    answer: tuple[str, ...] | None
    language: str | None = "en"
    tense: Tense = "past"

    def read(self) -> tuple[str, ...] | None:
        """`parse_date`'s answer in the form of `answer`: as many fields as the row gives."""
        value = parse_date(
            self.text, language=self.language, published=self.published, tense=self.tense
        )
        if value is None:
            return None
        found = (value.start or "", value.end or "", value.precision)
        return found if self.answer is None else found[: len(self.answer)]


def _answer(written: str | None) -> tuple[str, ...] | None:
    if written is None:
        return None
    days, _, precision = written.partition(" ")
    first, _, last = days.partition("..")
    return (first, last or first, precision) if precision else (first, last or first)


def case(
    case_id: str,
    text: str,
    published: str | dt.date | None,
    answer: str | None,
    language: str | None = "en",
    tense: Tense = "past",
) -> Any:
    """One row of a table: a `pytest.param` of a `DateCase`, named `case_id`."""
    return pytest.param(DateCase(text, published, _answer(answer), language, tense), id=case_id)
