"""Everyday news English found by the fourth English probe (bench/english_round4_cases.json).

Each answer worked out by hand from a calendar: 16 June 2025 is a Monday, 18 June 2025 a
Wednesday, 10 July 2019 a Wednesday (the weekend after next is 20-21 July), 1 March
2026 a Sunday and 31 May 2025 a Saturday (their first and last weekends are unsure),
31 August 2025 a Sunday (its last weekend is 30-31 August), 1 July 2019 a Monday (its
second weekend is 13-14 July), 2 March 2024 a Saturday (the first weekend of March 2024
is 2-3 March). Told on 18 June 2025, the third quarter gone by is 2024's and the fourth
after it 2024's; ahead, both are 2025's. A part of a month is a third of it (early the
1st-10th, mid the 11th-20th, late the 21st to the last day), as for the bare month
(`dates.partside`).
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

JUN16 = "2025-06-16"  # a Monday
JUN18 = "2025-06-18"  # a Wednesday
JUL10 = "2019-07-10"  # a Wednesday
MAR25 = "2025-03-25"  # a Tuesday
LEAP = "2024-02-29"  # a Thursday
AHEAD = "future"
APR_SEP = "2024-04-01..2024-09-30"
JUL_DEC_2025 = "2025-07-01..2025-12-31"
YEAR_2024 = "2024-01-01..2024-12-31"
ROUND4 = [
    # A date with `onwards` runs to publication like `since` (was the year or day alone);
    # an upcoming period with no end is None.
    case("onwards", "from 2020 onwards", JUN16, "2020-01-01..2025-06-16"),
    case("onward", "from 2020 onward", JUN16, "2020-01-01..2025-06-16"),
    case("from_on", "from 2020 on", JUN16, "2020-01-01..2025-06-16"),
    case("month_onwards", "from March onwards", JUN16, "2025-03-01..2025-06-16"),
    case("bare_onwards", "2019 onwards", JUN16, "2019-01-01..2025-06-16"),
    case("weekday_on", "from Monday on", JUN18, "2025-06-16..2025-06-18"),
    case("onwards_ahead", "from 2027 onwards", JUN16, None, tense=AHEAD),
    case("next_onwards_ahead", "from next year onwards", JUN16, None, tense=AHEAD),
    case("onwards_no_language", "from 2020 onwards", JUN16, "2020-01-01..2025-06-16", None),
    # Approximate dates are None like `around 2020` (were the year).
    case("circa", "circa 2020", JUN16, None),
    case("c_dot", "c. 2020", JUN16, None),
    case("ca_dot", "ca. 1990", JUN18, None),
    case("nearly", "nearly 2020", JUN18, None),
    case("roughly", "roughly 2020", JUN18, None),
    case("approx", "approx. 2020", JUN18, None),
    case("ish", "2020-ish", JUN18, None),
    # The time before or after a date, or a deadline, is None like `before 2020`,
    # `after 2020`, `by 2030` (were the year or the day).
    case("pre", "pre-2020", JUN16, None),
    case("beyond", "beyond 2030", JUN16, None, tense=AHEAD),
    case("later_than", "later than 2020", JUN18, None),
    case("sooner_than", "sooner than 2030", JUN18, None, tense=AHEAD),
    case("no_later_than", "no later than 2025", JUN18, None, tense=AHEAD),
    case("earlier_than", "earlier than 2019", JUN18, None),
    case("ahead_of_day", "ahead of March 3", JUN18, None),
    case("following_day", "following March 3", JUN18, None),
    case("at_the_earliest", "2026 at the earliest", JUN18, None, tense=AHEAD),
    case("at_the_latest", "Friday at the latest", JUN18, None, tense=AHEAD),
    case("no_language", "circa 2020", JUN16, None, None),
    case("as_soon_as", "as soon as next week", JUN18, None, tense=AHEAD),
    case("at_the_earliest_before", "at the earliest next week", JUN18, None, tense=AHEAD),
    # ... and so does a negation (was the day or year named).
    case("not_on", "not on Monday", JUN18, None),
    case("never_in", "never in 2020", JUN18, None),
    case("excluding", "excluding 2020", JUN18, None),
    case("every_day_of_year", "every March 3", JUN18, None),
    # ... while a clause keeps its weekday, and TimeBank's year with a modifier stays.
    case("following_talks", "following talks on Monday", JUN18, "2025-06-16"),
    case("post_timebank", "post-1959", "2000-02-24", "1959-01-01..1959-12-31"),
    case("and_beyond_timebank", "1990 and beyond", "1989-10-27", "1990-01-01..1990-12-31"),
    # A part of a month without a year that an upcoming event can no longer fall in is
    # None (was the month: early March told on 25 March names no March to come).
    case("early_ahead_ended", "early March", MAR25, None, tense=AHEAD),
    case("mid_ahead_ended", "mid-May", "2025-05-28", None, tense=AHEAD),
    case("start_ahead_ended", "the beginning of June", "2025-06-12", None, tense=AHEAD),
    case("late_ahead_running", "late May", "2025-05-28", "2025-05-01..2025-05-31", tense=AHEAD),
    case(
        "end_ahead_running", "the end of June", "2025-06-12", "2025-06-01..2025-06-30", tense=AHEAD
    ),
    case("early_ahead_coming", "early March", "2025-03-05", "2025-03-01..2025-03-31", tense=AHEAD),
    # ... in past tense the part keeps its month (TimeBank: `the end of November` told
    # on 2 November is November), and a written year is read as written.
    case("mid_past_running", "mid-March", "2025-03-05", "2025-03-01..2025-03-31"),
    case("early_year_ahead", "early March 2025", MAR25, "2025-03-01..2025-03-31", tense=AHEAD),
    # Halves of a month: the 1st to the 15th, the 16th to the last day (were None, or the
    # month with its year).
    case(
        "first_half_month", "the first half of March", LEAP, "2024-03-01..2024-03-15", tense=AHEAD
    ),
    case("second_half_month", "the second half of May", JUN16, "2025-05-16..2025-05-31"),
    case("half_running_month", "the first half of the month", JUN16, "2025-06-01..2025-06-15"),
    case(
        "half_next_month",
        "in the first half of next month",
        "2025-06-10",
        "2025-07-01..2025-07-15",
        tense=AHEAD,
    ),
    case("latter_half_leap", "the latter half of February 2024", JUN18, "2024-02-16..2024-02-29"),
    case("half_not_begun", "the second half of June", "2025-06-10", None),
    case("half_of_season", "the second half of the season", JUN16, None),
    case("half_year_stays", "the first half of 2021", JUN16, "2021-01-01..2021-06-30"),
    case(
        "half_in_clause",
        "In the first half of 2021, he visited ten countries.",
        JUN16,
        "2021-01-01..2021-06-30",
    ),
    # Weekends of a month by rank, from the month's first Saturday or back from its last
    # Sunday (were None, or the month with its year).
    case(
        "first_weekend", "the first weekend of March", LEAP, "2024-03-02..2024-03-03", tense=AHEAD
    ),
    case("last_weekend", "the last weekend of June", JUN16, "2025-06-28..2025-06-29", tense=AHEAD),
    case(
        "final_weekend", "the final weekend of August", JUN18, "2025-08-30..2025-08-31", tense=AHEAD
    ),
    case("second_weekend_year", "the second weekend of July 2019", JUN18, "2019-07-13..2019-07-14"),
    case(
        "first_weekend_sunday_first", "the first weekend of March", "2026-01-05", None, tense=AHEAD
    ),
    case("last_weekend_saturday_last", "the last weekend of May", "2025-01-02", None, tense=AHEAD),
    case("weekend_not_begun", "the last weekend of June", JUN16, None),
    case("first_weekend_alone", "the first weekend", JUN16, None),
    # The weekend after next of an upcoming event told Monday to Thursday (was None).
    case("after_next", "the weekend after next", JUL10, "2019-07-20..2019-07-21", tense=AHEAD),
    case("after_next_friday", "the weekend after next", "2019-07-12", None, tense=AHEAD),
    case("after_next_past", "the weekend after next", JUL10, None),
    # Two quarters in a row are both (were the year, or the one written with the year);
    # two of one year not in a row are the year that holds them, like two halves.
    case("quarter_pair", "the second and third quarters of 2024", JUN18, APR_SEP),
    case("quarter_and_quarter", "the second quarter and third quarter of 2024", JUN18, APR_SEP),
    case("quarter_pair_clause", "in the second and third quarters of 2024", JUN18, APR_SEP),
    case("quarters_to", "the first to third quarters of 2024", JUN18, "2024-01-01..2024-09-30"),
    case("quarter_pair_no_year", "the third and fourth quarters", JUN18, "2024-07-01..2024-12-31"),
    case("quarter_pair_ahead", "the third and fourth quarters", JUN18, JUL_DEC_2025, tense=AHEAD),
    case(
        "quarters_apart", "the second and fourth quarters of 2024", JUN18, "2024-01-01..2024-12-31"
    ),
    case("halves_pair", "the first and second halves of 2023", JUN18, "2023-01-01..2023-12-31"),
    case("half_and_quarter", "the first half and the third quarter of 2024", JUN18, YEAR_2024),
    # An offset from a holiday is as sure as one from its month and day (`the day after
    # New Year's Day` told on 1 January of a past event was the next day, after
    # publication; now None, as `two days after June 3` told on 4 June).
    case("after_christmas_day", "the day after Christmas Day", "2024-12-25", None),
    case("after_new_years_day", "the day after New Year's Day", "2025-01-01", None),
    case("after_new_years_eve", "two days after New Year's Eve", "2025-01-01", None),
    case(
        "after_new_year_ahead",
        "the day after New Year's Day",
        "2025-01-01",
        "2025-01-02",
        tense=AHEAD,
    ),
    case("after_christmas_day_gone", "the day after Christmas Day", "2025-06-04", "2024-12-26"),
    case("before_halloween", "the day before Halloween", "2025-06-04", "2024-10-30"),
    # A weekday after `late` or `early` in a clause is that day, as after `on` (was None).
    case("late_weekday_clause", "The delegation left late Friday.", JUN16, "2025-06-13"),
    case("late_night_clause", "The visit took place late Thursday night.", JUN16, "2025-06-12"),
    case("early_on_clause", "The minister arrived early on Tuesday.", JUN16, "2025-06-10"),
    case("late_clause_tense", "The talks would resume late Friday.", JUN16, None),
    # A day of next month, of an upcoming event, as of this or last month (was None).
    case("day_next_month", "the 10th of next month", JUN18, "2025-07-10", tense=AHEAD),
    case("first_next_month", "the first of next month", JUN18, "2025-07-01", tense=AHEAD),
    case(
        "weekday_day_next_month",
        "Thursday the 10th of next month",
        JUN18,
        "2025-07-10",
        tense=AHEAD,
    ),
    case("day_next_month_past", "the 10th of next month", JUN18, None),
]


@pytest.mark.parametrize("row", ROUND4)
def test_round4_english(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
