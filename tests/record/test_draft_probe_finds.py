"""What an adversarial probe of weak-model drafts found (drafts that cannot fake a visit).

Each case is a kind of draft a 135M-270M model writes, against the seed articles or the
article below (written for these tests: a headline, a byline, a publication line, a photo
caption, another event's year, a related-articles list and a comments block). Expected
values are checked by hand against the article and the data model.
"""

from __future__ import annotations

from typing import Any

import visitx
from visitx import Settings
from visitx.core.models import Article, Codes
from visitx.record.build import build_visits
from visitx.record.draft import Draft, find_problems, visit_problems

from conftest import load_article
from scripted_client import ScriptedClient

TEXT = (
    "Latvia and Chile sign port deal during minister's visit\n"
    "By Jane Doe, Staff Reporter | The Harbour Times\n"
    "Published 5 March 2025\n"
    "\n"
    "SANTIAGO – Latvia's foreign minister Tomas Varga arrived in Santiago on Monday for a "
    "two-day visit, Chile's foreign ministry said.\n"
    "Varga met his Chilean counterpart Elena Brod at the ministry, and the two ministers "
    "signed a memorandum of understanding on port cooperation.\n"
    "Photo: Tomas Varga and Elena Brod at the ministry in Santiago\n"
    "The two countries first agreed to cooperate on ports in 2019, when Brod's predecessor "
    "visited Riga.\n"
    "\n"
    "Related articles\n"
    "Chile opens new container terminal in Valparaíso\n"
    "Latvia's exports rise in January\n"
    "\n"
    "3 Comments\n"
    "Mark Olsen: I met Andrew Frost in Riga last week and he said the deal is bad.\n"
    "Guest: Andrew Frost visited Santiago on 12 February 2025 as well, and nobody wrote "
    "about it.\n"
)
PUBLISHED = "2025-03-05"  # a Wednesday: "on Monday" is 3 March
ARRIVED = (
    "SANTIAGO – Latvia's foreign minister Tomas Varga arrived in Santiago on Monday for a "
    "two-day visit, Chile's foreign ministry said."
)
COMMENT = (
    "Guest: Andrew Frost visited Santiago on 12 February 2025 as well, and nobody wrote "
    "about it."
)
VISIT: dict[str, Any] = {
    "evidence": [ARRIVED],
    "type": "visit",
    "status": "occurred",
    "summary": "Latvian foreign minister Tomas Varga visited Santiago and met Elena Brod.",
    "participants": [
        {"role": "visitor", "kind": "person", "name": "Tomas Varga", "country": "LVA"},
        {"role": "host", "kind": "person", "name": "Elena Brod", "country": "CHL"},
    ],
    "date_text": "on Monday",
}
FOUND_042 = Codes(cameo=["042", "043"], plover_event="CONSULT", plover_mode="visit")


def _draft(*visits: dict[str, Any]) -> Draft:
    return Draft.model_validate({"language": "en", "visits": list(visits)})


def _build(
    *visits: dict[str, Any], text: str = TEXT, published: str | None = PUBLISHED,
    language: str = "en",
) -> tuple[list[Any], list[str]]:  # fmt: skip
    article = Article(id=Article.id_for(text), text=text, language=language, published=published)
    return build_visits(Draft.model_validate({"language": language, "visits": list(visits)}),
                        article)  # fmt: skip


def _extract(*visits: dict[str, Any], strip: bool = False) -> tuple[Any, ScriptedClient]:
    """The record of a model that answers the same draft every time (one re-ask)."""
    scripted = ScriptedClient({"language": "en", "visits": list(visits)})
    settings = Settings(model="m", mode="json", cache=False, max_reasks=1, strip_boilerplate=strip)
    record = visitx.extract(TEXT, published=PUBLISHED, settings=settings, client=scripted.client)
    return record, scripted


def test_the_hand_checked_visit_is_coded_and_dated() -> None:
    """The control: evidence, named participants and "on Monday" (3 March 2025)."""
    (visit,), warnings = _build(VISIT)
    assert (visit.codes, visit.grounded, warnings) == (FOUND_042, True, [])
    assert (visit.date.start, visit.date.end) == ("2025-03-03", "2025-03-03")


# -- dates in the article that do not date this visit ----------------------------------------


def test_the_publication_line_does_not_date_the_visit() -> None:
    """Date text "5 March 2025" (the publication line): no date, and a warning says why."""
    (visit,), warnings = _build({**VISIT, "date_text": "5 March 2025"})
    assert visit.date is None
    assert warnings == [
        "visits[0].date_text: '5 March 2025' is not in the paragraphs of the visit's "
        "evidence, so the visit has no date"
    ]
    assert visit.codes == FOUND_042  # the visit itself stands


def test_another_events_year_does_not_date_the_visit() -> None:
    """ "2019" (the predecessor's visit, another paragraph) is no date of this visit."""
    (visit,), warnings = _build({**VISIT, "date_text": "2019"})
    assert visit.date is None
    assert "'2019' is not in the paragraphs of the visit's evidence" in warnings[0]


# An occurred visit dated after its own report: the article's year slip "3 March 2026" in a
# report published 5 March 2025 (written for this test); a day's grace for time zones.
SLIP = "Tomas Varga arrived in Santiago on 3 March 2026 for a two-day visit, officials said."
SLIPPED = {**VISIT, "evidence": [SLIP], "date_text": "3 March 2026",
           "participants": VISIT["participants"][:1]}  # fmt: skip


def test_an_occurred_visit_is_not_dated_after_its_report() -> None:
    (visit,), warnings = _build(SLIPPED, text=SLIP, published="2025-03-05")
    assert visit.date is not None
    assert (visit.date.text.text, visit.date.start, visit.date.end) == ("3 March 2026", None, None)
    assert warnings == [
        "visits[0].date_text: '3 March 2026' reads as 2026-03-03, after the article's "
        "publication (2025-03-05), for a visit that occurred, so the visit has no date"
    ]


def test_after_publication_is_kept_for_upcoming_and_cancelled_visits_and_a_day_of_grace() -> None:
    for status, published in (("planned", "2025-03-05"), ("cancelled", "2025-03-05"),
                              ("occurred", "2026-03-02")):  # fmt: skip
        (visit,), warnings = _build({**SLIPPED, "status": status}, text=SLIP, published=published)
        assert (visit.date.start, visit.date.end, warnings) == ("2026-03-03", "2026-03-03", [])


def test_the_page_furniture_date_does_not_date_the_visit() -> None:
    """Seed 001: "24 Kasım 2024" stands only in the page furniture below the article."""
    text, entry = load_article("001_9f738e0873a21075")
    jica = {
        "evidence": ["JICA yetkilileri Masashi Inove, Kotoe Kuroda ve Seda Torısu, "
                     "Kahramanmaraş OSB’yi ziyaret ederek bölge hakkında detaylı bilgi aldı."],
        "type": "visit", "status": "occurred",
        "summary": "JICA officials visited the Kahramanmaraş industrial zone.",
        "participants": [{"role": "visitor", "kind": "person", "name": "Masashi Inove"}],
        "date_text": "24 Kasım 2024",
    }  # fmt: skip
    (visit,), _ = _build(jica, text=text, published=entry["published"], language="tr")
    assert visit.date is None
    assert visit.codes == FOUND_042


def test_a_date_outside_the_evidence_is_reasked() -> None:
    """The re-ask names the date text and says where a visit's date must stand."""
    (problem,) = find_problems(_draft({**VISIT, "date_text": "5 March 2025"}), TEXT)
    assert problem.startswith(
        "visits[0].date_text = '5 March 2025' is not in the paragraphs of this visit's evidence"
    )


# -- evidence that is in the article but no sentence -----------------------------------------


def test_a_caption_is_no_evidence() -> None:
    """A photo caption (a short line with no sentence end): kept, flagged, no codes."""
    caption = "Photo: Tomas Varga and Elena Brod at the ministry in Santiago"
    (visit,), warnings = _build({**VISIT, "evidence": [caption], "date_text": None})
    assert [e.text for e in visit.evidence] == [caption]
    assert (visit.codes, visit.grounded) == (Codes(), False)
    assert warnings == [
        f"visits[0].evidence: {caption!r} is not a sentence (a heading or caption: a line "
        "with no sentence end)",
        "visits[0]: no evidence sentence was found in the article; no CAMEO/PLOVER codes",
    ]


def test_a_heading_is_no_evidence() -> None:
    """Seed 000's heading "ASO'DAN TÜM DÜNYAYA ÖRNEK ORGANİZASYON ANLAYIŞI": no codes."""
    text, _ = load_article("000_3eacb9a9611f4138")
    visit_ = {**VISIT, "evidence": ["ASO'DAN TÜM DÜNYAYA ÖRNEK ORGANİZASYON ANLAYIŞI"],
              "participants": [{"role": "host", "kind": "person", "name": "Cüneyt Çalık"}],
              "date_text": None}  # fmt: skip
    (visit,), _ = _build(visit_, text=text, published=None, language="tr")
    assert visit.codes == Codes()


def test_a_piece_of_a_sentence_is_no_evidence() -> None:
    """ "arrived in Santiago on Monday for a two-day visit" stops inside its sentence."""
    piece = "arrived in Santiago on Monday for a two-day visit"
    (visit,), warnings = _build({**VISIT, "evidence": [piece]})
    assert visit.codes == Codes()
    assert f"visits[0].evidence: {piece!r} is not a sentence (a part of a sentence: it stops " \
           "in the middle of one)" in warnings  # fmt: skip


def test_a_sentence_without_its_full_stop_is_evidence() -> None:
    """A whole sentence quoted without its final full stop is still the sentence."""
    (visit,), warnings = _build({**VISIT, "evidence": [ARRIVED.rstrip(".")]})
    assert (visit.codes, warnings) == (FOUND_042, [])


def test_heading_caption_and_piece_are_reasked() -> None:
    """The re-ask names the caption as no whole sentence of the article."""
    caption = "Photo: Tomas Varga and Elena Brod at the ministry in Santiago"
    problems = list(find_problems(_draft({**VISIT, "evidence": [ARRIVED, caption]}), TEXT))
    assert problems == [
        f"visits[0].evidence[1] = {caption!r} is not a whole sentence of the article (a heading "
        "or caption: a line with no sentence end). Copy one or more whole sentences of the "
        "article that report this engagement."
    ]


def test_a_repeat_with_zero_width_spaces_is_reasked() -> None:
    """The same sentence again with zero-width spaces after its spaces is a repeat."""
    again = ARRIVED.replace(" ", " \u200b")
    (problem,) = visit_problems("visits[0]", _draft({**VISIT, "evidence": [ARRIVED, again]})
                                .visits[0])  # fmt: skip
    assert problem.startswith("visits[0].evidence[1] repeats evidence[0]")


# -- summaries --------------------------------------------------------------------------------


def test_a_json_summary_is_no_sentence() -> None:
    """A summary written as JSON: re-asked, and after the re-asks no codes."""
    summary = '{"who": "Tomas Varga", "met": "Elena Brod", "where": "Santiago"}'
    (visit,), warnings = _build({**VISIT, "summary": summary})
    assert visit.codes == Codes()
    assert f"visits[0].summary: {summary!r} is not a sentence (JSON or a list, not a " \
           "sentence)" in warnings  # fmt: skip


ORAZOV = (
    "Der Vorsitzende des staatlichen Ausschusses für den Bau der Stadt Arkadag in "
    "Turkmenistan, Deryageldi Orazov, hat in Seoul ein wichtiges Treffen mit dem ersten "
    "stellvertretenden Landminister, Infrastruktur und Transport der Republik Korea, Jin Hyun "
    "Hwan, abgehalten."
)  # seed 004, its first sentence


def test_a_summary_in_the_articles_language_is_flagged() -> None:
    """Seed 004's title copied as summary (German): re-asked; after the re-asks the visit
    keeps its codes (it is a sentence) and a warning says the summary is not English."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    title = "Partnerschaft für Smart Cities: Turkmenistan und Südkorea planen Zusammenarbeit"
    visit_ = {**VISIT, "summary": title, "date_text": None,
              "evidence": [ORAZOV],
              "participants": [{"role": "visitor", "kind": "person",
                                "name": "Deryageldi Orazov"}]}  # fmt: skip
    (problem,) = visit_problems("visits[0]", _draft(visit_).visits[0])
    assert problem.startswith(f"visits[0].summary = {title!r} is not a summary (written in de")
    (visit,), warnings = _build(visit_, text=text, published=None, language="de")
    assert visit.codes == FOUND_042
    assert warnings == [f"visits[0].summary: {title!r} is written in de, not English"]


def test_smollm2s_german_summary_is_not_english() -> None:
    """SmolLM2-135M's summary for seed 004 on llama.cpp (bench/README.md, "Adversarial drafts
    probe"): German with "in", a word English shares, is still not English."""
    summary = ("Dieser Dienkomma konzentriert eine neue Erfahrung im Werbland und in der "
               "Euroopanabereich. Die erste Viele ausgebietet wird die Ausschmaß ")  # fmt: skip
    (problem,) = visit_problems("visits[0]", _draft({**VISIT, "summary": summary}).visits[0])
    assert "is not a summary (written in de, not English)" in problem


# -- visits ------------------------------------------------------------------------------------


def test_a_visit_given_twice_is_kept_once() -> None:
    """The same visit twice (evidence in lower case the second time): one record visit."""
    visits, warnings = _build(VISIT, {**VISIT, "evidence": [ARRIVED.lower()]})
    assert [v.id.rsplit("-", 1)[1] for v in visits] == ["0"]
    assert warnings == ["the draft's visits[1] repeats its visits[0]; dropped"]


def test_a_visit_given_twice_is_reasked() -> None:
    """The re-ask names the repeat."""
    (problem,) = find_problems(_draft(VISIT, VISIT), TEXT)
    assert problem.startswith("visits[1] repeats visits[0]")


def test_a_signed_agreement_made_up_adds_no_057() -> None:
    """A signed MoU the article does not mention: flagged, and CAMEO 057 is not added."""
    made_up = {"kind": "mou", "text": "Latvia and Chile signed a defence pact.", "status": "signed"}
    (visit,), warnings = _build({**VISIT, "agreements": [made_up]})
    assert visit.codes == FOUND_042
    assert warnings == [
        "visits[0].agreements[0].text: 'Latvia and Chile signed a defence pact.' was not "
        "found in the article"
    ]


# -- quotes found only in the comments (strip_boilerplate) -------------------------------------

FROST = {"role": "visitor", "kind": "person", "name": "Andrew Frost"}
COMMENTER = {**VISIT, "evidence": [COMMENT], "date_text": "12 February 2025",
             "participants": [FROST]}  # fmt: skip


def test_with_strip_boilerplate_the_comments_are_not_the_article() -> None:
    """A visit quoted from the comments the model was not shown: re-asked as not in the
    article; after the re-ask not found, no codes, no date."""
    record, scripted = _extract(COMMENTER, strip=True)
    assert "'Andrew Frost' is not in the article" in scripted.prompt(1)
    (visit,) = record.visits
    assert (visit.codes, visit.date, visit.participants[0].name.start) == (Codes(), None, None)
    assert (
        "visits[0].participants[0].name: 'Andrew Frost' was not found in the article the model "
        "was shown (only in the comments or page furniture around it)"
    ) in record.meta.warnings


def test_without_strip_boilerplate_the_comments_are_read() -> None:
    """Off (the default), the model reads the comments as the article: found, coded."""
    record, scripted = _extract(COMMENTER)
    (visit,) = record.visits
    assert (visit.codes, visit.date.start, len(scripted.bodies)) == (FOUND_042, "2025-02-12", 1)


def test_the_outlet_at_the_foot_of_the_page_names_no_one() -> None:
    """Seed 000: "Haberankara.com" (the site's name) as the only participant: no codes."""
    text, _ = load_article("000_3eacb9a9611f4138")
    outlet = {**VISIT, "date_text": None, "evidence": [
        "Ruandalı iş insanları, Ruanda Büyükelçiliği ve Ticaret Ataşeliği'nden yetkililer ile "
        "birlikte ASO 1. OSB’yi ziyaret etti."],
        "participants": [{"role": "host", "kind": "organization",
                          "name": "Haberankara.com"}]}  # fmt: skip
    (visit,), warnings = _build(outlet, text=text, published=None, language="tr")
    assert visit.codes == Codes()
    assert warnings == [
        "visits[0]: no participant is named in the article (only generic words: "
        "'Haberankara.com'); no CAMEO/PLOVER codes"
    ]
