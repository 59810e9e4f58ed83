"""Relative dates in the languages with tables, told on days where readings part.

Each value is worked out by hand, never from visitx: weekdays with Python's
`calendar` (13 March 2024 is a Wednesday, 16 March a Saturday, 17 March a Sunday;
the Monday-to-Sunday week of 16 March runs 11-17 March, the one before 4-10 March,
the one after 18-24 March), Solar Hijri dates from jdatetime and the Nowruz dates
(1 Farvardin 1403 is 20 March 2024; an Iranian week runs Saturday to Friday), and
Hijri months from hijridate's Umm al-Qura tables (1 Ramadan 1445 is 11 March 2024,
Ramadan 1446 runs 1-29 March 2025).
"""

from __future__ import annotations

from typing import Literal

import pytest

from conftest import period
from date_cases import DateCase, case

WED, SAT, SUN = "2024-03-13", "2024-03-16", "2024-03-17"
Tense = Literal["past", "future"]


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # 13 March 2024: February 2024 has passed, so the next February is 2025's.
        pytest.param("nächsten Februar", "de", WED, ("2025-02-01", "2025-02-28"), id="de-feb"),
        pytest.param("nächsten Februar", None, WED, ("2025-02-01", "2025-02-28"), id="de-none"),
        pytest.param("im kommenden Januar", "de", WED, ("2025-01-01", "2025-01-31"), id="de-jan"),
        # Told in March, the coming March is not the one running: March 2025.
        pytest.param("im kommenden März", "de", WED, ("2025-03-01", "2025-03-31"), id="de-running"),
        # 1 March 2024: February 2024 ended yesterday; the next one is February 2025.
        pytest.param("gelecek şubat", "tr", "2024-03-01", ("2025-02-01", "2025-02-28"), id="tr"),
        pytest.param(
            "en février prochain", "fr", "2024-03-01", ("2025-02-01", "2025-02-28"), id="fr"
        ),
        pytest.param("el próximo febrero", "es", WED, ("2025-02-01", "2025-02-28"), id="es"),
        # 11 March 2024 is 1 Ramadan 1445 (hijridate): the next Ramadan is 1446's.
        pytest.param(
            "رمضان المقبل", "ar", "2024-03-11", ("2025-03-01", "2025-03-29"), id="ar-hijri"
        ),
        # 19 March 2024 is 29 Esfand 1402 (jdatetime): the coming Farvardin starts tomorrow.
        pytest.param(
            "فروردین آینده", "fa", "2024-03-19", ("2024-03-20", "2024-04-19"), id="fa-nowruz"
        ),
        # April 2024 has not begun on 13 March: it is the next April.
        pytest.param("nächsten April", "de", WED, ("2024-04-01", "2024-04-30"), id="de-april"),
    ],
)
def test_next_month_is_after_publication(
    text: str, language: str | None, published: str, expected: tuple[str, str]
) -> None:
    """A month after a future word starts after publication (was the one just gone)."""
    assert period(text, published, language, "future") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "tense", "expected"),
    [
        # The week before 11-17 March is 4-10 March: its Friday is the 8th, its Monday the 4th.
        pytest.param("上周五", "zh", SAT, "past", ("2024-03-08", "2024-03-08"), id="zh-last-fri"),
        pytest.param("上周一", "zh", SAT, "past", ("2024-03-04", "2024-03-04"), id="zh-last-mon"),
        pytest.param("上星期五", "zh", SAT, "past", ("2024-03-08", "2024-03-08"), id="zh-xingqi"),
        pytest.param("上週五", "zh", SAT, "past", ("2024-03-08", "2024-03-08"), id="zh-hant"),
        pytest.param("上个星期五", "zh", SAT, "past", ("2024-03-08", "2024-03-08"), id="zh-ge"),
        pytest.param("上周五", None, SAT, "past", ("2024-03-08", "2024-03-08"), id="zh-none"),
        pytest.param("上周五", "zh", SAT, "future", ("2024-03-08", "2024-03-08"), id="zh-future"),
        pytest.param("上周五", "zh", WED, "past", ("2024-03-08", "2024-03-08"), id="zh-wed"),
        pytest.param("先週金曜日", "ja", SAT, "past", ("2024-03-08", "2024-03-08"), id="ja-last"),
        pytest.param(
            "지난주 금요일", "ko", SAT, "past", ("2024-03-08", "2024-03-08"), id="ko-last"
        ),
        # The week after 11-17 March is 18-24 March: its Friday is the 22nd.
        pytest.param("下周五", "zh", WED, "future", ("2024-03-22", "2024-03-22"), id="zh-next"),
        pytest.param(
            "下星期五", "zh", WED, "future", ("2024-03-22", "2024-03-22"), id="zh-next-xingqi"
        ),
        pytest.param("下周一", "zh", WED, "future", ("2024-03-18", "2024-03-18"), id="zh-next-mon"),
        pytest.param("来週金曜日", "ja", WED, "future", ("2024-03-22", "2024-03-22"), id="ja-next"),
        pytest.param(
            "来週の金曜日", "ja", WED, "future", ("2024-03-22", "2024-03-22"), id="ja-next-no"
        ),
        pytest.param(
            "다음 주 금요일", "ko", WED, "future", ("2024-03-22", "2024-03-22"), id="ko-next"
        ),
        # This week's Friday (15 March): after publication, so only for an upcoming event.
        pytest.param("本周五", "zh", WED, "future", ("2024-03-15", "2024-03-15"), id="zh-this"),
        pytest.param("本周五", "zh", WED, "past", None, id="zh-this-past"),
        # An upcoming day in past tense is no reading (as `tomorrow`).
        pytest.param("下周五", "zh", WED, "past", None, id="zh-next-past"),
        # Where the week starts (Monday in China, Sunday on many calendars in Taiwan,
        # Japan and Korea) decides: 上周日 told on Saturday 16 March is the 10th or the
        # 3rd; 下周五 told on Sunday 17 March the 22nd or the 29th.
        pytest.param("上周日", "zh", SAT, "past", None, id="zh-sunday-named"),
        pytest.param("下周五", "zh", SUN, "future", None, id="zh-sunday-told"),
        pytest.param("先週金曜日", "ja", SUN, "past", None, id="ja-sunday-told"),
    ],
)
def test_weekday_of_a_named_week(
    text: str, language: str | None, published: str, tense: Tense, expected: tuple[str, str] | None
) -> None:
    """A weekday of last, this or next week (`上周五`) is that week's, not the nearest one."""
    assert period(text, published, language, tense) == expected


@pytest.mark.parametrize(
    ("text", "language", "tense", "expected"),
    [
        # `3月前` is "before March" as much as "three months ago"; `3日前` in Chinese
        # "before the 3rd". The unit words `个月`, `天`, `か月` say a count.
        pytest.param("3月前", "zh", "past", None, id="zh-month"),
        pytest.param("5月后", "zh", "future", None, id="zh-month-after"),
        pytest.param("3日前", "zh", "past", None, id="zh-day"),
        pytest.param("3日后", "zh", "future", None, id="zh-day-after"),
        pytest.param("3月前", "ja", "past", None, id="ja-month"),
        # 13 June 2024: three months back is March 2024, three days back the 10th.
        pytest.param("3个月前", "zh", "past", ("2024-03-01", "2024-03-31"), id="zh-geyue"),
        pytest.param("3天前", "zh", "past", ("2024-06-10", "2024-06-10"), id="zh-tian"),
        pytest.param("3か月前", "ja", "past", ("2024-03-01", "2024-03-31"), id="ja-kagetsu"),
        pytest.param("3日前", "ja", "past", ("2024-06-10", "2024-06-10"), id="ja-day"),
    ],
)
def test_count_or_calendar_name(
    text: str, language: str, tense: Tense, expected: tuple[str, str] | None
) -> None:
    """A bare 月/日 after a number is a month or day name as much as a count."""
    assert period(text, "2024-06-13", language, tense) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "tense", "expected"),
    [
        # Saturday 16 March: the Iranian week now running is 16-22 March, the one before
        # Saturday 9 to Friday 15 March, the next 23-29 March.
        pytest.param("هفته گذشته", "fa", SAT, "past", ("2024-03-09", "2024-03-15"), id="fa-last"),
        pytest.param("هفته پیش", "fa", SAT, "past", ("2024-03-09", "2024-03-15"), id="fa-pish"),
        pytest.param("این هفته", "fa", SAT, "past", ("2024-03-16", "2024-03-22"), id="fa-this"),
        pytest.param("هفته آینده", "fa", SAT, "future", ("2024-03-23", "2024-03-29"), id="fa-next"),
        # Wednesday 13 March: the running week is Saturday 9 to Friday 15, last week 2-8.
        pytest.param("هفته گذشته", "fa", WED, "past", ("2024-03-02", "2024-03-08"), id="fa-wed"),
        # Arab countries start the week on Saturday or on Sunday: 3-9 or 9-15 March.
        pytest.param("الأسبوع الماضي", "ar", SAT, "past", None, id="ar-last"),
        pytest.param("هذا الأسبوع", "ar", SAT, "past", None, id="ar-this"),
        pytest.param("الأسبوع المقبل", "ar", WED, "future", None, id="ar-next"),
    ],
)
def test_week_where_it_starts(
    text: str, language: str, published: str, tense: Tense, expected: tuple[str, str] | None
) -> None:
    """Persian weeks run Saturday to Friday; an Arabic week's start is unknown."""
    assert period(text, published, language, tense) == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # Told on Sunday 17 March: Monday-first last week is 4-10 March, Sunday-first
        # (Taiwan, many Japanese and Korean calendars) 10-16 March; they share one day.
        pytest.param("上周", "zh", SUN, None, id="zh-last-sunday"),
        pytest.param("先週", "ja", SUN, None, id="ja-last-sunday"),
        pytest.param("지난주", "ko", SUN, None, id="ko-last-sunday"),
        pytest.param("今週", "ja", SUN, None, id="ja-this-sunday"),
        # Told on Saturday 16 March: Monday-first 4-10 March, Sunday-first 3-9 March share
        # six days; the Monday-first week is kept (ISO 8601, China's and Japan's standards).
        pytest.param("上周", "zh", SAT, ("2024-03-04", "2024-03-10"), id="zh-last-saturday"),
        pytest.param("先週", "ja", WED, ("2024-03-04", "2024-03-10"), id="ja-last-wednesday"),
    ],
)
def test_week_told_on_a_sunday(
    text: str, language: str, published: str, expected: tuple[str, str] | None
) -> None:
    """A CJK last/this week told on a Sunday depends on the calendar's first day."""
    assert period(text, published, language, "past") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 19 March 2024 is 29 Esfand 1402; 20 March 2024 is 1 Farvardin 1403 (Nowruz).
        pytest.param("۲۹ اسفند", "2024-03-19", ("2024-03-19", "2024-03-19"), id="esfand-on"),
        pytest.param("۲۹ اسفند", "2024-03-20", ("2024-03-19", "2024-03-19"), id="esfand-after"),
        pytest.param("۱ فروردین", "2024-03-19", ("2023-03-21", "2023-03-21"), id="nowruz-before"),
        pytest.param("۱ فروردین", "2024-03-20", ("2024-03-20", "2024-03-20"), id="nowruz-on"),
        pytest.param("امسال", "2024-03-19", ("2023-03-21", "2024-03-19"), id="year-1402"),
        pytest.param("امسال", "2024-03-20", ("2024-03-20", "2025-03-20"), id="year-1403"),
        pytest.param("ماه گذشته", "2024-03-20", ("2024-02-20", "2024-03-19"), id="last-month"),
        # 1403 is leap (30 Esfand 1403 is 20 March 2025); 1400-1402 are not, 1399 is.
        pytest.param("۳۰ اسفند", "2024-03-21", ("2021-03-20", "2021-03-20"), id="leap-day"),
    ],
)
def test_solar_hijri_around_nowruz(text: str, published: str, expected: tuple[str, str]) -> None:
    """Days, months and years without a year told on either side of Nowruz."""
    assert period(text, published, "fa", "past") == expected


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        # 10 January 2024 is 20 Dey 1402: Solar Hijri 1402 (21 March 2023 - 19 March 2024)
        # holds June 2023, the Gregorian year 2024 June 2024.
        pytest.param("ژوئن امسال", "fa", "2024-01-10", None, id="fa-june-this-year"),
        # 10 June 2024 is in 1403 (from 20 March 2024): its January is January 2025.
        pytest.param("ژانویه امسال", "fa", "2024-06-10", None, id="fa-january-this-year"),
        # 15 April 2024: last Solar year 1402 holds January 2024, last Gregorian year 2023.
        pytest.param("ژانویه سال گذشته", "fa", "2024-04-15", None, id="fa-january-last-year"),
        # 10 June 2024: 1402 and the Gregorian 2023 both hold June 2023.
        pytest.param(
            "ژوئن سال گذشته", "fa", "2024-06-10", ("2023-06-01", "2023-06-30"), id="fa-june-agree"
        ),
        # 15 April 2024 is Shawwal 1445: Muharram 1444 began 30 July 2022, the Muharram of
        # the Gregorian 2023 (1445) on 19 July 2023.
        pytest.param("محرم العام الماضي", "ar", "2024-04-15", None, id="ar-muharram"),
        # 15 January 2024: Ramadan 1444 (23 March - 20 April 2023) is last Hijri year's
        # and the one Ramadan of 2023.
        pytest.param(
            "رمضان العام الماضي",
            "ar",
            "2024-01-15",
            ("2023-03-23", "2023-04-20"),
            id="ar-ramadan-agree",
        ),
    ],
)
def test_month_of_a_year_counted_in_another_calendar(
    text: str, language: str, published: str, expected: tuple[str, str] | None
) -> None:
    """A month with `this/last year` read in two calendars must be the same month."""
    assert period(text, published, language, "past") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # 13 March 2024 + 3 days = 16 March; + 14 days = 27 March, in the week of 25-31 March.
        pytest.param("3 gün sonra", "tr", ("2024-03-16", "2024-03-16"), id="tr"),
        pytest.param("через 2 недели", "ru", ("2024-03-25", "2024-03-31"), id="ru"),
        pytest.param("3天后", "zh", ("2024-03-16", "2024-03-16"), id="zh"),
        pytest.param("3日後", "ja", ("2024-03-16", "2024-03-16"), id="ja"),
        pytest.param("3일 후", "ko", ("2024-03-16", "2024-03-16"), id="ko"),
        pytest.param("۳ روز بعد", "fa", ("2024-03-16", "2024-03-16"), id="fa"),
        pytest.param("بعد 3 أيام", "ar", ("2024-03-16", "2024-03-16"), id="ar"),
        pytest.param("3 kundan keyin", "uz", ("2024-03-16", "2024-03-16"), id="uz"),
    ],
)
def test_later_counts_from_publication_only_for_an_upcoming_event(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    """`3 gün sonra` ("three days later") of a past event counts from another event: None."""
    assert period(text, WED, language, "past") is None
    assert period(text, WED, language, "future") == expected


def test_in_two_weeks_still_counts_from_publication() -> None:
    """`in zwei Wochen` says "from now" (27 March 2024 is in the week of 25-31 March)."""
    assert period("in zwei Wochen", WED, "de", "past") == ("2024-03-25", "2024-03-31")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # 13 March 2024 is 23 Esfand 1402: the next Solar year 1403 runs 20 March 2024 -
        # 20 March 2025; the next Iranian week Saturday 16 - Friday 22 March.
        pytest.param("سال بعد", "fa", ("2024-03-20", "2025-03-20"), id="fa-year"),
        pytest.param("هفته بعد", "fa", ("2024-03-16", "2024-03-22"), id="fa-week"),
        pytest.param("다음 해", "ko", ("2025-01-01", "2025-12-31"), id="ko-year"),
    ],
)
def test_following_unit_is_next_only_for_an_upcoming_event(
    text: str, language: str, expected: tuple[str, str]
) -> None:
    """`هفته بعد`, `다음 해` ("the week/year after") of a past event follow another event."""
    assert period(text, WED, language, "past") is None
    assert period(text, WED, language, "future") == expected


def test_sennen_is_no_last_year() -> None:
    """`先年` is "some years ago" as much as "last year" (`昨年`, `去年`): None."""
    assert period("先年", WED, "ja", "past") is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Saturday 16 March 2024: last week's Friday is the 8th (the day before is the 15th).
        pytest.param("上周五下午", "zh", ("2024-03-08", "2024-03-08"), id="zh-afternoon"),
        pytest.param("上周五 下午3点", "zh", ("2024-03-08", "2024-03-08"), id="zh-time"),
        pytest.param("先週金曜日の午後", "ja", ("2024-03-08", "2024-03-08"), id="ja-afternoon"),
        pytest.param("지난주 금요일 오후", "ko", ("2024-03-08", "2024-03-08"), id="ko-afternoon"),
        pytest.param("2024年3月8日（上周五）", "zh", ("2024-03-08", "2024-03-08"), id="zh-date"),
        # 15 March is a Friday, but not last week's: the parts contradict each other.
        pytest.param("2024年3月15日（上周五）", "zh", None, id="zh-date-contradicts"),
        # An unknown word beside it: never the most recent Friday (the 15th).
        pytest.param("上周五举行", "zh", None, id="zh-unknown-word"),
    ],
)
def test_weekday_of_a_named_week_in_context(
    text: str, language: str, expected: tuple[str, str] | None
) -> None:
    """Parts of the day and a written date beside `上周五` keep last week's Friday."""
    assert period(text, SAT, language, "past") == expected


# News text about visits written here (bench/news_langs_cases.json has every case), by
# category, worked out by hand: 15 November 2024 is a Friday, 6 March 2024 a Wednesday,
# 29 February 2024 a Thursday, 1 January 2025 a Wednesday.
NOV15, MAR6, MAY15 = "2024-11-15", "2024-03-06", "2024-05-15"
NEWS = [
    # Seasons depend on hemisphere and convention: None, never the year (was 2023).
    case("season_de", "im Herbst 2023", NOV15, None, "de"),
    case("season_fr", "à l'automne 2023", NOV15, None, "fr"),
    case("season_es", "en otoño de 2023", NOV15, None, "es"),
    case("season_ru", "осенью 2023 года", NOV15, None, "ru"),
    # A half or quarter is its months (was the whole year in de, fr, ru).
    case("half_de", "in der ersten Jahreshälfte 2024", NOV15, "2024-01-01..2024-06-30", "de"),
    case("half_fr", "au premier semestre 2024", NOV15, "2024-01-01..2024-06-30", "fr"),
    case("quarter_fr", "au troisième trimestre 2024", NOV15, "2024-07-01..2024-09-30", "fr"),
    case("half_ru", "в первой половине 2024 года", NOV15, "2024-01-01..2024-06-30", "ru"),
    case("quarter_ru", "в третьем квартале 2024 года", NOV15, "2024-07-01..2024-09-30", "ru"),
    # A decade is its ten years (French `les années 1980` was the year 1980).
    case("decade_fr", "les années 1980", NOV15, "1980-01-01..1989-12-31", "fr"),
    case("decade_fr_short", "dans les années 90", NOV15, "1990-01-01..1999-12-31", "fr"),
    case("decade_ru", "в 1990-е годы", NOV15, "1990-01-01..1999-12-31", "ru"),
    case("decade_ru_genitive", "в 1980-х годах", NOV15, "1980-01-01..1989-12-31", "ru"),
    # A part of a decade is the decade (`в середине 2000-х` was the year 2000); `depuis les
    # années 1990` runs from 1990 to publication, as `since` does.
    case("decade_part_fr", "au début des années 1990", NOV15, "1990-01-01..1999-12-31", "fr"),
    case("decade_part_fr_late", "à la fin des années 1980", NOV15, "1980-01-01..1989-12-31", "fr"),
    case("decade_part_ru", "в середине 2000-х", NOV15, "2000-01-01..2009-12-31", "ru"),
    case("since_decade_fr", "depuis les années 1990", NOV15, "1990-01-01..2024-11-15", "fr"),
    # The last quarter of a year is its fourth (was the year); last quarter the one before
    # publication's (15 November 2024: July to September).
    case("last_quarter_fr", "au dernier trimestre 2023", NOV15, "2023-10-01..2023-12-31", "fr"),
    case("previous_quarter_ru", "в прошлом квартале", NOV15, "2024-07-01..2024-09-30", "ru"),
    # More seasons: `en été`, `летом` (`a été`, "has been", is no season).
    case("season_fr_summer", "en été 2023", NOV15, None, "fr"),
    case("season_ru_summer", "летом 2023 года", NOV15, None, "ru"),
    # Last weekend (6 March 2024): Saturday 2 and Sunday 3 March; a bare or `this`
    # weekend in French or Russian stays None (the one gone by, or the coming one?).
    case("weekend_fr", "le week-end dernier", MAR6, "2024-03-02..2024-03-03", "fr"),
    case("weekend_ru", "в минувшие выходные", MAR6, "2024-03-02..2024-03-03", "ru"),
    case("weekend_fr_bare", "le week-end", MAR6, None, "fr"),
    # `a principios de` (`a` is also a range word) is the whole month, as `principios de`.
    case("part_es", "a principios de marzo", MAR6, "2024-03-01..2024-03-31", "es"),
    case("part_es_late", "a finales de diciembre", "2025-01-01", "2024-12-01..2024-12-31", "es"),
    # Turkish halves and quarters of a named year (`2024 yılının ilk yarısında` was the year
    # 2024); without a year (`maçın ilk yarısında`, a match's first half) None.
    case("half_tr", "2024'ün ilk yarısında", NOV15, "2024-01-01..2024-06-30", "tr"),
    case("half_tr_yilinin", "2024 yılının ilk yarısında", NOV15, "2024-01-01..2024-06-30", "tr"),
    case("quarter_tr", "2024'ün üçüncü çeyreğinde", NOV15, "2024-07-01..2024-09-30", "tr"),
    case("quarter_tr_last", "2023'ün son çeyreğinde", NOV15, "2023-10-01..2023-12-31", "tr"),
    case("half_tr_of_a_match", "maçın ilk yarısında", NOV15, None, "tr"),
    # `öbür gün` (the day after tomorrow) of an upcoming event: Sunday 17 November 2024.
    case("day_after_tomorrow_tr", "öbür gün", NOV15, "2024-11-17", "tr", "future"),
    # A range with the dash glued to both days (`Mär-2014` stays March 2014: no month after).
    case("glued_range_tr", "28 Şubat-2 Mart 2024", MAR6, "2024-02-28..2024-03-02", "tr"),
    case("glued_range_ru", "28 февраля-2 марта 2024 года", MAR6, "2024-02-28..2024-03-02", "ru"),
    case("glued_range_fr", "28 février-2 mars 2024", MAR6, "2024-02-28..2024-03-02", "fr"),
    case("glued_month_year_de", "Mär-2014", MAR6, "2014-03-01..2014-03-31", "de"),
    # Turkish abbreviated months without a dot, and `öğleden sonra` (afternoon).
    case("abbreviation_tr", "29 Şub 2024", MAR6, "2024-02-29", "tr"),
    case("abbreviation_tr_sep", "4 Eyl 2024", NOV15, "2024-09-04", "tr"),
    case("afternoon_tr", "cuma öğleden sonra", "2024-06-30", "2024-06-28", "tr"),
    # Arabic and Persian news text written here (published 15 May 2024): a season and a
    # Persian decade were read as the year, now None; an Arabic half or quarter of a
    # named year is its months (was the year; without a year None).
    case("season_ar", "صيف 2023", MAY15, None, "ar"),
    case("season_ar_winter", "شتاء 2022", MAY15, None, "ar"),
    case("season_fa", "تابستان ۱۴۰۲", MAY15, None, "fa"),
    case("season_fa_winter", "زمستان ۲۰۲۳", MAY15, None, "fa"),
    case("half_ar", "النصف الأول من عام 2023", MAY15, "2023-01-01..2023-06-30", "ar"),
    case("quarter_ar", "الربع الأول من 2024", MAY15, "2024-01-01..2024-03-31", "ar"),
    case("quarter_ar_last", "الربع الأخير من العام الماضي", MAY15, "2023-10-01..2023-12-31", "ar"),
    case("quarter_ar_no_year", "الربع الأول", MAY15, None, "ar"),
    case("decade_fa", "دهه ۱۹۹۰", MAY15, None, "fa"),
    case("decade_fa_solar", "دهه ۱۳۹۰", MAY15, None, "fa"),
    # A month whose name holds an ordinal stays that month (`كانون الثاني`: January).
    case("month_ordinal_ar", "كانون الثاني من عام 2024", MAY15, "2024-01-01..2024-01-31", "ar"),
    # `ربيع` is also a Hijri month (Rabi' al-Awwal 1445: 16 September to 15 October 2023).
    case("rabi_ar", "ربيع الأول 1445", MAY15, "2023-09-16..2023-10-15", "ar"),
    case("since_fa", "از ۱۴۰۰ تاکنون", MAY15, "2021-03-21..2024-05-15", "fa"),
    case("since_ar", "منذ عام 2011", MAY15, "2011-01-01..2024-05-15", "ar"),
]


@pytest.mark.parametrize("row", NEWS)
def test_news_text_in_seven_languages(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
