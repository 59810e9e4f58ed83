"""The `visitx events` command: results JSONL in, one event per line out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from visitx.cli.edge import edge, file_or_stdout
from visitx.core.errors import InputError

__all__ = ["events_command"]


@click.command("events", short_help="Group visits reported by many articles into events.")
@click.argument("results", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    callback=file_or_stdout,
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="JSONL file to write the events to (default, or -: stdout).",
)
@click.option(
    "--international-only", is_flag=True, help="Leave out domestic visits (one country only)."
)
@edge
def events_command(
    results: tuple[Path, ...], output: Path | None, international_only: bool
) -> None:
    """Group the visits in results JSONL files into events, one JSON object per line.

    Visits that are the same engagement reported by several articles (compatible dates,
    the same countries, a matching person or place across scripts) become one event
    with its mentions, the values chosen by most sources, the disagreements
    (`conflicts`) and why they were grouped (`why`).
    """
    from visitx.analysis.events import events
    from visitx.io.files import read_results

    records = [r for path in results for r in read_results(path)]
    found = events(records, international_only=international_only)
    lines = "".join(ev.model_dump_json() + "\n" for ev in found)
    if output is None:
        sys.stdout.write(lines)
    else:
        from visitx.analysis.staging import staged

        try:  # the file appears whole or not at all (a full disk, a file-size limit)
            with staged({"events": output}) as temporary:
                temporary["events"].write_text(lines, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"Cannot write {output}: {exc.strerror or exc}.") from exc
    visits = sum(len(r.visits) for r in records if r.error is None)
    merged = sum(len(ev.mentions) > 1 for ev in found)
    click.echo(
        f"{len(found)} event(s) from {visits} visit(s) in {len(records)} record(s); "
        f"{merged} reported by more than one article.",
        err=True,
    )
