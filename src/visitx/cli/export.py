"""The `visitx export` command: results JSONL in, typed tables out (Parquet, CSV, DuckDB)."""

from __future__ import annotations

from pathlib import Path

import click

from visitx.cli.edge import edge, named_file
from visitx.core.errors import ConfigurationError, InputError

__all__ = ["check_jsonl_output", "export_command"]

_FORMATS = {".parquet": "parquet", ".csv": "csv", ".duckdb": "duckdb", ".db": "duckdb"}


@click.command("export", short_help="Write results as Parquet, CSV or DuckDB tables.")
@click.argument("results", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    callback=named_file,
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="visits.parquet, visits.csv or visits.duckdb: the suffix picks the format.",
)
@click.option(
    "--events",
    "as_events",
    is_flag=True,
    help="Also group the visits into events and write the events and mentions tables.",
)
@edge
def export_command(results: tuple[Path, ...], output: Path, as_events: bool) -> None:
    """Write the records of results JSONL files as tables analysts load directly.

    Tables: visits (the columns of `to_frame`), participants and agreements, joined on
    visit_id; with --events also events and mentions (event_id to visit_id). Dates are
    dates, counts integers, lists lists.

    \b
    visits.parquet  one Parquet file per table: visits.parquet, visits-participants.parquet, ...
                    (needs pyarrow: pip install ".[parquet]" in a clone)
    visits.csv      one CSV file per table, named the same way; lists joined with "; ",
                    cells that would run as spreadsheet formulas prefixed with '
    visits.duckdb   one DuckDB database with every table (needs duckdb: ".[duckdb]")
    """
    from visitx.analysis import tables
    from visitx.io.files import read_results

    kind = _FORMATS.get(output.suffix.lower())
    if kind is None:
        raise InputError(
            f"Cannot tell the format of {output}: name it with .parquet, .csv or .duckdb."
        )
    if any(output.resolve() == source.resolve() for source in results):
        raise InputError(f"{output} is one of the results files: write the export elsewhere.")
    records = [r for source in results for r in read_results(source)]
    try:
        if kind == "duckdb":
            written = [tables.to_duckdb(records, output, events=as_events)]
        elif kind == "parquet":
            written = list(tables.to_parquet(records, output, events=as_events).values())
        else:
            written = list(tables.to_csv(records, output, events=as_events).values())
    except OSError as exc:
        raise InputError(f"Cannot write {output}: {exc.strerror or exc}.") from exc
    visits = sum(len(r.visits) for r in records if r.error is None)
    click.echo(
        f"Wrote {', '.join(str(p) for p in written)}: {len(records)} record(s), "
        f"{visits} visit(s).",
        err=True,
    )


def check_jsonl_output(output: str | None) -> None:
    """Refuse an `extract --output` named like an export table: extract writes JSONL."""
    if output and Path(output).suffix.lower() in _FORMATS:
        stem = Path(output).with_suffix(".jsonl")
        raise ConfigurationError(
            f"visitx extract writes JSONL records, not {Path(output).suffix} tables: use "
            f"-o {stem}, then `visitx export {stem} -o {output}`."
        )
