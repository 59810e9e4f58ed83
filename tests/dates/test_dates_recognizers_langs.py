"""parse_date on Recognizers-Text's date specs in Arabic, Chinese, French, Korean, Spanish
and Turkish: the categories it got wrong, and what must stay.

Each case is quoted from `Specs/DateTime/<Language>/DateParser.json`,
`DatePeriodParser.json` or `DateTimeModel.json` of microsoft/Recognizers-Text (commit
90e968ea, bench/recognizers_langs_cases.json), the date text Recognizers extracts with its
reference date as `published`; the file is named in each docstring. Guards that are not
from the specs say "written here". Expected values are worked out by hand: 7 November 2016
is a Monday; Ramadan 1438 ran from 27 May to 24 June 2017 (Umm al-Qura).
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

CASES = [
    # --- decades in Korean and Turkish: ten years, not the first one ----------------------
    # Korean DatePeriodParser `1970년대에`: the 1970s, not the year 1970.
    case("korean_decade", "1970년대", "2016-11-07", "1970-01-01..1979-12-31", "ko"),
    # Turkish DatePeriodParser `1970'lerde`: the 1970s, not the year 1970.
    case(
        "turkish_decade_with_case_suffix",
        "1970'lerde",
        "2016-11-07",
        "1970-01-01..1979-12-31",
        "tr",
    ),
    # Turkish DateTimeModel `1990'lardaki ABD Başkanları kimdir`: the 1990s.
    case(
        "turkish_decade_with_adjective_suffix",
        "1990'lardaki",
        "2016-11-07",
        "1990-01-01..1999-12-31",
        "tr",
    ),
    # `1970'li yıllarda` (written here: "in the 1970 years"), the everyday form: the 1970s.
    case("turkish_decade_years", "1970'li yıllarda", "2016-11-07", "1970-01-01..1979-12-31", "tr"),
    # --- a week of a day: never the day itself --------------------------------------------
    # Spanish DatePeriodParser `semana del 16 de septiembre`: a week, not 16 September.
    case("spanish_week_of_a_day", "semana del 16 de septiembre", "2016-11-07", None, "es"),
    # French DatePeriodParser `semaine de septembre.16`: a week, not 16 September.
    case("french_week_of_a_day", "semaine de septembre.16", "2016-11-07", None, "fr"),
    # Turkish DatePeriodParser `16 Eylül haftası`: a week, not 16 September.
    case("turkish_week_of_a_day", "16 Eylül haftası", "2016-11-07", None, "tr"),
    # Korean DatePeriodParser `9월 16일의 주`: a week, not 16 September.
    case("korean_week_of_a_day", "9월 16일의 주", "2016-11-07", None, "ko"),
    # Arabic DatePeriodParser `أسبوع 16 سبتمبر`: a week, not 16 September.
    case("arabic_week_of_a_day", "أسبوع 16 سبتمبر", "2016-11-07", None, "ar"),
    # Turkish DateTimeModel `Ocak'ın 3'üncü haftasına`: a week, not 3 January.
    case("turkish_third_week_of_january", "Ocak'ın 3'üncü haftasına", "2018-11-29", None, "tr"),
    # `la primera semana de octubre de 2014` (duckling's Spanish corpus) is still October
    # 2014: a week of a month is read as the month (its part, not a day).
    case(
        "spanish_week_of_a_month_stays",
        "la primera semana de octubre de 2014",
        "2013-02-12",
        "2014-10-01..2014-10-31",
        "es",
    ),
    # `hace 2 semanas` (written here) told Monday 7 Nov 2016 is still the week of 24 Oct.
    case("spanish_weeks_ago_stays", "hace 2 semanas", "2016-11-07", "2016-10-24..2016-10-30", "es"),
    # `2 hafta önce` (written here) told Monday 7 Nov 2016 is still the week of 24 Oct.
    case("turkish_weeks_ago_stays", "2 hafta önce", "2016-11-07", "2016-10-24..2016-10-30", "tr"),
    # --- years written in words: not read, so never the publication's year ----------------
    # Spanish DatePeriodParser `de 2 a 7 de feb de dos mil dieciocho`: 2018, not 2016.
    case("spanish_year_in_words", "de 2 a 7 de feb de dos mil dieciocho", "2016-11-07", None, "es"),
    # Arabic DatePeriodParser `من 2 إلى 7 فبراير ، ألفان وثمانية عشر`: 2018, not 2016.
    case("arabic_year_in_words", "من 2 إلى 7 فبراير ، ألفان وثمانية عشر", "2016-11-07", None, "ar"),
    # Arabic DateParser `سبتمبر10, ألف وتسعمائة وواحد`: 1901, not 2016.
    case("arabic_past_year_in_words", "سبتمبر10, ألف وتسعمائة وواحد", "2016-11-07", None, "ar"),
    # Turkish DateParser `10 Eylül bin dokuz yüz bir`: 1901, not 2016.
    case("turkish_year_in_words", "10 Eylül bin dokuz yüz bir", "2016-11-07", None, "tr"),
    # --- other words that were passed over ------------------------------------------------
    # Chinese DatePeriodParser `康熙20年9月` (Kangxi 20, 1681): not 20 September.
    case("chinese_era_year", "康熙20年9月", "2017-03-22", None, "zh"),
    # `20年前` (written here) told in 2017 is still 1997.
    case("chinese_years_ago_stays", "20年前", "2017-03-22", "1997-01-01..1997-12-31", "zh"),
    # `رمضان المقبل` (written here) told 7 Nov 2016 is still Ramadan 1438.
    case(
        "arabic_next_ramadan_stays",
        "رمضان المقبل",
        "2016-11-07",
        "2017-05-27..2017-06-24",
        "ar",
        "future",
    ),
    # Spanish DatePeriodParser `en los 1970`: the plural article makes it the decade, not
    # the year 1970 – unread, None.
    case("spanish_los_and_a_year", "en los 1970", "2016-11-07", None, "es"),
    # `los años 1970` (written here) is still the 1970s.
    case(
        "spanish_anos_and_a_year_stays",
        "los años 1970",
        "2016-11-07",
        "1970-01-01..1979-12-31",
        "es",
    ),
    # Spanish DateTimeModel `Programáme una reunión mar`: `mar` abbreviates martes and
    # marzo – None, not March.
    case("spanish_mar_alone", "mar", "2017-12-04", None, "es"),
    # `15 mar` (written here) is still 15 March.
    case("spanish_mar_with_a_day_stays", "15 mar", "2017-12-04", "2017-03-15", "es"),
    # Spanish DateTimeModel `entre enero de 2019 y hoy`: a range to publication, not
    # January 2019.
    case(
        "spanish_between_a_month_and_today", "entre enero de 2019 y hoy", "2020-04-26", None, "es"
    ),
    # Spanish DateTimeModel `de este mayo a octubre de 2020` told 24 Oct 2018: not May to
    # October 2020 (`este mayo` alone is None, as English `this May`).
    case(
        "spanish_this_month_in_a_range", "de este mayo a octubre de 2020", "2018-10-24", None, "es"
    ),
    # --- numbers in Chinese, Japanese and Korean text -------------------------------------
    # Korean DateParser `3-7-2017` (Recognizers: 7 March; its Chinese spec reads the same
    # form as 3 July): month or day first – None.
    case("korean_day_month_year_ambiguous", "3-7-2017", "2016-11-07", None, "ko"),
    # Chinese DateParser `3-7-2017`: 3 July or 7 March – None.
    case("chinese_day_month_year_ambiguous", "3-7-2017", "2016-11-07", None, "zh"),
    # Korean DateParser `02/22/2016`: 22 is no month, so 22 February 2016.
    case("korean_month_first_evident", "02/22/2016", "2016-11-07", "2016-02-22", "ko"),
    # Korean DatePeriodParser `2015년부터 2017년 5월 5일까지`: 2017 belongs to 5 May, not to
    # a range of years 2015-2017 – not 5 May 2016.
    case("korean_year_to_full_date", "2015년부터 2017년 5월 5일까지", "2016-11-07", None, "ko"),
    # `2015년부터 2017년까지` (written here) is still 2015 to 2017.
    case(
        "korean_range_of_years_stays",
        "2015년부터 2017년까지",
        "2016-11-07",
        "2015-01-01..2017-12-31",
        "ko",
    ),
    # --- Nones taken ----------------------------------------------------------------------
    # German DatePeriodParser `vom 3. bis zum 12. September` told 7 Nov 2016: 3-12 Sep.
    case(
        "german_range_bis_zum",
        "vom 3. bis zum 12. September",
        "2016-11-07",
        "2016-09-03..2016-09-12",
        "de",
    ),
    # German DateParser `den 28.10.` told 2 Dec 2019 (past): 28 October 2019.
    case("german_dotted_day_month", "den 28.10.", "2019-12-02", "2019-10-28", "de"),
    # German DateParser `15.1.` told 7 Jan 2016 (past): 15 January 2015, the most recent.
    case("german_dotted_day_month_last_year", "15.1.", "2016-01-07", "2015-01-15", "de"),
    # `28.10.` (written here) in English is no date form: None.
    case("english_dotted_numbers_stay_none", "28.10.", "2019-12-02", None),
    # `28.10. 2015` (written here) is still 28 October 2015, not this year's.
    case(
        "german_dotted_day_month_with_spaced_year_stays",
        "28.10. 2015",
        "2016-11-07",
        "2015-10-28",
        "de",
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_recognizer_cases_in_other_languages(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
