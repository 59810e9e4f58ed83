"""parse_date on variants of issue 22's everyday English categories, one behaviour each.

Each value is worked out by hand against a calendar. 13 March 2024 is a Wednesday
(11 March a Monday, 4-10 March the week before), 15 March 2024 a Friday; Christmas
2023 (25 December) is a Monday, so 18 December 2023 is a Monday too; 20 December 2023
is a Wednesday. The expressions are written here (helper branch `dates4`) as variants
of the categories the issue names, except the Hindi case, which is one of
scrapinghub/dateparser's `test_dates_parsing` expressions (base 2012-11-13).
bench/english_news_cases.json holds the English ones with the same source.
"""

from __future__ import annotations

from typing import Literal

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

WED = "2024-03-13"
FRI = "2024-03-15"


def _span(
    text: str,
    published: str = WED,
    language: str | None = "en",
    tense: Literal["past", "future"] = "past",
) -> tuple[str, str, str] | None:
    value: DateValue | None = parse_date(text, language=language, published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "", value.precision)


# --- parts of days ------------------------------------------------------------------------


def test_last_evening_is_yesterday() -> None:
    """`last evening`, like `last night`, is the day before publication: 12 March 2024."""
    assert _span("last evening") == ("2024-03-12", "2024-03-12", "day")


def test_late_last_evening_is_yesterday() -> None:
    """`late last evening` is the same day as `last evening`: 12 March 2024."""
    assert _span("Late last evening") == ("2024-03-12", "2024-03-12", "day")


def test_overnight_into_a_weekday() -> None:
    """`overnight into Thursday`, published Friday 15 March: the night of 13-14 March."""
    assert _span("overnight into Thursday", FRI) == ("2024-03-13", "2024-03-14", "day")


def test_overnight_weekday_to_weekday() -> None:
    """`overnight Wednesday to Thursday` (published Friday) is the night of 13-14 March."""
    assert _span("overnight Wednesday to Thursday", FRI) == ("2024-03-13", "2024-03-14", "day")


# --- anchored expressions -----------------------------------------------------------------


def test_week_before_christmas() -> None:
    """`a week before Christmas`, published 13 March 2024: 25 Dec 2023 minus 7 days."""
    assert _span("a week before Christmas") == ("2023-12-18", "2023-12-18", "day")


def test_day_after_christmas() -> None:
    """`the day after Christmas` counts from Christmas Day 2023: 26 December 2023."""
    assert _span("the day after Christmas") == ("2023-12-26", "2023-12-26", "day")


def test_offset_from_a_yearless_anchor_with_two_readings_is_none() -> None:
    """Published 20 Dec 2023, `a week before Christmas` is 18 Dec 2023 or 2022: None."""
    assert _span("a week before Christmas", "2023-12-20") is None


def test_offset_after_publication_in_past_tense_is_none() -> None:
    """Published 4 June 2024, `two days after June 3` is 5 June, after publication: None."""
    assert _span("two days after June 3", "2024-06-04") is None


def test_offset_with_one_possible_year_stays() -> None:
    """Published 4 June 2024, `two days before June 3` can only be 1 June 2024."""
    assert _span("two days before June 3", "2024-06-04") == ("2024-06-01", "2024-06-01", "day")


def test_this_weekday_gone_for_an_upcoming_event_is_none() -> None:
    """`this Monday` of an upcoming event said on Wednesday 13 March: 11 or 18 March? None."""
    assert _span("this Monday", tense="future") is None


def test_this_weekday_ahead_for_an_upcoming_event() -> None:
    """`this Friday` of an upcoming event said on Wednesday 13 March is 15 March."""
    assert _span("this Friday", tense="future") == ("2024-03-15", "2024-03-15", "day")


def test_weekday_after_the_week() -> None:
    """`last week on Tuesday`, published Wednesday 13 March 2024: Tuesday 5 March."""
    assert _span("last week on Tuesday") == ("2024-03-05", "2024-03-05", "day")


def test_weekday_right_after_the_week() -> None:
    """`last week Monday`, published 13 March 2024: Monday 4 March."""
    assert _span("last week Monday") == ("2024-03-04", "2024-03-04", "day")


def test_prior_year() -> None:
    """`the prior year`, like `the previous year`, is 2023 when published in 2024."""
    assert _span("the prior year") == ("2023-01-01", "2023-12-31", "year")


# --- decades and years as ranges ----------------------------------------------------------


def test_two_consecutive_decades() -> None:
    """`the 1960s and 1970s` is the twenty years 1960-1979."""
    assert _span("the 1960s and 1970s") == ("1960-01-01", "1979-12-31", "year")


def test_decade_with_short_second_decade() -> None:
    """`the 1980s and '90s` is 1980-1999."""
    assert _span("the 1980s and '90s") == ("1980-01-01", "1999-12-31", "year")


def test_from_decade_to_decade() -> None:
    """`from the 1960s to the 1980s` runs from 1960 to the end of 1989."""
    assert _span("from the 1960s to the 1980s") == ("1960-01-01", "1989-12-31", "year")


def test_between_decades() -> None:
    """`between the 1960s and 1980s` is 1960-1989, like `between 2019 and 2021`."""
    assert _span("between the 1960s and 1980s") == ("1960-01-01", "1989-12-31", "year")


def test_two_decades_apart_are_none() -> None:
    """`the 1960s and 1980s` are two decades, not the thirty years between: None."""
    assert _span("the 1960s and 1980s") is None


def test_two_years_apart_are_none() -> None:
    """`2019 and 2021` are two years, not three (like `Monday and Thursday`): None."""
    assert _span("2019 and 2021") is None


def test_two_years_apart_are_none_in_turkish() -> None:
    """Turkish `2019 ve 2021` ("2019 and 2021") is None as in English."""
    assert _span("2019 ve 2021", language="tr") is None


def test_two_consecutive_years_are_a_range() -> None:
    """`2019 and 2020` are one stretch, 2019-2020, like `Saturday and Sunday`."""
    assert _span("2019 and 2020") == ("2019-01-01", "2020-12-31", "year")


def test_between_two_years_stays_a_range() -> None:
    """`between 2019 and 2021` is still the three years 2019-2021."""
    assert _span("between 2019 and 2021") == ("2019-01-01", "2021-12-31", "year")


# --- quarters and halves ------------------------------------------------------------------


def test_quarter_dash_year() -> None:
    """`Q4-2023` is October to December 2023."""
    assert _span("Q4-2023") == ("2023-10-01", "2023-12-31", "month")


def test_quarter_slash_year() -> None:
    """`Q4/2023` is October to December 2023."""
    assert _span("Q4/2023") == ("2023-10-01", "2023-12-31", "month")


def test_short_half() -> None:
    """`2H23` is the second half of 2023: July to December."""
    assert _span("2H23") == ("2023-07-01", "2023-12-31", "month")


def test_half_with_apostrophe_year() -> None:
    """`H2 '23` is July to December 2023, like `Q3'24`."""
    assert _span("H2 '23") == ("2023-07-01", "2023-12-31", "month")


def test_half_slash_year() -> None:
    """`H1/2024` is January to June 2024."""
    assert _span("H1/2024") == ("2024-01-01", "2024-06-30", "month")


# --- parts of periods ---------------------------------------------------------------------


def test_towards_the_end_of_last_year() -> None:
    """`towards the end of last year` is the whole of 2023, like `the end of last year`."""
    assert _span("towards the end of last year") == ("2023-01-01", "2023-12-31", "year")


def test_midway_through_last_year() -> None:
    """`midway through last year` is the whole of 2023 (a part is its whole period)."""
    assert _span("midway through last year") == ("2023-01-01", "2023-12-31", "year")


def test_since_midway_is_none() -> None:
    """`since midway through last year` starts at no known day of 2023: None."""
    assert _span("since midway through last year") is None


def test_year_end_with_a_year() -> None:
    """`year-end 2023` is the whole of 2023, like `end-2023`."""
    assert _span("year-end 2023") == ("2023-01-01", "2023-12-31", "year")


def test_since_year_end_is_none() -> None:
    """`since year-end 2022` starts on no known day (not 1 January 2022): None."""
    assert _span("since year-end 2022") is None


# --- counted from publication -------------------------------------------------------------


def test_week_ago_today() -> None:
    """`a week ago today`, published Wednesday 13 March 2024: Wednesday 6 March."""
    assert _span("a week ago today") == ("2024-03-06", "2024-03-06", "day")


def test_week_ago_yesterday() -> None:
    """`a week ago yesterday` is eight days back: 5 March 2024."""
    assert _span("a week ago yesterday") == ("2024-03-05", "2024-03-05", "day")


def test_year_ago_today() -> None:
    """`a year ago today` is the same date a year back: 13 March 2023."""
    assert _span("a year ago today") == ("2023-03-13", "2023-03-13", "day")


def test_month_ago_today_without_that_date_is_none() -> None:
    """Published 31 March 2024, `a month ago today` names no day (no 31 February): None."""
    assert _span("a month ago today", "2024-03-31") is None


def test_year_and_a_half_ago() -> None:
    """`a year and a half ago` is 18 months back: September 2022."""
    assert _span("a year and a half ago") == ("2022-09-01", "2022-09-30", "month")


def test_half_a_year_ago() -> None:
    """`half a year ago` is six months back: September 2023."""
    assert _span("half a year ago") == ("2023-09-01", "2023-09-30", "month")


def test_number_word_above_ten_without_language() -> None:
    """`eighteen months ago` without a language is September 2022, as in English."""
    assert _span("eighteen months ago", language=None) == ("2022-09-01", "2022-09-30", "month")


def test_parenthesised_words_inside() -> None:
    """`on Tuesday (local time)` is Tuesday 12 March, like `Tuesday, local time`."""
    assert _span("on Tuesday (local time)") == ("2024-03-12", "2024-03-12", "day")


# --- a language without tables ------------------------------------------------------------


def test_hindi_pm_after_a_time_is_ignored() -> None:
    """Hindi `अपराह्न` ("p.m.", dateparser's data; not in CLDR) after a time is no date word."""
    found = _span("12 जनवरी  1997 11:08 अपराह्न", "2012-11-13", language="hi")
    assert found == ("1997-01-12", "1997-01-12", "day")
