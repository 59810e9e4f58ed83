"""Dates as reports of visits and diplomacy write them (round 15): agendas whose weekday
range must fit their days, the day of a visit named after it, the first or last day of a
month, ordinal words that rank a noun rather than name a day.

Source: bench/english_round15_cases.json, written blind for this probe (English dates round
15), and variants of its cases written after the date code was read for the fix (marked
`variant`). Each expected day was counted by hand on the calendar (3 March 2025 a Monday
and 4 March 2025 a Tuesday, 10 June 2025 a Tuesday, 19 November 2024 a Tuesday, 4 March
2024 a Monday, 6 March 2024 a Wednesday, 29 February 2024 a Thursday).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

_FEB25 = "2025-02-25"  # a Tuesday
_MAR6 = "2024-03-06"  # a Wednesday
_MAR4 = "2024-03-04"  # a Monday
_NOV15 = "2024-11-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # an agenda's weekday range beside the days it names
        ("Monday to Wednesday, March 3-5", _FEB25, "future", ("2025-03-03", "2025-03-05")),
        ("Monday-Wednesday (3-5 March)", _FEB25, "future", ("2025-03-03", "2025-03-05")),
        ("Tuesday through Thursday, Nov. 19-21", _NOV15, "future", ("2024-11-19", "2024-11-21")),
        # variant
        ("March 3-5, Monday to Wednesday", _FEB25, "future", ("2025-03-03", "2025-03-05")),
        # the day of the visit named first, the weekday after a comma
        ("on the last day of his visit, Wednesday", "2024-03-07", "past", ("2024-03-06",) * 2),
        ("talks on the second day, Tuesday", _MAR6, "past", ("2024-03-05",) * 2),
        ("on the first day of the summit, Monday", _MAR6, "past", ("2024-03-04",) * 2),  # variant
        # read before this round, kept
        (
            "on the second day of his visit to Russia, on Tuesday",
            _MAR6,
            "past",
            ("2024-03-05",) * 2,
        ),
        # the first or last day of a month or year: that day, not the month
        ("the last day of February", _MAR4, "past", ("2024-02-29",) * 2),
        ("on the last day of February", _MAR4, "past", ("2024-02-29",) * 2),  # variant
        ("the first day of March", _MAR4, "past", ("2024-03-01",) * 2),  # variant
        ("the last day of 2024", "2025-01-02", "past", ("2024-12-31",) * 2),  # variant
        ("the last 12 days of 2019", _MAR4, "past", ("2019-12-20", "2019-12-31")),  # kept
        # an ordinal day in words after `on` alone stays the day of this month (README)
        ("on the first", "2024-10-07", "past", ("2024-10-01",) * 2),
        ("on the first of March", "2024-10-07", "past", ("2024-03-01",) * 2),
    ],
)
def test_round15_dates(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # a weekday range that does not fall on the days beside it (4 March 2025: Tuesday)
        ("Monday to Wednesday, March 4-6", _FEB25, "future"),
        ("Wednesday, March 4-6", _FEB25, "future"),  # variant
        ("Monday to Tuesday, March 4-6", _FEB25, "future"),  # variant
        ("Mon-Wed, 10-12 June", _FEB25, "future"),  # variant
        # an ordinal word that ranks the noun after it: no day of the month
        ("on the first anniversary of the attack", "2024-10-07", "past"),
        ("on the third anniversary of the attack", "2024-10-07", "past"),  # variant
        ("on the first round of talks", "2024-10-07", "past"),  # variant
        # a day of the visit with no day named
        ("on the second day of his visit", _MAR6, "past"),
        ("on the eve of the summit", _MAR6, "past"),
    ],
)
def test_round15_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None
