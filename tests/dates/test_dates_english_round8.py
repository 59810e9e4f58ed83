"""English relative dates resolved against `published` in the forms feeds and pages give it.

Source: bench/english_round8_cases.json, written blind for this probe (dates in everyday
news English round 8); the `date` and `datetime` rows name the same days as objects. Each
expected day was counted by hand on the calendar (6 March 2024 a Wednesday, 29 November
2024 a Friday, 31 December 2024 a Tuesday, 1 July 2024 a Monday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx.core.errors import InputError
from visitx.dates.parse import parse_date

IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
EST = dt.timezone(dt.timedelta(hours=-5))


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # a timestamp's day is the one written in its own zone, not the UTC day
        ("yesterday", "2024-03-06T23:30:00-05:00", "past", ("2024-03-05", "2024-03-05")),
        ("tomorrow", "2024-03-06T23:30:00-05:00", "future", ("2024-03-07", "2024-03-07")),
        ("yesterday", "2024-03-06T01:15:00+05:30", "past", ("2024-03-05", "2024-03-05")),
        ("last night", "2024-07-01T00:15:00+09:00", "past", ("2024-06-30", "2024-06-30")),
        ("yesterday", "Wed, 6 Mar 2024 23:45:00 -0500", "past", ("2024-03-05", "2024-03-05")),
        ("next month", "Tue, 31 Dec 2024 23:30:00 -0500", "future", ("2025-01-01", "2025-01-31")),
        ("last week", "Mon, 01 Jul 2024 06:00:00 +0530", "past", ("2024-06-24", "2024-06-30")),
        # fractional seconds, Z
        ("next week", "2024-03-06T09:30:00.123456Z", "future", ("2024-03-11", "2024-03-17")),
        ("next month", "2024-11-29T20:05:00.5-05:00", "future", ("2024-12-01", "2024-12-31")),
        # printed, with a time and zone, numeric, quoted or padded
        ("last night", "March 6, 2024 at 9:30 a.m. EST", "past", ("2024-03-05", "2024-03-05")),
        ("next week", "November 29, 2024 at 2:05 p.m. EST", "future", ("2024-12-02", "2024-12-08")),
        ("this weekend", "Wednesday, March 6, 2024", "future", ("2024-03-09", "2024-03-10")),
        ("on Wednesday", "29.11.2024", "past", ("2024-11-27", "2024-11-27")),
        ("yesterday", "11/29/2024", "past", ("2024-11-28", "2024-11-28")),
        ("this weekend", "2024-11-29 14:05", "future", ("2024-11-30", "2024-12-01")),
        ("on Monday", "'March 6, 2024'", "past", ("2024-03-04", "2024-03-04")),
        ("tomorrow", ' "Wed, 06 Mar 2024 08:15:00 +0530" ', "future", ("2024-03-07", "2024-03-07")),
        ("the 21st", "Mon, 01 Jul 2024 06:00:00 +0530", "past", ("2024-06-21", "2024-06-21")),
    ],
)
def test_relative_words_against_published_forms(
    text: str, published: str, tense: str, expected: tuple[str, str]
) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.datetime(2024, 3, 6, 23, 30, tzinfo=EST), "2024-03-05"),  # UTC: the 7th
        (dt.datetime(2024, 3, 6, 1, 15, tzinfo=IST), "2024-03-05"),  # UTC: the 5th
        (dt.datetime(2024, 3, 6, 9, 30), "2024-03-05"),
        (dt.date(2024, 3, 6), "2024-03-05"),
        (dt.date(2024, 7, 1), "2024-06-30"),
    ],
)
def test_date_and_datetime_objects(published: dt.date, expected: str) -> None:
    """`yesterday` against a `datetime` (its day in its own zone) and a `date`."""
    value = parse_date("yesterday", language="en", published=published)
    assert value is not None
    assert value.start == expected


@pytest.mark.parametrize(
    "published",
    ["N/A", "", "   ", "2024-13-45", "1709458200", "TBD", "null", "00/00/0000",
     "32 March 2024", "Thu, 31 Feb 2024 06:00:00 +0000", "last Tuesday", "07/01/2024"],
)  # fmt: skip
def test_nonsense_published_is_an_input_error(published: str) -> None:
    """Epoch seconds, placeholders, impossible days and either-order numeric dates name no
    single day: InputError, never a date resolved against nothing."""
    with pytest.raises(InputError):
        parse_date("yesterday", language="en", published=published)
