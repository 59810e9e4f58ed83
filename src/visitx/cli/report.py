"""The `visitx report` command: results JSONL in, one offline HTML report out."""

from __future__ import annotations

from pathlib import Path

import click

from visitx.cli.edge import edge, named_file
from visitx.core.errors import InputError

__all__ = ["report_command"]


@click.command("report")
@click.argument("results", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    callback=named_file,
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="Where to write the HTML report.",
)
@click.option("--title", default=None, help="Title of the report page.")
@click.option(
    "--events", "as_events", is_flag=True, help="One row per event instead of one per visit."
)
@click.option("--international-only", is_flag=True, help="Leave domestic visits out.")
@edge
def report_command(
    results: tuple[Path, ...],
    output: Path,
    title: str | None,
    as_events: bool = False,
    international_only: bool = False,
) -> None:
    """Write one offline HTML report from results JSONL files.

    RESULTS are JSONL files with one extraction per line, as the batch commands write
    them. The report has a sortable, filterable table of all visits, charts, the failed
    articles and each article with its evidence highlighted.
    """
    from visitx.io.files import read_results
    from visitx.report.page import write_report

    items = [ex for source in results for ex in read_results(source)]
    try:
        written = write_report(
            items, output, title=title, events=as_events, international_only=international_only
        )
    except OSError as exc:
        raise InputError(f"Cannot write {output}: {exc.strerror or exc}.") from exc
    failed = sum(ex.error is not None for ex in items)
    visits = sum(len(ex.visits) for ex in items if ex.error is None)
    click.echo(f"Wrote {written}: {len(items)} article(s) ({failed} failed), {visits} visit(s).")
