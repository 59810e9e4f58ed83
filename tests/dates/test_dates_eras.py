"""parse_date on years with an era marker (`88 до н. э.`, `2024 م`, `AD 2024`), issue 22.

The rule (`dates.eras`, `era_markers` in tables/date_words.json): a year before Christ
is no Gregorian news date (None); a four-digit year after Christ is that year; any
shorter year beside an era marker is None (the year 88, or 1988 written short?). The
expected values are worked out by hand: the markers are the usual abbreviations and
words of each language (Russian `до н. э.` "before our era", Turkish `MÖ`/`MS` "before/
after the birth of Christ", Arabic `ق.م` "before the birth", `م` "of the birth", ...).
"""

from __future__ import annotations

import pytest

from visitx.dates import phrasebook, tables
from visitx.dates.parse import parse_date

from date_cases import DateCase, case

PUBLISHED = "2024-09-01"


def _span(text: str, language: str | None) -> tuple[str, str] | None:
    value = parse_date(text, language=language, published=PUBLISHED)
    return None if value is None else (value.start, value.end)


BEFORE_CHRIST = [
    ("10 августа 88 до н. э.", "ru"),  # was 10 August 1988: `до` is also "until"
    ("10 августа 1988 до н. э.", "ru"),  # was 1988
    ("в 1988 году до н. э.", "ru"),  # a year word between the year and the marker; was 1988
    ("1988-1990 гг. до н. э.", "ru"),  # was 1988-1990
    ("10.08.1988 до н. э.", "ru"),  # after a numeric date; was 10 August 1988
    ("в 88 году до нашей эры", "ru"),
    ("10 Ağustos 1988 MÖ", "tr"),
    ("M.Ö. 88 yılında", "tr"),
    ("10 Ağustos 88 milattan önce", "tr"),
    ("10 أغسطس 1988 ق.م", "ar"),
    ("10 أغسطس 1988 قبل الميلاد", "ar"),
    ("۱۰ اوت ۱۹۸۸ پیش از میلاد", "fa"),
    ("10 اوت 1988 ق.م", "fa"),
    ("10 août 1988 av. J.-C.", "fr"),
    ("10 de agosto de 1988 a. C.", "es"),  # was 1988: `a` is also "to"
    ("los años 1980 a. C.", "es"),  # was 1980
    ("10. August 1988 v. u. Z.", "de"),
    ("10. August 1988 v. Chr.", "de"),
    ("August 10, 1988 BC", "en"),
    ("in 1988 BCE", "en"),
    ("公元前88年8月10日", "zh"),
    ("紀元前88年", "ja"),
    ("기원전 88년", "ko"),
    ("б.з.б. 88 ж.", "kk"),
    ("e.ə. 88-ci il", "az"),
    ("miloddan avvalgi 88-yil", "uz"),
]


@pytest.mark.parametrize(("text", "language"), BEFORE_CHRIST)
def test_year_before_christ_is_no_date(text: str, language: str) -> None:
    """A year with a before-Christ marker is None, in the article's language."""
    assert _span(text, language) is None


@pytest.mark.parametrize(("text", "language"), BEFORE_CHRIST)
def test_year_before_christ_is_no_date_without_language(text: str, language: str) -> None:
    """A year with a before-Christ marker is None also when the language is not given."""
    assert _span(text, None) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("10 августа 88 н. э.", "ru"),
        ("10.08.88 н. э.", "ru"),  # a numeric date with a two-digit year; was 1988
        ("10 Ağustos 88 MS", "tr"),
        ("10 أغسطس 88 م", "ar"),  # was 10 August 1988
        ("10 août 88 apr. J.-C.", "fr"),
        ("10 de agosto de 88 d. C.", "es"),
        ("10. August 88 n. Chr.", "de"),
        ("August 10, 88 AD", "en"),
        ("AD 88", "en"),
        ("公元88年", "zh"),
    ],
)
def test_short_year_with_common_era_marker_is_no_date(text: str, language: str) -> None:
    """A year of fewer than four digits with an after-Christ marker is None (88 or 1988?)."""
    assert _span(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("10 августа 2024 н. э.", "ru"),
        ("10 Ağustos 2024 MS", "tr"),  # was None
        ("10 أغسطس 2024 م", "ar"),
        ("10 أغسطس 2024م", "ar"),  # the marker glued to the year
        ("۱۰ اوت ۲۰۲۴ میلادی", "fa"),
        ("10 août 2024 apr. J.-C.", "fr"),  # was None
        ("10 de agosto de 2024 d. C.", "es"),  # was None
        ("10. August 2024 n. Chr.", "de"),  # was None
        ("August 10, 2024 AD", "en"),
        ("公元2024年8月10日", "zh"),
        ("西暦2024年8月10日", "ja"),
        ("서기 2024년 8월 10일", "ko"),
    ],
)
def test_four_digit_year_of_common_era_is_that_year(text: str, language: str) -> None:
    """A four-digit year with an after-Christ marker is that Gregorian day."""
    assert _span(text, language) == ("2024-08-10", "2024-08-10")


def test_every_tabled_language_has_era_markers() -> None:
    """Each language with date tables lists before- and after-Christ markers."""
    missing = [
        lang
        for lang in tables.language_tags()
        if not (phrasebook.era_markers(lang).get("bc") and phrasebook.era_markers(lang).get("ad"))
    ]
    assert missing == []


CASES = [
    # `AD 2024` is the year 2024.
    case("common_era_marker_before_a_year", "AD 2024", PUBLISHED, "2024-01-01..2024-12-31"),
    # `2024 n. Chr.` is the year 2024 (was None: `n` read as a noun counting 2024 things).
    case(
        "common_era_after_a_year_alone", "2024 n. Chr.", PUBLISHED, "2024-01-01..2024-12-31", "de"
    ),
    # `10/8/2024م` without a language stays 10 August 2024 (the `م` tells Arabic).
    case(
        "arabic_gregorian_marker_after_numeric_date_without_language",
        "10/8/2024م",
        PUBLISHED,
        "2024-08-10",
        None,
    ),
    # `10 августа 88` with no era marker stays 10 August 1988.
    case(
        "two_digit_year_without_marker_still_read", "10 августа 88", PUBLISHED, "1988-08-10", "ru"
    ),
    # French `ce` ("this") after a year is not the English era `CE` (stays None).
    case(
        "french_ce_is_no_era_marker_without_language",
        "le 15 août 2024 ce matin",
        PUBLISHED,
        None,
        None,
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_era_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
