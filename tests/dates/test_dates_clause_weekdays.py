"""parse_date on a weekday inside a reporting clause and on bare weekday abbreviations
(issue 22's leftovers, branch dates6).

Sources: `the Sun reported on Monday` and the bare `Sat`/`Wed` are the two leftovers
named in issue 22's follow-up brief; the other phrases are wire-copy clauses written
here (the Mail on Sunday and Scotland on Sunday are UK newspapers, Good Friday a
holiday). Each value is worked out by hand against a calendar: 13 March 2024 is a
Wednesday, so Monday 11, Sunday 10, Saturday 9 and Friday 8 March are the days before.
"""

from __future__ import annotations

from conftest import one_day

WED = "2024-03-13"


def _day(text: str, language: str | None = "en") -> str | None:
    return one_day(text, WED, language)


def test_the_sun_does_not_block_the_weekday() -> None:
    """`the Sun reported on Monday`: the newspaper is left out, Monday 11 March is read."""
    assert _day("the Sun reported on Monday") == "2024-03-11"


def test_the_sun_reported_on_the_publication_weekday() -> None:
    """`The Sun reported on Wednesday` in a Wednesday article: that day, as wire copy writes."""
    assert _day("The Sun reported on Wednesday") == "2024-03-13"


def test_a_reporting_clause_with_on_and_a_weekday() -> None:
    """`Putin said on Sunday`: Sunday 10 March."""
    assert _day("Putin said on Sunday") == "2024-03-10"


def test_a_clause_with_a_part_of_the_day() -> None:
    """`talks were held on Friday evening`: Friday 8 March."""
    assert _day("talks were held on Friday evening") == "2024-03-08"


def test_a_lower_case_month_word_left_out_of_a_clause() -> None:
    """`the march ended on Friday`: the protest march is no month; Friday 8 March."""
    assert _day("the march ended on Friday") == "2024-03-08"


def test_the_clause_without_a_language() -> None:
    """Without `language`, the English clause is read the same: Monday 11 March."""
    assert _day("the Sun reported on Monday", language=None) == "2024-03-11"


def test_the_mail_on_sunday_is_a_newspaper() -> None:
    """`the Mail on Sunday reported`: a newspaper's name, no date."""
    assert _day("the Mail on Sunday reported") is None


def test_scotland_on_sunday_is_a_newspaper() -> None:
    """`Scotland on Sunday reported`: a newspaper's name, no date."""
    assert _day("Scotland on Sunday reported") is None


def test_the_sun_on_sunday_stays_a_name() -> None:
    """`The Sun on Sunday said`: a preposition after `the Sun` keeps the whole a name."""
    assert _day("The Sun on Sunday said") is None


def test_another_date_word_in_the_clause() -> None:
    """`the May talks resumed on Monday`: `May` (a month, or Theresa May) keeps it None."""
    assert _day("the May talks resumed on Monday") is None


def test_a_holiday_is_not_its_weekday() -> None:
    """`prayers on Good Friday`: the holiday, not the Friday before publication."""
    assert _day("prayers on Good Friday") is None


def test_a_possessive_trap_keeps_the_clause_none() -> None:
    """`the Sun's report on Monday`: a possessive trap word still makes it None."""
    assert _day("the Sun's report on Monday") is None


def test_bare_wed_is_the_weekday() -> None:
    """`Wed` as the whole date text of a Wednesday article: that day."""
    assert _day("Wed") == "2024-03-13"


def test_bare_sat_is_the_weekday() -> None:
    """`Sat` as the whole date text: Saturday 9 March."""
    assert _day("Sat") == "2024-03-09"


def test_lower_case_sat_stays_the_verb() -> None:
    """`sat` in lower case is the verb: None."""
    assert _day("sat") is None


def test_capitals_sat_stays_the_exam() -> None:
    """`SAT` in capitals is the exam: None."""
    assert _day("SAT") is None


def test_bare_sun_stays_a_name() -> None:
    """`Sun` alone is a surname or the newspaper: None."""
    assert _day("Sun") is None
