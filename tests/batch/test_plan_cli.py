"""The command line's side of the screen and budgets: exit code 5, --retry-skipped, eval."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx.cli.main import main

from conftest import ARTICLES

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

WEATHER = "Heavy rain is expected on Sunday, with up to 40 millimetres in the hills."
STEMS = ["w19_en_relative", "w09_de_range", "w13_ru_multistop", "w05_fa_solar"]


@pytest.fixture
def env(local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


def write_input(path: Path, *texts: str) -> Path:
    lines = [json.dumps({"text": text, "id": f"a{i}"}) for i, text in enumerate(texts)]
    lines += [
        json.dumps({"text": (ARTICLES / "written" / f"{s}.txt").read_text("utf-8"), "id": s})
        for s in STEMS
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_budget_stop_exits_5_names_the_spend_and_keeps_the_file(
    env: Path, local_server: Any
) -> None:
    """--budget: exit code 5, the summary names the spend, the records so far are written."""
    source = write_input(env / "in.jsonl")
    out = env / "out.jsonl"
    args = ["extract", str(source), "-o", str(out), "--model", "gpt-4.1-mini", "--concurrency", "1"]
    run = CliRunner().invoke(main, [*args, "--budget", "0.003"])
    assert run.exit_code == 5, run.output
    assert "budget" in run.output
    assert "$" in run.output
    written = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(written) == len(local_server.requests) < len(STEMS)
    again = CliRunner().invoke(main, [*args, "--budget", "1"])
    assert again.exit_code == 0, again.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(STEMS)
    assert len(local_server.requests) == len(STEMS)


def test_the_summary_counts_screened_articles_and_shows_cost(env: Path) -> None:
    """The closing line says how many were screened out, with tokens and price."""
    source = write_input(env / "in.jsonl", WEATHER)
    run = CliRunner().invoke(
        main, ["extract", str(source), "-o", str(env / "out.jsonl"), "--model", "gpt-4.1-mini"]
    )
    assert run.exit_code == 0, run.output
    assert "1 screened out" in run.output
    assert "completion tokens, $" in run.output


def test_retry_skipped_sends_exactly_the_screened_out_articles(
    env: Path, local_server: Any
) -> None:
    """--retry-skipped re-runs the skipped record (screen off) and nothing else."""
    source = write_input(env / "in.jsonl", WEATHER)
    out = env / "out.jsonl"
    assert CliRunner().invoke(main, ["extract", str(source), "-o", str(out)]).exit_code == 0
    before = len(local_server.requests)
    assert before == len(STEMS)
    run = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--retry-skipped"])
    assert run.exit_code == 0, run.output
    assert len(local_server.requests) == before + 1
    assert WEATHER in json.dumps(local_server.requests[-1], ensure_ascii=False)


def test_eval_reports_the_screens_recall_on_gold() -> None:
    """`visitx eval GOLD PRED` prints the screen's recall beside the scores."""
    gold = str(ARTICLES / "gold.jsonl")
    run = CliRunner().invoke(main, ["eval", gold, gold])
    assert run.exit_code == 0, run.output
    assert "Screen: kept 28/28 gold article(s) that report a visit (recall 100.0%)" in run.output


@pytest.mark.parametrize(("flags", "requests", "screened"), [((), 1, 1), (("--no-screen",), 2, 0)])
def test_batch_submit_screens_unless_told_not_to(
    env: Path, local_server: Any, flags: tuple[str, ...], requests: int, screened: int
) -> None:
    """`batch submit` leaves screened-out articles unsent and counts them; --no-screen sends all."""
    source = env / "in.jsonl"
    story = (ARTICLES / "written" / f"{STEMS[0]}.txt").read_text("utf-8")
    source.write_text(
        json.dumps({"text": WEATHER, "id": "weather"}) + "\n"
        + json.dumps({"text": story, "id": "story"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    args = ["batch", "submit", str(source), "--manifest", str(env / "m"), "--dry-run", *flags]
    run = CliRunner().invoke(main, args)
    assert run.exit_code == 0, run.output
    assert f"{requests:,} request(s) in 1 file(s)" in run.output
    assert f"{screened:,} screened out (not sent)" in run.output
    assert local_server.requests == []
