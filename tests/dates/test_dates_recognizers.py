"""parse_date on cases of Microsoft Recognizers-Text's English date specs that it got wrong.

The cases come from `Specs/DateTime/English/DatePeriodParser.json` of
microsoft/Recognizers-Text (commit 90e968ea, bench/recognizers_en_cases.json): the
date text Recognizers extracts, its reference date as `published`. Each expected value
is worked out by hand against a calendar, and where visitx reads a case differently
from Recognizers the docstring says why. Calendar facts used: 7 November 2016 is a
Monday (so 12 September 2016 is one, eight weeks before); 4 February 2019 is a Monday
(1 January 2019 a Tuesday, 34 days before); 4 February 2020 is a Tuesday (1 January
2020 a Wednesday); 5 March 2024 is a Tuesday (13 March 2024 a Wednesday).
"""

from __future__ import annotations

from typing import Literal

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date


def _span(
    text: str, published: str, tense: Literal["past", "future"] = "past"
) -> tuple[str, str] | None:
    value: DateValue | None = parse_date(text, language="en", published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "")


# --- `week of` / `month of` a day: the period, not the day --------------------------------


def test_week_of_day_without_article() -> None:
    """`week of september.16th` told 7 Nov 2016: Friday 16 Sep is in the week 12-18 Sep."""
    assert _span("week of september.16th", "2016-11-07") == ("2016-09-12", "2016-09-18")


def test_month_of_day() -> None:
    """`month of september.16th` told 7 Nov 2016 is September 2016 (spec: that month)."""
    assert _span("month of september.16th", "2016-11-07") == ("2016-09-01", "2016-09-30")


def test_week_commencing_a_monday() -> None:
    """`the week commencing february 4` told 7 Nov 2019: Monday 4 Feb 2019 to Sunday 10 Feb."""
    found = _span("the week commencing february 4", "2019-11-07")
    assert found == ("2019-02-04", "2019-02-10")


def test_week_commencing_abbreviated() -> None:
    """`w/c feb 4` told 7 Nov 2019 in past tense is the week of Monday 4 Feb 2019."""
    assert _span("w/c feb 4", "2019-11-07") == ("2019-02-04", "2019-02-10")


def test_week_commencing_a_tuesday_is_none() -> None:
    """`w/c feb 4` of an upcoming event told 7 Nov 2019: 4 Feb 2020 is a Tuesday, so the
    seven days from it (4-10 Feb) and its Monday week (3-9 Feb, the spec's) differ: None."""
    assert _span("w/c feb 4", "2019-11-07", "future") is None


def test_week_starting_a_tuesday_is_none() -> None:
    """`the week starting March 5` told 13 Mar 2024 (same kind, written here): 5 March is a
    Tuesday, the week 4-10 March would not start on it: None."""
    assert _span("the week starting March 5", "2024-03-13") is None


# --- ranges to and from now ----------------------------------------------------------------


def test_between_now_and_a_day() -> None:
    """`between now and November 15th` of an upcoming event told 23 Apr 2019 runs from
    publication to 15 Nov 2019."""
    found = _span("between now and November 15th", "2019-04-23", "future")
    assert found == ("2019-04-23", "2019-11-15")


def test_between_now_and_a_day_gone_by_is_none() -> None:
    """In past tense `November 15th` told 23 Apr 2019 is 15 Nov 2018, before `now`: None
    (the spec's forward range is another tense's reading)."""
    assert _span("between now and November 15th", "2019-04-23") is None


def test_between_a_day_and_now() -> None:
    """`between Jan 22 and now` told 25 Apr 2019 runs from 22 Jan 2019 to publication."""
    assert _span("between Jan 22 and now", "2019-04-25") == ("2019-01-22", "2019-04-25")


def test_between_a_day_and_now_future_tense() -> None:
    """`between Jan 22 and now` of an upcoming event still looks back: 22 Jan-25 Apr 2019."""
    found = _span("between Jan 22 and now", "2019-04-25", "future")
    assert found == ("2019-01-22", "2019-04-25")


# --- years in words ------------------------------------------------------------------------


def test_range_with_year_in_words() -> None:
    """`from 2 to 7 Feb, two thousand and eighteen` told 7 Nov 2016 is 2-7 Feb 2018."""
    found = _span("from 2 to 7 Feb, two thousand and eighteen", "2016-11-07")
    assert found == ("2018-02-02", "2018-02-07")


def test_between_with_year_in_words_future() -> None:
    """`between 2 and 7 Feb two thousand and eighteen`, upcoming, is 2-7 Feb 2018 too."""
    found = _span("between 2 and 7 Feb two thousand and eighteen", "2016-11-07", "future")
    assert found == ("2018-02-02", "2018-02-07")


def test_year_in_words_that_is_no_number_is_none() -> None:
    """`June two thousand and a half` (written here) names no year visitx can read: None,
    never June of the year publication suggests."""
    assert _span("June two thousand and a half", "2016-11-07") is None


def test_two_thousand_as_a_count_stays_a_count() -> None:
    """`two thousand troops arrived on Monday` told Monday 7 Nov 2016 (written here): a
    count, not the year 2000; Monday is the publication day, as before."""
    found = _span("two thousand troops arrived on Monday", "2016-11-07")
    assert found == ("2016-11-07", "2016-11-07")


# --- weeks of a year: ISO weeks or seven-day stretches? -------------------------------------


def test_third_week_of_a_year_is_none() -> None:
    """`the third week of 2027`: ISO week 3 (18-24 Jan, the spec's) or 15-21 Jan? None."""
    assert _span("the third week of 2027", "2016-11-07", "future") is None


def test_first_week_of_a_year_is_none() -> None:
    """`first week of 2015` told 20 Nov 2017: ISO week 1 starts 29 Dec 2014 (the spec's),
    the first seven days 1 Jan: None."""
    assert _span("first week of 2015", "2017-11-20") is None


def test_last_week_of_a_year_is_none() -> None:
    """`last week of 2015`: 28 Dec-3 Jan (ISO, the spec's) or 25-31 Dec? None."""
    assert _span("last week of 2015", "2017-11-20") is None


# --- `last <month>` when this year's has ended by publication --------------------------------


def test_last_month_name_of_this_year_is_none() -> None:
    """`last sept` told 7 Nov 2016: September 2016, two months back, or September 2015, of
    last year (the spec's)? None, in past tense..."""
    assert _span("last sept", "2016-11-07") is None


def test_last_month_name_of_this_year_future_is_none() -> None:
    """...and for an upcoming event, where `last` still counts back."""
    assert _span("last sept", "2016-11-07", "future") is None


def test_last_month_name_not_yet_this_year() -> None:
    """`last December` told 7 Nov 2016: December 2016 has not come, so December 2015."""
    assert _span("last December", "2016-11-07") == ("2015-12-01", "2015-12-31")
