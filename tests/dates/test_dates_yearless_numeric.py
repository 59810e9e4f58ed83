"""parse_date on a numeric day and month without a year (`29/02`), branch dates6.

Sources: `29/02` and `02/29` are dateparser's tests (dateparser's
tests/test_date_parser.py, test_preferably_past_dates_leap_year and
test_preferably_future_dates_leap_year, RELATIVE_BASE 30 March 2020); `24/7`, `2/15`
(duckling's English corpus) and `12/05` are the forms that stay None. Values worked
out by hand: 2020 is a leap year, 2023 is not; 13 March 2024 is after 15 March 2023
and before 15 March 2024.
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

from date_cases import DateCase, case


def test_without_publication_is_none() -> None:
    """`29/02` without `published`: no year, None."""
    value = parse_date("29/02", language="en")
    assert value is None


CASES = [
    # `29/02` published 30 March 2020 (past): 29 February 2020.
    case("leap_day_day_first_before_publication", "29/02", "2020-03-30", "2020-02-29"),
    # `02/29` in English: month first is evident (no month 29), 29 February 2020.
    case("leap_day_month_first_in_english", "02/29", "2020-03-30", "2020-02-29"),
    # `02/29` in French: day first only, and there is no month 29: None.
    case("month_first_is_not_read_in_french", "02/29", "2020-03-30", None, "fr"),
    # `le 15/03` published 13 March 2024: 15 March 2023, the most recent one.
    case(
        "day_first_in_french_takes_the_last_such_day", "le 15/03", "2024-03-13", "2023-03-15", "fr"
    ),
    # `29/02` of an upcoming event published 30 March 2020: just past, or 2024? None.
    case("upcoming_event_is_none", "29/02", "2020-03-30", None, "en", "future"),
    # `12/05`: 12 May or 5 December? None.
    case("both_numbers_twelve_or_less_is_none", "12/05", "2024-03-13", None),
    # `2/15` (duckling's corpus): no zero-padded month, None as before.
    case("unpadded_month_and_day_stays_none", "2/15", "2024-03-13", None),
    # `24/7`: round the clock, no date.
    case("round_the_clock_stays_none", "24/7", "2024-03-13", None),
    # `02/29` published 1 January 1702 (dateparser's test_preferably_past_dates_leap_year
    # expects 1696-02-29): 1702 has no 29 February (chrono's tests read `29 February`
    # told in 2013 as invalid), so None, as for 29 February told in 2023.
    case("leap_day_told_in_a_year_without_one_is_none", "02/29", "1702-01-01", None),
]


@pytest.mark.parametrize("row", CASES)
def test_yearless_numeric_dates(row: DateCase) -> None:
    """Each expression reads as its hand-worked day, or None where unsure."""
    assert row.read() == row.answer
