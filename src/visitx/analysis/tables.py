"""Typed tables for analysts: Arrow, Parquet, DuckDB and CSV.

Five tables that join on one id scheme:

- `visits`: the columns of `to_frame`, one row per visit and one per failed article
  (`visit_id` null, `error` set); key `visit_id`, with `article_id`.
- `participants`: one row per participant of a visit (`visit_id`, `position`, role, kind,
  names as written and in English, title, organisation, country, sector, where the name
  is in the article).
- `agreements`: one row per agreement of a visit (`visit_id`, `position`, kind, status,
  the mention as written, English title, parties).
- `events` (given events): the columns of `to_frame(events)`; key `event_id`.
- `mentions` (given events): one row per visit an event groups (`event_id`, `visit_id`,
  `article_id`, ...), the bridge between `events` and `visits`.

Dates are dates, counts integers, booleans booleans, lists lists. The Arrow tables need
pyarrow (`pip install "visitx[parquet]"`), the DuckDB file duckdb (`visitx[duckdb]`);
CSV needs neither.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.analysis.csvfile import write_csv
from visitx.analysis.export import (
    DATE_COLUMNS,
    EVENT_COLUMNS,
    FRAME_COLUMNS,
    event_row,
    visit_row,
)
from visitx.analysis.staging import staged
from visitx.core.errors import ConfigurationError, InputError
from visitx.core.models import Extraction, Span

if TYPE_CHECKING:
    import pyarrow as pa

    from visitx.analysis.events import Event

__all__ = ["TABLE_COLUMNS", "table_rows", "to_arrow", "to_csv", "to_duckdb", "to_parquet"]

# Column types by name (every table): "str" unless listed.
_TYPES: dict[str, str] = {
    **dict.fromkeys(DATE_COLUMNS, "date"),
    **dict.fromkeys(
        (
            "visitor_names", "visitor_countries", "host_names", "host_countries",
            "participant_names", "participant_countries", "topics", "agreement_kinds",
            "cameo", "article_ids", "languages", "planned_in", "parties", "evidence",
            "warnings",
        ),
        "list",
    ),
    **dict.fromkeys(("lat", "lon"), "float"),
    **dict.fromkeys(
        ("n_sources", "n_mentions", "position", "name_start", "name_end"), "int"
    ),
    **dict.fromkeys(("grounded", "international", "coded"), "bool"),
    "conflicts": "map",
}

PARTICIPANT_COLUMNS = [
    "article_id", "visit_id", "position", "role", "kind", "name", "name_en", "title",
    "title_en", "organization", "organization_en", "country", "sector", "name_start",
    "name_end", "name_match",
]  # fmt: skip
AGREEMENT_COLUMNS = [
    "article_id", "visit_id", "position", "kind", "status", "text", "title_en", "parties",
]  # fmt: skip
MENTION_COLUMNS = [
    "event_id", "visit_id", "article_id", "source_id", "url", "published", "language",
    "evidence", "grounded", "coded", "warnings",
]  # fmt: skip

TABLE_COLUMNS: dict[str, list[str]] = {
    "visits": FRAME_COLUMNS,
    "participants": PARTICIPANT_COLUMNS,
    "agreements": AGREEMENT_COLUMNS,
    "events": EVENT_COLUMNS,
    "mentions": MENTION_COLUMNS,
}
"""The columns of each table, in order."""


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def _date(value: Any) -> dt.date | None:
    """A YYYY-MM-DD string as a date; anything else (missing, malformed) as None."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    for name in DATE_COLUMNS:
        if name in row:
            row[name] = _date(row[name])
    return row


def _record_rows(results: list[Extraction], out: dict[str, list[dict[str, Any]]]) -> None:
    for result in results:
        article_id = result.article.id
        if result.error is not None:
            out["visits"].append(_typed(visit_row(result, None)))
        for visit in result.visits:
            out["visits"].append(_typed(visit_row(result, visit)))
            for k, p in enumerate(visit.participants):
                out["participants"].append(
                    {
                        "article_id": article_id, "visit_id": visit.id, "position": k,
                        "role": p.role.value, "kind": p.kind.value, "name": p.name.text,
                        "name_en": p.name_en, "title": _text(p.title), "title_en": p.title_en,
                        "organization": _text(p.organization),
                        "organization_en": p.organization_en, "country": p.country,
                        "sector": p.sector.value if p.sector else None,
                        "name_start": p.name.start, "name_end": p.name.end,
                        "name_match": p.name.match,
                    }
                )
            for k, a in enumerate(visit.agreements):
                out["agreements"].append(
                    {
                        "article_id": article_id, "visit_id": visit.id, "position": k,
                        "kind": a.kind.value, "status": a.status.value, "text": a.text.text,
                        "title_en": a.title_en, "parties": list(a.parties),
                    }
                )


def table_rows(
    results: Iterable[Extraction], *, events: bool | Iterable[Event] = False
) -> dict[str, list[dict[str, Any]]]:
    """The tables as lists of row dicts (typed values: dates, ints, lists), by table name.

    Args:
        results: records, e.g. `read_results("visits.jsonl")`.
        events: True to group the visits into events (`visitx.events`) and add the
            `events` and `mentions` tables; or the events themselves.
    """
    records = list(results)
    out: dict[str, list[dict[str, Any]]] = {"visits": [], "participants": [], "agreements": []}
    _record_rows(records, out)
    if events is False:
        return out
    if events is True:
        from visitx.analysis.events import events as group

        found = group(records)
    else:
        found = list(events)
    out["events"] = [_typed(event_row(ev)) for ev in found]
    out["mentions"] = [
        _typed(
            {
                "event_id": ev.id, "visit_id": m.visit_id, "article_id": m.article_id,
                "source_id": m.source_id, "url": m.url, "published": m.published,
                "language": m.language, "evidence": [s.text for s in m.evidence],
                "grounded": m.grounded, "coded": m.coded, "warnings": list(m.warnings),
            }
        )
        for ev in found
        for m in ev.mentions
    ]
    return out


def _needs(module: str, extra: str, what: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ConfigurationError(
            f"{what} needs {module.partition('.')[0]}: pip install 'visitx[{extra}]' "
            f"(from a clone of visitx: pip install '.[{extra}]')."
        ) from exc


def _arrow_type(pa: Any, name: str) -> Any:
    kind = _TYPES.get(name, "str")
    return {
        "str": pa.string(),
        "date": pa.date32(),
        "list": pa.list_(pa.string()),
        "float": pa.float64(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "map": pa.map_(pa.string(), pa.list_(pa.string())),
    }[kind]


def _arrow(pa: Any, name: str, rows: list[dict[str, Any]]) -> pa.Table:
    columns = TABLE_COLUMNS[name]
    schema = pa.schema([(c, _arrow_type(pa, c)) for c in columns])
    data = {c: [row.get(c) for row in rows] for c in columns}
    if "conflicts" in data:
        data["conflicts"] = [list(v.items()) if v else [] for v in data["conflicts"]]
    return pa.Table.from_pydict(data, schema=schema)


def to_arrow(
    results: Iterable[Extraction], *, events: bool | Iterable[Event] = False
) -> dict[str, pa.Table]:
    """The records as typed Arrow tables: `visits`, `participants`, `agreements`.

    `visits` has the columns of `to_frame`; the other tables join it on `visit_id`.
    Dates are `date32`, counts `int64`, lists `list<string>`.

    Args:
        results: records, e.g. `read_results("visits.jsonl")`.
        events: True to group the visits into events (`visitx.events`) and add the
            `events` (columns of `to_frame(events)`) and `mentions` tables (`event_id`
            to `visit_id`); or the events themselves.

    Returns:
        The tables by name.

    Raises:
        ConfigurationError: pyarrow is not installed (`pip install "visitx[parquet]"`).

    Example:
        >>> tables = to_arrow(read_results("visits.jsonl"))  # doctest: +SKIP
        >>> tables["visits"].schema.field("date_start").type  # doctest: +SKIP
        DataType(date32[day])
    """
    pa = _needs("pyarrow", "parquet", "to_arrow")
    rows = table_rows(results, events=events)
    return {name: _arrow(pa, name, table) for name, table in rows.items()}


def _siblings(path: Path, names: Iterable[str]) -> dict[str, Path]:
    """`visits.parquet` → itself for visits, `visits-participants.parquet` for the others."""
    return {
        name: path if name == "visits" else path.with_name(f"{path.stem}-{name}{path.suffix}")
        for name in names
    }


def to_parquet(
    results: Iterable[Extraction], path: str | Path, *, events: bool | Iterable[Event] = False
) -> dict[str, Path]:
    """Write the tables of `to_arrow` as Parquet files: `path` and its siblings.

    `visits.parquet` holds the visits; `visits-participants.parquet`,
    `visits-agreements.parquet` (and `visits-events.parquet`, `visits-mentions.parquet`
    given events) sit beside it.

    Returns:
        The paths written, by table name.

    Raises:
        ConfigurationError: pyarrow is not installed (`pip install "visitx[parquet]"`).

    Example:
        >>> to_parquet(read_results("visits.jsonl"), "visits.parquet")  # doctest: +SKIP
        >>> pandas.read_parquet("visits.parquet")  # doctest: +SKIP
    """
    tables = to_arrow(results, events=events)
    parquet = _needs("pyarrow.parquet", "parquet", "to_parquet")
    paths = _siblings(Path(path), tables)
    with staged(paths) as partial:
        for name, table in tables.items():
            parquet.write_table(table, partial[name])
    return paths


def to_duckdb(
    results: Iterable[Extraction], path: str | Path, *, events: bool | Iterable[Event] = False
) -> Path:
    """Write the tables of `to_arrow` into a DuckDB database file (created if missing).

    The tables `visits`, `participants`, `agreements` (and `events`, `mentions`) are
    replaced; other tables in the file are left alone.

    Raises:
        ConfigurationError: duckdb or pyarrow is not installed
            (`pip install "visitx[duckdb]"`).

    Example:
        >>> to_duckdb(read_results("visits.jsonl"), "visits.duckdb")  # doctest: +SKIP
        >>> duckdb.connect("visits.duckdb").sql("SELECT * FROM participants")  # doctest: +SKIP
    """
    duckdb = _needs("duckdb", "duckdb", "to_duckdb")
    _needs("pyarrow", "duckdb", "to_duckdb")
    tables = to_arrow(results, events=events)
    out = Path(path)
    created = not out.exists()
    try:
        con = duckdb.connect(str(out))
    except duckdb.Error as exc:
        raise InputError(
            f"Cannot open {out} as a DuckDB database ({exc}): give a new file or a DuckDB one."
        ) from exc
    try:  # one transaction: every table is replaced, or none (a full disk, Ctrl-C)
        con.begin()
        for name, table in tables.items():
            con.register("vx_incoming", table)
            con.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM vx_incoming")
            con.unregister("vx_incoming")
        con.commit()
    except BaseException as exc:
        con.close()
        if created:  # a database this call started holds nothing of the caller's
            for leftover in (out, out.with_name(out.name + ".wal")):
                leftover.unlink(missing_ok=True)
        if isinstance(exc, duckdb.Error):
            raise InputError(
                f"Cannot write {out}: {exc}. The database is as it was before; free disk "
                "space or choose another file, then export again."
            ) from exc
        raise
    con.close()
    return out


def to_csv(
    results: Iterable[Extraction], path: str | Path, *, events: bool | Iterable[Event] = False
) -> dict[str, Path]:
    """Write the tables as CSV files (`path` and siblings, as `to_parquet` names them).

    Lists are joined with "; ", dates are YYYY-MM-DD, and cells that a spreadsheet would
    run as a formula (beginning with `=`, `+`, `-`, `@`, tab or carriage return) get a
    leading `'` (OWASP's rule for CSV injection). UTF-8 with a byte-order mark, so that
    Excel reads non-Latin names. Needs neither pyarrow nor pandas.

    Returns:
        The paths written, by table name.
    """
    rows = table_rows(results, events=events)
    paths = _siblings(Path(path), rows)
    with staged(paths) as partial:
        for name, table in rows.items():
            write_csv(partial[name], TABLE_COLUMNS[name], table)
    return paths
