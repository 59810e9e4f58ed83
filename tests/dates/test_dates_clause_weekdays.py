"""parse_date on a weekday inside a reporting clause and on bare weekday abbreviations
(issue 22's leftovers, branch dates6).

Sources: `the Sun reported on Monday` and the bare `Sat`/`Wed` are the two leftovers
named in issue 22's follow-up brief; the other phrases are wire-copy clauses written
here (the Mail on Sunday and Scotland on Sunday are UK newspapers, Good Friday a
holiday). Each value is worked out by hand against a calendar: 13 March 2024 is a
Wednesday, so Monday 11, Sunday 10, Saturday 9 and Friday 8 March are the days before.
"""

from __future__ import annotations

from typing import Literal

import pytest

from visitx.dates.parse import parse_date

from conftest import one_day
from date_cases import DateCase, case

WED = "2024-03-13"


CASES = [
    # `the Sun reported on Monday`: the newspaper is left out, Monday 11 March is read.
    case("the_sun_does_not_block_the_weekday", "the Sun reported on Monday", WED, "2024-03-11"),
    # `The Sun reported on Wednesday` in a Wednesday article: that day, as wire copy writes.
    case(
        "the_sun_reported_on_the_publication_weekday",
        "The Sun reported on Wednesday",
        WED,
        "2024-03-13",
    ),
    # `Putin said on Sunday`: Sunday 10 March.
    case("a_reporting_clause_with_on_and_a_weekday", "Putin said on Sunday", WED, "2024-03-10"),
    # `talks were held on Friday evening`: Friday 8 March.
    case("a_clause_with_a_part_of_the_day", "talks were held on Friday evening", WED, "2024-03-08"),
    # `the march ended on Friday`: the protest march is no month; Friday 8 March.
    case(
        "a_lower_case_month_word_left_out_of_a_clause",
        "the march ended on Friday",
        WED,
        "2024-03-08",
    ),
    # Without `language`, the English clause is read the same: Monday 11 March.
    case("the_clause_without_a_language", "the Sun reported on Monday", WED, "2024-03-11", None),
    # `the Mail on Sunday reported`: a newspaper's name, no date.
    case("the_mail_on_sunday_is_a_newspaper", "the Mail on Sunday reported", WED, None),
    # `Scotland on Sunday reported`: a newspaper's name, no date.
    case("scotland_on_sunday_is_a_newspaper", "Scotland on Sunday reported", WED, None),
    # `The Sun on Sunday said`: a preposition after `the Sun` keeps the whole a name.
    case("the_sun_on_sunday_stays_a_name", "The Sun on Sunday said", WED, None),
    # `the May talks resumed on Monday`: `May` (a month, or Theresa May) keeps it None.
    case("another_date_word_in_the_clause", "the May talks resumed on Monday", WED, None),
    # `prayers on Good Friday`: the holiday, not the Friday before publication.
    case("a_holiday_is_not_its_weekday", "prayers on Good Friday", WED, None),
    # `the Sun's report on Monday`: a possessive trap word still makes it None.
    case("a_possessive_trap_keeps_the_clause_none", "the Sun's report on Monday", WED, None),
    # `Wed` as the whole date text of a Wednesday article: that day.
    case("bare_wed_is_the_weekday", "Wed", WED, "2024-03-13"),
    # `Sat` as the whole date text: Saturday 9 March.
    case("bare_sat_is_the_weekday", "Sat", WED, "2024-03-09"),
    # `sat` in lower case is the verb: None.
    case("lower_case_sat_stays_the_verb", "sat", WED, None),
    # `SAT` in capitals is the exam: None.
    case("capitals_sat_stays_the_exam", "SAT", WED, None),
    # `Sun` alone is a surname or the newspaper: None.
    case("bare_sun_stays_a_name", "Sun", WED, None),
]


@pytest.mark.parametrize("row", CASES)
def test_clause_weekdays(row: DateCase) -> None:
    """Each expression reads as its hand-worked day, or None where unsure."""
    assert row.read() == row.answer


# --- any date phrase inside a clause, and the clause's tense -----------------------------
# Sources: wire-copy clauses written here (branch dates-fresh), as a model may copy them
# into a date field; each value by hand against a calendar. 10 September 2025 is a
# Wednesday (Tuesday 9, Sunday 7, Thursday 4 September before it); 29 December 2025 is a
# Monday (22-28 December the week before, 27-28 December its weekend); 15 January 2025 is
# a Wednesday (6-12 January the week before, Monday 13 and Monday 20 around it).


def _range(text: str, published: str, tense: Literal["past", "future"] = "past") -> object:
    value = parse_date(text, language="en", published=published, tense=tense)
    return None if value is None else (value.start, value.end, value.precision)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("talks held in Q3 2025", "2025-12-29", ("2025-07-01", "2025-09-30", "month")),
        ("talks held in Beijing in Q4 2024", "2025-01-15", ("2024-10-01", "2024-12-31", "month")),
        ("a meeting in early September", "2025-09-10", ("2025-09-01", "2025-09-30", "month")),
        ("the meetings, held between June and August", "2025-12-29",
         ("2025-06-01", "2025-08-31", "month")),
        ("the minister, who visited Tokyo at the weekend", "2025-12-29",
         ("2025-12-27", "2025-12-28", "day")),
        ("a round of talks that began on Monday last week", "2025-12-29",
         ("2025-12-22", "2025-12-22", "day")),
        ("the two leaders met in Paris last week", "2025-01-15",
         ("2025-01-06", "2025-01-12", "day")),
        # `to` of `a visit to Kyiv` is no range (1 March 2026 is a Sunday)
        ("during a visit to Kyiv last month", "2026-03-01", ("2026-02-01", "2026-02-28", "month")),
    ],
)  # fmt: skip
def test_a_date_phrase_in_a_clause(text: str, published: str, expected: object) -> None:
    """The one date phrase of a clause is read as the phrase alone."""
    assert _range(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived in Beijing on Tuesday for a three-day visit", "2025-09-09"),
        ("a two-day visit that ended on Sunday", "2025-09-07"),
        ("the 24-hour visit ended on Thursday", "2025-09-04"),
    ],
)
def test_a_duration_beside_the_weekday_is_no_date(text: str, expected: str) -> None:
    """`three-day`, `two-day`, `24-hour` name a length, not a day: the weekday is read."""
    assert one_day(text, "2025-09-10") == expected


@pytest.mark.parametrize(
    "text",
    [
        "the first such visit in two years",  # within the last two years, not 2027
        "his first trip abroad in a decade",
        "the first visit since 2019",  # no stretch of the visit
        "he scored in the first half",  # of the match
        "talks with May in London",  # Theresa May
        "he visited Ankara on Tuesday and Athens on Thursday",  # two days
        "the G20 summit in Q3 2025",  # another number in the clause
        "a meeting at the end",
        "beginning of past week",  # a part of the period: calendar or rolling week?
        "the Mail on Sunday reported the visit in June",  # a newspaper and a month
    ],
)
def test_a_clause_without_one_sure_date_is_none(text: str) -> None:
    """Durations after `in`, `since`, a bare half, a name, two dates: None."""
    assert _range(text, "2025-01-15") is None


def test_a_future_word_in_a_past_clause_is_none() -> None:
    """`officials said talks would resume on Monday` of a past event: not Monday 13 January
    (the talks lie ahead); None."""
    assert one_day("officials said talks would resume on Monday", "2025-01-15") is None


def test_a_future_word_for_an_upcoming_event() -> None:
    """The same clause for an upcoming event is Monday 20 January."""
    text = "officials said talks would resume on Monday"
    assert one_day(text, "2025-01-15", tense="future") == "2025-01-20"


def test_a_relative_word_after_for_in_an_upcoming_clause() -> None:
    """`a visit planned for next month`, told on 1 March 2026 of an upcoming visit: April."""
    found = _range("a visit planned for next month", "2026-03-01", "future")
    assert found == ("2026-04-01", "2026-04-30", "month")


@pytest.mark.parametrize(
    "text", ["they met again the next day", "talks held the last week of January"]
)
def test_a_relative_word_after_the_is_not_cut_out(text: str) -> None:
    """`the next day` (after a day of the story), `the last week of January`: not `next
    day` or `last week` read alone; None."""
    assert _range(text, "2025-01-15") is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # abc7ny.com/traffic/penn-station-to-close-overnight-for-cleaning/6144149/ (Friday)
        ("The announcement was made on Friday, and will go into effect on", "2020-05-01"),
        # globalnews.ca/news/6620622/syria-turkey-strikes-conflict/ (Monday)
        ("parts of a strategic rebel-held town on Monday, and Turkey said it would keep",
         "2020-03-02"),
    ],
)  # fmt: skip
def test_a_future_word_after_the_weekday_tells_of_another_event(text: str, published: str) -> None:
    """Sentences of the English 2020 news pages (bench/pages_en_date_cases.json): `will`,
    `would` after the weekday belong to another event; the weekday is the publication day."""
    assert one_day(text, published) == published


def test_around_keeps_the_clause_none() -> None:
    """`beginning of around next week` (duckling's corpus, line 1484): no part of a week."""
    assert _range("beginning of around next week", "2013-02-12", "future") is None


def test_a_past_word_for_an_upcoming_event_is_none() -> None:
    """`the visit, which ended on Thursday` told of an upcoming event: the tenses disagree."""
    assert _range("the visit, which ended on Thursday", "2025-09-10", "future") is None
    assert _range("a 10-day tour that began in Q3 2024", "2025-01-15", "future") is None
