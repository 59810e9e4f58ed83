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

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

WED = "2017-09-27"
MON = "2016-11-07"


def _span(
    text: str, published: str, tense: Literal["past", "future"] = "past"
) -> tuple[str, str, str] | None:
    value: DateValue | None = parse_date(text, language="en", published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "", value.precision)


# --- a day of the month with its weekday ------------------------------------------------------


def test_weekday_the_nth_gone_by_in_future_tense() -> None:
    """`Thursday the 21st` ahead, told on 27 Sept 2017: 21 Sept (21 Oct is a Saturday)."""
    assert _span("Thursday the 21st", WED, "future") == ("2017-09-21", "2017-09-21", "day")


def test_weekday_comma_the_nth_tomorrow_in_past_tense() -> None:
    """`Thursday, the 21st` told on 20 Sept 2017 in past tense: 21 Sept (21 Aug is a Monday)."""
    assert _span("Thursday, the 21st", "2017-09-20") == ("2017-09-21", "2017-09-21", "day")


def test_weekday_in_brackets_after_the_nth() -> None:
    """`on the 21st (Thursday)` told on 27 Sept 2017: 21 September 2017."""
    assert _span("on the 21st (Thursday)", WED) == ("2017-09-21", "2017-09-21", "day")


def test_weekday_contradicting_both_months_is_none() -> None:
    """`Friday the 21st` told on 27 Sept 2017: neither 21 Sept (Thu) nor 21 Oct (Sat): None."""
    assert _span("Friday the 21st", WED, "future") is None


# --- ISO year-month ---------------------------------------------------------------------------


def test_iso_year_month_with_dash() -> None:
    """`2016-11` is November 2016, at month precision."""
    assert _span("2016-11", MON) == ("2016-11-01", "2016-11-30", "month")


def test_iso_year_month_with_slash_and_one_digit() -> None:
    """`2015/3` is March 2015."""
    assert _span("2015/3", MON) == ("2015-03-01", "2015-03-31", "month")


def test_two_digits_that_may_end_a_year_range_stay_none() -> None:
    """`2010-11` may be the season 2010-2011 or November 2010: None."""
    assert _span("2010-11", MON) is None


# --- halves after their year ------------------------------------------------------------------


def test_year_then_half() -> None:
    """`2016 H2` is July-December 2016."""
    assert _span("2016 H2", MON) == ("2016-07-01", "2016-12-31", "month")


def test_year_dash_half() -> None:
    """`2019-H2` of an upcoming event is July-December 2019."""
    assert _span("2019-H2", "2019-06-11", "future") == ("2019-07-01", "2019-12-31", "month")


# --- the rest of a period ---------------------------------------------------------------------


def test_rest_of_the_month_ahead() -> None:
    """`the rest of the month` told on 7 Nov 2016 of an upcoming event: 7-30 November."""
    assert _span("the rest of the month", MON, "future") == ("2016-11-07", "2016-11-30", "day")


def test_rest_of_the_year_ahead() -> None:
    """`for the rest of the year` told on 7 Nov 2016: 7 November - 31 December 2016."""
    got = _span("for the rest of the year", MON, "future")
    assert got == ("2016-11-07", "2016-12-31", "day")


def test_rest_of_a_leap_february() -> None:
    """`the remainder of the month` told on 10 Feb 2024: 10-29 February (a leap year)."""
    got = _span("the remainder of the month", "2024-02-10", "future")
    assert got == ("2024-02-10", "2024-02-29", "day")


def test_rest_of_the_month_in_past_tense_is_none() -> None:
    """`the rest of the month` of a past event: the rest after what? None."""
    assert _span("the rest of the month", MON) is None


# --- days of a month named by a relative word -------------------------------------------------


def test_days_of_this_month() -> None:
    """`from 4 to 22 this month` told on 7 Nov 2016: 4-22 November 2016."""
    assert _span("from 4 to 22 this month", MON) == ("2016-11-04", "2016-11-22", "day")


def test_ordinal_days_of_last_month() -> None:
    """`the 4th to the 22nd of last month` told on 7 Nov 2016: 4-22 October 2016."""
    got = _span("the 4th to the 22nd of last month", MON)
    assert got == ("2016-10-04", "2016-10-22", "day")


def test_between_days_of_this_month() -> None:
    """`between 4 and 22 this month` told on 7 Nov 2016: 4-22 November 2016."""
    assert _span("between 4 and 22 this month", MON) == ("2016-11-04", "2016-11-22", "day")


def test_two_days_joined_by_and_are_not_a_range() -> None:
    """`4 and 22 this month` without `between` names two days, not a range: None."""
    assert _span("4 and 22 this month", MON) is None
