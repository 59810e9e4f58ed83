"""py3langid's model can start loading in the background, once per process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")

PROBE = """
import threading
from visitx.text import language
language.start_loading()
language.start_loading()  # a second call starts nothing
threads = [t for t in threading.enumerate() if t.name == "visitx-language"]
for t in threads:
    t.join(60)
print(len(threads) == 1, not any(t.is_alive() for t in threads),
      language.guess_language("Türkiye ile Ruanda arasındaki işbirlikleri görüşüldü."))
"""


def test_start_loading_loads_the_model_once_in_the_background() -> None:
    """Two calls start one loading thread, which finishes; guesses then work."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}, check=True,
    )
    assert out.stdout.split() == ["True", "True", "tr"]
