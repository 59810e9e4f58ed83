"""Scoring one article for `visitx eval`: name matching, optimal alignment, counts.

Predicted visits are aligned to gold visits by an optimal assignment (the Hungarian
algorithm, implemented here so that scipy is not needed) on a weighted similarity of
participants, location, date, evidence, type and status. Every metric except visit
detection is then counted on the matched visits only, so a missed visit costs one
detection error and not, again, every field it carries.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, computed_field

from visitx.analysis.assignment import assign
from visitx.analysis.matching import period
from visitx.core.models import Agreement, Participant, Place, Span, Visit

# What the metrics are called in reports, in the order tables show them.
METRICS: dict[str, str] = {
    "visit": "visit detection",
    "type": "type",
    "status": "status",
    "participant": "participants (name)",
    "participant_role": "participant role",
    "participant_country": "participant country",
    "participant_sector": "participant sector",
    "location_country": "location country",
    "location_city": "location city",
    "date_exact": "date exact",
    "date_precision": "date at gold precision",
    "topic": "topics",
    "agreement": "agreements (kind+status)",
    "evidence": "evidence overlap (chars)",
}

# Visit similarity: a weighted mean over the parts that apply to the pair (a part that
# neither visit has, e.g. no date on either side, is left out of the mean).
WEIGHTS: dict[str, float] = {
    "names": 0.35,  # share of participants whose names match (Dice)
    "countries": 0.10,  # overlap of the participants' countries (Dice)
    "location": 0.20,  # location country and city/place name
    "date": 0.15,  # overlap of the [start, end] periods
    "evidence": 0.10,  # character overlap of the evidence spans (Dice)
    "type": 0.05,
    "status": 0.05,
}
MIN_SIMILARITY = 0.4  # pairs below this stay unmatched: one miss and one extra
FUZZY_RATIO = 85  # rapidfuzz.fuzz.ratio at or above which two names match
_DATE_NEAR_DAYS = 30  # non-overlapping periods closer than this get partial credit

_WS = re.compile(r"\s+")


class Counts(BaseModel):
    """True positives, false positives and false negatives, with P/R/F1.

    F1 (and P, R) are 1.0 when all three counts are 0: nothing to find, nothing found.
    """

    model_config = ConfigDict(extra="ignore")

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, empty=self.fn == 0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, empty=self.fp == 0)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total

    @property
    def applies(self) -> bool:
        """Whether there was anything to find or anything found."""
        return self.tp + self.fp + self.fn > 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn


def _ratio(part: int, whole: int, *, empty: bool) -> float:
    if whole:
        return part / whole
    return 1.0 if empty else 0.0


def new_counts() -> dict[str, Counts]:
    """Zero counts for every metric."""
    return {name: Counts() for name in METRICS}


# -- names ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def normalize_name(text: str) -> str:
    """`visitx.grounding.locate.normalize` when available, else casefold and collapse spaces."""
    from visitx.grounding import locate as _grounding

    normalize: Callable[[str], str] | None = getattr(_grounding, "normalize", None)
    if normalize is not None:
        return normalize(text).strip()
    return _WS.sub(" ", text.casefold()).strip()


def names_match(a: str | None, b: str | None) -> bool:
    """Equal after normalization, else `rapidfuzz.fuzz.ratio >= 85`."""
    if not a or not b:
        return False
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(na, nb) >= FUZZY_RATIO


def participants_match(gold: Participant, pred: Participant) -> bool:
    """Whether two participants name the same party (verbatim name or `name_en`, either way)."""
    gold_names = (gold.name.text, gold.name_en)
    pred_names = (pred.name.text, pred.name_en)
    return any(names_match(g, p) for g in gold_names for p in pred_names)


T = TypeVar("T")


def align(
    gold: Sequence[T], pred: Sequence[T], score: Callable[[T, T], float], threshold: float
) -> list[tuple[int, int]]:
    """Optimal (gold index, predicted index) pairs under `score`."""
    return assign([[score(g, p) for p in pred] for g in gold], threshold)


def _participant_score(gold: Participant, pred: Participant) -> float:
    if not participants_match(gold, pred):
        return 0.0
    # Same name is what matters; role and country only break ties between namesakes.
    return 1.0 + 0.1 * (gold.role == pred.role) + 0.1 * (gold.country == pred.country)


def align_participants(
    gold: Sequence[Participant], pred: Sequence[Participant]
) -> list[tuple[int, int]]:
    """Participants paired by name, optimally."""
    return align(gold, pred, _participant_score, 1.0)


def _agreement_score(gold: Agreement, pred: Agreement) -> float:
    if shared_chars(span_intervals([gold.text]), span_intervals([pred.text])):
        base = 2.0
    elif gold.kind == pred.kind:
        base = 1.0
    else:
        return 0.0
    return base + 0.1 * (gold.kind == pred.kind) + 0.1 * (gold.status == pred.status)


def align_agreements(gold: Sequence[Agreement], pred: Sequence[Agreement]) -> list[tuple[int, int]]:
    """Agreements paired by overlapping text spans, else by kind."""
    return align(gold, pred, _agreement_score, 1.0)


# -- visit similarity ----------------------------------------------------------------------


def visit_similarity(gold: Visit, pred: Visit) -> float:
    """How alike two visits are, in [0, 1] (see `WEIGHTS`)."""
    parts: dict[str, float | None] = {
        "names": _names_part(gold.participants, pred.participants),
        "countries": _dice(_countries(gold), _countries(pred)),
        "location": _location_part(gold.location, pred.location),
        "date": _date_part(period(gold), period(pred)),
        "evidence": _evidence_part(gold.evidence, pred.evidence),
        "type": float(gold.type == pred.type),
        "status": float(gold.status == pred.status),
    }
    weight = sum(WEIGHTS[k] for k, v in parts.items() if v is not None)
    total = sum(WEIGHTS[k] * v for k, v in parts.items() if v is not None)
    return total / weight if weight else 0.0


def align_visits(
    gold: Sequence[Visit], pred: Sequence[Visit], threshold: float = MIN_SIMILARITY
) -> list[tuple[int, int, float]]:
    """Matched (gold index, predicted index, similarity), optimal over all pairs."""
    sim = [[visit_similarity(g, p) for p in pred] for g in gold]
    return [(i, j, round(sim[i][j], 4)) for i, j in assign(sim, threshold)]


def _names_part(gold: Sequence[Participant], pred: Sequence[Participant]) -> float | None:
    if not gold and not pred:
        return None
    return 2 * len(align_participants(gold, pred)) / (len(gold) + len(pred))


def _countries(visit: Visit) -> set[str]:
    return {p.country for p in visit.participants if p.country}


def _dice(a: set[str], b: set[str]) -> float | None:
    if not a and not b:
        return None
    return 2 * len(a & b) / (len(a) + len(b))


def place_match(gold: Place, pred: Place) -> bool:
    """Same city, or same place name (verbatim or English)."""
    return (
        names_match(gold.city, pred.city)
        or names_match(gold.name.text, pred.name.text)
        or names_match(gold.name_en, pred.name_en)
    )


def _location_part(gold: Place | None, pred: Place | None) -> float | None:
    if gold is None and pred is None:
        return None
    if gold is None or pred is None:
        return 0.0
    parts = [float(place_match(gold, pred))]
    if gold.country or pred.country:
        parts.append(float(gold.country == pred.country))
    return sum(parts) / len(parts)


def _date_part(
    gold: tuple[dt.date, dt.date] | None, pred: tuple[dt.date, dt.date] | None
) -> float | None:
    if gold is None and pred is None:
        return None
    if gold is None or pred is None:
        return 0.0
    overlap = (min(gold[1], pred[1]) - max(gold[0], pred[0])).days + 1
    if overlap > 0:
        union = (max(gold[1], pred[1]) - min(gold[0], pred[0])).days + 1
        return 0.5 + 0.5 * overlap / union
    gap = 1 - overlap  # days between the periods
    return max(0.0, 0.5 * (1 - gap / _DATE_NEAR_DAYS))


def _evidence_part(gold: Sequence[Span], pred: Sequence[Span]) -> float | None:
    gold_len, pred_len = covered_chars(gold), covered_chars(pred)
    if not gold_len and not pred_len:
        return None
    return 2 * shared_chars(span_intervals(gold), span_intervals(pred)) / (gold_len + pred_len)


# -- character spans -----------------------------------------------------------------------


def span_intervals(spans: Iterable[Span]) -> list[tuple[int, int]]:
    """The located spans as sorted, merged [start, end) intervals."""
    located = sorted(
        (s.start, s.end)
        for s in spans
        if s.start is not None and s.end is not None and s.end > s.start
    )
    merged: list[tuple[int, int]] = []
    for start, end in located:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered_chars(spans: Sequence[Span]) -> int:
    """Characters the spans cover: merged located spans, plus the text of unlocated ones."""
    located = sum(end - start for start, end in span_intervals(spans))
    return located + sum(len(s.text) for s in spans if s.start is None or s.end is None)


def shared_chars(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    total = 0
    for s1, e1 in a:
        for s2, e2 in b:
            total += max(0, min(e1, e2) - max(s1, s2))
    return total
