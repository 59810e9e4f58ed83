"""An ambiguous "next" before a weekday in the languages with tables, read as English.

`nächsten Dienstag`, `el próximo martes`, `mardi prochain`, `в следующий вторник`,
`gelecek salı` (tables `next_words`) mean the next such day after publication or that
day of next week; like English `next Tuesday` the day is read only where both are one
day, else None. Words that can only mean the coming one (`kommenden`, `ближайший`,
`önümüzdeki`, `오는`, `المقبل`: `future_words`) keep reading the next such day.

Each value is worked out by hand from a calendar, never from visitx: in March 2024
Monday is the 11th, Tuesday the 12th, Wednesday the 13th, Friday the 15th, Saturday the
16th, Sunday the 17th, the next Tuesday the 19th and the next Friday the 22nd. The
Monday-to-Sunday week of the 11th runs 11-17 March, the next one 18-24 March; the
Iranian Saturday-to-Friday week of the 16th runs 16-22 March (so its Tuesday is the
19th), the one of the 13th runs 9-15 March; the Sunday-to-Saturday week of the 17th
runs 17-23 March.
"""

from __future__ import annotations

import pytest

from conftest import period
from date_cases import DateCase, case

MON, WED, SAT, SUN = "2024-03-11", "2024-03-13", "2024-03-16", "2024-03-17"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("nächsten Dienstag", "de", id="de"),
        pytest.param("el próximo martes", "es", id="es"),
        pytest.param("el martes que viene", "es", id="es-que-viene"),
        pytest.param("mardi prochain", "fr", id="fr"),
        pytest.param("в следующий вторник", "ru", id="ru"),
        pytest.param("gelecek salı", "tr", id="tr"),
        pytest.param("gələn çərşənbə axşamı", "az", id="az"),
        pytest.param("kelasi seshanba", "uz", id="uz"),
        pytest.param("келесі сейсенбі", "kk", id="kk"),
        pytest.param("다음 화요일", "ko", id="ko"),
        pytest.param("سه‌شنبه آینده", "fa", id="fa"),
        pytest.param("nächsten Dienstag", None, id="unknown-language"),
    ],
)
def test_next_tuesday_told_on_monday_is_none(text: str, language: str | None) -> None:
    """Told on Monday 11 March, "next Tuesday" is the 12th or the 19th: None."""
    assert period(text, MON, language, "future") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("nächsten Dienstag", "de", id="de"),
        pytest.param("el próximo martes", "es", id="es"),
        pytest.param("mardi prochain", "fr", id="fr"),
        pytest.param("в следующий вторник", "ru", id="ru"),
        pytest.param("gelecek salı", "tr", id="tr"),
        pytest.param("다음 화요일", "ko", id="ko"),
        pytest.param("سه‌شنبه آینده", "fa", id="fa"),
        pytest.param("nächsten Dienstag", None, id="unknown-language"),
    ],
)
def test_next_tuesday_told_on_wednesday_is_next_weeks(text: str, language: str | None) -> None:
    """Told on Wednesday 13 March, both readings of "next Tuesday" are the 19th."""
    assert period(text, WED, language, "future") == ("2024-03-19", "2024-03-19")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("kommenden Dienstag", "de", id="de-kommenden"),
        pytest.param("в ближайший вторник", "ru", id="ru-blizhayshiy"),
        pytest.param("в предстоящий вторник", "ru", id="ru-predstoyashchiy"),
        pytest.param("önümüzdeki salı", "tr", id="tr-onumuzdeki"),
        pytest.param("алдағы сейсенбі", "kk", id="kk-aldagy"),
        pytest.param("오는 화요일", "ko", id="ko-oneun"),
        pytest.param("الثلاثاء المقبل", "ar", id="ar-muqbil"),
        pytest.param("coming Tuesday", "en", id="en-coming"),
    ],
)
def test_coming_tuesday_told_on_monday_is_tomorrow(text: str, language: str) -> None:
    """A word meaning only "the coming one" told on Monday 11 March: Tuesday the 12th."""
    assert period(text, MON, language, "future") == ("2024-03-12", "2024-03-12")


CASES = [
    # `в следующую пятницу` told on Saturday 16 March is Friday the 22nd either way.
    case(
        "next_friday_feminine_told_on_saturday",
        "в следующую пятницу",
        SAT,
        "2024-03-22",
        "ru",
        "future",
    ),
    # `в следующую пятницу` told on Monday 11 March is the 15th or the 22nd: None.
    case(
        "next_friday_feminine_told_on_monday_is_none",
        "в следующую пятницу",
        MON,
        None,
        "ru",
        "future",
    ),
    # `nächsten Sonntag` told on Saturday 16 March: the 17th ends this week, so None.
    case("next_sunday_told_on_saturday_is_none", "nächsten Sonntag", SAT, None, "de", "future"),
    # `nächsten Dienstag` told on Sunday 17 March: the 19th, in next Monday-first week.
    case(
        "next_tuesday_told_on_sunday_monday_weeks",
        "nächsten Dienstag",
        SUN,
        "2024-03-19",
        "de",
        "future",
    ),
    # `el próximo martes` told on Sunday 17: in Sunday-first weeks the 19th is this week's.
    case(
        "spanish_next_tuesday_told_on_sunday_is_none",
        "el próximo martes",
        SUN,
        None,
        "es",
        "future",
    ),
    # `el próximo domingo` told on Wednesday 13: the 17th ends the Monday-first week.
    case(
        "spanish_next_sunday_told_on_wednesday_is_none",
        "el próximo domingo",
        WED,
        None,
        "es",
        "future",
    ),
    # `سه‌شنبه آینده` told on Saturday 16: the 19th is in the Iranian week of the 16th.
    case(
        "persian_next_tuesday_told_on_saturday_is_none", "سه‌شنبه آینده", SAT, None, "fa", "future"
    ),
    # `nächsten Dienstag, den 12. März` told on Monday 11: the written date decides.
    case(
        "next_tuesday_with_its_date_is_that_date",
        "nächsten Dienstag, den 12. März",
        MON,
        "2024-03-12",
        "de",
        "future",
    ),
    # `el próximo mayo` told on 11 March 2024 is still May 2024 (only weekdays change).
    case(
        "next_before_a_month_is_unchanged",
        "el próximo mayo",
        MON,
        "2024-05-01..2024-05-31",
        "es",
        "future",
    ),
    # `nächsten Dienstag` in a report of a past event stays None.
    case("next_tuesday_of_a_past_event_is_none", "nächsten Dienstag", WED, None, "de"),
]


@pytest.mark.parametrize("row", CASES)
def test_next_weekday_cases(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
