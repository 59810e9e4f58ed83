"""safe_cell and csv_value: OWASP's rule against formula injection, one cell at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from visitx.analysis.csvfile import csv_value, safe_cell


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+90 312 000", "'+90 312 000"),
        ("-cmd", "'-cmd"),
        ("@HYPERLINK", "'@HYPERLINK"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
    ],
)
def test_formula_starts_get_a_quote(text: str, expected: str) -> None:
    """A cell beginning with = + - @ tab or CR is prefixed with a single quote."""
    assert safe_cell(text) == expected


@pytest.mark.parametrize("text", ["Ankara", "", "a=b", "ایگور بابوشکین", "'quoted", " =1"])
def test_other_text_is_unchanged(text: str) -> None:
    """Text that does not begin with a formula character is written as it is."""
    assert safe_cell(text) == text


def test_numbers_stay_numbers() -> None:
    """A negative number is a number, not a formula: no quote."""
    assert (csv_value(-3), csv_value(-1.5)) == (-3, -1.5)


def test_lists_are_joined_and_checked() -> None:
    """A list becomes one '; '-joined cell, neutralised as a whole when it starts badly."""
    assert csv_value(["-x", "y"]) == "'-x; y"
    assert csv_value(["RUS", "IRN"]) == "RUS; IRN"


def test_dates_and_missing_values() -> None:
    """Dates are ISO strings; None is an empty cell; booleans are true/false."""
    assert (csv_value(dt.date(2023, 4, 7)), csv_value(None), csv_value(True)) == (
        "2023-04-07",
        "",
        "true",
    )
