"""parse_date without `language`: the tabled language whose date words cover the expression.

Published Wednesday 13 March 2024 (a leap year). Hand-worked calendar: the day
before is Tuesday 12 March; three days before, Sunday 10 March; eleven days before,
Saturday 2 March; the week before (Monday to Sunday) 4-10 March; two weeks before,
26 February - 3 March; the month before, February 2024 (29 days); the most recent
Monday on or before publication, 11 March, Friday 8 March, Sunday 10 March. Persian:
13 March 2024 is 23 Esfand 1402, so the previous Solar Hijri month is Bahman 1402
(1 Bahman = 21 January 2024, 30 Bahman = 19 February 2024) and the previous year
1401 (21 March 2022 - 20 March 2023). Each case is also checked against the same
call with the right language, which must give the same answer.
"""

from __future__ import annotations

from datetime import date

import pytest

from visitx.dates import guess
from visitx.dates.grammar import Cand
from visitx.dates.parse import parse_date

PUBLISHED = "2024-03-13"

CASES = [
    # (language, text, start, end, precision, calendar)
    ("tr", "2 hafta önce", "2024-02-26", "2024-03-03", "day", "gregorian"),
    ("tr", "geçen salı", "2024-03-12", "2024-03-12", "day", "gregorian"),
    ("de", "vor 11 Tagen", "2024-03-02", "2024-03-02", "day", "gregorian"),
    ("de", "am Montag", "2024-03-11", "2024-03-11", "day", "gregorian"),
    ("de", "letzten Monat", "2024-02-01", "2024-02-29", "month", "gregorian"),
    ("fr", "il y a 3 jours", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("fr", "la semaine dernière", "2024-03-04", "2024-03-10", "day", "gregorian"),
    ("fr", "vendredi dernier", "2024-03-08", "2024-03-08", "day", "gregorian"),
    ("es", "hace 2 días", "2024-03-11", "2024-03-11", "day", "gregorian"),
    ("es", "el mes pasado", "2024-02-01", "2024-02-29", "month", "gregorian"),
    ("ru", "3 дня назад", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("ru", "на прошлой неделе", "2024-03-04", "2024-03-10", "day", "gregorian"),
    ("ru", "в пятницу", "2024-03-08", "2024-03-08", "day", "gregorian"),
    ("az", "keçən həftə", "2024-03-04", "2024-03-10", "day", "gregorian"),
    ("uz", "3 kun oldin", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("kk", "3 күн бұрын", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("fa", "۳ روز پیش", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("fa", "ماه گذشته", "2024-01-21", "2024-02-19", "month", "jalali"),
    ("fa", "سال گذشته", "2022-03-21", "2023-03-20", "year", "jalali"),
    # A Pashto week runs Saturday to Friday: the one before 9-15 March.
    ("ps", "تیره اونۍ", "2024-03-02", "2024-03-08", "day", "gregorian"),
    ("ar", "منذ ثلاثة أيام", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("ar", "الشهر الماضي", "2024-02-01", "2024-02-29", "month", "gregorian"),
    ("zh", "3天前", "2024-03-10", "2024-03-10", "day", "gregorian"),
    ("zh", "上周五", "2024-03-08", "2024-03-08", "day", "gregorian"),
    ("ja", "先月", "2024-02-01", "2024-02-29", "month", "gregorian"),
    ("ko", "지난주", "2024-03-04", "2024-03-10", "day", "gregorian"),
    ("ko", "금요일", "2024-03-08", "2024-03-08", "day", "gregorian"),
]


@pytest.mark.parametrize(("language", "text", "start", "end", "precision", "calendar"), CASES)
def test_expression_read_in_the_language_that_covers_it(
    language: str, text: str, start: str, end: str, precision: str, calendar: str
) -> None:
    """Without `language`, the one language whose date words cover the text reads it."""
    value = parse_date(text, published=PUBLISHED)
    assert value is not None
    assert (value.start, value.end, value.precision, value.calendar) == (
        start, end, precision, calendar
    )  # fmt: skip
    assert value == parse_date(text, language=language, published=PUBLISHED)


@pytest.mark.parametrize(("text", "languages"), [
    ("vor 11 Tagen", ["de"]),
    ("3日前", ["zh", "ja"]),  # "three days ago" in Chinese and in Japanese
    ("mart", ["tr", "az", "uz"]),  # March in Turkish, Azerbaijani and Uzbek
    ("salıya", ["tr"]),  # a Turkish weekday with a case suffix
    ("vor 11 Tagen in Berlin", []),  # `berlin` is nobody's date word
    ("vor 3 jours", []),  # German `vor` with French `jours`: no one language
])  # fmt: skip
def test_covering_languages(text: str, languages: list[str]) -> None:
    """The covering languages are those whose date words hold every word of the text."""
    assert guess.language_for(text) == languages


def test_languages_that_agree_give_their_reading() -> None:
    """`3日前` is three days ago in Chinese and in Japanese alike: Sunday 10 March."""
    value = parse_date("3日前", published=PUBLISHED)
    assert value is not None
    assert (value.start, value.end) == ("2024-03-10", "2024-03-10")


def test_languages_that_disagree_give_none() -> None:
    """Two covering languages with different readings of the same text give None."""
    readings = {
        "zh": Cand(date(2024, 3, 10), date(2024, 3, 10), "day", "gregorian", True),
        "ja": Cand(date(2024, 3, 3), date(2024, 3, 3), "day", "gregorian", True),
    }
    assert guess.read("3日前", lambda text, lang: readings[lang]) is None


def test_a_language_without_a_reading_does_not_veto() -> None:
    """A covering language that reads nothing leaves the other's reading standing."""
    day = Cand(date(2024, 3, 10), date(2024, 3, 10), "day", "gregorian", True)
    readings = {"zh": day, "ja": None}
    assert guess.read("3日前", lambda text, lang: readings[lang]) == day


def test_english_word_with_another_meaning_gives_none() -> None:
    """`ago` is English and Spanish `agosto`: `13 ago 2014` is None without a language."""
    assert parse_date("13 ago 2014", published=PUBLISHED) is None
    spanish = parse_date("13 ago 2014", language="es", published=PUBLISHED)
    assert spanish is not None
    assert spanish.start == "2014-08-13"


def test_words_of_two_languages_give_none() -> None:
    """German `vor` with French `jours` is no one language's relative expression."""
    assert parse_date("vor 3 jours", published=PUBLISHED) is None


def test_relative_without_published_stays_none() -> None:
    """A relative expression needs the publication date, language guessed or not."""
    assert parse_date("vor 11 Tagen") is None


def test_upcoming_event_counts_forward() -> None:
    """`in 3 Tagen` for an upcoming visit: three days after Wednesday, Saturday 16 March."""
    value = parse_date("in 3 Tagen", published=PUBLISHED, tense="future")
    assert value is not None
    assert (value.start, value.end) == ("2024-03-16", "2024-03-16")
