"""parse_date on expressions of duckling's English time corpus that visitx got wrong.

The corpus is facebook/duckling `Duckling/Time/EN/Corpus.hs` (commit 2c226585af5b;
bench/duckling_en_cases.json, bench/build_duckling_cases.py); "line N" is the line of
its `examples` group. Its reference time is Tuesday 12 February 2013, 04:30 at UTC-2,
and it reads toward the future, so every case here is `tense="future"`. Each expected
value is worked out by hand against a calendar: 1 January 2013 is a Tuesday, so
6 October 2013 (day 279, 278 days later: 39 weeks and 5 days) is a Sunday and 7 October
a Monday; 1 Farvardin 1392 is 21 March 2013, the first six Solar Hijri months have 31
days, so 2 Mordad 1392 is 21 March + 124 days + 1 = 24 July 2013.
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

from date_cases import DateCase, case

DAY = "2013-02-12"  # duckling's reference day, a Tuesday
MOMENT = "2013-02-12T04:30:00-02:00"  # and its reference time


def _span(text: str, published: str = DAY, language: str = "en") -> tuple[str, str] | None:
    value = parse_date(text, language=language, published=published, tense="future")
    if value is None or value.start is None or value.end is None:
        return None
    return value.start, value.end


@pytest.mark.parametrize("text", ["in 2 more minutes", "2 more years", "2 mora"])
def test_more_is_no_persian_month(text: str) -> None:
    """Line 662 `in 2 more minutes`: `more` is no Mordad with a case ending (was 24 July)."""
    assert _span(text) is None


@pytest.mark.parametrize("text", ["March in 1 year", "March in 3 days"])
def test_count_before_unit_is_no_day(text: str) -> None:
    """Line 293 `March in 1 year` (duckling: March 2014): no 1 March, None."""
    assert _span(text) is None


def test_noon_hour_without_am_pm_is_noon() -> None:
    """Line 585 `12:15` at 04:30 is 12:15 the same day in either notation."""
    assert _span("12:15", MOMENT) == (DAY, DAY)


def test_afternoon_hour_without_am_pm_still_read() -> None:
    """`at 5:30` at 04:30 is 05:30 or 17:30, both on 12 February."""
    assert _span("at 5:30", MOMENT) == (DAY, DAY)


@pytest.mark.parametrize("text", ["at 4:23", "4:23am"])
def test_time_just_before_publication_is_none(text: str) -> None:
    """Line 1376 `4:23am` at 04:30 for an upcoming event: just past, not tomorrow, None."""
    assert _span(text, MOMENT) is None


CASES = [
    # `2 Mordad 1392` in an English article is 24 July 2013.
    case("persian_month_in_english_still_read", "2 Mordad 1392", DAY, "2013-07-24", "en", "future"),
    # `15 Martta` (Turkish, in March) is 15 March, told on 12 February 2013 for later.
    case("turkish_case_ending_still_stripped", "15 Martta", DAY, "2013-03-15", "tr", "future"),
    # Line 698 `in 1h` is in one hour, not the first half of 2013.
    case("one_h_without_year_is_no_half", "in 1h", DAY, None, "en", "future"),
    # `1H 2024` stays January to June 2024.
    case("one_h_with_year_is_a_half", "1H 2024", DAY, "2024-01-01..2024-06-30", "en", "future"),
    # Line 572 `3:30` at 04:30: 15:30 today (duckling) or 03:30 tomorrow, None.
    case("hour_without_am_pm_read_both_ways", "3:30", MOMENT, None, "en", "future"),
    # `3am` at 04:30 for an upcoming event is 3am on 13 February.
    case("time_past_by_hours_is_next_day", "3am", MOMENT, "2013-02-13", "en", "future"),
    # Line 475 `the week of october 6th` (a Sunday; duckling: 7-13 October): None.
    case("week_of_a_sunday_is_none", "the week of october 6th", DAY, None, "en", "future"),
    # Line 478 `the week of october 7th` is Monday 7 to Sunday 13 October 2013.
    case(
        "week_of_a_monday", "the week of october 7th", DAY, "2013-10-07..2013-10-13", "en", "future"
    ),
    # `the week beginning October 6` (a Sunday) is 6-12 October 2013.
    case(
        "week_beginning_a_sunday",
        "the week beginning October 6",
        DAY,
        "2013-10-06..2013-10-12",
        "en",
        "future",
    ),
    # Line 1476 `beginning of past week` (duckling: 4-6 February): the calendar week or the
    # rolling seven days to publication (5-12 February)? None.
    case("part_of_the_past_week_is_none", "beginning of past week", DAY, None, "en", "future"),
    # Line 1502 `end of last week` is the whole week named, Monday 4 to Sunday 10 February.
    case(
        "part_of_last_week_is_that_week",
        "end of last week",
        DAY,
        "2013-02-04..2013-02-10",
        "en",
        "future",
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_duckling_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
