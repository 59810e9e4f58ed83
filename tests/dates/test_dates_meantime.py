"""parse_date on expressions of English MEANTIME (Wikinews) and the TempEval-3 test set.

Cases of NGEscribano/XTN-timexes (commit 9d093d9a, bench/meantime_en_cases.json), each
with its document's creation time as `published`; the source document (the file's
document index) is named in each docstring. Expected values are worked out by hand from
the sentence and a calendar, never taken from visitx.
"""

from __future__ import annotations

from conftest import period

# --- a year by its last two digits -----------------------------------------------------------


def test_short_year_of_past_event_is_the_year_before_publication() -> None:
    """MEANTIME doc 57 (27 Oct 2008): `Nikkei at lowest level since '82`: the year 1982."""
    assert period("'82", "2008-10-27") == ("1982-01-01", "1982-12-31")


def test_short_year_with_typographic_apostrophe() -> None:
    """`back in ’82` told in 2008, with a right single quote: 1982."""
    assert period("back in ’82", "2008-10-27") == ("1982-01-01", "1982-12-31")


def test_short_year_in_a_since_range_runs_to_publication() -> None:
    """MEANTIME doc 57: `since '82` told 27 Oct 2008 runs from 1 Jan 1982 to that day."""
    assert period("since '82", "2008-10-27") == ("1982-01-01", "2008-10-27")


def test_short_year_of_upcoming_event_is_the_year_ahead() -> None:
    """`in '12` of an upcoming event told in 2008 (the London Games): 2012."""
    assert period("in '12", "2008-10-27", tense="future") == ("2012-01-01", "2012-12-31")


def test_short_year_on_the_wrong_side_of_publication_is_none() -> None:
    """`'82` of an upcoming event told in 2008: 1982 is past and 2082 far off: None."""
    assert period("'82", "2008-10-27", tense="future") is None


def test_short_year_fifty_years_either_way_is_none() -> None:
    """`'58` told in 2008 is as near 1958 as 2058: None."""
    assert period("'58", "2008-10-27") is None


def test_short_year_without_publication_is_none() -> None:
    """`'82` with no publication day: which century? None."""
    assert period("'82", None) is None


def test_two_bare_digits_stay_none() -> None:
    """`82` without an apostrophe is a number, not a year."""
    assert period("82", "2008-10-27") is None


# --- parts of a bare `year` or `month` (no article before the unit) -------------------------


def test_end_of_bare_year_of_upcoming_event_is_this_year() -> None:
    """duckling's corpus (reference day 12 Feb 2013): `at the end of year` is in 2013."""
    assert period("at the end of year", "2013-02-12", tense="future") == (
        "2013-01-01",
        "2013-12-31",
    )


def test_beginning_of_bare_month_of_upcoming_event_is_this_month() -> None:
    """duckling's corpus (12 Feb 2013): `at the beginning of month` is February 2013."""
    assert period("at the beginning of month", "2013-02-12", tense="future") == (
        "2013-02-01",
        "2013-02-28",
    )


def test_end_of_bare_year_not_begun_for_past_event_is_none() -> None:
    """TempEval-3 test doc 9 (22 Mar 2013): the flu season `peaked by the end of year` –
    2012's end (the gold); this year's has not come: which year? None."""
    assert period("the end of year", "2013-03-22") is None


def test_end_of_bare_year_begun_for_past_event_is_this_year() -> None:
    """Told 15 Oct 2013 of a past event, `the end of year` has begun: 2013."""
    assert period("the end of year", "2013-10-15") == ("2013-01-01", "2013-12-31")


def test_end_of_bare_month_not_begun_for_past_event_is_none() -> None:
    """Told 5 Mar 2020 of a past event, `the end of month` (from the 21st) is ahead: None."""
    assert period("the end of month", "2020-03-05") is None
