"""English weekday ranges, weekends, quarters, ranges and anchored days (round 9).

Source: bench/english_round9_cases.json, written blind for this probe (dates in everyday
news English round 9), and the cases written after reading the README for its two fixes
(counted months of `the year` on the tense's side; `the coming weekend` told on a
weekend). Each expected day was counted by hand on the calendar (29 February 2024 a
Thursday, 4 March 2024 a Monday, 30 March 2024 a Saturday, 31 March 2024 a Sunday,
30 September 2024 a Monday, 6 May 2024 a Monday, 15 November 2024 a Friday).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # counted months and quarters of `the year` lie on the tense's side, as halves do
        ("the last three months of the year", "2024-11-15", "past", ("2024-10-01", "2024-12-31")),
        ("the last three months of the year", "2024-02-29", "future", ("2024-10-01", "2024-12-31")),
        ("the first three months of the year", "2024-02-29", "past", ("2024-01-01", "2024-03-31")),
        ("the last three months of last year", "2024-02-29", "past", ("2023-10-01", "2023-12-31")),
        ("the first two quarters of 2023", "2024-02-29", "past", ("2023-01-01", "2023-06-30")),
        # `the coming weekend` told on a Saturday or Sunday is the next one
        ("the coming weekend", "2024-03-30", "future", ("2024-04-06", "2024-04-07")),
        ("this coming weekend", "2024-03-31", "future", ("2024-04-06", "2024-04-07")),
        ("the upcoming weekend", "2024-03-28", "future", ("2024-03-30", "2024-03-31")),
        ("this weekend", "2024-03-31", "future", ("2024-03-30", "2024-03-31")),
        # blind cases right from the start
        ("Thurs.-Sat.", "2024-09-30", "future", ("2024-10-03", "2024-10-05")),
        ("the weekend before last", "2024-03-04", "past", ("2024-02-24", "2024-02-25")),
        ("on the 31st", "2024-04-15", "past", ("2024-03-31", "2024-03-31")),
        (
            "a week before the election on June 9",
            "2024-05-06",
            "future",
            ("2024-06-02", "2024-06-02"),
        ),
        ("Wed., Feb. 28", "2024-02-29", "past", ("2024-02-28", "2024-02-28")),
        ("H2 2023", "2024-02-29", "past", ("2023-07-01", "2023-12-31")),
        ("the 2010s", "2024-02-29", "past", ("2010-01-01", "2019-12-31")),
    ],
)
def test_round9_ranges(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # a past visit in a stretch of `the year` that has not begun: None, never next autumn
        ("the last three months of the year", "2024-02-29", "past"),
        ("the last six months of the year", "2024-02-29", "past"),
        ("the last two quarters of the year", "2024-02-29", "past"),
        ("the first nine months of the year", "2024-11-15", "future"),
        # blind cases whose answer is None
        ("Feb. 27-30", "2024-03-04", "past"),
        ("on February 29", "2023-03-05", "past"),
        ("the third quarter of fiscal 2024", "2024-11-15", "past"),
        ("the turn of the millennium", "2024-02-29", "past"),
    ],
)
def test_round9_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None
