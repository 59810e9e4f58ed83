"""News text about visits in Chinese, Japanese and Korean, by category.

Written here (bench/news_langs_cases.json has every case); each answer is worked out by
hand: 14 March 2024 is a Thursday, 5 March 2024 a Tuesday, 10 March 2024 a Sunday.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

MAR14 = "2024-03-14"
NEWS_CJK = [
    # Seasons depend on hemisphere and convention: None, never the year (was 2023).
    case("season_zh", "2023年春季", MAR14, None, "zh"),
    case("season_ja", "2023年春", MAR14, None, "ja"),
    case("season_ko", "2023년 봄", MAR14, None, "ko"),
    # A half or quarter of a named year is its months (was the whole year 2023); without
    # a year None (`上半年`: this year's, or a match's first half?).
    case("half_zh", "2023年下半年", MAR14, "2023-07-01..2023-12-31", "zh"),
    case("quarter_zh", "2023年第三季度", MAR14, "2023-07-01..2023-09-30", "zh"),
    case("quarter_zh_last_year", "去年第三季度", MAR14, "2023-07-01..2023-09-30", "zh"),
    case("half_ko", "작년 하반기", MAR14, "2023-07-01..2023-12-31", "ko"),
    case("quarter_ko", "지난해 3분기", MAR14, "2023-07-01..2023-09-30", "ko"),
    case("half_zh_no_year", "上半年", MAR14, None, "zh"),
    case("quarter_ko_no_year", "3분기", MAR14, None, "ko"),
    # A day of a lunar month (`十月初一`) is no `月初`, "the start of a month".
    case("lunar_zh", "农历2015年十月初一", "2017-03-22", "2015-01-01..2015-12-31", "zh"),
    # The 11th and 12th lunar months can fall in the next Gregorian year: lunar 2015's
    # `十二月初一` was 10 January 2016, `腊月二十三` 1 February 2016 (both read as 2015 before).
    case("lunar_twelfth_month_zh", "农历2015年十二月初一", "2017-03-22", None, "zh"),
    case("lunar_la_month_zh", "农历2015年腊月二十三", "2017-03-22", None, "zh"),
    case("lunar_eleventh_month_zh", "2015年农历十一月", "2017-03-22", None, "zh"),
    # Japanese 年度 is a fiscal year (April to March in Japan): not the calendar year 2023.
    case("fiscal_year_ja", "2023年度", MAR14, None, "ja"),
    case("fiscal_half_ja", "2023年度上半期", MAR14, None, "ja"),
    # The end of a year is no whole year (was 2023).
    case("year_end_ko", "2023년 말", MAR14, None, "ko"),
    case("year_end_zh", "2023年底", MAR14, None, "zh"),
    # A decade is its ten years (Chinese and Japanese `1990年代` was the year 1990).
    case("decade_zh", "1990年代", MAR14, "1990-01-01..1999-12-31", "zh"),
    case("decade_ja", "1990年代", MAR14, "1990-01-01..1999-12-31", "ja"),
    case("decade_ko", "1990년대", MAR14, "1990-01-01..1999-12-31", "ko"),
    case("decade_zh_century", "上世纪90年代", MAR14, None, "zh"),
    # Japanese era year 元年 ("first year") is no year of the publication (was 2023-05-01,
    # then None): Reiwa's first year is 2019, from 1 May 2019 (tests/dates/test_dates_regnal.py).
    case("era_first_year_ja", "令和元年5月1日", MAR14, "2019-05-01", "ja"),
    # `以降` ("from ... on") runs to publication like `以来` (was the year 2023 alone).
    case("since_ja", "2023年以降", MAR14, "2023-01-01..2024-03-14", "ja"),
    case("since_zh", "自2023年以来", MAR14, "2023-01-01..2024-03-14", "zh"),
    # A weekday in brackets that contradicts the date gives None (5 March 2024 is a
    # Tuesday; the Japanese and Korean Wednesday was passed over); the right one reads.
    case("weekday_wrong_ja", "2024年3月5日(水)", MAR14, None, "ja"),
    case("weekday_wrong_ko", "2024년 3월 5일(수)", MAR14, None, "ko"),
    case("weekday_wrong_zh", "2024年3月5日（星期三）", MAR14, None, "zh"),
    case("weekday_right_ja", "2024年3月5日(火)", MAR14, "2024-03-05", "ja"),
    case("weekday_right_ko", "2024년 3월 5일(화)", MAR14, "2024-03-05", "ko"),
    case("weekday_sunday_ja", "2024年3月10日(日)", MAR14, "2024-03-10", "ja"),
    # Ranges, relative days and weeks as news writes them.
    case("range_ja", "3月5日から7日まで", MAR14, "2024-03-05..2024-03-07", "ja"),
    case("range_ko", "3월 5~7일", MAR14, "2024-03-05..2024-03-07", "ko"),
    case("range_zh", "3月5日至7日", MAR14, "2024-03-05..2024-03-07", "zh"),
    case("last_friday_ja", "先週金曜日", MAR14, "2024-03-08", "ja"),
    case("last_friday_ko", "지난주 금요일", MAR14, "2024-03-08", "ko"),
    case("day_before_yesterday_zh", "前天", MAR14, "2024-03-12", "zh"),
    case("three_days_ago_zh", "三天前", MAR14, "2024-03-11", "zh"),
    case("full_width_zh", "２０２４年３月５日", MAR14, "2024-03-05", "zh"),
]


@pytest.mark.parametrize("row", NEWS_CJK)
def test_news_text_in_chinese_japanese_korean(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
