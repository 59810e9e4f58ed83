"""`evaluate()`: score predicted records against gold records; `visitx eval` on the CLI.

    >>> report = evaluate("examples/articles/gold.jsonl", "predictions.jsonl")  # doctest: +SKIP
    >>> report.micro["visit"].f1  # doctest: +SKIP

Articles are paired by `article.id` (the sha256 of the text). Within an article, predicted
visits are aligned to gold visits by an optimal assignment on a similarity of participants,
location, date and evidence (see `_eval_align`); pairs below `MIN_SIMILARITY` stay
unmatched. Visit detection counts every visit; all other metrics are counted on matched
visits (participants, roles, countries, dates, topics, agreements, evidence). F1 is 1.0
when there was nothing to find and nothing was found.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from visitx.analysis.align import METRICS, MIN_SIMILARITY, WEIGHTS, Counts, new_counts
from visitx.analysis.scoring import score_visits
from visitx.core.errors import InputError
from visitx.core.models import ErrorInfo, Extraction

if TYPE_CHECKING:
    from typing import TextIO

__all__ = [
    "METRICS",
    "ArticleScore",
    "Counts",
    "EvalReport",
    "LanguageScore",
    "ReportModel",
    "evaluate",
    "first_error",
    "load_records",
    "load_results",
]

Records = str | Path | Iterable[Extraction]


class ReportModel(BaseModel):
    """The base of the report types: read back for --compare, extra keys ignored."""

    # Reports are read back for --compare; computed fields (P/R/F1) in the JSON are ignored.
    model_config = ConfigDict(extra="ignore")


class ArticleScore(ReportModel):
    """How one gold article fared."""

    id: str
    language: str | None = None
    status: Literal["ok", "missing", "error"] = "ok"
    error: ErrorInfo | None = None
    gold_visits: int = 0
    predicted_visits: int = 0
    pairs: list[tuple[int, int, float]] = Field(
        default_factory=list, description="(gold visit, predicted visit, similarity)"
    )
    counts: dict[str, Counts] = Field(default_factory=new_counts)
    reason: str = ""
    label: str | None = Field(
        default=None, description="source_id, title, url or the start of the text"
    )

    @property
    def score(self) -> float:
        """Visit F1 plus participant F1 (0 to 2): what `worst` ranks by.

        An article with no prediction, or a failed one, is a miss: 0. Where no participant
        was counted (no visit matched), the visit F1 stands in for the participant F1, so
        nothing found never scores as half right.
        """
        if self.status != "ok":
            return 0.0
        visit, participant = self.counts["visit"], self.counts["participant"]
        return visit.f1 + (participant.f1 if participant.applies else visit.f1)


class LanguageScore(ReportModel):
    articles: int = 0
    micro: dict[str, Counts] = Field(default_factory=new_counts)


class EvalReport(ReportModel):
    """Scores of predicted records against gold: micro, macro, per language, worst articles."""

    articles: int = 0
    gold_visits: int = 0
    predicted_visits: int = 0
    threshold: float = MIN_SIMILARITY
    weights: dict[str, float] = Field(default_factory=lambda: dict(WEIGHTS))
    micro: dict[str, Counts] = Field(default_factory=new_counts)
    macro: dict[str, float] = Field(default_factory=dict)
    macro_articles: dict[str, int] = Field(
        default_factory=dict, description="articles each macro average is over"
    )
    by_language: dict[str, LanguageScore] = Field(default_factory=dict)
    worst: list[ArticleScore] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list, description="gold articles not predicted")
    errors: list[ArticleScore] = Field(default_factory=list, description="predicted with error")
    unknown: list[str] = Field(default_factory=list, description="predicted, not in gold")
    notes: list[str] = Field(default_factory=list)
    per_article: list[ArticleScore] = Field(default_factory=list)

    def to_text(self) -> str:
        """The report as plain text: the head line, then one line per metric and language.

        `visitx eval` prints the same numbers as tables.
        """

        def num(value: float | None, applies: bool = True) -> str:
            return "   n/a" if value is None or not applies else f"{value:6.3f}"

        lines = [
            f"{self.articles} article(s), {self.gold_visits} gold visit(s), "
            f"{self.predicted_visits} predicted (similarity >= {self.threshold:g})",
            f"{'metric':<28} {'tp':>5} {'fp':>5} {'fn':>5}      P      R     F1",
        ]
        for metric, label in METRICS.items():
            c = self.micro[metric]
            lines.append(
                f"{label:<28} {c.tp:>5} {c.fp:>5} {c.fn:>5} "
                f"{num(c.precision, c.applies)} {num(c.recall, c.applies)} {num(c.f1, c.applies)}"
            )
        for language, group in self.by_language.items():
            v = group.micro["visit"]
            lines.append(
                f"language {language}: {group.articles} article(s), "
                f"visit F1 {num(v.f1, v.applies).strip()}"
            )
        lines += [f"worst: {s.id[:19]} {s.score:.2f} {s.reason}" for s in self.worst]
        lines += self.notes
        return "\n".join(lines)

    def show(self, file: TextIO | None = None) -> None:
        """Print `to_text()` (to stdout by default)."""
        print(self.to_text(), file=file)


# -- loading -------------------------------------------------------------------------------


def load_records(source: Records) -> list[Extraction]:
    """Records from a JSONL file (one `Extraction` per line), a JSON list, or an iterable."""
    if not isinstance(source, str | Path):
        return list(source)
    path = Path(source)
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).removeprefix(b"\xef\xbb\xbf").lstrip()
        text = path.read_text(encoding="utf-8-sig") if head.startswith(b"[") else ""
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except UnicodeDecodeError as exc:
        raise InputError(
            f"Cannot read {path}: not UTF-8 text (byte {exc.start}: {exc.reason}). Give a "
            "JSONL file of visitx records, as `visitx extract -o` writes."
        ) from exc
    if text:
        try:
            items: list[Any] = json.loads(text)
            return [Extraction.model_validate(item) for item in items]
        except (ValueError, ValidationError) as exc:
            raise InputError(
                f"{path} is not a JSON list of visitx records: {first_error(exc)}"
            ) from exc
    from visitx.io.files import read_results

    return list(read_results(path))


def load_results(source: Records) -> list[Extraction]:
    """Predicted records: an iterable, or a results JSONL file read as `read_results` reads it.

    The same reader as `visitx events`/`export`/`report`: the latest record per article
    counts, and a JSON array is refused with the way to make it JSONL.
    """
    if not isinstance(source, str | Path):
        return list(source)
    from visitx.io.files import read_results

    return list(read_results(source))


def first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"])
        return f"{where}: {err['msg']}" if where else str(err["msg"])
    return str(exc).splitlines()[0]


# -- evaluation ----------------------------------------------------------------------------


def evaluate(
    gold: Records,
    predicted: Records,
    *,
    threshold: float = MIN_SIMILARITY,
    worst: int = 5,
) -> EvalReport:
    """Score `predicted` records against `gold` ones.

    Args:
        gold: gold records, or the path of a JSONL file of them.
        predicted: predicted records (or the path of a results JSONL file); paired with
            gold by `article.id`. A gold article with no prediction, or a prediction with
            `error` set, counts as a prediction with no visits (listed in `missing` / `errors`).
        threshold: minimum visit similarity for a predicted visit to match a gold one.
        worst: how many of the lowest-scoring articles to list.

    Returns:
        An `EvalReport`: counts and P/R/F1 per metric (micro: summed counts; macro: mean
        of per-article F1 over the articles a metric applies to), per gold language, and
        the worst articles with a one-line reason.
    """
    gold_records = load_records(gold)
    report = EvalReport(threshold=threshold)
    by_id: dict[str, Extraction] = {}
    for record in load_results(predicted):
        if record.article.id in by_id:
            report.notes.append(f"{record.article.id}: predicted twice; the first is scored")
            continue
        by_id[record.article.id] = record
    seen: set[str] = set()
    for record in gold_records:
        ident = record.article.id
        if ident in seen:
            raise InputError(f"Gold has the article {ident} twice; keep one record per article.")
        seen.add(ident)
        score = _score_article(record, by_id.get(ident))
        report.per_article.append(score)
        if score.status == "missing":
            report.missing.append(ident)
        elif score.status == "error":
            report.errors.append(score)
    report.unknown = sorted(set(by_id) - seen)
    _summarize(report, worst)
    return report


def _score_article(gold: Extraction, pred: Extraction | None) -> ArticleScore:
    article = gold.article
    score = ArticleScore(
        id=article.id,
        language=article.language,
        gold_visits=len(gold.visits),
        label=article.source_id or article.title or article.url or _start(article.text),
    )
    if pred is None:
        score.status = "missing"
    elif pred.error is not None:
        score.status, score.error = "error", pred.error
    visits = pred.visits if pred is not None and pred.error is None else []
    score.predicted_visits = len(visits)
    score.counts, score.pairs = score_visits(gold.visits, visits)
    score.reason = _reason(score)
    return score


def _start(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _reason(score: ArticleScore) -> str:
    c = score.counts
    parts = []
    if score.status == "missing":
        parts.append("no prediction")
    elif score.error is not None:
        parts.append(f"error: {score.error.type}")
    for metric, noun in (("visit", "visit"), ("participant", "participant")):
        if c[metric].fn:
            parts.append(f"{c[metric].fn} missed {noun}{'s' * (c[metric].fn > 1)}")
        if c[metric].fp:
            parts.append(f"{c[metric].fp} extra {noun}{'s' * (c[metric].fp > 1)}")
    wrong = [
        METRICS[m]
        for m in METRICS
        if m not in ("visit", "participant", "evidence") and (c[m].fp or c[m].fn)
    ]
    if wrong:
        parts.append("wrong " + ", ".join(wrong))
    return "; ".join(parts) or "all right"


def _summarize(report: EvalReport, worst: int) -> None:
    scores = report.per_article
    report.articles = len(scores)
    report.gold_visits = sum(s.gold_visits for s in scores)
    report.predicted_visits = sum(s.predicted_visits for s in scores)
    report.micro = _sum(s.counts for s in scores)
    for metric in METRICS:
        # Every article counts for visit detection (finding nothing where there is nothing
        # is a success, but an article with no prediction or an error is a miss); other
        # metrics average over the articles where they apply.
        f1s = [
            _macro_f1(s, metric) for s in scores if metric == "visit" or s.counts[metric].applies
        ]
        report.macro[metric] = sum(f1s) / len(f1s) if f1s else 1.0
        report.macro_articles[metric] = len(f1s)
    languages = sorted({s.language or "?" for s in scores})
    for language in languages:
        group = [s for s in scores if (s.language or "?") == language]
        report.by_language[language] = LanguageScore(
            articles=len(group), micro=_sum(s.counts for s in group)
        )
    ranked = sorted(
        (s for s in scores if s.score < 2.0),
        key=lambda s: (s.score, -_errors(s), s.id),
    )
    report.worst = ranked[:worst]


def _macro_f1(score: ArticleScore, metric: str) -> float:
    """An article's F1 for the macro average; one with no prediction or failed is a miss."""
    if metric == "visit" and score.status != "ok":
        return 0.0
    return score.counts[metric].f1


def _sum(groups: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    total = new_counts()
    for counts in groups:
        for metric, c in counts.items():
            total[metric] = total[metric] + c
    return total


def _errors(score: ArticleScore) -> int:
    c = score.counts
    return c["visit"].fp + c["visit"].fn + c["participant"].fp + c["participant"].fn
