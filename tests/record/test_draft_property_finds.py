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
    """The part (336-358) is dropped for the sentence holding it (336-457), with a warning;
    the draft's one participant, Cüneyt Çalık, is named in the seed's fifth line, not
    in that sentence's (the second), which a second warning says (the visit keeps its codes)."""
    visits, warnings = build_visits(_seed_draft([PART, SENTENCE]), _seed_article())
    assert [(e.text, e.start, e.end) for e in visits[0].evidence] == [(SENTENCE, 336, 457)]
    assert warnings == [
        "visits[0].evidence[0] is a part of evidence[1]; dropped",
        "visits[0]: no participant is named in the paragraphs of the visit's evidence",
    ]
    assert visits[0].codes.cameo == ["042", "043"]


# -- a date read from the model's string rather than the article's (found by probing the
# date property's "date text in its words, one letter changed" case on w20) ----------------

W20 = "w20_en_injection"  # published 2024-09-27: "... to East Java in February 2025 to scope"


def _date_of(text: str, published: str | None, date_text: str, status: str, language: str,
             evidence: str) -> Any:  # fmt: skip
    article = Article(id=Article.id_for(text), text=text, language=language, published=published)
    visit = {
        "evidence": [evidence],  # a date is read only in the paragraphs of the evidence
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
    sentence = ("Whitcombe said the council would send a technical team to East Java in "
                "February 2025 to scope the pilot.")  # fmt: skip
    date = _date_of(text, entry["published"], "East Java in Febuary 2025", "planned", "en",
                    sentence)  # fmt: skip
    assert date.text.text == "East Java in February 2025"
    assert (date.start, date.end, date.precision) == ("2025-02-01", "2025-02-28", "month")


def test_a_month_one_letter_off_is_the_articles_month() -> None:
    """ "am 3. Juni 2024" grounds on "am 3. Juli 2024": 3 July, as the article says."""
    text = "Der Minister traf am 3. Juli 2024 in Berlin den Botschafter, hieß es."
    date = _date_of(text, None, "am 3. Juni 2024", "occurred", "de", text)
    assert (date.text.text, date.text.match) == ("am 3. Juli 2024", "fuzzy")
    assert (date.start, date.end) == ("2024-07-03", "2024-07-03")


# -- near-copies (tests/record/test_draft_copy_properties.py): a copy's record claimed what
# neither its original nor its own text supports -------------------------------------------

SEED_JICA = "001_9f738e0873a21075"
JICA = (
    "JICA yetkilileri Masashi Inove, Kotoe Kuroda ve Seda Torısu, Kahramanmaraş OSB’yi "
    "ziyaret ederek bölge hakkında detaylı bilgi aldı."
)  # the seed's second sentence, the only one that names Masashi Inove


def _copy(stem: str, visit: dict[str, Any], left_out: str) -> tuple[Any, Any]:
    from visitx.core.models import Extraction, Meta
    from visitx.screening.copies import copy_record

    text, _ = load_article(stem)
    article = Article(id=Article.id_for(text), text=text, language="tr")
    draft = Draft.model_validate({"language": "tr", "visits": [visit]})
    visits, warnings = build_visits(draft, article)
    original = Extraction(article=article, visits=visits, meta=Meta(warnings=warnings))
    copy_text = text.replace(left_out, "", 1)
    return original, copy_record(original, Article(id=Article.id_for(copy_text), text=copy_text))


def _jica(**changes: Any) -> dict[str, Any]:
    visit = {
        "evidence": [JICA],
        "type": "visit",
        "status": "occurred",
        "summary": "A foreign delegation visited the region and met local officials.",
        "participants": [{"role": "visitor", "kind": "person", "name": "Masashi Inove"}],
    }
    return visit | changes


def test_a_shell_visit_stays_ungrounded_in_a_copy() -> None:
    """No participants, summary "": not grounded in the original, nor in a copy that holds
    its evidence (was grounded there)."""
    shell = {"evidence": [SENTENCE, SENTENCE], "type": "visit", "status": "occurred",
             "summary": "", "participants": []}  # fmt: skip
    first = "ASO 1’inci Organize Sanayi Bölgesi’ne (OSB) uluslararası ziyaretler devam ediyor."
    original, copy = _copy(SEED, shell, first)
    assert (original.visits[0].grounded, copy.visits[0].grounded) == (False, False)
    assert copy.visits[0].evidence[0].text == SENTENCE


def test_a_copy_without_the_date_text_has_no_date() -> None:
    """A date text found in the original but left out of the copy: the copy's date is null."""
    date_text = (
        "Kahramanmaraş Organize Sanayi Bölgesi (OSB) Müdürü Hasan Köse, Japonya Uluslararası "
        "İşbirliği Ajansı"
    )
    first = date_text + " (JICA) yetkililerinin gerçekleştirdiği ziyaretin ardından önemli "
    original, copy = _copy(SEED_JICA, _jica(date_text=date_text), first)
    assert original.visits[0].date is not None
    assert copy.visits[0].date is None
    shown = date_text[:80]  # warnings show 80 characters of a value
    warning = f"visits[0]: the date text {shown!r} is not in this copy, so the visit has no date"
    assert warning in copy.meta.warnings


def test_a_copy_without_the_named_participant_has_no_codes() -> None:
    """Masashi Inove earns 042/043 in the original; a copy without his sentence gets none."""
    original, copy = _copy(SEED_JICA, _jica(), JICA)
    assert original.visits[0].codes.cameo == ["042", "043"]
    assert copy.visits[0].participants[0].name.match is None
    assert (copy.visits[0].codes.cameo, copy.visits[0].codes.plover_event) == ([], None)
    warning = "visits[0]: a participant named in the original is not in this copy; no CAMEO/PLOVER"
    assert f"{warning} codes" in copy.meta.warnings


# -- long articles: a visit merged from two chunks kept the first chunk's `international` ---


def test_a_visit_merged_from_chunks_is_international_with_two_countries() -> None:
    """Chunk 1 names the Turkish host, chunk 3 adds the Japanese visitors: the merged visit has
    TUR and JPN participants, so it is international (was the first chunk's False)."""
    from visitx.core.models import Extraction
    from visitx.record.chunks import article_chunks, combine

    text, _ = load_article(SEED_JICA)
    first, _, third = article_chunks(text, 400, strip_boilerplate=False)[:3]
    jica = "Japonya Uluslararası İşbirliği Ajansı (JICA) yetkilileri"
    assert "Hasan Köse" in first.text
    assert jica in third.text
    assert "Kahramanmaraş OSB" in third.text

    def part(chunk: Any, people: list[dict[str, Any]]) -> tuple[Any, Extraction]:
        article = Article(id=Article.id_for(chunk.text), text=chunk.text, language="tr")
        visit = {"evidence": ["x"], "type": "visit", "status": "occurred", "summary": "x",
                 "participants": people, "location": {"name": "OSB", "country": "TUR"}}
        draft = Draft.model_validate({"language": "tr", "visits": [visit]})
        return chunk, Extraction(article=article, visits=build_visits(draft, article)[0])

    host = {"role": "host", "kind": "person", "name": "Hasan Köse", "country": "TUR"}
    zone = {"role": "host", "kind": "organization", "name": "Kahramanmaraş OSB", "country": "TUR"}
    guests = {"role": "visitor", "kind": "group", "name": jica, "country": "JPN"}
    record = combine(text, [part(first, [host]), part(third, [zone, guests])])
    (visit,) = record.visits
    assert [(p.name.text, p.country, p.name.match) for p in visit.participants] == [
        ("Hasan Köse", "TUR", "exact"), ("Kahramanmaraş OSB", "TUR", "exact"),
        (jica, "JPN", "exact")]  # fmt: skip
    assert visit.international is True
