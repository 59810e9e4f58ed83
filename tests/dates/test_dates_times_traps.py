"""parse_date on a time alone with a timestamped publication, on words that are also a
month or weekday, and on the rare forms of issue 22 (branch dates5).

Each value is worked out by hand against a calendar: 15 February 2015 is a Sunday
(dateparser's RELATIVE_BASE there is 15:30 that day); 13 March 2024 is a Wednesday,
9 and 10 March 2024 the Saturday and Sunday before it, 3 March 2024 a Sunday;
February 2024 has 29 days. The word traps are news phrases written here (the Sun
newspaper, a protest march, Theresa May, Mar-a-Lago); bench/english_news_cases.json
holds them all with their source.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import pytest

from visitx.dates.parse import parse_date
from visitx.dates.published import published_moment

from conftest import one_day
from date_cases import DateCase, case

BASE = "2015-02-15T15:30:00"
WED = "2024-03-13"


def _day(
    text: str,
    published: str | dt.date = BASE,
    tense: Literal["past", "future"] = "past",
    language: str | None = "en",
) -> str | None:
    return one_day(text, published, language, tense)


# --- a time alone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("10:00PM", "2015-02-15", id="22h-after-15h30-same-day"),
        pytest.param("16:10", "2015-02-15", id="16h10-after-15h30-same-day"),
        pytest.param("14:05", "2015-02-16", id="14h05-gone-next-day"),
    ],
)
def test_upcoming_time_is_the_next_one(text: str, expected: str) -> None:
    """For an upcoming event a time is the next such time after publication (dateparser's tests)."""
    assert _day(text, tense="future") == expected


def test_time_alone_source_is_published() -> None:
    """The day of a time alone comes from the publication: `source="published"`."""
    value = parse_date("14:05", language="en", published=BASE)
    assert value is not None
    assert value.source == "published"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        pytest.param("20150215T1530Z", dt.datetime(2015, 2, 15, 15, 30), id="iso-basic"),
        pytest.param("2015-02-15 15:30:00+01:00", dt.datetime(2015, 2, 15, 15, 30), id="iso"),
        pytest.param("2015-02-15", None, id="a-date"),
        pytest.param("February 15, 2015", None, id="printed"),
    ],
)
def test_published_moment(published: str, expected: dt.datetime | None) -> None:
    """The moment of publication is read from timestamps only, in their own zone."""
    assert published_moment(published, dt.date(2015, 2, 15)) == expected


# --- words that are also a month or a weekday --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the Sun",
        "The Sun reported",
        "on the Sun's website",
        "The Sun on Sunday",
        "Sun Yat-sen",
        "under the midday sun",
        "joined the march",
        "on the march",
        "the March on Washington",
        "march",
        "may",
        "May's government",
        "sat down",
        "the SAT",
        "a Wed dress",
        "the couple wed",
        "mar the talks",
        "at Mar-a-Lago",
        "Jan Egeland",
        "an august institution",
    ],
)
def test_word_is_no_date(text: str) -> None:
    """An ordinary word or name that is also a month or weekday is no date."""
    assert parse_date(text, language="en", published=WED) is None


@pytest.mark.parametrize("text", ["the Sun", "joined the march", "sun", "Jan"])
def test_word_is_no_date_without_language(text: str) -> None:
    """The same words give None without a language."""
    assert parse_date(text, published=WED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("on Sun. 3 March", ("2024-03-03", "2024-03-03"), id="sun-dot-day"),
        pytest.param("Sat 9 March 2024", ("2024-03-09", "2024-03-09"), id="sat-full-date"),
        pytest.param("on Sat", ("2024-03-09", "2024-03-09"), id="on-sat"),
        pytest.param("last Sat", ("2024-03-09", "2024-03-09"), id="last-sat"),
        pytest.param("Sun.", ("2024-03-10", "2024-03-10"), id="sun-dot"),
        pytest.param("Mar. 3", ("2024-03-03", "2024-03-03"), id="mar-dot-day"),
        pytest.param("in May", ("2023-05-01", "2023-05-31"), id="in-may"),
        pytest.param("May 3", ("2023-05-03", "2023-05-03"), id="may-3"),
        pytest.param("in march", ("2024-03-01", "2024-03-31"), id="in-march-lower"),
        pytest.param("mid-may", ("2023-05-01", "2023-05-31"), id="mid-may-lower"),
        pytest.param("the May of 1968", ("1968-05-01", "1968-05-31"), id="the-may-of-1968"),
        pytest.param("August", ("2023-08-01", "2023-08-31"), id="august-capital"),
        pytest.param("Wed evening", ("2024-03-13", "2024-03-13"), id="wed-evening"),
        pytest.param("the Jan-Mar quarter", ("2024-01-01", "2024-03-31"), id="jan-mar-quarter"),
    ],
)
def test_word_where_a_date_stands_is_read(text: str, expected: tuple[str, str]) -> None:
    """With a number, a dot, `on`/`last`/`in`, or a capital alone the date is kept."""
    value = parse_date(text, language="en", published=WED)
    assert value is not None
    assert (value.start, value.end) == expected


def test_abbreviated_weekday_range_is_kept() -> None:
    """`Mon-Sat` published on Sunday 17 March 2024 is 11-16 March."""
    value = parse_date("Mon-Sat", language="en", published="2024-03-17")
    assert value is not None
    assert (value.start, value.end) == ("2024-03-11", "2024-03-16")


def test_other_languages_keep_their_month() -> None:
    """Azerbaijani `may` is May with its language: the English traps stay English."""
    value = parse_date("may", language="az", published=WED)
    assert value is not None
    assert (value.start, value.end) == ("2023-05-01", "2023-05-31")


# --- rare forms ---------------------------------------------------------------------------


def test_months_named_as_a_period() -> None:
    """`the January-March period` published 15 April 2024 is January-March 2024."""
    value = parse_date("the January-March period", language="en", published="2024-04-15")
    assert value is not None
    assert (value.start, value.end, value.precision) == ("2024-01-01", "2024-03-31", "month")


def test_weekdays_named_as_a_period_are_none() -> None:
    """`the Monday-Friday period` is a span of weekdays of no stated week: None."""
    assert parse_date("the Monday-Friday period", language="en", published=WED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("twenty-one days ago", ("2024-02-21", "2024-02-21"), id="21-days"),
        pytest.param("twenty one days ago", ("2024-02-21", "2024-02-21"), id="21-days-spaced"),
        pytest.param("thirty-five years ago", ("1989-01-01", "1989-12-31"), id="35-years"),
    ],
)
def test_hyphenated_number_words(text: str, expected: tuple[str, str]) -> None:
    """Counts written as twenty-one to ninety-nine are read."""
    value = parse_date(text, language="en", published=WED)
    assert value is not None
    assert (value.start, value.end) == expected


CASES = [
    # --- a time alone ---------------------------------------------------------------------
    # In past tense `14:05` published at 15:30 is the publication day.
    case("past_time_before_publication_is_that_day", "14:05", BASE, "2015-02-15"),
    # In past tense `16:10` published at 15:30 is None: later that day, or the day before?
    case("past_time_after_publication_is_none", "16:10", BASE, None),
    # A publication date has no hour: `10:04am` names no day.
    case("time_against_a_date_without_time_is_none", "10:04am", "2012-11-13", None),
    # `2012-11-13T00:00:00` is a date padded with midnight: a time alone stays None.
    case("midnight_timestamp_counts_as_no_time", "10:04am", "2012-11-13T00:00:00", None),
    # An RFC 2822 timestamp's time is read: `10 p.m.` upcoming after 15:30 is that day.
    case(
        "time_against_an_rfc2822_timestamp",
        "10 p.m.",
        "Sun, 15 Feb 2015 15:30:00 GMT",
        "2015-02-15",
        "en",
        "future",
    ),
    # A `datetime` carries its time: `at 9.30 a.m.` before 15:30 is that day.
    case("time_against_a_datetime", "at 9.30 a.m.", dt.datetime(2015, 2, 15, 15, 30), "2015-02-15"),
    # `14:05 GMT` names another zone than the timestamp's: None.
    case("time_with_a_zone_is_none", "14:05 GMT", BASE, None),
    # `10.30` without a.m./p.m. may be a score or a price: None.
    case("dotted_pair_alone_is_no_time", "10.30", BASE, None),
    # A time alone is read for English and no language, not for German (`13:14` a score).
    case("time_alone_only_in_english", "14:05", BASE, None, "de"),
]


@pytest.mark.parametrize("row", CASES)
def test_time_traps(row: DateCase) -> None:
    """Each expression reads as its hand-worked day, or None where unsure."""
    assert row.read() == row.answer
