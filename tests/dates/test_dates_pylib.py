"""parse_date on expressions of dateutil's parser tests that visitx got wrong.

The suite is dateutil/dateutil `tests/test_parser.py` (commit c981f9c7aa91;
bench/pylib_cases.json, bench/build_pylib_cases.py); "line N" is the line of the case.
Expected values are worked out by hand: `Sep of 03` (line 499, default 2003-09-25) is
September 2003 – `of` and an apostrophe mark a two-digit year, never a day; `10.09.2003`
(line 61) is 9 October 2003 for dateutil and for duckling's US English but 10 September
for British readers, so in an English article it is None, as `10/09/2003` already is.
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

from date_cases import DateCase, case


def _span(text: str, language: str | None, published: str | None) -> object:
    value = parse_date(text, language=language, published=published)
    return None if value is None else (value.start, value.end, value.precision)


@pytest.mark.parametrize(
    "text",
    [
        "Sep of 03",  # test_parser.py line 499 (testPertain)
        "September of 03",  # the same with the full month name
        "Sep '03",  # an apostrophe before the year, without `of`
        "September of '03",  # both marks
    ],
)
def test_two_digits_marked_as_a_year_after_a_month(text: str) -> None:
    """A two-digit number after a month and `of` or an apostrophe is the year (was the 3rd)."""
    assert _span(text, "en", "2003-09-25") == ("2003-09-01", "2003-09-30", "month")


@pytest.mark.parametrize("text", ["10.09.2003", "10.09.03"])  # test_parser.py lines 61, 62
def test_ambiguous_dotted_date_in_english_is_none(text: str) -> None:
    """Both numbers up to 12, dots, an English article: month or day first? None (was 10 Sep)."""
    assert _span(text, "en", None) is None


CASES = [
    # `Sep 03` (test_parser.py line 497, testPertain) stays 3 September.
    case("month_and_two_digits_without_mark_stay_a_day", "Sep 03", "2003-09-25", "2003-09-03 day"),
    # `3rd of May 2001` (test_parser.py line 91): `of` before a month marks no year.
    case("ordinal_of_month_stays_a_day", "3rd of May 2001", None, "2001-05-03 day"),
    # `May of 21` published in 2003: 2021 is too far ahead to be sure (1921?), None.
    case("marked_year_after_the_century_window_is_none", "May of 21", "2003-09-25", None),
    # `09.25.2003` (test_parser.py line 59): 25 is no month, so 25 September 2003.
    case("evident_dotted_date_in_english_is_read", "09.25.2003", None, "2003-09-25 day"),
    # `10.09.2003` in a German article is 10 September, as before.
    case("dotted_date_in_german_stays_day_first", "10.09.2003", None, "2003-09-10 day", "de"),
]


@pytest.mark.parametrize("row", CASES)
def test_pylib_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked span, or None where unsure."""
    assert row.read() == row.answer
