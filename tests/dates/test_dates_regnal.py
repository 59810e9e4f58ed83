"""parse_date on Japanese era years and the Minguo (Republic of China) year.

The rule (`dates.regnal`, `regnal_eras` in tables/date_words.json): `{era}{n}年` is the
Gregorian year `first_year + n - 1` (元年 is n = 1), and a date outside the era's span is
None. The spans are those the eras' proclamations set (the dates in force):

* 令和 from 1 May 2019: 元号を改める政令 (平成31年政令第143号, 1 April 2019, in force
  1 May 2019), so 令和元年 is 2019 and Heisei's last day 30 April 2019;
* 平成 from 8 January 1989: 元号を改める政令 (昭和64年政令第1号, 7 January 1989, in force
  the next day), so Showa's last day is 7 January 1989 (昭和64年1月7日);
* 昭和 from 25 December 1926 (詔書 of that day; 大正15年12月25日 is the same day);
* 大正 from 30 July 1912 (詔書 of that day; 明治45年7月30日 the same day);
* 明治 years count from 1868; Japan used the lunisolar calendar until 明治5年12月2日, the
  next day being 明治6年1月1日 = 1 January 1873 (明治5年太政官布告第337号);
* 民國 (Minguo) years count from 1912 = 民國元年 (the Republic's founding, 1 January
  1912), so 民國113年 is 2024, as Taiwan's calendar prints it.

Years before 1900 are None as every Gregorian year is (`dates.calendars`).
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

MAR14 = "2024-03-14"  # a Thursday; 5 March 2024 was a Tuesday
ERA_YEARS = [
    # The era year is its Gregorian year (all None before).
    case("reiwa_day", "令和6年3月5日", MAR14, "2024-03-05 day", "ja"),
    case("reiwa_full_width", "令和６年３月５日", MAR14, "2024-03-05 day", "ja"),
    case("reiwa_year", "令和5年", MAR14, "2023-01-01..2023-12-31 year", "ja"),
    case("reiwa_first_year", "令和元年5月1日", MAR14, "2019-05-01 day", "ja"),
    case("reiwa_weekday", "令和6年3月5日（火）", MAR14, "2024-03-05 day", "ja"),
    case("reiwa_weekday_wrong", "令和6年3月5日（水）", MAR14, None, "ja"),
    case("heisei_last_day", "平成31年4月30日", MAR14, "2019-04-30 day", "ja"),
    case("heisei_first_day", "平成元年1月8日", MAR14, "1989-01-08 day", "ja"),
    case("heisei_month", "平成30年4月", MAR14, "2018-04-01..2018-04-30 month", "ja"),
    case("showa_last_day", "昭和64年1月7日", MAR14, "1989-01-07 day", "ja"),
    case("showa_day", "昭和20年8月15日", MAR14, "1945-08-15 day", "ja"),
    case("taisho_day", "大正12年9月1日", MAR14, "1923-09-01 day", "ja"),
    case("taisho_first_day", "大正元年7月30日", MAR14, "1912-07-30 day", "ja"),
    case("meiji_last_day", "明治45年7月30日", MAR14, "1912-07-30 day", "ja"),
    case("minguo_day", "民國113年3月5日", MAR14, "2024-03-05 day", "zh"),
    case("minguo_simplified", "民国113年", MAR14, "2024-01-01..2024-12-31 year", "zh"),
    case("minguo_full_name", "中華民國113年3月5日", MAR14, "2024-03-05 day", "zh"),
    case("minguo_first_year", "民國元年1月1日", MAR14, "1912-01-01 day", "zh"),
    # Without a language the era tells it.
    case("reiwa_no_language", "令和6年3月5日", MAR14, "2024-03-05 day", None),
    case("minguo_no_language", "民國113年3月5日", MAR14, "2024-03-05 day", None),
    # A date outside its era: None.
    case("heisei_after_end", "平成31年5月1日", MAR14, None, "ja"),
    case("reiwa_before_start", "令和元年4月30日", MAR14, None, "ja"),
    case("showa_after_end", "昭和64年1月8日", MAR14, None, "ja"),
    case("heisei_before_start", "平成元年1月7日", MAR14, None, "ja"),
    case("heisei_year_after_end", "平成32年", MAR14, None, "ja"),
    case("reiwa_year_zero", "令和0年", MAR14, None, "ja"),
    case("meiji_lunisolar", "明治5年3月1日", MAR14, None, "ja"),
    # An era name without a year in digits or 元: None, not the rest read alone.
    case("kanji_year", "令和六年3月5日", MAR14, None, "ja"),
    case("kanji_date", "令和六年三月五日", MAR14, None, "ja"),
    case("emperor_name", "昭和天皇", MAR14, None, "ja"),
    case("before_minguo", "民國前1年", MAR14, None, "zh"),
    # An era fiscal year is a fiscal year (April to March): None, as `2024年度`.
    case("reiwa_fiscal_year", "令和6年度", MAR14, None, "ja"),
    case("reiwa_fiscal_year_no_language", "令和6年度", MAR14, None, None),
]


@pytest.mark.parametrize("row", ERA_YEARS)
def test_era_years(row: DateCase) -> None:
    """Each era date reads as its hand-worked Gregorian day or period, or None."""
    assert row.read() == row.answer
