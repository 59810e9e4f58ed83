"""Everyday news English dates as outlets outside the US and UK write them (round 17):
Indian, Pakistani, Bangladeshi, Nigerian, Kenyan, South African, Philippine, Singaporean,
Malaysian, Australian and Gulf English, and Chinese state media in English – a country's
fiscal year and its quarters, a country's national day, fixed-day holidays of those
countries, `the first fortnight of December`, `on 9th of this month`, `of the 2nd
instant`, `28th Feb-2nd March`, `this day week`, `on this day in 1971`, `the noughties`,
and `published` in the forms their pages print.

Source: bench/english_round17_cases.json, written blind for this probe (dates in
everyday news English round 17); the texts not in that file are marked. Each expected
day was counted by hand on the calendar (6 March 2024 a Wednesday in a leap year,
16 August 2024 a Friday, 14 January 2025 a Tuesday, 3 October 2024 a Thursday, 9 June
2025 a Monday, 19 December 2024 a Thursday, 1 March 2025 a Saturday, 16 December 2024
a Monday, 20 February 2024 a Tuesday). India's fiscal year runs April to March, and
Pakistan's, Bangladesh's, Australia's and Kenya's July to June (their budgets name a
single year by the year it ends: India's FY25 is April 2024 – March 2025).
"""

from __future__ import annotations

import pytest

from visitx.core.errors import InputError
from visitx.dates.parse import parse_date

_MAR6 = "2024-03-06"  # a Wednesday, 2024 a leap year
_AUG16 = "2024-08-16"  # a Friday
_JAN14 = "2025-01-14"  # a Tuesday
_OCT3 = "2024-10-03"  # a Thursday
_JUN9 = "2025-06-09"  # a Monday
_DEC19 = "2024-12-19"  # a Thursday
_JUN1 = "2024-06-01"  # a Saturday


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # a country's fiscal year, its quarters and halves
        ("India's FY2024-25", _JUN1, "future", ("2024-04-01", "2025-03-31")),
        ("Pakistan's FY2024-25 budget", _JUN1, "future", ("2024-07-01", "2025-06-30")),
        ("Bangladesh's FY25", _JUN1, "future", ("2024-07-01", "2025-06-30")),
        ("Australia's 2024-25 financial year", _JUN1, "future", ("2024-07-01", "2025-06-30")),
        ("Kenya's 2025/26 financial year", _JUN9, "future", ("2025-07-01", "2026-06-30")),
        ("India's GDP in FY24", _JUN1, "past", ("2023-04-01", "2024-03-31")),
        ("India's Q3 FY25", "2025-03-01", "past", ("2024-10-01", "2024-12-31")),
        ("India's Q1 FY2024-25", _AUG16, "past", ("2024-04-01", "2024-06-30")),
        ("India's H1 FY25", _DEC19, "past", ("2024-04-01", "2024-09-30")),
        ("India's fiscal year 2025-26", _JUN9, "future", ("2025-04-01", "2026-03-31")),
        ("India's Q3FY25", "2025-03-01", "past", ("2024-10-01", "2024-12-31")),  # not in file
        # a country's national day, alone or as an offset's anchor
        ("India's Republic Day", _JAN14, "future", ("2025-01-26",) * 2),
        ("South Africa's Freedom Day", "2025-04-20", "future", ("2025-04-27",) * 2),
        ("Singapore's National Day", "2024-08-01", "future", ("2024-08-09",) * 2),
        ("UAE National Day", "2024-11-20", "future", ("2024-12-02",) * 2),
        ("Saudi National Day", "2024-09-10", "future", ("2024-09-23",) * 2),
        ("China's National Day", "2024-09-25", "future", ("2024-10-01",) * 2),
        ("Nigeria's Democracy Day", _JUN9, "future", ("2025-06-12",) * 2),
        ("Philippine Independence Day", _JUN9, "future", ("2025-06-12",) * 2),
        ("a day before India's Independence Day", "2024-08-10", "future", ("2024-08-14",) * 2),
        # fixed-day holidays named uniquely
        ("Jamhuri Day", "2024-12-10", "future", ("2024-12-12",) * 2),
        ("Madaraka Day", "2025-05-20", "future", ("2025-06-01",) * 2),
        ("Mashujaa Day", _OCT3, "future", ("2024-10-20",) * 2),
        ("Merdeka Day", _AUG16, "future", ("2024-08-31",) * 2),
        ("Malaysia Day", "2024-09-10", "future", ("2024-09-16",) * 2),
        ("Bonifacio Day", "2024-11-20", "future", ("2024-11-30",) * 2),
        ("Gandhi Jayanti", "2024-09-25", "future", ("2024-10-02",) * 2),
        ("Quaid-e-Azam Day", _DEC19, "future", ("2024-12-25",) * 2),
        ("Kashmir Solidarity Day", "2025-01-30", "future", ("2025-02-05",) * 2),
        ("Youm-e-Takbeer", "2025-05-20", "future", ("2025-05-28",) * 2),
        ("the Day of Reconciliation", _DEC19, "past", ("2024-12-16",) * 2),
        ("on the eve of Pakistan Day", "2025-03-01", "future", ("2025-03-22",) * 2),
        # halves of a month as fortnights, days of this month, instant
        ("the first fortnight of December", _DEC19, "past", ("2024-12-01", "2024-12-15")),
        ("the second fortnight of January", _JAN14, "future", ("2025-01-16", "2025-01-31")),
        ("on 9th of this month", _AUG16, "past", ("2024-08-09",) * 2),
        ("on 20th of this month", _JUN9, "future", ("2025-06-20",) * 2),
        ("on 5th of next month", _OCT3, "future", ("2024-11-05",) * 2),
        ("of the 2nd instant", _JAN14, "past", ("2025-01-02",) * 2),
        ("on the last day of the month", _MAR6, "future", ("2024-03-31",) * 2),
        # a range with ordinal days and no spaces around the dash
        ("28th Feb-2nd March", "2024-02-20", "future", ("2024-02-28", "2024-03-02")),
        # a week from today; the same day in a year of history
        ("this day week", _MAR6, "future", ("2024-03-13",) * 2),
        ("this day next week", _MAR6, "future", ("2024-03-13",) * 2),
        ("On this day in 1971", "2024-12-16", "past", ("1971-12-16",) * 2),
        # decades
        ("the noughties", _MAR6, "past", ("2000-01-01", "2009-12-31")),
        # read before this round: local habits and published forms
        ("on 3rd instant", _MAR6, "past", ("2024-03-03",) * 2),
        ("on Thursday last", "2024-03-11", "past", ("2024-03-07",) * 2),
        ("2nd-4th March", "2024-02-20", "future", ("2024-03-02", "2024-03-04")),
        ("on the intervening night of March 4 and 5", _MAR6, "past", ("2024-03-04", "2024-03-05")),
        ("on Tuesday", "Wed, 06 Mar 2024 09:30:00 +0530", "past", ("2024-03-05",) * 2),
        ("on Monday", "Updated: 06 Mar 2024, 09:30 IST", "past", ("2024-03-04",) * 2),
        ("last Friday", "March 6, 2024 | 09:30 AM", "past", ("2024-03-01",) * 2),
        ("last Sunday", "Dec 19, 2024, 08:30 AM PKT", "past", ("2024-12-15",) * 2),
    ],
)
def test_round17_dates(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # a fiscal year without its country: whose? (April or July?)
        ("in FY25", _JUN1, "future"),
        ("the 2024-25 fiscal year", _JUN1, "future"),
        ("Indian FY2024-26", _JUN1, "future"),  # not in file: the years do not follow
        # named days without a country, or counted with an ordinal
        ("National Day", "2024-09-10", "future"),
        ("Independence Day", _JUN9, "future"),  # not in file
        ("India's 78th Independence Day", "2024-08-10", "future"),
        ("France's National Day", _JUN9, "future"),  # not in file: no such row
        # the last fortnight is no half; the first day of a month gone by
        ("the last fortnight of June", _JAN14, "past"),  # not in file
        ("the first day of the month", _MAR6, "future"),  # not in file
        # a year ahead of publication is no history; an ambiguous dotted date in English
        ("on this day in 2030", _MAR6, "past"),  # not in file
        ("on 04.03.2024", _MAR6, "past"),
        ("this day week", _MAR6, "past"),  # not in file: a week on, of a past event
    ],
)
def test_round17_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None


@pytest.mark.parametrize("published", ["3 hours ago", "March 2024", "30/02/2024", "Sunday"])
def test_round17_published_rejected(published: str) -> None:
    with pytest.raises(InputError):
        parse_date("on Monday", language="en", published=published)
