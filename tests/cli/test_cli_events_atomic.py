"""`visitx events -o FILE` leaves the whole file or none when the write fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).parents[2] / "examples" / "articles" / "gold.jsonl"
SRC = Path(__file__).parents[2] / "src"

# Run `visitx events` with a 4 KiB file-size limit; SIGXFSZ ignored so the write fails
# with EFBIG ("File too large") instead of killing the process.
_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
from visitx.cli.main import main
sys.argv = ["visitx", "events", sys.argv[1], "-o", sys.argv[2]]
main()
"""


def test_events_write_over_the_size_limit_leaves_no_file(tmp_path: Path) -> None:
    """Events of the 34 gold articles (> 4 KiB) under a 4 KiB limit: exit 3, no file left."""
    out = tmp_path / "events.jsonl"
    done = subprocess.run(
        [sys.executable, "-c", _LIMITED, str(EXAMPLES), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        # no .pyc written under the limit: a cut-off one would break later imports
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "File too large" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []
