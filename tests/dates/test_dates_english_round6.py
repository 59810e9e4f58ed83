"""Everyday news English found by the sixth English probe (bench/english_round6_cases.json).

Each answer worked out by hand from a calendar: 18 June 2025 is a Wednesday (Monday the
16th, Tuesday the 17th; Thursday the 12th to Saturday the 14th of the week before), 20 June
2025 a Friday. The 18th century is the years 1700-1799, as visitx reads `the 20th
century` 1900-1999. Saudi Arabia's Vision 2030 and the African Union's Agenda 2063 are
plans; Expo 2020 was held in Dubai from October 2021 to March 2022 and the football Euro
2020 in June and July 2021, so the year in their names dates nothing.
"""

from __future__ import annotations

import pytest

from date_cases import DateCase, case

JUN18 = "2025-06-18"  # a Wednesday
JUN20 = "2025-06-20"  # a Friday
MAR15, MAR25 = "2025-03-15", "2025-03-25"
AHEAD = "future"
ROUND6 = [
    # A capitalised noun of a plan, programme, exhibition or tournament right before a
    # year makes it a name (`year_names`; they were the year). Blind cases of the probe.
    case("vision", "Vision 2030", JUN18, None),
    case("agenda", "Agenda 2063", JUN18, None),
    case("vision_possessive", "Saudi Arabia's Vision 2030", JUN18, None),
    case("vision_no_language", "Vision 2030", JUN18, None, None),
    case("expo", "Expo 2020", JUN18, None),
    case("euro", "Euro 2020", JUN18, None),
    case("horizon", "Horizon 2020", JUN18, None),
    # Other words before a year keep it: a lead, a month, a feast with its year (README:
    # `Thanksgiving 2025` is that year), a lower-case noun.
    case("in_year", "In 2019", JUN18, "2019-01-01..2019-12-31 year"),
    case("thanksgiving_year", "Thanksgiving 2025", JUN18, "2025-01-01..2025-12-31 year"),
    case("diwali_year", "Diwali 2024", JUN18, "2024-01-01..2024-12-31 year"),
    case("month_year_caps", "JANUARY 2024", JUN18, "2024-01-01..2024-01-31 month"),
    # `last` before a range of weekdays ending on the publication weekday: `last
    # Wednesday` told on a Wednesday is a week back, so the days are unsure (they were
    # this week's Monday to Wednesday).
    case("last_pair_today", "last Tuesday and Wednesday", JUN18, None),
    case("last_range_today", "last Monday through Wednesday", JUN18, None),
    case("last_range_today_ahead", "last Monday to Wednesday", JUN18, None, tense=AHEAD),
    case("last_range_gone", "last Monday through Wednesday", JUN20, "2025-06-16..2025-06-18 day"),
    case("last_thu_to_sat", "last Thursday through Saturday", JUN18, "2025-06-12..2025-06-14"),
    case("range_today", "from Monday to Wednesday", JUN18, "2025-06-16..2025-06-18 day"),
    # Centuries in ordinal words, like `the 18th century` (were None beyond the
    # nineteenth to the twenty-first).
    case("eighteenth", "the eighteenth century", JUN18, "1700-01-01..1799-12-31 year"),
    case("seventeenth_caps", "the Seventeenth Century", JUN18, "1600-01-01..1699-12-31 year"),
    case("late_eighteenth", "the late eighteenth century", JUN18, "1700-01-01..1799-12-31 year"),
    case("twentieth", "the twentieth century", JUN18, "1900-01-01..1999-12-31 year"),
    # Two parts joined (`mid-to-late`, `early-to-mid`) are the whole period, like one part
    # (were None; bench/english_round4_cases.json has the decades); an upcoming event's
    # `early-to-mid March` told on 25 March is gone (the 1st to the 20th), like `mid-March`.
    case("mid_to_late_decade", "the mid-to-late 1990s", JUN18, "1990-01-01..1999-12-31 year"),
    case("early_to_mid_year", "early-to-mid 2024", JUN18, "2024-01-01..2024-12-31 year"),
    case("mid_to_late_month", "in mid-to-late May", JUN18, "2025-05-01..2025-05-31 month"),
    case("since_mid_to_late", "since mid-to-late 2023", JUN18, None),
    case("early_to_mid_gone", "early-to-mid March", MAR25, None, tense=AHEAD),
    case("early_to_mid_ahead", "early-to-mid March", MAR15, "2025-03-01..2025-03-31", tense=AHEAD),
    case("mid_to_late_ahead", "mid-to-late March", MAR25, "2025-03-01..2025-03-31", tense=AHEAD),
]


@pytest.mark.parametrize("row", ROUND6)
def test_round6_english(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
