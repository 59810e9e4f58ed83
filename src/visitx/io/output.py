"""An output JSONL file as a set of current records, one per article.

Records are appended as they complete, so a crash loses nothing that finished; when the
run ends the file is compacted (written to a temporary file beside it, then renamed over
it) so that it holds one record per article: the last success, else the last failure. A
last line cut short by a crash or a full disk is cut off before anything is appended.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO

from visitx.core.errors import InputError
from visitx.core.models import Extraction
from visitx.io.files import Current, current_records


class ResultsFile:
    """The records of one output file, and the handle that appends to it.

    Args:
        path: the JSONL file; it need not exist, its folder must.

    Raises:
        InputError: the path is a folder, its folder does not exist, or the file exists
            and is not a visitx results file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            raise InputError(f"{path} is a folder; give --output a file name, e.g. visits.jsonl.")
        if not path.parent.is_dir():
            raise InputError(
                f"Cannot write {path}: the folder {path.parent} does not exist. "
                "Create it, or choose another --output."
            )
        try:
            self.current = current_records(path) if path.exists() else Current()
        except InputError as exc:
            raise InputError(
                f"{exc} Refusing to write into it: choose another --output."
            ) from exc
        self.appended = 0
        self._handle: IO[str] | None = None

    def done(self) -> dict[str, Extraction]:
        """The articles the file already holds a success for, by article id."""
        return {
            record.article.id: record
            for _, record in self.current.records.values()
            if record.error is None
        }

    def made_otherwise(self, model: str, prompt_version: str | None) -> list[Extraction]:
        """The successes made with another model or prompt than these."""
        return [
            record
            for record in self.done().values()
            if not _same_model(record.meta.model, model)
            or (record.meta.prompt_version or prompt_version) != prompt_version
        ]

    def open(self) -> str | None:
        """Start appending: cut off a torn last line first. Returns a note on what was repaired.

        Raises:
            InputError: the file cannot be written.
        """
        note = None
        try:
            if self.current.torn:
                with self.path.open("r+b") as handle:
                    handle.truncate(self.current.size)
                note = (
                    f"{self.path}: the last line was cut short (a crash or a full disk); "
                    "it was removed and its article is extracted again."
                )
            self._handle = self.path.open("a", encoding="utf-8")
            if self.current.missing_newline:
                self._handle.write("\n")
        except OSError as exc:
            raise InputError(
                f"Cannot write {self.path}: {exc.strerror or exc}. Check that the folder is "
                "writable, or choose another --output."
            ) from exc
        return note

    def write(self, record: Extraction) -> None:
        """Append one record and flush it to the file."""
        if self._handle is None:
            raise RuntimeError("ResultsFile.open() first")
        self._handle.write(record.model_dump_json() + "\n")
        self._handle.flush()
        self.appended += 1

    def close(self) -> None:
        """Stop appending and compact the file to one record per article."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self.appended or self.current.duplicates:
            compact(self.path)


def compact(path: Path) -> None:
    """Rewrite a results file with its current records only, safely (temp file + rename)."""
    current = current_records(path)
    if not current.duplicates and not current.torn:
        return
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            for line, _ in current.records.values():
                handle.write(line + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # keep the file's permissions
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _same_model(recorded: str | None, wanted: str) -> bool:
    """Whether a record's model is the one asked for (providers add a dated suffix)."""
    if recorded is None:
        return True
    return recorded == wanted or recorded.startswith(wanted + "-")
