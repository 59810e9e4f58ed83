"""`visitx batch submit --temperature X` keys each article's request with X, so `batch collect`
and `batch resubmit` take `--temperature` too (and all three read `VISITX_TEMPERATURE`): a
batch submitted at 0.3 is collected at 0.3, and collecting it at the default 0 is refused with
a message that says to give the temperature again. Offline: the fake batch API on 127.0.0.1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from visitx.cli.main import main

from batch_server import BatchServer, env_for
from conftest import ARTICLES, SEEDS

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SEEDS_DIR = str(ARTICLES / "seeds")


def _submit(env: dict[str, str], folder: str, *args: str) -> None:
    run = CliRunner().invoke(main, ["batch", "submit", SEEDS_DIR, "--manifest", folder, *args],
                             env=env)  # fmt: skip
    assert run.exit_code == 0, run.output


def _collect(env: dict[str, str], folder: str, out: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["batch", "collect", "--manifest", folder, "-o", str(out), *args], env=env
    )


def _temperatures(folder: str) -> set[float]:
    """The temperature in the body of every request `submit` wrote into the manifest folder."""
    return {
        json.loads(line)["body"]["temperature"]
        for path in Path(folder).glob("*.requests.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
    }


def test_collect_with_the_same_temperature_builds_the_records(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """submit --temperature 0.3, collect --temperature 0.3: all five seed articles collected."""
    env, folder, out = env_for(batch_server, tmp_path), str(tmp_path / "m"), tmp_path / "out.jsonl"
    _submit(env, folder, "--temperature", "0.3")
    assert _temperatures(folder) == {0.3}
    run = _collect(env, folder, out, "--temperature", "0.3")
    assert run.exit_code == 0, run.output
    assert "5 answer(s) validated now; 0 failed; 0 still running" in run.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["article"]["source_id"] for r in records) == sorted(
        str(ARTICLES / "seeds" / f"{stem}.txt") for stem in SEEDS
    )


def _as_written_before(folder: str) -> None:
    """Make the manifest one written before visitx kept the submitted settings."""
    path = Path(folder) / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["settings"]
    path.write_text(json.dumps(data), encoding="utf-8")


def test_collect_without_the_temperature_is_a_clear_error(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """An older manifest (no settings kept) at 0.3, collect without it: exit 2, names
    --temperature. (A manifest that keeps them: tests/cli/test_cli_batch_remembers.py.)"""
    env, folder, out = env_for(batch_server, tmp_path), str(tmp_path / "m"), tmp_path / "out.jsonl"
    _submit(env, folder, "--temperature", "0.3")
    _as_written_before(folder)
    run = _collect(env, folder, out)
    assert run.exit_code == 2, run.output
    assert "The settings differ from those the batch" in run.output
    assert "--temperature" in run.output
    assert "Traceback" not in run.output
    assert not out.exists()


def test_the_variable_serves_submit_and_collect(batch_server: BatchServer, tmp_path: Path) -> None:
    """VISITX_TEMPERATURE=0.3 for both commands, no option: sent at 0.3 and collected."""
    env = env_for(batch_server, tmp_path, VISITX_TEMPERATURE="0.3")
    folder, out = str(tmp_path / "m"), tmp_path / "out.jsonl"
    _submit(env, folder)
    assert _temperatures(folder) == {0.3}
    run = _collect(env, folder, out)
    assert run.exit_code == 0, run.output
    assert "5 answer(s) validated now; 0 failed" in run.output


def test_resubmit_takes_the_temperature_and_collect_completes(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """Two lines expire; resubmit --temperature 0.3 sends them again at 0.3; collect has all."""
    env, folder, out = env_for(batch_server, tmp_path), str(tmp_path / "m"), tmp_path / "out.jsonl"
    batch_server.expire_after(3)
    _submit(env, folder, "--temperature", "0.3")
    first = _collect(env, folder, out, "--temperature", "0.3")
    assert first.output.count("  expired ") == 2
    again = CliRunner().invoke(
        main, ["batch", "resubmit", "--manifest", folder, "--temperature", "0.3"], env=env
    )
    assert again.exit_code == 0, again.output
    assert "shard-00002" in again.output
    assert _temperatures(folder) == {0.3}
    last = _collect(env, folder, out, "--temperature", "0.3")
    assert "2 answer(s) validated now; 0 failed; 0 still running" in last.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_resubmit_without_the_temperature_is_a_clear_error(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """An older manifest sent at 0.3, resubmitted without --temperature: exit 2, no new job."""
    env, folder, out = env_for(batch_server, tmp_path), str(tmp_path / "m"), tmp_path / "out.jsonl"
    batch_server.expire_after(3)
    _submit(env, folder, "--temperature", "0.3")
    _as_written_before(folder)
    _collect(env, folder, out, "--temperature", "0.3")
    run = CliRunner().invoke(main, ["batch", "resubmit", "--manifest", folder], env=env)
    assert run.exit_code == 2, run.output
    assert "--temperature" in run.output
    assert "shard-00002" not in run.output
