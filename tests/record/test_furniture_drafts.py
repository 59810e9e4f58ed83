"""Drafts that take a visit's participants or evidence from the page furniture, give one
person both sides, or copy the schema's instructions as the summary: what the record keeps
(hand-checked against the article below).

The article is written for these tests in the shape of the drafts probe's `kv` article
(bench/probe_drafts_cases2.py): a headline, a byline, a photo caption after its credit,
a journalist in a quote attribution and a related-articles list.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.context import evidence_problem, in_sentences, named_in_paragraphs
from visitx.record.draft import Draft, find_problems

TEXT = (
    "Kenya's president visits Vietnam\n"  # characters 0-31, its line break 32
    "By Lars Petersen | Asia Desk\n"  # 33-60, 61
    "HANOI – Kenyan President William Ruto arrived in Hanoi on Tuesday for a state visit.\n"
    "Ruto was received by Vietnamese President Luong Cuong at the Presidential Palace.\n"
    "Photo: Reuters/Minh Tran. Luong Cuong greets William Ruto in Hanoi\n"
    '"We expect a lot from this trip," Ruto told reporter Anna Kowalski.\n'
    "Related articles\n"
    "Thai prime minister Paetongtarn Shinawatra visits Jakarta\n"
)
ARRIVED = "HANOI – Kenyan President William Ruto arrived in Hanoi on Tuesday for a state visit."
RECEIVED = "Ruto was received by Vietnamese President Luong Cuong at the Presidential Palace."
CAPTION = "Photo: Reuters/Minh Tran. Luong Cuong greets William Ruto in Hanoi"
AWAY = "visits[0]: no participant is named in the paragraphs of the visit's evidence"
FURNITURE = (
    "visits[0]: no participant is named in the article's sentences, only in its byline, "
    "captions or headings, or as its source or a place's namesake; no CAMEO/PLOVER codes"
)


def _draft(participants: list[tuple[str, str]], evidence: list[str] | None = None) -> Draft:
    visit: dict[str, Any] = {
        "evidence": evidence or [ARRIVED],
        "type": "visit",
        "status": "occurred",
        "summary": "Kenyan President William Ruto visited Hanoi.",
        "participants": [{"role": r, "kind": "person", "name": n} for r, n in participants],
    }
    return Draft.model_validate({"language": "en", "visits": [visit]})


def _build(draft: Draft) -> tuple[Any, list[str]]:
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en")
    visits, warnings = build_visits(draft, article)
    return visits[0], warnings


def test_the_right_draft_is_coded_without_warnings() -> None:
    """Ruto (visitor) and Luong Cuong (host) are named in the evidence: 042/043, grounded."""
    visit, warnings = _build(_draft([("visitor", "William Ruto"), ("host", "Luong Cuong")]))
    assert visit.codes.cameo == ["042", "043"]
    assert visit.grounded
    assert warnings == []


def test_a_byline_name_alone_gets_no_codes() -> None:
    """"Lars Petersen" stands only in the byline (characters 36-49): found, but no one of
    the visit; no codes, not grounded, and the re-ask names it."""
    draft = _draft([("visitor", "Lars Petersen")])
    visit, warnings = _build(draft)
    assert (visit.participants[0].name.start, visit.participants[0].name.end) == (36, 49)
    assert visit.codes.cameo == []
    assert not visit.grounded
    assert warnings == [FURNITURE]
    (problem,) = find_problems(draft, TEXT, language="en")
    assert problem.startswith(
        "visits[0]: the participants 'Lars Petersen' are named only in the byline, a caption "
        "or a heading of the article, not in its sentences."
    )


def test_photo_credit_desk_and_related_names_alone_get_no_codes() -> None:
    """The photographer (caption), the desk (byline) and the prime minister of a related
    article's title are each found in a furniture line only: no codes."""
    for name in ["Minh Tran", "Asia Desk", "Paetongtarn Shinawatra"]:
        visit, warnings = _build(_draft([("visitor", name)]))
        assert visit.codes.cameo == [], name
        assert warnings == [FURNITURE], name


def test_a_byline_name_beside_a_named_visitor_keeps_the_codes() -> None:
    """Ruto is named in the evidence: the byline's name beside him does not cost the codes;
    a warning names it (drafts round 8, b05: a byline name beside the parties went unsaid)."""
    visit, warnings = _build(_draft([("visitor", "William Ruto"), ("host", "Lars Petersen")]))
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == [
        "visits[0]: participant 'Lars Petersen' is named only in the byline, a heading or a "
        "caption, not a party of the visit"
    ]


def test_a_name_in_another_sentence_is_coded_with_a_warning() -> None:
    """The journalist stands in a sentence of the article, not in the evidence's paragraph:
    the visit keeps its codes (a sentence may name a real host) and a warning says it."""
    visit, warnings = _build(_draft([("host", "Anna Kowalski")]))
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == [AWAY]


def test_the_caption_after_its_credit_is_no_evidence() -> None:
    """The caption line holds a full stop after its credit but ends with none: the whole
    line and its last part are a caption (the line is 66 characters)."""
    start = TEXT.index(CAPTION)
    part = TEXT.index("Luong Cuong greets")
    heading = "a heading or caption: a line with no sentence end"
    assert evidence_problem(TEXT, start, start + len(CAPTION)) == heading
    assert evidence_problem(TEXT, part, start + len(CAPTION)) == heading
    visit, _ = _build(_draft([("visitor", "William Ruto")], evidence=[CAPTION]))
    assert visit.codes.cameo == []


def test_the_same_person_as_visitor_and_host_gets_no_codes() -> None:
    """"William Ruto" visitor and "WILLIAM RUTO" host: one person on both sides, re-asked,
    then no codes and a warning."""
    draft = _draft([("visitor", "William Ruto"), ("host", "WILLIAM RUTO")])
    visit, warnings = _build(draft)
    assert visit.codes.cameo == []
    assert not visit.grounded
    assert (
        "visits[0]: the same participant is visitor and host; no CAMEO/PLOVER codes" in warnings
    )
    assert any(
        p.startswith("visits[0]: 'WILLIAM RUTO' is both a visitor and a host.")
        for p in find_problems(draft, TEXT, language="en")
    )


def test_in_sentences_skips_furniture_lines() -> None:
    """Found outside the headline, byline, caption and related list: Ruto at 87 (62 for
    the first sentence's line, 25 for "HANOI – Kenyan President "), not the byline's
    Petersen nor the caption's credit."""
    ruto = in_sentences("William Ruto", TEXT)
    assert ruto is not None
    assert ruto.start == TEXT.index("William Ruto") == 87
    assert in_sentences("Lars Petersen", TEXT) is None
    assert in_sentences("Minh Tran", TEXT) is None


def test_named_in_paragraphs_by_a_word_of_the_name() -> None:
    """"Ruto" names "William Ruto" in the second sentence; "Lars Petersen" is not there."""
    (span,) = _build(_draft([("visitor", "Ruto")], [RECEIVED]))[0].evidence
    assert named_in_paragraphs("William Ruto", [], TEXT, [span])
    assert not named_in_paragraphs("Lars Petersen", [], TEXT, [span])


@pytest.mark.parametrize(
    "summary",
    [
        "One English sentence: who met whom, where, when.",  # the summary field's description
        "who met whom, where, when",  # a piece of it
        "ISO 639-1 code of the article's language.",  # another field's description
    ],
)
def test_a_summary_copied_from_the_schema_gets_no_codes(summary: str) -> None:
    """The draft schema's own words as the summary: re-asked, then no codes."""
    visit = _draft([("visitor", "William Ruto")]).visits[0].model_dump() | {"summary": summary}
    draft = Draft.model_validate({"language": "en", "visits": [visit]})
    visit, warnings = _build(draft)
    assert visit.codes.cameo == []
    assert warnings[0] == (
        f"visits[0].summary: {summary!r} is not a summary (copied from the draft's instructions)"
    )
    assert any(
        p.startswith(f"visits[0].summary = {summary!r} is not a summary (copied from the draft")
        for p in find_problems(draft, TEXT, language="en")
    )


def test_a_summary_that_names_the_visit_is_kept() -> None:
    """A summary with words of the instructions among its own ("met") is a summary."""
    visit, warnings = _build(_draft([("visitor", "William Ruto")]))
    assert visit.summary == "Kenyan President William Ruto visited Hanoi."
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == []
