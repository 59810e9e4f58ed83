"""Reading a results file in flat memory: a first pass indexes it, a second yields records.

A results file may hold an article more than once (a re-run appended a success after a
failure, or a record of another model). The first pass validates every line and keeps,
per article, only where its current record starts (the last success, else the last
failure) in a temporary SQLite table, so that nothing grows with the file in Python's
memory; the second pass reads those lines back one at a time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from visitx.core.errors import InputError
from visitx.core.models import Extraction

if TYPE_CHECKING:
    from pydantic import ValidationError

_BOM = b"\xef\xbb\xbf"
_RECORD_START = '{"article":'
_GZIP = b"\x1f\x8b"  # the magic bytes of a gzip file
_BATCH = 4096  # index rows written to SQLite at a time


def record_key(record: Extraction) -> str:
    """What makes two records the same article: its id, or for unreadable input its source."""
    if record.article.text or record.article.source_id is None:
        return record.article.id
    return f"source:{record.article.source_id}"


@dataclasses.dataclass
class ResultsIndex:
    """Where each article's current record starts in a results file (the first pass).

    Attributes:
        lines: non-blank lines read (a torn record with a whole one glued on counts twice).
        articles: distinct articles.
        torn: the last line was cut short (a crash or a full disk).
        missing_newline: the last line is a whole record without its line end.
        size: bytes of the file that hold whole lines.
    """

    path: Path
    lines: int = 0
    articles: int = 0
    torn: bool = False
    missing_newline: bool = False
    size: int = 0
    _db: sqlite3.Connection = dataclasses.field(init=False, repr=False)

    def __post_init__(self) -> None:
        # "" is a private temporary database: in memory while small, spilled to a
        # temporary file beyond its page cache, deleted on close.
        self._db = sqlite3.connect("", check_same_thread=False)
        self._db.execute("PRAGMA cache_size=-4096")  # KiB: 4 MB of page cache at most
        self._db.execute(
            "CREATE TABLE current (key BLOB PRIMARY KEY, first INTEGER, offset INTEGER, "
            "ok INTEGER, id TEXT, model TEXT, prompt TEXT)"
        )

    @property
    def duplicates(self) -> bool:
        """Whether compacting would drop lines (an article twice, or a glued line)."""
        return self.lines != self.articles

    def offsets(self) -> Iterator[int]:
        """Where the current records start, in the order their articles first appear."""
        cursor = self._db.execute("SELECT offset FROM current ORDER BY first")
        for (offset,) in cursor:
            yield int(offset)

    def successes(self) -> Iterator[tuple[str, str | None, str | None, int]]:
        """(article id, model, prompt version, offset) of every current success."""
        cursor = self._db.execute(
            "SELECT id, model, prompt, offset FROM current WHERE ok = 1 ORDER BY first"
        )
        for ident, model, prompt, offset in cursor:
            yield str(ident), model, prompt, int(offset)

    def count(self) -> int:
        """How many articles the index holds."""
        (count,) = self._db.execute("SELECT count(*) FROM current").fetchone()
        return int(count)

    def close(self) -> None:
        self._db.close()

    def add(self, rows: list[tuple[bytes, int, int, int, str, str | None, str | None]]) -> None:
        """Index a batch of rows (and empty the list)."""
        # A failure never replaces a success; an article keeps the place it first had.
        self._db.executemany(
            "INSERT INTO current VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
            "offset = excluded.offset, ok = excluded.ok, id = excluded.id, "
            "model = excluded.model, prompt = excluded.prompt "
            "WHERE NOT (current.ok = 1 AND excluded.ok = 0)",
            rows,
        )
        rows.clear()


def index_results(path: str | Path) -> ResultsIndex:
    """The first pass over a results file (see `read_results`); close the index after use.

    Raises:
        InputError: it cannot be read, is not UTF-8, or a line (other than a last line cut
            short) is not a visitx record.
    """
    index = ResultsIndex(Path(path))
    try:
        with Path(path).open("rb") as handle:
            _scan(handle, index)
    except OSError as exc:
        index.close()
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        index.close()
        raise
    index.articles = index.count()
    return index


def _scan(handle: IO[bytes], index: ResultsIndex) -> None:
    from pydantic import ValidationError

    rows: list[tuple[bytes, int, int, int, str, str | None, str | None]] = []
    offset = number = 0
    path = index.path
    while raw := handle.readline():
        number += 1
        start, offset = offset, offset + len(raw)
        whole = raw.endswith(b"\n")
        if number == 1 and raw.startswith(_BOM):
            start, raw = start + len(_BOM), raw[len(_BOM) :]
        if not raw.strip():
            index.size = offset if whole else index.size
            continue
        try:
            text = raw.decode("utf-8")
            record = Extraction.model_validate_json(text)
        except UnicodeDecodeError as exc:
            if not whole and exc.start >= len(raw.rstrip()) - 3:  # cut inside a character
                index.torn, index.size = True, start
                break
            if number == 1 and raw.startswith(_GZIP):
                raise InputError(
                    f"Cannot read {path}: it is gzip-compressed; decompress it first "
                    f"(gunzip -k {path}) and give the .jsonl file."
                ) from exc
            raise InputError(
                f"Cannot read {path}: line {number} is not UTF-8 text ({exc.reason}); a "
                "results file is UTF-8 JSONL, as `visitx extract -o` writes it."
            ) from exc
        except ValidationError as exc:
            if not whole and not _is_json(text):
                index.torn, index.size = True, start
                break
            glued = _glued(text)
            if glued is None:
                raise InputError(_not_a_record(f"{path}:{number}", text, exc)) from exc
            # A torn line that an older visitx appended onto: the record glued on counts.
            at, record = glued
            start += len(text[:at].encode("utf-8"))
            index.lines += 1
        index.lines += 1
        index.size = offset
        index.missing_newline = not whole
        rows.append(_row(record, number, start))
        if len(rows) >= _BATCH:
            index.add(rows)
    index.add(rows)


def _row(
    record: Extraction, number: int, start: int
) -> tuple[bytes, int, int, int, str, str | None, str | None]:
    key = hashlib.blake2b(record_key(record).encode("utf-8"), digest_size=16).digest()
    ok = record.error is None
    meta = record.meta
    return (key, number, start, int(ok), record.article.id, meta.model, meta.prompt_version)


def _not_a_record(where: str, text: str, exc: ValidationError) -> str:
    """What is wrong with a line that is not a record, and what to do about it."""
    error = exc.errors()[0]
    field = ".".join(str(part) for part in error["loc"])
    problem = f"{where} is not a visitx record: {field + ': ' if field else ''}{error['msg']}"
    if text.lstrip().startswith("["):
        return (
            f"{problem}. It holds a JSON array; write one record per line (JSONL), "
            "e.g. `jq -c '.[]' FILE > FILE.jsonl`."
        )
    if error["type"] == "extra_forbidden":
        return (
            f"{problem}. A field this visitx does not know: the file was probably written "
            "by a newer visitx; upgrade visitx to read it."
        )
    return f"{problem}. Each line must be one record, as `visitx extract -o` writes it."


def _glued(text: str) -> tuple[int, Extraction] | None:
    """A whole record that follows a cut-off one on the same line, and where it starts."""
    from pydantic import ValidationError

    at = text.rfind(_RECORD_START)
    if at <= 0:
        return None
    try:
        return at, Extraction.model_validate_json(text[at:])
    except ValidationError:
        return None


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def line_at(handle: IO[bytes], offset: int) -> bytes:
    """The record that starts at `offset`, without its line end."""
    handle.seek(offset)
    return handle.readline().rstrip(b"\r\n")


def record_at(handle: IO[bytes], offset: int) -> Extraction:
    """The record that starts at `offset`, upgraded to the current schema."""
    return upgrade(Extraction.model_validate_json(line_at(handle, offset)))


def records(index: ResultsIndex) -> Iterator[Extraction]:
    """The second pass: the current records, one at a time."""
    try:
        handle = index.path.open("rb")
    except OSError as exc:
        raise InputError(f"Cannot read {index.path}: {exc.strerror or exc}.") from exc
    with handle:
        for offset in index.offsets():
            yield record_at(handle, offset)


def upgrade(record: Extraction) -> Extraction:
    """A schema-1 record with the schema-2 fields derived (`Place.geo`, `Visit.international`)."""
    if record.meta.schema_version != "1":
        return record
    from visitx.places.geo import geocode, is_international

    for visit in record.visits:
        if visit.location is not None and visit.location.geo is None:
            visit.location.geo = geocode(visit.location)
        visit.international = is_international(visit)
    return record
