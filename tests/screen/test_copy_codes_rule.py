"""A near-copy keeps its original's CAMEO/PLOVER codes only by the original's rule
(`record.codes.is_codable`): codes need an evidence sentence found in the copy too, not
only a participant (issue 22, drafts audit in bench/README.md: "The near-copy path drops a
copy's codes when a participant is lost, not yet when its evidence sentence is"). The
article is written for these tests.
"""

from __future__ import annotations

from typing import Any

from visitx.core.models import Article, Extraction, Meta
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.screening.copies import copy_record

NAMES = "Tajik Foreign Minister Sirojiddin Muhriddin arrived in Islamabad on Tuesday."
MET = "He held talks with Ishaq Dar at the Foreign Office, the ministry said on Tuesday."
TALKS = "The two ministers discussed trade, energy and the railway to Afghanistan."
TEXT = f"{NAMES}\n{MET}\n{TALKS}"


def _records(
    evidence: list[str], left_out: str, agreements: list[dict[str, Any]] | None = None
) -> tuple[Extraction, Extraction]:
    visit: dict[str, Any] = {
        "agreements": agreements or [],
        "evidence": evidence,
        "type": "visit",
        "status": "occurred",
        "summary": "The Tajik foreign minister visited Pakistan and met its foreign minister.",
        "participants": [
            {"role": "visitor", "kind": "person", "name": "Sirojiddin Muhriddin"},
        ],
    }
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en")
    draft = Draft.model_validate({"language": "en", "visits": [visit]})
    visits, warnings = build_visits(draft, article)
    original = Extraction(article=article, visits=visits, meta=Meta(warnings=warnings))
    copy_text = TEXT.replace(left_out, "", 1)
    return original, copy_record(original, Article(id=Article.id_for(copy_text), text=copy_text))


def test_a_copy_without_the_evidence_sentence_has_no_codes() -> None:
    """The participant is in the copy, the one evidence sentence is not: no codes, a warning."""
    original, copy = _records([MET], MET)
    assert original.visits[0].codes.cameo == ["042", "043"]
    assert copy.visits[0].participants[0].name.match is not None
    assert copy.visits[0].evidence[0].match is None
    assert (copy.visits[0].codes.cameo, copy.visits[0].codes.plover_event) == ([], None)
    warning = ("visits[0]: no evidence sentence of the original is in this copy; "
               "no CAMEO/PLOVER codes")
    assert warning in copy.meta.warnings


def test_a_copy_with_one_of_two_evidence_sentences_keeps_the_codes() -> None:
    """One evidence sentence found in the copy is enough, as in the original."""
    original, copy = _records([MET, TALKS], TALKS)
    assert copy.visits[0].evidence[0].match is not None
    assert copy.visits[0].codes == original.visits[0].codes
    assert copy.visits[0].codes.cameo == ["042", "043"]


def test_a_copy_without_the_signed_agreement_loses_057() -> None:
    """The signed agreement's mention is not in the copy: 042/043 stay, 057 goes, a
    warning says why (the adversarial draft probe: 057 needs a mention found)."""
    signed = [{"kind": "mou", "text": "discussed trade", "status": "signed"}]
    original, copy = _records([MET, TALKS], TALKS, signed)
    assert original.visits[0].codes.cameo == ["042", "043", "057"]
    assert copy.visits[0].codes.cameo == ["042", "043"]
    assert ("visits[0]: the signed agreement's mention is not in this copy; CAMEO 057 left out"
            in copy.meta.warnings)  # fmt: skip
