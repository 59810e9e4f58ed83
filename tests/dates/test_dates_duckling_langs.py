"""parse_date on expressions of duckling's non-English time corpora that visitx got wrong.

The corpora are facebook/duckling `Duckling/Time/{AR,DE,FR,ZH}/Corpus.hs` (commit
2c226585af5b; bench/duckling_langs_cases.json, bench/build_duckling_cases.py --others);
"line N" is the line of the `examples` group in that language's file. The reference
time is Tuesday 12 February 2013 and duckling reads toward the future, so every case
here is `tense="future"`. Expected values are worked out by hand: 1 January 2013 is a
Tuesday, so 18 February is a Monday, 7 October a Monday and 25 March the last Monday
of March 2013.
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

from date_cases import DateCase, case

DAY = "2013-02-12"  # duckling's reference day, a Tuesday


def _span(text: str, language: str, tense: str = "future") -> tuple[str, str] | None:
    value = parse_date(text, language=language, published=DAY, tense=tense)  # type: ignore[arg-type]
    if value is None or value.start is None or value.end is None:
        return None
    return value.start, value.end


@pytest.mark.parametrize("text", ["so gegen 15 uhr", "so um 15 uhr"])
def test_german_so_before_a_worded_time_is_no_sunday(text: str) -> None:
    """DE line 291 `so gegen 15 uhr` ("at about 3 pm"): `so` is no Sunday (was the 17th)."""
    assert _span(text, "de") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [("le lendemain du 13 février", "fr"), ("la veille du 13 février", "fr"),
     ("am Vortag des 13. Februar", "de"), ("la víspera del 13 de febrero", "es"),
     ("накануне 13 февраля", "ru")],
)  # fmt: skip
def test_day_before_or_after_a_date_is_not_that_date(text: str, language: str) -> None:
    """FR line 66 `le lendemain du 13 février` (the 14th) is not the 13th: None."""
    assert _span(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [("la semaine du 7 octobre", "fr"), ("la semaine du 6 octobre", "fr"),
     ("die Woche vom 7. Oktober", "de"), ("la semana del 7 de octubre", "es")],
)  # fmt: skip
def test_week_of_a_date_is_not_that_day(text: str, language: str) -> None:
    """FR line 331 `la semaine du 7 octobre` (7-13 October) is no single day: None."""
    assert _span(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "span"),
    [("la semaine dernière", "fr", ("2013-02-04", "2013-02-10")),
     ("nächste Woche", "de", ("2013-02-18", "2013-02-24")),
     ("la semana pasada", "es", ("2013-02-04", "2013-02-10")),
     ("на следующей неделе", "ru", ("2013-02-18", "2013-02-24"))],
)  # fmt: skip
def test_relative_weeks_still_read(text: str, language: str, span: tuple[str, str]) -> None:
    """A week named relative to publication keeps its Monday-Sunday week."""
    assert _span(text, language) == span


@pytest.mark.parametrize("text", ["اليوم الماضي", "اليوم المنصرم"])
def test_arabic_past_day_is_yesterday(text: str) -> None:
    """AR line 57 `اليوم الماضي` ("the past day") is 11 February, not today."""
    assert _span(text, "ar") == ("2013-02-11", "2013-02-11")


def test_arabic_today_still_today() -> None:
    """`اليوم` alone stays the publication day."""
    assert _span("اليوم", "ar") == (DAY, DAY)


@pytest.mark.parametrize(("text", "language"), [("明年", "zh"), ("내년", "ko")])
def test_next_year_word_for_an_upcoming_event(text: str, language: str) -> None:
    """ZH line 315 `明年`, KO line 145 `내년` (next year), upcoming: 2014 (was None)."""
    assert _span(text, language) == ("2014-01-01", "2014-12-31")


@pytest.mark.parametrize(
    ("text", "language"), [("premier mars", "fr"), ("el primero de marzo", "es")]
)
def test_spelled_first_of_a_month(text: str, language: str) -> None:
    """FR line 98 `premier mars`, ES line 181 `el primero de marzo`: 1 March 2013."""
    assert _span(text, language) == ("2013-03-01", "2013-03-01")


@pytest.mark.parametrize(("text", "language"), [("le premier ministre", "fr"), ("primero", "es")])
def test_spelled_first_without_a_month_is_no_date(text: str, language: str) -> None:
    """`premier` or `primero` without a month names no day: None."""
    assert _span(text, language) is None


CASES = [
    # `jeu 15:12` (French, Thursday) told on Tuesday 12 February for later: the 14th.
    case(
        "abbreviated_weekday_before_a_clock_time_still_read",
        "jeu 15:12",
        DAY,
        "2013-02-14",
        "fr",
        "future",
    ),
    # DE line 238 `letzter montag im märz` (25 March) is no month March 2012: None.
    case(
        "weekday_beside_a_month_is_not_dropped", "letzter montag im märz", DAY, None, "de", "future"
    ),
    # `letzten März` told on 12 February 2013 is March 2012.
    case(
        "last_month_name_without_weekday_still_read",
        "letzten März",
        DAY,
        "2012-03-01..2012-03-31",
        "de",
        "future",
    ),
    # `Montag, 18. Februar` falls on a Monday: the 18th.
    case(
        "weekday_beside_its_day_still_read",
        "Montag, 18. Februar",
        DAY,
        "2013-02-18",
        "de",
        "future",
    ),
    # ZH line 319 `下年9月` is September 2014, not September 2013.
    case(
        "chinese_next_year_month_is_next_years",
        "下年9月",
        DAY,
        "2014-09-01..2014-09-30",
        "zh",
        "future",
    ),
    # `上年3月` (as in 上年同期 reports) is March 2012.
    case("chinese_last_year_month_in_past_tense", "上年3月", DAY, "2012-03-01..2012-03-31", "zh"),
    # `明年` of a past event (the default tense) names no year it can lie in: None.
    case("next_year_word_of_a_past_event_stays_none", "明年", DAY, None, "zh"),
]


@pytest.mark.parametrize("row", CASES)
def test_duckling_expressions_in_other_languages(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
