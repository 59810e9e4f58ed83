"""`published` in every form parse_date reads, in parse_date and in extract's check.

Each form names 3 March 2024 (a Sunday), so "yesterday" is 2 March 2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx.core.errors import InputError
from visitx.dates.parse import parse_date, read_published
from visitx.llm.extractor import check_published

SUNDAY = dt.date(2024, 3, 3)


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("2024-03-03", id="iso-date"),
        pytest.param("March 3, 2024", id="us-printed"),
        pytest.param("3 March 2024", id="uk-printed"),
        pytest.param("Sunday, March 3, 2024", id="with-weekday"),
        pytest.param("2024-03-03T09:30:00Z", id="iso-timestamp-utc"),
        pytest.param("2024-03-03T23:30:00-05:00", id="iso-timestamp-offset-keeps-local-day"),
        pytest.param("2024-03-03 09:30:00.123+01:00", id="iso-space-fraction"),
        pytest.param("2024-03-03T23:59:60Z", id="iso-leap-second"),
        pytest.param("20240303", id="iso-basic"),
        pytest.param("20240303T093000Z", id="iso-basic-timestamp"),
        pytest.param("Sun, 03 Mar 2024 09:30:00 GMT", id="rfc2822"),
        pytest.param("Sun, 3 Mar 2024 09:30:00 +0100", id="rfc2822-offset"),
        pytest.param("Sunday, March 3, 2024 - 09:30", id="printed-dash-time"),
        pytest.param("3 March 2024 – 9:30 pm GMT", id="printed-en-dash-time-zone"),
        pytest.param("2024-03-03 - 09:30", id="iso-dash-time"),
        pytest.param("3 mars 2024", id="french-printed"),
        pytest.param("۱۳ اسفند ۱۴۰۲", id="solar-hijri"),
        pytest.param(dt.datetime(2024, 3, 3, 9, 30), id="datetime"),
        pytest.param(SUNDAY, id="date"),
    ],
)
def test_published_forms_are_read(published: str | dt.date) -> None:
    """Every printed, ISO 8601 or RFC 2822 form of the day is that day."""
    assert read_published(published) == SUNDAY


def test_printed_published_resolves_relative_words() -> None:
    """`yesterday` resolves against a `published` written as a page prints it."""
    value = parse_date("yesterday", language="en", published="March 3, 2024")
    assert value is not None
    assert value.start == "2024-03-02"


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("n/a", id="not-a-date"),
        pytest.param("March 2024", id="a-month"),
        pytest.param("yesterday", id="relative"),
        pytest.param("03/04/2024", id="day-month-order-unknown"),
        pytest.param("Mon, 03 Mar 2024 09:30:00 GMT", id="rfc2822-weekday-contradicts"),
        pytest.param("2024-02-30", id="invalid-day"),
        pytest.param("20241303", id="iso-basic-month-13"),
        pytest.param("2024-03-03T25:00:00Z", id="iso-hour-25"),
        pytest.param("2024-03-03T09:61", id="iso-minute-61"),
        pytest.param("2024-03-03T24:00:00", id="iso-end-of-day-which-day"),
        pytest.param("Sun, 03 Mar 2024 25:30:00 GMT", id="rfc2822-hour-25"),
        pytest.param("March 3, 2024 9:75 am", id="printed-minute-75"),
        pytest.param("March 3, 2024 - 25:30", id="printed-dash-hour-25"),
        pytest.param("March 3, 2024 - Mar 5", id="printed-range"),
        pytest.param("Monday, March 3, 2024 - 09:30", id="printed-dash-weekday-contradicts"),
    ],
)
def test_unreadable_published_is_an_input_error(published: str) -> None:
    """A `published` value naming no single day raises InputError, never counts as absent."""
    with pytest.raises(InputError, match="names no single day"):
        parse_date("yesterday", language="en", published=published)


def test_dashed_time_is_the_publication_moment() -> None:
    """A time after a dash is the moment of publication, as after a space (`16:10` is then
    that day)."""
    value = parse_date("16:10", language="en", published="2024-03-03 - 17:30")
    assert value is not None
    assert value.start == "2024-03-03"


def test_absent_published_is_none() -> None:
    """None is an absent publication date."""
    assert read_published(None) is None


@pytest.mark.parametrize("published", ["", "  ", "\t\n"])
def test_empty_published_is_an_input_error(published: str) -> None:
    """An empty or blank string (a feed's empty `<pubDate>`) is rejected, not taken for None."""
    with pytest.raises(InputError, match=r"is empty\. Pass None"):
        parse_date("yesterday", language="en", published=published)


def test_extract_check_reads_printed_dates() -> None:
    """extract()'s check turns a printed date or RFC 2822 timestamp into YYYY-MM-DD."""
    assert check_published("Sun, 03 Mar 2024 09:30:00 GMT") == "2024-03-03"
    assert check_published("3 March 2024") == "2024-03-03"


def test_extract_check_rejects_what_names_no_day() -> None:
    """extract()'s check raises InputError with a message that says what to pass."""
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        check_published("last week")
