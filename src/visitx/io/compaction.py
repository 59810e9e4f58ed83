"""Compacting a results file: one record per article, written to a temporary file beside
it and renamed over it, under the file's lock (`io.output.ResultsFile` compacts when a
run ends). A failure leaves the file as it was: every record in it still counts.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from visitx.core.errors import InputError
from visitx.io.appending import OutputLock
from visitx.io.results import ResultsIndex, index_results, line_at

__all__ = ["compact"]


def compact(path: Path, *, path_shown: Path | None = None) -> None:
    """Rewrite a results file with its current records only, safely (temp file + rename).

    Holds the file's lock, so appends of other runs wait and then follow the new file.

    Raises:
        InputError: the file cannot be read or the new one cannot be written; the old
            one is then left as it was.
    """
    shown = path_shown or path
    with OutputLock(path):
        index = index_results(path)
        try:
            if index.duplicates or index.torn:
                _rewrite(path, index, shown)
        finally:
            index.close()


def _rewrite(path: Path, index: ResultsIndex, shown: Path) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, path.open("rb") as source:
            for offset in index.offsets():
                out.write(line_at(source, offset) + b"\n")
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):  # keep the file's permissions
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise InputError(
            f"Cannot compact {shown}: {exc.strerror or exc}. The file is whole and every "
            "record in it counts (readers take the latest per article); free some space "
            "and run the command again to compact it."
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
