"""--timeout, --max-tokens and --max-reasks on the commands that ask a model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx.cli.main import main

from conftest import ARTICLES, REFERENCE_MODEL

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
SEED = ARTICLES / "seeds" / "000_3eacb9a9611f4138.txt"


@pytest.fixture
def server_env(local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("VISITX_MODEL", REFERENCE_MODEL)
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    return local_server


def test_max_tokens_reaches_the_request(server_env: Any, tmp_path: Path) -> None:
    """`extract --max-tokens 777` sends max_tokens 777."""
    run = CliRunner().invoke(main, ["extract", str(SEED), "--no-progress", "--max-tokens", "777"])
    assert run.exit_code == 0, run.output
    assert server_env.requests[-1]["max_tokens"] == 777


def test_max_reasks_zero_asks_once(server_env: Any, tmp_path: Path) -> None:
    """`extract --max-reasks 0` on an answer that is not JSON: one request, a failed record."""
    server_env.script(*["garbage"] * 5)
    out = tmp_path / "out.jsonl"
    args = ["extract", str(SEED), "-o", str(out), "--no-progress", "--max-reasks", "0"]
    run = CliRunner().invoke(main, args)
    assert run.exit_code == 0, run.output
    assert len(server_env.requests) == 1
    assert [r.error.type for r in visitx.read_results(out) if r.error] == ["ExtractionError"]


@pytest.mark.parametrize(
    "option",
    [["--timeout", "0"], ["--timeout", "x"], ["--max-tokens", "0"], ["--max-reasks", "-1"]],
)
def test_a_bad_limit_is_a_usage_error(option: list[str], tmp_path: Path) -> None:
    """An out-of-range or non-numeric limit: exit 2 with click's message naming the option."""
    run = CliRunner().invoke(main, ["extract", str(SEED), *option])
    assert run.exit_code == 2
    assert option[0] in run.output


def test_limits_apply_to_demo_live_only() -> None:
    """`demo --timeout 5` without --live is a usage error (the offline replay is fixed)."""
    run = CliRunner().invoke(main, ["demo", "--timeout", "5"])
    assert run.exit_code == 2
    assert "--live" in run.output


def test_eval_with_predictions_refuses_limits(tmp_path: Path) -> None:
    """`eval GOLD PRED --max-tokens 5`: nothing is extracted, so the option is refused."""
    gold = ARTICLES / "gold.jsonl"
    run = CliRunner().invoke(main, ["eval", str(gold), str(gold), "--max-tokens", "5"])
    assert run.exit_code == 2
    assert "--max-tokens" in run.output
