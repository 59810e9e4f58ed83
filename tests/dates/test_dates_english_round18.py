"""Everyday news English dates inside the phrases wire copy wraps around them (round 18):
clock times and zones around a day (`at 0900 GMT on Thursday`, `late on Sunday local
time`, `in the early hours of Monday`), deadlines and openings (`by March 31`, `as of
Monday`, `effective Jan. 15`), durations beside a date, reported speech, holidays,
parts of periods, abbreviations and typos (`Wed., Nov. 19`, `Febuary 20`, `on
Thrusday`), and expressions that stay `None` (durations alone, ages, scores, model
numbers, `24/7`, `9/11`, `the Class of 2024`, seasons, deadlines longer than a day).

Source: bench/english_round18_cases.json, written blind for this probe (dates in
everyday news English round 18); `published` in the forms wire feeds give it (ISO, ISO
with a time and zone, RFC 2822). Each expected day was counted by hand on the calendar
(4 March 2025 a Tuesday, 12 November 2025 a Wednesday, 21 June 2024 a Friday, 15
September 2025 a Monday, 18 December 2025 a Thursday, 8 January 2026 a Thursday, 19
April 2025 a Saturday, Easter Sunday 2025 on 20 April; 1 Ramadan 1446 on 1 March 2025
after the Umm al-Qura calendar, a month of 29 days).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

_MAR4 = "2025-03-04"  # a Tuesday
_MAR4Z = "2025-03-04T14:20:00Z"  # a Tuesday
_NOV12 = "Wed, 12 Nov 2025 08:05:00 +0000"
_JUN21 = "2024-06-21T06:30:00+09:00"  # a Friday
_SEP15 = "Mon, 15 Sep 2025 17:45:00 GMT"
_DEC18 = "2025-12-18T12:10:00-05:00"  # a Thursday
_JAN8 = "2026-01-08"  # a Thursday
_APR19 = "Sat, 19 Apr 2025 10:00:00 +0100"
_MAR5_7 = ("2025-03-05", "2025-03-07")  # Wednesday to Friday after 4 March 2025


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # a clock time and its zone, a part of the day, around a weekday or a date
        ("at 0900 GMT on Thursday", _MAR4, "future", ("2025-03-06",) * 2),
        ("late on Sunday local time", _MAR4, "past", ("2025-03-02",) * 2),
        ("in the early hours of Friday", _NOV12, "future", ("2025-11-14",) * 2),
        ("in the early hours of Monday", _NOV12, "past", ("2025-11-10",) * 2),
        ("by midnight Wednesday", _MAR4, "future", ("2025-03-05",) * 2),
        ("shortly after midnight on Saturday", _SEP15, "past", ("2025-09-13",) * 2),
        ("at 6 a.m. ET on Tuesday", _SEP15, "future", ("2025-09-16",) * 2),
        ("on Sunday morning Moscow time", _NOV12, "past", ("2025-11-09",) * 2),
        ("at 1500 GMT on March 7", _MAR4, "future", ("2025-03-07",) * 2),
        ("shortly before midnight on Dec. 16", _DEC18, "past", ("2025-12-16",) * 2),
        ("at 11 p.m. Pyongyang time on Sept. 13", _SEP15, "past", ("2025-09-13",) * 2),
        ("late on Jan. 6 local time", _JAN8, "past", ("2026-01-06",) * 2),
        # a four-digit time before "local time" is cut out like one before GMT
        ("at 0400 local time on Nov. 10", _NOV12, "past", ("2025-11-10",) * 2),
        ("at 2330 local time on Tuesday", _MAR4, "past", ("2025-03-04",) * 2),
        # deadlines of a day and openings
        ("by March 31", _MAR4Z, "future", ("2025-03-31",) * 2),
        ("as of Monday", _MAR4, "past", ("2025-03-03",) * 2),
        ("from next Monday", _MAR4, "future", ("2025-03-10",) * 2),
        ("effective Jan. 15", _JAN8, "future", ("2026-01-15",) * 2),
        ("from Monday, Sept. 22", _SEP15, "future", ("2025-09-22",) * 2),
        ("goes into effect on April 1", _MAR4Z, "future", ("2025-04-01",) * 2),
        # a duration beside a date is no date; a range written out is read
        ("a four-day state visit from Tuesday", _SEP15, "future", ("2025-09-16",) * 2),
        ("a two-day visit from Dec. 20", _DEC18, "future", ("2025-12-20",) * 2),
        ("a three-day visit to China from Wednesday to Friday", _MAR4, "future", _MAR5_7),
        ("a five-day trip from Jan. 12 to 16", _JAN8, "future", ("2026-01-12", "2026-01-16")),
        # reported speech
        ("talks would resume on Thursday", _MAR4, "future", ("2025-03-06",) * 2),
        ("would visit Beijing on Sept. 30", _SEP15, "future", ("2025-09-30",) * 2),
        ("the ministry said in a statement late Wednesday", _DEC18, "past", ("2025-12-17",) * 2),
        ("said Friday", _APR19, "past", ("2025-04-18",) * 2),
        # holidays, parts of periods (the whole period named), rolling stretches
        ("on Easter Sunday", _APR19, "future", ("2025-04-20",) * 2),
        ("on Boxing Day", _DEC18, "future", ("2025-12-26",) * 2),
        ("during Ramadan", _MAR4, "future", ("2025-03-01", "2025-03-29")),
        ("in mid-April", _MAR4, "future", ("2025-04-01", "2025-04-30")),
        ("early next month", _DEC18, "future", ("2026-01-01", "2026-01-31")),
        ("for the next two weeks", _MAR4, "future", ("2025-03-04", "2025-03-18")),
        # abbreviations and typos
        ("Wed., Nov. 19", _NOV12, "future", ("2025-11-19",) * 2),
        ("Thurs.", _DEC18, "past", ("2025-12-18",) * 2),
        ("Febuary 20", _MAR4, "past", ("2025-02-20",) * 2),
        ("on Thrusday, March 6", _MAR4, "future", ("2025-03-06",) * 2),
        ("Wednesday (Nov 12)", _NOV12, "past", ("2025-11-12",) * 2),
        ("Sept. 29 to Oct. 2", _SEP15, "future", ("2025-09-29", "2025-10-02")),
        ("Apr. 22-23", _APR19, "future", ("2025-04-22", "2025-04-23")),
    ],
)
def test_round18_dates(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # the publication weekday for an upcoming event: today or next week?
        ("at 2300 GMT on Tuesday", _MAR4, "future"),
        ("around 1400 GMT on Saturday", _APR19, "future"),
        # deadlines before a day or longer than a day; a weekday after a word naming a day
        ("no later than March 15", _MAR4, "future"),
        ("by the end of next week", _MAR4, "future"),
        ("starting Thursday", _MAR4, "future"),
        ("a three-day visit starting Sunday", _MAR4, "future"),
        # durations alone, counts, seasons, holidays of an unsure country, a summit's month
        ("for three days", _NOV12, "past"),
        ("a 48-hour ceasefire", _SEP15, "future"),
        ("for the first time since 2019", _NOV12, "past"),
        ("this spring", _MAR4, "future"),
        ("last winter", _NOV12, "past"),
        ("on Thanksgiving", _NOV12, "future"),
        ("at the G20 summit in November", _SEP15, "future"),
        # ages, scores, model numbers, event names
        ("24/7", _MAR4, "past"),
        ("the 9/11 attacks", _NOV12, "past"),
        ("the Class of 2024", _JUN21, "past"),
        ("a 57-year-old man", _SEP15, "past"),
        ("won 3-1", _JAN8, "past"),
        ("Airbus A350-1000", _SEP15, "past"),
        ("Vision 2030", _DEC18, "future"),
        ("the COVID-19 pandemic", _JAN8, "past"),
    ],
)
def test_round18_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None
