"""parse_date on everyday news English: no language given, stretches, weeks of a month,
weekdays counted by the week, seasons, vague counts and dates with the noun they date.

Each value is worked out by hand against a calendar. 13 March 2024 is a Wednesday
(11 March a Monday, 4-10 March the week before, 9-10 March the weekend before, February
2024 has 29 days); 6 November 2023 is a Monday. The expressions come from the
categories of issue 22 and its follow-up list; bench/english_news_cases.json holds
the larger set with the source of each case.
"""

from __future__ import annotations

from typing import Literal

import pytest

import visitx
from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

from date_cases import DateCase, case

WED = "2024-03-13"
MON = "2023-11-06"


def _span(
    text: str,
    published: str = WED,
    language: str | None = "en",
    tense: Literal["past", "future"] = "past",
) -> tuple[str, str, str] | None:
    value: DateValue | None = parse_date(text, language=language, published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "", value.precision)


# --- no language given: English words read as English -----------------------------------


def test_top_level_export_reads_english_without_language() -> None:
    """`visitx.parse_date("last month")` without a language is February 2024."""
    value = visitx.parse_date("last month", published=WED)
    assert value is not None
    assert (value.start, value.end) == ("2024-02-01", "2024-02-29")


# --- stretches counted from publication ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["in recent weeks", "in the coming days", "the past few days", "a few days ago",
     "several weeks ago", "the past weeks"],
)  # fmt: skip
def test_vague_counts_give_none(text: str) -> None:
    """A stretch without a count says no period: None."""
    assert _span(text) is None


# --- seasons ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["this spring", "last summer", "summer 2023", "the winter of 2023", "in the fall"]
)
def test_seasons_give_none(text: str) -> None:
    """A season depends on hemisphere and convention: None, never its year."""
    assert _span(text) is None


# --- the noun a date is written with ------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["the Jan. 6 riot", "the Sept. 11 attacks", "the March 3 vote", "May 1 rally",
             "the fourth of July celebrations"],
)  # fmt: skip
def test_month_day_without_year_before_a_noun_is_none(text: str) -> None:
    """A month and day without a year before a noun names an event: which year? None."""
    assert _span(text) is None


CASES = [
    # --- no language given: English words read as English ---------------------------------
    # `early last month` without a language is February 2024, as with `language="en"`.
    case(
        "part_of_last_month_without_language",
        "early last month",
        WED,
        "2024-02-01..2024-02-29 month",
        None,
    ),
    # `earlier this month` without a language is March 2024, the month of publication.
    case(
        "earlier_this_month_without_language",
        "earlier this month",
        WED,
        "2024-03-01..2024-03-31 month",
        None,
    ),
    # `three weeks ago`: 21 days before 13 March is 21 February, in the week 19-25 Feb.
    case(
        "weeks_ago_in_words_without_language",
        "three weeks ago",
        WED,
        "2024-02-19..2024-02-25 day",
        None,
    ),
    # `3 weeks ago` reads as `three weeks ago`: the week of 19-25 February 2024.
    case(
        "weeks_ago_in_digits_without_language",
        "3 weeks ago",
        WED,
        "2024-02-19..2024-02-25 day",
        None,
    ),
    # `the beginning of the previous year` in 2024 is the year 2023.
    case(
        "beginning_of_previous_year_without_language",
        "the beginning of the previous year",
        WED,
        "2023-01-01..2023-12-31 year",
        None,
    ),
    # `vor 3 weeks` mixes German into English relative words: not read as English.
    case("other_language_words_keep_english_out", "vor 3 weeks", WED, None, None),
    # --- stretches counted from publication -----------------------------------------------
    # `the past two weeks`: 14 days before 13 March (28 Feb, a leap year) to 13 March.
    case("past_two_weeks_is_rolling", "the past two weeks", WED, "2024-02-28..2024-03-13 day"),
    # `over the past week`: 6 March (7 days back) to 13 March.
    case(
        "over_the_past_week_is_seven_days", "over the past week", WED, "2024-03-06..2024-03-13 day"
    ),
    # `the past year`: 13 March 2023 to 13 March 2024.
    case("past_year_is_rolling", "the past year", WED, "2023-03-13..2024-03-13 day"),
    # `in the last 3 days` (a count after `last`): 10 to 13 March.
    case("last_three_days_with_a_count", "in the last 3 days", WED, "2024-03-10..2024-03-13 day"),
    # `the past 36 hours` before an unknown hour of 13 March may reach 11 March.
    case(
        "past_hours_cover_the_days_they_touch",
        "the past 36 hours",
        WED,
        "2024-03-11..2024-03-13 day",
    ),
    # `last week` (no count) stays the Monday-to-Sunday week before: 4-10 March.
    case("last_week_stays_the_calendar_week", "last week", WED, "2024-03-04..2024-03-10 day"),
    # `the next two weeks` of an upcoming event: 13 March to 27 March.
    case(
        "next_two_weeks_ahead",
        "the next two weeks",
        WED,
        "2024-03-13..2024-03-27 day",
        "en",
        "future",
    ),
    # `the next two weeks` in a past-tense report names no past period: None.
    case("next_two_weeks_in_past_tense_is_none", "the next two weeks", WED, None),
    # `the year before last` in 2024 is 2022.
    case("year_before_last", "the year before last", WED, "2022-01-01..2022-12-31 year"),
    # `the month before last` in March 2024 is January 2024.
    case("month_before_last", "the month before last", WED, "2024-01-01..2024-01-31 month"),
    # `the night before last` of 13 March is 11 March.
    case("night_before_last", "the night before last", WED, "2024-03-11 day"),
    # --- weeks of a month -----------------------------------------------------------------
    # `the second week of July`: days 8-14; in past tense of March 2024, July 2023.
    case("second_week_of_a_month", "the second week of July", WED, "2023-07-08..2023-07-14 day"),
    # `the last week of May`: its last seven days, 25-31 May 2023.
    case("last_week_of_a_month", "the last week of May", WED, "2023-05-25..2023-05-31 day"),
    # `the final week of February` 2024 (29 days): 23-29 February.
    case(
        "last_week_of_february_in_a_leap_year",
        "the final week of February",
        WED,
        "2024-02-23..2024-02-29 day",
    ),
    # `the third week of last month`: 15-21 February 2024.
    case("week_of_last_month", "the third week of last month", WED, "2024-02-15..2024-02-21 day"),
    # --- weekdays counted by the week -----------------------------------------------------
    # `next Tuesday` told on Wednesday 13 March: the next Tuesday and next week's, 19 March.
    case(
        "next_weekday_ahead_when_readings_agree",
        "next Tuesday",
        WED,
        "2024-03-19 day",
        "en",
        "future",
    ),
    # `next Thursday` told on a Wednesday: tomorrow (14th) or next week's (21st)? None.
    case(
        "next_weekday_ahead_when_readings_differ_is_none",
        "next Thursday",
        WED,
        None,
        "en",
        "future",
    ),
    # `next Tuesday` names a day after publication: in past tense None, like `tomorrow`.
    case("next_weekday_in_past_tense_is_none", "next Tuesday", WED, None),
    # `a week ago Tuesday` told on Wednesday 13 March: the Tuesday before last, 5 March.
    case("week_ago_weekday", "a week ago Tuesday", WED, "2024-03-05 day"),
    # `a week ago Thursday` told on a Wednesday: 29 Feb or 7 March? None.
    case("week_ago_weekday_later_in_week_is_none", "a week ago Thursday", WED, None),
    # `Tuesday through Friday` told on a Wednesday: begun, maybe ongoing: None.
    case("weekday_range_around_publication_is_none", "Tuesday through Friday", WED, None),
    # `Mon.-Wed.` told on Saturday 18 June 2022: that week's Monday 13 to Wednesday 15.
    case(
        "abbreviated_weekday_range_with_dots",
        "Mon.-Wed.",
        "2022-06-18",
        "2022-06-13..2022-06-15 day",
    ),
    # --- the noun a date is written with --------------------------------------------------
    # `Thursday's talks` told on Wednesday 13 March: Thursday 7 March.
    case("possessive_weekday_with_noun", "Thursday's talks", WED, "2024-03-07 day"),
    # `last week's summit in Geneva`: the week before, 4-10 March.
    case(
        "possessive_relative_week_with_place",
        "last week's summit in Geneva",
        WED,
        "2024-03-04..2024-03-10 day",
    ),
    # `Thursday talks` told on Wednesday 13 March: Thursday 7 March.
    case("event_noun_after_a_weekday", "Thursday talks", WED, "2024-03-07 day"),
    # `the March 3, 2024 vote` carries its year: 3 March 2024.
    case("month_day_with_year_before_a_noun", "the March 3, 2024 vote", WED, "2024-03-03 day"),
    # `Sunday's election` without a language, told on Monday 6 Nov: Sunday 5 Nov.
    case("possessive_without_language", "Sunday's election", MON, "2023-11-05 day", None),
    # `Monday's and Tuesday's talks` names two days: None.
    case("second_date_after_possessive_is_none", "Monday's and Tuesday's talks", WED, None),
    # `on Tuesday at 10:30 a.m. local time` is Tuesday 12 March.
    case(
        "local_time_after_a_weekday", "on Tuesday at 10:30 a.m. local time", WED, "2024-03-12 day"
    ),
    # --- parts of the current period ------------------------------------------------------
    # `earlier in the week` is the publication week, Monday 11 to Sunday 17 March.
    case("earlier_in_the_week", "earlier in the week", WED, "2024-03-11..2024-03-17 day"),
    # `later in the year`, told in 2023, is the year 2023.
    case("later_in_the_year", "later in the year", MON, "2023-01-01..2023-12-31 year"),
    # `May talks` may be Theresa May's talks: a bare `May` before a noun is None.
    case("may_before_a_noun_is_none", "May talks", WED, None),
    # `the last week of the month` told on 13 March in past tense: 25-31 March is ahead.
    case("week_of_month_not_begun_in_past_tense_is_none", "the last week of the month", WED, None),
    # --- times of day around a day --------------------------------------------------------
    # `in the early hours of Friday` told on Wednesday 13 March: Friday 8 March.
    case("early_hours_of_a_weekday", "in the early hours of Friday", WED, "2024-03-08 day"),
    # `before dawn on Tuesday`: Tuesday 12 March.
    case("before_dawn_on_a_weekday", "before dawn on Tuesday", WED, "2024-03-12 day"),
    # `Monday at midday`: Monday 11 March.
    case("weekday_at_a_moment", "Monday at midday", WED, "2024-03-11 day"),
    # `Thursday afternoon local time`: Thursday 7 March.
    case("weekday_part_of_day_local_time", "Thursday afternoon local time", WED, "2024-03-07 day"),
    # `overnight Monday` told on Wednesday: the night from Monday 11 into Tuesday 12.
    case("overnight_weekday_is_two_days", "overnight Monday", WED, "2024-03-11..2024-03-12 day"),
    # `overnight Wednesday` told on Wednesday: the night is not over: None.
    case("overnight_of_publication_day_is_none", "overnight Wednesday", WED, None),
    # `overnight Monday into Wednesday` is not one night: None.
    case("overnight_into_a_day_not_the_next_is_none", "overnight Monday into Wednesday", WED, None),
    # `Monday night into Tuesday morning`: Monday 11 and Tuesday 12 March.
    case(
        "weekday_night_into_next_morning",
        "Monday night into Tuesday morning",
        WED,
        "2024-03-11..2024-03-12 day",
    ),
    # `the previous weekend` told on a Wednesday: Saturday 9 and Sunday 10 March.
    case("previous_weekend", "the previous weekend", WED, "2024-03-09..2024-03-10 day"),
    # --- quarters and halves as business news writes them ---------------------------------
    # `1H 2024` is the first half of 2024, January to June (not the year).
    case("half_written_number_first", "1H 2024", WED, "2024-01-01..2024-06-30 month"),
    # `third-quarter` told in March 2024: the latest third quarter begun, July-Sept 2023.
    case("hyphenated_quarter_adjective", "third-quarter", WED, "2023-07-01..2023-09-30 month"),
    # `the October-December quarter of 2023`: October to December 2023.
    case(
        "quarter_named_by_its_months",
        "the October-December quarter of 2023",
        WED,
        "2023-10-01..2023-12-31 month",
    ),
    # `the February-April quarter` is no calendar quarter: None.
    case("months_that_are_no_quarter_give_none", "the February-April quarter", WED, None),
    # `last year's fourth quarter` told in 2024: October-December 2023.
    case(
        "quarter_of_the_year_possessive",
        "last year's fourth quarter",
        WED,
        "2023-10-01..2023-12-31 month",
    ),
    # `the quarter ended Sept. 30` told in March 2024: July-September 2023.
    case(
        "quarter_ended_on_a_month_end",
        "the quarter ended Sept. 30",
        WED,
        "2023-07-01..2023-09-30 month",
    ),
    # `the quarter ended Sept. 15`: a quarter ends on a month's last day: None.
    case("quarter_ended_mid_month_is_none", "the quarter ended Sept. 15", WED, None),
    # `the six months ended June 30, 2023`: January to June 2023.
    case(
        "six_months_ended_with_year",
        "the six months ended June 30, 2023",
        WED,
        "2023-01-01..2023-06-30 month",
    ),
    # --- days written in words, ranges without spaces, holidays ---------------------------
    # `the third of March` told on 13 March 2024: 3 March 2024.
    case("ordinal_word_day_before_month", "the third of March", WED, "2024-03-03 day"),
    # `February twenty-first`: 21 February 2024.
    case("ordinal_word_day_after_month", "February twenty-first", WED, "2024-02-21 day"),
    # `between the second and third week of April`: weeks, not days 2 and 3: None.
    case(
        "ordinal_word_not_beside_a_month_is_no_day",
        "between the second and third week of April",
        WED,
        None,
    ),
    # `30 November-1 December 2021`: two days across a month end.
    case(
        "unspaced_dash_between_two_dates",
        "30 November-1 December 2021",
        WED,
        "2021-11-30..2021-12-01 day",
    ),
    # `Nov. 30-Dec. 1` told on 13 March 2024: 30 Nov to 1 Dec 2023, the latest begun.
    case("unspaced_dash_with_abbreviations", "Nov. 30-Dec. 1", WED, "2023-11-30..2023-12-01 day"),
    # `May Day` told in March 2024 is 1 May 2023, the latest one (not the month).
    case("may_day", "May Day", WED, "2023-05-01 day"),
    # `the march on Sunday`: a march, not March: None.
    case("month_beside_weekday_is_not_the_month", "the march on Sunday", WED, None),
    # `in 1 decade 2 months` of an upcoming event: `decade` is no December (Nov 2034).
    case(
        "words_starting_like_months_are_no_months",
        "in 1 decade 2 months",
        "2024-09-01",
        "2034-11-01..2034-11-30 month",
        "en",
        "future",
    ),
    # --- weeks to a day, year-month ranges, `over ... ago` --------------------------------
    # `the week ended March 8`: the seven days 2 to 8 March 2024.
    case("week_ended_a_day", "the week ended March 8", WED, "2024-03-02..2024-03-08 day"),
    # `Monday through Friday of last week`: 4 to 8 March 2024.
    case(
        "weekday_range_of_last_week",
        "Monday through Friday of last week",
        WED,
        "2024-03-04..2024-03-08 day",
    ),
    # `February 2019-May 2020`: 1 February 2019 to 31 May 2020.
    case(
        "month_year_range_without_spaces",
        "February 2019-May 2020",
        WED,
        "2019-02-01..2020-05-31 month",
    ),
    # `over two weeks ago` is more than two weeks: not the week two weeks back. None.
    case("over_a_count_ago_is_none", "over two weeks ago", WED, None),
    # `three days from today` of an upcoming event told on 13 March: 16 March.
    case("days_from_today_ahead", "three days from today", WED, "2024-03-16 day", "en", "future"),
]


@pytest.mark.parametrize("row", CASES)
def test_news_english(row: DateCase) -> None:
    """Each expression reads as its hand-worked span and precision, or None where unsure."""
    assert row.read() == row.answer
