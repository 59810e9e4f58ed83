"""parse_date on expressions of English MEANTIME (Wikinews) and the TempEval-3 test set.

Cases of NGEscribano/XTN-timexes (commit 9d093d9a, bench/meantime_en_cases.json), each
with its document's creation time as `published`; the source document (the file's
document index) is named in each docstring. Expected values are worked out by hand from
the sentence and a calendar, never taken from visitx.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

CASES = [
    # --- a year by its last two digits ----------------------------------------------------
    # MEANTIME doc 57 (27 Oct 2008): `Nikkei at lowest level since '82`: the year 1982.
    case(
        "short_year_of_past_event_is_the_year_before_publication",
        "'82",
        "2008-10-27",
        "1982-01-01..1982-12-31",
    ),
    # `back in ’82` told in 2008, with a right single quote: 1982.
    case(
        "short_year_with_typographic_apostrophe",
        "back in ’82",
        "2008-10-27",
        "1982-01-01..1982-12-31",
    ),
    # MEANTIME doc 57: `since '82` told 27 Oct 2008 runs from 1 Jan 1982 to that day.
    case(
        "short_year_in_a_since_range_runs_to_publication",
        "since '82",
        "2008-10-27",
        "1982-01-01..2008-10-27",
    ),
    # `in '12` of an upcoming event told in 2008 (the London Games): 2012.
    case(
        "short_year_of_upcoming_event_is_the_year_ahead",
        "in '12",
        "2008-10-27",
        "2012-01-01..2012-12-31",
        "en",
        "future",
    ),
    # `'82` of an upcoming event told in 2008: 1982 is past and 2082 far off: None.
    case(
        "short_year_on_the_wrong_side_of_publication_is_none",
        "'82",
        "2008-10-27",
        None,
        "en",
        "future",
    ),
    # `'58` told in 2008 is as near 1958 as 2058: None.
    case("short_year_fifty_years_either_way_is_none", "'58", "2008-10-27", None),
    # `'82` with no publication day: which century? None.
    case("short_year_without_publication_is_none", "'82", None, None),
    # `82` without an apostrophe is a number, not a year.
    case("two_bare_digits_stay_none", "82", "2008-10-27", None),
    # --- parts of a bare `year` or `month` (no article before the unit) -------------------
    # duckling's corpus (reference day 12 Feb 2013): `at the end of year` is in 2013.
    case(
        "end_of_bare_year_of_upcoming_event_is_this_year",
        "at the end of year",
        "2013-02-12",
        "2013-01-01..2013-12-31",
        "en",
        "future",
    ),
    # duckling's corpus (12 Feb 2013): `at the beginning of month` is February 2013.
    case(
        "beginning_of_bare_month_of_upcoming_event_is_this_month",
        "at the beginning of month",
        "2013-02-12",
        "2013-02-01..2013-02-28",
        "en",
        "future",
    ),
    # TempEval-3 test doc 9 (22 Mar 2013): the flu season `peaked by the end of year` –
    # 2012's end (the gold); this year's has not come: which year? None.
    case(
        "end_of_bare_year_not_begun_for_past_event_is_none", "the end of year", "2013-03-22", None
    ),
    # Told 15 Oct 2013 of a past event, `the end of year` has begun: 2013.
    case(
        "end_of_bare_year_begun_for_past_event_is_this_year",
        "the end of year",
        "2013-10-15",
        "2013-01-01..2013-12-31",
    ),
    # Told 5 Mar 2020 of a past event, `the end of month` (from the 21st) is ahead: None.
    case(
        "end_of_bare_month_not_begun_for_past_event_is_none", "the end of month", "2020-03-05", None
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_meantime_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
