"""A near-copy's record: the visits of the extracted copy, re-grounded in the copy's own text."""

from __future__ import annotations

from visitx.core.models import AgreementStatus, Article, Codes, Extraction, Meta, Span, Visit
from visitx.grounding.locate import locate
from visitx.record.codes import (
    IN_ARTICLE,
    SIGNED_AGREEMENT,
    Uncodable,
    uncodable_warning,
    why_uncodable,
)

__all__ = ["copy_record"]

_IN_COPY = {
    **IN_ARTICLE,
    Uncodable.PARTICIPANT: "a participant named in the original is not in this copy",
    Uncodable.EVIDENCE: "no evidence sentence of the original is in this copy",
}
"""How a copy's warning words the reason its visit keeps no codes (`uncodable_warning`)."""


def _reground(span: Span, text: str) -> Span:
    found = locate(span.text, text)
    return found if found is not None else Span(text=span.text)


def _visit(
    visit: Visit, text: str, prefix: str, index: int, warnings: list[str]
) -> tuple[Visit, bool]:
    """`visit` with every span located in `text` (not found: `match` None) and a new id,
    and whether every span was found.

    The copy claims no more than its original and its own text hold: it is grounded only
    if the original was (the evidence, summary and participant checks stand) and every
    value is found again; its date is null when the date text is not in the copy; its
    codes go when a participant found in the original is not found here (the one that
    earned them may be that one), and when the copy fails the original's rule
    (`record.codes.why_uncodable`: a participant named here, an evidence sentence found
    here, a summary sentence); CAMEO 057 goes when no signed agreement's mention is found
    here.
    """
    copy = visit.model_copy(deep=True)
    spans: list[Span] = []

    def put(span: Span) -> Span:
        new = _reground(span, text)
        spans.append(new)
        return new

    for person in copy.participants:
        person.name = put(person.name)
        if person.title is not None:
            person.title = put(person.title)
        if person.organization is not None:
            person.organization = put(person.organization)
    if copy.location is not None:
        copy.location.name = put(copy.location.name)
    if copy.date is not None and copy.date.text is not None:
        copy.date.text = put(copy.date.text)
    for agreement in copy.agreements:
        agreement.text = put(agreement.text)
    copy.evidence = [put(span) for span in copy.evidence]
    copy.id = f"{prefix}-{index}"
    found = all(span.grounded for span in spans)
    copy.grounded = visit.grounded and found
    where = f"visits[{index}]"
    if copy.date is not None and copy.date.text is not None and not copy.date.text.grounded:
        warnings.append(f"{where}: the date text {copy.date.text.text[:80]!r} is not in this "
                        "copy, so the visit has no date")
        copy.date = None
    lost = any(o.name.grounded and not c.name.grounded
               for o, c in zip(visit.participants, copy.participants, strict=True))
    if copy.codes != Codes() and (
        reasons := [Uncodable.PARTICIPANT] if lost else why_uncodable(copy, text)
    ):
        # The first reason only: it is enough to say why the copy's codes went.
        warnings.append(uncodable_warning(where, reasons[:1], _IN_COPY))
        copy.codes = Codes()
    signed = [a for a in copy.agreements if a.status == AgreementStatus.SIGNED]
    if SIGNED_AGREEMENT in copy.codes.cameo and not any(a.text.grounded for a in signed):
        warnings.append(f"{where}: the signed agreement's mention is not in this copy; "
                        f"CAMEO {SIGNED_AGREEMENT} left out")
        copy.codes.cameo.remove(SIGNED_AGREEMENT)
    return copy, found


def copy_record(original: Extraction, article: Article) -> Extraction:
    """The record of `article`, a near-copy of `original`'s article, without a model call.

    Every span indexes `article.text`; a value the copy lacks (a dropped last paragraph)
    keeps its text with `match` None, its visit `grounded` False, and a warning says so.
    A visit is grounded only if it was in the original too; a date whose text the copy
    lacks is null, and codes go with a participant or the evidence sentences the copy
    lacks (warnings say so).
    `duplicate_of` names the original's article id.

    Example:
        >>> record = copy_record(extracted, ArticleRecord(id=..., text=copy))  # doctest: +SKIP
        >>> spans = [s for v in record.visits for s in v.evidence]  # doctest: +SKIP
        >>> all(copy[s.start:s.end] == s.text for s in spans)  # doctest: +SKIP
        True
    """
    prefix = article.id.removeprefix("sha256:")[:12]
    warnings = [f"a near-copy of {original.article.id}: its visits were re-grounded here"]
    made = [_visit(v, article.text, prefix, i, warnings) for i, v in enumerate(original.visits)]
    visits = [visit for visit, _ in made]
    missing = sum(not found for _, found in made)
    if missing:
        warnings.append(f"{missing} visit(s) quote text this copy lacks")
    meta = Meta(
        model=original.meta.model,
        prompt_version=original.meta.prompt_version,
        mode=original.meta.mode,
        warnings=warnings,
    )
    return Extraction(article=article, visits=visits, meta=meta, duplicate_of=original.article.id)
