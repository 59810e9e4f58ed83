"""`visitx batch collect/resubmit/status` take `batch submit`'s --temperature and
--strip-boilerplate/--keep-boilerplate from the manifest: left out, the submitted values are
used; given with another value (even the default), exit 2 with one line that names the
submitted value. Offline: the fake batch API on 127.0.0.1.
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


@pytest.fixture
def env(batch_server: BatchServer, tmp_path: Path) -> dict[str, str]:
    return env_for(batch_server, tmp_path)


@pytest.fixture
def folder(env: dict[str, str], tmp_path: Path) -> str:
    """The five seeds submitted with --temperature 0.2 --keep-boilerplate."""
    where = str(tmp_path / "m")
    run = CliRunner().invoke(
        main,
        ["batch", "submit", SEEDS_DIR, "--manifest", where, "--temperature", "0.2",
         "--keep-boilerplate"],
        env=env,
    )  # fmt: skip
    assert run.exit_code == 0, run.output
    return where


def chats(batch_server: BatchServer) -> int:
    return sum(1 for _, path in batch_server.calls if path.endswith("/chat/completions"))


def collect(env: dict[str, str], folder: str, out: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main, ["batch", "collect", "--manifest", folder, "-o", str(out), *args], env=env
    )


def test_collect_without_options_uses_the_submitted_settings(
    batch_server: BatchServer, env: dict[str, str], folder: str, tmp_path: Path
) -> None:
    """collect with no option: exit 0, all five seeds recorded, no live model call."""
    out = tmp_path / "out.jsonl"
    run = collect(env, folder, out)
    assert run.exit_code == 0, run.output
    assert "5 answer(s) validated now; 0 failed; 0 still running" in run.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["article"]["source_id"] for r in records) == sorted(
        str(ARTICLES / "seeds" / f"{stem}.txt") for stem in SEEDS
    )
    assert [r["error"] for r in records] == [None] * 5
    assert chats(batch_server) == 0


def test_collect_with_another_temperature_is_one_line_and_exit_2(
    env: dict[str, str], folder: str, tmp_path: Path
) -> None:
    """--temperature 0.5 against 0.2: exit 2, the message names 0.2, no traceback, no output."""
    out = tmp_path / "out.jsonl"
    run = collect(env, folder, out, "--temperature", "0.5")
    assert run.exit_code == 2, run.output
    assert "was submitted with temperature=0.2, but temperature=0.5 was given" in run.output
    assert "leave temperature unset" in run.output
    assert "Traceback" not in run.output
    assert not out.exists()


def test_an_explicit_default_that_differs_is_refused(
    env: dict[str, str], folder: str, tmp_path: Path
) -> None:
    """--temperature 0 (the default, given) against 0.2: refused, not silently replaced."""
    run = collect(env, folder, tmp_path / "out.jsonl", "--temperature", "0")
    assert run.exit_code == 2, run.output
    assert "temperature=0.2, but temperature=0.0 was given" in run.output


def test_the_variable_that_differs_is_refused(
    env: dict[str, str], folder: str, tmp_path: Path
) -> None:
    """VISITX_STRIP_BOILERPLATE=1 against --keep-boilerplate: exit 2, names strip_boilerplate."""
    run = collect({**env, "VISITX_STRIP_BOILERPLATE": "1"}, folder, tmp_path / "out.jsonl")
    assert run.exit_code == 2, run.output
    assert "strip_boilerplate=false, but strip_boilerplate=true was given" in run.output
    assert "Traceback" not in run.output


def test_resubmit_with_another_setting_starts_no_job(
    batch_server: BatchServer, env: dict[str, str], tmp_path: Path
) -> None:
    """Two lines expired; resubmit --strip-boilerplate (submitted keeping it): exit 2, no job."""
    batch_server.expire_after(3)
    where = str(tmp_path / "m")
    submitted = CliRunner().invoke(
        main, ["batch", "submit", SEEDS_DIR, "--manifest", where], env=env
    )
    assert submitted.exit_code == 0, submitted.output
    assert collect(env, where, tmp_path / "out.jsonl").output.count("  expired ") == 2
    run = CliRunner().invoke(
        main, ["batch", "resubmit", "--manifest", where, "--strip-boilerplate"], env=env
    )
    assert run.exit_code == 2, run.output
    assert "strip_boilerplate=false" in run.output
    assert not (tmp_path / "m" / "shard-00002.requests.jsonl").exists()


def test_status_shows_what_the_batch_was_submitted_with(
    batch_server: BatchServer, env: dict[str, str], folder: str
) -> None:
    """status names the settings that differ from the defaults: temperature=0.2, the endpoint."""
    run = CliRunner().invoke(main, ["batch", "status", "--manifest", folder], env=env)
    assert run.exit_code == 0, run.output
    assert f"Submitted with temperature=0.2, base_url={batch_server.base_url}." in run.output


def test_an_older_manifest_collects_with_the_options_given(
    env: dict[str, str], folder: str, tmp_path: Path
) -> None:
    """A manifest without kept settings, collected with --temperature 0.2: all five, exit 0."""
    path = Path(folder) / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["settings"]
    path.write_text(json.dumps(data), encoding="utf-8")
    run = collect(env, folder, tmp_path / "out.jsonl", "--temperature", "0.2")
    assert run.exit_code == 0, run.output
    assert "5 answer(s) validated now; 0 failed; 0 still running" in run.output


def test_collect_without_a_base_url_uses_the_submitted_endpoint(
    batch_server: BatchServer,
    env: dict[str, str],
    folder: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """VISITX_BASE_URL unset (OpenAI's endpoint otherwise): collected from the kept one."""
    monkeypatch.delenv("VISITX_BASE_URL", raising=False)
    bare = {k: v for k, v in env.items() if k != "VISITX_BASE_URL"}
    run = collect(bare, folder, tmp_path / "out.jsonl")
    assert run.exit_code == 0, run.output
    assert "5 answer(s) validated now; 0 failed; 0 still running" in run.output
    assert chats(batch_server) == 0


def test_collect_at_another_endpoint_is_one_line_and_exit_2(
    env: dict[str, str], folder: str, tmp_path: Path
) -> None:
    """--base-url with another port and a password: exit 2, both URLs named, password masked."""
    out = tmp_path / "out.jsonl"
    run = collect(env, folder, out, "--base-url", "http://me:hunter2@127.0.0.1:9/v1")
    assert run.exit_code == 2, run.output
    assert (
        f"submitted with base_url={env['VISITX_BASE_URL']}, but "
        "base_url=http://me:***@127.0.0.1:9/v1 was given"
    ) in run.output
    assert "hunter2" not in run.output
    assert "Traceback" not in run.output
    assert not out.exists()


def test_another_mode_is_refused(env: dict[str, str], folder: str, tmp_path: Path) -> None:
    """VISITX_MODE=tools against a batch shaped for json_schema: exit 2, names both."""
    run = collect({**env, "VISITX_MODE": "tools"}, folder, tmp_path / "out.jsonl")
    assert run.exit_code == 2, run.output
    assert "submitted with mode=json_schema, but mode=tools was given (VISITX_MODE)" in run.output
