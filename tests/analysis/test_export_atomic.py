"""to_csv, to_parquet and to_duckdb leave whole files or none when a write fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from visitx.analysis import tables
from visitx.core.errors import InputError
from visitx.core.models import Article, Extraction
from visitx.record.build import build_visits
from visitx.record.draft import Draft

from conftest import ARTICLES, load_article

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")


def _records() -> list[Extraction]:
    """The record the reference draft of a seed article becomes (no model call)."""
    stem = "002_5ba9e0a129f5893f"
    text, entry = load_article(stem)
    draft = Draft.model_validate_json((ARTICLES / "drafts" / f"{stem}.json").read_text("utf-8"))
    article = Article(
        id=Article.id_for(text), text=text, language=entry["language"], published=entry["published"]
    )
    return [Extraction(article=article, visits=build_visits(draft, article)[0])]


def _fail_second(real: Any) -> Any:
    calls = []

    def write(path: Path, *args: Any) -> Any:
        calls.append(path)
        result = real(path, *args)
        if len(calls) == 2:
            raise OSError(27, "File too large")
        return result

    return write


def test_csv_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CSV export that fails on its second table leaves neither table nor a partial file."""
    monkeypatch.setattr(tables, "write_csv", _fail_second(tables.write_csv))
    with pytest.raises(OSError, match="File too large"):
        tables.to_csv(_records(), tmp_path / "v.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_csv_failure_keeps_previous_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed CSV export leaves the earlier export's visits.csv as it was."""
    (tmp_path / "v.csv").write_text("earlier\n", encoding="utf-8")
    monkeypatch.setattr(tables, "write_csv", _fail_second(tables.write_csv))
    with pytest.raises(OSError, match="File too large"):
        tables.to_csv(_records(), tmp_path / "v.csv")
    assert (tmp_path / "v.csv").read_text(encoding="utf-8") == "earlier\n"


def test_parquet_interrupt_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C between two Parquet tables leaves no Parquet file behind."""
    import pyarrow.parquet as pq

    real = pq.write_table
    written: list[object] = []

    def write_table(table: object, where: object) -> None:
        written.append(where)
        if len(written) == 2:
            raise KeyboardInterrupt
        real(table, where)

    monkeypatch.setattr(pq, "write_table", write_table)
    with pytest.raises(KeyboardInterrupt):
        tables.to_parquet(_records(), tmp_path / "v.parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_duckdb_failure_is_input_error_and_rolls_back(tmp_path: Path) -> None:
    """A DuckDB write that fails midway raises InputError and keeps the old tables."""
    out = tmp_path / "v.duckdb"
    con = duckdb.connect(str(out))
    con.execute("CREATE TABLE visits AS SELECT 42 AS old")
    con.execute("CREATE VIEW participants AS SELECT 1 AS x")  # cannot be replaced by a table
    con.close()
    with pytest.raises(InputError, match=r"Cannot write .*v\.duckdb: .*as it was before"):
        tables.to_duckdb(_records(), out)
    con = duckdb.connect(str(out))
    assert con.sql("SELECT * FROM visits").fetchall() == [(42,)]
    con.close()


def test_staged_writes_a_device_directly() -> None:
    """A target that is not a regular file (/dev/null) is written as it is, never replaced."""
    from visitx.analysis.staging import staged

    with staged({"out": Path("/dev/null")}) as partial:
        assert partial["out"] == Path("/dev/null")
