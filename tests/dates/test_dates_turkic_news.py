"""News text about visits in Azerbaijani, Uzbek (Latin and Cyrillic) and Kazakh, by category.

Written here (bench/news_langs_cases.json has every case, source "news text written
here (<language>)"), each answer worked out by hand: 14 March 2024 is a Thursday, so
the Monday-to-Sunday week before runs 4-10 March; a half is six months, a quarter
three, a decade its ten years (README, "Normalization functions").
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

MAR14 = "2024-03-14"
NEWS = [
    # A half or quarter of a year is its months (was the whole year).
    case("half_az", "2023-cü ilin birinci yarısında", MAR14, "2023-01-01..2023-06-30", "az"),
    case("quarter_az", "2023-cü ilin ikinci rübündə", MAR14, "2023-04-01..2023-06-30", "az"),
    case("last_quarter_az", "2023-cü ilin son rübündə", MAR14, "2023-10-01..2023-12-31", "az"),
    case("half_uz", "2023-yilning birinchi yarmida", MAR14, "2023-01-01..2023-06-30", "uz"),
    case("quarter_uz", "2023-yilning uchinchi choragida", MAR14, "2023-07-01..2023-09-30", "uz"),
    case("q4_uz_cyrl", "2023 йилнинг тўртинчи чорагида", MAR14, "2023-10-01..2023-12-31", "uz"),
    case("half_kk", "2023 жылдың бірінші жартысында", MAR14, "2023-01-01..2023-06-30", "kk"),
    case("quarter_kk", "2023 жылдың үшінші тоқсанында", MAR14, "2023-07-01..2023-09-30", "kk"),
    # A season depends on hemisphere and convention: None, never the year (was 2023).
    case("season_az", "2023-cü ilin yazında", MAR14, None, "az"),
    case("season_uz", "2023-yil kuzida", MAR14, None, "uz"),
    case("season_uz_spring", "2024 yil bahorida", MAR14, None, "uz"),
    case("season_kk", "2023 жылдың күзінде", MAR14, None, "kk"),
    case("season_kk_bare", "2023 жылғы күзде", MAR14, None, "kk"),
    # A decade is its ten years (Uzbek was the year 1990; Azerbaijani and Kazakh None).
    case("decade_uz", "1990-yillarda", MAR14, "1990-01-01..1999-12-31", "uz"),
    case("decade_uz_cyrl", "1990-йилларда", MAR14, "1990-01-01..1999-12-31", "uz"),
    case("decade_az", "1990-cı illərdə", MAR14, "1990-01-01..1999-12-31", "az"),
    case("decade_az_genitive", "1980-ci illərin", MAR14, "1980-01-01..1989-12-31", "az"),
    case("decade_kk", "1990 жылдары", MAR14, "1990-01-01..1999-12-31", "kk"),
    # A part of a decade stays None, and a year with a decade-like ending stays a year.
    case("decade_part_uz", "2000-yillar boshida", MAR14, None, "uz"),
    case("decade_part_kk", "1990 жылдардың басында", MAR14, None, "kk"),
    case("year_az", "1990-cı ildə", MAR14, "1990-01-01..1990-12-31", "az"),
    case("year_uz", "2010-yilda", MAR14, "2010-01-01..2010-12-31", "uz"),
    # Dates, relative days, weeks and counts that were already right.
    case("date_az", "2023-cü il dekabrın 12-də", MAR14, "2023-12-12", "az"),
    case("date_uz", "2024-yil 5-mart", MAR14, "2024-03-05", "uz"),
    case("date_kk", "2024 жылғы 5 наурыз", MAR14, "2024-03-05", "kk"),
    case("last_week_az", "keçən həftə", MAR14, "2024-03-04..2024-03-10", "az"),
    case("last_thursday_uz", "o'tgan payshanba", MAR14, "2024-03-07", "uz"),
    case("days_ago_kk", "үш күн бұрын", MAR14, "2024-03-11", "kk"),
    case("range_kk", "5-7 наурыз аралығында", MAR14, "2024-03-05..2024-03-07", "kk"),
]


@pytest.mark.parametrize("row", NEWS)
def test_news_text_in_turkic_languages(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
