"""`visitx extract` against a llama.cpp server, as the real-server soak found it failing.

Each test here is the offline regression test of one thing a run against a real
llama.cpp server (xllamacpp with SmolLM2-135M, bench/README.md "Real server soak") did
wrong. They run the reference server on 127.0.0.1 in its llama.cpp flavour (no cassette).
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx import ConfigurationError, Settings
from visitx.cli.main import main
from visitx.llm.provider import forget_endpoints

from conftest import ARTICLES, REFERENCE_MODEL
from reference_server import InFlight

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

INDEX = ARTICLES / "index.jsonl"


@pytest.fixture
def llama_env(local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """VISITX_* pointing at the reference server (llama.cpp flavour), a cache in tmp_path."""
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_MODEL", REFERENCE_MODEL)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    return local_server


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_extract_sends_no_more_articles_at_once_than_the_server_has_slots(
    llama_env: Any, tmp_path: Path
) -> None:
    """A llama.cpp server with one slot gets one request at a time, whatever --concurrency."""
    seen = InFlight(llama_env)
    result = CliRunner().invoke(
        main, ["extract", str(INDEX), "-o", str(tmp_path / "out.jsonl"), "--concurrency", "8"]
    )
    assert result.exit_code == 0, result.output
    assert len(llama_env.requests) >= 4
    assert seen.most == 1
    assert "answers 1 request(s) at a time" in result.stderr


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_run_of_one_article_gets_no_slot_note(llama_env: Any) -> None:
    """One article cannot be held back by the server's one slot: no note, /props asked once."""
    german = ARTICLES / "seeds" / "004_9cac97c1ccfe093a.txt"
    result = CliRunner().invoke(main, ["extract", str(german), "--concurrency", "8"])
    assert result.exit_code == 0, result.output
    assert len(llama_env.requests) == 1
    assert llama_env.gets == ["/props"]
    assert "request(s) at a time" not in result.stderr


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_run_answered_from_the_cache_asks_the_server_nothing(
    llama_env: Any, tmp_path: Path
) -> None:
    """A re-run that the cache answers sends no request, not even GET /props."""
    seeds = str(ARTICLES / "seeds")
    first = CliRunner().invoke(main, ["extract", seeds, "-o", str(tmp_path / "a.jsonl")])
    assert first.exit_code == 0, first.output
    assert llama_env.gets == ["/props"]
    sent = len(llama_env.requests)
    forget_endpoints()  # a new process would not know the server's /props either
    llama_env.gets.clear()
    again = CliRunner().invoke(main, ["extract", seeds, "-o", str(tmp_path / "b.jsonl")])
    assert again.exit_code == 0, again.output
    assert "5 from cache" in again.stderr
    assert (llama_env.gets, len(llama_env.requests)) == ([], sent)


def error_of(output: Path) -> str:
    """The error message of the one record in `output`."""
    (line,) = output.read_text(encoding="utf-8").splitlines()
    return str(json.loads(line)["error"]["message"])


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_an_article_over_max_chars_says_which_variables_split_it(
    llama_env: Any, tmp_path: Path
) -> None:
    """The CLI user's refusal names what the CLI can set: VISITX_LONG_ARTICLES, VISITX_MAX_CHARS."""
    articles = tmp_path / "long.jsonl"
    articles.write_text(json.dumps({"id": "long", "text": "Word. " * 12_000}) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(articles), "-o", str(out), "--no-screen"])
    assert result.exit_code == 0, result.output
    message = error_of(out)
    assert "VISITX_LONG_ARTICLES=chunk" in message
    assert "VISITX_MAX_CHARS" in message
    assert llama_env.requests == []


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_a_server_context_error_says_which_variables_split_the_article(
    llama_env: Any, tmp_path: Path
) -> None:
    """llama.cpp's exceed_context_size_error names VISITX_LONG_ARTICLES and VISITX_MAX_CHARS."""
    llama_env.script("context_length")
    out = tmp_path / "out.jsonl"
    german = ARTICLES / "seeds" / "004_9cac97c1ccfe093a.txt"
    result = CliRunner().invoke(main, ["extract", str(german), "-o", str(out)])
    assert result.exit_code == 0, result.output
    message = error_of(out)
    assert "ContextTooLong" in json.loads(out.read_text())["error"]["type"]
    assert "VISITX_LONG_ARTICLES=chunk" in message
    assert "VISITX_MAX_CHARS" in message


def test_max_chars_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_MAX_CHARS sets Settings.max_chars, so a CLI user can lower or raise it."""
    monkeypatch.setenv("VISITX_MAX_CHARS", "12000")
    assert Settings.from_env().max_chars == 12_000


def test_a_max_chars_that_is_not_a_number_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_MAX_CHARS=lots is a ConfigurationError naming the variable."""
    monkeypatch.setenv("VISITX_MAX_CHARS", "lots")
    with pytest.raises(ConfigurationError, match="VISITX_MAX_CHARS"):
        Settings.from_env()


@pytest.mark.parametrize("name", ["visits.parquet", "visits.csv", "visits.duckdb"])
def test_extract_refuses_an_output_named_like_an_export_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """`extract -o visits.parquet` would write JSONL under a Parquet name: exit 2, say export."""
    monkeypatch.setenv("VISITX_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / name
    result = CliRunner().invoke(main, ["extract", str(INDEX), "-o", str(out)])
    assert result.exit_code == 2
    assert "visitx export" in result.stderr
    assert not out.exists()


def test_a_pipe_given_as_a_path_is_refused_with_the_stdin_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`visitx extract <(jq ...)` is a pipe, not a .jsonl file: exit 3, naming `-` (stdin)."""
    monkeypatch.setenv("VISITX_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    fifo = tmp_path / "63"
    os.mkfifo(fifo)
    line = json.dumps({"id": "a", "text": "The minister visited Ankara."}) + "\n"

    def feed() -> None:
        # Without the refusal the run reads the pipe to its end, so the test ends either way.
        with fifo.open("w", encoding="utf-8") as pipe:
            pipe.write(line)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        result = CliRunner().invoke(main, ["extract", str(fifo)])
        assert result.exit_code == 3, result.output
        assert "| visitx extract -" in result.stderr
    finally:
        # Let the writer finish if nothing read the pipe.
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        writer.join(timeout=5)
        os.close(reader)
