"""SIGTERM and SIGHUP end `visitx extract` as Ctrl-C does; what a killed run left is cleaned up.

The run is a real process against the reference server on 127.0.0.1; the server holds the
second answer until the test has sent its signal, so nothing waits on a clock.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx.cli.main import main

from conftest import ARTICLES, REFERENCE_MODEL, ROOT, invoke_within, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
DEADLINE_S = 90.0


def articles_file(tmp_path: Path, count: int) -> Path:
    lines = (ARTICLES / "index.jsonl").read_text(encoding="utf-8").splitlines()[:count]
    source = tmp_path / "in.jsonl"
    index = []
    for line in lines:
        entry = json.loads(line)
        entry["text"] = (ARTICLES / entry.pop("path")).read_text(encoding="utf-8")
        index.append(json.dumps(entry))
    source.write_text("\n".join(index) + "\n", encoding="utf-8")
    return source


def rerun_in_process(
    command: list[str], server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Any:
    """The same `visitx extract` again, in this process, failing the test if it hangs.

    A re-run needs no signal, and a second interpreter spends seconds importing the SDKs.
    """
    settings = local_settings(server, tmp_path)
    monkeypatch.setenv("VISITX_MODEL", settings.model)
    monkeypatch.setenv("VISITX_BASE_URL", str(settings.base_url))
    monkeypatch.setenv("VISITX_CACHE_DIR", str(settings.cache_dir))
    return invoke_within(command[command.index("extract") :], DEADLINE_S)


def env_for(server: Any, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VISITX_", "OPENAI_"))}
    env.update(
        PYTHONPATH=str(ROOT / "src"),
        VISITX_MODEL=REFERENCE_MODEL,
        VISITX_BASE_URL=server.base_url,
        VISITX_CACHE_DIR=str(tmp_path / "cache"),
    )
    return env


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_stop_signal_ends_the_run_like_ctrl_c(
    signum: int, code: int, local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A signal mid-run: summary, a compacted output, exit 128+n; a re-run finishes the rest."""
    reached, release = threading.Event(), threading.Event()

    def hold(draft: dict[str, Any]) -> dict[str, Any]:
        reached.set()
        release.wait(DEADLINE_S)
        return draft

    local_server.script("answer", ("wrong", hold))
    source, out = articles_file(tmp_path, 3), tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "visitx", "extract", str(source), "-o", str(out)]
    command += ["--concurrency", "1", "--no-progress"]
    env = env_for(local_server, tmp_path)
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert reached.wait(DEADLINE_S), "the second request never came"
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=DEADLINE_S)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, stderr
    assert f"Stopped by {signal.Signals(signum).name}" in stderr
    assert "1 article(s): 1 extracted" in stderr
    assert [r.error for r in visitx.read_results(out)] == [None]
    rerun = rerun_in_process(command, local_server, tmp_path, monkeypatch)
    assert rerun.exit_code == 0, rerun.output
    records = list(visitx.read_results(out))
    assert len(records) == 3
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert all(r.error is None for r in records)


def test_a_temporary_file_left_by_a_killed_run_is_removed(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`extract -o out.jsonl` removes an old `.out.jsonl.*.tmp` nobody holds open."""
    out = tmp_path / "out.jsonl"
    left = tmp_path / ".out.jsonl.k1ll3d.tmp"
    left.write_text('{"article": ', encoding="utf-8")
    hour_ago = time.time() - 3600
    os.utime(left, (hour_ago, hour_ago))
    settings = local_settings(local_server, tmp_path)
    monkeypatch.setenv("VISITX_MODEL", settings.model)
    monkeypatch.setenv("VISITX_BASE_URL", str(settings.base_url))
    monkeypatch.setenv("VISITX_CACHE_DIR", str(settings.cache_dir))
    source = articles_file(tmp_path, 1)
    run = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--no-progress"])
    assert run.exit_code == 0, run.output
    assert not left.exists()
    assert "left by a run that was killed" in run.output


@pytest.mark.parametrize("held", [1, 4])
def test_a_run_killed_with_sigkill_is_finished_by_a_rerun(
    held: int, local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """kill -9 while answer `held` is pending: a re-run leaves one valid record per article."""
    reached, release = threading.Event(), threading.Event()

    def hold(draft: dict[str, Any]) -> dict[str, Any]:
        reached.set()
        release.wait(DEADLINE_S)
        return draft

    local_server.script(*(["answer"] * (held - 1)), ("wrong", hold))
    source, out = articles_file(tmp_path, 5), tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "visitx", "extract", str(source), "-o", str(out)]
    command += ["--concurrency", "1", "--no-progress"]
    env = env_for(local_server, tmp_path)
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert reached.wait(DEADLINE_S), f"answer {held} was never asked for"
        proc.kill()  # SIGKILL: no handler, no summary, no compaction
        proc.communicate(timeout=DEADLINE_S)
    finally:
        release.set()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    rerun = rerun_in_process(command, local_server, tmp_path, monkeypatch)
    assert rerun.exit_code == 0, rerun.output
    lines = out.read_text(encoding="utf-8").splitlines()
    records = list(visitx.read_results(out))
    assert len(lines) == len(records) == 5
    assert len({r.article.id for r in records}) == 5
    assert all(r.error is None and r.visits for r in records)
