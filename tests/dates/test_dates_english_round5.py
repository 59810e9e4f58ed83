"""Everyday news English found by the fifth English probe (bench/english_round5_cases.json).

Each answer worked out by hand from a calendar: 7 March 2024 is a Thursday (Tuesday the
5th, Wednesday the 6th, Friday the 8th), 22 May 2024 a Wednesday (fourteen days before it
is 8 May, fourteen after it 5 June), 1 November 2024 a Friday. The quarters of a year are
January-March, April-June, July-September and October-December; its halves January-June
and July-December. St Patrick's Day is 17 March, Anzac Day 25 April, Remembrance
(Armistice) Day 11 November.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

MAR07 = "2024-03-07"  # a Thursday
MAY22 = "2024-05-22"  # a Wednesday
NOV01 = "2024-11-01"  # a Friday
AHEAD = "future"
ROUND5 = [
    # A time with a zone as wire copy writes it beside a day is cut like `10:00 GMT` (the
    # day was None): US zones after a.m./p.m., African and Asian zone abbreviations, and
    # a four-digit time before GMT or UTC (Reuters, AFP).
    case("us_zone_pm", "Tuesday at 3 p.m. ET", MAR07, "2024-03-05 day"),
    case("us_zone_no_language", "Tuesday at 3 p.m. ET", MAR07, "2024-03-05 day", None),
    case("pt_after_am", "5 March at 8 am PT", MAR07, "2024-03-05 day"),
    case("west_africa", "4 March 2024 at 14:00 WAT", MAR07, "2024-03-04 day"),
    case("philippines", "March 5, 2024 at 8:00 a.m. PHT", MAR07, "2024-03-05 day"),
    case("east_africa", "March 5 at 11am EAT", MAR07, "2024-03-05 day"),
    case("four_digit_gmt", "at 0900 GMT on Wednesday", MAR07, "2024-03-06 day"),
    case("four_digit_gmt_after", "Monday, 4 March, at 1300 GMT", MAR07, "2024-03-04 day"),
    case("four_digit_no_language", "at 0900 GMT on Wednesday", MAR07, "2024-03-06 day", None),
    # `et` after a French hour is "and", never a zone: both days stay.
    case("french_et", "le 3 mars à 14h et le 4 mars", "2024-03-10", "2024-03-03..2024-03-04", "fr"),
    # `the past fortnight` is the fourteen days to publication, like `the past two weeks`
    # (was None); without `the` it may be two calendar weeks (Recognizers-Text's
    # `past fortnight`): None.
    case("past_fortnight", "over the past fortnight", MAY22, "2024-05-08..2024-05-22 day"),
    case("last_fortnight", "the last fortnight", MAY22, "2024-05-08..2024-05-22 day"),
    case("next_fortnight", "the next fortnight", MAY22, "2024-05-22..2024-06-05 day", tense=AHEAD),
    case("coming_fortnight", "the coming fortnight", MAY22, "2024-05-22..2024-06-05", tense=AHEAD),
    case("next_fortnight_past", "the next fortnight", MAY22, None),
    case("bare_past_fortnight", "past fortnight", MAY22, None),
    case("bare_next_fortnight", "next fortnight", MAY22, None, tense=AHEAD),
    case("previous_fortnight", "the previous fortnight", MAY22, None),
    case("part_of_fortnight", "early the last fortnight", MAY22, None),
    # Two quarters or halves in the short notation, like `the second and third quarters`
    # (were None).
    case("q_and_q", "Q2 and Q3 2024", NOV01, "2024-04-01..2024-09-30 month"),
    case("q_dash_q", "Q2-Q3 2024", NOV01, "2024-04-01..2024-09-30 month"),
    case("q_to_q", "Q1 to Q3 2024", NOV01, "2024-01-01..2024-09-30 month"),
    case("q_en_dash_q", "Q1–Q3 2024", NOV01, "2024-01-01..2024-09-30 month"),
    case("q_last_year", "Q2 and Q3 last year", NOV01, "2023-04-01..2023-09-30 month"),
    case("h_and_h", "H1 and H2 2023", NOV01, "2023-01-01..2023-12-31 month"),
    case("q_not_in_a_row", "Q2 and Q4 2024", NOV01, "2024-01-01..2024-12-31 year"),
    case("q_backwards", "Q3 and Q2 2024", NOV01, None),
    # Holidays on a fixed day (tables/english_words.json `holidays`; were None).
    case("st_patrick", "St Patrick's Day", "2024-03-20", "2024-03-17 day"),
    case("st_dot_patrick", "St. Patrick's Day", "2024-03-20", "2024-03-17 day", None),
    case("anzac", "on Anzac Day", "2024-04-28", "2024-04-25 day"),
    case("anzac_no_language", "Anzac Day", "2024-04-28", "2024-04-25 day", None),
    case("remembrance", "Remembrance Day", "2023-11-13", "2023-11-11 day"),
    case("armistice_last_year", "Armistice Day", "2024-05-01", "2023-11-11 day"),
    case("day_after_anzac", "the day after Anzac Day", "2024-05-01", "2024-04-26 day"),
    # A printed publication date with its time after a dash (was an InputError).
    case("published_dash_time", "on Friday", "Monday, March 4, 2024 - 08:15", "2024-03-01 day"),
]


@pytest.mark.parametrize("row", ROUND5)
def test_round5_english(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
