"""A past word names a day or month before publication whatever the tense.

`tense="future"` (a planned visit) makes a bare weekday or month the next one to come,
but `last Tuesday`, `letzten Freitag`, `last April` say themselves which way to count:
before this fix they came out a week or a year after publication. Each value is worked
out by hand: 13 March 2024 is a Wednesday (12 March the Tuesday before it, 8 March the
Friday, 10 March the Sunday, 6 March the Wednesday a week before). `last quarter` was
the year's fourth quarter whenever it was told (in November 2024: the quarter then
running), and `back in April` of a planned visit the April to come.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

import pytest

from visitx.dates.parse import parse_date

WED = "2024-03-13"


@pytest.mark.parametrize(
    ("text", "language", "start", "end"),
    [
        pytest.param("last Tuesday", "en", "2024-03-12", "2024-03-12", id="en-last-tuesday"),
        pytest.param("last Tuesday night", "en", "2024-03-12", "2024-03-12", id="en-night"),
        pytest.param("previous Tuesday", "en", "2024-03-12", "2024-03-12", id="en-previous"),
        pytest.param("last Wednesday", "en", "2024-03-06", "2024-03-06", id="en-same-weekday"),
        pytest.param("letzten Freitag", "de", "2024-03-08", "2024-03-08", id="de"),
        pytest.param("geçen salı", "tr", "2024-03-12", "2024-03-12", id="tr"),
        pytest.param("vendredi dernier", "fr", "2024-03-08", "2024-03-08", id="fr"),
        pytest.param("지난 일요일", "ko", "2024-03-10", "2024-03-10", id="ko"),
        pytest.param("letzten Freitag", None, "2024-03-08", "2024-03-08", id="de-no-language"),
        pytest.param("last April", "en", "2023-04-01", "2023-04-30", id="en-last-april"),
        pytest.param("last March", "en", "2023-03-01", "2023-03-31", id="en-month-not-ended"),
        pytest.param("letzten Dezember", "de", "2023-12-01", "2023-12-31", id="de-month"),
    ],
)
def test_past_word_in_future_tense(text: str, language: str | None, start: str, end: str) -> None:
    """The same day or month as in past tense, not the next one to come."""
    for tense in ("past", "future"):
        value = parse_date(text, language=language, published=WED, tense=tense)
        assert value is not None, tense
        assert (value.start, value.end) == (start, end), tense


def test_bare_weekday_in_future_tense_still_looks_ahead() -> None:
    """Without a past word the tense decides: `Tuesday` of a planned visit is 19 March."""
    value = parse_date("Tuesday", language="en", published=WED, tense="future")
    assert value is not None
    assert (value.start, value.end) == ("2024-03-19", "2024-03-19")


@pytest.mark.parametrize("published", [date(2024, 3, 11) + timedelta(days=d) for d in range(7)])
def test_last_weekday_is_before_publication_in_either_tense(published: date) -> None:
    """Every `last <weekday>` told on every day of a week: the same day in both tenses,
    on that weekday, within the seven days before publication."""
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for number, name in enumerate(names):
        past = parse_date(f"last {name}", language="en", published=published)
        future = parse_date(f"last {name}", language="en", published=published, tense="future")
        assert past is not None
        assert future is not None
        assert (future.start, future.end) == (past.start, past.end)
        day = date.fromisoformat(future.start or "")
        assert day.weekday() == number
        assert published - timedelta(days=7) <= day < published


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # 15 August 2024 is in the third quarter: the quarter before is April-June.
        pytest.param("last quarter", "2024-08-15", "past", ("2024-04-01", "2024-06-30"),
                     id="last-quarter-august"),
        pytest.param("last quarter", "2024-08-15", "future", ("2024-04-01", "2024-06-30"),
                     id="last-quarter-august-future"),
        # 20 November 2024 is in the fourth quarter: last quarter is July-September, not it.
        pytest.param("last quarter", "2024-11-20", "past", ("2024-07-01", "2024-09-30"),
                     id="last-quarter-november"),
        # `the last quarter`: the quarter before, or the year's final one? Same only in Q1.
        pytest.param("the last quarter", "2024-03-13", "past", ("2023-10-01", "2023-12-31"),
                     id="the-last-quarter-first-quarter"),
        pytest.param("in the last quarter", "2024-08-15", "past", None, id="the-last-differ"),
        pytest.param("the last quarter", "2024-03-13", "future", None, id="the-last-future"),
        pytest.param("the last quarter of 2023", "2024-08-15", "past",
                     ("2023-10-01", "2023-12-31"), id="the-last-quarter-of-a-year"),
        # `back in April` looks back: an April gone by, never the next one.
        pytest.param("back in April", WED, "past", ("2023-04-01", "2023-04-30"), id="back-in-past"),
        pytest.param("back in April", WED, "future", None, id="back-in-future"),
        pytest.param("back in 2019", WED, "future", ("2019-01-01", "2019-12-31"), id="back-year"),
        # `back in March` told on 13 March: the month still running, or last year's? None;
        # with its year it is that month, and an earlier month of the year stays itself.
        pytest.param("back in March", WED, "past", None, id="back-in-running-month"),
        pytest.param("back in mid-March", WED, "past", None, id="back-in-running-part"),
        pytest.param("back in March 2024", WED, "past", ("2024-03-01", "2024-03-31"),
                     id="back-in-running-month-with-year"),
        pytest.param("back in February", WED, "past", ("2024-02-01", "2024-02-29"),
                     id="back-in-month-gone-by"),
    ],
)
def test_last_quarter_and_back_in(
    text: str, published: str, tense: Literal["past", "future"], expected: tuple[str, str] | None
) -> None:
    value = parse_date(text, language="en", published=published, tense=tense)
    assert (None if value is None else (value.start, value.end)) == expected
