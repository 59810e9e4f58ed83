"""parse_date on everyday news English: the categories of issue 22, one case per row.

Expected values are worked out by hand against a calendar: 13 March 2024, the usual
publication day here, is a Wednesday (11 March a Monday, 9-10 March a weekend).
Precision follows the decisions in `dates.english`: a weekend is two days, a quarter
three months, a part of a period (`early March`) the whole period named.
"""

from __future__ import annotations

from typing import Literal

import pytest

from visitx.core.models import DateValue
from visitx.dates.parse import parse_date

WED = "2024-03-13"
MON = "2024-03-11"
SAT = "2024-03-16"
SUN = "2024-03-10"
FRI = "2024-03-15"
TUE = "2024-03-12"


def _span(value: DateValue | None) -> tuple[str, str] | None:
    return None if value is None else (value.start, value.end)


CASES = [
    # weekday ranges
    (
        "weekday-range-last-week",
        "from Monday to Wednesday last week",
        WED,
        "2024-03-04",
        "2024-03-06",
    ),
    ("weekday-range-over", "Tuesday through Friday", SAT, "2024-03-12", "2024-03-15"),
    ("weekday-range-dash", "Monday-Wednesday", SAT, "2024-03-11", "2024-03-13"),
    ("weekday-range-before-pub", "Thursday to Saturday", MON, "2024-03-07", "2024-03-09"),
    # ends on the publication day, like `Friday` told on a Friday (FRI, TUE)
    ("weekday-range-ends-on-pub", "Tuesday through Friday", FRI, TUE, FRI),
    ("weekday-pair-ends-on-pub", "Monday and Tuesday", TUE, MON, TUE),
    # across a Sunday: the most recent such days (dates-fresh, news English written here)
    ("weekday-range-across-sunday", "from Friday to Monday", WED, "2024-03-08", "2024-03-11"),
    ("weekday-range-sunday-to-tuesday", "Sunday to Tuesday", WED, "2024-03-10", "2024-03-12"),
    ("weekday-range-sunday-night-into", "Sunday night into Monday", WED, SUN, MON),
    # weekends and parts of days
    ("past-weekend", "this past weekend", MON, "2024-03-09", "2024-03-10"),
    ("at-the-weekend", "at the weekend", WED, "2024-03-09", "2024-03-10"),
    ("over-the-weekend", "over the weekend", WED, "2024-03-09", "2024-03-10"),
    ("this-weekend-on-sunday", "this weekend", SUN, "2024-03-09", "2024-03-10"),
    ("late-weekday-night", "late Thursday night", WED, "2024-03-07", "2024-03-07"),
    ("yesterday-evening", "yesterday evening", WED, "2024-03-12", "2024-03-12"),
    ("overnight", "overnight", WED, "2024-03-12", "2024-03-13"),
    ("this-monday", "this Monday", WED, "2024-03-11", "2024-03-11"),
    ("this-past-tuesday", "this past Tuesday", WED, "2024-03-12", "2024-03-12"),
    ("abbr-mon", "Mon.", WED, "2024-03-11", "2024-03-11"),
    ("abbr-thurs", "Thurs", WED, "2024-03-07", "2024-03-07"),
    ("abbr-sat", "Sat.", WED, "2024-03-09", "2024-03-09"),
    ("abbr-with-date", "Tues., March 12, 2024", WED, "2024-03-12", "2024-03-12"),
    # quarters and halves
    ("q-year", "Q3 2024", WED, "2024-07-01", "2024-09-30"),
    ("year-q", "2023 Q4", WED, "2023-10-01", "2023-12-31"),
    ("quarter-of-year", "the fourth quarter of 2022", WED, "2022-10-01", "2022-12-31"),
    ("quarter-no-year", "the third quarter", WED, "2023-07-01", "2023-09-30"),
    ("quarter-begun", "the first quarter", WED, "2024-01-01", "2024-03-31"),
    ("last-quarter", "last quarter", WED, "2023-10-01", "2023-12-31"),
    ("first-half", "the first half of 2021", WED, "2021-01-01", "2021-06-30"),
    ("h2", "H2 2023", WED, "2023-07-01", "2023-12-31"),
    ("half-this-year", "the second half of this year", WED, "2024-07-01", "2024-12-31"),
    ("quarter-after-preposition", "in the first quarter of 2024", WED, "2024-01-01", "2024-03-31"),
    # parts of periods: the whole period named
    ("early-last-month", "early last month", WED, "2024-02-01", "2024-02-29"),
    ("end-of-this-year", "the end of this year", WED, "2024-01-01", "2024-12-31"),
    ("mid-year", "mid-2024", WED, "2024-01-01", "2024-12-31"),
    ("late-year", "late 2023", WED, "2023-01-01", "2023-12-31"),
    (
        "beginning-previous-year",
        "the beginning of the previous year",
        WED,
        "2023-01-01",
        "2023-12-31",
    ),
    ("early-month", "early March", WED, "2024-03-01", "2024-03-31"),
    ("end-of-last-week", "the end of last week", WED, "2024-03-04", "2024-03-10"),
    # open and spaced ranges
    ("since-month", "since April 2023", WED, "2023-04-01", WED),
    ("since-weekday", "since Monday", WED, "2024-03-11", WED),
    ("month-year-range", "February 2019 – May 2020", WED, "2019-02-01", "2020-05-31"),
    ("from-to-years", "from 2015 to 2019", WED, "2015-01-01", "2019-12-31"),
    ("between-months", "between June and August", WED, "2023-06-01", "2023-08-31"),
    ("between-wrapping", "between November and February", WED, "2023-11-01", "2024-02-29"),
    # anchored expressions
    ("the-nth", "the 21st", WED, "2024-02-21", "2024-02-21"),
    ("the-nth-this-month", "on the 5th", WED, "2024-03-05", "2024-03-05"),
    ("weekday-the-nth", "Monday the 4th", WED, "2024-03-04", "2024-03-04"),
    ("days-before", "two days before June 3", WED, "2023-06-01", "2023-06-01"),
    ("week-after", "a week after March 1", WED, "2024-03-08", "2024-03-08"),
    ("day-after", "the day after Feb. 28, 2024", WED, "2024-02-29", "2024-02-29"),
    ("back-in", "back in April", WED, "2023-04-01", "2023-04-30"),
    ("earlier-this-month", "earlier this month", WED, "2024-03-01", "2024-03-31"),
    ("earlier-this-year", "earlier this year", WED, "2024-01-01", "2024-12-31"),
    # decades and centuries
    ("decade", "the 1980s", WED, "1980-01-01", "1989-12-31"),
    ("decade-2000s", "the 2000s", WED, "2000-01-01", "2009-12-31"),
    ("decade-short", "the '90s", WED, "1990-01-01", "1999-12-31"),
    ("decade-late", "the late 1990s", WED, "1990-01-01", "1999-12-31"),
    ("century", "the 20th century", WED, "1900-01-01", "1999-12-31"),
    ("since-decade", "since the 1990s", WED, "1990-01-01", WED),
    ("decade-with-preposition", "in the 1990s", WED, "1990-01-01", "1999-12-31"),
    ("decade-early-with-preposition", "in the early 2000s", WED, "2000-01-01", "2009-12-31"),
    ("decade-word", "the sixties", WED, "1960-01-01", "1969-12-31"),
    ("week-of", "the week of March 4", WED, "2024-03-04", "2024-03-10"),
    # headline style, no article: the seven days ending that day (not the day alone)
    ("week-ending-no-article", "week ending 8 March", WED, "2024-03-02", "2024-03-08"),
    ("week-ended-no-article", "week ended March 8", WED, "2024-03-02", "2024-03-08"),
]


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [pytest.param(*row[1:], id=row[0]) for row in CASES],
)
def test_everyday_english(text: str, published: str, start: str, end: str) -> None:
    """Each category of everyday English resolves to the hand-checked period."""
    assert _span(parse_date(text, language="en", published=published)) == (start, end)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param("Monday and Thursday", SAT, id="two-days-apart-not-a-range"),
        pytest.param("Tuesday through Friday", WED, id="range-around-publication"),
        pytest.param("Friday to Monday", SUN, id="range-across-sunday-around-publication"),
        pytest.param("Friday to Monday last week", WED, id="range-across-sunday-whose-week"),
        pytest.param("this weekend", WED, id="this-weekend-on-a-weekday"),
        pytest.param("last weekend", SUN, id="last-weekend-on-a-weekend"),
        pytest.param("next weekend", WED, id="next-weekend-past-tense"),
        pytest.param("this Friday", WED, id="this-weekday-ahead-past-tense"),
        pytest.param("the 20s", WED, id="decade-of-which-century"),
        pytest.param("the 1800s", WED, id="century-or-decade"),
        pytest.param("the 1980s and 2000s", WED, id="decade-in-a-phrase-is-no-year"),
        pytest.param("fiscal 2024", WED, id="fiscal-year"),
        pytest.param("the fiscal third quarter of 2024", WED, id="fiscal-quarter"),
        pytest.param("the 30th", WED, id="no-30th-in-the-month-before"),
        pytest.param("Monday the 5th", WED, id="weekday-off-the-day"),
        pytest.param("since June", "2024-06-01", id="since-a-month-not-begun"),
        pytest.param("since mid-2023", WED, id="since-a-part-that-starts-inside"),
        pytest.param("March 2024 – February 2019", WED, id="range-backwards"),
        pytest.param("2 days later", WED, id="offset-without-anchor"),
        pytest.param("two days before June", WED, id="offset-from-a-month"),
        pytest.param("Q3", None, id="quarter-without-publication"),
    ],
)
def test_unsure_everyday_english_is_none(text: str, published: str | None) -> None:
    """An everyday expression that cannot be read with certainty gives None."""
    assert parse_date(text, language="en", published=published) is None


def test_range_across_sunday_for_an_upcoming_event() -> None:
    """`Friday to Monday` of an upcoming event told on Wednesday 13 March: 15-18 March."""
    value = parse_date("Friday to Monday", language="en", published=WED, tense="future")
    assert _span(value) == ("2024-03-15", "2024-03-18")


def test_quarter_keeps_month_precision() -> None:
    """A quarter is three whole months at month precision, read from the text."""
    value = parse_date("Q1 2023", language="en")
    assert value is not None
    assert (value.precision, value.source) == ("month", "text")


def test_weekend_is_two_days_from_publication() -> None:
    """A weekend is a two-day range at day precision, resolved against publication."""
    value = parse_date("over the weekend", language="en", published=WED)
    assert value is not None
    assert (value.precision, value.source) == ("day", "published")


def test_upcoming_weekend_when_the_event_is_ahead() -> None:
    """With tense="future", `this weekend` on a weekday is the coming one."""
    value = parse_date("this weekend", language="en", published=WED, tense="future")
    assert _span(value) == ("2024-03-16", "2024-03-17")


def test_tomorrow_only_for_an_upcoming_event() -> None:
    """`tomorrow` is the day after publication for an upcoming event, else None."""
    assert parse_date("tomorrow", language="en", published=WED) is None
    value = parse_date("tomorrow", language="en", published=WED, tense="future")
    assert _span(value) == ("2024-03-14", "2024-03-14")


@pytest.mark.parametrize(
    ("text", "language", "tense", "start", "end"),
    [
        pytest.param("2 years and 3 months ago", "en", "past", "2012-06-01", "2012-06-30",
                     id="en-ago-month-precision"),
        pytest.param("in 1 year, 09 months, 01 weeks", "en", "future", "2016-06-06",
                     "2016-06-12", id="en-ahead-week-precision"),
        pytest.param("Dans 1 an 2 mois", "fr", "future", "2015-11-01", "2015-11-30",
                     id="fr-ahead"),
        pytest.param("vor 2 Jahren und 3 Monaten", "de", "past", "2012-06-01", "2012-06-30",
                     id="de-ago"),
    ],
)  # fmt: skip
def test_several_units_ago_or_ahead(
    text: str, language: str, tense: Literal["past", "future"], start: str, end: str
) -> None:
    """Counts of several units resolve from 1 September 2014 to the finest unit's period."""
    value = parse_date(text, language=language, published="2014-09-01", tense=tense)
    assert _span(value) == (start, end)


def test_bare_duration_is_no_date() -> None:
    """A duration without `ago` or `in` (`1 year 2 months`) is no date."""
    assert parse_date("1 year 2 months", language="en", published="2014-09-01") is None
