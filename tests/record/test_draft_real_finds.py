"""What real weak models' drafts showed (issue 22, branch drafts-real), as offline examples.

The drafts are the ones Gemma-3-270M and SmolLM2-135M answered on llama.cpp for the seed
article 000_3eacb9a9611f4138 (bench/README.md, "Weak real models' drafts audited"),
copied from the logged requests after their re-asks; expected values checked by hand
against the article and the data model's table.
"""

from __future__ import annotations

from typing import Any

from visitx.core.models import Article, Codes
from visitx.record.build import build_visits
from visitx.record.draft import Draft

from conftest import load_article

SEED = "000_3eacb9a9611f4138"
# Characters 336-457 of the seed: the Rwandan business people visited ASO 1. OSB.
SENTENCE = (
    "Ruandalı iş insanları, Ruanda Büyükelçiliği ve Ticaret Ataşeliği'nden yetkililer ile "
    "birlikte ASO 1. OSB’yi ziyaret etti."
)
GROUP = "Ruandalı iş insanları"  # in the article (336-357), names a group
SUMMARY = "Rwandan business people visited ASO 1st Organized Industrial Zone in Ankara."


def _gemma_visit(**changes: Any) -> dict[str, Any]:
    """Gemma-3-270M's visit, as it answered three times (the re-asks changed nothing)."""
    visit: dict[str, Any] = {
        "evidence": ["2"],
        "type": "multilateral",
        "status": "invited",
        "summary": "yıl",
        "participants": [
            {"role": "visitor", "kind": "person", "name": "Rwandan business people",
             "country": "Rwanda", "sector": "business"},
            {"role": "host", "kind": "organization", "name": GROUP,
             "country": "RU", "sector": "business"},
        ],
        "date_text": "18/05/2014 7:36:09 AM",
    }
    visit.update(changes)
    return visit


def _build(visit: dict[str, Any]) -> tuple[Any, list[str]]:
    text, _ = load_article(SEED)
    article = Article(id=Article.id_for(text), text=text, language="tr")
    draft = Draft.model_validate({"language": "1", "visits": [visit]})
    visits, warnings = build_visits(draft, article)
    return visits[0], warnings


def test_gemma_draft_without_evidence_in_the_article_gets_no_codes() -> None:
    """Evidence "2" (not in the article), summary "yıl": no 036 although a group is named."""
    visit, _ = _build(_gemma_visit())
    assert [(p.name.text, p.name.start) for p in visit.participants][1] == (GROUP, 336)
    assert visit.codes == Codes()
    assert visit.grounded is False


def test_gemma_draft_record_says_why_it_has_no_codes() -> None:
    """The warning names both missing supports and the codes left out."""
    _, warnings = _build(_gemma_visit())
    assert (
        "visits[0]: no evidence sentence was found in the article and the summary is not "
        "a sentence; no CAMEO/PLOVER codes"
    ) in warnings


def test_gemma_draft_date_not_in_the_article_gives_no_date() -> None:
    """ "18/05/2014 7:36:09 AM" is not in the seed: `date` null, a warning says why."""
    visit, warnings = _build(_gemma_visit())
    assert visit.date is None
    # One warning says both that the text was not found and what follows (two said it
    # before, the first without the consequence).
    assert [w for w in warnings if w.startswith("visits[0].date_text")] == [
        "visits[0].date_text: '18/05/2014 7:36:09 AM' was not found in the article, so the "
        "visit has no date"
    ]


def test_evidence_found_but_no_sentence_gives_no_codes() -> None:
    """SmolLM2's evidence "ASO 1." is in the article (characters 172-178), no sentence: no codes."""
    visit, warnings = _build(_gemma_visit(evidence=["ASO 1."], summary=SUMMARY))
    assert [(e.text, e.start) for e in visit.evidence] == [("ASO 1.", 172)]
    assert visit.codes == Codes()
    assert "visits[0]: no evidence sentence was found in the article; no CAMEO/PLOVER codes" in (
        warnings
    )


def test_summary_that_is_no_sentence_alone_withholds_codes() -> None:
    """A real evidence sentence but the summary "yıl": no codes, and the warning says so."""
    visit, warnings = _build(_gemma_visit(evidence=[SENTENCE]))
    assert visit.codes == Codes()
    assert "visits[0]: the summary is not a sentence; no CAMEO/PLOVER codes" in warnings


def test_same_visit_with_sentence_evidence_and_summary_is_coded() -> None:
    """With the seed's sentence and an English summary the invitation is coded 036 / AGREE."""
    visit, warnings = _build(_gemma_visit(evidence=[SENTENCE], summary=SUMMARY))
    assert [(e.start, e.end) for e in visit.evidence] == [(336, 457)]
    assert visit.codes == Codes(cameo=["036"], plover_event="AGREE", plover_mode=None)
    assert not any("CAMEO" in w for w in warnings)
