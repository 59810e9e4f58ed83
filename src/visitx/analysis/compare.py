"""`compare()`: what changed from one evaluation report to another (`visitx eval --compare`)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError

from visitx.analysis.align import METRICS
from visitx.analysis.evaluate import EvalReport, ReportModel, first_error
from visitx.core.errors import InputError

__all__ = ["MetricChange", "ReportDiff", "compare", "load_report"]


class MetricChange(ReportModel):
    """One number in two reports."""

    scope: str  # "micro", "macro", "language:tr", "article:<id>"
    metric: str
    measure: str  # "f1", "precision", "recall", "score"
    a: float | None
    b: float | None

    @property
    def delta(self) -> float | None:
        return None if self.a is None or self.b is None else round(self.b - self.a, 6)

    @property
    def changed(self) -> bool:
        return self.a != self.b and (self.delta is None or abs(self.delta) > 1e-9)


class ReportDiff(ReportModel):
    """Every compared number of two reports (`a` → `b`); `changed()` keeps those that moved."""

    changes: list[MetricChange] = Field(default_factory=list)

    def changed(self) -> list[MetricChange]:
        return [c for c in self.changes if c.changed]


def compare(a: EvalReport, b: EvalReport) -> ReportDiff:
    """Per-metric differences from report `a` to report `b`."""
    diff = ReportDiff()
    add = diff.changes.append
    for metric in METRICS:
        for measure in ("f1", "precision", "recall"):
            add(
                MetricChange(
                    scope="micro",
                    metric=metric,
                    measure=measure,
                    a=getattr(a.micro[metric], measure) if metric in a.micro else None,
                    b=getattr(b.micro[metric], measure) if metric in b.micro else None,
                )
            )
        add(
            MetricChange(
                scope="macro",
                metric=metric,
                measure="f1",
                a=a.macro.get(metric),
                b=b.macro.get(metric),
            )
        )
    for language in sorted(set(a.by_language) | set(b.by_language)):
        for metric in ("visit", "participant"):
            add(
                MetricChange(
                    scope=f"language:{language}",
                    metric=metric,
                    measure="f1",
                    a=_language_f1(a, language, metric),
                    b=_language_f1(b, language, metric),
                )
            )
    a_articles = {s.id: s.score for s in a.per_article}
    b_articles = {s.id: s.score for s in b.per_article}
    for ident in sorted(set(a_articles) | set(b_articles)):
        add(
            MetricChange(
                scope=f"article:{ident}",
                metric="visit+participant",
                measure="score",
                a=a_articles.get(ident),
                b=b_articles.get(ident),
            )
        )
    return diff


def _language_f1(report: EvalReport, language: str, metric: str) -> float | None:
    group = report.by_language.get(language)
    return None if group is None else group.micro[metric].f1


def load_report(path: str | Path) -> EvalReport:
    """An `EvalReport` written with `--json` (or `model_dump_json()`)."""
    path = Path(path)
    try:
        return EvalReport.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except ValidationError as exc:
        raise InputError(f"{path} is not a visitx eval report: {first_error(exc)}") from exc
