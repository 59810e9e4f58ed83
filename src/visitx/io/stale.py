"""Temporary files a killed run left behind (`.NAME.XXXX.tmp` beside the file it was writing).

visitx writes results, collected batches and manifest files to a temporary file beside
the target and renames it over the target, so a kill never tears the target; but a kill
at that moment (kill -9, a power cut) leaves the temporary file. The next run removes
those that no process has open (on Linux, read from /proc) and that are older than a few
seconds; where /proc cannot tell, only those older than an hour.
"""

from __future__ import annotations

import contextlib
import glob
import os
import time
from pathlib import Path

MIN_AGE_S = 5.0  # younger ones may belong to a run that is just starting to write
BLIND_AGE_S = 3600.0  # without /proc, a run may still be writing a file this old


def stale_temporaries(
    folder: Path, pattern: str = ".*.tmp", *, now: float | None = None
) -> list[Path]:
    """The temporary files in `folder` matching `pattern` that no running process writes."""
    now = time.time() if now is None else now
    held = _open_files()
    min_age = MIN_AGE_S if held is not None else BLIND_AGE_S
    stale = []
    for path in sorted(folder.glob(pattern)):
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue  # renamed or removed meanwhile
        if age >= min_age and (held is None or os.path.realpath(path) not in held):
            stale.append(path)
    return stale


def remove_stale_temporaries(target: Path, *, now: float | None = None) -> list[Path]:
    """Remove what a killed run left beside `target` (`.<name>.*.tmp`); returns them."""
    pattern = f".{glob.escape(target.name)}.*.tmp"
    return _remove(stale_temporaries(target.parent, pattern, now=now))


def remove_stale_in(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove every stale `.*.tmp` file in `folder` (a batch's manifest folder)."""
    return _remove(stale_temporaries(folder, now=now)) if folder.is_dir() else []


def _remove(paths: list[Path]) -> list[Path]:
    removed = []
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed.append(path)
    return removed


def _open_files() -> set[str] | None:
    """The files the processes we can see hold open, or None where /proc cannot tell."""
    proc = Path("/proc")
    if not (proc / "self" / "fd").is_dir():
        return None
    held: set[str] = set()
    for fds in proc.glob("[0-9]*/fd"):
        with contextlib.suppress(OSError):
            for fd in fds.iterdir():
                with contextlib.suppress(OSError):
                    held.add(os.readlink(fd))
    return held
