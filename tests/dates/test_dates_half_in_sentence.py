"""parse_date on a quarter or half of a year inside a sentence (issue 22).

`the second half of 2025` alone is July-December 2025; inside a sentence the symbol
grammar saw only `2025` and the whole year came back. Expected values by hand: a half
is six calendar months, a quarter three (the `parse_date` docstring), at month precision.
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

PUBLISHED = "2024-09-01"


def _value(text: str, language: str | None = "en", tense: str = "future") -> object:
    value = parse_date(text, language=language, published=PUBLISHED, tense=tense)  # type: ignore[arg-type]
    return None if value is None else (value.start, value.end, value.precision)


def test_second_half_in_sentence() -> None:
    """`XXX is set to be released in the second half of 2025` is July-December 2025."""
    found = _value("XXX is set to be released in the second half of 2025")
    assert found == ("2025-07-01", "2025-12-31", "month")


def test_second_half_in_sentence_without_language() -> None:
    """The same sentence with no language given is July-December 2025 too."""
    found = _value("XXX is set to be released in the second half of 2025", None)
    assert found == ("2025-07-01", "2025-12-31", "month")


def test_first_half_in_past_sentence() -> None:
    """`Sales fell in the first half of 2023, the company said` is January-June 2023."""
    found = _value("Sales fell in the first half of 2023, the company said", tense="past")
    assert found == ("2023-01-01", "2023-06-30", "month")


def test_quarter_in_sentence() -> None:
    """`The plant will open in the fourth quarter of 2025` is October-December 2025."""
    found = _value("The plant will open in the fourth quarter of 2025")
    assert found == ("2025-10-01", "2025-12-31", "month")


@pytest.mark.parametrize(
    "text",
    [
        "XXX is set to be released in early 2025",  # a part of a year: the year (documented)
        "XXX is set to be released in 2025",
    ],
)
def test_sentence_without_quarter_or_half_keeps_the_year(text: str) -> None:
    """A sentence naming no quarter or half still gives the whole year."""
    assert _value(text) == ("2025-01-01", "2025-12-31", "year")


def test_two_halves_in_sentence_keep_the_year() -> None:
    """Two halves of one year named in one sentence: the year, not one of them."""
    text = "Output rose in the first half of 2023 and fell in the second half of 2023"
    assert _value(text, tense="past") == ("2023-01-01", "2023-12-31", "year")
