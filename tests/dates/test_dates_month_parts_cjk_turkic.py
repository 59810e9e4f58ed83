"""Parts and days of a named month (zh, ja, ko), weekdays of last or next week and ranges
by case endings (tr, az, kk, uz), Solar Hijri halves and quarters (fa), Arabic `earlier
this year` and a month named as the running one.

The rows marked "round 3" are the blind cases of bench/news_langs_cases.json (source
"written blind for this probe") that were left None; the others are written here to
cover each category. Answers are worked out by hand: 7 March 2024 is a Thursday, so last
week ran Monday 26 February to Sunday 3 March and next week runs 11 to 17 March; 2024 is
a leap year; 1 Farvardin 1403 is 20 March 2024, 31 Shahrivar 1403 is 21 September 2024,
1 Tir 1402 is 22 June 2023, 1 Mehr 1402 is 23 September 2023, 29 Esfand 1402 is 19 March
2024 (jdatetime). A part of a month with no fixed end is the whole month (README,
"Normalization functions": `early March`); a ten-day period (`旬`: 1-10, 11-20, 21 to
the end) is those days.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

MAR7 = "2024-03-07"  # a Thursday
JUN18 = "2025-06-18"
NOV2 = "2024-11-02"
JAN15 = "2025-01-15"
FUTURE = "future"
MONTH_PARTS = [
    # A part with no fixed end is the whole month (round 3; were None: `月初`, `月底`
    # were rejected with the parts of a year, which stay None).
    case("this_month_start_zh", "本月初", MAR7, "2024-03-01..2024-03-31 month", "zh"),
    case("last_month_end_zh", "上个月底", MAR7, "2024-02-01..2024-02-29 month", "zh"),
    case("may_end_zh", "五月底", JUN18, "2025-05-01..2025-05-31 month", "zh"),
    case("next_month_start_zh", "下月初", NOV2, "2024-12-01..2024-12-31", "zh", FUTURE),
    case("year_month_end_zh", "2023年3月底", MAR7, "2023-03-01..2023-03-31", "zh"),
    case("march_start_zh", "3月初", "2024-03-14", "2024-03-01..2024-03-31", "zh"),
    case("march_end_ja", "3月末", MAR7, "2024-03-01..2024-03-31", "ja"),
    case("next_month_start_ja", "来月初め", JAN15, "2025-02-01..2025-02-28", "ja", FUTURE),
    case("march_end_ko", "3월 말", MAR7, "2024-03-01..2024-03-31", "ko"),
    case("this_month_start_ko", "이번 달 초", MAR7, "2024-03-01..2024-03-31", "ko"),
    # ... a lunar month and a part of a year stay None.
    case("lunar_month_start_zh", "农历十月初", MAR7, None, "zh"),
    case("year_end_zh", "2023年底", MAR7, None, "zh"),
    # A ten-day period has fixed bounds: those days (round 3: the first three).
    case("late_march_zh", "三月下旬", MAR7, "2024-03-21..2024-03-31 day", "zh", FUTURE),
    case("late_november_zh", "11月下旬", NOV2, "2024-11-21..2024-11-30", "zh", FUTURE),
    case("mid_this_month_zh", "本月中旬", JUN18, "2025-06-11..2025-06-20", "zh"),
    case("late_february_leap_zh", "2月下旬", MAR7, "2024-02-21..2024-02-29", "zh"),
    case("early_december_zh", "十二月上旬", MAR7, "2023-12-01..2023-12-10", "zh"),
    case("late_march_ko", "2024년 3월 하순", MAR7, "2024-03-21..2024-03-31", "ko", FUTURE),
    # ... None on the other side of publication than the tense asks.
    case("late_this_month_past_zh", "本月下旬", MAR7, None, "zh"),
    case("early_march_gone_zh", "三月上旬", "2024-03-20", None, "zh", FUTURE),
    # A day of this, last or next month (round 3: the first).
    case("this_month_12_zh", "本月12日", JAN15, "2025-01-12 day", "zh"),
    case("this_month_12_ja", "今月12日", JAN15, "2025-01-12", "ja"),
    case("last_month_20_ja", "先月20日", JAN15, "2024-12-20", "ja"),
    case("last_month_5_ko", "지난달 5일", MAR7, "2024-02-05", "ko"),
    # Recognizers-Text (bench/recognizers_langs_cases.json) reads this day too.
    case("next_month_20_ko", "다음 달 20일", "2016-11-07", "2016-12-20", "ko", FUTURE),
    case("april_31_zh", "本月31日", "2024-04-07", None, "zh"),
]
TURKIC = [
    # A weekday of last or next week (round 3: the first; were None).
    case("next_wed_tr", "gelecek hafta çarşamba günü", MAR7, "2024-03-13 day", "tr", FUTURE),
    case("last_tue_tr", "geçen hafta salı", MAR7, "2024-02-27", "tr"),
    case("last_sat_tr", "geçen hafta cumartesi", MAR7, "2024-03-02", "tr"),
    case("last_fri_tr", "geçtiğimiz haftanın cuma günü", MAR7, "2024-03-01", "tr"),
    case("last_thu_az", "ötən həftə cümə axşamı", MAR7, "2024-02-29", "az"),
    case("last_wed_kk", "өткен аптада сәрсенбі", MAR7, "2024-02-28", "kk"),
    case("next_tue_uz", "kelasi hafta seshanba", MAR7, "2024-03-12", "uz", FUTURE),
    # ... a Sunday too: Turkic weeks run Monday to Sunday (10 March 2024 is a Sunday, so
    # told on it last week ran 26 February to 3 March); `bu salı` this week's.
    case("next_sun_tr", "gelecek hafta pazar", MAR7, "2024-03-17", "tr", FUTURE),
    case("last_sun_az", "keçən həftə bazar günü", "2024-03-13", "2024-03-10", "az"),
    case("last_sun_uz", "o'tgan hafta yakshanba kuni", "2024-03-13", "2024-03-10", "uz"),
    case("last_wed_told_sun_tr", "geçen hafta çarşamba günü", "2024-03-10", "2024-02-28", "tr"),
    case("last_sun_told_sun_kk", "өткен аптада жексенбі", "2024-03-10", "2024-03-03", "kk"),
    case("this_tue_tr", "bu salı", MAR7, "2024-03-05", "tr"),
    # A range by case endings, from (ablative) to (terminative) (round 3: the first).
    case("range_az", "fevralın 28-dən martın 2-dək", MAR7, "2024-02-28..2024-03-02 day", "az"),
    case("range_az_dative", "28 fevraldan 2 marta qədər", MAR7, "2024-02-28..2024-03-02", "az"),
    case("range_tr", "28 Şubat'tan 2 Mart'a kadar", MAR7, "2024-02-28..2024-03-02", "tr"),
    case("range_kk", "28 ақпаннан 2 наурызға дейін", MAR7, "2024-02-28..2024-03-02", "kk"),
    case("range_uz", "28-fevraldan 2-martgacha", MAR7, "2024-02-28..2024-03-02", "uz"),
    # ... None with publication inside it (Recognizers-Text's `eylül'den kasım'a kadar`:
    # past or ongoing?), and an ablative alone is no range: `2020-ci ildən bəri` is since
    # 2020, to publication (README: open ranges to the present; it was None until `ildən`
    # was read as the year's word; bench/news_langs_cases.json labels it so).
    case("range_inside_tr", "eylül'den kasım'a kadar", "2018-09-07", None, "tr"),
    case("since_az", "2020-ci ildən bəri", MAR7, "2020-01-01..2024-03-07", "az"),
]
PERSIAN_ARABIC = [
    # A half or quarter of a Solar Hijri year is its months (round 3: the first).
    case("half_fa", "در نیمه نخست سال ۱۴۰۳", MAR7, "2024-03-20..2024-09-21 month", "fa", FUTURE),
    case("second_half_1402_fa", "نیمه دوم سال ۱۴۰۲", MAR7, "2023-09-23..2024-03-19", "fa"),
    case("quarter_1402_fa", "سه ماهه دوم سال ۱۴۰۲", MAR7, "2023-06-22..2023-09-22", "fa"),
    case("third_half_fa", "نیمه سوم سال ۱۴۰۲", MAR7, None, "fa"),
    # `earlier this year` is the year, as English reads it (round 3), None when nothing
    # of the period lies on that side of publication (English `earlier this month` on the 1st).
    case("earlier_year_ar", "في وقت سابق من هذا العام", MAR7, "2024-01-01..2024-12-31 year", "ar"),
    case("earlier_month_first_ar", "في وقت سابق من هذا الشهر", "2024-03-01", None, "ar"),
    case("later_month_last_ar", "في وقت لاحق من الشهر الجاري", "2024-03-31", None, "ar", FUTURE),
    # A month named as the running one is this month (round 3: the first), None told in
    # another month; `الشهر الجاري`, `العام الجاري` stay the month and the year.
    case("mid_january_ar", "في منتصف يناير الجاري", JAN15, "2025-01-01..2025-01-31", "ar", FUTURE),
    case("january_told_feb_ar", "في منتصف يناير الجاري", "2025-02-15", None, "ar"),
    case("day_running_month_ar", "15 يناير الحالي", "2025-01-20", "2025-01-15", "ar"),
    case("mid_this_month_ar", "في منتصف الشهر الجاري", JAN15, "2025-01-01..2025-01-31", "ar"),
    case("running_year_ar", "في العام الجاري", MAR7, "2024-01-01..2024-12-31", "ar"),
]


@pytest.mark.parametrize("row", MONTH_PARTS)
def test_parts_and_days_of_a_named_month(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer


@pytest.mark.parametrize("row", TURKIC)
def test_turkic_weekdays_of_a_week_and_ranges_by_case_endings(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer


@pytest.mark.parametrize("row", PERSIAN_ARABIC)
def test_solar_hijri_halves_and_arabic_parts(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
