"""An output JSONL file as a set of current records, one per article, shared safely.

Records are appended as they complete, so a crash loses nothing that finished; when the
run ends the file is compacted (written to a temporary file beside it, then renamed over
it) so that it holds one record per article: the last success, else the last failure. A
last line cut short by a crash or a full disk is cut off before anything is appended.

Several runs may write one file at once: every append and every compaction holds a lock
(a `.NAME.lock` file beside it, via `filelock`), and an append that finds the file
replaced by another run's compaction reopens it first, so no record is lost. A full disk
while appending cuts the partial line off again and stops the run with one line; while
compacting it leaves the file as it was.

`write_many` appends a burst of records under one hold of the lock (`io.burst` gathers
them); a file that was empty when opened and that only this handle appended to, each
article once, is not compacted: there is nothing to drop. Compaction is `io.compaction`.
"""

from __future__ import annotations

import collections.abc
import contextlib
import functools
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from visitx.core.errors import InputError, folder_problem
from visitx.core.models import Extraction
from visitx.io.appending import LOCK_TIMEOUT, OutputLock, mend_tail, unwritable, write_all
from visitx.io.compaction import compact
from visitx.io.results import ResultsIndex, index_results, record_at, record_key

if TYPE_CHECKING:
    from pydantic import TypeAdapter

__all__ = ["LOCK_TIMEOUT", "OutputLock", "ResultsFile", "check_output", "compact"]

# Keys of appended records kept to know whether a fresh file needs compacting (~86 bytes
# each); beyond this many the file is compacted as any other, so memory stays bounded.
KEYS_KEPT = 250_000


def check_output(path: Path) -> Path:
    """The file to write for `--output`, after refusing what must not be replaced.

    A symbolic link is followed (its target is written). Returns the real path.

    Raises:
        InputError: the path is a folder, a device or another non-regular file, its
            folder does not exist, or the file exists and is not a visitx results file.
    """
    real, index = _checked(path)
    if index is not None:
        index.close()
    return real


def _checked(path: Path) -> tuple[Path, ResultsIndex | None]:
    if path.is_dir():
        raise InputError(f"{path} is a folder; give --output a file name, e.g. visits.jsonl.")
    real = Path(os.path.realpath(path))
    if not real.parent.is_dir():
        missing = folder_problem(real.parent, OSError(f"the folder {real.parent} does not exist"))
        raise InputError(
            f"Cannot write {path}: {missing}. Create the folder, or choose another --output."
        )
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real, None
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
    if not stat.S_ISREG(mode):
        raise InputError(
            f"{path} is not a regular file (a device, pipe or socket); refusing to write "
            "into it: choose another --output."
        )
    try:
        return real, index_results(real)
    except InputError as exc:
        raise _refused(exc) from exc


def _refused(exc: InputError) -> InputError:
    return InputError(f"{exc} Refusing to write into it: choose another --output.")


class ResultsFile:
    """The records of one output file, and the handle that appends to it.

    Args:
        path: the JSONL file; it need not exist, its folder must.

    Raises:
        InputError: the path is a folder or not a regular file, its folder does not
            exist, or the file exists and is not a visitx results file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.real, self._index = _checked(path)
        self._indexed = _identity(self.real)
        self.appended = 0
        self._failed = False
        self._fd: int | None = None
        self._lock = OutputLock(self.real)
        # Whether the file was empty at open() and only this handle has appended since,
        # each article once: then it needs no compaction. `_size` is where it should end.
        self._alone = False
        self._size = 0
        self._keys: set[int] = set()

    def done(self) -> collections.abc.Mapping[str, Extraction]:
        """The articles the file held a success for when opened, by article id.

        The records are read from the file only when asked for, one at a time.
        """
        return _Done(self.real, self._index)

    def made_otherwise(
        self, model: str, prompt_version: str | None, served: str | None = None
    ) -> list[Extraction]:
        """The successes made with another model or prompt than these.

        `served` is the name the endpoint answers with whatever model a request names (a
        llama.cpp server's own model name): records that carry it are this model's too.
        """
        with self._lock:  # read where the index says, from the file it was made of
            if self._index is not None and _identity(self.real) != self._indexed:
                self._index.close()  # another run compacted it since: index it again
                self._index, self._indexed = index_results(self.real), _identity(self.real)
            if self._index is None:
                return []
            offsets = [
                offset
                for _, recorded, prompt, offset in self._index.successes()
                if not (_same_model(recorded, model) or (served and recorded == served))
                or (prompt or prompt_version) != prompt_version
            ]
            with self.real.open("rb") as handle:
                return [record_at(handle, offset) for offset in offsets]

    def open(self) -> str | None:
        """Start appending: cut off a torn last line first. Returns a note on what was repaired.

        Raises:
            InputError: the file cannot be written.
        """
        with self._lock:
            try:
                self._fd = os.open(self.real, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)
                cut = mend_tail(self._fd)
                self._size = os.fstat(self._fd).st_size
            except OSError as exc:
                raise unwritable(self.path, exc) from exc
        self._alone = self._size == 0
        if not cut:
            return None
        return (
            f"{self.path}: the last line was cut short (a crash or a full disk); "
            "it was removed and its article is extracted again."
        )

    def write(self, record: Extraction) -> None:
        """Append one record, whole or not at all (see `write_many`)."""
        self.write_many([record])

    def write_many(self, records: Sequence[Extraction]) -> None:
        """Append records as whole lines, in order, under one hold of the lock.

        Raises:
            InputError: the disk is full or the file cannot be written; none of these
                records is then in the file, which ends with the last line written whole.
        """
        if self._fd is None:
            raise RuntimeError("ResultsFile.open() first")
        if not records:
            return
        dump = _as_json().dump_json  # the bytes of model_dump_json, without a str between
        data = b"".join(dump(record) + b"\n" for record in records)
        with self._lock:
            try:
                self._reopen_if_replaced()
                mend_tail(self._fd)
                before = os.fstat(self._fd).st_size
            except OSError as exc:
                raise unwritable(self.path, exc) from exc
            try:
                write_all(self._fd, data)
            except OSError as exc:
                self._cut(before)  # never leave part of a burst behind
                self._failed = True
                raise unwritable(self.path, exc) from exc
            except BaseException:  # Ctrl-C twice mid-write: the caller may write them again
                self._cut(before)
                raise
        self._note(records, before, len(data))
        self.appended += len(records)

    def _cut(self, size: int) -> None:
        assert self._fd is not None
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, size)

    def _note(self, records: Sequence[Extraction], before: int, written: int) -> None:
        """Keep `_alone` true only while this handle is the file's sole writer, each
        article once (another run's append shows as a size this handle did not leave)."""
        if not self._alone:
            return
        keys = self._keys
        for record in records:
            key = hash(record_key(record))  # a collision only costs a compaction
            if key in keys:
                self._alone = False
            keys.add(key)
        if before != self._size or len(keys) > KEYS_KEPT:
            self._alone = False
        if not self._alone:
            keys.clear()
        self._size = before + written

    def _reopen_if_replaced(self) -> None:
        """Follow another run's compaction: it renamed a new file over the path."""
        assert self._fd is not None
        try:
            current = os.stat(self.real)
        except FileNotFoundError:
            current = None
        mine = os.fstat(self._fd)
        if current is None or (current.st_ino, current.st_dev) != (mine.st_ino, mine.st_dev):
            self._alone = False
            os.close(self._fd)
            self._fd = os.open(self.real, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o666)

    def close(self) -> None:
        """Stop appending and compact the file to one record per article (unless it
        already holds each article once: see `write_many`).

        Raises:
            InputError: the file could not be compacted (e.g. the disk is full); it is
                left whole, as it was, and reads the same.
        """
        appended = self.appended > 0
        if self._fd is not None:
            if self._alone and self._untouched():
                appended = False  # nothing to drop: indexing the file again would find that
            os.close(self._fd)
            self._fd = None
        duplicates = self._index is not None and self._index.duplicates
        if self._index is not None:
            self._index.close()
            self._index = None
        if (appended or duplicates) and not self._failed:
            # (After a failed write the disk is full: a compaction would fail too and hide
            # that error; the file reads the same uncompacted.)
            compact(self.real, path_shown=self.path)

    def _untouched(self) -> bool:
        """Whether the file is still the one this handle appended to, as it left it."""
        assert self._fd is not None
        with self._lock:
            try:
                current, mine = os.stat(self.real), os.fstat(self._fd)
            except OSError:
                return False
        same = (current.st_ino, current.st_dev) == (mine.st_ino, mine.st_dev)
        return same and mine.st_size == self._size


class _Done(collections.abc.Mapping[str, Extraction]):
    """Article id -> success: the ids are kept, a record is read when asked for."""

    def __init__(self, path: Path, index: ResultsIndex | None) -> None:
        self._path = path
        self._ids = {ident for ident, _, _, _ in index.successes()} if index else set()

    def __getitem__(self, key: str) -> Extraction:
        if key not in self._ids:
            raise KeyError(key)
        with OutputLock(self._path):  # the current record, wherever compaction moved it
            index = index_results(self._path)
            try:
                for ident, _, _, offset in index.successes():
                    if ident == key:
                        with self._path.open("rb") as handle:
                            return record_at(handle, offset)
            finally:
                index.close()
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


@functools.cache
def _as_json() -> TypeAdapter[Extraction]:
    from pydantic import TypeAdapter

    return TypeAdapter(Extraction)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except FileNotFoundError:
        return None
    return found.st_ino, found.st_dev


# A provider's dated snapshot of a model: `<model>-YYYY-MM-DD` (OpenAI) or `<model>-YYYYMMDD`
# (Anthropic). Providers answer a request for an alias with the snapshot it points to.
_SNAPSHOT = re.compile(r"-(?:\d{4}-\d{2}-\d{2}|\d{8})")


def _same_model(recorded: str | None, wanted: str) -> bool:
    """Whether a record's model is the one asked for.

    Exactly the same name; or the name the provider answered with for a request for
    `wanted`: `wanted` followed by a date only (`gpt-4o-2024-08-06` for `gpt-4o`). Any
    other suffix is another model: `gpt-4o-mini-2024-07-18` is not `gpt-4o`.
    """
    if recorded is None:
        return True
    if recorded == wanted:
        return True
    return recorded.startswith(wanted) and bool(_SNAPSHOT.fullmatch(recorded[len(wanted) :]))
