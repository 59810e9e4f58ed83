"""A bare year as the visit's date beside a finer date of another year in the same evidence
(`record.dateclash`): the date keeps its text, with no start or end, and a warning.

The Turkish sentence is the one of the seed article 002 (the Dilucu border gate, the
drafts probe's case `d_1992_same_sentence`): "On 7 November 2014 ... passing the Dilucu
border gate, opened in 1992, ... a meeting was held with the Dilucu customs director".
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article, Span
from visitx.dates.parse import parse_date
from visitx.record.build import build_visits
from visitx.record.dateclash import finer_date_elsewhere
from visitx.record.draft import Draft

TR = (
    "7 Kasım 2014 günü ,Iğdır’ın en doğusunda yer alan Aralık ilçesinde bulunan ve 1992 de "
    "açılan Dilucu sınır kapısından geçilerek Dilucu Sınır Kapısı Gümrük Müdürü ile toplantı "
    "yapılmıştır."
)
HOST = "Dilucu Sınır Kapısı Gümrük Müdürü"  # "the Dilucu border gate customs director"
EN = "Varga visited Riga in 2019, his first trip there since 2015."


def _clash(text: str, date_text: str, language: str) -> str | None:
    def read(t: str) -> Any:
        return parse_date(t, language=language)

    start = text.index(date_text)
    span = Span(text=date_text, start=start, end=start + len(date_text))
    evidence = [Span(text=text, start=0, end=len(text))]
    return finer_date_elsewhere(read(date_text), span, text, evidence, read)


@pytest.mark.parametrize(
    ("text", "date_text", "language", "other"),
    [
        (TR, "1992", "tr", "7 Kasım 2014"),  # the gate's year beside the meeting's day
        (TR, "7 Kasım 2014", "tr", None),  # a day is never the coarse one
        (EN, "2019", "en", None),  # another bare year is no finer date
        ("Varga visited Riga in 2019, arriving on 3 May 2019.", "2019", "en", None),  # inside
    ],
)
def test_finer_date_elsewhere(text: str, date_text: str, language: str, other: str | None) -> None:
    """The finer date outside the date text's period, or None (inside it, or no finer one)."""
    assert _clash(text, date_text, language) == other


def test_the_year_of_another_event_gives_no_dates() -> None:
    """date_text "1992" for the meeting of 7 November 2014: text kept, no start, a warning."""
    visit: dict[str, Any] = {
        "evidence": [TR],
        "type": "visit",
        "status": "occurred",
        "summary": "A delegation met the Dilucu customs director at the border gate.",
        "participants": [{"role": "host", "kind": "person", "name": HOST}],
        "date_text": "1992",
    }
    draft = Draft.model_validate({"language": "tr", "visits": [visit]})
    article = Article(id=Article.id_for(TR), text=TR, language="tr", published="2014-11-08")
    (built,), warnings = build_visits(draft, article)
    assert built.date is not None
    assert built.date.text is not None
    assert (built.date.text.text, built.date.text.start) == ("1992", 78)
    assert (built.date.start, built.date.end) == (None, None)
    assert warnings == [
        "visits[0].date_text: '1992' reads as 1992-01-01 to 1992-12-31, but the visit's "
        "evidence also gives '7 Kasım 2014', outside it, so the visit has no date"
    ]
    assert built.codes.cameo == ["042", "043"]
