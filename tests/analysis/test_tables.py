"""to_arrow, to_parquet, to_duckdb, to_csv and `visitx export` on reference-draft records."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import visitx
from visitx import Extraction
from visitx.analysis.export import EVENT_COLUMNS, FRAME_COLUMNS
from visitx.cli.main import main
from visitx.core.models import Article, ErrorInfo, Participant, Span, Visit
from visitx.record.build import build_visits
from visitx.record.draft import Draft

from conftest import ARTICLES, load_article

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
duckdb = pytest.importorskip("duckdb")

PERSIAN = "003_b26aa6423f84ab65"
IGDIR = "002_5ba9e0a129f5893f"


def record(stem: str) -> Extraction:
    """The record the reference draft of a seed article becomes (no model call)."""
    text, entry = load_article(stem)
    draft = Draft.model_validate_json((ARTICLES / "drafts" / f"{stem}.json").read_text("utf-8"))
    article = Article(
        id=Article.id_for(text), text=text, language=entry["language"], published=entry["published"]
    )
    return Extraction(article=article, visits=build_visits(draft, article)[0])


HOSTILE = [
    '=HYPERLINK("http://evil.invalid","click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\tTabbed",
    "\rCarriage",
]


@pytest.fixture(scope="module")
def records() -> list[Extraction]:
    """The Persian (2 visits) and Iğdır (4 visits) records, and one failed article."""
    text = "An article the provider never answered for."
    broken = Extraction(
        article=Article(id=Article.id_for(text), text=text, language="en"),
        error=ErrorInfo(type="ProviderError", message="HTTP 503"),
    )
    return [record(PERSIAN), record(IGDIR), broken]


def hostile_record() -> Extraction:
    """One visit whose participants, place-free summary and ids are spreadsheet formulas."""
    text = " ".join(HOSTILE)
    people = [
        Participant(role="visitor", kind="person", name=Span(text=name), country="FRA")
        for name in HOSTILE
    ]
    visit = Visit(
        id="000000000000-0",
        type="visit",
        status="occurred",
        summary="=1+1",
        participants=people,
        evidence=[Span(text=text)],
    )
    article = Article(id=Article.id_for(text), text=text, source_id="@id", language="en")
    return Extraction(article=article, visits=[visit])


def test_arrow_tables_have_real_types(records: list[Extraction]) -> None:
    """Dates are date32, lists list<string>, coordinates float64, flags bool."""
    visits = visitx.to_arrow(records)["visits"]
    assert visits.column_names == FRAME_COLUMNS
    schema = visits.schema
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("host_countries").type == pa.list_(pa.string())
    assert schema.field("lat").type == pa.float64()
    assert schema.field("grounded").type == pa.bool_()
    first = visits.slice(0, 1).to_pylist()[0]
    assert first["date_start"] == dt.date(2023, 4, 7)
    assert first["host_countries"] == ["IRN"]


def test_arrow_tables_join_on_visit_id(records: list[Extraction]) -> None:
    """6 visits + 1 failure; 13 participants and 1 agreement, each pointing at a visit."""
    tables = visitx.to_arrow(records)
    assert set(tables) == {"visits", "participants", "agreements"}
    visit_ids = set(tables["visits"].column("visit_id").to_pylist()) - {None}
    assert tables["visits"].num_rows == 7
    participants = tables["participants"].to_pylist()
    assert len(participants) == 13
    assert {p["visit_id"] for p in participants} == visit_ids
    (agreement,) = tables["agreements"].to_pylist()
    assert (agreement["kind"], agreement["parties"]) == ("protocol", ["ITSO", "BERTO"])
    assert agreement["visit_id"] == "240138d326ca-0"


def test_events_tables_bridge_events_and_visits(records: list[Extraction]) -> None:
    """Given events: events has to_frame's event columns, mentions link each to its visits."""
    tables = visitx.to_arrow(records, events=True)
    events, mentions = tables["events"], tables["mentions"]
    assert events.column_names == EVENT_COLUMNS
    assert events.schema.field("n_sources").type == pa.int64()
    assert mentions.num_rows == 6  # every visit is one event's mention
    assert set(mentions.column("event_id").to_pylist()) == set(
        events.column("event_id").to_pylist()
    )
    visit_ids = set(tables["visits"].column("visit_id").to_pylist())
    assert set(mentions.column("visit_id").to_pylist()) <= visit_ids


def test_parquet_files_read_back(records: list[Extraction], tmp_path: Path) -> None:
    """visits.parquet and its siblings read back with their types."""
    paths = visitx.to_parquet(records, tmp_path / "visits.parquet")
    assert {p.name for p in paths.values()} == {
        "visits.parquet",
        "visits-participants.parquet",
        "visits-agreements.parquet",
    }
    back = pq.read_table(tmp_path / "visits.parquet")
    assert back.schema.field("published").type == pa.date32()
    assert back.num_rows == 7


def test_duckdb_file_answers_joins(records: list[Extraction], tmp_path: Path) -> None:
    """SQL over the DuckDB file: the Iğdır protocol's visit had two hosts."""
    path = visitx.to_duckdb(records, tmp_path / "visits.duckdb")
    con = duckdb.connect(str(path), read_only=True)
    try:
        (hosts,) = con.execute(
            "SELECT count(*) FROM agreements a JOIN participants p USING (visit_id)"
            " WHERE p.role = 'host'"
        ).fetchone()
        (day,) = con.execute(
            "SELECT date_start FROM visits WHERE visit_id = 'af4bdaddba1a-0'"
        ).fetchone()
    finally:
        con.close()
    assert hosts == 2
    assert day == dt.date(2023, 4, 7)


def test_duckdb_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    """A text file at the path is an InputError that says so, not a traceback."""
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(visitx.InputError, match="DuckDB"):
        visitx.to_duckdb([record(PERSIAN)], path)


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    """Names, summary and ids that begin with = + - @ tab or CR get a leading quote."""
    paths = visitx.to_csv([hostile_record()], tmp_path / "visits.csv")
    with paths["participants"].open(encoding="utf-8-sig", newline="") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert names == [
        '\'=HYPERLINK("http://evil.invalid","click")',
        "'+1+cmd|' /C calc'!A0",
        "'-2+3",
        "'@SUM(1,1)",
        "'\tTabbed",
        "'\rCarriage",
    ]
    with paths["visits"].open(encoding="utf-8-sig", newline="") as handle:
        (row,) = csv.DictReader(handle)
    assert (row["summary"], row["source_id"]) == ("'=1+1", "'@id")
    assert row["visitor_names"].startswith("'=HYPERLINK")


def test_csv_writes_lists_dates_and_numbers(records: list[Extraction], tmp_path: Path) -> None:
    """Lists are joined with '; ', dates ISO, coordinates numbers without a quote prefix."""
    path = visitx.to_csv(records, tmp_path / "visits.csv")["visits"]
    with path.open(encoding="utf-8-sig", newline="") as handle:
        first = next(csv.DictReader(handle))
    assert first["participant_names"] == "Igor Babushkin; Asadollah Abbasi"
    assert first["date_start"] == "2023-04-07"
    assert first["lat"] == "37.27611"


def test_missing_pyarrow_names_the_extra(
    records: list[Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without pyarrow, to_arrow says which extra to install."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(visitx.ConfigurationError, match=r"visitx\[parquet\]"):
        visitx.to_arrow(records)


def test_missing_duckdb_names_the_extra(
    records: list[Extraction], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without duckdb, to_duckdb says which extra to install."""
    monkeypatch.setitem(sys.modules, "duckdb", None)
    with pytest.raises(visitx.ConfigurationError, match=r"visitx\[duckdb\]"):
        visitx.to_duckdb(records, tmp_path / "v.duckdb")


@pytest.fixture
def results_file(records: list[Extraction], tmp_path: Path) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("out.parquet", ["out.parquet", "out-participants.parquet", "out-agreements.parquet"]),
        ("out.csv", ["out.csv", "out-participants.csv", "out-agreements.csv"]),
        ("out.duckdb", ["out.duckdb"]),
    ],
)
def test_cli_export_picks_the_format_by_suffix(
    results_file: Path, tmp_path: Path, name: str, written: list[str]
) -> None:
    """`visitx export -o` writes Parquet, CSV or DuckDB by the output's suffix."""
    done = CliRunner().invoke(main, ["export", str(results_file), "-o", str(tmp_path / name)])
    assert done.exit_code == 0, done.output
    assert all((tmp_path / w).is_file() for w in written)


def test_cli_export_with_events_writes_five_tables(results_file: Path, tmp_path: Path) -> None:
    """--events adds the events and mentions tables."""
    out = tmp_path / "all.duckdb"
    done = CliRunner().invoke(main, ["export", str(results_file), "-o", str(out), "--events"])
    assert done.exit_code == 0, done.output
    con = duckdb.connect(str(out), read_only=True)
    try:
        names = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
    finally:
        con.close()
    assert names == {"visits", "participants", "agreements", "events", "mentions"}


def test_cli_export_refuses_an_unknown_suffix(results_file: Path, tmp_path: Path) -> None:
    """An output named .xlsx is an input error (exit 3) naming the formats."""
    done = CliRunner().invoke(main, ["export", str(results_file), "-o", str(tmp_path / "v.xlsx")])
    assert done.exit_code == 3
    assert ".parquet, .csv or .duckdb" in done.output


def test_duplicate_of_is_a_string_column_of_the_visits_table(records: list[Extraction]) -> None:
    """The visits table keeps to_frame's duplicate_of: a string, null for an extracted article."""
    visits = visitx.to_arrow(records)["visits"]
    assert visits.schema.field("duplicate_of").type == pa.string()
    assert visits.column("duplicate_of").null_count == visits.num_rows
