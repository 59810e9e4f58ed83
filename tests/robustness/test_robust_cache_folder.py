"""A cache folder that cannot be used: a file in its place, a full disk under it.

Cases from bench/abuse_round5.md (rows 7, 57 and the full-disk cache): the command line
names the folder and `--no-cache` in one line with exit code 3, as for an unwritable
`-o`; and a cache that fails every article stops the run after `--fail-fast` articles
instead of writing a failed record for each article of the batch.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx.batch.parts import Tripwire
from visitx.batch.records import failed
from visitx.cli.main import main
from visitx.core.errors import CacheError, ExtractionError, ProviderError
from visitx.llm.cache import DraftCache
from visitx.llm.failures import failure_kind

from conftest import ARTICLES, REFERENCE_MODEL

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

FULL = CacheError(
    "Cannot open the cache at /data/cache: database or disk is full. Set VISITX_CACHE_DIR "
    "to a writable folder, or turn the cache off (Settings(cache=False) or --no-cache)."
)


def test_a_cache_folder_that_is_a_file_is_one_line_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """VISITX_CACHE_DIR naming a file: exit 3 (was 1), the message says it is a file and
    that --no-cache runs without it."""
    (tmp_path / "cachefile").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cachefile"))
    monkeypatch.setenv("VISITX_API_KEY", "sk-test-cachefile")
    monkeypatch.setenv("VISITX_BASE_URL", "http://127.0.0.1:9/v1")  # never reached
    result = CliRunner().invoke(main, ["extract", str(ARTICLES / "index.jsonl")])
    assert result.exit_code == 3
    assert "Traceback" not in result.output
    assert f"{tmp_path / 'cachefile'} is a file, not a folder" in result.output
    assert "--no-cache" in result.output


def test_cache_info_on_a_file_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "cachefile").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cachefile"))
    result = CliRunner().invoke(main, ["cache", "info"])
    assert result.exit_code == 3
    where = tmp_path / "cachefile"
    assert f"Error: Cannot open the cache at {where}: {where} is a file, not a folder." in (
        result.output
    )


def test_a_cache_that_cannot_be_opened_is_a_failure_every_article_shares() -> None:
    assert failure_kind(FULL) == "cache"
    wrapped = ExtractionError("the article failed")
    wrapped.__cause__ = FULL
    assert failure_kind(wrapped) == "cache"


def test_the_tripwire_stops_on_the_cache_with_a_cache_error() -> None:
    """Three cache failures in a row: a CacheError naming the folder, not the endpoint."""
    wire = Tripwire(3, "http://127.0.0.1:8080/v1")
    record = failed({"id": "a", "text": "x"}, FULL, 0)
    wire.check(record, "cache")
    wire.check(record, "cache")
    with pytest.raises(CacheError) as stopped:
        wire.check(record, "cache")
    assert not isinstance(stopped.value, ProviderError)
    message = str(stopped.value)
    assert message.startswith("Stopped after 3 articles in a row failed the same way: the cache")
    assert "/data/cache" in message
    assert "127.0.0.1:8080" not in message


def test_a_run_whose_cache_fails_stops_after_fail_fast_articles(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache on a full disk (injected): 2 failed records, then exit 3 – not one failed
    record per article of the input and exit 0."""

    def full(self: DraftCache, key: str) -> dict[str, Any] | None:
        raise FULL

    monkeypatch.setattr(DraftCache, "get", full)
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_MODEL", REFERENCE_MODEL)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "visits.jsonl"
    result = CliRunner().invoke(
        main,
        ["extract", str(ARTICLES / "index.jsonl"), "-o", str(out), "--fail-fast", "2",
         "--concurrency", "1", "--no-screen"],
    )
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    assert "the cache cannot be opened or written" in result.output
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(lines) == 2
    assert all(line["error"]["type"] == "CacheError" for line in lines)
