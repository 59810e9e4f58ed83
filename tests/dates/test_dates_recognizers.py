"""parse_date on cases of Microsoft Recognizers-Text's English date specs that it got wrong.

The cases come from `Specs/DateTime/English/DatePeriodParser.json`, `DateParser.json`
and `DateTimeModel.json` of microsoft/Recognizers-Text (commit 90e968ea,
bench/recognizers_en_cases.json): the date text Recognizers extracts, its reference
date as `published`. Each expected value
is worked out by hand against a calendar, and where visitx reads a case differently
from Recognizers the docstring says why. Calendar facts used: 7 November 2016 is a
Monday (so 12 September 2016 is one, eight weeks before); 4 February 2019 is a Monday
(1 January 2019 a Tuesday, 34 days before); 4 February 2020 is a Tuesday (1 January
2020 a Wednesday); 5 March 2024 is a Tuesday (13 March 2024 a Wednesday).
"""

from __future__ import annotations

from typing import Literal

import pytest

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

from date_cases import DateCase, case


def _span(
    text: str, published: str, tense: Literal["past", "future"] = "past"
) -> tuple[str, str] | None:
    value: DateValue | None = parse_date(text, language="en", published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "")


# --- `week of` / `month of` a day: the period, not the day --------------------------------


def test_week_commencing_a_monday() -> None:
    """`the week commencing february 4` told 7 Nov 2019: Monday 4 Feb 2019 to Sunday 10 Feb."""
    found = _span("the week commencing february 4", "2019-11-07")
    assert found == ("2019-02-04", "2019-02-10")


# --- ranges to and from now ----------------------------------------------------------------


def test_between_now_and_a_day() -> None:
    """`between now and November 15th` of an upcoming event told 23 Apr 2019 runs from
    publication to 15 Nov 2019."""
    found = _span("between now and November 15th", "2019-04-23", "future")
    assert found == ("2019-04-23", "2019-11-15")


def test_between_a_day_and_now_future_tense() -> None:
    """`between Jan 22 and now` of an upcoming event still looks back: 22 Jan-25 Apr 2019."""
    found = _span("between Jan 22 and now", "2019-04-25", "future")
    assert found == ("2019-01-22", "2019-04-25")


# --- years in words ------------------------------------------------------------------------


def test_range_with_year_in_words() -> None:
    """`from 2 to 7 Feb, two thousand and eighteen` told 7 Nov 2016 is 2-7 Feb 2018."""
    found = _span("from 2 to 7 Feb, two thousand and eighteen", "2016-11-07")
    assert found == ("2018-02-02", "2018-02-07")


def test_between_with_year_in_words_future() -> None:
    """`between 2 and 7 Feb two thousand and eighteen`, upcoming, is 2-7 Feb 2018 too."""
    found = _span("between 2 and 7 Feb two thousand and eighteen", "2016-11-07", "future")
    assert found == ("2018-02-02", "2018-02-07")


def test_two_thousand_as_a_count_stays_a_count() -> None:
    """`two thousand troops arrived on Monday` told Monday 7 Nov 2016 (written here): a
    count, not the year 2000; Monday is the publication day, as before."""
    found = _span("two thousand troops arrived on Monday", "2016-11-07")
    assert found == ("2016-11-07", "2016-11-07")


# --- days as ordinal words at the ends of a range (DateTimeModel.json) -----------------------


def test_range_of_ordinal_words_after_month() -> None:
    """`april ninth through seventeenth` told 7 Nov 2016 is 9-17 April 2016 (was the 9th)."""
    found = _span("april ninth through seventeenth", "2016-11-07")
    assert found == ("2016-04-09", "2016-04-17")


def test_range_of_ordinal_words_upcoming() -> None:
    """`april ninth through seventeenth` of an upcoming event told 7 Nov 2016: 2017."""
    found = _span("april ninth through seventeenth", "2016-11-07", "future")
    assert found == ("2017-04-09", "2017-04-17")


def test_between_ordinal_words_of_month() -> None:
    """`between ninth and seventeenth of april` is 9-17 April 2016 (was the 17th alone)."""
    found = _span("between ninth and seventeenth of april", "2016-11-07")
    assert found == ("2016-04-09", "2016-04-17")


# --- years in words of other centuries (DateTimeModel.json, DateParser.json) --------------


def test_year_in_words_with_zero() -> None:
    """`September 10, nineteen zero one` is 10 September 1901 (was None)."""
    found = _span("September 10, nineteen zero one", "2016-11-07")
    assert found == ("1901-09-10", "1901-09-10")


# --- words the symbol grammar passed over ---------------------------------------------------


def test_between_a_month_and_tomorrow() -> None:
    """`between jan 2019 and tomorrow` of an upcoming event told 26 Apr 2020 runs from
    1 Jan 2019 to 27 Apr 2020 (was January 2019)."""
    found = _span("between jan 2019 and tomorrow", "2020-04-26", "future")
    assert found == ("2019-01-01", "2020-04-27")


def test_till_current_date() -> None:
    """`from 2010-01-01 till current date` told 18 Jun 2021: 1 Jan 2010-18 Jun 2021."""
    found = _span("from 2010-01-01 till current date", "2021-06-18")
    assert found == ("2010-01-01", "2021-06-18")


# --- read now (were None): a week, month or year after next; the nth weekday of a month ----


def test_month_after_the_next() -> None:
    """`the month after the next` told 7 Nov 2016 is January 2017."""
    found = _span("the month after the next", "2016-11-07", "future")
    assert found == ("2017-01-01", "2017-01-31")


def test_first_friday_of_month_upcoming() -> None:
    """Of an upcoming event, July 2017: 4 July 2017 is a Tuesday, so 7 July a Friday."""
    found = _span("the first friday of july", "2016-11-07", "future")
    assert found == ("2017-07-07", "2017-07-07")


def test_second_monday_of_next_month() -> None:
    """`the second Monday of next month` told 20 Mar 2018 (a Tuesday): April 2018 starts on
    a Sunday, its Mondays are the 2nd and the 9th."""
    found = _span("the second Monday of next month", "2018-03-20", "future")
    assert found == ("2018-04-09", "2018-04-09")


CASES = [
    # --- `week of` / `month of` a day: the period, not the day ----------------------------
    # `week of september.16th` told 7 Nov 2016: Friday 16 Sep is in the week 12-18 Sep.
    case(
        "week_of_day_without_article",
        "week of september.16th",
        "2016-11-07",
        "2016-09-12..2016-09-18",
    ),
    # `month of september.16th` told 7 Nov 2016 is September 2016 (spec: that month).
    case("month_of_day", "month of september.16th", "2016-11-07", "2016-09-01..2016-09-30"),
    # `w/c feb 4` told 7 Nov 2019 in past tense is the week of Monday 4 Feb 2019.
    case("week_commencing_abbreviated", "w/c feb 4", "2019-11-07", "2019-02-04..2019-02-10"),
    # `w/c feb 4` of an upcoming event told 7 Nov 2019: 4 Feb 2020 is a Tuesday, so the
    # seven days from it (4-10 Feb) and its Monday week (3-9 Feb, the spec's) differ: None.
    case("week_commencing_a_tuesday_is_none", "w/c feb 4", "2019-11-07", None, "en", "future"),
    # `the week starting March 5` told 13 Mar 2024 (same kind, written here): 5 March is a
    # Tuesday, the week 4-10 March would not start on it: None.
    case("week_starting_a_tuesday_is_none", "the week starting March 5", "2024-03-13", None),
    # --- ranges to and from now -----------------------------------------------------------
    # In past tense `November 15th` told 23 Apr 2019 is 15 Nov 2018, before `now`: None
    # (the spec's forward range is another tense's reading).
    case(
        "between_now_and_a_day_gone_by_is_none", "between now and November 15th", "2019-04-23", None
    ),
    # `between Jan 22 and now` told 25 Apr 2019 runs from 22 Jan 2019 to publication.
    case("between_a_day_and_now", "between Jan 22 and now", "2019-04-25", "2019-01-22..2019-04-25"),
    # --- years in words -------------------------------------------------------------------
    # `June two thousand and a half` (written here) names no year visitx can read: None,
    # never June of the year publication suggests.
    case(
        "year_in_words_that_is_no_number_is_none",
        "June two thousand and a half",
        "2016-11-07",
        None,
    ),
    # --- weeks of a year: ISO weeks or seven-day stretches? -------------------------------
    # `the third week of 2027`: ISO week 3 (18-24 Jan, the spec's) or 15-21 Jan? None.
    case(
        "third_week_of_a_year_is_none", "the third week of 2027", "2016-11-07", None, "en", "future"
    ),
    # `first week of 2015` told 20 Nov 2017: ISO week 1 starts 29 Dec 2014 (the spec's),
    # the first seven days 1 Jan: None.
    case("first_week_of_a_year_is_none", "first week of 2015", "2017-11-20", None),
    # `last week of 2015`: 28 Dec-3 Jan (ISO, the spec's) or 25-31 Dec? None.
    case("last_week_of_a_year_is_none", "last week of 2015", "2017-11-20", None),
    # --- `last <month>` when this year's has ended by publication -------------------------
    # `last sept` told 7 Nov 2016: September 2016, two months back, or September 2015, of
    # last year (the spec's)? None, in past tense...
    case("last_month_name_of_this_year_is_none", "last sept", "2016-11-07", None),
    # ...and for an upcoming event, where `last` still counts back.
    case(
        "last_month_name_of_this_year_future_is_none",
        "last sept",
        "2016-11-07",
        None,
        "en",
        "future",
    ),
    # `last December` told 7 Nov 2016: December 2016 has not come, so December 2015.
    case(
        "last_month_name_not_yet_this_year", "last December", "2016-11-07", "2015-12-01..2015-12-31"
    ),
    # --- days as ordinal words at the ends of a range (DateTimeModel.json) ----------------
    # `from april 27th to the 3rd` (spec: 27 April-3 May) was 27 April 2016 to 3 April
    # 2017; into May or from 27 March? None, never a year on.
    case("range_back_within_one_month_is_none", "from april 27th to the 3rd", "2016-11-07", None),
    # `from april twenty-seventh to the third` (was 27 April alone) is None the same way.
    case(
        "range_back_within_one_month_in_words_is_none",
        "from april twenty-seventh to the third",
        "2016-11-07",
        None,
    ),
    # --- years in words of other centuries (DateTimeModel.json, DateParser.json) ----------
    # `13 sept nineteen seventy two` told 30 May 2019 is 13 September 1972 (was 2018).
    case(
        "year_in_words_of_last_century", "13 sept nineteen seventy two", "2019-05-30", "1972-09-13"
    ),
    # `6 april seventeen hundred thirty three` (1733: before 1900, out of visitx's years)
    # was 6 April 2019; None now.
    case(
        "year_in_words_out_of_range_is_none",
        "6 april seventeen hundred thirty three",
        "2019-05-30",
        None,
    ),
    # --- words the symbol grammar passed over ---------------------------------------------
    # `3 weeks after christmas on friday` of an upcoming event told 2 Jan 2021 was 29 Jan
    # 2021 (three weeks after the next Friday, Christmas passed over): None.
    case(
        "offset_from_christmas_with_weekday_is_none",
        "3 weeks after christmas on friday",
        "2021-01-02",
        None,
        "en",
        "future",
    ),
    # In past tense `tomorrow` is unread, so the range is None (was January 2019).
    case(
        "between_a_month_and_tomorrow_past_is_none",
        "between jan 2019 and tomorrow",
        "2020-04-26",
        None,
    ),
    # `from this may to oct 2020` told 24 Oct 2018 (spec: May 2018-Oct 2020) was May-Oct
    # 2020, `this` passed over; `this May` alone is None, and so is the range.
    case("range_from_this_month_name_is_none", "from this may to oct 2020", "2018-10-24", None),
    # --- two-digit years far from publication (DateTimeModel.json) ------------------------
    # `12/12/30` published 7 Nov 2016 was 12 Dec 2030 (ten years from today's clock):
    # 1930, as the spec reads it, or 2030? None.
    case("two_digit_year_far_after_publication_is_none", "12/12/30", "2016-11-07", None),
    # `12/12/25` published 7 Nov 2016 stays 12 Dec 2025, within ten years of it.
    case("two_digit_year_within_ten_years_stays", "12/12/25", "2016-11-07", "2025-12-12"),
    # `last March and April` told 25 Mar 2024 (written here) stays March-April 2023: the
    # grammar's range starts where `last March` alone does.
    case(
        "range_of_relative_month_read_by_grammar_stays",
        "last March and April",
        "2024-03-25",
        "2023-03-01..2023-04-30",
    ),
    # `from the 21st to the 23rd` told 25 Mar 2024 (written here) stays 21-23 March: both
    # ends are days of the same month, publication's.
    case(
        "range_of_two_bare_days_stays",
        "from the 21st to the 23rd",
        "2024-03-25",
        "2024-03-21..2024-03-23",
    ),
    # --- read now (were None): a week, month or year after next; the nth weekday of a month ---
    # `the week after next` told Monday 7 Nov 2016 is the week 21-27 November.
    case(
        "week_after_next",
        "the week after next",
        "2016-11-07",
        "2016-11-21..2016-11-27",
        "en",
        "future",
    ),
    # `the first friday of july` told 7 Nov 2016: 1 July 2016 was a Friday (4 July a
    # Monday, 7 November a Monday 18 weeks later).
    case("first_friday_of_month_gone_by", "the first friday of july", "2016-11-07", "2016-07-01"),
    # `the second Friday of November` told Monday 7 Nov 2016 in past tense: 11 November
    # has not come, and last year's is not what it says: None.
    case(
        "nth_weekday_not_yet_come_in_past_tense_is_none",
        "the second Friday of November",
        "2016-11-07",
        None,
    ),
]


@pytest.mark.parametrize("row", CASES)
def test_recognizer_cases(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
