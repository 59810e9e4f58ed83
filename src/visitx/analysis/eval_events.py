"""Scoring `visitx.events` against gold clusters: pairwise precision and recall.

A gold clusters file (JSON) names each visit `<article source id>#<visit index>`:

    {"clusters": {"E1": ["c01#0", "c02#0"], "E2": ["c04#0"]},
     "links": [["c04#0", "c01#0"]]}

Every pair of visits in one gold cluster should be in one predicted event (recall);
every pair in one predicted event should be in one gold cluster (precision). Visits not
named in the gold file are left out of both. `links` are planned → occurred pairs; a
link counts as found when the planned visit's event points (`occurred`) to the event
holding the occurred visit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from visitx.analysis.align import Counts
from visitx.analysis.events import Event
from visitx.core.errors import InputError
from visitx.core.models import Extraction

__all__ = ["GoldClusters", "load_clusters", "score_events", "visit_label"]


class GoldClusters(BaseModel):
    """Gold events as lists of visit labels, and planned → occurred links."""

    model_config = ConfigDict(extra="forbid")

    clusters: dict[str, list[str]]
    links: list[tuple[str, str]] = Field(default_factory=list)


def load_clusters(path: str | Path) -> GoldClusters:
    """Read a gold clusters JSON file (see the module docstring for its shape)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        return GoldClusters.model_validate(json.loads(text))
    except (ValueError, ValidationError) as exc:
        raise InputError(
            f"{path} is not a clusters file: expected "
            '{"clusters": {"E1": ["<source id>#<visit index>", ...]}, "links": [...]} '
            f"({str(exc).splitlines()[0]})."
        ) from exc


def visit_label(record: Extraction, index: int) -> str:
    """The label of a record's visit: `<source id or article id>#<index>`."""
    return f"{record.article.source_id or record.article.id}#{index}"


def _pairs(groups: Iterable[Iterable[str]], keep: set[str]) -> set[frozenset[str]]:
    return {
        frozenset(pair)
        for group in groups
        for pair in combinations(sorted({x for x in group if x in keep}), 2)
    }


def score_events(
    found: Iterable[Event], gold: GoldClusters, records: Iterable[Extraction]
) -> tuple[Counts, Counts]:
    """Pairwise counts of the events against the gold clusters, and counts of the links.

    Args:
        found: the events, e.g. `events(records)`.
        gold: the gold clusters.
        records: the records the events were built from (to label their visits).

    Returns:
        (pairwise counts, link counts); each has `precision`, `recall` and `f1`.
    """
    labels = {
        visit.id: visit_label(record, i)
        for record in records
        for i, visit in enumerate(record.visits)
    }
    keep = {x for members in gold.clusters.values() for x in members}
    found = list(found)
    predicted_groups = [[labels.get(m.visit_id, "") for m in ev.mentions] for ev in found]
    predicted = _pairs(predicted_groups, keep)
    expected = _pairs(gold.clusters.values(), keep)
    pairs = Counts(
        tp=len(predicted & expected), fp=len(predicted - expected), fn=len(expected - predicted)
    )
    return pairs, _link_counts(found, predicted_groups, keep, gold)


def _link_counts(
    found: list[Event], predicted_groups: list[list[str]], keep: set[str], gold: GoldClusters
) -> Counts:
    """Counts of the planned-to-occurred links: right, wrong (per planned visit), missed."""
    event_of = {
        label: ev for ev, group in zip(found, predicted_groups, strict=True) for label in group
    }
    predicted_links: set[tuple[str, str]] = set()
    for ev, group in zip(found, predicted_groups, strict=True):
        if ev.occurred is None:
            continue
        for planned in group:
            for label, target in event_of.items():
                if target.id == ev.occurred and label in keep:
                    predicted_links.add((planned, label))
    # A link is right when the planned visit points at the event of its occurred visit.
    gold_links = {(a, b) for a, b in gold.links}
    hit = {
        (a, b)
        for a, b in gold_links
        if a in event_of
        and event_of[a].occurred is not None
        and b in event_of
        and event_of[a].occurred == event_of[b].id
    }
    wrong = {
        (a, b)
        for a, b in predicted_links
        if not any(a == ga and event_of.get(gb) is event_of.get(b) for ga, gb in gold_links)
    }
    wrong_planned = {a for a, _ in wrong}
    return Counts(tp=len(hit), fp=len(wrong_planned), fn=len(gold_links) - len(hit))
