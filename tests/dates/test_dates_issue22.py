"""parse_date on the gaps of issue 22 left after the first pass, one behaviour each.

Each value is worked out by hand against a calendar. 13 March 2024 is a Wednesday
(11 March a Monday, 9-10 March the weekend before, 4-10 March the week before);
1 September 2014, dateparser's `now` in tests/test_freshness_date_parser.py, is a
Monday; 15 February 2015, its base in `test_preferably_past_dates`, a Sunday.
Cases marked "dateparser" are expressions of those scrapinghub/dateparser tests;
the others are written here, in the categories the issue names.
"""

from __future__ import annotations

from typing import Literal

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

WED = "2024-03-13"
MON = "2024-03-11"
DP_NOW = "2014-09-01"


def _span(
    text: str, published: str, language: str = "en", tense: Literal["past", "future"] = "past"
) -> tuple[str, str, str] | None:
    value: DateValue | None = parse_date(text, language=language, published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "", value.precision)


def test_two_consecutive_weekdays_are_a_range() -> None:
    """`Saturday and Sunday` is the two days (the weekend before a Wednesday)."""
    assert _span("Saturday and Sunday", WED) == ("2024-03-09", "2024-03-10", "day")


def test_weekday_of_last_week() -> None:
    """`Tuesday last week` is the Tuesday of the Monday-to-Sunday week before."""
    assert _span("Tuesday last week", WED) == ("2024-03-05", "2024-03-05", "day")


def test_weekday_pair_of_last_week() -> None:
    """`Wednesday and Thursday last week` is those two days of the week before."""
    assert _span("Wednesday and Thursday last week", WED) == ("2024-03-06", "2024-03-07", "day")


def test_weekday_of_next_week_ahead() -> None:
    """`Friday next week` of an upcoming event is the Friday of the following week."""
    assert _span("Friday next week", WED, tense="future") == ("2024-03-22", "2024-03-22", "day")


def test_this_weekend_told_in_the_past_on_a_monday() -> None:
    """`this weekend` in a past-tense report of a Monday is the weekend just gone."""
    assert _span("this weekend", MON) == ("2024-03-09", "2024-03-10", "day")


def test_this_weekend_told_in_the_past_after_monday_is_none() -> None:
    """`this weekend` in a past-tense report of a Tuesday: the coming or the last? None."""
    assert _span("this weekend", "2024-03-12") is None


def test_first_months_of_a_year() -> None:
    """`the first nine months of 2023` is January to September 2023, month precision."""
    assert _span("the first nine months of 2023", WED) == ("2023-01-01", "2023-09-30", "month")


def test_last_months_of_last_year() -> None:
    """`the last two months of last year` is November and December 2023."""
    assert _span("the last two months of last year", WED) == ("2023-11-01", "2023-12-31", "month")


def test_a_decade_ago() -> None:
    """dateparser `a decade ago`: the year ten years before 2014, 2004."""
    assert _span("a decade ago", DP_NOW) == ("2004-01-01", "2004-12-31", "year")


def test_in_a_decade_ahead() -> None:
    """dateparser `in a decade` of an upcoming event: 2024."""
    assert _span("in a decade", DP_NOW, tense="future") == ("2024-01-01", "2024-12-31", "year")


def test_decade_ago_in_french() -> None:
    """`il y a une décennie` is also the year ten years back."""
    assert _span("il y a une décennie", DP_NOW, "fr") == ("2004-01-01", "2004-12-31", "year")


def test_last_decade_is_none() -> None:
    """dateparser `last decade`: the 2000s or the ten years before? None."""
    assert _span("last decade", DP_NOW) is None


def test_short_unit_ago() -> None:
    """dateparser `1d ago`: the day before publication."""
    assert _span("1d ago", DP_NOW) == ("2014-08-31", "2014-08-31", "day")


def test_short_year_unit_ago() -> None:
    """dateparser `2y ago`: the year 2012, at year precision."""
    assert _span("2y ago", DP_NOW) == ("2012-01-01", "2012-12-31", "year")


def test_short_unit_without_ago_is_none() -> None:
    """`2y` alone is a duration, not a date."""
    assert _span("2y", DP_NOW) is None


def test_after_days_ahead() -> None:
    """dateparser `after 4 days` of an upcoming event: four days after publication."""
    assert _span("after 4 days", DP_NOW, tense="future") == ("2014-09-05", "2014-09-05", "day")


def test_after_days_in_the_past_is_none() -> None:
    """`after 4 days` in a past report: after what? None."""
    assert _span("after 4 days", DP_NOW) is None


def test_german_morgen_ahead_is_tomorrow() -> None:
    """dateparser `Morgen` of an upcoming event: the next day."""
    assert _span("Morgen", DP_NOW, "de", "future") == ("2014-09-02", "2014-09-02", "day")


def test_german_morgen_in_the_past_is_none() -> None:
    """`Morgen` in a past report is "morning": no day."""
    assert _span("Morgen", DP_NOW, "de") is None


def test_german_am_morgen_is_no_day() -> None:
    """`am Morgen` ("in the morning") is no day, even for an upcoming event."""
    assert _span("am Morgen", DP_NOW, "de", "future") is None


def test_german_heute_morgen_is_today() -> None:
    """`heute Morgen` ("this morning") is the publication day."""
    assert _span("heute Morgen", DP_NOW, "de") == ("2014-09-01", "2014-09-01", "day")


def test_turkish_haftaya_is_next_week() -> None:
    """dateparser `haftaya` ("next week") of an upcoming event: 8-14 September 2014."""
    assert _span("haftaya", DP_NOW, "tr", "future") == ("2014-09-08", "2014-09-14", "day")


def test_turkish_haftaya_with_weekday_is_none() -> None:
    """`haftaya Cuma` is next week's Friday, not this week's: not read, None."""
    assert _span("haftaya Cuma", DP_NOW, "tr", "future") is None


def test_weekday_on_its_own_day_ahead_is_none() -> None:
    """dateparser `Sunday` on a Sunday, upcoming: today or a week later? None."""
    assert _span("Sunday", "2015-02-15", tense="future") is None


def test_two_digit_year_past_for_upcoming_event_is_none() -> None:
    """dateparser `3/3/94` of an upcoming event (2015): 1994 is past, 2094 absurd: None."""
    assert _span("3/3/94", "2015-02-15", tense="future") is None


def test_two_digit_year_in_the_past_is_read() -> None:
    """dateparser `3/3/94` in a past report of 2015: 3 March 1994."""
    assert _span("3/3/94", "2015-02-15") == ("1994-03-03", "1994-03-03", "day")


SAT = "2024-03-16"


def test_coming_weeks_is_none() -> None:
    """`in the coming weeks` (plural) is vague: None, not next week."""
    assert _span("in the coming weeks", WED, tense="future") is None


def test_german_last_weeks_is_none() -> None:
    """`in den letzten Wochen` ("in recent weeks") is vague: None, not last week."""
    assert _span("in den letzten Wochen", WED, "de") is None


def test_the_current_year() -> None:
    """`the current year` is the publication year."""
    assert _span("the current year", WED) == ("2024-01-01", "2024-12-31", "year")


def test_short_quarter() -> None:
    """`3Q24` is July to September 2024."""
    assert _span("3Q24", SAT) == ("2024-07-01", "2024-09-30", "month")


def test_quarter_with_apostrophe_year() -> None:
    """`Q3'24` is July to September 2024."""
    assert _span("Q3'24", SAT) == ("2024-07-01", "2024-09-30", "month")


def test_upcoming_weekday_range_begun_before_publication_is_none() -> None:
    """`from Monday to Wednesday` of an upcoming event told on a Wednesday: which week? None."""
    assert _span("from Monday to Wednesday", WED, tense="future") is None


def test_night_into_next_day() -> None:
    """`Tuesday night into Wednesday`, told on a Saturday, is 12-13 March 2024."""
    assert _span("Tuesday night into Wednesday", SAT) == ("2024-03-12", "2024-03-13", "day")


def test_weekend_of_a_saturday() -> None:
    """`the weekend of March 2` (a Saturday in 2024) is 2-3 March, not the Saturday alone."""
    assert _span("the weekend of March 2", WED) == ("2024-03-02", "2024-03-03", "day")


def test_weekend_of_a_friday_is_none() -> None:
    """`the weekend of March 1` (a Friday): which weekend? None."""
    assert _span("the weekend of March 1", WED) is None


def test_since_the_beginning_of_the_year() -> None:
    """`since the beginning of the year` runs from 1 January to publication."""
    assert _span("since the beginning of the year", WED) == ("2024-01-01", "2024-03-13", "day")


def test_time_with_uppercase_am_after_a_date_of_a_language_without_tables() -> None:
    """dateparser `11 กุมภา 2020, 8:13 AM` (Thai): 11 February 2020, the time cut."""
    assert _span("11 กุมภา 2020, 8:13 AM", "2012-11-13", "th") == ("2020-02-11", "2020-02-11", "day")


def test_croatian_time_connector() -> None:
    """dateparser `24.03.2019. u 22:22` (Croatian "at"): 24 March 2019."""
    assert _span("24.03.2019. u 22:22", "2012-11-13", "hr") == ("2019-03-24", "2019-03-24", "day")


def test_fixed_holiday() -> None:
    """`Christmas Day` told in March 2024 is 25 December 2023."""
    assert _span("Christmas Day", WED) == ("2023-12-25", "2023-12-25", "day")


def test_fixed_holiday_with_typographic_apostrophe() -> None:
    """`New Year’s Eve` (typographic apostrophe) told in March 2024 is 31 December 2023."""
    assert _span("New Year’s Eve", WED) == ("2023-12-31", "2023-12-31", "day")


def test_christmas_alone_is_none() -> None:
    """`Christmas` alone may be the season: None."""
    assert _span("Christmas", WED) is None


def test_a_fortnight_ago() -> None:
    """`a fortnight ago` is two weeks back: the week of 28 February 2024, 26 Feb-3 Mar."""
    assert _span("a fortnight ago", WED) == ("2024-02-26", "2024-03-03", "day")


def test_dotted_time_after_a_full_date() -> None:
    """dateparser `29.02.2020 13.12`: the dotted time after the year is cut, 29 February 2020."""
    assert _span("29.02.2020 13.12", "2012-11-13") == ("2020-02-29", "2020-02-29", "day")


def test_dotted_pair_alone_is_none() -> None:
    """`13.12` alone may be 13 December or a time: None."""
    assert _span("13.12", "2012-11-13") is None


def test_time_with_am_without_final_dot_before_a_date() -> None:
    """dateparser `1 a.m 20.07.2021`: 20 July 2021."""
    assert _span("1 a.m 20.07.2021", "2012-11-13") == ("2021-07-20", "2021-07-20", "day")


def test_now_minus_a_day() -> None:
    """dateparser `now - 1 day`: the day before publication."""
    assert _span("now - 1 day", DP_NOW) == ("2014-08-31", "2014-08-31", "day")


def test_the_week_before_last() -> None:
    """`the week before last`, told on Wednesday 13 March 2024, is 26 February-3 March."""
    assert _span("the week before last", WED) == ("2024-02-26", "2024-03-03", "day")


def test_the_weekend_before_last() -> None:
    """`the weekend before last`, told on a Wednesday, is 2-3 March 2024."""
    assert _span("the weekend before last", WED) == ("2024-03-02", "2024-03-03", "day")


def test_the_weekend_before_last_told_on_a_weekend_is_none() -> None:
    """`the weekend before last` told on a Saturday: is this weekend the last? None."""
    assert _span("the weekend before last", SAT) is None
