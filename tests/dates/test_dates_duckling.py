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


def test_persian_month_in_english_still_read() -> None:
    """`2 Mordad 1392` in an English article is 24 July 2013."""
    assert _span("2 Mordad 1392") == ("2013-07-24", "2013-07-24")


def test_turkish_case_ending_still_stripped() -> None:
    """`15 Martta` (Turkish, in March) is 15 March, told on 12 February 2013 for later."""
    assert _span("15 Martta", language="tr") == ("2013-03-15", "2013-03-15")


@pytest.mark.parametrize("text", ["March in 1 year", "March in 3 days"])
def test_count_before_unit_is_no_day(text: str) -> None:
    """Line 293 `March in 1 year` (duckling: March 2014): no 1 March, None."""
    assert _span(text) is None


def test_one_h_without_year_is_no_half() -> None:
    """Line 698 `in 1h` is in one hour, not the first half of 2013."""
    assert _span("in 1h") is None


def test_one_h_with_year_is_a_half() -> None:
    """`1H 2024` stays January to June 2024."""
    assert _span("1H 2024") == ("2024-01-01", "2024-06-30")


def test_hour_without_am_pm_read_both_ways() -> None:
    """Line 572 `3:30` at 04:30: 15:30 today (duckling) or 03:30 tomorrow, None."""
    assert _span("3:30", MOMENT) is None


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


def test_time_past_by_hours_is_next_day() -> None:
    """`3am` at 04:30 for an upcoming event is 3am on 13 February."""
    assert _span("3am", MOMENT) == ("2013-02-13", "2013-02-13")


def test_week_of_a_sunday_is_none() -> None:
    """Line 475 `the week of october 6th` (a Sunday; duckling: 7-13 October): None."""
    assert _span("the week of october 6th") is None


def test_week_of_a_monday() -> None:
    """Line 478 `the week of october 7th` is Monday 7 to Sunday 13 October 2013."""
    assert _span("the week of october 7th") == ("2013-10-07", "2013-10-13")


def test_week_beginning_a_sunday() -> None:
    """`the week beginning October 6` (a Sunday) is 6-12 October 2013."""
    assert _span("the week beginning October 6") == ("2013-10-06", "2013-10-12")


def test_part_of_the_past_week_is_none() -> None:
    """Line 1476 `beginning of past week` (duckling: 4-6 February): the calendar week or the
    rolling seven days to publication (5-12 February)? None."""
    assert _span("beginning of past week") is None


def test_part_of_last_week_is_that_week() -> None:
    """Line 1502 `end of last week` is the whole week named, Monday 4 to Sunday 10 February."""
    assert _span("end of last week") == ("2013-02-04", "2013-02-10")
