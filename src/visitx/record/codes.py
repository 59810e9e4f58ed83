"""CAMEO and PLOVER codes, derived from a visit's type, status and agreements.

The mapping is the table of the data model; the model is never asked for codes. A visit
none of whose participants is found in the article, by a name rather than a generic word
("delegation", "the"), gets none: a type and a status alone (a weak model's draft with
no one in it) are not an event. Nor does a visit none of whose evidence is a sentence
found in the article, or whose summary is no sentence: its type and status would rest
on nothing the article says (a real Gemma-3-270M draft: evidence "2", summary "yıl", a
participant copied from the article, coded 036). Nor, given the article, does a visit
none of whose participants is named in its sentences (a name copied from the byline, a
photo credit or the related articles' titles beside a real visit's sentence); nor one
that has the same participant as visitor and host; nor one given as occurred whose
every evidence sentence says it did not take place or is yet to come
(`record.unmet`), nor one given as planned or invited whose every evidence sentence
says it was called off or will not take place; nor one given as a meeting in person
whose evidence reports a call and no visit; nor one of tourists, museum visitors, a team
or a company's engineers with no state actor among its participants (`record.actors`);
nor one whose evidence reports no visit,
meeting, talks or call at all (an oil market report given as a visit); nor one whose
summary is the draft's instructions copied.

`why_uncodable` says which of these rules a visit fails, and `uncodable_warning` words
it; the record's builder and a near-copy's record (`screening.copies`) both word their
warning from them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

from visitx.core.models import AgreementStatus, Codes, Visit, VisitStatus, VisitType
from visitx.record.actors import not_diplomatic
from visitx.record.context import evidence_problem, in_sentences, named_in_paragraphs
from visitx.record.names import is_name_like, visitor_and_host
from visitx.record.sentences import sentence_problem
from visitx.record.sidelines import sidelines_evidence
from visitx.record.sources import is_source, namesake
from visitx.record.unmet import (
    NOT_OCCURRED,
    call_without_visit,
    cancelled_cue,
    engagement_cue,
    unmet_cue,
    unsigned_because,
)
from visitx.record.visitchecks import summary_copy_problem

_OCCURRED: dict[VisitType, tuple[list[str], str]] = {
    # type -> (CAMEO codes, PLOVER mode); the PLOVER event of a meeting is CONSULT.
    VisitType.VISIT: (["042", "043"], "visit"),
    VisitType.THIRD_LOCATION: (["044"], "third-party"),
    VisitType.MULTILATERAL: (["044"], "multilateral"),
    VisitType.REMOTE: (["041"], "phone"),
}

SIGNED_AGREEMENT = "057"


def derive_codes(
    visit: Visit, text: str | None = None, *, reasons: Sequence[Uncodable] | None = None
) -> Codes:
    """The codes for a visit, per the data model's table.

    042/043 are CAMEO's "make a visit" / "host a visit", 044 "meet at a third location",
    041 "discuss by telephone", 036 "express intent to meet or negotiate", and 057
    "sign formal agreement". A visit without a participant located in the article, without
    an evidence sentence located in it, or without a summary sentence gets no codes; 057
    needs a signed agreement whose mention is located in the article (a made-up agreement
    signs nothing). With the article's `text`, an evidence span must also be a whole
    sentence of it (`has_grounded_evidence`), and a signed agreement's mention must stand
    in a sentence that does not say it was not signed (`record.unmet.unsigned_because`).
    `reasons`: `why_uncodable(visit, text)` when the caller has it already.
    """
    if why_uncodable(visit, text) if reasons is None else reasons:
        return Codes()
    signed = any(
        a.status == AgreementStatus.SIGNED
        and a.text.grounded
        and (text is None or unsigned_because(a.text, text, _year(visit)) is None)
        for a in visit.agreements
    )
    return table_codes(visit.type, visit.status, signed=signed)


def table_codes(kind: VisitType, status: VisitStatus, *, signed: bool) -> Codes:
    """The data model's table alone: the codes of a type and status (none when cancelled),
    with 057 when `signed`. Whether the visit may be coded at all is `is_codable`'s
    question, asked of each article's own visit (an event takes the answer of its
    reports, `analysis.events`)."""
    if status == VisitStatus.CANCELLED:
        return Codes()
    if status == VisitStatus.OCCURRED:
        cameo, mode = _OCCURRED[kind]
        codes = Codes(cameo=list(cameo), plover_event="CONSULT", plover_mode=mode)
    else:
        codes = Codes(cameo=["036"], plover_event="AGREE", plover_mode=None)
    if signed:
        codes.cameo.append(SIGNED_AGREEMENT)
    return codes


def is_codable(visit: Visit, text: str | None = None) -> bool:
    """Whether a visit rests on the article: a participant named in it, an evidence
    sentence found in it, and a summary that is a sentence."""
    return not why_uncodable(visit, text)


class Uncodable(StrEnum):
    """A reason a visit gets no codes (a rule of `is_codable` it fails)."""

    PARTICIPANT = "participant"
    """No participant is named in the article (`has_grounded_participant`)."""
    EVIDENCE = "evidence"
    """No evidence sentence is found in the article (`has_grounded_evidence`)."""
    SUMMARY = "summary"
    """The summary is not a sentence (`record.sentences.sentence_problem`), or is the draft's
    instructions copied (`record.visitchecks.summary_copy_problem`)."""
    FURNITURE = "furniture"
    """No participant is named in the article's sentences (`named_in_sentences`)."""
    UNREPORTED = "unreported"
    """No located evidence sentence reports a visit, meeting, talks or a call
    (`record.unmet.engagement_cue`): the sentences are the article's, the engagement is not."""
    ROLES = "roles"
    """The same participant is visitor and host (`visitor_is_host`)."""
    UNMET = "unmet"
    """Occurred, but every evidence sentence says it did not happen or is yet to come
    (`unmet_evidence`)."""
    CANCELLED = "cancelled"
    """Planned or invited, but every evidence sentence says it was called off, postponed
    or will not take place (`cancelled_evidence`)."""
    CALL = "call"
    """Given as a meeting in person, but the evidence reports a telephone or video call
    and no visit (`call_evidence`)."""
    SIDELINES = "sidelines"
    """Given as a visit to a host, but every evidence sentence puts the meeting on a
    summit's sidelines (`record.sidelines.sidelines_evidence`)."""
    NOT_DIPLOMATIC = "not_diplomatic"
    """No participant acts for a state, and the evidence or a name speaks of tourists,
    visitors, a team, a company's engineers or a relative (`record.actors.not_diplomatic`)."""


IN_ARTICLE: Mapping[Uncodable, str] = {
    Uncodable.PARTICIPANT: "no participant is named in the article",
    Uncodable.EVIDENCE: "no evidence sentence was found in the article",
    Uncodable.SUMMARY: "the summary is not a sentence",
    Uncodable.FURNITURE: (
        "no participant is named in the article's sentences, only in its byline, "
        "captions or headings, or as its source or a place's namesake"
    ),
    Uncodable.UNREPORTED: "its evidence reports no visit, meeting, talks or call",
    Uncodable.ROLES: "the same participant is visitor and host",
    Uncodable.UNMET: (
        "the visit is given as occurred, but its evidence says it did not take place or "
        "is yet to come"
    ),
    Uncodable.CANCELLED: (
        "the visit is given as planned or invited, but its evidence says it was called off "
        "or will not take place"
    ),
    Uncodable.CALL: (
        "the visit is given as a meeting in person, but its evidence reports a telephone "
        "or video call"
    ),
    Uncodable.SIDELINES: (
        "the visit is given as a visit to a host, but its evidence puts the meeting on the "
        "sidelines of a summit"
    ),
    Uncodable.NOT_DIPLOMATIC: (
        "no participant acts for a state, and the visit is of tourists, visitors, a team, "
        "a company's staff or a relative"
    ),
}
"""How `uncodable_warning` words each reason for a visit built from its own article."""


def why_uncodable(visit: Visit, text: str | None = None) -> list[Uncodable]:
    """Why a visit gets no codes; empty when it is codable (`is_codable`).

    `Uncodable.PARTICIPANT` comes alone: with no one named in the article the evidence
    and summary are beside the point. Otherwise `FURNITURE` (when `text` is given),
    `EVIDENCE` (or `UNREPORTED`), `ROLES`, `UNMET`, `CANCELLED`, `CALL`, `SIDELINES`,
    `NOT_DIPLOMATIC`
    and `SUMMARY`, in
    that order, for those that hold. `text` is the article (see `has_grounded_evidence`).
    """
    if not has_grounded_participant(visit):
        return [Uncodable.PARTICIPANT]
    reasons = []
    if text is not None and not named_in_sentences(visit, text):
        reasons.append(Uncodable.FURNITURE)
    if not has_grounded_evidence(visit, text):
        reasons.append(Uncodable.EVIDENCE)
    elif not any(engagement_cue(s.text) for s in visit.evidence if s.start is not None):
        reasons.append(Uncodable.UNREPORTED)
    if visitor_is_host(visit):
        reasons.append(Uncodable.ROLES)
    if unmet_evidence(visit) is not None:
        reasons.append(Uncodable.UNMET)
    if cancelled_evidence(visit) is not None:
        reasons.append(Uncodable.CANCELLED)
    if call_evidence(visit) is not None:
        reasons.append(Uncodable.CALL)
    located = (s.text for s in visit.evidence if s.start is not None)
    if sidelines_evidence(visit.type, located) is not None:
        reasons.append(Uncodable.SIDELINES)
    if not_diplomatic(visit) is not None:
        reasons.append(Uncodable.NOT_DIPLOMATIC)
    if sentence_problem(visit.summary) or summary_copy_problem(visit.summary):
        reasons.append(Uncodable.SUMMARY)
    return reasons


def uncodable_warning(
    where: str, reasons: Sequence[Uncodable], wording: Mapping[Uncodable, str] = IN_ARTICLE
) -> str:
    """The warning for a visit that gets no codes, `reasons` worded by `wording` and
    joined by "and": "visits[0]: the summary is not a sentence; no CAMEO/PLOVER codes"."""
    return f"{where}: {' and '.join(wording[r] for r in reasons)}; no CAMEO/PLOVER codes"


def has_grounded_evidence(visit: Visit, text: str | None = None) -> bool:
    """Whether at least one evidence span is located in the article and reads as a
    sentence ("2", "1992" or a date found in the article are no evidence).

    With the article's `text`, the span must also be a whole sentence of it
    (`record.context.evidence_problem`): a heading, a caption or a piece of a sentence
    found in the article is no evidence either.
    """
    return any(
        s.start is not None
        and s.end is not None
        and sentence_problem(s.text) is None
        and (text is None or evidence_problem(text, s.start, s.end) is None)
        for s in visit.evidence
    )


def has_grounded_participant(visit: Visit) -> bool:
    """Whether at least one participant is named in the article by a name-like word.

    The name must be located in the article and hold a word that names someone
    (`is_name_like`): "-" is found beside any dash of the article, and "the",
    "delegation" or "officials" are found in most articles about a visit, but they name
    no one.
    """
    return any(p.name.start is not None and is_name_like(p.name.text) for p in visit.participants)


def named_in_sentences(visit: Visit, text: str) -> bool:
    """Whether a participant named in the article by a name-like word is named (by its
    name, title or organisation) in a line of it that is not page furniture
    (`record.context.in_sentences`), and not only as the article's source (the agency of
    "JAKARTA (Reuters) -", `record.sources.is_source`) or, for a person, a place's
    namesake ("Indira Gandhi International Airport", `record.sources.namesake`)."""
    return any(
        p.name.start is not None
        and is_name_like(p.name.text)
        and not is_source(p.name.text, text)
        and not namesake(p, text)
        and any(
            in_sentences(s.text, text) is not None
            for s in (p.name, p.title, p.organization)
            if s is not None and s.grounded
        )
        for p in visit.participants
    )


def named_in_evidence(visit: Visit, text: str) -> bool:
    """Whether a participant found in the article is named in a paragraph of the visit's
    evidence: by its name, title or organisation, or a name-like word of its name
    (`record.context.named_in_paragraphs`; "the delegation" counts where the evidence
    says "delegation", but takes no part in `is_codable`)."""
    return any(
        p.name.start is not None
        and named_in_paragraphs(
            p.name.text,
            [s.text for s in (p.title, p.organization) if s is not None and s.grounded],
            text,
            visit.evidence,
        )
        for p in visit.participants
    )


def _year(visit: Visit) -> str | None:
    """The start of the visit's date, if it has one (what a signed agreement may not predate)."""
    return None if visit.date is None else visit.date.start


def unmet_evidence(visit: Visit) -> str | None:
    """For a visit given as occurred: the phrase of its first evidence sentence when every
    located one says the visit did not take place or is yet to come
    (`record.unmet.unmet_cue`), else None."""
    if visit.status != VisitStatus.OCCURRED:
        return None
    first = None
    for span in visit.evidence:
        if span.start is None:
            continue
        cue = unmet_cue(span.text, NOT_OCCURRED)
        if cue is None:  # one sentence that does not say so is enough
            return None
        first = first or cue
    return first


def cancelled_evidence(visit: Visit) -> str | None:
    """For a visit given as planned or invited: the phrase of its first evidence sentence
    when every located one says the visit was called off, postponed or will not take
    place (`record.unmet.cancelled_cue`), else None. (A cancelled visit has no codes; a
    draft that gives "has called off a planned trip" as planned would earn 036.)"""
    if visit.status not in (VisitStatus.PLANNED, VisitStatus.INVITED):
        return None
    cues = [cancelled_cue(s.text) for s in visit.evidence if s.start is not None]
    return cues[0] if cues and all(cues) else None


def call_evidence(visit: Visit) -> str | None:
    """For a visit whose type says the sides met in person: the call phrase of its
    located evidence when it reports a telephone or video call and no visit made or to
    come (`record.unmet.call_without_visit`), else None. ("Blinken spoke by phone with
    Wang Yi" and "No visit was announced", given as a visit by a real SmolLM2-135M
    draft.)"""
    if visit.type == VisitType.REMOTE:
        return None
    return call_without_visit(
        (s.text for s in visit.evidence if s.start is not None),
        invited=visit.status == VisitStatus.INVITED,
    )


def visitor_is_host(visit: Visit) -> bool:
    """Whether one name is given both as a visitor and as a host (`visitor_and_host`)."""
    return bool(visitor_and_host((p.role, p.name.text) for p in visit.participants))
