"""parse_date on short English expressions in the style of a date resolver's tests:
weekdays counted by weeks from another weekday, months counted by years, and Christmas
with a year.

Each value is worked out by hand against a calendar. 15 June 2025 is a Sunday (its
week 9-15 June, the week before 2-8 June, two weeks before 26 May-1 June, three weeks
before 19-25 May); 13 June 2025 is a Friday; 6 March 2024 a Wednesday (Friday 8 March,
Friday 15 March the week after); 29 February 2024 a Thursday (Friday 1 March). The
expressions are of the kinds bench/english_resolver_cases.json holds, written here.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

SUN = "2025-06-15"
FRI = "2025-06-13"
WED = "2024-03-06"
THU = "2024-02-29"

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
]


@pytest.mark.parametrize("row", CASES)
def test_resolver_style_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked span and precision, or None where unsure."""
    assert row.read() == row.answer
