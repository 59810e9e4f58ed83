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

from typing import Literal

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date


def _span(
    text: str, lang: str, published: str, tense: Literal["past", "future"] = "past"
) -> tuple[str, str] | None:
    value: DateValue | None = parse_date(text, language=lang, published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "")


# --- decades in Korean and Turkish: ten years, not the first one -----------------------


def test_korean_decade() -> None:
    """Korean DatePeriodParser `1970년대에`: the 1970s, not the year 1970."""
    assert _span("1970년대", "ko", "2016-11-07") == ("1970-01-01", "1979-12-31")


def test_turkish_decade_with_case_suffix() -> None:
    """Turkish DatePeriodParser `1970'lerde`: the 1970s, not the year 1970."""
    assert _span("1970'lerde", "tr", "2016-11-07") == ("1970-01-01", "1979-12-31")


def test_turkish_decade_with_adjective_suffix() -> None:
    """Turkish DateTimeModel `1990'lardaki ABD Başkanları kimdir`: the 1990s."""
    assert _span("1990'lardaki", "tr", "2016-11-07") == ("1990-01-01", "1999-12-31")


def test_turkish_decade_years() -> None:
    """`1970'li yıllarda` (written here: "in the 1970 years"), the everyday form: the 1970s."""
    assert _span("1970'li yıllarda", "tr", "2016-11-07") == ("1970-01-01", "1979-12-31")


# --- a week of a day: never the day itself ----------------------------------------------


def test_spanish_week_of_a_day() -> None:
    """Spanish DatePeriodParser `semana del 16 de septiembre`: a week, not 16 September."""
    assert _span("semana del 16 de septiembre", "es", "2016-11-07") is None


def test_french_week_of_a_day() -> None:
    """French DatePeriodParser `semaine de septembre.16`: a week, not 16 September."""
    assert _span("semaine de septembre.16", "fr", "2016-11-07") is None


def test_turkish_week_of_a_day() -> None:
    """Turkish DatePeriodParser `16 Eylül haftası`: a week, not 16 September."""
    assert _span("16 Eylül haftası", "tr", "2016-11-07") is None


def test_korean_week_of_a_day() -> None:
    """Korean DatePeriodParser `9월 16일의 주`: a week, not 16 September."""
    assert _span("9월 16일의 주", "ko", "2016-11-07") is None


def test_arabic_week_of_a_day() -> None:
    """Arabic DatePeriodParser `أسبوع 16 سبتمبر`: a week, not 16 September."""
    assert _span("أسبوع 16 سبتمبر", "ar", "2016-11-07") is None


def test_turkish_third_week_of_january() -> None:
    """Turkish DateTimeModel `Ocak'ın 3'üncü haftasına`: a week, not 3 January."""
    assert _span("Ocak'ın 3'üncü haftasına", "tr", "2018-11-29") is None


def test_spanish_week_of_a_month_stays() -> None:
    """`la primera semana de octubre de 2014` (duckling's Spanish corpus) is still October
    2014: a week of a month is read as the month (its part, not a day)."""
    assert _span("la primera semana de octubre de 2014", "es", "2013-02-12") == (
        "2014-10-01",
        "2014-10-31",
    )


def test_spanish_weeks_ago_stays() -> None:
    """`hace 2 semanas` (written here) told Monday 7 Nov 2016 is still the week of 24 Oct."""
    assert _span("hace 2 semanas", "es", "2016-11-07") == ("2016-10-24", "2016-10-30")


def test_turkish_weeks_ago_stays() -> None:
    """`2 hafta önce` (written here) told Monday 7 Nov 2016 is still the week of 24 Oct."""
    assert _span("2 hafta önce", "tr", "2016-11-07") == ("2016-10-24", "2016-10-30")


# --- years written in words: not read, so never the publication's year ----------------


def test_spanish_year_in_words() -> None:
    """Spanish DatePeriodParser `de 2 a 7 de feb de dos mil dieciocho`: 2018, not 2016."""
    assert _span("de 2 a 7 de feb de dos mil dieciocho", "es", "2016-11-07") is None


def test_arabic_year_in_words() -> None:
    """Arabic DatePeriodParser `من 2 إلى 7 فبراير ، ألفان وثمانية عشر`: 2018, not 2016."""
    assert _span("من 2 إلى 7 فبراير ، ألفان وثمانية عشر", "ar", "2016-11-07") is None


def test_arabic_past_year_in_words() -> None:
    """Arabic DateParser `سبتمبر10, ألف وتسعمائة وواحد`: 1901, not 2016."""
    assert _span("سبتمبر10, ألف وتسعمائة وواحد", "ar", "2016-11-07") is None


def test_turkish_year_in_words() -> None:
    """Turkish DateParser `10 Eylül bin dokuz yüz bir`: 1901, not 2016."""
    assert _span("10 Eylül bin dokuz yüz bir", "tr", "2016-11-07") is None


# --- other words that were passed over ------------------------------------------------


def test_chinese_era_year() -> None:
    """Chinese DatePeriodParser `康熙20年9月` (Kangxi 20, 1681): not 20 September."""
    assert _span("康熙20年9月", "zh", "2017-03-22") is None


def test_chinese_years_ago_stays() -> None:
    """`20年前` (written here) told in 2017 is still 1997."""
    assert _span("20年前", "zh", "2017-03-22") == ("1997-01-01", "1997-12-31")


def test_arabic_next_ramadan_stays() -> None:
    """`رمضان المقبل` (written here) told 7 Nov 2016 is still Ramadan 1438."""
    assert _span("رمضان المقبل", "ar", "2016-11-07", "future") == ("2017-05-27", "2017-06-24")


def test_spanish_los_and_a_year() -> None:
    """Spanish DatePeriodParser `en los 1970`: the plural article makes it the decade, not
    the year 1970 – unread, None."""
    assert _span("en los 1970", "es", "2016-11-07") is None


def test_spanish_anos_and_a_year_stays() -> None:
    """`los años 1970` (written here) is still the 1970s."""
    assert _span("los años 1970", "es", "2016-11-07") == ("1970-01-01", "1979-12-31")


def test_spanish_mar_alone() -> None:
    """Spanish DateTimeModel `Programáme una reunión mar`: `mar` abbreviates martes and
    marzo – None, not March."""
    assert _span("mar", "es", "2017-12-04") is None


def test_spanish_mar_with_a_day_stays() -> None:
    """`15 mar` (written here) is still 15 March."""
    assert _span("15 mar", "es", "2017-12-04") == ("2017-03-15", "2017-03-15")


def test_spanish_between_a_month_and_today() -> None:
    """Spanish DateTimeModel `entre enero de 2019 y hoy`: a range to publication, not
    January 2019."""
    assert _span("entre enero de 2019 y hoy", "es", "2020-04-26") is None


def test_spanish_this_month_in_a_range() -> None:
    """Spanish DateTimeModel `de este mayo a octubre de 2020` told 24 Oct 2018: not May to
    October 2020 (`este mayo` alone is None, as English `this May`)."""
    assert _span("de este mayo a octubre de 2020", "es", "2018-10-24") is None


# --- numbers in Chinese, Japanese and Korean text ------------------------------------


def test_korean_day_month_year_ambiguous() -> None:
    """Korean DateParser `3-7-2017` (Recognizers: 7 March; its Chinese spec reads the same
    form as 3 July): month or day first – None."""
    assert _span("3-7-2017", "ko", "2016-11-07") is None


def test_chinese_day_month_year_ambiguous() -> None:
    """Chinese DateParser `3-7-2017`: 3 July or 7 March – None."""
    assert _span("3-7-2017", "zh", "2016-11-07") is None


def test_korean_month_first_evident() -> None:
    """Korean DateParser `02/22/2016`: 22 is no month, so 22 February 2016."""
    assert _span("02/22/2016", "ko", "2016-11-07") == ("2016-02-22", "2016-02-22")


def test_korean_year_to_full_date() -> None:
    """Korean DatePeriodParser `2015년부터 2017년 5월 5일까지`: 2017 belongs to 5 May, not to
    a range of years 2015-2017 – not 5 May 2016."""
    assert _span("2015년부터 2017년 5월 5일까지", "ko", "2016-11-07") is None


def test_korean_range_of_years_stays() -> None:
    """`2015년부터 2017년까지` (written here) is still 2015 to 2017."""
    assert _span("2015년부터 2017년까지", "ko", "2016-11-07") == ("2015-01-01", "2017-12-31")


# --- Nones taken ------------------------------------------------------------------------


def test_german_range_bis_zum() -> None:
    """German DatePeriodParser `vom 3. bis zum 12. September` told 7 Nov 2016: 3-12 Sep."""
    assert _span("vom 3. bis zum 12. September", "de", "2016-11-07") == (
        "2016-09-03",
        "2016-09-12",
    )


def test_german_dotted_day_month() -> None:
    """German DateParser `den 28.10.` told 2 Dec 2019 (past): 28 October 2019."""
    assert _span("den 28.10.", "de", "2019-12-02") == ("2019-10-28", "2019-10-28")


def test_german_dotted_day_month_last_year() -> None:
    """German DateParser `15.1.` told 7 Jan 2016 (past): 15 January 2015, the most recent."""
    assert _span("15.1.", "de", "2016-01-07") == ("2015-01-15", "2015-01-15")


def test_english_dotted_numbers_stay_none() -> None:
    """`28.10.` (written here) in English is no date form: None."""
    assert _span("28.10.", "en", "2019-12-02") is None


def test_german_dotted_day_month_with_spaced_year_stays() -> None:
    """`28.10. 2015` (written here) is still 28 October 2015, not this year's."""
    assert _span("28.10. 2015", "de", "2016-11-07") == ("2015-10-28", "2015-10-28")
