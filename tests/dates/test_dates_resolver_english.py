"""parse_date on short English expressions in the style of a date resolver's tests:
weekdays counted by weeks from another weekday, months counted by years, and Christmas
with a year.

Each value is worked out by hand against a calendar. 15 June 2025 is a Sunday (its
week 9-15 June, the week before 2-8 June, two weeks before 26 May-1 June, three weeks
before 19-25 May); 13 June 2025 is a Friday; 6 March 2024 a Wednesday (Friday 8 March,
Friday 15 March the week after); 29 February 2024 a Thursday (Friday 1 March); 10
March 2024 a Sunday (Monday-first weeks 26 Feb-3 Mar and 4-10 March, Sunday-first 3-9
March); 10 July 2024 a Wednesday. The expressions are of the kinds
bench/english_resolver_cases.json holds, written here.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

SUN = "2025-06-15"
FRI = "2025-06-13"
WED = "2024-03-06"
THU = "2024-02-29"
SUN_MARCH = "2024-03-10"
JULY = "2024-07-10"

CASES = [
    # --- a weekday some weeks ago: the day of the week that many weeks back -------------
    # `two weeks ago Friday` told on Sunday 15 June 2025: Friday of 26 May-1 June, 30 May.
    case("two_weeks_ago_weekday", "two weeks ago Friday", SUN, "2025-05-30 day"),
    # The weekday first reads the same: 30 May.
    case("weekday_two_weeks_ago", "Friday two weeks ago", SUN, "2025-05-30 day"),
    # `3 weeks ago Monday`: the Monday of 19-25 May, 19 May.
    case("weeks_ago_weekday_in_digits", "3 weeks ago Monday", SUN, "2025-05-19 day"),
    # `a week ago Friday` stays the Friday of 2-8 June, 6 June.
    case("a_week_ago_weekday_stays", "a week ago Friday", SUN, "2025-06-06 day"),
    # Told on a Wednesday, before Friday in the week: 23 Feb or 1 March? None, as `a week
    # ago Thursday` told on a Wednesday.
    case("weeks_ago_weekday_later_in_week_is_none", "two weeks ago Friday", WED, None),
    # --- the weekday before last: a week before `last Friday` -------------------------------
    # Told on Sunday 15 June: last Friday is 13 June, the one before 6 June.
    case("weekday_before_last", "the Friday before last", SUN, "2025-06-06 day"),
    # Without the article: the same day.
    case("weekday_before_last_bare", "Friday before last", SUN, "2025-06-06 day"),
    # Told on Friday 13 June: last Friday is 6 June (a week back), the one before 30 May.
    case("weekday_before_last_told_that_day", "the Friday before last", FRI, "2025-05-30 day"),
    # `Thursday before last` told on Friday 13 June: last Thursday 12 June, then 5 June.
    case("weekday_before_last_day_before", "Thursday before last", FRI, "2025-06-05 day"),
    # --- a week from a weekday, of an upcoming event -----------------------------------------
    # `a week from Friday` told on Thursday 29 Feb 2024: Friday 1 March, a week on: 8 March.
    case("week_from_weekday", "a week from Friday", THU, "2024-03-08 day", tense="future"),
    # British `Friday week` told on Wednesday 6 March: Friday 8 March, a week on: 15 March.
    case("weekday_week", "Friday week", WED, "2024-03-15 day", tense="future"),
    # `a week on Monday` told on Friday 13 June 2025: Monday 16 June, then 23 June.
    case("week_on_weekday", "a week on Monday", FRI, "2025-06-23 day", tense="future"),
    # Told on a Friday: a week from today's Friday, or from next Friday? None.
    case("week_from_weekday_told_that_day", "a week from Friday", FRI, None, tense="future"),
    # A past event is not a week from Friday: None, like `a week from today`.
    case("week_from_weekday_past_is_none", "a week from Friday", THU, None),
    # --- years ago this month: publication's month that many years back ---------------------
    # Told on 6 March 2024: March 2021.
    case(
        "years_ago_this_month",
        "three years ago this month",
        WED,
        "2021-03-01..2021-03-31 month",
    ),
    # Told on 29 February 2024: February 2023 (28 days).
    case("year_ago_this_month", "a year ago this month", THU, "2023-02-01..2023-02-28 month"),
    # `a year ago this week`: which Monday-to-Sunday week of 2023? None.
    case("year_ago_this_week_is_none", "a year ago this week", WED, None),
    # --- Christmas with a year: the season, like `Christmas` alone ---------------------------
    # `Christmas 2019` runs into January 2020: None (it was the year 2019).
    case("christmas_with_year_is_none", "Christmas 2019", WED, None),
    # `over Christmas 2019`: None too.
    case("over_christmas_with_year_is_none", "over Christmas 2019", WED, None),
    # `Christmas Day 2019` stays that day.
    case("christmas_day_with_year_stays", "Christmas Day 2019", WED, "2019-12-25 day"),
    # --- the eve of a day: the day before it ----------------------------------------------
    # `the eve of July 4` told on 10 July 2024: 3 July (was 4 July).
    case("eve_of_day", "the eve of July 4", JULY, "2024-07-03 day"),
    # `on the eve of the vote on July 4`: the vote is on 4 July, its eve 3 July.
    case("eve_of_event_on_day", "on the eve of the vote on July 4", JULY, "2024-07-03 day"),
    # `the eve of 2024` names no day before which to count (was the year 2024): None.
    case("eve_of_year_is_none", "the eve of 2024", JULY, None),
    # --- two decades joined by a dash without spaces ------------------------------------------
    # `the 1970s–80s` (en dash): 1970-1989, like `the 1970s - 80s` (was None).
    case("decades_en_dash", "the 1970s\u201380s", JULY, "1970-01-01..1989-12-31 year"),
    # `the 1960s-'70s`: 1960-1979.
    case("decades_hyphen_apostrophe", "the 1960s-'70s", JULY, "1960-01-01..1979-12-31 year"),
    # Backwards (`the 1980s-70s`): None.
    case("decades_backwards_is_none", "the 1980s-70s", JULY, None),
    # --- a year or month ending on a month -------------------------------------------------------
    # `the year ending June 2023`: July 2022 to June 2023 (was June 2023 alone).
    case(
        "year_ending_month",
        "the year ending June 2023",
        JULY,
        "2022-07-01..2023-06-30 month",
    ),
    # `the year ended June 30, 2023`: the same twelve months (was 30 June 2023).
    case(
        "year_ended_day",
        "the year ended June 30, 2023",
        JULY,
        "2022-07-01..2023-06-30 month",
    ),
    # `in the year to March` told in July 2024: April 2023 to March 2024.
    case("year_to_month", "in the year to March", JULY, "2023-04-01..2024-03-31 month"),
    # `the month ending June 30`: June 2024 (was 30 June).
    case("month_ending_day", "the month ending June 30", JULY, "2024-06-01..2024-06-30 month"),
    # `the period ending June 2023`, `the decade ending 2020`: how long? None (were June
    # 2023 and the year 2020).
    case("period_ending_is_none", "the period ending June 2023", JULY, None),
    case("decade_ending_is_none", "the decade ending 2020", JULY, None),
    # `the year to date` stays the year to publication.
    case("year_to_date_stays", "the year to date", JULY, "2024-01-01..2024-07-10 day"),
    # `12 to 16 june` stays those days (a number before `to` is no twelve months).
    case("days_range_not_twelve_months", "12 to 16 june", JULY, "2024-06-12..2024-06-16 day"),
    # --- a week before or after publication's, told on a Sunday --------------------------
    # `Tuesday last week` told on Sunday 10 March: 27 Feb (Monday-first) or 5 March
    # (Sunday-first)? None, as `last week` itself (was 27 Feb).
    case("weekday_last_week_told_on_sunday", "Tuesday last week", SUN_MARCH, None),
    # `from Monday to Wednesday last week`: 26-28 Feb or 4-6 March? None.
    case(
        "weekday_range_last_week_told_on_sunday",
        "from Monday to Wednesday last week",
        SUN_MARCH,
        None,
    ),
    # `the week before last`: 19-25 Feb or 25 Feb-2 March? None.
    case("week_before_last_told_on_sunday", "the week before last", SUN_MARCH, None),
    # `Monday next week` of an upcoming event: 11 or 18 March? None.
    case("weekday_next_week_told_on_sunday", "Monday next week", SUN_MARCH, None, tense="future"),
    # `the week after next`: None as well.
    case("week_after_next_told_on_sunday", "the week after next", SUN_MARCH, None, tense="future"),
    # `Tuesday this week` of a past event told on a Sunday stays the week ending that day.
    case("weekday_this_week_told_on_sunday", "Tuesday this week", SUN_MARCH, "2024-03-05 day"),
    # --- a weekend a word before it names: not the last one ------------------------------
    # `the following weekend` told on Wednesday 6 March 2024: after which day? None (was
    # 2-3 March).
    case("following_weekend_is_none", "the following weekend", WED, None),
    # `the Easter weekend` told on 6 March 2024 in the past: the last one, Good Friday 7
    # April to Easter Monday 10 April 2023 (Easter 9 April 2023, Church of England table;
    # was None, and 2-3 March before that; tests/dates/test_dates_holidays.py).
    case("named_weekend_easter", "the Easter weekend", WED, "2023-04-07..2023-04-10 day"),
    # `a long weekend`: three or four days, which? None (was 2-3 March).
    case("long_weekend_is_none", "a long weekend", WED, None),
    # `met in Paris at the weekend` stays 2-3 March.
    case("weekend_in_clause_stays", "met in Paris at the weekend", WED, "2024-03-02..2024-03-03"),
    # `the upcoming weekend` of an upcoming event told on Wednesday 6 March: 9-10 March, like
    # `the coming weekend` (was None).
    case(
        "upcoming_weekend",
        "the upcoming weekend",
        WED,
        "2024-03-09..2024-03-10 day",
        tense="future",
    ),
    # In past tense it is None, like `the coming weekend`.
    case("upcoming_weekend_past_is_none", "the upcoming weekend", WED, None),
    # --- a day of the month in words ------------------------------------------------------------
    # `on the fifth` told on 6 March 2024: 5 March, like `on the 5th` (was None).
    case("on_ordinal_word_day", "on the fifth", WED, "2024-03-05 day"),
    # `the twenty-first of last month`: 21 February.
    case("ordinal_word_of_last_month", "the twenty-first of last month", WED, "2024-02-21 day"),
    # `Thursday the twenty-ninth`: Thursday 29 February.
    case("weekday_ordinal_word", "Thursday the twenty-ninth", WED, "2024-02-29 day"),
    # A bare `the fifth`: the fifth what? None.
    case("bare_ordinal_word_is_none", "the fifth", WED, None),
    # --- a month and day with its weekday after it ---------------------------------------
    # `March 2 (Saturday)`: Saturday 2 March 2024 (was None, read as a name before a noun).
    case("month_day_weekday_in_brackets", "March 2 (Saturday)", WED, "2024-03-02 day"),
    # `March 2 (Sunday)`: 2 March 2024 is a Saturday: None.
    case("month_day_wrong_weekday_is_none", "March 2 (Sunday)", WED, None),
    # `the March 2 vote` stays a name: None.
    case("month_day_before_noun_stays_none", "the March 2 vote", WED, None),
    # Told on Saturday 9 March, `Tuesday last week` stays 27 February.
    case("weekday_last_week_told_on_saturday", "Tuesday last week", "2024-03-09", "2024-02-27 day"),
]


@pytest.mark.parametrize("row", CASES)
def test_resolver_style_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked span and precision, or None where unsure."""
    assert row.read() == row.answer
