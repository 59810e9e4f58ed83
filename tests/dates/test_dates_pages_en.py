"""parse_date on kinds of expressions quoted from real 2020 English news pages.

The pages are htmldate's mediacloud evaluation pages (bench/pages_en_date_cases.json,
bench/README.md "Dates in 2020 news pages as an oracle"); each test names the page an
expression of its kind comes from, with the page's publication day. Values are worked
out by hand against the 2020 calendar: 2 March 2020 a Monday (24 Feb-1 Mar the week
before), 13 January a Monday, 16 March a Monday, 17 March a Tuesday, 22 March a
Sunday, 23 November a Monday (21-22 November the weekend before), 12 December a
Saturday, 2020 a leap year.
"""

from __future__ import annotations

import pytest

from conftest import period
from date_cases import DateCase, case


def test_the_next_week_of_an_upcoming_event_is_rolling() -> None:
    """`in the next week` (rain forecast) told on Monday 13 January: 13-20 January."""
    # http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control
    found = period("in the next week", "2020-01-13", tense="future")
    assert found == ("2020-01-13", "2020-01-20")


def test_on_christmas_is_christmas_day() -> None:
    """`on Christmas` of a planned release told on 12 December: 25 December 2020."""
    # https://boingboing.net/2020/12/12/this-deep-funk-hanukkah-song-is-a-holiday-classic-in-the-making.html
    found = period("on Christmas", "2020-12-12", tense="future")
    assert found == ("2020-12-25", "2020-12-25")


def test_three_months_in_a_row() -> None:
    """`August, September and October` of the coming hurricane season: 1 Aug-31 Oct 2020."""
    # http://rssfeeds.usatoday.com/~/620721596/0/usatoday-newstopstories~Hurricanes-in-a-pandemic-Absolutely-thats-our-nightmare-scenario/
    found = period("August, September and October", "2020-04-02", tense="future")
    assert found == ("2020-08-01", "2020-10-31")


def test_the_next_month_of_an_upcoming_event_is_rolling() -> None:
    """`over the next month` of an upcoming event told on 31 January: 31 Jan-29 Feb 2020."""
    # the month form of "in the next week" on
    # http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control
    found = period("over the next month", "2020-01-31", tense="future")
    assert found == ("2020-01-31", "2020-02-29")


CASES = [
    # `(in) the last month` told on 2 March: 2 February to 2 March, like `the past month`.
    # https://globalnews.ca/news/6620622/syria-turkey-strikes-conflict/ (2020-03-02)
    case("the_last_month_is_rolling", "the last month", "2020-03-02", "2020-02-02..2020-03-02"),
    # `last month` told on 2 March is still February, the calendar month before.
    # https://www.news18.com/news/india/suspended-aap-councillor-tahir-hussain-arrested-in-delhi-court-over-ib-staffers-murder-2538473.html
    case(
        "last_month_without_article_stays_calendar",
        "last month",
        "2020-03-16",
        "2020-02-01..2020-02-29",
    ),
    # `over the last week` told on Wednesday 4 March: 26 February to 4 March.
    # same kind as "the last month" on https://globalnews.ca/news/6620622/syria-turkey-strikes-conflict/
    case(
        "over_the_last_week_is_rolling",
        "over the last week",
        "2020-03-04",
        "2020-02-26..2020-03-04",
    ),
    # `the next week` of a past event counts from another event of the story: None.
    # same kind: "The next morning police carried out search warrants" on
    # https://www.stuff.co.nz/national/crime/300145150/three-men-charged-for-alleged-bank-card-skimming-at-auckland-hospitals.html
    case("the_next_week_in_past_tense_is_none", "the next week", "2020-01-13", None),
    # `earlier this week` told on Monday 16 March: no day of the week lies before: None.
    # https://www.recordonline.com/news/20200316/rockland-to-declare-local-state-of-emergency-on-monday?rssfeed=true
    case("earlier_this_week_told_on_monday_is_none", "earlier this week", "2020-03-16", None),
    # `earlier this week` told on Tuesday 17 March: the week, 16-22 March.
    # same kind: https://whnt.com/news/don-trump-jr-tests-positive-for-coronavirus/ (a Friday)
    case(
        "earlier_this_week_told_on_tuesday_is_the_week",
        "earlier this week",
        "2020-03-17",
        "2020-03-16..2020-03-22",
    ),
    # `later this week` told on Sunday 22 March, the week's last day: None.
    # the other side of https://www.businesstoday.in/current/economy-politics/coronavirus-in-bihar-record-749-cases-in-24-hours-patna-other-districts-announce-lockdown-from-july-10/story/409327.html
    case(
        "later_this_week_told_on_sunday_is_none",
        "later this week",
        "2020-03-22",
        None,
        "en",
        "future",
    ),
    # `as of Saturday` told on Monday 23 November: Saturday 21 November.
    # https://www.hutchnews.com/ZZ/news/20201123/latest-germanys-curevac-signs-contract-for-new-vaccine?rssfeed=true
    case("as_of_a_weekday", "as of Saturday", "2020-11-23", "2020-11-21"),
    # `Christmas` without `on` is also the season: None.
    # http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control
    case("christmas_alone_stays_none", "Christmas", "2020-12-12", None, "en", "future"),
    # `by 2030` (goals to reach) says any time up to 2030, not 2030: None.
    # http://rnanews.com/young-leaders-from-canada-fiji-pakistan-uganda-win-commonwealth-youth-awards-2020/
    case("deadline_year_is_none", "by 2030", "2020-03-11", None, "en", "future"),
    # `by June 15` of an upcoming event is still 15 June 2020 (a one-day deadline).
    # same kind, written here: the deadline day, as before this rule
    case("deadline_day_stays_the_day", "by June 15", "2020-03-11", "2020-06-15", "en", "future"),
    # `May, July and August` skips June: three months, not one stretch: None.
    # the gap case of the same kind, written here
    case("months_with_a_gap_are_none", "May, July and August", "2020-04-02", None, "en", "future"),
    # `the last 12 days of 2019`: 20-31 December 2019.
    # https://theweek.com/speedreads/887020/trump-visited-trumpowned-golf-course-nearly-24-percent-days-2019
    case("last_days_of_a_year", "the last 12 days of 2019", "2020-01-02", "2019-12-20..2019-12-31"),
    # `the first ten days of March` told on 2 April: 1-10 March 2020.
    # same kind as "the last 12 days of 2019", written here
    case(
        "first_days_of_a_month",
        "the first ten days of March",
        "2020-04-02",
        "2020-03-01..2020-03-10",
    ),
    # `earlier this month` told on 1 April: no day of April lies before publication: None.
    # the month form of "earlier this week" on
    # https://www.recordonline.com/news/20200316/rockland-to-declare-local-state-of-emergency-on-monday?rssfeed=true
    case("earlier_this_month_told_on_the_first_is_none", "earlier this month", "2020-04-01", None),
]


@pytest.mark.parametrize("row", CASES)
def test_page_expressions(row: DateCase) -> None:
    """Each expression reads as its hand-worked first and last day, or None where unsure."""
    assert row.read() == row.answer
