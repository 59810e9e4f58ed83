"""`record.codes.why_uncodable` and `uncodable_warning`: the reasons a visit gets no codes."""

from __future__ import annotations

from visitx.core.models import Participant, Span, Visit
from visitx.record.codes import Uncodable, is_codable, uncodable_warning, why_uncodable

SAID = "Ali Veli received the delegation."


def _visit(*, name: str = "Ali Veli", evidence: str = SAID, summary: str = SAID) -> Visit:
    """A visit whose participant and evidence are located at the start of the article."""
    host = Participant(
        role="host", kind="person", name=Span(text=name, start=0, end=len(name), match="exact")
    )
    return Visit(
        id="x-0",
        type="visit",
        status="occurred",
        summary=summary,
        participants=[host],
        evidence=[Span(text=evidence, start=0, end=len(evidence), match="exact")],
    )


def test_codable_visit_has_no_reason() -> None:
    """A named participant, an evidence sentence and a summary sentence: no reason."""
    assert why_uncodable(_visit()) == []
    assert is_codable(_visit())


def test_generic_participant_is_the_only_reason() -> None:
    """No one named ("delegation"): the participant reason alone, though evidence and
    summary fail too."""
    assert why_uncodable(_visit(name="delegation", evidence="2", summary="yıl")) == [
        Uncodable.PARTICIPANT
    ]


def test_evidence_and_summary_reasons_in_order() -> None:
    """Evidence "2" and summary "yıl" with a participant named: both, evidence first."""
    reasons = why_uncodable(_visit(evidence="2", summary="yıl"))
    assert reasons == [Uncodable.EVIDENCE, Uncodable.SUMMARY]


def test_warning_joins_reasons_in_article_words() -> None:
    """The default wording is the builder's, reasons joined by "and"."""
    warning = uncodable_warning("visits[2]", [Uncodable.EVIDENCE, Uncodable.SUMMARY])
    assert warning == (
        "visits[2]: no evidence sentence was found in the article and the summary is not "
        "a sentence; no CAMEO/PLOVER codes"
    )


def test_warning_takes_other_wording() -> None:
    """A caller's wording replaces the default one."""
    warning = uncodable_warning("visits[0]", [Uncodable.PARTICIPANT], {Uncodable.PARTICIPANT: "x"})
    assert warning == "visits[0]: x; no CAMEO/PLOVER codes"
