"""Appending whole lines to a results file: its lock, and the low-level steps of an append.

`io.output.ResultsFile` is built on these: every append and every compaction holds the
file's `OutputLock`; an append first makes the file end with a line end (`mend_tail`),
then writes its bytes (`write_all`) and cuts them off again if the write fails.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from visitx.core.errors import InputError
from visitx.core.models import Extraction

# How long a run waits for another run's append or compaction before giving up.
LOCK_TIMEOUT = 600.0
_TAIL_CHUNK = 65536


class OutputLock:
    """The lock every writer of a results file holds while it appends or replaces it.

    A `.NAME.lock` file beside the results file (kept: unlinking a lock file that others
    wait on would be a race). Re-entrant within one process, usable many times.
    """

    def __init__(self, path: Path) -> None:
        from filelock import FileLock

        self.path = path
        self._lock = FileLock(
            path.with_name(f".{path.name}.lock"),
            timeout=LOCK_TIMEOUT,
            thread_local=False,
            preserve_lock_file=True,
        )

    def __enter__(self) -> OutputLock:
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise InputError(
                f"Another visitx run has held {self.path} for over {LOCK_TIMEOUT:g} s; "
                "wait for it to finish, or choose another --output."
            ) from exc
        except OSError as exc:
            raise unwritable(self.path, exc) from exc
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._lock.release()


def write_all(fd: int, data: bytes) -> None:
    """Write all of `data` (os.write may take part of it); a write of nothing is ENOSPC."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written == 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


def mend_tail(fd: int) -> bool:
    """Make the file end with a line end: cut a torn last line, or end a whole one.

    Returns whether a torn line was cut off.
    """
    size = os.fstat(fd).st_size
    if size == 0 or os.pread(fd, 1, size - 1) == b"\n":
        return False
    start = size
    while start > 0:
        chunk_start = max(0, start - _TAIL_CHUNK)
        at = os.pread(fd, start - chunk_start, chunk_start).rfind(b"\n")
        if at >= 0:
            start = chunk_start + at + 1
            break
        start = chunk_start
    tail = os.pread(fd, size - start, start)
    if _is_record(tail):
        write_all(fd, b"\n")
        return False
    os.ftruncate(fd, start)
    return True


def _is_record(data: bytes) -> bool:
    from pydantic import ValidationError

    try:
        Extraction.model_validate_json(data.removeprefix(b"\xef\xbb\xbf"))
    except ValidationError:
        return False
    return True


def unwritable(path: Path, exc: OSError) -> InputError:
    """The error to show for an append or a lock that failed with `exc`."""
    if exc.errno in {errno.ENOSPC, errno.EDQUOT}:
        return InputError(
            f"Cannot write {path}: {exc.strerror or 'no space left'}. Every record written "
            "before is whole; free some space and run the same command again to resume."
        )
    return InputError(
        f"Cannot write {path}: {exc.strerror or exc}. Check that the folder is "
        "writable, or choose another --output."
    )
