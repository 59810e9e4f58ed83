"""Visits the article says did not happen (or are yet to come) given as occurred, and
agreements it says were not signed given as signed: what the record keeps.

The article is written for these tests in the shape of the drafts probe's `ph` article
(bench/probe_drafts_cases2.py); every expected value is checked by hand against it.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft, find_problems
from visitx.record.unmet import NOT_OCCURRED, NOT_SIGNED, sentence_at, unmet_cue

TEXT = (
    "Minister denies reports of secret trip\n"
    "By Sarah Lim\n"
    "MANILA – Philippine foreign secretary Enrique Manalo did not travel to Pyongyang last "
    "week, his office said, denying reports of a visit.\n"
    "A visit by Japanese foreign minister Takeshi Iwaya to Manila has been postponed, "
    "officials said.\n"
    "Manalo met Iwaya in Tokyo on 14 January 2025, and the two ministers signed a defence "
    "logistics pact.\n"
    "They also discussed a visiting forces deal, which is still being negotiated.\n"
    "Vietnam's prime minister will visit Manila, the ministry added.\n"
    "Related articles\n"
    "Japan and Vietnam sign rice pact\n"
)
NOT_TRAVEL = (
    "MANILA – Philippine foreign secretary Enrique Manalo did not travel to Pyongyang last "
    "week, his office said, denying reports of a visit."
)
POSTPONED = (
    "A visit by Japanese foreign minister Takeshi Iwaya to Manila has been postponed, "
    "officials said."
)
TOKYO = (
    "Manalo met Iwaya in Tokyo on 14 January 2025, and the two ministers signed a defence "
    "logistics pact."
)
NEGOTIATED = "They also discussed a visiting forces deal, which is still being negotiated."
FUTURE = "Vietnam's prime minister will visit Manila, the ministry added."
UNMET = (
    "visits[0]: the visit is given as occurred, but its evidence says it did not take place "
    "or is yet to come; no CAMEO/PLOVER codes"
)


def _draft(evidence: list[str], status: str = "occurred", **more: Any) -> Draft:
    visit: dict[str, Any] = {
        "evidence": evidence,
        "type": "visit",
        "status": status,
        "summary": "Manalo met Iwaya in Tokyo and they signed a pact.",
        "participants": [
            {"role": "visitor", "kind": "person", "name": "Manalo"},
            {"role": "host", "kind": "person", "name": "Iwaya"},
        ],
        **more,
    }
    return Draft.model_validate({"language": "en", "visits": [visit]})


def _build(draft: Draft) -> tuple[Any, list[str]]:
    article = Article(id=Article.id_for(TEXT), text=TEXT, language="en", published="2025-02-20")
    visits, warnings = build_visits(draft, article)
    return visits[0], warnings


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (NOT_TRAVEL, "did not travel"),
        (POSTPONED, "postpon"),  # the table's phrase, which runs on ("postpon*")
        (FUTURE, "will visit"),
        ("Визит был отложен на неопределённый срок.", "отложен"),  # "postponed indefinitely"
        ("Ziyaret ileri bir tarihe ertelendi.", "ertelen"),  # "postponed to a later date"
        ("Le voyage a été reporté à mars.", "a ete reporte"),  # "postponed to March"
        (TOKYO, None),
        ("The two sides discussed the postal service.", None),  # "postal" is no "postpon"
    ],
)
def test_unmet_cue(sentence: str, cue: str | None) -> None:
    """The phrase that says a visit did not take place, folded; none in a visit's report."""
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


def test_a_visit_that_did_not_happen_as_occurred_gets_no_codes() -> None:
    """"did not travel ... denying reports of a visit" as occurred: re-asked, then no codes."""
    draft = _draft([NOT_TRAVEL], participants=[
        {"role": "visitor", "kind": "person", "name": "Enrique Manalo"}])  # fmt: skip
    visit, warnings = _build(draft)
    assert visit.codes.cameo == []
    assert not visit.grounded
    assert warnings == [UNMET]
    assert any(
        p.startswith("visits[0].status = 'occurred', but its evidence says 'did not travel'.")
        for p in find_problems(draft, TEXT, language="en")
    )


def test_a_postponed_visit_as_cancelled_is_what_the_table_says() -> None:
    """The same postponed visit as cancelled: no codes by the table, and no warning."""
    draft = _draft([POSTPONED], status="cancelled", participants=[
        {"role": "visitor", "kind": "person", "name": "Takeshi Iwaya"}])  # fmt: skip
    visit, warnings = _build(draft)
    assert visit.codes.cameo == []
    assert visit.grounded
    assert warnings == []


def test_a_future_visit_as_planned_keeps_036() -> None:
    """"will visit Manila" as planned: 036; as occurred: nothing."""
    person = [{"role": "visitor", "kind": "person", "name": "Vietnam's prime minister"}]
    planned, _ = _build(_draft([FUTURE], status="planned", participants=person))
    occurred, warnings = _build(_draft([FUTURE], participants=person))
    assert planned.codes.cameo == ["036"]
    assert occurred.codes.cameo == []
    assert warnings == [UNMET]


def test_one_evidence_sentence_that_reports_it_is_enough() -> None:
    """The Tokyo meeting with the postponed visit's sentence beside it: coded (only when
    every evidence sentence says it did not happen is the visit uncoded)."""
    visit, warnings = _build(_draft([TOKYO, POSTPONED]))
    assert visit.codes.cameo == ["042", "043"]
    assert UNMET not in warnings


def test_a_signed_pact_earns_057_and_a_negotiated_deal_does_not() -> None:
    """The defence logistics pact was signed (057); the visiting forces deal "is still
    being negotiated" (no 057, a warning, a re-ask)."""
    signed = [{"kind": "other", "text": "defence logistics pact", "status": "signed"}]
    visit, warnings = _build(_draft([TOKYO], agreements=signed))
    assert visit.codes.cameo == ["042", "043", "057"]
    assert warnings == []
    talks = [{"kind": "other", "text": "visiting forces deal", "status": "signed"}]
    draft = _draft([TOKYO, NEGOTIATED], agreements=talks)
    visit, warnings = _build(draft)
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == [
        "visits[0].agreements[0]: its sentence says it was not signed ('still being "
        "negotiated'); no CAMEO 057"
    ]
    assert any(
        p.startswith("visits[0].agreements[0] = 'visiting forces deal' is given as signed")
        for p in find_problems(draft, TEXT, language="en")
    )


def test_a_pact_of_the_related_articles_earns_no_057() -> None:
    """"rice pact" stands only in a related article's title: no 057."""
    pact = [{"kind": "other", "text": "rice pact", "status": "signed"}]
    visit, warnings = _build(_draft([TOKYO], agreements=pact))
    assert visit.codes.cameo == ["042", "043"]
    assert warnings == [
        "visits[0].agreements[0]: it stands in a heading or a list of titles, not in a "
        "sentence; no CAMEO 057"
    ]


def test_sentence_at_and_not_signed_cues() -> None:
    """The sentence around a mention, inside its line; "did not sign" is a cue, "signed"
    is not."""
    text = "They signed a port deal. They discussed a rail deal but did not sign it."
    assert sentence_at(text, 14, 23) == "They signed a port deal."
    assert unmet_cue(sentence_at(text, 14, 23), NOT_SIGNED) is None
    assert unmet_cue(sentence_at(text, 42, 51), NOT_SIGNED) == "did not sign"


def test_an_agreement_named_by_an_earlier_year_earns_no_057() -> None:
    """"the 1992 trade treaty" as signed at a visit dated 10 June 2025: no 057 and a
    warning; "the 2025 rice accord" at the same visit: 057."""
    text = (
        "Ruto arrived in Hanoi on 10 June 2025 and met Luong Cuong.\n"
        "The visit comes after the 1992 trade treaty, and the two signed the 2025 rice accord.\n"
    )
    article = Article(id=Article.id_for(text), text=text, language="en", published="2025-06-12")

    def build(mention: str) -> tuple[Any, list[str]]:
        visit = {
            "evidence": text.splitlines(),
            "type": "visit",
            "status": "occurred",
            "summary": "Ruto visited Hanoi and met Luong Cuong.",
            "participants": [{"role": "visitor", "kind": "person", "name": "Ruto"},
                             {"role": "host", "kind": "person", "name": "Luong Cuong"}],
            "date_text": "10 June 2025",
            "agreements": [{"kind": "treaty", "text": mention, "status": "signed"}],
        }  # fmt: skip
        draft = Draft.model_validate({"language": "en", "visits": [visit]})
        (built,), warnings = build_visits(draft, article)
        return built, warnings

    treaty, warnings = build("1992 trade treaty")
    assert treaty.codes.cameo == ["042", "043"]
    assert warnings == [
        "visits[0].agreements[0]: it names 1992, before the visit (2025); no CAMEO 057"
    ]
    accord, warnings = build("2025 rice accord")
    assert accord.codes.cameo == ["042", "043", "057"]
    assert warnings == []
