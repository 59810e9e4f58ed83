"""Weekday ranges and lists, parts of days, offsets from a date, seasons, fiscal years and
relative years in everyday English (round 13).

Source: bench/english_round13_cases.json, written blind for this probe (English dates round
13), and variants of its cases written after the date code was read for the fix (marked
`variant`). Each expected day was counted by hand on the calendar (13 March 2024 a
Wednesday, 20 October 2023 a Friday, 17 November 2024 a Sunday, 28 June 2025 a Saturday,
6 January 2025 a Monday, 18 October 2023 a Wednesday).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

_MAR = "2024-03-13"  # a Wednesday
_OCT = "2023-10-20"  # a Friday
_NOV = "2024-11-17"  # a Sunday


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # three weekdays or more in a row, listed: the days from the first to the last
        ("Tuesday, Wednesday and Thursday", _OCT, "past", ("2023-10-17", "2023-10-19")),
        # variants of it
        ("Tuesday, Wednesday, and Thursday", _OCT, "past", ("2023-10-17", "2023-10-19")),
        ("Monday, Tuesday, Wednesday and Thursday", _OCT, "past", ("2023-10-16", "2023-10-19")),
        ("Mon, Tue and Wed", _OCT, "past", ("2023-10-16", "2023-10-18")),
        ("Tuesday, Wednesday and Thursday last week", _OCT, "past", ("2023-10-10", "2023-10-12")),
        ("Saturday, Sunday and Monday", _OCT, "past", ("2023-10-14", "2023-10-16")),
        ("Tuesday, Wednesday and Thursday", _NOV, "future", ("2024-11-19", "2024-11-21")),
        # two weekdays joined, as before
        ("Monday and Tuesday", "2025-06-28", "future", ("2025-06-30", "2025-07-01")),
        ("Tues.-Thurs.", _OCT, "past", ("2023-10-17", "2023-10-19")),
        ("Fri-Sat", _NOV, "past", ("2024-11-15", "2024-11-16")),
        # parts of days and weekends
        ("Saturday morning", _MAR, "past", ("2024-03-09",) * 2),
        ("the weekend before last", _OCT, "past", ("2023-10-07", "2023-10-08")),
        ("the weekend of 14-15 October", _OCT, "past", ("2023-10-14", "2023-10-15")),
        # stretches counted from publication, offsets from a date
        ("the past three days", _MAR, "past", ("2024-03-10", "2024-03-13")),
        ("the past 10 days", _NOV, "past", ("2024-11-07", "2024-11-17")),
        ("five days before 12 October 2023", _OCT, "past", ("2023-10-07",) * 2),
        ("30 days after January 20, 2025", "2025-01-06", "future", ("2025-02-19",) * 2),
        # a part of a month is the whole month (README); `the previous year` is last year
        ("the start of next month", _MAR, "future", ("2024-04-01", "2024-04-30")),
        ("the end of this month", _MAR, "future", ("2024-03-01", "2024-03-31")),
        ("the previous year", _MAR, "past", ("2023-01-01", "2023-12-31")),
        # relative years
        ("two years from now", _MAR, "future", ("2026-01-01", "2026-12-31")),
        ("five years from now", _NOV, "future", ("2029-01-01", "2029-12-31")),
        ("next year's", _MAR, "future", ("2025-01-01", "2025-12-31")),
    ],
)
def test_round13_dates(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # weekdays listed but not in a row: some days, not the span between them
        ("Monday, Tuesday and Thursday", _OCT, "past"),  # variant
        ("Tuesday, Thursday and Friday", _OCT, "past"),  # variant
        # publication falls inside the days listed: past or ongoing?
        ("Tuesday, Wednesday and Thursday", "2023-10-18", "past"),  # variant
        ("Friday, Saturday and Sunday", _OCT, "past"),  # variant
        # seasons (which hemisphere?), fiscal years (whose?), vague and anchored times
        ("the winter of 2021-22", _MAR, "past"),
        ("fall 2023", _MAR, "past"),
        ("FY2024", _MAR, "past"),
        ("fiscal 2025", _MAR, "future"),
        ("at the turn of the 21st century", _MAR, "past"),
        ("the following Monday", _MAR, "past"),
        ("10 days after the election", _MAR, "past"),
        # names and durations
        ("the Prague Spring", _MAR, "past"),
        ("the Autumn Statement", _MAR, "future"),
        ("the fall of Kabul", _MAR, "past"),
        ("a 100-day plan", _MAR, "future"),
    ],
)
def test_round13_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None
