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

import pytest

from date_cases import DateCase, case

WED = "2024-03-13"
FRI = "2024-03-15"


CASES = [
    # --- parts of days --------------------------------------------------------------------
    # `last evening`, like `last night`, is the day before publication: 12 March 2024.
    case("last_evening_is_yesterday", "last evening", WED, "2024-03-12 day"),
    # `late last evening` is the same day as `last evening`: 12 March 2024.
    case("late_last_evening_is_yesterday", "Late last evening", WED, "2024-03-12 day"),
    # `overnight into Thursday`, published Friday 15 March: the night of 13-14 March.
    case("overnight_into_a_weekday", "overnight into Thursday", FRI, "2024-03-13..2024-03-14 day"),
    # `overnight Wednesday to Thursday` (published Friday) is the night of 13-14 March.
    case(
        "overnight_weekday_to_weekday",
        "overnight Wednesday to Thursday",
        FRI,
        "2024-03-13..2024-03-14 day",
    ),
    # --- anchored expressions -------------------------------------------------------------
    # `a week before Christmas`, published 13 March 2024: 25 Dec 2023 minus 7 days.
    case("week_before_christmas", "a week before Christmas", WED, "2023-12-18 day"),
    # `the day after Christmas` counts from Christmas Day 2023: 26 December 2023.
    case("day_after_christmas", "the day after Christmas", WED, "2023-12-26 day"),
    # Published 20 Dec 2023, `a week before Christmas` is 18 Dec 2023 or 2022: None.
    case(
        "offset_from_a_yearless_anchor_with_two_readings_is_none",
        "a week before Christmas",
        "2023-12-20",
        None,
    ),
    # Published 4 June 2024, `two days after June 3` is 5 June, after publication: None.
    case(
        "offset_after_publication_in_past_tense_is_none",
        "two days after June 3",
        "2024-06-04",
        None,
    ),
    # Published 4 June 2024, `two days before June 3` can only be 1 June 2024.
    case(
        "offset_with_one_possible_year_stays",
        "two days before June 3",
        "2024-06-04",
        "2024-06-01 day",
    ),
    # `this Monday` of an upcoming event said on Wednesday 13 March: 11 or 18 March? None.
    case(
        "this_weekday_gone_for_an_upcoming_event_is_none", "this Monday", WED, None, "en", "future"
    ),
    # `this Friday` of an upcoming event said on Wednesday 13 March is 15 March.
    case(
        "this_weekday_ahead_for_an_upcoming_event",
        "this Friday",
        WED,
        "2024-03-15 day",
        "en",
        "future",
    ),
    # `last week on Tuesday`, published Wednesday 13 March 2024: Tuesday 5 March.
    case("weekday_after_the_week", "last week on Tuesday", WED, "2024-03-05 day"),
    # `last week Monday`, published 13 March 2024: Monday 4 March.
    case("weekday_right_after_the_week", "last week Monday", WED, "2024-03-04 day"),
    # `the prior year`, like `the previous year`, is 2023 when published in 2024.
    case("prior_year", "the prior year", WED, "2023-01-01..2023-12-31 year"),
    # --- decades and years as ranges ------------------------------------------------------
    # `the 1960s and 1970s` is the twenty years 1960-1979.
    case("two_consecutive_decades", "the 1960s and 1970s", WED, "1960-01-01..1979-12-31 year"),
    # `the 1980s and '90s` is 1980-1999.
    case(
        "decade_with_short_second_decade", "the 1980s and '90s", WED, "1980-01-01..1999-12-31 year"
    ),
    # `from the 1960s to the 1980s` runs from 1960 to the end of 1989.
    case(
        "from_decade_to_decade", "from the 1960s to the 1980s", WED, "1960-01-01..1989-12-31 year"
    ),
    # `between the 1960s and 1980s` is 1960-1989, like `between 2019 and 2021`.
    case("between_decades", "between the 1960s and 1980s", WED, "1960-01-01..1989-12-31 year"),
    # `the 1960s and 1980s` are two decades, not the thirty years between: None.
    case("two_decades_apart_are_none", "the 1960s and 1980s", WED, None),
    # `2019 and 2021` are two years, not three (like `Monday and Thursday`): None.
    case("two_years_apart_are_none", "2019 and 2021", WED, None),
    # Turkish `2019 ve 2021` ("2019 and 2021") is None as in English.
    case("two_years_apart_are_none_in_turkish", "2019 ve 2021", WED, None, "tr"),
    # `2019 and 2020` are one stretch, 2019-2020, like `Saturday and Sunday`.
    case("two_consecutive_years_are_a_range", "2019 and 2020", WED, "2019-01-01..2020-12-31 year"),
    # `between 2019 and 2021` is still the three years 2019-2021.
    case(
        "between_two_years_stays_a_range",
        "between 2019 and 2021",
        WED,
        "2019-01-01..2021-12-31 year",
    ),
    # --- quarters and halves --------------------------------------------------------------
    # `Q4-2023` is October to December 2023.
    case("quarter_dash_year", "Q4-2023", WED, "2023-10-01..2023-12-31 month"),
    # `Q4/2023` is October to December 2023.
    case("quarter_slash_year", "Q4/2023", WED, "2023-10-01..2023-12-31 month"),
    # `2H23` is the second half of 2023: July to December.
    case("short_half", "2H23", WED, "2023-07-01..2023-12-31 month"),
    # `H2 '23` is July to December 2023, like `Q3'24`.
    case("half_with_apostrophe_year", "H2 '23", WED, "2023-07-01..2023-12-31 month"),
    # `H1/2024` is January to June 2024.
    case("half_slash_year", "H1/2024", WED, "2024-01-01..2024-06-30 month"),
    # --- parts of periods -----------------------------------------------------------------
    # `towards the end of last year` is the whole of 2023, like `the end of last year`.
    case(
        "towards_the_end_of_last_year",
        "towards the end of last year",
        WED,
        "2023-01-01..2023-12-31 year",
    ),
    # `midway through last year` is the whole of 2023 (a part is its whole period).
    case(
        "midway_through_last_year", "midway through last year", WED, "2023-01-01..2023-12-31 year"
    ),
    # `since midway through last year` starts at no known day of 2023: None.
    case("since_midway_is_none", "since midway through last year", WED, None),
    # `year-end 2023` is the whole of 2023, like `end-2023`.
    case("year_end_with_a_year", "year-end 2023", WED, "2023-01-01..2023-12-31 year"),
    # `since year-end 2022` starts on no known day (not 1 January 2022): None.
    case("since_year_end_is_none", "since year-end 2022", WED, None),
    # --- counted from publication ---------------------------------------------------------
    # `a week ago today`, published Wednesday 13 March 2024: Wednesday 6 March.
    case("week_ago_today", "a week ago today", WED, "2024-03-06 day"),
    # `a week ago yesterday` is eight days back: 5 March 2024.
    case("week_ago_yesterday", "a week ago yesterday", WED, "2024-03-05 day"),
    # `a year ago today` is the same date a year back: 13 March 2023.
    case("year_ago_today", "a year ago today", WED, "2023-03-13 day"),
    # Published 31 March 2024, `a month ago today` names no day (no 31 February): None.
    case("month_ago_today_without_that_date_is_none", "a month ago today", "2024-03-31", None),
    # `a week from today` of an upcoming event, published Wednesday 13 March 2024: the day
    # exactly a week after, Wednesday 20 March (duckling's corpus reads `3 years from today`
    # as that one day, bench/duckling_en_cases.json).
    case("week_from_today", "a week from today", WED, "2024-03-20 day", tense="future"),
    # `two days from tomorrow`: three days after publication, 16 March (Recognizers-Text).
    case("two_days_from_tomorrow", "two days from tomorrow", WED, "2024-03-16 day",
         tense="future"),
    # A past event is not a week from today: None, as `tomorrow` in past tense.
    case("week_from_today_past_is_none", "a week from today", WED, None),
    # `within 2 weeks from today` is a stretch, not a day: None.
    case("within_weeks_from_today_is_none", "within 2 weeks from today", WED, None,
         tense="future"),
    # Published 31 January 2024, `a month from today` names no day (no 31 February): None.
    case("month_from_today_without_that_date_is_none", "a month from today", "2024-01-31",
         None, tense="future"),
    # `a year and a half ago` is 18 months back: September 2022.
    case("year_and_a_half_ago", "a year and a half ago", WED, "2022-09-01..2022-09-30 month"),
    # `half a year ago` is six months back: September 2023.
    case("half_a_year_ago", "half a year ago", WED, "2023-09-01..2023-09-30 month"),
    # `eighteen months ago` without a language is September 2022, as in English.
    case(
        "number_word_above_ten_without_language",
        "eighteen months ago",
        WED,
        "2022-09-01..2022-09-30 month",
        None,
    ),
    # `on Tuesday (local time)` is Tuesday 12 March, like `Tuesday, local time`.
    case("parenthesised_words_inside", "on Tuesday (local time)", WED, "2024-03-12 day"),
    # --- a language without tables ----------------------------------------------------------
    # Hindi `अपराह्न` ("p.m.", dateparser's data; not in CLDR) after a time is no date word.
    case(
        "hindi_pm_after_a_time_is_ignored",
        "12 जनवरी  1997 11:08 अपराह्न",
        "2012-11-13",
        "1997-01-12 day",
        "hi",
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_everyday_variants(row: DateCase) -> None:
    """Each expression reads as its hand-worked span and precision, or None where unsure."""
    assert row.read() == row.answer
