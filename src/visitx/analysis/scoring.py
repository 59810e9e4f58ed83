"""Counting matched visits field by field: the numbers behind every evaluation metric."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from visitx.analysis.align import (
    MIN_SIMILARITY,
    Counts,
    align_agreements,
    align_participants,
    align_visits,
    covered_chars,
    names_match,
    new_counts,
    shared_chars,
    span_intervals,
)
from visitx.core.models import Visit

__all__ = ["score_pair", "score_visits", "slot"]


def slot(counts: Counts, gold: Any, pred: Any, same: bool) -> None:
    """Count one single-valued field: right, wrong (fp + fn), missing (fn) or extra (fp)."""
    if gold is None and pred is None:
        return
    if gold is not None and pred is not None and same:
        counts.add(tp=1)
        return
    counts.add(fp=int(pred is not None), fn=int(gold is not None))


def _truncate(iso: str, precision: str | None) -> str:
    return {"year": iso[:4], "month": iso[:7]}.get(precision or "day", iso[:10])


def score_visits(
    gold: Sequence[Visit], pred: Sequence[Visit], threshold: float = MIN_SIMILARITY
) -> tuple[dict[str, Counts], list[tuple[int, int, float]]]:
    """Every metric's counts for one article, and the visit alignment."""
    counts = new_counts()
    pairs = align_visits(gold, pred, threshold)
    counts["visit"].add(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for i, j, _ in pairs:
        score_pair(counts, gold[i], pred[j])
    return counts, pairs


def score_pair(counts: dict[str, Counts], gold: Visit, pred: Visit) -> None:
    """Add the counts of one matched visit."""
    slot(counts["type"], gold.type, pred.type, gold.type == pred.type)
    slot(counts["status"], gold.status, pred.status, gold.status == pred.status)

    people = align_participants(gold.participants, pred.participants)
    matched = len(people)
    counts["participant"].add(
        tp=matched, fp=len(pred.participants) - matched, fn=len(gold.participants) - matched
    )
    for i, j in people:
        g, p = gold.participants[i], pred.participants[j]
        slot(counts["participant_role"], g.role, p.role, g.role == p.role)
        slot(counts["participant_country"], g.country, p.country, g.country == p.country)
        slot(counts["participant_sector"], g.sector, p.sector, g.sector == p.sector)

    gc = gold.location.country if gold.location else None
    pc = pred.location.country if pred.location else None
    slot(counts["location_country"], gc, pc, gc == pc)
    gcity = gold.location.city if gold.location else None
    pcity = pred.location.city if pred.location else None
    slot(counts["location_city"], gcity, pcity, names_match(gcity, pcity))

    _score_date(counts, gold, pred)

    gold_topics, pred_topics = set(gold.topics), set(pred.topics)
    counts["topic"].add(
        tp=len(gold_topics & pred_topics),
        fp=len(pred_topics - gold_topics),
        fn=len(gold_topics - pred_topics),
    )

    deals = align_agreements(gold.agreements, pred.agreements)
    right = sum(
        1
        for i, j in deals
        if gold.agreements[i].kind == pred.agreements[j].kind
        and gold.agreements[i].status == pred.agreements[j].status
    )
    counts["agreement"].add(
        tp=right,
        fp=len(pred.agreements) - right,
        fn=len(gold.agreements) - right,
    )

    overlap = shared_chars(span_intervals(gold.evidence), span_intervals(pred.evidence))
    counts["evidence"].add(
        tp=overlap,
        fp=covered_chars(pred.evidence) - overlap,
        fn=covered_chars(gold.evidence) - overlap,
    )


def _score_date(counts: dict[str, Counts], gold: Visit, pred: Visit) -> None:
    g = (
        (gold.date.start, gold.date.end or gold.date.start)
        if gold.date and gold.date.start
        else None
    )
    p = (
        (pred.date.start, pred.date.end or pred.date.start)
        if pred.date and pred.date.start
        else None
    )
    slot(counts["date_exact"], g, p, g == p)
    precision = gold.date.precision if gold.date else None
    same = (
        g is not None
        and p is not None
        and all(
            _truncate(a, precision) == _truncate(b, precision) for a, b in zip(g, p, strict=True)
        )
    )
    slot(counts["date_precision"], g, p, same)
