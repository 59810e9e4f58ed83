"""`visitx eval` and the rich tables of eval reports.

The main CLI registers the command with `main.add_command(eval_command)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from visitx.analysis.align import METRICS, Counts
from visitx.analysis.compare import ReportDiff, compare, load_report
from visitx.analysis.evaluate import EvalReport, evaluate, load_records, load_results
from visitx.cli.edge import edge, stdout_console
from visitx.cli.limits import given, limit_options
from visitx.core.errors import ConfigurationError, InputError

if TYPE_CHECKING:
    from rich.console import Group
    from rich.table import Table

    from visitx.core.models import Extraction
    from visitx.core.settings import Settings


def predict(gold: Iterable[Extraction], settings: Settings) -> list[Extraction]:
    """Extract every gold article's text again with `visitx.extract_many`.

    A failed article comes back as a record with `error` set (scored as empty). A
    `ConfigurationError` (no key, bad settings) is the same for every article, so it is
    raised instead.
    """
    from visitx.batch.engine import extract_many

    inputs = [
        {
            "text": record.article.text,
            "url": record.article.url,
            "title": record.article.title,
            "published": record.article.published,
            "language": record.article.language,
            "id": record.article.source_id or record.article.id,
        }
        for record in gold
    ]
    results: list[Extraction] = extract_many(inputs, settings=settings)
    for result in results:
        if result.error is not None and result.error.type == ConfigurationError.__name__:
            raise ConfigurationError(result.error.message)
    return results


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _ratio(counts: Counts, value: float) -> str:
    """A precision, recall or F1; n/a where nothing was to be found and nothing was found."""
    return _num(value) if counts.applies else "n/a"


def _short(ident: str) -> str:
    return ident.removeprefix("sha256:")[:12]


def report_view(report: EvalReport) -> Group:
    """The report's tables: metrics, languages, worst articles, then errors and notes."""
    from rich.console import Group
    from rich.text import Text

    head = (
        f"{report.articles} article(s), {report.gold_visits} gold visit(s), "
        f"{report.predicted_visits} predicted; visits matched at similarity >= "
        f"{report.threshold:g}. Metrics other than visit detection count matched visits."
    )
    parts: list[object] = [Text(head), _metrics_table(report), _language_table(report)]
    if report.worst:
        parts.append(_worst_table(report))
    for score in report.errors:
        if score.error is not None:
            line = Text("error ", style="red")
            line.append(
                f"{_short(score.id)} ({score.language or '?'}): "
                f"{score.error.type}: {score.error.message[:200]}"
            )
            parts.append(line)
    if report.missing:
        parts.append(
            Text(f"{len(report.missing)} gold article(s) have no prediction (scored as empty).")
        )
    if report.unknown:
        parts.append(Text(f"{len(report.unknown)} predicted article(s) are not in gold (ignored)."))
    parts += [Text(note) for note in report.notes]
    return Group(*parts)  # type: ignore[arg-type]


def _metrics_table(report: EvalReport) -> Table:
    from rich.table import Table

    table = Table(
        title="Metrics (micro: summed counts; macro: mean per-article F1; "
        "n/a: nothing to find and nothing found)"
    )
    table.add_column("metric")
    for column in ("tp", "fp", "fn", "precision", "recall", "F1", "macro F1", "n"):
        table.add_column(column, justify="right")
    for metric, label in METRICS.items():
        c = report.micro[metric]
        table.add_row(
            label,
            str(c.tp),
            str(c.fp),
            str(c.fn),
            _ratio(c, c.precision),
            _ratio(c, c.recall),
            f"[bold]{_ratio(c, c.f1)}[/bold]",
            _ratio(c, report.macro.get(metric, 1.0))
            if report.macro_articles.get(metric)
            else "n/a",
            str(report.macro_articles.get(metric, "")),
        )
    return table


_LANGUAGE_COLUMNS = {
    "visit": "visit F1",
    "participant": "participant F1",
    "participant_country": "country F1",
    "type": "type F1",
    "date_precision": "date F1",
}


def _language_table(report: EvalReport) -> Table:
    from rich.table import Table

    table = Table(title="Per language (micro F1)")
    table.add_column("language")
    table.add_column("articles", justify="right")
    for label in _LANGUAGE_COLUMNS.values():
        table.add_column(label, justify="right")
    for language, group in report.by_language.items():
        table.add_row(
            language,
            str(group.articles),
            *(_ratio(group.micro[m], group.micro[m].f1) for m in _LANGUAGE_COLUMNS),
        )
    return table


def _worst_table(report: EvalReport) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Worst articles (visit F1 + participant F1)")
    table.add_column("article", max_width=44, overflow="ellipsis")
    table.add_column("lang")
    table.add_column("score", justify="right")
    table.add_column("why", overflow="fold")
    for score in report.worst:
        label = _short(score.id) + (f"\n{score.label}" if score.label else "")
        table.add_row(
            Text(label), Text(score.language or "?"), f"{score.score:.2f}", Text(score.reason)
        )
    return table


def diff_view(diff: ReportDiff) -> Group:
    """What changed from report A to report B."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    changed = diff.changed()
    if not changed:
        return Group(Text("No differences between the two reports."))
    table = Table(title="Changes from A to B")
    for column in ("scope", "metric", "measure", "A", "B", "Δ"):
        table.add_column(column, justify="right" if column in "ABΔ" else "left")
    for change in changed:
        delta = change.delta
        if delta is None:
            shown = "new" if change.a is None else "gone"
        else:
            colour = "green" if delta > 0 else "red"
            shown = f"[{colour}]{delta:+.3f}[/{colour}]"
        scope = change.scope
        if scope.startswith("article:"):
            scope = "article " + _short(scope.removeprefix("article:"))
        table.add_row(
            scope,
            METRICS.get(change.metric, change.metric),
            change.measure,
            _num(change.a),
            _num(change.b),
            shown,
        )
    unchanged = len(diff.changes) - len(changed)
    return Group(table, Text(f"{len(changed)} number(s) changed, {unchanged} unchanged."))


def screen_line(gold: list[Extraction]) -> str:
    """The offline screen's recall on the gold articles that report a visit."""
    from visitx.screening.cues import screen

    def kept(record: Extraction) -> bool:
        article = record.article
        return screen(article.text, title=article.title, language=article.language).relevant

    positives = [kept(r) for r in gold if r.visits]
    negatives = [not kept(r) for r in gold if not r.visits]
    recall = f"{sum(positives) / len(positives):.1%}" if positives else "n/a"
    return (
        f"Screen: kept {sum(positives)}/{len(positives)} gold article(s) that report a visit "
        f"(recall {recall}); ruled out {sum(negatives)}/{len(negatives)} without one."
    )


def events_view(path: Path, predicted: list[Extraction]) -> Table:
    """Pairwise precision/recall of `visitx events` on `predicted` against gold clusters."""
    from rich.table import Table

    from visitx.analysis.eval_events import load_clusters, score_events
    from visitx.analysis.events import events

    gold = load_clusters(path)
    pairs, links = score_events(events(predicted), gold, predicted)
    table = Table(title=f"Events against {path.name}")
    for column in ("metric", "tp", "fp", "fn", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "metric" else "right")
    for name, c in (("same-event pairs", pairs), ("planned → occurred links", links)):
        table.add_row(
            name, str(c.tp), str(c.fp), str(c.fn),
            _ratio(c, c.precision), _ratio(c, c.recall), _ratio(c, c.f1),
        )  # fmt: skip
    return table


@click.command("eval", short_help="Score extractions against gold records.")
@click.argument("gold", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.argument("pred", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--model", help="Model to extract with when PRED is not given (VISITX_MODEL).")
@click.option("--base-url", help="OpenAI-compatible endpoint when PRED is not given.")
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the report as JSON here.",
)
@click.option(
    "--compare",
    "reports",
    nargs=2,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Compare two reports written with --json (A then B); no GOLD needed.",
)
@click.option("--worst", default=5, show_default=True, help="How many worst articles to list.")
@click.option(
    "--clusters",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Gold events (JSON) to score `visitx events` on the predictions against: "
    "pairwise precision/recall and planned-to-occurred links.",
)
@limit_options
@edge
def eval_command(
    *,
    gold: Path | None,
    pred: Path | None,
    model: str | None,
    base_url: str | None,
    json_out: Path | None,
    reports: tuple[Path, Path] | None,
    worst: int,
    clusters: Path | None = None,
    **limits: Any,
) -> None:
    """Score extractions against gold records (e.g. examples/articles/gold.jsonl).

    With PRED (a JSONL file of records), score those. Without it, extract every gold
    article with the configured provider (VISITX_MODEL / VISITX_BASE_URL / VISITX_API_KEY,
    or --model / --base-url) and score the result. `--compare A.json B.json` shows what
    changed between two reports written with --json.
    """
    console = stdout_console()
    if reports:
        if gold or pred:
            raise click.UsageError("--compare takes two report files; leave out GOLD and PRED.")
        diff = compare(load_report(reports[0]), load_report(reports[1]))
        console.print(diff_view(diff))
        return
    if gold is None:
        raise click.UsageError("Give GOLD (a JSONL file of gold records), or --compare A B.")
    gold_records = load_records(gold)
    if pred is not None:
        if model or base_url or given(limits):
            raise click.UsageError(
                "--model, --base-url, --timeout, --max-tokens and --max-reasks apply only "
                "when PRED is not given."
            )
        predicted = load_results(pred)
    else:
        from visitx.core.settings import Settings

        settings = Settings.from_env(model=model, base_url=base_url, **given(limits))
        click.echo(
            f"Extracting {len(gold_records)} gold article(s) with {settings.model}.", err=True
        )
        predicted = predict(gold_records, settings)
        failed = sum(r.error is not None for r in predicted)
        click.echo(f"Extracted {len(predicted) - failed}, failed {failed}.", err=True)
    report = evaluate(gold_records, predicted, worst=worst)
    console.print(report_view(report))
    console.print(screen_line(gold_records))
    if clusters is not None:
        console.print(events_view(clusters, predicted))
    if json_out is not None:
        try:
            json_out.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"Cannot write {json_out}: {exc.strerror or exc}.") from exc
        click.echo(f"Wrote {json_out}.", err=True)
