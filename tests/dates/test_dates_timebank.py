"""parse_date on expressions of TimeBank/AQUAINT news articles (TempEval-3, TBAQ-cleaned).

Each case is a TIMEX3 of jspotter/TempEval-3 (commit 7687471a, bench/timebank_en_cases.json)
with its document's creation time as `published`; the source document is named in each
docstring. Expected values are worked out by hand from the article's sentence and a
calendar: 22 March 1998 and 25 October 1998 are Sundays, 14 April 2000 and 27 October
1989 Fridays, 30 October 1989 a Monday, 1 January 2017 a Sunday.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

CASES = [
    # --- weeks told on a Sunday: US calendars start the week that day ---------------------
    # APW19980322.0749 (Sunday 22 Mar 1998): `meetings with ... President Clinton last week`
    # were on 17 March, in the week ending that Sunday, not 9-15 March: unsure, None.
    case("last_week_told_on_sunday_is_none", "last week", "1998-03-22", None),
    # NYT19981025.0188 (Sunday 25 Oct 1998): `last week` is no surer of an upcoming event.
    case(
        "last_week_told_on_sunday_is_none_in_future_tense_too",
        "last week",
        "1998-10-25",
        None,
        "en",
        "future",
    ),
    # Told on a Sunday, `next week` is 23-29 March or, Sunday-first, 29 March - 4 April.
    case("next_week_told_on_sunday_is_none", "next week", "1998-03-22", None, "en", "future"),
    # Of an upcoming event told Sunday 1 Jan 2017: 26 Dec - 1 Jan, or the week from 1 Jan?
    case(
        "this_week_of_upcoming_event_told_on_sunday_is_none",
        "this week",
        "2017-01-01",
        None,
        "en",
        "future",
    ),
    # Of a past event told Sunday 22 Mar 1998, `this week` is Monday 16 - Sunday 22 March.
    case(
        "this_week_of_past_event_told_on_sunday_is_the_week_ending",
        "this week",
        "1998-03-22",
        "1998-03-16..1998-03-22",
    ),
    # NYT19981121.0173 (Saturday 21 Nov 1998): `sought last week` is 9-15 November.
    case(
        "last_week_told_on_saturday_stays_the_week_before",
        "last week",
        "1998-11-21",
        "1998-11-09..1998-11-15",
    ),
    # wsj_0533 (Monday 30 Oct 1989): `said last week` is 23-29 October.
    case(
        "last_week_told_on_monday_is_the_week_just_ended",
        "last week",
        "1989-10-30",
        "1989-10-23..1989-10-29",
    ),
    # --- `the last week`: the rolling seven days, like `the past week` --------------------
    # NYT20000414.0296 (Friday 14 Apr 2000): `in Bethesda, Md., for the last week` – he came
    # on 6-7 April: 7-14 April, not the calendar week 3-9 April.
    case(
        "for_the_last_week_is_the_seven_days_to_publication",
        "for the last week",
        "2000-04-14",
        "2000-04-07..2000-04-14",
    ),
    # `in the last year` told 14 Apr 2000 runs from 14 Apr 1999, like `the past year`.
    case(
        "the_last_year_is_the_twelve_months_to_publication",
        "in the last year",
        "2000-04-14",
        "1999-04-14..2000-04-14",
    ),
    # `the last week of April` of an upcoming event told 14 Apr 2000: 24-30 April.
    case(
        "last_week_of_a_month_stays_that_months_days",
        "the last week of April",
        "2000-04-14",
        "2000-04-24..2000-04-30",
        "en",
        "future",
    ),
    # --- `the previous Friday`: before a day of the story ---------------------------------
    # wsj_0586 (Monday 30 Oct 1989): `down 4.5% from the previous Friday` in a report of
    # Friday 27 October's close is Friday 20 October, not the Friday before publication.
    case("the_previous_weekday_is_none", "the previous Friday", "1989-10-30", None),
    # `previous Friday` (no article, as Recognizers-Text's `previous wednesday`) told
    # Monday 30 Oct 1989 is Friday 27 October.
    case(
        "previous_weekday_without_article_stays_last_friday",
        "previous Friday",
        "1989-10-30",
        "1989-10-27",
    ),
    # --- a year before an ordinal quarter or half -----------------------------------------
    # wsj_0144 (2 Nov 1989): `the 1988 second quarter` is April-June 1988.
    case(
        "year_before_ordinal_quarter",
        "the 1988 second quarter",
        "1989-11-02",
        "1988-04-01..1988-06-30",
    ),
    # wsj_0991 (26 Oct 1989): `the 1988 third quarter`, written without `the`: July-Sept 1988.
    case(
        "year_before_ordinal_quarter_without_article",
        "1988 third quarter",
        "1989-10-26",
        "1988-07-01..1988-09-30",
    ),
    # `the 2021 first half` is January-June 2021.
    case("year_before_ordinal_half", "the 2021 first half", "2022-03-01", "2021-01-01..2021-06-30"),
    # `the 1988 second quarter earnings`: a noun after the quarter, no date read (None).
    case(
        "year_before_ordinal_quarter_with_noun_after_is_none",
        "the 1988 second quarter earnings",
        "1989-11-02",
        None,
    ),
    # --- `sometime`: the period after it --------------------------------------------------
    # wsj_0781 (Friday 27 Oct 1989): `would ship ... sometime next year` is 1990.
    case(
        "sometime_next_year",
        "sometime next year",
        "1989-10-27",
        "1990-01-01..1990-12-31",
        "en",
        "future",
    ),
    # `some time in March` of an upcoming event told 27 Oct 1989 is March 1990.
    case(
        "some_time_in_month_of_upcoming_event",
        "some time in March",
        "1989-10-27",
        "1990-03-01..1990-03-31",
        "en",
        "future",
    ),
    # `sometime` names no period.
    case("sometime_alone_is_none", "sometime", "1989-10-27", None),
    # --- a half of a decade or century is the whole of it, like `the late 1980s` ----------
    # wsj_1014 (26 Oct 1989): `the last half of the '80s` is the 1980s at year precision.
    case(
        "last_half_of_a_decade_is_the_decade",
        "the last half of the '80s",
        "1989-10-26",
        "1980-01-01..1989-12-31",
    ),
    # `the first half of the 20th century` is 1900-1999, as `the early 20th century`.
    case(
        "first_half_of_a_century_is_the_century",
        "the first half of the 20th century",
        "1989-10-26",
        "1900-01-01..1999-12-31",
    ),
    # `the last half of 1988` is July-December 1988 (main read the whole year).
    case(
        "last_half_of_a_year_is_its_second_half",
        "the last half of 1988",
        "1989-10-26",
        "1988-07-01..1988-12-31",
    ),
    # `the last half`, of no period named, is None.
    case("the_last_half_alone_is_none", "the last half", "1989-10-26", None),
    # --- the first or last quarters of a year: those months -------------------------------
    # wsj_0927 (26 Oct 1989): `first two quarters of 1990` is January-June 1990 (was 1990).
    case(
        "first_two_quarters_of_a_year",
        "first two quarters of 1990",
        "1989-10-26",
        "1990-01-01..1990-06-30",
    ),
    # `the last two quarters of 2023` is July-December 2023.
    case(
        "last_two_quarters_of_a_year",
        "the last two quarters of 2023",
        "2024-03-13",
        "2023-07-01..2023-12-31",
    ),
    # `the first five quarters of 2023`: a year has four; None (was the year 2023).
    case(
        "more_quarters_than_a_year_has_is_none",
        "the first five quarters of 2023",
        "2024-03-13",
        None,
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_timebank_expressions(row: DateCase) -> None:
    """Each TIMEX3 reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
