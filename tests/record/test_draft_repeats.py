"""A visit a draft gives twice with a word added is kept once (bench/drafts_round10_cases.json
f28-f30: the same visit with date texts "Monday" and "on Monday", with the visitor's full
name and his surname, with "Nakhchivan" and "Nakhchivan, Azerbaijan" was coded twice).

The article is f28's; the expected counts are read off it by hand: one meeting, on Monday
25 September 2023 (published Tuesday the 26th). Two meetings in one sentence ("on Monday
and again on Wednesday") keep their two date texts and stay two visits.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.record.repeats import same_visit

F28 = (
    "Erdoğan, Aliyev meet in Nakhchivan\n\nTurkish President Recep Tayyip Erdoğan met "
    "Azerbaijani President Ilham Aliyev in Nakhchivan on Monday.\n\nThe two leaders opened a "
    "gas pipeline and discussed the Zangezur corridor."
)
EVIDENCE = (
    "Turkish President Recep Tayyip Erdoğan met Azerbaijani President Ilham Aliyev in "
    "Nakhchivan on Monday."
)


def _visit(
    date_text: str, place: str = "Nakhchivan", visitor: str = "Recep Tayyip Erdoğan"
) -> dict[str, Any]:
    return {
        "evidence": [EVIDENCE],
        "type": "visit",
        "status": "occurred",
        "summary": "Erdoğan met Aliyev in Nakhchivan on Monday.",
        "participants": [
            {"role": "visitor", "kind": "person", "name": visitor, "country": "TUR"},
            {"role": "host", "kind": "person", "name": "Ilham Aliyev", "country": "AZE"},
        ],
        "location": {"name": place, "city": place, "country": "AZE"},
        "date_text": date_text,
    }


def test_f28_a_visit_given_with_and_without_on_is_kept_once() -> None:
    draft = Draft.model_validate(
        {"language": "en", "visits": [_visit("Monday"), _visit("on Monday")]}
    )
    article = Article(id=Article.id_for(F28), text=F28, language="en", published="2023-09-26")
    visits, warnings = build_visits(draft, article)
    assert len(visits) == 1
    assert (visits[0].date.start, visits[0].date.end) == ("2023-09-25", "2023-09-25")
    assert any("repeats" in w or "twice" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("one", "other", "repeated"),
    [
        (("Monday", "Nakhchivan"), ("on Monday", "Nakhchivan"), True),
        (("Monday", "Nakhchivan"), ("Monday", "in Nakhchivan"), True),
        (("Monday", "Nakhchivan"), ("Wednesday", "Nakhchivan"), False),
        (("Monday", "Nakhchivan"), ("Monday and Wednesday", "Nakhchivan"), False),
        (("May", "Nakhchivan"), ("12 May", "Nakhchivan"), False),
        (("Monday", "Nakhchivan"), ("Monday", "Baku"), False),
    ],
)
def test_date_texts_and_places_that_differ_by_a_short_word(
    one: tuple[str, str], other: tuple[str, str], repeated: bool
) -> None:
    draft = Draft.model_validate({"language": "en", "visits": [_visit(*one), _visit(*other)]})
    assert same_visit(draft.visits) == ({1: 0} if repeated else {})


@pytest.mark.parametrize(
    ("one", "other", "repeated"),
    [
        # f29: the full name once, the surname once
        ({"visitor": "Recep Tayyip Erdoğan"}, {"visitor": "Erdoğan"}, True),
        ({"visitor": "Recep Tayyip Erdoğan"}, {"visitor": "Tayyip"}, False),  # not the last
        ({"visitor": "Recep Tayyip Erdoğan"}, {"visitor": "Hakan Fidan"}, False),
        # f30: the place once alone, once with its country
        ({"place": "Nakhchivan"}, {"place": "Nakhchivan, Azerbaijan"}, True),
        ({"place": "Nakhchivan"}, {"place": "Nakhchivan Airport"}, False),
    ],
)
def test_names_and_places_given_longer_once(
    one: dict[str, str], other: dict[str, str], repeated: bool
) -> None:
    visits = [_visit("Monday", **one), _visit("Monday", **other)]
    draft = Draft.model_validate({"language": "en", "visits": visits})
    assert same_visit(draft.visits) == ({1: 0} if repeated else {})
