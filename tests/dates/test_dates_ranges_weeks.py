"""CJK ranges with a year on each end, ISO week numbers, impossible ordinal days,
Persian `روز اول <month>` and publication dates outside 1900-2100.

Hand-worked calendar: ISO week 1 holds the year's first Thursday. 1 January 2024 is a
Monday, so week 45 of 2024 is 4-10 November and 2024 has 52 weeks; 1 January 2025 is a
Wednesday, so week 1 of 2025 is 30 December 2024 - 5 January 2025 and week 3 is 13-19
January; 1 January 2026 is a Thursday, so 2026 has 53 weeks, week 53 being 28 December
2026 - 3 January 2027. 1 Mehr 1402 (Solar Hijri) is 23 September 2023, 1 Esfand 1402 is
20 February 2024. 1848 and 2020 are leap years; 1850 and 2023 are not.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

DEC1 = "2024-12-01"  # a Sunday

RANGES = [
    # Each end with its own year (written here; Recognizers-Text's Korean DateTimeModel
    # spec has `2016년 1월 12일부터 2016년 1월 22일까지`): start..end, day or month precision.
    case("ja_across_years", "2023年12月1日から2024年1月31日まで", None,
         "2023-12-01..2024-01-31 day", "ja"),
    case("ja_wave_dash", "2023年12月1日～2024年1月31日", None, "2023-12-01..2024-01-31", "ja"),
    case("zh_zhi", "2023年12月1日至2024年1月31日", None, "2023-12-01..2024-01-31", "zh"),
    case("zh_dao", "2023年12月1日到2024年1月31日", None, "2023-12-01..2024-01-31", "zh"),
    case("zh_months", "2023年12月至2024年1月", None, "2023-12-01..2024-01-31 month", "zh"),
    case("ko_across_years", "2023년 12월 1일부터 2024년 1월 31일까지", None,
         "2023-12-01..2024-01-31 day", "ko"),
    case("ko_months", "2023년 12월부터 2024년 1월까지", None, "2023-12-01..2024-01-31 month", "ko"),
    case("ko_recognizers", "2016년 1월 12일부터 2016년 1월 22일까지", "2016-11-07",
         "2016-01-12..2016-01-22", "ko"),
    # One end a day, the other a month: which day ends it? None. An end before the start,
    # an impossible day (30 February), more than 400 days: None.
    case("ja_day_to_month", "2023年12月1日から2024年1月まで", None, None, "ja"),
    case("ja_backwards", "2024年12月1日から2023年1月31日まで", None, None, "ja"),
    case("zh_impossible_end", "2023年12月1日至2024年2月30日", None, None, "zh"),
    case("ja_too_long", "2022年12月1日から2024年1月31日まで", None, None, "ja"),
    # A weekday beside each end must fall on its day (5 March 2024 is a Tuesday, the 7th a
    # Thursday; duckling's French corpus: `du lundi 1er au mercredi 10 juillet` told 12
    # February 2013, an upcoming event, is 1-10 July 2013, a Monday and a Wednesday).
    case("ja_end_weekdays", "2024年3月5日(火)～7日(木)", None, "2024-03-05..2024-03-07", "ja"),
    case("ja_end_weekday_wrong", "2024年3月5日(火)～7日(金)", None, None, "ja"),
    case("zh_end_weekdays", "2024年3月5日（星期二）至3月7日（星期四）", None,
         "2024-03-05..2024-03-07", "zh"),
    case("ko_end_weekdays", "2024년 3월 5일(화)부터 7일(목)까지", None, "2024-03-05..2024-03-07",
         "ko"),
    case("fr_end_weekdays", "du mardi 5 au jeudi 7 mars 2024", None, "2024-03-05..2024-03-07",
         "fr"),
    case("fr_end_weekday_wrong", "du mardi 5 au mercredi 7 mars 2024", None, None, "fr"),
    case("fr_duckling", "du lundi 1er au mercredi 10 juillet", "2013-02-12",
         "2013-07-01..2013-07-10", "fr", "future"),
    case("de_end_weekdays", "vom Dienstag, 5. bis Donnerstag, 7. März 2024", None,
         "2024-03-05..2024-03-07", "de"),
    # The forms that read before stay as they were.
    case("zh_same_month", "2024年3月5日至7日", None, "2024-03-05..2024-03-07", "zh"),
    case("ko_same_month", "2024년 3월 5일부터 7일까지", None, "2024-03-05..2024-03-07", "ko"),
]  # fmt: skip

WEEKS = [
    # A calendar week with the publication's year: begun by publication in past tense
    # (`in der 45. Kalenderwoche` is a case of bench/news_langs_cases.json).
    case("de_kalenderwoche", "in der 45. Kalenderwoche", "2024-11-08",
         "2024-11-04..2024-11-10 day", "de"),
    case("de_kw", "KW 45", DEC1, "2024-11-04..2024-11-10", "de"),
    case("de_kw_low_number", "in KW 3", DEC1, "2024-01-15..2024-01-21", "de"),
    case("de_kw_range", "KW 45-47", DEC1, "2024-11-04..2024-11-24", "de"),
    # Not begun by publication in past tense (week 50 is 9-15 December): None; of an
    # upcoming event it is this year's.
    case("de_kw_not_begun", "KW 50", DEC1, None, "de"),
    case("de_kw_upcoming", "KW 50", DEC1, "2024-12-09..2024-12-15", "de", "future"),
    case("de_kw_upcoming_over", "KW 45", DEC1, None, "de", "future"),
    case("de_kw_without_publication", "KW 45", None, None, "de"),
    # A written year; a week 53 only in a year that has one.
    case("de_kw_slash_year", "KW 45/2024", None, "2024-11-04..2024-11-10", "de"),
    case("de_kw_53", "KW 53/2026", None, "2026-12-28..2027-01-03", "de"),
    case("de_kw_53_missing", "KW 53/2024", None, None, "de"),
    case("iso_notation", "2024-W45", None, "2024-11-04..2024-11-10", "en"),
    # Recognizers-Text's English DateTimeModel: `week 3 of 2027` is 2027-W03, 18-24 January.
    case("en_week_of_year", "week 3 of 2027", "2018-07-02", "2027-01-18..2027-01-24", "en",
         "future"),
    case("en_week_of_year_2025", "week 3 of 2025", None, "2025-01-13..2025-01-19", "en"),
    case("en_week_45", "week 45", DEC1, "2024-11-04..2024-11-10", "en"),
    case("en_calendar_week_3", "calendar week 3", DEC1, "2024-01-15..2024-01-21", "en"),
    # A plain week word up to 5 without a year may count a month's or an event's weeks.
    case("en_week_3_alone", "week 3", DEC1, None, "en"),
    case("zh_week_3_alone", "第3周", DEC1, None, "zh"),
    case("de_woche_3_alone", "Woche 3", DEC1, None, "de"),
    case("en_week_of_an_event", "week 45 of the trial", DEC1, None, "en"),
    case("fr_semaine", "semaine 45", DEC1, "2024-11-04..2024-11-10", "fr"),
    case("fr_semaine_year", "la 45e semaine de 2024", None, "2024-11-04..2024-11-10", "fr"),
    case("es_semana", "la semana 45 de 2024", None, "2024-11-04..2024-11-10", "es"),
    case("ru_nedelya", "на 45-й неделе 2024 года", None, "2024-11-04..2024-11-10", "ru"),
    case("zh_di_zhou", "第45周", DEC1, "2024-11-04..2024-11-10", "zh"),
    case("zh_year_di_zhou", "2024年第45周", None, "2024-11-04..2024-11-10", "zh"),
    case("ja_di_shu", "2024年第45週", None, "2024-11-04..2024-11-10", "ja"),
    case("ko_jucha", "2024년 45주차", None, "2024-11-04..2024-11-10", "ko"),
    # Without a language every table is tried.
    case("no_language_kw", "KW 45", DEC1, "2024-11-04..2024-11-10", None),
    # Counts of weeks stay relative (`2주 전`: two weeks ago, the week of 11-17 November).
    case("ko_two_weeks_ago", "2주 전", DEC1, "2024-11-11..2024-11-17", "ko"),
]  # fmt: skip

ORDINALS = [
    # An ordinal day no month has makes the whole None, as digits do (was May 2020; the
    # Persian `سی و دوم` was read as the 2nd).
    case("ar_32nd", "الثاني والثلاثين من مايو 2020", None, None, "ar"),
    case("ar_35th", "الخامس والثلاثون من مايو 2020", None, None, "ar"),
    case("ar_40th", "الأربعين من مايو 2020", None, None, "ar"),
    case("fa_32nd", "سی و دوم اردیبهشت ۱۴۰۲", None, None, "fa"),
    case("fa_32nd_glued", "سی‌ودوم اردیبهشت ۱۴۰۲", None, None, "fa"),
    case("en_digits", "32 May 2020", None, None, "en"),
    case("de_digits", "32. Mai 2020", None, None, "de"),
    case("ar_digits", "32 مايو 2020", None, None, "ar"),
    case("zh_digits", "2020年5月32日", None, None, "zh"),
    # 31 Ordibehesht exists (the first six Solar Hijri months have 31 days): 21 May 2023.
    case("fa_31st", "سی و یکم اردیبهشت ۱۴۰۲", None, "2023-05-21", "fa"),
    # `روز اول مهر`, "the first day of Mehr": 1 Mehr; `روز اول` before anything else
    # (`روز اول سفر`, "the first day of the trip") or before a date stays None.
    case("fa_first_day_of_mehr", "روز اول مهر", "2023-12-01", "2023-09-23 day", "fa"),
    case("fa_first_day_of_esfand", "روز اول اسفند ۱۴۰۲", None, "2024-02-20", "fa"),
    case("fa_first_day_of_trip", "روز اول سفر", "2023-12-01", None, "fa"),
    case("fa_first_day_then_date", "روز اول، ۱۵ مهر", "2023-12-01", None, "fa"),
    case("fa_first_day_of_week", "روز اول هفته", "2023-12-01", None, "fa"),
]  # fmt: skip

PUBLICATION_YEARS = [
    # A year from the publication date may lie before 1900 (`yesterday` already did).
    case("pub_1850", "5 March", "1850-03-10", "1850-03-05", "en"),
    case("pub_1850_month", "last month", "1850-03-10", "1850-02-01..1850-02-28", "en"),
    case("pub_1850_last_year", "last year", "1850-03-10", "1849-01-01..1849-12-31", "en"),
    # A year written in the text keeps the 1900-2100 range.
    case("text_1850", "5 March 1850", "1850-03-10", None, "en"),
    # 29 February of an upcoming event: the next one (duckling's corpus in
    # bench_corpus: `Feb 29` told 22 March 2017 is 29 February 2020).
    case("leap_day_upcoming", "Feb 29", "2017-03-22", "2020-02-29", "en", "future"),
    case("leap_day_upcoming_zh", "2月29日", "2019-03-22", "2020-02-29", "zh", "future"),
    # Past tense: told in a leap year, the most recent one; told in a year without one
    # None (chrono reads `29 February` told in August 2013 as invalid).
    case("leap_day_past_2024", "29 Feb", "2024-05-01", "2024-02-29", "en"),
    case("leap_day_past_2023", "29 Feb", "2023-05-01", None, "en"),
    case("leap_day_past_2021", "29 Feb", "2021-05-01", None, "en"),
]  # fmt: skip


@pytest.mark.parametrize("row", RANGES + WEEKS + ORDINALS + PUBLICATION_YEARS)
def test_ranges_weeks_ordinals_publication_years(row: DateCase) -> None:
    """Each expression reads as its hand-worked period, or None where unsure."""
    assert row.read() == row.answer
