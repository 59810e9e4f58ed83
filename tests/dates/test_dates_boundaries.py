"""Everyday English read against publication dates at week, month and year boundaries.

Most date cases use one publication day (Wednesday 13 March 2024); readings that depend
on where publication falls were barely exercised. Every expected value below is worked
out by hand from a calendar (`python -c "import calendar; print(calendar.month(2024, 3))"`):
March 2024 starts on a Friday (the 11th a Monday, the 16th a Saturday), December 2024
ends on a Tuesday (the 28th a Saturday, the 30th a Monday), 1 January 2025 is a Wednesday.
`tense="future"` is an upcoming (planned or invited) event.
"""

from __future__ import annotations

from typing import Literal

import pytest

from visitx.dates.parse import parse_date

Tense = Literal["past", "future"]


def _period(text: str, published: str, tense: Tense) -> tuple[str | None, str | None] | None:
    value = parse_date(text, language="en", published=published, tense=tense)
    return None if value is None else (value.start, value.end)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Upcoming event, day or month that ended less than two months before publication:
        # a day gone by is no upcoming event, and the one a year ahead is far (was this
        # year's, before publication).
        pytest.param("in February", "2024-03-13", None, id="february-told-in-march"),
        pytest.param("February 2", "2024-03-13", None, id="february-2-told-in-march"),
        pytest.param("Christmas Day", "2024-12-26", None, id="christmas-told-on-26-december"),
        pytest.param("Christmas Eve", "2024-12-25", None, id="christmas-eve-told-on-christmas"),
        pytest.param("New Year's Day", "2024-01-02", None, id="new-years-day-told-on-2-january"),
        pytest.param("in March", "2024-04-01", None, id="march-told-on-1-april"),
        pytest.param("the first week of January", "2024-03-13", None, id="first-week-of-january"),
        pytest.param("the last week of February", "2024-03-01", None, id="last-week-of-february"),
        # 1 June: March to May ended the day before.
        pytest.param("from March to May", "2024-06-01", None, id="range-just-ended"),
    ],
)
def test_upcoming_event_is_never_a_day_just_gone(
    text: str, published: str, expected: tuple[str, str] | None
) -> None:
    """A day or month just gone by is no upcoming event (was that day, before publication)."""
    assert _period(text, published, "future") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Ended long ago, or still to come: unchanged.
        pytest.param(
            "New Year's Day", "2024-03-13", ("2025-01-01", "2025-01-01"), id="new-years-day-ahead"
        ),
        pytest.param(
            "Christmas Day", "2024-12-20", ("2024-12-25", "2024-12-25"), id="christmas-ahead"
        ),
        pytest.param("in March", "2024-03-13", ("2024-03-01", "2024-03-31"), id="current-month"),
        pytest.param("in February", "2024-06-01", ("2025-02-01", "2025-02-28"), id="next-february"),
        # Range whose start has just gone by, still running at publication (15 August).
        pytest.param(
            "between June and August",
            "2024-08-15",
            ("2024-06-01", "2024-08-31"),
            id="range-running",
        ),
        # 24 December: November has just gone, January 2025 is to come.
        pytest.param(
            "between November and January",
            "2024-12-24",
            ("2024-11-01", "2025-01-31"),
            id="range-running-over-new-year",
        ),
        # 31 December: 30 December has just gone; three days after it is 2 January 2025.
        pytest.param(
            "three days after December 30",
            "2024-12-31",
            ("2025-01-02", "2025-01-02"),
            id="offset-from-day-just-gone",
        ),
    ],
)
def test_upcoming_event_keeps_readings_ahead(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    """The next such day, the running month or range stay read for an upcoming event."""
    assert _period(text, published, "future") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # `since` counts back whatever the tense: 13 March 2024, since April is April 2023
        # on (was None: the April to come), since January is 1 January 2024 on.
        pytest.param("since April", "2024-03-13", ("2023-04-01", "2024-03-13"), id="since-april"),
        pytest.param(
            "since January", "2024-03-13", ("2024-01-01", "2024-03-13"), id="since-january"
        ),
        # `back in January` told in March: January 2024, the January gone by.
        pytest.param(
            "back in January", "2024-03-13", ("2024-01-01", "2024-01-31"), id="back-in-january"
        ),
        # `ended` says the quarter is over: told on 13 March 2024, the quarter ended
        # Dec. 31 is October-December 2023 (was 2024's, not ended at publication).
        pytest.param(
            "the quarter ended Dec. 31",
            "2024-03-13",
            ("2023-10-01", "2023-12-31"),
            id="quarter-ended-december",
        ),
        pytest.param(
            "the quarter ended Sept. 30",
            "2024-08-15",
            ("2023-07-01", "2023-09-30"),
            id="quarter-ended-september",
        ),
    ],
)
def test_words_that_look_back_count_back_for_an_upcoming_event(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    """`since`, `back in`, `the quarter ended` read as in past tense for an upcoming event."""
    assert _period(text, published, "future") == expected
    assert _period(text, published, "past") == expected


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # Told in March 2024 of a past event, the second half of the running year has not
        # begun: `the year` is the story's year, not known here (was July-December 2024).
        pytest.param(
            "the second half of the year",
            "2024-03-13",
            "past",
            None,
            id="second-half-past-in-march",
        ),
        # Told on 15 August of an upcoming event, January-June 2024 is over (was it).
        pytest.param(
            "the first half of the year",
            "2024-08-15",
            "future",
            None,
            id="first-half-future-in-august",
        ),
        # Told on 30 December 2024 of an upcoming event, 1-7 January 2024 is over.
        pytest.param(
            "the first week of the year",
            "2024-12-30",
            "future",
            None,
            id="first-week-future-in-december",
        ),
        # Begun by publication (15 August 2024): July-December 2024, as before.
        pytest.param(
            "the second half of the year",
            "2024-08-15",
            "past",
            ("2024-07-01", "2024-12-31"),
            id="second-half-past-in-august",
        ),
        # `this year` is read as written (tests/dates/test_dates_english.py).
        pytest.param(
            "the second half of this year",
            "2024-03-13",
            "past",
            ("2024-07-01", "2024-12-31"),
            id="this-year-as-written",
        ),
    ],
)
def test_part_of_the_year_on_the_side_of_its_tense(
    text: str, published: str, tense: Tense, expected: tuple[str, str] | None
) -> None:
    """A part of `the year` on the wrong side of publication for the tense is None."""
    assert _period(text, published, tense) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Monday 1 January 2024: the week ended Friday is 23-29 December 2023 (was
        # 30 December - 5 January, a week not ended); `ended` looks back.
        pytest.param(
            "the week ended Friday",
            "2024-01-01",
            ("2023-12-23", "2023-12-29"),
            id="week-ended-friday",
        ),
        # 3 January 2024 has not come on 1 January: the most recent is 3 January 2023,
        # the week 28 December 2022 - 3 January 2023.
        pytest.param(
            "the week ended January 3",
            "2024-01-01",
            ("2022-12-28", "2023-01-03"),
            id="week-ended-january-3",
        ),
    ],
)
def test_week_ended_looks_back_for_an_upcoming_event(
    text: str, published: str, expected: tuple[str, str]
) -> None:
    """`the week ended ...` is a week gone by in either tense."""
    assert _period(text, published, "future") == expected
    assert _period(text, published, "past") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Monday 18 March: the Saturday and Sunday before are 16-17 March (was 23-24).
        pytest.param(
            "last Saturday and Sunday", "2024-03-18", ("2024-03-16", "2024-03-17"), id="monday"
        ),
        # Wednesday 13 March: 9-10 March (was 16-17).
        pytest.param(
            "last Saturday and Sunday", "2024-03-13", ("2024-03-09", "2024-03-10"), id="wednesday"
        ),
        # Monday 30 December 2024: 28-29 December (was 4-5 January 2025).
        pytest.param(
            "last Saturday and Sunday", "2024-12-30", ("2024-12-28", "2024-12-29"), id="year-end"
        ),
        # Saturday 16 March: 16-17 March is this weekend (past or ongoing?): None.
        pytest.param("last Saturday and Sunday", "2024-03-16", None, id="saturday"),
    ],
)
def test_last_weekday_pair_counts_back_in_either_tense(
    text: str, published: str, expected: tuple[str, str] | None
) -> None:
    """`last Saturday and Sunday` names days gone by for an upcoming event too."""
    assert _period(text, published, "future") == expected
    assert _period(text, published, "past") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Told on the range's first day: from today, or next week's? Like `Friday`
        # told on a Friday for an upcoming event: None (was from publication day).
        pytest.param("Tuesday through Friday", "2024-03-12", None, id="tuesday-on-tuesday"),
        pytest.param("Mon-Wed", "2024-12-30", None, id="monday-on-monday-year-end"),
        pytest.param("Saturday and Sunday", "2024-03-16", None, id="weekend-on-saturday"),
        # Monday 11 March: Tuesday through Friday to come are 12-15 March.
        pytest.param(
            "Tuesday through Friday",
            "2024-03-11",
            ("2024-03-12", "2024-03-15"),
            id="tuesday-on-monday",
        ),
        # Saturday 28 December 2024: next week's Monday-Wednesday is 30 Dec - 1 Jan 2025.
        pytest.param(
            "Mon-Wed", "2024-12-28", ("2024-12-30", "2025-01-01"), id="monday-on-saturday-year-end"
        ),
    ],
)
def test_upcoming_weekday_range_told_on_its_first_day(
    text: str, published: str, expected: tuple[str, str] | None
) -> None:
    """An upcoming weekday range told on its first day is today's or next week's: None."""
    assert _period(text, published, "future") == expected


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # 1 January 2025 (Wednesday) is in the first quarter: the one before is Q4 2024.
        pytest.param(
            "last quarter",
            "2025-01-01",
            "past",
            ("2024-10-01", "2024-12-31"),
            id="last-quarter-new-year",
        ),
        # 30 September 2024 is the last day of the third quarter.
        pytest.param(
            "this quarter",
            "2024-09-30",
            "past",
            ("2024-07-01", "2024-09-30"),
            id="this-quarter-last-day",
        ),
        # 30 April 2024: April has no 31st, the most recent one is 31 March.
        pytest.param(
            "the 31st",
            "2024-04-30",
            "past",
            ("2024-03-31", "2024-03-31"),
            id="31st-in-30-day-month",
        ),
        # 1 March 2024: February 2024 has 29 days, so the 29th is the day before; no 30th
        # was in February (the 30th of January, over a month back, is unsure: None), and
        # February 2023 had no 29th.
        pytest.param(
            "the 29th",
            "2024-03-01",
            "past",
            ("2024-02-29", "2024-02-29"),
            id="29th-after-leap-february",
        ),
        pytest.param("the 30th", "2024-03-01", "past", None, id="30th-after-february"),
        pytest.param("the 29th", "2023-03-01", "past", None, id="29th-after-short-february"),
        # 31 December 2024, New Year's Day gone by is 1 January 2024; on 1 January 2025
        # New Year's Eve is the day before.
        pytest.param(
            "New Year's Day",
            "2024-12-31",
            "past",
            ("2024-01-01", "2024-01-01"),
            id="new-years-day-on-new-years-eve",
        ),
        pytest.param(
            "New Year's Eve",
            "2025-01-01",
            "past",
            ("2024-12-31", "2024-12-31"),
            id="new-years-eve-on-new-years-day",
        ),
        pytest.param(
            "New Year's Day",
            "2024-12-31",
            "future",
            ("2025-01-01", "2025-01-01"),
            id="new-years-day-ahead-on-new-years-eve",
        ),
        # 13 March 2024: December to February is the winter just gone.
        pytest.param(
            "December to February",
            "2024-03-13",
            "past",
            ("2023-12-01", "2024-02-29"),
            id="winter-months-past",
        ),
        # Wednesday 1 January 2025: the weekend before is 28-29 December 2024.
        pytest.param(
            "this past weekend",
            "2025-01-01",
            "past",
            ("2024-12-28", "2024-12-29"),
            id="past-weekend-over-new-year",
        ),
        # Tuesday 2 January 2024: that week starts 1 January; two weeks back is 18-24 Dec.
        pytest.param(
            "the week before last",
            "2024-01-02",
            "past",
            ("2023-12-18", "2023-12-24"),
            id="week-before-last-over-new-year",
        ),
        # 15 January 2024: the month before last is November 2023.
        pytest.param(
            "the month before last",
            "2024-01-15",
            "past",
            ("2023-11-01", "2023-11-30"),
            id="month-before-last-over-new-year",
        ),
        # Sunday 17 March: `this Monday` is the Monday of that week, 11 March.
        pytest.param(
            "this Monday",
            "2024-03-17",
            "past",
            ("2024-03-11", "2024-03-11"),
            id="this-monday-on-sunday",
        ),
        # Monday 1 January 2024: Tuesday last week is 26 December 2023.
        pytest.param(
            "Tuesday last week",
            "2024-01-01",
            "past",
            ("2023-12-26", "2023-12-26"),
            id="weekday-last-week-over-new-year",
        ),
        # Published just after midnight local time on 1 January 2025: yesterday is the
        # 31st in the writer's zone (not 30 December, as in UTC).
        pytest.param(
            "yesterday",
            "2025-01-01T00:30:00+01:00",
            "past",
            ("2024-12-31", "2024-12-31"),
            id="yesterday-local-timestamp",
        ),
        pytest.param(
            "tomorrow",
            "Tue, 31 Dec 2024 23:30:00 GMT",
            "future",
            ("2025-01-01", "2025-01-01"),
            id="tomorrow-rfc2822",
        ),
    ],
)
def test_readings_across_boundaries(
    text: str, published: str, tense: Tense, expected: tuple[str, str] | None
) -> None:
    """Periods across month, quarter and year ends, checked by hand (already right)."""
    assert _period(text, published, tense) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # Told in 2031 the 2030s have begun: the 1930s or the 2030s? (was the 1930s).
        pytest.param("the '30s", "2031-05-01", "past", None, id="30s-told-in-2031"),
        # An upcoming event in 2024: the 2030s are six years ahead (was the 1930s).
        pytest.param("the 30s", "2024-03-13", "future", None, id="30s-upcoming"),
        # Told in 2024 of a past event: only the 1930s have been.
        pytest.param("the '30s", "2024-03-13", "past", ("1930-01-01", "1939-12-31"), id="30s-past"),
        # Told in 2015 the 2020s had not begun: the 1920s (was None, as told in 2024).
        pytest.param(
            "the 20s", "2015-06-01", "past", ("1920-01-01", "1929-12-31"), id="20s-told-in-2015"
        ),
        pytest.param("the 20s", "2024-03-13", "past", None, id="20s-told-in-2024"),
    ],
)
def test_two_digit_decade_against_publication(
    text: str, published: str, tense: Tense, expected: tuple[str, str] | None
) -> None:
    """`the '30s` is the 1930s only while the 2030s are neither begun nor near ahead."""
    assert _period(text, published, tense) == expected
