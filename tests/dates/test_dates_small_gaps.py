"""parse_date on five small gaps: year-first ranges whose second end has no year, week
numbers of a relative year, Arabic ordinal days no month has, halves and quarters of a
Gregorian year in Persian, and `New Year 2019`.

Sources: `2024.3.5~3.7` and `نیمه نخست سال ۲۰۲۳`, `سه‌ماهه اول ۲۰۲۴` are cases of
bench/news_langs_cases.json (ko `ranges`, fa `halves and quarters`); `week 27 of last
year` and `semana 27 del año pasado` are Recognizers-Text's DateTimeModel specs ("Show
sales in the week 27 of last year", "Mostrar ventas en la semana 27 del año pasado",
published 2 July 2018, timex 2017-W27); the other forms are the same constructions as
written in Korean, Japanese, Chinese, German, French and Russian news, and `New Year
2019` follows the README's rule for `Christmas 2019`. Values worked out by hand: ISO
week 1 of 2017 starts on Monday 2 January (1 January is a Sunday), so week 27 runs from
2 January + 26 weeks = 3 July to 9 July 2017; week 1 of 2024 starts on Monday 1
January, week 27 on 1 July; 2023 has 52 ISO weeks (it starts on a Sunday and is no leap
year). The first half of 2024 is January to June, its first quarter January to March;
the first half of Solar Hijri 1403 is Farvardin to Shahrivar, 20 March to 21 September
2024.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

RANGES = [
    # `2024.3.5~3.7` (news_langs_cases, ko ranges): 5 to 7 March 2024.
    case(
        "ko_dotted_range_month_and_day",
        "2024.3.5~3.7",
        "2024-11-20",
        "2024-03-05..2024-03-07 day",
        "ko",
    ),
    # `2024.3.5~7`: the second end a day of the same month.
    case("ko_dotted_range_day_only", "2024.3.5~7", "2024-11-20", "2024-03-05..2024-03-07", "ko"),
    # `2024.3.5-3.7` with a hyphen.
    case("ko_dotted_range_hyphen", "2024.3.5-3.7", "2024-11-20", "2024-03-05..2024-03-07", "ko"),
    # `2024.3.5～7`: a full-width tilde.
    case(
        "ko_dotted_range_full_width_tilde",
        "2024.3.5～7",
        "2024-11-20",
        "2024-03-05..2024-03-07",
        "ko",
    ),
    # `2024. 3. 5.~3. 7.`: spaced dots, as Korean writes them.
    case("ko_spaced_dots", "2024. 3. 5.~3. 7.", "2024-11-20", "2024-03-05..2024-03-07", "ko"),
    # `2024.3.5~7일`: the day with its counter word.
    case("ko_day_with_counter", "2024.3.5~7일", "2024-11-20", "2024-03-05..2024-03-07", "ko"),
    # `2024.3.5-3.7` in Chinese, `2024/3/5～3/7` in Japanese: the same reading.
    case("zh_dotted_range", "2024.3.5-3.7", "2024-11-20", "2024-03-05..2024-03-07", "zh"),
    case("ja_slashed_range", "2024/3/5～3/7", "2024-11-20", "2024-03-05..2024-03-07", "ja"),
    # `2024.3.5~4.2`: across a month's end, 5 March to 2 April.
    case("ko_range_into_next_month", "2024.3.5~4.2", "2024-11-20", "2024-03-05..2024-04-02", "ko"),
    # `2024.3.7~3.5`: the end before the start, None.
    case("ko_end_before_start_is_none", "2024.3.7~3.5", "2024-11-20", None, "ko"),
    # `2024.3.5~2.30`: no 30 February, None.
    case("ko_invalid_end_is_none", "2024.3.5~2.30", "2024-11-20", None, "ko"),
    # `2024.3.5~7명`: 5 to 7 people? No date end, None.
    case("ko_count_after_is_none", "2024.3.5~7명", "2024-11-20", None, "ko"),
    # `2024.3.5~3.7.2025`: a whole second date; 5 March 2024 to 3 July 2025? None.
    case("ko_second_date_with_year_is_none", "2024.3.5~3.7.2025", "2024-11-20", None, "ko"),
]

WEEKS = [
    # Recognizers-Text DateTimeModel, published 2 July 2018: 2017-W27, 3-9 July 2017.
    case(
        "en_week_of_last_year", "week 27 of last year", "2018-07-02", "2017-07-03..2017-07-09 day"
    ),
    # The Spanish spec of the same sentence.
    case(
        "es_week_of_last_year",
        "semana 27 del año pasado",
        "2018-07-02",
        "2017-07-03..2017-07-09",
        "es",
    ),
    # `KW 27 des vergangenen Jahres`, `27. KW des Vorjahres`.
    case(
        "de_kw_of_last_year",
        "KW 27 des vergangenen Jahres",
        "2018-07-02",
        "2017-07-03..2017-07-09",
        "de",
    ),
    case(
        "de_kw_of_previous_year",
        "27. KW des Vorjahres",
        "2018-07-02",
        "2017-07-03..2017-07-09",
        "de",
    ),
    # `去年第27周`, `昨年第27週`, `작년 27주차`: last year's week 27.
    case("zh_last_year_week", "去年第27周", "2018-07-02", "2017-07-03..2017-07-09", "zh"),
    case("ja_last_year_week", "昨年第27週", "2018-07-02", "2017-07-03..2017-07-09", "ja"),
    case("ko_last_year_week", "작년 27주차", "2018-07-02", "2017-07-03..2017-07-09", "ko"),
    # `semaine 27 de l'année dernière`, `на 27-й неделе прошлого года`.
    case(
        "fr_week_of_last_year",
        "semaine 27 de l'année dernière",
        "2018-07-02",
        "2017-07-03..2017-07-09",
        "fr",
    ),
    case(
        "ru_week_of_last_year",
        "на 27-й неделе прошлого года",
        "2018-07-02",
        "2017-07-03..2017-07-09",
        "ru",
    ),
    # `week 27 of this year` told in June 2024: 1-7 July 2024.
    case(
        "en_week_of_this_year",
        "week 27 of this year",
        "2024-06-15",
        "2024-07-01..2024-07-07",
        "en",
        "future",
    ),
    # `week 3 of last year`: a year is given, so a low number is the calendar week,
    # 16-22 January 2023.
    case("en_low_week_of_last_year", "week 3 of last year", "2024-06-15", "2023-01-16..2023-01-22"),
    # `week 53 of last year` told in 2024: 2023 has no week 53, None.
    case("en_missing_week_is_none", "week 53 of last year", "2024-06-15", None),
    # Without a publication date there is no last year: None.
    case("en_week_of_last_year_unpublished", "week 27 of last year", None, None),
]

ARABIC_ORDINALS = [
    # `الحادي والثلاثين من مارس 2024`: 31 March 2024 (the tables' ordinals).
    case("ar_thirty_first", "الحادي والثلاثين من مارس 2024", "2024-06-15", "2024-03-31", "ar"),
    # `الحادي والأربعين من مارس 2024`: no 41st of March, None (it was March 2024).
    case("ar_forty_first_is_none", "الحادي والأربعين من مارس 2024", "2024-06-15", None, "ar"),
    # `الخامس والخمسين من مارس 2024`, `الحادي والستين`: 55th, 61st, None.
    case("ar_fifty_fifth_is_none", "الخامس والخمسين من مارس 2024", "2024-06-15", None, "ar"),
    case("ar_sixty_first_is_none", "الحادي والستين من مارس 2024", "2024-06-15", None, "ar"),
    # `الخمسين من مارس 2024`: the 50th, None.
    case("ar_fiftieth_is_none", "الخمسين من مارس 2024", "2024-06-15", None, "ar"),
    # `الحادي والثلاثين من أبريل 2024`: April has 30 days, None.
    case(
        "ar_thirty_first_of_april_is_none",
        "الحادي والثلاثين من أبريل 2024",
        "2024-06-15",
        None,
        "ar",
    ),
    # `الخامس من مارس 2024`: 5 March 2024, unchanged.
    case("ar_fifth", "الخامس من مارس 2024", "2024-06-15", "2024-03-05", "ar"),
]

PERSIAN_PARTS = [
    # news_langs_cases (fa): the first half of 2023, January to June.
    case(
        "fa_first_half_gregorian",
        "نیمه نخست سال ۲۰۲۳",
        "2024-05-15",
        "2023-01-01..2023-06-30 month",
        "fa",
    ),
    # news_langs_cases (fa): the first quarter of 2024, January to March.
    case(
        "fa_first_quarter_gregorian",
        "سه\u200cماهه اول ۲۰۲۴",
        "2024-05-15",
        "2024-01-01..2024-03-31",
        "fa",
    ),
    # `در نیمه دوم سال ۲۰۲۳`: July to December 2023.
    case(
        "fa_second_half_gregorian",
        "در نیمه دوم سال ۲۰۲۳",
        "2024-05-15",
        "2023-07-01..2023-12-31",
        "fa",
    ),
    # `سه ماهه چهارم ۲۰۲۳`: October to December 2023.
    case(
        "fa_fourth_quarter_gregorian",
        "سه ماهه چهارم ۲۰۲۳",
        "2024-05-15",
        "2023-10-01..2023-12-31",
        "fa",
    ),
    # `نیمه نخست سال ۱۴۰۳`: Solar Hijri, 20 March to 21 September 2024, unchanged.
    case("fa_first_half_solar", "نیمه نخست سال ۱۴۰۳", "2024-05-15", "2024-03-20..2024-09-21", "fa"),
    # `سه ماهه پنجم ۲۰۲۴`: no fifth quarter, None.
    case("fa_fifth_quarter_is_none", "سه ماهه پنجم ۲۰۲۴", "2024-05-15", None, "fa"),
]

NEW_YEAR = [
    # README: `Christmas 2019` is None (the season runs into January), `Easter 2019` its
    # day, 21 April 2019 (the Church of England's table of Easter days).
    case("christmas_with_year_is_none", "Christmas 2019", "2019-06-15", None),
    case("easter_with_year_is_the_day", "Easter 2019", "2019-06-15", "2019-04-21 day"),
    # `New Year 2019`: its celebration starts on 31 December 2018, outside 2019: None.
    case("new_year_with_year_is_none", "New Year 2019", "2019-06-15", None),
    case("over_new_year_is_none", "over the New Year holidays of 2019", "2019-06-15", None),
    # `New Year's Day 2019`, `New Year's Eve 2019`: those days.
    case("new_years_day_is_the_day", "New Year's Day 2019", "2019-06-15", "2019-01-01"),
    case("new_years_eve_is_the_day", "New Year's Eve 2019", "2020-06-15", "2019-12-31"),
    # `Lunar New Year 2019` (5 February 2019): a movable feast inside its year, the year.
    case(
        "lunar_new_year_is_the_year", "Lunar New Year 2019", "2019-06-15", "2019-01-01..2019-12-31"
    ),
]


@pytest.mark.parametrize("row", RANGES + WEEKS + ARABIC_ORDINALS + PERSIAN_PARTS + NEW_YEAR)
def test_small_gaps(row: DateCase) -> None:
    """Each expression reads as its hand-worked period, or None where unsure."""
    assert row.read() == row.answer
