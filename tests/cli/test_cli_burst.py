"""`visitx extract -o` appends cached records in bursts: a killed run is finished from the cache.

A real `python -m visitx` process (only a real process can be killed with SIGKILL) against
the reference server on 127.0.0.1; its input comes on stdin so the test decides when.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from visitx.core.models import Extraction

from conftest import ARTICLES, REFERENCE_MODEL, ROOT, invoke_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
DEADLINE_S = 90.0


def article_lines(count: int) -> list[str]:
    """The first `count` articles of the fixture index, as JSONL lines with their text."""
    lines = []
    for line in (ARTICLES / "index.jsonl").read_text(encoding="utf-8").splitlines()[:count]:
        entry = json.loads(line)
        entry["text"] = (ARTICLES / entry.pop("path")).read_text(encoding="utf-8")
        lines.append(json.dumps(entry) + "\n")
    return lines


def whole_lines(path: Path) -> list[Extraction]:
    """The records of the file's whole lines (a line cut by the kill is not one)."""
    if not path.exists():
        return []
    raw = path.read_bytes()
    return [Extraction.model_validate_json(line) for line in raw.split(b"\n")[:-1]]


def wait_for_lines(path: Path, count: int) -> None:
    """Poll the file until it holds `count` whole lines; fail the test after the deadline."""
    deadline = time.monotonic() + DEADLINE_S
    while len(whole_lines(path)) < count:
        assert time.monotonic() < deadline, f"{path} never held {count} line(s)"
        time.sleep(0.05)


def invoke(args: list[str]) -> Any:
    """`visitx` in this process, failing the test if it hangs."""
    return invoke_within(args, DEADLINE_S)


@pytest.fixture
def env(local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """VISITX_* for the reference server, set here and given for a subprocess."""
    values = {
        "VISITX_MODEL": REFERENCE_MODEL,
        "VISITX_BASE_URL": local_server.base_url,
        "VISITX_CACHE_DIR": str(tmp_path / "cache"),
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("VISITX_", "OPENAI_"))}
    return {**clean, **values, "PYTHONPATH": str(ROOT / "src")}


def test_a_cached_run_killed_with_sigkill_is_finished_from_the_cache(
    env: dict[str, str], local_server: Any, tmp_path: Path
) -> None:
    """kill -9 mid-run: whole lines only; the re-run adds the rest once, sending nothing."""
    lines = article_lines(5)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    warm = invoke(["extract", str(source), "-o", str(tmp_path / "warm.jsonl")])
    assert warm.exit_code == 0, warm.output
    sent = len(local_server.requests)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "visitx", "extract", "-", "-o", str(out), "--no-progress"]
    proc = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write("".join(lines[:3]).encode())
        proc.stdin.flush()
        wait_for_lines(out, 3)  # cached records reach the file while the input is open
        proc.stdin.write("".join(lines[3:]).encode())
        proc.stdin.flush()
        proc.kill()  # SIGKILL: the records waiting in the burst are lost
        proc.communicate(timeout=DEADLINE_S)
    finally:
        if proc.poll() is None:
            proc.kill()
    given = [json.loads(line)["id"] for line in lines]
    before = [r.article.source_id for r in whole_lines(out)]
    assert set(given[:3]) <= set(before) <= set(given)
    assert len(before) == len(set(before))
    rerun = invoke(["extract", str(source), "-o", str(out), "--no-progress"])
    assert rerun.exit_code == 0, rerun.output
    after = whole_lines(out)
    assert out.read_bytes().endswith(b"\n")
    assert sorted(r.article.source_id or "" for r in after) == sorted(given)
    assert all(r.error is None for r in after)
    assert len(local_server.requests) == sent  # the cache made the lost records again




def test_a_full_disk_under_the_timer_stops_the_run(
    env: dict[str, str], tmp_path: Path, small_disk: Path
) -> None:
    """Cached records on stdin, the disk full when the timer appends them: the run stops."""
    lines = article_lines(3)
    source = tmp_path / "in.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    warm = invoke(["extract", str(source), "-o", str(tmp_path / "warm.jsonl")])
    assert warm.exit_code == 0, warm.output
    (small_disk / "filler").write_bytes(b"x" * (60 * 1024))  # room for one record at most
    out = small_disk / "out.jsonl"
    command = [sys.executable, "-m", "visitx", "extract", "-", "-o", str(out), "--no-progress"]
    proc = subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    try:
        proc.stdin.write("".join(lines).encode())
        proc.stdin.flush()  # stdin stays open: only the failed append can end the run
        deadline = time.monotonic() + DEADLINE_S
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is not None, "the run did not stop when its append failed"
        _, stderr = proc.communicate(timeout=DEADLINE_S)
    finally:
        if proc.poll() is None:
            proc.kill()
    text = stderr.decode()
    assert proc.returncode == 3, text  # stdin still open: no abort at shutdown either
    assert "Error: Cannot write" in text
    assert "No space left on device" in text
    assert "Traceback" not in text
    assert not out.exists() or out.read_bytes() == b""
