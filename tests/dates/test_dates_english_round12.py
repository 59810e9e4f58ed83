"""Hijri dates in Latin letters, feasts with a relative period, visit-report clauses, laws
and cohorts named by a year (round 12).

Source: bench/english_round12_cases.json, written blind for this probe (English dates round
12), and variants of its cases written after the date code was read for the fixes (marked
`variant`). Each expected day was counted by hand on the calendar (20 November 2025 a
Thursday, 10 July 2024 a Wednesday, 2 March 2026 a Monday, 20 November 2024 a Wednesday);
the Hijri days are those of the Umm al-Qura calendar (checked with hijridate's tables)
(1 Muharram 1446 = 7 July 2024; 1 Shawwal 1445 = 10 April 2024, 1 Shawwal 1446 = 30 March
2025; 1 Ramadan 1447 = 18 February 2026; 1 Rajab 1447 = 21 December 2025, a month of 30
days; 1 Dhu al-Hijjah 1446 = 28 May 2025; 12 Rabi al-Awwal 1447 = 4 September 2025; Eid
al-Adha 1445 = 16 June 2024, 1444 = 28 June 2023; Easter 2023 = 9 April).
"""

from __future__ import annotations

import pytest

from visitx.dates.parse import parse_date

_NOV = "2025-11-20"  # a Thursday


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # Hijri dates in Latin letters, as English copy from the Gulf writes them
        ("1 Muharram 1446", "2024-07-10", "past", ("2024-07-07",) * 2),
        ("on 1 Muharram 1446 AH", "2024-07-10", "past", ("2024-07-07",) * 2),
        ("15 Shawwal 1445", _NOV, "past", ("2024-04-24",) * 2),
        ("Wednesday, 15 Shawwal 1445", _NOV, "past", ("2024-04-24",) * 2),
        ("12 Rabi al-Awwal 1447", _NOV, "past", ("2025-09-04",) * 2),
        ("12 Rabi' al-Awwal 1447", _NOV, "past", ("2025-09-04",) * 2),  # variant
        ("3 Dhul Hijjah 1446", _NOV, "past", ("2025-05-30",) * 2),
        ("3 Dhu al-Hijjah 1446", _NOV, "past", ("2025-05-30",) * 2),  # variant
        ("1 Ramadan 1447", "2026-03-02", "past", ("2026-02-18",) * 2),
        ("Rajab 1447", "2026-03-02", "past", ("2025-12-21", "2026-01-19")),
        ("Muharram 1447", _NOV, "past", ("2025-06-26", "2025-07-25")),
        # without a year: the most recent one (past), the next one (upcoming)
        ("the 15th of Shawwal", _NOV, "past", ("2025-04-13",) * 2),
        ("the 10th of Muharram", "2024-07-10", "future", ("2024-07-16",) * 2),
        ("the 27th of Ramadan", "2026-03-02", "future", ("2026-03-16",) * 2),
        # a name that is also a month is left out: the rest is read (variants)
        ("Ramadan Kadyrov met Putin on Monday", "2024-07-10", "past", ("2024-07-08",) * 2),
        (
            "Mohammed Shia al-Sudani met Erdogan on Monday",
            "2024-07-10",
            "past",
            ("2024-07-08",) * 2,
        ),
        ("the Hajj, which ended last month", "2024-07-10", "past", ("2024-06-01", "2024-06-30")),
        # a feast with a relative year or month: the one that starts in it
        ("during Eid al-Adha last month", "2024-07-10", "past", ("2024-06-16",) * 2),
        ("Eid al-Adha last year", "2024-07-10", "past", ("2023-06-28",) * 2),  # variant
        ("during Easter last year", "2024-07-10", "past", ("2023-04-09",) * 2),  # variant
        ("Eid-ul-Azha", "2025-05-16", "future", ("2025-06-06",) * 2),
        # a part word right before a relative word in a clause starts the phrase
        (
            "will travel to Japan later this month",
            "2024-07-10",
            "future",
            ("2024-07-01", "2024-07-31"),
        ),
        ("Modi to visit US later this month", _NOV, "future", ("2025-11-01", "2025-11-30")),
        # a capitalised month after `in` at the end of a clause: the month, not the modal
        (
            "King Charles to visit Canada in May",
            "2026-03-02",
            "future",
            ("2026-05-01", "2026-05-31"),
        ),
        ("the talks resumed in May", "2026-03-02", "past", ("2025-05-01", "2025-05-31")),  # variant
        # a day tied to the visit by the words around it
        ("on Monday, shortly after landing in Jakarta", _NOV, "past", ("2025-11-17",) * 2),
        ("the talks on Wednesday, the final day of his visit,", _NOV, "past", ("2025-11-19",) * 2),
        (
            "on the second day of his visit to Russia, on Tuesday",
            "2024-07-10",
            "past",
            ("2024-07-09",) * 2,
        ),
        ("on the final day of his Asia tour on Friday", _NOV, "past", ("2025-11-14",) * 2),
        (
            "during talks on the sidelines of the G20 summit in Rio on 18 November",
            "2024-11-20",
            "past",
            ("2024-11-18",) * 2,
        ),
    ],
)
def test_round12_dates(text: str, published: str, tense: str, expected: tuple[str, str]) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert value is not None
    assert (value.start, value.end) == expected


@pytest.mark.parametrize(
    ("text", "published", "tense"),
    [
        # blind: laws and cohorts named by a year (they were the year)
        ("the Inflation Reduction Act of 2022", _NOV, "past"),
        ("the Defence Act 1990", _NOV, "past"),
        ("the Class of 2024", _NOV, "past"),
        # blind: a weekday off the Hijri date (15 Shawwal 1445 was a Wednesday)
        ("Friday, 15 Shawwal 1445", _NOV, "past"),
        # variants: a Hijri month alone is a name as often as a month
        ("Rajab", _NOV, "past"),
        ("in Safar", _NOV, "past"),
        ("Ramadan Kadyrov", _NOV, "past"),
        # variants: a feast that does not start in the period named
        ("Eid al-Fitr this month", "2024-07-10", "past"),
        # variants: `may` in lower case, `May` a person
        ("the talks in may", "2026-03-02", "past"),
        ("talks with May in London", "2026-03-02", "past"),
        ("a letter from May", "2026-03-02", "past"),
        # blind: a visit day with no anchor
        ("on the second day of his visit", _NOV, "past"),
        ("met last week on the sidelines of the G20 summit on Saturday", _NOV, "past"),  # variant
    ],
)
def test_round12_none(text: str, published: str, tense: str) -> None:
    assert parse_date(text, language="en", published=published, tense=tense) is None


def test_round12_gregorian_year_after_a_hijri_month() -> None:
    """`Ramadan 2046` stays the year 2046 (duckling's corpus; the Hijri days of a year after
    2037 are predictions), though `Ramadan` is now a Hijri month in Latin letters."""
    value = parse_date("Ramadan 2046", language="en", published="2013-02-12", tense="future")
    assert value is not None
    assert (value.start, value.end, value.precision) == ("2046-01-01", "2046-12-31", "year")
