"""parse_date on expressions of chrono's test suite that visitx got wrong.

The suite is wanasit/chrono `test/<lang>/*.test.ts` (commit 82c0e5bc0e4d;
bench/chrono_cases.json, bench/build_chrono_cases.py); "file:line" is the line of the
`testSingleCase` or `testUnexpectedResult` call. Expected values are worked out by
hand: an era after a two-digit year (`88 n. Chr.`) makes it the year 88, before the
Gregorian range visitx reads, so None; 18 October 2024 is a Friday (1 January 2024
was a Monday, day 292 is 291 days = 41 weeks and 4 days later).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

from date_cases import DateCase, case


def _span(text: str, language: str, published: str | None, tense: str = "past") -> object:
    value = parse_date(text, language=language, published=published, tense=tense)  # type: ignore[arg-type]
    return None if value is None else (value.start, value.end)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # de/de_month_name_little_endian.test.ts:29; de/de_year.test.ts:18-133 (nuZ, nC, ...)
        ("10. August 88 n. Chr.", "de"),
        ("10. August 88 v. Chr.", "de"),  # the same era words, before Christ
        ("10 Agosto 88 d. C.", "es"),  # es/es_month_name_little_endian.test.ts:29
        ("10 Août 88 p. Chr. n.", "fr"),  # fr/fr_little_endian.test.ts:49
    ],
)
def test_two_digit_year_before_an_era_is_no_date(text: str, language: str) -> None:
    """A two-digit year followed by an unknown word (an era) is not read as 19xx (was 1988)."""
    assert _span(text, language, "2012-08-10") is None


@pytest.mark.parametrize("text", ["Version: 1.1.30", "Version: 1.10.30", "v1.1.30"])
def test_version_number_is_no_date(text: str) -> None:
    """en/negative_cases.test.ts:78-80: a software version is no date (was 2030-01-01)."""
    assert _span(text, "en", None) is None


@pytest.mark.parametrize(
    ("text", "language", "tense", "expected"),
    [
        ("im vergangenen Quartal", "de", "past", ("2017-01-01", "2017-03-31")),
        ("vorigen Quartals", "de", "past", ("2017-01-01", "2017-03-31")),
        ("el próximo trimestre", "es", "future", ("2017-07-01", "2017-09-30")),
    ],
)
def test_previous_or_next_quarter_without_year(
    text: str, language: str, tense: str, expected: tuple[str, str]
) -> None:
    """de/de_time_units_casual_relative.test.ts:77 (`letztes Quartal`, 12 May 2017): a
    quarter named by `vergangen`, `vorig`, `próximo` is the previous or next one (was None)."""
    assert _span(text, language, "2017-05-12", tense) == expected


CASES = [
    # `10. August 88` alone stays 10 August 1988.
    case(
        "two_digit_year_without_era_still_read", "10. August 88", "2012-08-10", "1988-08-10", "de"
    ),
    # en/en_month_name_middle_endian.test.ts:381 `August 32` told in 2012 is no 2032 (was).
    case("month_and_number_beyond_a_decade_is_no_year", "August 32", "2012-08-10", None),
    # `August 85` told in 2012 stays August 1985.
    case(
        "month_and_two_digit_year_in_range_still_read",
        "August 85",
        "2012-08-10",
        "1985-08-01..1985-08-31",
    ),
    # `30.12.16` stays 30 December 2016.
    case(
        "dotted_date_without_version_word_still_read", "30.12.16", "2017-01-05", "2016-12-30", "de"
    ),
    # en/en_weekday.test.ts:233 `next weekend` on Friday 18 October 2024: the 19th or the
    # 26th? None (was the 19th-20th; chrono reads the 26th).
    case(
        "next_weekend_told_on_friday_is_unsure", "next weekend", "2024-10-18", None, "en", "future"
    ),
    # `next weekend` on Wednesday 16 October 2024 stays Saturday 19 and Sunday 20.
    case(
        "next_weekend_told_on_wednesday_is_the_coming_one",
        "next weekend",
        "2024-10-16",
        "2024-10-19..2024-10-20",
        "en",
        "future",
    ),
    # `letztes Quartal` may be the previous quarter or the fourth: still None.
    case("last_quarter_without_year_stays_unsure", "letztes Quartal", "2017-05-12", None, "de"),
]


@pytest.mark.parametrize("row", CASES)
def test_chrono_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked span, or None where unsure."""
    assert row.read() == row.answer
