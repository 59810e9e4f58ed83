"""The files of a batch folder (`batch.manifest`), written atomically, read as JSON lines.

`write_atomic` and `AtomicLines` write to a temporary file beside the target and rename
it over it, so a crash leaves the old content or the new, never a torn one; `read_lines`
reads a JSONL file lazily (a line that is not JSON is an `InputError` naming it).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from visitx.core.errors import InputError

__all__ = ["AtomicLines", "dump_line", "index_lines", "read_lines", "write_atomic"]


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old content or the new, never a torn one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class AtomicLines:
    """A JSONL file written line by line to a temporary file, renamed on `commit()`."""

    def __init__(self, path: Path, *, keep_mode: bool = False) -> None:
        self.path = path
        self.keep_mode = keep_mode  # an output file: keep its mode (0644 when new), not 0600
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        self.tmp = Path(tmp)
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        self.lines = 0
        self.bytes = 0

    def write(self, line: str) -> None:
        self.handle.write(line + "\n")
        self.lines += 1
        self.bytes += len(line.encode("utf-8")) + 1

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        if self.keep_mode:
            try:
                mode = self.path.stat().st_mode & 0o7777
            except FileNotFoundError:
                mode = 0o644
            os.chmod(self.tmp, mode)
        os.replace(self.tmp, self.path)

    def discard(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.tmp.unlink(missing_ok=True)


def read_lines(path: Path, *, objects_only: bool = True) -> Iterator[Any]:
    """The JSON objects of a JSONL file, lazily; a missing file has none.

    With `objects_only=False` every JSON value is yielded, not only objects.
    """
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{number} is not JSON ({exc}).") from exc
            if isinstance(value, dict) or not objects_only:
                yield value


def dump_line(value: Any) -> str:
    """`value` as one compact JSON line (not ASCII-escaped), without the newline."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def index_lines(paths: Iterable[Path]) -> dict[str, dict[str, Any]]:
    """custom_id -> line, over the provider's output or error files."""
    found: dict[str, dict[str, Any]] = {}
    for path in paths:
        for line in read_lines(path):
            custom_id = line.get("custom_id")
            if isinstance(custom_id, str):
                found[custom_id] = line
    return found
