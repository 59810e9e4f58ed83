"""A near-copy's record: the visits of the extracted copy, re-grounded in the copy's own text."""

from __future__ import annotations

from visitx.core.models import Article, Extraction, Meta, Span, Visit
from visitx.grounding.locate import locate

__all__ = ["copy_record"]


def _reground(span: Span, text: str) -> Span:
    found = locate(span.text, text)
    return found if found is not None else Span(text=span.text)


def _visit(visit: Visit, text: str, prefix: str, index: int) -> Visit:
    """`visit` with every span located in `text` (not found: `match` None) and a new id."""
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
    copy.grounded = all(span.grounded for span in spans)
    return copy


def copy_record(original: Extraction, article: Article) -> Extraction:
    """The record of `article`, a near-copy of `original`'s article, without a model call.

    Every span indexes `article.text`; a value the copy lacks (a dropped last paragraph)
    keeps its text with `match` None, its visit `grounded` False, and a warning says so.
    `duplicate_of` names the original's article id.

    Example:
        >>> record = copy_record(extracted, ArticleRecord(id=..., text=copy))  # doctest: +SKIP
        >>> spans = [s for v in record.visits for s in v.evidence]  # doctest: +SKIP
        >>> all(copy[s.start:s.end] == s.text for s in spans)  # doctest: +SKIP
        True
    """
    prefix = article.id.removeprefix("sha256:")[:12]
    visits = [_visit(v, article.text, prefix, i) for i, v in enumerate(original.visits)]
    warnings = [f"a near-copy of {original.article.id}: its visits were re-grounded here"]
    missing = sum(not v.grounded for v in visits)
    if missing:
        warnings.append(f"{missing} visit(s) quote text this copy lacks")
    meta = Meta(
        model=original.meta.model,
        prompt_version=original.meta.prompt_version,
        mode=original.meta.mode,
        warnings=warnings,
    )
    return Extraction(article=article, visits=visits, meta=meta, duplicate_of=original.article.id)
