"""parse_date on the categories dateparser's own suites left as None, one behaviour each.

Sources: scrapinghub/dateparser at 315e396b, `tests/test_date_parser.py`
(`test_dates_parsing`, relative base 13 November 2012, a Tuesday) and
`tests/test_freshness_date_parser.py` (now 1 September 2014, a Monday). Cases marked
"visitx" are written here in the same category. Every expected value is worked out
by hand against a calendar: 8 November 2012 is the Thursday before the base, 9
November the Friday; two weeks before 1 September 2014 is the week of Monday 18
August; the Solar Hijri year 1393 began on 21 March 2014, so thirty years earlier,
1363, ran from 21 March 1984 to 20 March 1985.
"""

from __future__ import annotations

from typing import Literal

import pytest

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

from date_cases import DateCase, case

DP_BASE = "2012-11-13"  # test_date_parser.py, test_dates_parsing
DP_NOW = "2014-09-01"  # test_freshness_date_parser.py
DATES = "dateparser tests/test_date_parser.py::test_dates_parsing"


def _span(
    text: str, language: str, published: str, tense: Literal["past", "future"] = "past"
) -> tuple[str, str, str] | None:
    value: DateValue | None = parse_date(text, language=language, published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "", value.precision)


def _day(iso: str) -> tuple[str, str, str]:
    return (iso, iso, "day")


@pytest.mark.parametrize(
    ("language", "text", "expected", "source"),
    [
        ("hr", "27. 05. 2022. u 14:34", "2022-05-27", f"{DATES} (Croatian)"),
        ("hr", "27. 05. 2022.", "2022-05-27", "visitx"),
        ("fi", "5 .7 .2018 5.45 ip.", "2018-07-05", f"{DATES} (Finnish)"),
        ("en", "26 . 10.21", "2021-10-26", f"{DATES} (English)"),
    ],
)
def test_spaced_dotted_dates(language: str, text: str, expected: str, source: str) -> None:
    """Day, month and year separated by dots with spaces are one date."""
    assert _span(text, language, DP_BASE) == _day(expected), source


def test_spaced_dots_are_day_first_in_croatian() -> None:
    """The same spaced date in Croatian is 11 December (visitx)."""
    assert _span("11. 12. 2014.", "hr", DP_BASE) == _day("2014-12-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("30 . 09 . 22 12.12", "2022-09-30"), ("26. 10.21 14.12", "2021-10-26")],
)
def test_dotted_time_after_a_numeric_date(text: str, expected: str) -> None:
    """A dotted `12.12` right after a whole numeric date is its time (dateparser, English)."""
    assert _span(text, "en", DP_BASE) == _day(expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("hr", "13. veljače 1999. u podne", "1999-02-13"),
        ("hr", "27. siječnja 1994. u ponoć", "1994-01-27"),
        ("fi", "5.7.2018 5.45 ip.", "2018-07-05"),
    ],
)
def test_cldr_part_of_day_after_a_date(language: str, text: str, expected: str) -> None:
    """CLDR's noon, midnight and p.m. words after a date are no date words (dateparser)."""
    assert _span(text, language, DP_BASE) == _day(expected)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("fr", "Jeu 15:12", "2012-11-08"), ("es", "Vi 17:15", "2012-11-09")],
)
def test_abbreviated_weekday_before_a_time(language: str, text: str, expected: str) -> None:
    """CLDR's abbreviated weekday followed by a time is that weekday (dateparser)."""
    assert _span(text, language, DP_BASE) == _day(expected)


def test_chinese_day_glued_to_its_hour() -> None:
    """`6月2911:30` is the 29th at 11:30: the only split into a day and an hour (dateparser)."""
    assert _span("2016年6月2911:30", "zh", DP_BASE) == _day("2016-06-29")


def test_bulgarian_abbreviated_month() -> None:
    """`25 ян 2016` is 25 January in Bulgarian (dateparser; once mislabelled Chinese)."""
    assert _span("25 ян 2016", "bg", DP_BASE) == _day("2016-01-25")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "twelve days ago", _day("2014-08-20")),
        ("de", "vor elf Tagen", _day("2014-08-21")),
        ("fr", "il y a dix-sept jours", _day("2014-08-15")),
        ("es", "hace treinta años", ("1984-01-01", "1984-12-31", "year")),
        ("ru", "тридцать лет назад", ("1984-01-01", "1984-12-31", "year")),
        ("tr", "on bir gün önce", _day("2014-08-21")),
        ("zh", "十五天前", _day("2014-08-17")),
        ("fa", "سی سال پیش", ("1984-03-21", "1985-03-20", "year")),
        ("fr", "il y a quatre-vingts ans", ("1934-01-01", "1934-12-31", "year")),
    ],
)
def test_number_words_beyond_ten(language: str, text: str, expected: tuple[str, str, str]) -> None:
    """Counts written as words from eleven to twenty, the tens and a hundred (visitx)."""
    assert _span(text, language, DP_NOW) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两周前", ("2014-08-18", "2014-08-24", "day")),
        ("兩週前", ("2014-08-18", "2014-08-24", "day")),
        ("三天前", _day("2014-08-29")),
        ("十天前", _day("2014-08-22")),
    ],
)
def test_chinese_counts_with_the_two_forms_of_two(
    text: str, expected: tuple[str, str, str]
) -> None:
    """两 and 兩 are two, so 三 stays three and 十 ten (they were read as 5 and 12; visitx)."""
    assert _span(text, "zh", DP_NOW) == expected


def test_chinese_part_of_day_after_a_relative_day() -> None:
    """`3天前下午3点` is three days ago, in the afternoon (visitx)."""
    assert _span("3天前下午3点", "zh", DP_NOW) == _day("2014-08-29")


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("منذ أسبوعين", "past", ("2014-08-18", "2014-08-24", "day")),
        ("قبل شهرين", "past", ("2014-07-01", "2014-07-31", "month")),
        ("منذ عامين", "past", ("2012-01-01", "2012-12-31", "year")),
        ("بعد يومين", "future", _day("2014-09-03")),
    ],
)
def test_arabic_dual_is_a_count_of_two(
    text: str, tense: Literal["past", "future"], expected: tuple[str, str, str]
) -> None:
    """An Arabic dual unit (`أسبوعين` "two weeks") counts two units (visitx)."""
    assert _span(text, "ar", DP_NOW, tense) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "1 year 2 months"),  # test_relative_past_dates: a duration, not a date
        ("de", "1 Jahr 2 Monate"),  # test_relative_past_dates
        ("en", "2 days later"),  # test_relative_future_dates: later than what?
        ("en", "1000 years ago"),  # test_relative_past_dates: beyond 1900-2100
        ("fr", "En 1 année, 09 mois, 01 semaines"),  # "over" or "in" a year?
    ],
)
def test_durations_and_anchorless_offsets_stay_none(language: str, text: str) -> None:
    """Bare durations, offsets without an anchor and far years are None (dateparser)."""
    assert _span(text, language, DP_NOW) is None


RELATIVE_PAST = "dateparser tests/test_freshness_date_parser.py::test_relative_past_dates"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("vi", "23 ngày trước", _day("2014-08-09")),
        ("sk", "pred týždňom", ("2014-08-25", "2014-08-31", "day")),
        ("it", "5 settimana fa", ("2014-07-28", "2014-08-03", "day")),
        ("bg", "преди 3 дни", _day("2014-08-29")),
    ],
)
def test_fallback_relative_counted_back(
    language: str, text: str, expected: tuple[str, str, str]
) -> None:
    """Without tables, dateparser's relative day or week is kept when it lies n units back."""
    assert _span(text, language, DP_NOW) == expected, RELATIVE_PAST


def test_fallback_relative_counted_ahead() -> None:
    """Croatian `za 12 dana` ("in 12 days") is 12 days after publication (dateparser)."""
    # dateparser tests/test_freshness_date_parser.py::test_relative_future_dates (hr)
    assert _span("za 12 dana", "hr", DP_NOW, "future") == _day("2014-09-13")


def test_fallback_tomorrow_only_for_an_upcoming_event() -> None:
    """Polish `jutro` ("tomorrow") is 2 September for an upcoming event (dateparser)."""
    assert _span("jutro", "pl", DP_NOW, "future") == _day("2014-09-02")


@pytest.mark.parametrize(("text", "source"), [("3 dny", RELATIVE_PAST), ("2 roky", "visitx")])
def test_fallback_bare_duration_is_none(text: str, source: str) -> None:
    """Czech `3 dny` ("3 days") without `před` is a length of time, as in tabled languages."""
    assert _span(text, "cs", DP_NOW) is None, source


def test_fallback_day_number_is_still_a_day_of_the_month() -> None:
    """Ukrainian `3 сер` is 3 August, not three units back (visitx)."""
    assert _span("3 сер", "uk", DP_NOW) == _day("2014-08-03")


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("10 ҳафта олдин", "past", ("2014-06-23", "2014-06-29", "day")),
        ("12 кундан сўнг", "future", _day("2014-09-13")),
    ],
)
def test_uzbek_in_cyrillic_script(
    text: str, tense: Literal["past", "future"], expected: tuple[str, str, str]
) -> None:
    """Uzbek relative expressions in Cyrillic script, as in Latin (dateparser, `# uz-Cyrl`)."""
    assert _span(text, "uz", DP_NOW, tense) == expected


CASES = [
    # `11. 12. 2014` in English may be 12 November (dateparser's reading) or 11 December.
    # dateparser tests/test_date_parser.py::test_dates_parsing (Numeric dates)
    case("spaced_dots_leave_month_first_open_in_english", "11. 12. 2014, 08:45:39", DP_BASE, None),
    # `25.12` after a date is no time of day (25 is no hour): None (visitx).
    case("dotted_pair_that_is_no_time_stays_unsure", "30.09.22 25.12", DP_BASE, None),
    # `u podne` ("at noon") alone names no day (visitx).
    case("part_of_day_alone_is_no_date", "u podne", DP_BASE, None, "hr"),
    # French `jeu` ("game") without a time is no weekday (visitx).
    case("abbreviated_weekday_alone_is_a_word", "jeu", DP_BASE, None, "fr"),
    # German `Mit 13:14` may be "with 13:14" (a score): None (dateparser expects Wednesday).
    case("abbreviation_outside_cldr_stays_a_word", "Mit 13:14", DP_BASE, None, "de"),
    # `6月121:30` is the 12th at 1:30 or the 1st at 21:30: None (visitx).
    case(
        "chinese_glued_digits_with_two_splits_stay_unsure", "2016年6月121:30", DP_BASE, None, "zh"
    ),
    # `3 mos ago` is the month three months back, June 2014 (visitx).
    case(
        "english_month_abbreviation_in_relative_count",
        "3 mos ago",
        DP_NOW,
        "2014-06-01..2014-06-30 month",
    ),
    # Polish `jutro` told in the past is None, like `tomorrow` (visitx).
    case("fallback_tomorrow_in_past_tense_is_none", "jutro", DP_NOW, None, "pl"),
]


@pytest.mark.parametrize("row", CASES)
def test_dateparser_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked span, or None where unsure."""
    assert row.read() == row.answer
