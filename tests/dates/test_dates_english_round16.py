"""Everyday news English dates (round 16): weekday ranges, weekends and parts of days,
quarters and halves, parts of periods, open and spaced ranges, anchored days, decades and
centuries, each at a new publication day, across month and year ends, in capitals and in
British and American forms.

Source: bench/english_round16_cases.json, written blind for this probe (dates in everyday
news English round 16). Each expected day was counted by hand on the calendar (12 March
2025 a Wednesday, 30 December 2024 and 13 January 2025 Mondays, 2 January 2025 a Thursday,
1 March 2024 a Friday in a leap year, 6 November 2023 a Monday, 1 June 2025 a Sunday,
15 July 2024 a Monday, 27 February 2026 a Friday, 4 October 2025 a Saturday).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

_MAR12 = "2025-03-12"  # a Wednesday
_DEC30 = "2024-12-30"  # a Monday
_JAN2 = "2025-01-02"  # a Thursday
_MAR1 = "2024-03-01"  # a Friday, 2024 a leap year
_NOV6 = "2023-11-06"  # a Monday
_JUN1 = "2025-06-01"  # a Sunday
_JUL15 = "2024-07-15"  # a Monday
_FEB27 = "2026-02-27"  # a Friday
_OCT4 = "2025-10-04"  # a Saturday
_JAN13 = "2025-01-13"  # a Monday


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # weekday ranges: one week's days, across a month's or year's end
        ("from Monday to Wednesday last week", _MAR12, "past", ("2025-03-03", "2025-03-05")),
        ("Tues.-Thurs.", _JUL15, "future", ("2024-07-16", "2024-07-18")),
        ("Monday through Thursday of last week", _DEC30, "past", ("2024-12-23", "2024-12-26")),
        ("from Tuesday until Thursday", _OCT4, "past", ("2025-09-30", "2025-10-02")),
        ("Sunday to Tuesday", _JAN2, "past", ("2024-12-29", "2024-12-31")),
        ("WEDNESDAY TO FRIDAY", _OCT4, "past", ("2025-10-01", "2025-10-03")),
        ("Friday to Monday", "2024-05-20", "past", ("2024-05-17", "2024-05-20")),
        # weekends and parts of days
        ("this past weekend", _NOV6, "past", ("2023-11-04", "2023-11-05")),
        ("Last Weekend", _JUL15, "past", ("2024-07-13", "2024-07-14")),
        ("late Thursday night", _JUN1, "past", ("2025-05-29",) * 2),
        ("yesterday evening", _MAR1, "past", ("2024-02-29",) * 2),
        ("overnight", _JAN2, "past", ("2025-01-01", "2025-01-02")),
        ("Weds.", _NOV6, "past", ("2023-11-01",) * 2),
        ("Sat., Feb. 21", _FEB27, "past", ("2026-02-21",) * 2),
        ("Tuesday morning", _JAN2, "past", ("2024-12-31",) * 2),
        # quarters and halves: their months
        ("Q4/2023", _MAR12, "past", ("2023-10-01", "2023-12-31")),
        ("H2 2025", _MAR12, "future", ("2025-07-01", "2025-12-31")),
        ("the back half of the year", "2024-05-20", "future", ("2024-07-01", "2024-12-31")),
        ("the previous quarter", _OCT4, "past", ("2025-07-01", "2025-09-30")),
        # a part of a period is the whole period named
        ("Early Last Month", _MAR12, "past", ("2025-02-01", "2025-02-28")),
        ("end-2023", _MAR12, "past", ("2023-01-01", "2023-12-31")),
        ("mid 2019", _MAR12, "past", ("2019-01-01", "2019-12-31")),
        ("mid-December", _JAN2, "past", ("2024-12-01", "2024-12-31")),
        # open and spaced ranges
        ("since last March", _JAN13, "past", ("2024-03-01", "2025-01-13")),
        ("Dec. 2023–Jan. 2024", _MAR12, "past", ("2023-12-01", "2024-01-31")),
        ("December to February", _MAR12, "past", ("2024-12-01", "2025-02-28")),
        ("1–3 March 2025", _MAR12, "past", ("2025-03-01", "2025-03-03")),
        # anchored days
        ("the 21st", _MAR12, "past", ("2025-02-21",) * 2),
        ("the 21st", _MAR12, "future", ("2025-03-21",) * 2),
        ("the 31st", _JAN2, "past", ("2024-12-31",) * 2),
        ("a week after Jan. 6", _JAN13, "past", ("2025-01-13",) * 2),
        ("back in April", _MAR12, "past", ("2024-04-01", "2024-04-30")),
        # decades and centuries
        ("the \u201980s", _MAR12, "past", ("1980-01-01", "1989-12-31")),
        ("the 18th Century", _MAR12, "past", ("1700-01-01", "1799-12-31")),
        ("the 1930s and 1940s", _MAR12, "past", ("1930-01-01", "1949-12-31")),
    ],
)
def test_round16_dates(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # relabelled after the README: days counted from `next week` told on a Sunday
        ("Thursday through Saturday next week", _JUN1, "future"),
        # relabelled: a range across a Sunday that publication (Monday) falls inside
        ("from Sunday to Tuesday", _JUL15, "future"),
        # no date the text determines
        ("over the long weekend", _NOV6, "past"),
        ("the first quarter of fiscal 2025", _MAR12, "past"),
        ("the end of the decade", _MAR12, "past"),
        ("late summer", _MAR12, "past"),
        ("through 2026", _MAR12, "past"),
        ("the 20s", _MAR12, "past"),
        ("the 12th century BC", _MAR12, "past"),
        ("the night before", _MAR12, "past"),
    ],
)
def test_round16_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None
