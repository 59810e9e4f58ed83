"""What the draft properties found (tests/record/test_draft_properties.py), as plain examples.

Each test is a shrunk failing example, its expected values checked by hand against the
article.
"""

from __future__ import annotations

from typing import Any

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft, visit_problems

from conftest import load_article

SEED = "000_3eacb9a9611f4138"
# The seed's second paragraph opens with this sentence (characters 336-457).
SENTENCE = (
    "Ruandalı iş insanları, Ruanda Büyükelçiliği ve Ticaret Ataşeliği'nden yetkililer ile "
    "birlikte ASO 1. OSB’yi ziyaret etti."
)
PART = "Ruandalı iş insanları,"  # its first three words


def _seed_draft(evidence: list[str]) -> Draft:
    visit: dict[str, Any] = {
        "evidence": evidence,
        "type": "visit",
        "status": "occurred",
        "summary": "A foreign delegation visited the region and met local officials.",
        "participants": [{"role": "visitor", "kind": "person", "name": "Cüneyt Çalık"}],
    }
    return Draft.model_validate({"language": "tr", "visits": [visit]})


def _seed_article() -> Article:
    text, _ = load_article(SEED)
    return Article(id=Article.id_for(text), text=text, language="tr")


def test_evidence_part_before_its_sentence_is_a_problem() -> None:
    """Evidence that is a part of a later evidence sentence is re-asked, like one of an earlier."""
    problems = list(visit_problems("visits[0]", _seed_draft([PART, SENTENCE]).visits[0]))
    assert problems == [
        "visits[0].evidence[0] is a part of evidence[1]. Give each sentence once, whole; "
        "one sentence is enough."
    ]


def test_evidence_part_before_its_sentence_is_dropped() -> None:
    """The part (336-358) is dropped for the sentence holding it (336-457), with a warning."""
    visits, warnings = build_visits(_seed_draft([PART, SENTENCE]), _seed_article())
    assert [(e.text, e.start, e.end) for e in visits[0].evidence] == [(SENTENCE, 336, 457)]
    assert warnings == ["visits[0].evidence[0] is a part of evidence[1]; dropped"]


# -- a date read from the model's string rather than the article's (found by probing the
# date property's "date text in its words, one letter changed" case on w20) ----------------

W20 = "w20_en_injection"  # published 2024-09-27: "... to East Java in February 2025 to scope"


def _date_of(text: str, published: str | None, date_text: str, status: str, language: str) -> Any:
    article = Article(id=Article.id_for(text), text=text, language=language, published=published)
    visit = {
        "evidence": ["x"],
        "type": "visit",
        "status": status,
        "summary": "x",
        "participants": [],
        "date_text": date_text,
    }
    draft = Draft.model_validate({"language": language, "visits": [visit]})
    return build_visits(draft, article)[0][0].date


def test_misspelt_month_in_context_is_read_as_the_article_writes_it() -> None:
    """ "East Java in Febuary 2025" grounds on "... February 2025": the month, not the year."""
    text, entry = load_article(W20)
    date = _date_of(text, entry["published"], "East Java in Febuary 2025", "planned", "en")
    assert date.text.text == "East Java in February 2025"
    assert (date.start, date.end, date.precision) == ("2025-02-01", "2025-02-28", "month")


def test_a_month_one_letter_off_is_the_articles_month() -> None:
    """ "am 3. Juni 2024" grounds on "am 3. Juli 2024": 3 July, as the article says."""
    text = "Der Minister traf am 3. Juli 2024 in Berlin den Botschafter, hieß es."
    date = _date_of(text, None, "am 3. Juni 2024", "occurred", "de")
    assert (date.text.text, date.text.match) == ("am 3. Juli 2024", "fuzzy")
    assert (date.start, date.end) == ("2024-07-03", "2024-07-03")
