"""Runs `check_report.py`: the report rendered by a real, headless Chromium.

Skipped where Chromium is not installed (most CI images); on Debian,
`apt-get install chromium` provides /usr/bin/chromium and makes this test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SCRIPT = Path(__file__).with_name("check_report.py")


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs headless Chromium at /usr/bin/chromium (apt: chromium)"
)
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    """Chromium renders the seed report: RTL Persian article, script ran, screenshots taken."""
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--chromium", str(CHROMIUM), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "notebook-persian.png").stat().st_size > 0
