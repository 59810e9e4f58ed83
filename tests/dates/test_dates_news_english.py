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


def test_part_of_last_month_without_language() -> None:
    """`early last month` without a language is February 2024, as with `language="en"`."""
    assert _span("early last month", language=None) == ("2024-02-01", "2024-02-29", "month")


def test_earlier_this_month_without_language() -> None:
    """`earlier this month` without a language is March 2024, the month of publication."""
    assert _span("earlier this month", language=None) == ("2024-03-01", "2024-03-31", "month")


def test_weeks_ago_in_words_without_language() -> None:
    """`three weeks ago`: 21 days before 13 March is 21 February, in the week 19-25 Feb."""
    assert _span("three weeks ago", language=None) == ("2024-02-19", "2024-02-25", "day")


def test_weeks_ago_in_digits_without_language() -> None:
    """`3 weeks ago` reads as `three weeks ago`: the week of 19-25 February 2024."""
    assert _span("3 weeks ago", language=None) == ("2024-02-19", "2024-02-25", "day")


def test_beginning_of_previous_year_without_language() -> None:
    """`the beginning of the previous year` in 2024 is the year 2023."""
    assert _span("the beginning of the previous year", language=None) == (
        "2023-01-01",
        "2023-12-31",
        "year",
    )


def test_top_level_export_reads_english_without_language() -> None:
    """`visitx.parse_date("last month")` without a language is February 2024."""
    value = visitx.parse_date("last month", published=WED)
    assert value is not None
    assert (value.start, value.end) == ("2024-02-01", "2024-02-29")


def test_other_language_words_keep_english_out() -> None:
    """`vor 3 weeks` mixes German into English relative words: not read as English."""
    assert _span("vor 3 weeks", language=None) is None


# --- stretches counted from publication ----------------------------------------------------


def test_past_two_weeks_is_rolling() -> None:
    """`the past two weeks`: 14 days before 13 March (28 Feb, a leap year) to 13 March."""
    assert _span("the past two weeks") == ("2024-02-28", "2024-03-13", "day")


def test_over_the_past_week_is_seven_days() -> None:
    """`over the past week`: 6 March (7 days back) to 13 March."""
    assert _span("over the past week") == ("2024-03-06", "2024-03-13", "day")


def test_past_year_is_rolling() -> None:
    """`the past year`: 13 March 2023 to 13 March 2024."""
    assert _span("the past year") == ("2023-03-13", "2024-03-13", "day")


def test_last_three_days_with_a_count() -> None:
    """`in the last 3 days` (a count after `last`): 10 to 13 March."""
    assert _span("in the last 3 days") == ("2024-03-10", "2024-03-13", "day")


def test_past_hours_cover_the_days_they_touch() -> None:
    """`the past 36 hours` before an unknown hour of 13 March may reach 11 March."""
    assert _span("the past 36 hours") == ("2024-03-11", "2024-03-13", "day")


def test_last_week_stays_the_calendar_week() -> None:
    """`last week` (no count) stays the Monday-to-Sunday week before: 4-10 March."""
    assert _span("last week") == ("2024-03-04", "2024-03-10", "day")


def test_next_two_weeks_ahead() -> None:
    """`the next two weeks` of an upcoming event: 13 March to 27 March."""
    assert _span("the next two weeks", tense="future") == ("2024-03-13", "2024-03-27", "day")


def test_next_two_weeks_in_past_tense_is_none() -> None:
    """`the next two weeks` in a past-tense report names no past period: None."""
    assert _span("the next two weeks") is None


def test_year_before_last() -> None:
    """`the year before last` in 2024 is 2022."""
    assert _span("the year before last") == ("2022-01-01", "2022-12-31", "year")


def test_month_before_last() -> None:
    """`the month before last` in March 2024 is January 2024."""
    assert _span("the month before last") == ("2024-01-01", "2024-01-31", "month")


def test_night_before_last() -> None:
    """`the night before last` of 13 March is 11 March."""
    assert _span("the night before last") == ("2024-03-11", "2024-03-11", "day")


@pytest.mark.parametrize(
    "text",
    ["in recent weeks", "in the coming days", "the past few days", "a few days ago",
     "several weeks ago", "the past weeks"],
)  # fmt: skip
def test_vague_counts_give_none(text: str) -> None:
    """A stretch without a count says no period: None."""
    assert _span(text) is None


# --- weeks of a month ---------------------------------------------------------------------


def test_second_week_of_a_month() -> None:
    """`the second week of July`: days 8-14; in past tense of March 2024, July 2023."""
    assert _span("the second week of July") == ("2023-07-08", "2023-07-14", "day")


def test_last_week_of_a_month() -> None:
    """`the last week of May`: its last seven days, 25-31 May 2023."""
    assert _span("the last week of May") == ("2023-05-25", "2023-05-31", "day")


def test_last_week_of_february_in_a_leap_year() -> None:
    """`the final week of February` 2024 (29 days): 23-29 February."""
    assert _span("the final week of February") == ("2024-02-23", "2024-02-29", "day")


def test_week_of_last_month() -> None:
    """`the third week of last month`: 15-21 February 2024."""
    assert _span("the third week of last month") == ("2024-02-15", "2024-02-21", "day")


# --- weekdays counted by the week ---------------------------------------------------------


def test_next_weekday_ahead_when_readings_agree() -> None:
    """`next Tuesday` told on Wednesday 13 March: the next Tuesday and next week's, 19 March."""
    assert _span("next Tuesday", tense="future") == ("2024-03-19", "2024-03-19", "day")


def test_next_weekday_ahead_when_readings_differ_is_none() -> None:
    """`next Thursday` told on a Wednesday: tomorrow (14th) or next week's (21st)? None."""
    assert _span("next Thursday", tense="future") is None


def test_next_weekday_in_past_tense_is_none() -> None:
    """`next Tuesday` names a day after publication: in past tense None, like `tomorrow`."""
    assert _span("next Tuesday") is None


def test_week_ago_weekday() -> None:
    """`a week ago Tuesday` told on Wednesday 13 March: the Tuesday before last, 5 March."""
    assert _span("a week ago Tuesday") == ("2024-03-05", "2024-03-05", "day")


def test_week_ago_weekday_later_in_week_is_none() -> None:
    """`a week ago Thursday` told on a Wednesday: 29 Feb or 7 March? None."""
    assert _span("a week ago Thursday") is None


def test_weekday_range_around_publication_is_none() -> None:
    """`Tuesday through Friday` told on a Wednesday: begun, maybe ongoing: None."""
    assert _span("Tuesday through Friday") is None


def test_abbreviated_weekday_range_with_dots() -> None:
    """`Mon.-Wed.` told on Saturday 18 June 2022: that week's Monday 13 to Wednesday 15."""
    assert _span("Mon.-Wed.", "2022-06-18") == ("2022-06-13", "2022-06-15", "day")


# --- seasons ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["this spring", "last summer", "summer 2023", "the winter of 2023", "in the fall"]
)
def test_seasons_give_none(text: str) -> None:
    """A season depends on hemisphere and convention: None, never its year."""
    assert _span(text) is None


# --- the noun a date is written with ------------------------------------------------------


def test_possessive_weekday_with_noun() -> None:
    """`Thursday's talks` told on Wednesday 13 March: Thursday 7 March."""
    assert _span("Thursday's talks") == ("2024-03-07", "2024-03-07", "day")


def test_possessive_relative_week_with_place() -> None:
    """`last week's summit in Geneva`: the week before, 4-10 March."""
    assert _span("last week's summit in Geneva") == ("2024-03-04", "2024-03-10", "day")


def test_event_noun_after_a_weekday() -> None:
    """`Thursday talks` told on Wednesday 13 March: Thursday 7 March."""
    assert _span("Thursday talks") == ("2024-03-07", "2024-03-07", "day")


@pytest.mark.parametrize(
    "text", ["the Jan. 6 riot", "the Sept. 11 attacks", "the March 3 vote", "May 1 rally",
             "the fourth of July celebrations"],
)  # fmt: skip
def test_month_day_without_year_before_a_noun_is_none(text: str) -> None:
    """A month and day without a year before a noun names an event: which year? None."""
    assert _span(text) is None


def test_month_day_with_year_before_a_noun() -> None:
    """`the March 3, 2024 vote` carries its year: 3 March 2024."""
    assert _span("the March 3, 2024 vote") == ("2024-03-03", "2024-03-03", "day")


def test_possessive_without_language() -> None:
    """`Sunday's election` without a language, told on Monday 6 Nov: Sunday 5 Nov."""
    assert _span("Sunday's election", MON, language=None) == ("2023-11-05", "2023-11-05", "day")


def test_second_date_after_possessive_is_none() -> None:
    """`Monday's and Tuesday's talks` names two days: None."""
    assert _span("Monday's and Tuesday's talks") is None


def test_local_time_after_a_weekday() -> None:
    """`on Tuesday at 10:30 a.m. local time` is Tuesday 12 March."""
    assert _span("on Tuesday at 10:30 a.m. local time") == ("2024-03-12", "2024-03-12", "day")


# --- parts of the current period ----------------------------------------------------------


def test_earlier_in_the_week() -> None:
    """`earlier in the week` is the publication week, Monday 11 to Sunday 17 March."""
    assert _span("earlier in the week") == ("2024-03-11", "2024-03-17", "day")


def test_later_in_the_year() -> None:
    """`later in the year`, told in 2023, is the year 2023."""
    assert _span("later in the year", MON) == ("2023-01-01", "2023-12-31", "year")


def test_may_before_a_noun_is_none() -> None:
    """`May talks` may be Theresa May's talks: a bare `May` before a noun is None."""
    assert _span("May talks") is None


def test_week_of_month_not_begun_in_past_tense_is_none() -> None:
    """`the last week of the month` told on 13 March in past tense: 25-31 March is ahead."""
    assert _span("the last week of the month") is None


# --- times of day around a day ------------------------------------------------------------


def test_early_hours_of_a_weekday() -> None:
    """`in the early hours of Friday` told on Wednesday 13 March: Friday 8 March."""
    assert _span("in the early hours of Friday") == ("2024-03-08", "2024-03-08", "day")


def test_before_dawn_on_a_weekday() -> None:
    """`before dawn on Tuesday`: Tuesday 12 March."""
    assert _span("before dawn on Tuesday") == ("2024-03-12", "2024-03-12", "day")


def test_weekday_at_a_moment() -> None:
    """`Monday at midday`: Monday 11 March."""
    assert _span("Monday at midday") == ("2024-03-11", "2024-03-11", "day")


def test_weekday_part_of_day_local_time() -> None:
    """`Thursday afternoon local time`: Thursday 7 March."""
    assert _span("Thursday afternoon local time") == ("2024-03-07", "2024-03-07", "day")


def test_overnight_weekday_is_two_days() -> None:
    """`overnight Monday` told on Wednesday: the night from Monday 11 into Tuesday 12."""
    assert _span("overnight Monday") == ("2024-03-11", "2024-03-12", "day")


def test_overnight_of_publication_day_is_none() -> None:
    """`overnight Wednesday` told on Wednesday: the night is not over: None."""
    assert _span("overnight Wednesday") is None


def test_overnight_into_a_day_not_the_next_is_none() -> None:
    """`overnight Monday into Wednesday` is not one night: None."""
    assert _span("overnight Monday into Wednesday") is None


def test_weekday_night_into_next_morning() -> None:
    """`Monday night into Tuesday morning`: Monday 11 and Tuesday 12 March."""
    assert _span("Monday night into Tuesday morning") == ("2024-03-11", "2024-03-12", "day")


def test_previous_weekend() -> None:
    """`the previous weekend` told on a Wednesday: Saturday 9 and Sunday 10 March."""
    assert _span("the previous weekend") == ("2024-03-09", "2024-03-10", "day")


# --- quarters and halves as business news writes them --------------------------------------


def test_half_written_number_first() -> None:
    """`1H 2024` is the first half of 2024, January to June (not the year)."""
    assert _span("1H 2024") == ("2024-01-01", "2024-06-30", "month")


def test_hyphenated_quarter_adjective() -> None:
    """`third-quarter` told in March 2024: the latest third quarter begun, July-Sept 2023."""
    assert _span("third-quarter") == ("2023-07-01", "2023-09-30", "month")


def test_quarter_named_by_its_months() -> None:
    """`the October-December quarter of 2023`: October to December 2023."""
    assert _span("the October-December quarter of 2023") == ("2023-10-01", "2023-12-31", "month")


def test_months_that_are_no_quarter_give_none() -> None:
    """`the February-April quarter` is no calendar quarter: None."""
    assert _span("the February-April quarter") is None


def test_quarter_of_the_year_possessive() -> None:
    """`last year's fourth quarter` told in 2024: October-December 2023."""
    assert _span("last year's fourth quarter") == ("2023-10-01", "2023-12-31", "month")


def test_quarter_ended_on_a_month_end() -> None:
    """`the quarter ended Sept. 30` told in March 2024: July-September 2023."""
    assert _span("the quarter ended Sept. 30") == ("2023-07-01", "2023-09-30", "month")


def test_quarter_ended_mid_month_is_none() -> None:
    """`the quarter ended Sept. 15`: a quarter ends on a month's last day: None."""
    assert _span("the quarter ended Sept. 15") is None


def test_six_months_ended_with_year() -> None:
    """`the six months ended June 30, 2023`: January to June 2023."""
    assert _span("the six months ended June 30, 2023") == ("2023-01-01", "2023-06-30", "month")


# --- days written in words, ranges without spaces, holidays -------------------------------


def test_ordinal_word_day_before_month() -> None:
    """`the third of March` told on 13 March 2024: 3 March 2024."""
    assert _span("the third of March") == ("2024-03-03", "2024-03-03", "day")


def test_ordinal_word_day_after_month() -> None:
    """`February twenty-first`: 21 February 2024."""
    assert _span("February twenty-first") == ("2024-02-21", "2024-02-21", "day")


def test_ordinal_word_not_beside_a_month_is_no_day() -> None:
    """`between the second and third week of April`: weeks, not days 2 and 3: None."""
    assert _span("between the second and third week of April") is None


def test_unspaced_dash_between_two_dates() -> None:
    """`30 November-1 December 2021`: two days across a month end."""
    assert _span("30 November-1 December 2021") == ("2021-11-30", "2021-12-01", "day")


def test_unspaced_dash_with_abbreviations() -> None:
    """`Nov. 30-Dec. 1` told on 13 March 2024: 30 Nov to 1 Dec 2023, the latest begun."""
    assert _span("Nov. 30-Dec. 1") == ("2023-11-30", "2023-12-01", "day")


def test_may_day() -> None:
    """`May Day` told in March 2024 is 1 May 2023, the latest one (not the month)."""
    assert _span("May Day") == ("2023-05-01", "2023-05-01", "day")


def test_month_beside_weekday_is_not_the_month() -> None:
    """`the march on Sunday`: a march, not March: None."""
    assert _span("the march on Sunday") is None


def test_words_starting_like_months_are_no_months() -> None:
    """`in 1 decade 2 months` of an upcoming event: `decade` is no December (Nov 2034)."""
    assert _span("in 1 decade 2 months", "2024-09-01", tense="future") == (
        "2034-11-01",
        "2034-11-30",
        "month",
    )


# --- weeks to a day, year-month ranges, `over ... ago` -------------------------------------


def test_week_ended_a_day() -> None:
    """`the week ended March 8`: the seven days 2 to 8 March 2024."""
    assert _span("the week ended March 8") == ("2024-03-02", "2024-03-08", "day")


def test_weekday_range_of_last_week() -> None:
    """`Monday through Friday of last week`: 4 to 8 March 2024."""
    assert _span("Monday through Friday of last week") == ("2024-03-04", "2024-03-08", "day")


def test_month_year_range_without_spaces() -> None:
    """`February 2019-May 2020`: 1 February 2019 to 31 May 2020."""
    assert _span("February 2019-May 2020") == ("2019-02-01", "2020-05-31", "month")


def test_over_a_count_ago_is_none() -> None:
    """`over two weeks ago` is more than two weeks: not the week two weeks back. None."""
    assert _span("over two weeks ago") is None


def test_days_from_today_ahead() -> None:
    """`three days from today` of an upcoming event told on 13 March: 16 March."""
    assert _span("three days from today", tense="future") == ("2024-03-16", "2024-03-16", "day")
