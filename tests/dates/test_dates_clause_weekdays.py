"""parse_date on a weekday inside a reporting clause and on bare weekday abbreviations
(issue 22's leftovers, branch dates6).

Sources: `the Sun reported on Monday` and the bare `Sat`/`Wed` are the two leftovers
named in issue 22's follow-up brief; the other phrases are wire-copy clauses written
here (the Mail on Sunday and Scotland on Sunday are UK newspapers, Good Friday a
holiday). Each value is worked out by hand against a calendar: 13 March 2024 is a
Wednesday, so Monday 11, Sunday 10, Saturday 9 and Friday 8 March are the days before.
"""

from __future__ import annotations

import pytest

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
