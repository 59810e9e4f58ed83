"""Standard output on a full device ends in one line and exit code 3, not a traceback.

The real-server soak (bench/README.md, branch `soak`) ran `visitx extract ... > /dev/full`,
`visitx demo > /dev/full` and `visitx events ... > /dev/full`: each printed a traceback
ending in `OSError: [Errno 28] No space left on device`. `--output` on a full disk already
said so in one line (exit 3); standard output now does the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")

DEADLINE_S = 120


def _visitx_into_full_device(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`python -m visitx ARGS` with stdout on /dev/full; the test fails if it hangs."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env.pop("VISITX_CACHE_DIR", None)
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "visitx", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=DEADLINE_S,
            check=False,
        )


def test_extract_to_a_full_stdout_says_so_in_one_line(tmp_path: Path) -> None:
    """`visitx extract` whose stdout is full exits 3 with a message, no traceback."""
    article = tmp_path / "weather.txt"
    article.write_text("Rain is expected on Tuesday in the north of the country.\n")
    done = _visitx_into_full_device(
        ["extract", str(article), "--base-url", "http://127.0.0.1:9/v1", "--model", "m"],
        tmp_path,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 3, done.stderr
    assert "Cannot write the output (standard output): No space left" in done.stderr


def test_demo_to_a_full_stdout_says_so_in_one_line(tmp_path: Path) -> None:
    """`visitx demo` whose stdout is full exits 3 with a message, no traceback."""
    done = _visitx_into_full_device(["demo"], tmp_path)
    assert "Traceback" not in done.stderr
    assert done.returncode == 3, done.stderr
    assert "No space left on device" in done.stderr
