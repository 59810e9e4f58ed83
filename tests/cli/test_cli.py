"""The `visitx` command, end to end with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx.cli.main import main

from conftest import ARTICLES, load_article

SEED_DIR = ARTICLES / "seeds"


@pytest.fixture
def env(provider_env: Path) -> Path:
    """The command pointed at the provider (or the cassette) with a fresh cache."""
    return provider_env


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.vcr
def test_extract_a_folder_then_rerun_skips_what_is_done(env: Path) -> None:
    """The seed folder becomes 5 JSONL records; a rerun appends nothing and calls nothing."""
    out = env / "out.jsonl"
    first = CliRunner().invoke(main, ["extract", str(SEED_DIR), "-o", str(out), "--no-cache"])
    assert first.exit_code == 0, first.output
    records = lines(out)
    assert len(records) == 5
    assert "5 article(s): 5 extracted" in first.output
    second = CliRunner().invoke(main, ["extract", str(SEED_DIR), "-o", str(out), "--no-cache"])
    assert second.exit_code == 0, second.output
    assert "5 already in the output" in second.output
    assert len(lines(out)) == 5


@pytest.mark.vcr
def test_extract_jsonl_from_stdin_to_stdout(env: Path) -> None:
    """JSONL on stdin: records on stdout, bad lines recorded as failures, exit 0."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    stdin = json.dumps({"text": text, "id": "de-1"}) + "\nnot json\n"
    result = CliRunner().invoke(main, ["extract", "-"], input=stdin)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    by_id = {r["article"]["source_id"]: r for r in records}  # type: ignore[index]
    assert by_id["de-1"]["visits"]
    assert by_id["<stdin>:2"]["error"]["type"] == "InputError"
    assert "1 failed" in result.stderr


def test_missing_path_is_one_line_and_exit_3(env: Path) -> None:
    """A path that does not exist stops the run with one line, no traceback."""
    result = CliRunner().invoke(main, ["extract", str(env / "nope.txt")])
    assert result.exit_code == 3
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_no_key_is_exit_2(tmp_path: Path) -> None:
    """Without a key or base URL the run does not start (exit 2) and says which variable."""
    result = CliRunner().invoke(main, ["extract", str(SEED_DIR / "index.jsonl")])
    assert result.exit_code == 2
    assert "VISITX_API_KEY" in result.output


@pytest.mark.vcr
def test_cache_info_and_clear(env: Path) -> None:
    """cache info counts results; cache clear --yes removes them."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    source = env / "a.txt"
    source.write_text(text, encoding="utf-8")
    run = CliRunner().invoke(main, ["extract", str(source), "-o", str(env / "o.jsonl")])
    assert run.exit_code == 0
    info = CliRunner().invoke(main, ["cache", "info"])
    assert "drafts:    1" in info.output
    cleared = CliRunner().invoke(main, ["cache", "clear", "--yes"])
    assert "removed 1 draft(s)" in cleared.output
    assert "drafts:    0" in CliRunner().invoke(main, ["cache", "info"]).output


def test_help_is_the_docstring() -> None:
    """`visitx --help` shows the group's docstring and the commands."""
    result = CliRunner().invoke(main, ["--help"])
    assert "international visits" in result.output
    for command in ("demo", "extract", "cache"):
        assert command in result.output
