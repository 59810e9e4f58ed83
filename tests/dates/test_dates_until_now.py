"""parse_date on open ranges to the present in the tabled languages: `2020–present`,
`2020'den bu yana`, `seit 2020`, `2020年至今`. Each runs from the start of the date to
publication (like English `since 2020`); before this they read as the year 2020 alone.

Expressions written here (helper branch `dates4`), one per language and construction,
checked by hand: published 10 July 2024, `2020` runs 1 January 2020 to 10 July 2024.
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

from date_cases import DateCase, case

PUB = "2024-07-10"
SINCE_2020 = ("2020-01-01", "2024-07-10")


def _span(text: str, language: str | None) -> tuple[str, str] | None:
    value = parse_date(text, language=language, published=PUB)
    return None if value is None else (value.start or "", value.end or "")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("2020–present", "en", id="en-dash-present"),
        pytest.param("from 2020 to the present", "en", id="en-to-the-present"),
        pytest.param("2020-now", "en", id="en-now"),
        pytest.param("von 2020 bis heute", "de", id="de-bis-heute"),
        pytest.param("seit 2020", "de", id="de-seit"),
        pytest.param("de 2020 à aujourd'hui", "fr", id="fr-a-aujourdhui"),
        pytest.param("depuis 2020", "fr", id="fr-depuis"),
        pytest.param("desde 2020 hasta hoy", "es", id="es-hasta-hoy"),
        pytest.param("de 2020 a la fecha", "es", id="es-a-la-fecha"),
        pytest.param("desde 2020", "es", id="es-desde"),
        pytest.param("с 2020 года по настоящее время", "ru", id="ru-po-nastoyashchee"),
        pytest.param("2020'den bu yana", "tr", id="tr-bu-yana"),
        pytest.param("2020'den beri", "tr", id="tr-beri"),
        pytest.param("2020'den bugüne", "tr", id="tr-bugune"),
        pytest.param("2020-yildan beri", "uz", id="uz-beri"),
        pytest.param("2020 жылдан бері", "kk", id="kk-beri"),
        pytest.param("2020年至今", "zh", id="zh-zhijin"),
        pytest.param("2020年以来", "zh", id="zh-yilai"),
        pytest.param("2020年から現在まで", "ja", id="ja-genzai-made"),
        pytest.param("2020년부터 현재까지", "ko", id="ko-hyeonjae-kkaji"),
        pytest.param("از سال ۲۰۲۰ تا کنون", "fa", id="fa-ta-konun"),
        pytest.param("من 2020 حتى الآن", "ar", id="ar-hatta-alan"),
        pytest.param("منذ 2020", "ar", id="ar-mundhu"),
        pytest.param("seit 2020", None, id="no-language-seit"),
    ],
)
def test_year_to_the_present_runs_to_publication(text: str, language: str | None) -> None:
    """An open range from 2020 to now is 1 January 2020 to the publication day."""
    assert _span(text, language) == SINCE_2020


CASES = [
    # `5 мая по настоящее время` ("5 May to the present") is 5 May to 10 July 2024.
    case(
        "day_to_the_present_in_russian",
        "5 мая по настоящее время",
        PUB,
        "2024-05-05..2024-07-10",
        "ru",
    ),
    # `seit dem 5. Mai` is 5 May 2024 to publication.
    case("since_a_day_in_german", "seit dem 5. Mai", PUB, "2024-05-05..2024-07-10", "de"),
    # `seit Montag` names no date to start from in the grammar: None, never Monday alone.
    case("since_a_weekday_is_none", "seit Montag", PUB, None, "de"),
    # `desde el 1 hasta el 3 de mayo` is the range 1-3 May, not an open range.
    case(
        "since_before_a_range_stays_a_range",
        "desde el 1 hasta el 3 de mayo",
        PUB,
        "2024-05-01..2024-05-03",
        "es",
    ),
    # `с 5 по 7 мая` ("from 5 to 7 May") is still the range 5-7 May.
    case(
        "from_to_a_day_stays_a_range_in_russian",
        "с 5 по 7 мая",
        PUB,
        "2024-05-05..2024-05-07",
        "ru",
    ),
    # `с марта 2022 года` ("since March 2022", news text written here) runs to publication
    # (was March 2022 alone); `с` right before the date only: `встретился с Си 5 мая`
    # ("met Xi on 5 May") is 5 May.
    case("since_in_russian", "с марта 2022 года", PUB, "2022-03-01..2024-07-10", "ru"),
    case("since_a_year_in_russian", "с 2020 года", PUB, "2020-01-01..2024-07-10", "ru"),
    case("russian_with_is_no_since", "встретился с Си 5 мая", PUB, "2024-05-05", "ru"),
    # `منذ 3 أيام` ("3 days ago") is still 7 July 2024, the relative reading.
    case("arabic_mundhu_with_a_count_stays_ago", "منذ 3 أيام", PUB, "2024-07-07", "ar"),
    # `seit 2025`, published in 2024, starts after publication: None.
    case("open_range_after_publication_is_none", "seit 2025", PUB, None, "de"),
]


@pytest.mark.parametrize("row", CASES)
def test_until_now(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer


# `so far this year` (news English written here, branch dates-fresh): 10 July 2024 is the
# publication day, so the running year runs from 1 January and the month from 1 July.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("so far this year", ("2024-01-01", PUB), id="so-far-this-year"),
        pytest.param("this year so far", ("2024-01-01", PUB), id="this-year-so-far"),
        pytest.param("so far in 2024", ("2024-01-01", PUB), id="so-far-in-the-year"),
        pytest.param("year-to-date", ("2024-01-01", PUB), id="year-to-date"),
        pytest.param("so far this month", ("2024-07-01", PUB), id="so-far-this-month"),
        pytest.param("so far in July", ("2024-07-01", PUB), id="so-far-in-the-month"),
        pytest.param("so far in 2023", None, id="so-far-in-a-year-gone-by"),
        pytest.param("so far in June", None, id="so-far-in-a-month-gone-by"),
        pytest.param("so far this week", None, id="so-far-this-week-which-first-day"),
    ],
)
def test_so_far_runs_to_publication(text: str, expected: tuple[str, str] | None) -> None:
    """`so far this year` runs from the start of the running year to publication; a period
    publication is not in, or a week (its first day a convention), gives None."""
    assert _span(text, "en") == expected
