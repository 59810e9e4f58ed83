"""parse_date on more everyday English forms (issue 22, helper branch `dates-nones-en`).

Each value is worked out by hand against a calendar. 27 September 2017 is a Wednesday,
so 21 September 2017 is a Thursday, 21 October 2017 a Saturday (30 days on) and 21
August 2017 a Monday (31 days back); 20 September 2017 is the Wednesday before the
21st. 7 November 2016 is a Monday; November has 30 days, October 31; 2024 is a leap
year (29 February). The forms are those of Microsoft Recognizers-Text's English date
specs (bench/recognizers_en_cases.json) and of the issue's categories; the dates are
computed here, not taken from any parser.
"""

from __future__ import annotations

from typing import Literal

import pytest

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

from date_cases import DateCase, case

WED = "2017-09-27"
MON = "2016-11-07"


def _span(
    text: str, published: str, tense: Literal["past", "future"] = "past"
) -> tuple[str, str, str] | None:
    value: DateValue | None = parse_date(text, language="en", published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "", value.precision)


# --- the rest of a period ---------------------------------------------------------------------


def test_rest_of_the_year_ahead() -> None:
    """`for the rest of the year` told on 7 Nov 2016: 7 November - 31 December 2016."""
    got = _span("for the rest of the year", MON, "future")
    assert got == ("2016-11-07", "2016-12-31", "day")


def test_rest_of_a_leap_february() -> None:
    """`the remainder of the month` told on 10 Feb 2024: 10-29 February (a leap year)."""
    got = _span("the remainder of the month", "2024-02-10", "future")
    assert got == ("2024-02-10", "2024-02-29", "day")


# --- days of a month named by a relative word -------------------------------------------------


def test_ordinal_days_of_last_month() -> None:
    """`the 4th to the 22nd of last month` told on 7 Nov 2016: 4-22 October 2016."""
    got = _span("the 4th to the 22nd of last month", MON)
    assert got == ("2016-10-04", "2016-10-22", "day")


CASES = [
    # --- a day of the month with its weekday ----------------------------------------------
    # `Thursday the 21st` ahead, told on 27 Sept 2017: 21 Sept (21 Oct is a Saturday).
    case(
        "weekday_the_nth_gone_by_in_future_tense",
        "Thursday the 21st",
        WED,
        "2017-09-21 day",
        "en",
        "future",
    ),
    # `Thursday, the 21st` told on 20 Sept 2017 in past tense: 21 Sept (21 Aug is a Monday).
    case(
        "weekday_comma_the_nth_tomorrow_in_past_tense",
        "Thursday, the 21st",
        "2017-09-20",
        "2017-09-21 day",
    ),
    # `on the 21st (Thursday)` told on 27 Sept 2017: 21 September 2017.
    case("weekday_in_brackets_after_the_nth", "on the 21st (Thursday)", WED, "2017-09-21 day"),
    # `Friday the 21st` told on 27 Sept 2017: neither 21 Sept (Thu) nor 21 Oct (Sat): None.
    case("weekday_contradicting_both_months_is_none", "Friday the 21st", WED, None, "en", "future"),
    # --- ISO year-month -------------------------------------------------------------------
    # `2016-11` is November 2016, at month precision.
    case("iso_year_month_with_dash", "2016-11", MON, "2016-11-01..2016-11-30 month"),
    # `2015/3` is March 2015.
    case("iso_year_month_with_slash_and_one_digit", "2015/3", MON, "2015-03-01..2015-03-31 month"),
    # `2010-11` may be the season 2010-2011 or November 2010: None.
    case("two_digits_that_may_end_a_year_range_stay_none", "2010-11", MON, None),
    # --- halves after their year ----------------------------------------------------------
    # `2016 H2` is July-December 2016.
    case("year_then_half", "2016 H2", MON, "2016-07-01..2016-12-31 month"),
    # `2019-H2` of an upcoming event is July-December 2019.
    case("year_dash_half", "2019-H2", "2019-06-11", "2019-07-01..2019-12-31 month", "en", "future"),
    # --- the rest of a period -------------------------------------------------------------
    # `the rest of the month` told on 7 Nov 2016 of an upcoming event: 7-30 November.
    case(
        "rest_of_the_month_ahead",
        "the rest of the month",
        MON,
        "2016-11-07..2016-11-30 day",
        "en",
        "future",
    ),
    # `the rest of the month` of a past event: the rest after what? None.
    case("rest_of_the_month_in_past_tense_is_none", "the rest of the month", MON, None),
    # --- days of a month named by a relative word -----------------------------------------
    # `from 4 to 22 this month` told on 7 Nov 2016: 4-22 November 2016.
    case("days_of_this_month", "from 4 to 22 this month", MON, "2016-11-04..2016-11-22 day"),
    # `between 4 and 22 this month` told on 7 Nov 2016: 4-22 November 2016.
    case(
        "between_days_of_this_month",
        "between 4 and 22 this month",
        MON,
        "2016-11-04..2016-11-22 day",
    ),
    # `4 and 22 this month` without `between` names two days, not a range: None.
    case("two_days_joined_by_and_are_not_a_range", "4 and 22 this month", MON, None),
]


@pytest.mark.parametrize("row", CASES)
def test_everyday_more(row: DateCase) -> None:
    """Each expression reads as its hand-worked span and precision, or None where unsure."""
    assert row.read() == row.answer
