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

from conftest import period


def test_the_last_month_is_rolling() -> None:
    """`(in) the last month` told on 2 March: 2 February to 2 March, like `the past month`."""
    # https://globalnews.ca/news/6620622/syria-turkey-strikes-conflict/ (2020-03-02)
    assert period("the last month", "2020-03-02") == ("2020-02-02", "2020-03-02")


def test_last_month_without_article_stays_calendar() -> None:
    """`last month` told on 2 March is still February, the calendar month before."""
    # https://www.news18.com/news/india/suspended-aap-councillor-tahir-hussain-arrested-in-delhi-court-over-ib-staffers-murder-2538473.html
    assert period("last month", "2020-03-16") == ("2020-02-01", "2020-02-29")


def test_over_the_last_week_is_rolling() -> None:
    """`over the last week` told on Wednesday 4 March: 26 February to 4 March."""
    # same kind as "the last month" on https://globalnews.ca/news/6620622/syria-turkey-strikes-conflict/
    assert period("over the last week", "2020-03-04") == ("2020-02-26", "2020-03-04")


def test_the_next_week_of_an_upcoming_event_is_rolling() -> None:
    """`in the next week` (rain forecast) told on Monday 13 January: 13-20 January."""
    # http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control
    found = period("in the next week", "2020-01-13", tense="future")
    assert found == ("2020-01-13", "2020-01-20")


def test_the_next_week_in_past_tense_is_none() -> None:
    """`the next week` of a past event counts from another event of the story: None."""
    # same kind: "The next morning police carried out search warrants" on
    # https://www.stuff.co.nz/national/crime/300145150/three-men-charged-for-alleged-bank-card-skimming-at-auckland-hospitals.html
    assert period("the next week", "2020-01-13") is None


def test_earlier_this_week_told_on_monday_is_none() -> None:
    """`earlier this week` told on Monday 16 March: no day of the week lies before: None."""
    # https://www.recordonline.com/news/20200316/rockland-to-declare-local-state-of-emergency-on-monday?rssfeed=true
    assert period("earlier this week", "2020-03-16") is None


def test_earlier_this_week_told_on_tuesday_is_the_week() -> None:
    """`earlier this week` told on Tuesday 17 March: the week, 16-22 March."""
    # same kind: https://whnt.com/news/don-trump-jr-tests-positive-for-coronavirus/ (a Friday)
    assert period("earlier this week", "2020-03-17") == ("2020-03-16", "2020-03-22")


def test_later_this_week_told_on_sunday_is_none() -> None:
    """`later this week` told on Sunday 22 March, the week's last day: None."""
    # the other side of https://www.businesstoday.in/current/economy-politics/coronavirus-in-bihar-record-749-cases-in-24-hours-patna-other-districts-announce-lockdown-from-july-10/story/409327.html
    assert period("later this week", "2020-03-22", tense="future") is None


def test_as_of_a_weekday() -> None:
    """`as of Saturday` told on Monday 23 November: Saturday 21 November."""
    # https://www.hutchnews.com/ZZ/news/20201123/latest-germanys-curevac-signs-contract-for-new-vaccine?rssfeed=true
    assert period("as of Saturday", "2020-11-23") == ("2020-11-21", "2020-11-21")


def test_on_christmas_is_christmas_day() -> None:
    """`on Christmas` of a planned release told on 12 December: 25 December 2020."""
    # https://boingboing.net/2020/12/12/this-deep-funk-hanukkah-song-is-a-holiday-classic-in-the-making.html
    found = period("on Christmas", "2020-12-12", tense="future")
    assert found == ("2020-12-25", "2020-12-25")


def test_christmas_alone_stays_none() -> None:
    """`Christmas` without `on` is also the season: None."""
    # http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control
    assert period("Christmas", "2020-12-12", tense="future") is None


def test_deadline_year_is_none() -> None:
    """`by 2030` (goals to reach) says any time up to 2030, not 2030: None."""
    # http://rnanews.com/young-leaders-from-canada-fiji-pakistan-uganda-win-commonwealth-youth-awards-2020/
    assert period("by 2030", "2020-03-11", tense="future") is None


def test_deadline_day_stays_the_day() -> None:
    """`by June 15` of an upcoming event is still 15 June 2020 (a one-day deadline)."""
    # same kind, written here: the deadline day, as before this rule
    assert period("by June 15", "2020-03-11", tense="future") == ("2020-06-15", "2020-06-15")


def test_three_months_in_a_row() -> None:
    """`August, September and October` of the coming hurricane season: 1 Aug-31 Oct 2020."""
    # http://rssfeeds.usatoday.com/~/620721596/0/usatoday-newstopstories~Hurricanes-in-a-pandemic-Absolutely-thats-our-nightmare-scenario/
    found = period("August, September and October", "2020-04-02", tense="future")
    assert found == ("2020-08-01", "2020-10-31")


def test_months_with_a_gap_are_none() -> None:
    """`May, July and August` skips June: three months, not one stretch: None."""
    # the gap case of the same kind, written here
    assert period("May, July and August", "2020-04-02", tense="future") is None


def test_last_days_of_a_year() -> None:
    """`the last 12 days of 2019`: 20-31 December 2019."""
    # https://theweek.com/speedreads/887020/trump-visited-trumpowned-golf-course-nearly-24-percent-days-2019
    assert period("the last 12 days of 2019", "2020-01-02") == ("2019-12-20", "2019-12-31")


def test_first_days_of_a_month() -> None:
    """`the first ten days of March` told on 2 April: 1-10 March 2020."""
    # same kind as "the last 12 days of 2019", written here
    assert period("the first ten days of March", "2020-04-02") == ("2020-03-01", "2020-03-10")


def test_earlier_this_month_told_on_the_first_is_none() -> None:
    """`earlier this month` told on 1 April: no day of April lies before publication: None."""
    # the month form of "earlier this week" on
    # https://www.recordonline.com/news/20200316/rockland-to-declare-local-state-of-emergency-on-monday?rssfeed=true
    assert period("earlier this month", "2020-04-01") is None


def test_the_next_month_of_an_upcoming_event_is_rolling() -> None:
    """`over the next month` of an upcoming event told on 31 January: 31 Jan-29 Feb 2020."""
    # the month form of "in the next week" on
    # http://www.asiapacificstar.com/news/263700449/australian-megablaze-brought-under-control
    found = period("over the next month", "2020-01-31", tense="future")
    assert found == ("2020-01-31", "2020-02-29")
