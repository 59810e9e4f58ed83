"""A damaged draft cache: a corrupt database, entries whose values do not validate."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx.cli.main import main
from visitx.llm.cache import ENTRY_FORMAT, DraftCache
from visitx.llm.demo import demo_cassette, demo_settings, run_demo
from visitx.testing import replay

from conftest import database

ENTRY = {
    "draft": {"visits": []},
    "mode": "json_schema",
    "attempts": 1,
    "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
    "model": "m",
    "finish_reason": "stop",
    "warnings": [],
    "text_language": None,
}


def not_a_database(folder: Path) -> Path:
    """A cache folder whose cache.db is garbage (SQLite: 'file is not a database')."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cache.db").write_bytes(b"this is not SQLite " * 512)
    return folder


def malformed(folder: Path) -> Path:
    """A real cache whose pages were overwritten ('database disk image is malformed')."""
    cache = DraftCache(folder)
    for n in range(400):
        cache.set(f"k{n}", {**ENTRY, "model": "m" * 200})
    cache.close()
    data = bytearray((folder / "cache.db").read_bytes())
    for offset in range(8192, len(data), 4096):
        data[offset + 100 : offset + 400] = b"\xff" * 300
    (folder / "cache.db").write_bytes(bytes(data))
    return folder


def test_a_database_that_is_not_one_is_moved_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The first use moves cache.db aside with one warning; the cache then works, empty."""
    folder = not_a_database(tmp_path / "cache")
    cache = DraftCache(folder)
    with caplog.at_level(logging.WARNING, logger="visitx"):
        assert cache.get("k") is None
    cache.set("k", ENTRY)
    assert cache.get("k") == {**ENTRY, "format": ENTRY_FORMAT}
    aside = [p.name for p in folder.iterdir() if p.name.startswith("cache.db.corrupt-")]
    assert len(aside) == 1
    assert [r.getMessage() for r in caplog.records if "was corrupt" in r.getMessage()] != []


def test_a_malformed_database_found_while_reading_is_moved_aside(tmp_path: Path) -> None:
    """'database disk image is malformed' on a read: set aside once, then a working cache."""
    folder = malformed(tmp_path / "cache")
    cache = DraftCache(folder)
    read = [cache.get(f"k{n}") for n in range(400)]  # raised DatabaseError before
    assert len(read) == 400
    cache.set("new", ENTRY)
    assert cache.get("new") == {**ENTRY, "format": ENTRY_FORMAT}
    assert len(list(folder.glob("cache.db.corrupt-*"))) == 1
    with database(folder / "cache.db") as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def test_a_run_on_a_corrupt_cache_extracts_every_article(tmp_path: Path) -> None:
    """The five demo articles are extracted, none failed, with the cache database corrupt."""
    folder = not_a_database(tmp_path / "cache")
    with replay(demo_cassette()):
        results = run_demo(demo_settings(cache=True, cache_dir=folder))
    assert [r.error for r in results] == [None] * 5
    assert len(DraftCache(folder)) == 5


@pytest.mark.parametrize("damage", [not_a_database, malformed])
def test_cache_clear_works_on_a_corrupt_cache(tmp_path: Path, damage: object) -> None:
    """`visitx cache clear --yes` exits 0 on a corrupt cache and leaves an empty, sound one."""
    folder = damage(tmp_path / "cache")  # type: ignore[operator]
    result = CliRunner().invoke(
        main, ["cache", "clear", "--yes"], env={"VISITX_CACHE_DIR": str(folder)}
    )
    assert result.exit_code == 0, result.output
    assert "removed" in result.output
    assert len(DraftCache(folder)) == 0


def test_cache_info_works_on_a_corrupt_cache(tmp_path: Path) -> None:
    """`visitx cache info` on a corrupt cache reports an empty one instead of a traceback."""
    folder = not_a_database(tmp_path / "cache")
    result = CliRunner().invoke(main, ["cache", "info"], env={"VISITX_CACHE_DIR": str(folder)})
    assert result.exit_code == 0, result.output
    assert "drafts:    0" in result.output


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        ("attempts", "Infinity"),
        ("attempts", "NaN"),
        ("attempts", "-1"),
        ("attempts", '"3"'),
        ("attempts", "true"),
        ("usage", '{"prompt_tokens": -Infinity}'),
        ("usage", "[1, 2]"),
        ("model", "5"),
        ("warnings", '"one"'),
        ("draft", "null"),
    ],
)
def test_an_entry_whose_values_do_not_validate_is_a_miss(
    tmp_path: Path, field: str, raw: str
) -> None:
    """`attempts: Infinity` and its neighbours read as a miss, not a failed article."""
    cache = DraftCache(tmp_path)
    text = json.dumps({**ENTRY, "format": ENTRY_FORMAT})
    text = text.replace(f'"{field}": {json.dumps(ENTRY[field])}', f'"{field}": {raw}')
    assert raw in text
    cache.set("k", ENTRY)
    with database(tmp_path / "cache.db") as db:
        db.execute("UPDATE Cache SET value = ? WHERE key = 'k'", (text,))
    assert cache.get("k") is None


def test_a_valid_entry_is_a_hit(tmp_path: Path) -> None:
    """The entry the other tests break is itself a hit (so their misses are the damage)."""
    cache = DraftCache(tmp_path)
    cache.set("k", ENTRY)
    assert cache.get("k") == {**ENTRY, "format": ENTRY_FORMAT}


def test_threads_meeting_a_corrupt_cache_set_it_aside_once(tmp_path: Path) -> None:
    """Eight threads reading a malformed cache at once: no error, one database set aside."""
    from concurrent.futures import ThreadPoolExecutor

    folder = malformed(tmp_path / "cache")
    cache = DraftCache(folder)
    with ThreadPoolExecutor(max_workers=8) as pool:
        read = list(pool.map(cache.get, [f"k{n}" for n in range(400)], timeout=120))
    assert len(read) == 400
    assert len(list(folder.glob("cache.db.corrupt-*"))) == 1
    cache.set("new", ENTRY)
    assert cache.get("new") == {**ENTRY, "format": ENTRY_FORMAT}
