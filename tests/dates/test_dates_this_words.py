"""`this`/`coming` before a weekday or a month in the languages with tables.

Each value is worked out by hand with Python's `calendar`, never from visitx: in May
2024 Monday is the 6th, Tuesday the 7th, Wednesday the 8th, Friday the 10th, Saturday
the 11th, Sunday the 12th (the Monday-to-Sunday week of the 8th runs 6-12 May; the
Iranian Saturday-to-Friday week of the 12th runs 11-17 May, so its Tuesday is the 14th
and its Friday the 17th); 13 March 2024 is a Wednesday. The written examples
(`examples/articles/written/index.jsonl`) give `este martes` told on 8 May 2024 as 7 May
and `오는 9월` ("the coming September") of an invitation told on 13 March 2024 as
September 2024. The reading follows English `this Monday`: the day of the publication
week, None when it lies on the other side of publication than the tense asks.
"""

from __future__ import annotations

from typing import Literal

import pytest

from conftest import period

MON, TUE, WED, SAT, SUN = "2024-05-06", "2024-05-07", "2024-05-08", "2024-05-11", "2024-05-12"
Tense = Literal["past", "future"]


@pytest.mark.parametrize(
    ("text", "language", "published", "tense"),
    [
        pytest.param("este martes", "es", WED, "past", id="es-written-example"),
        pytest.param("diesen Dienstag", "de", WED, "past", id="de"),
        pytest.param("diesem Dienstag", "de", WED, "past", id="de-dative"),
        pytest.param("ce mardi", "fr", MON, "future", id="fr-upcoming"),
        pytest.param("в этот вторник", "ru", WED, "past", id="ru"),
        pytest.param("bu salı", "tr", MON, "future", id="tr-upcoming"),
        pytest.param("bu çərşənbə axşamı", "az", WED, "past", id="az"),
        pytest.param("shu seshanba", "uz", WED, "past", id="uz"),
        pytest.param("осы сейсенбі", "kk", WED, "past", id="kk"),
        pytest.param("이번 화요일", "ko", WED, "past", id="ko-without-week-word"),
        pytest.param("este martes", "es", TUE, "future", id="es-told-that-day"),
    ],
)
def test_this_weekday_is_the_day_of_the_publication_week(
    text: str, language: str, published: str, tense: Tense
) -> None:
    """`this Tuesday` told in the week of 6-12 May 2024 is Tuesday 7 May."""
    assert period(text, published, language, tense) == ("2024-05-07", "2024-05-07")


def test_persian_this_weekday_counts_a_saturday_to_friday_week() -> None:
    """`این سه‌شنبه` told on Sunday 12 May (week 11-17 May) of an upcoming event is the 14th."""
    assert period("این سه‌شنبه", SUN, "fa", "future") == ("2024-05-14", "2024-05-14")


def test_persian_this_friday_is_the_last_day_of_the_week() -> None:
    """`همین جمعه` told on Saturday 11 May of an upcoming event is Friday 17 May."""
    assert period("همین جمعه", SAT, "fa", "future") == ("2024-05-17", "2024-05-17")


@pytest.mark.parametrize(
    ("text", "language", "published", "tense"),
    [
        # Friday 10 May lies after Wednesday 8 May: no past event happened on it yet.
        pytest.param("diesen Freitag", "de", WED, "past", id="past-tense-day-ahead"),
        # Monday 6 May has gone by on the 8th: which Monday is upcoming?
        pytest.param("ce lundi", "fr", WED, "future", id="upcoming-day-gone"),
        # Latin American calendars start the week on Sunday: the week decides.
        pytest.param("este domingo", "es", WED, "future", id="es-sunday-named"),
        pytest.param("este martes", "es", SUN, "past", id="es-told-on-sunday"),
        # Arabic weeks start on Saturday or Sunday by country.
        pytest.param("هذا الثلاثاء", "ar", WED, "past", id="ar"),
        # Korean calendars may start on Sunday: told on a Sunday, which week?
        pytest.param("이번 화요일", "ko", SUN, "past", id="ko-told-on-sunday"),
        # Persian Friday 10 May ended the week before Saturday 11 May; 17 May is ahead.
        pytest.param("همین جمعه", "fa", SAT, "past", id="fa-friday-ahead"),
    ],
)
def test_this_weekday_is_none_where_unsure(
    text: str, language: str, published: str, tense: Tense
) -> None:
    """`this` + weekday is None across the tense or where the week's first day decides."""
    assert period(text, published, language, tense) is None


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        pytest.param("오는 9월", "ko", "2024-03-13", ("2024-09-01", "2024-09-30"), id="ko"),
        # Told on 1 October 2024, September 2024 is over: the coming one is 2025's.
        pytest.param("다가오는 9월", "ko", "2024-10-01", ("2025-09-01", "2025-09-30"), id="ko-2"),
        pytest.param("алдағы қыркүйекте", "kk", WED, ("2024-09-01", "2024-09-30"), id="kk"),
    ],
)
def test_month_after_a_coming_word_starts_after_publication(
    text: str, language: str, published: str, expected: tuple[str, str]
) -> None:
    """`the coming September` of an upcoming event is the next September to start."""
    assert period(text, published, language, "future") == expected


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        # Monday 6 May: the coming Tuesday is the 7th.
        pytest.param(MON, ("2024-05-07", "2024-05-07"), id="told-monday"),
        # Tuesday 7 May: the coming Tuesday is the next one, the 14th (`this coming`).
        pytest.param(TUE, ("2024-05-14", "2024-05-14"), id="told-tuesday"),
    ],
)
def test_korean_coming_weekday_is_the_next_one_to_come(
    published: str, expected: tuple[str, str]
) -> None:
    """`오는 화요일` of an upcoming event is the next Tuesday after publication."""
    assert period("오는 화요일", published, "ko", "future") == expected


@pytest.mark.parametrize(
    ("text", "language", "tense"),
    [
        pytest.param("오는 9월", "ko", "past", id="coming-in-past-tense"),
        pytest.param("bu eylül", "tr", "past", id="this-month-tr"),
        pytest.param("diesen September", "de", "future", id="this-month-de"),
        pytest.param("este septiembre", "es", "past", id="this-month-es"),
        # `ce` is no era marker `CE` here: not September 2023 in the past tense.
        pytest.param("ce mois de septembre", "fr", "past", id="this-month-fr"),
    ],
)
def test_this_or_coming_month_stays_none_where_english_is(
    text: str, language: str, tense: Tense
) -> None:
    """`this September` is None as in English; `coming` only for an upcoming event."""
    assert period(text, WED, language, tense) is None
