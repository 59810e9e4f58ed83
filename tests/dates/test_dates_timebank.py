"""parse_date on expressions of TimeBank/AQUAINT news articles (TempEval-3, TBAQ-cleaned).

Each case is a TIMEX3 of jspotter/TempEval-3 (commit 7687471a, bench/timebank_en_cases.json)
with its document's creation time as `published`; the source document is named in each
docstring. Expected values are worked out by hand from the article's sentence and a
calendar: 22 March 1998 and 25 October 1998 are Sundays, 14 April 2000 and 27 October
1989 Fridays, 30 October 1989 a Monday, 1 January 2017 a Sunday.
"""

from __future__ import annotations

from conftest import period

# --- weeks told on a Sunday: US calendars start the week that day -------------------------


def test_last_week_told_on_sunday_is_none() -> None:
    """APW19980322.0749 (Sunday 22 Mar 1998): `meetings with ... President Clinton last week`
    were on 17 March, in the week ending that Sunday, not 9-15 March: unsure, None."""
    assert period("last week", "1998-03-22") is None


def test_last_week_told_on_sunday_is_none_in_future_tense_too() -> None:
    """NYT19981025.0188 (Sunday 25 Oct 1998): `last week` is no surer of an upcoming event."""
    assert period("last week", "1998-10-25", tense="future") is None


def test_next_week_told_on_sunday_is_none() -> None:
    """Told on a Sunday, `next week` is 23-29 March or, Sunday-first, 29 March - 4 April."""
    assert period("next week", "1998-03-22", tense="future") is None


def test_this_week_of_upcoming_event_told_on_sunday_is_none() -> None:
    """Of an upcoming event told Sunday 1 Jan 2017: 26 Dec - 1 Jan, or the week from 1 Jan?"""
    assert period("this week", "2017-01-01", tense="future") is None


def test_this_week_of_past_event_told_on_sunday_is_the_week_ending() -> None:
    """Of a past event told Sunday 22 Mar 1998, `this week` is Monday 16 - Sunday 22 March."""
    assert period("this week", "1998-03-22") == ("1998-03-16", "1998-03-22")


def test_last_week_told_on_saturday_stays_the_week_before() -> None:
    """NYT19981121.0173 (Saturday 21 Nov 1998): `sought last week` is 9-15 November."""
    assert period("last week", "1998-11-21") == ("1998-11-09", "1998-11-15")


def test_last_week_told_on_monday_is_the_week_just_ended() -> None:
    """wsj_0533 (Monday 30 Oct 1989): `said last week` is 23-29 October."""
    assert period("last week", "1989-10-30") == ("1989-10-23", "1989-10-29")


# --- `the last week`: the rolling seven days, like `the past week` -----------------------


def test_for_the_last_week_is_the_seven_days_to_publication() -> None:
    """NYT20000414.0296 (Friday 14 Apr 2000): `in Bethesda, Md., for the last week` – he came
    on 6-7 April: 7-14 April, not the calendar week 3-9 April."""
    assert period("for the last week", "2000-04-14") == ("2000-04-07", "2000-04-14")


def test_the_last_year_is_the_twelve_months_to_publication() -> None:
    """`in the last year` told 14 Apr 2000 runs from 14 Apr 1999, like `the past year`."""
    assert period("in the last year", "2000-04-14") == ("1999-04-14", "2000-04-14")


def test_last_week_of_a_month_stays_that_months_days() -> None:
    """`the last week of April` of an upcoming event told 14 Apr 2000: 24-30 April."""
    assert period("the last week of April", "2000-04-14", tense="future") == (
        "2000-04-24",
        "2000-04-30",
    )


# --- `the previous Friday`: before a day of the story ------------------------------------


def test_the_previous_weekday_is_none() -> None:
    """wsj_0586 (Monday 30 Oct 1989): `down 4.5% from the previous Friday` in a report of
    Friday 27 October's close is Friday 20 October, not the Friday before publication."""
    assert period("the previous Friday", "1989-10-30") is None


def test_previous_weekday_without_article_stays_last_friday() -> None:
    """`previous Friday` (no article, as Recognizers-Text's `previous wednesday`) told
    Monday 30 Oct 1989 is Friday 27 October."""
    assert period("previous Friday", "1989-10-30") == ("1989-10-27", "1989-10-27")


# --- a year before an ordinal quarter or half --------------------------------------------


def test_year_before_ordinal_quarter() -> None:
    """wsj_0144 (2 Nov 1989): `the 1988 second quarter` is April-June 1988."""
    assert period("the 1988 second quarter", "1989-11-02") == ("1988-04-01", "1988-06-30")


def test_year_before_ordinal_quarter_without_article() -> None:
    """wsj_0991 (26 Oct 1989): `the 1988 third quarter`, written without `the`: July-Sept 1988."""
    assert period("1988 third quarter", "1989-10-26") == ("1988-07-01", "1988-09-30")


def test_year_before_ordinal_half() -> None:
    """`the 2021 first half` is January-June 2021."""
    assert period("the 2021 first half", "2022-03-01") == ("2021-01-01", "2021-06-30")


def test_year_before_ordinal_quarter_with_noun_after_is_none() -> None:
    """`the 1988 second quarter earnings`: a noun after the quarter, no date read (None)."""
    assert period("the 1988 second quarter earnings", "1989-11-02") is None


# --- `sometime`: the period after it -----------------------------------------------------


def test_sometime_next_year() -> None:
    """wsj_0781 (Friday 27 Oct 1989): `would ship ... sometime next year` is 1990."""
    assert period("sometime next year", "1989-10-27", tense="future") == (
        "1990-01-01",
        "1990-12-31",
    )


def test_some_time_in_month_of_upcoming_event() -> None:
    """`some time in March` of an upcoming event told 27 Oct 1989 is March 1990."""
    assert period("some time in March", "1989-10-27", tense="future") == (
        "1990-03-01",
        "1990-03-31",
    )


def test_sometime_alone_is_none() -> None:
    """`sometime` names no period."""
    assert period("sometime", "1989-10-27") is None


# --- a half of a decade or century is the whole of it, like `the late 1980s` ---------------


def test_last_half_of_a_decade_is_the_decade() -> None:
    """wsj_1014 (26 Oct 1989): `the last half of the '80s` is the 1980s at year precision."""
    assert period("the last half of the '80s", "1989-10-26") == ("1980-01-01", "1989-12-31")


def test_first_half_of_a_century_is_the_century() -> None:
    """`the first half of the 20th century` is 1900-1999, as `the early 20th century`."""
    assert period("the first half of the 20th century", "1989-10-26") == (
        "1900-01-01",
        "1999-12-31",
    )


def test_last_half_of_a_year_is_its_second_half() -> None:
    """`the last half of 1988` is July-December 1988 (main read the whole year)."""
    assert period("the last half of 1988", "1989-10-26") == ("1988-07-01", "1988-12-31")


def test_the_last_half_alone_is_none() -> None:
    """`the last half`, of no period named, is None."""
    assert period("the last half", "1989-10-26") is None


# --- the first or last quarters of a year: those months ------------------------------------


def test_first_two_quarters_of_a_year() -> None:
    """wsj_0927 (26 Oct 1989): `first two quarters of 1990` is January-June 1990 (was 1990)."""
    assert period("first two quarters of 1990", "1989-10-26") == ("1990-01-01", "1990-06-30")


def test_last_two_quarters_of_a_year() -> None:
    """`the last two quarters of 2023` is July-December 2023."""
    assert period("the last two quarters of 2023", "2024-03-13") == ("2023-07-01", "2023-12-31")


def test_more_quarters_than_a_year_has_is_none() -> None:
    """`the first five quarters of 2023`: a year has four; None (was the year 2023)."""
    assert period("the first five quarters of 2023", "2024-03-13") is None
