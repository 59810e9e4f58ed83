"""The record memo: the record built from a cached draft, kept beside the draft cache.

The draft cache keeps what the model said, so that every improvement of the
deterministic layer reaches old runs. Rebuilding a record from its draft costs about
half a millisecond (grounding, dates, countries, codes, ~15 pydantic models); a re-run
with unchanged code would rebuild exactly the same record. The memo keeps the built
record per draft key together with a *fingerprint* of the deterministic layer: a hash
of the source files of `visitx.core`, `text`, `grounding`, `dates`, `places`, `record`,
the word tables, the record-building code of `visitx.llm` and the schema version,
computed once per process. A memo entry is used only when its fingerprint is today's,
so any change of code or tables rebuilds from the draft, which then replaces the entry.

The memo is a SQLite file of its own (`records.sqlite3` in the cache folder, WAL mode,
short autocommit transactions, so that processes sharing the folder can read and write
it at once). Many keys are read with one query. It is only a saving: an unreadable
entry is a miss, and a damaged file is set aside (with a warning) and started afresh;
if even that fails the memo is switched off for the process and drafts are rebuilt.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from visitx.core.models import SCHEMA_VERSION, Meta, Visit

log = logging.getLogger("visitx")
_DECODER = json.JSONDecoder()

MEMO_FILE = "records.sqlite3"
# The packages whose code decides what a record built from a draft looks like.
_DETERMINISTIC = ("core", "text", "grounding", "dates", "places", "record", "tables")
# `Extractor`'s record step, the memo entries made of its records, and this file.
_LLM_FILES = ("extractor.py", "recall.py", "memo.py")
_CHUNK = 500  # keys per query (SQLite allows 32,766 parameters)
_SCHEMA = "create table if not exists records (key text primary key, print text, value text)"
# The screen's verdicts (batch re-runs): keyed by the article's id, title and language.
_SCREENS = "create table if not exists screens (key text primary key, print text, relevant int)"
# A re-run reads a window's verdicts from this index alone, not from the table's rows.
_SCREENS_COVER = "create index if not exists screens_cover on screens (key, print, relevant)"


class MemoRecord(BaseModel):
    """What a memo entry holds: the record without the article's own fields."""

    model_config = ConfigDict(extra="forbid")

    language: str | None = None
    visits: list[Visit]
    meta: Meta


_ROOT = Path(__file__).resolve().parent.parent  # the visitx package


def fingerprint_files() -> list[Path]:
    """The files whose contents decide what a record built from a draft looks like."""
    files = [_ROOT / "llm" / name for name in _LLM_FILES]
    for package in _DETERMINISTIC:
        files.extend(
            path for path in (_ROOT / package).rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        )
    return sorted(files)


def digest_of(root: Path, files: list[Path]) -> str:
    """A hash of the schema version, pydantic's version and the files' names and bytes."""
    import pydantic

    digest = hashlib.sha256(f"{SCHEMA_VERSION}\0{pydantic.VERSION}\0".encode())
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:32]


@functools.cache
def fingerprint() -> str:
    """The deterministic layer's fingerprint, computed once per process."""
    return digest_of(_ROOT, fingerprint_files())


# The code that makes a near-copy's record from its original's note (besides the
# deterministic layer): a copy's memo entry is keyed with its fingerprint (`copy_key`).
_COPY_FILES = ("screening/copies.py", "batch/earlier.py", "batch/plan.py",
               "batch/hitcopies.py", "batch/hits.py", "batch/hitnotes.py")


@functools.cache
def copy_fingerprint() -> str:
    """The fingerprint of near-copies' records: their code and the deterministic layer's."""
    files = [_ROOT / name for name in _COPY_FILES if (_ROOT / name).is_file()]
    return digest_of(_ROOT, files) + fingerprint()[:16]


def copy_key(note_digest: str, article_id: str, model: str, prompt: str | None) -> str:
    """The memo key of a near-copy's record: what it is made from (the copied article's
    note, by its digest; the copy's text, by its id; the batch's model and prompt, which
    the note must have been made with) and the code that makes it."""
    made = "\x1f".join((copy_fingerprint(), note_digest, article_id, model, repr(prompt)))
    return "copy:" + hashlib.sha256(made.encode()).hexdigest()


@functools.cache
def screen_fingerprint() -> str:
    """The fingerprint of the screen's verdicts: its code and the deterministic layer's."""
    files = sorted(p for p in (_ROOT / "screening").rglob("*.py") if p.is_file())
    return digest_of(_ROOT, files) + fingerprint()[:16]


class RecordMemo:
    """Built records per draft key, valid for one fingerprint; safe across threads."""

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / MEMO_FILE
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._off = False
        self._recovered = False

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=60,
                             isolation_level=None)
        try:
            db.execute("pragma journal_mode=wal")
            db.execute("pragma synchronous=normal")
            db.execute(_SCHEMA)
            db.execute(_SCREENS)
            db.execute(_SCREENS_COVER)
            if "digest" not in {row[1] for row in db.execute("pragma table_info(records)")}:
                # `value_digest(value)`, written with the value (null: an older visitx's)
                db.execute("alter table records add column digest text")
        except BaseException:
            db.close()
            raise
        return db

    def _run(self, action: str, work: Callable[[sqlite3.Connection], object]) -> object:
        """`work(db)` under the lock; a damaged file is set aside once, else the memo is off."""
        with self._lock:
            if self._off:
                return None
            for _ in range(2):
                try:
                    if self._db is None:
                        self._db = self._connect()
                    return work(self._db)
                except sqlite3.DatabaseError as exc:
                    if not self._set_aside(exc):
                        log.warning("visitx record memo: cannot %s %s (%s); records are "
                                    "rebuilt from their drafts", action, self.path, exc)
                        self._off = True
                        return None
            self._off = True
            return None

    def _set_aside(self, exc: sqlite3.DatabaseError) -> bool:
        """Move a damaged memo file aside (once); whether it is worth trying again."""
        words = str(exc).lower()
        if self._recovered or not any(w in words for w in ("not a database", "malformed",
                                                          "corrupt", "encrypted")):
            return False
        self._recovered = True
        self.close_unlocked()
        aside = self.path.with_name(f"{MEMO_FILE}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        try:
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                self.path.with_name(MEMO_FILE + suffix).unlink(missing_ok=True)
        except OSError:
            return False
        log.warning("visitx record memo: %s was damaged (%s); moved to %s", self.path, exc,
                    aside.name)
        return True

    def get_many(self, keys: list[str]) -> dict[str, str]:
        """The stored records (JSON text) of those keys that have one for today's code."""
        if not keys:
            return {}
        found = self._run("read", functools.partial(_select, keys, fingerprint()))
        return found if isinstance(found, dict) else {}

    def get_digested(self, keys: list[str]) -> dict[str, tuple[str, str]]:
        """`get_many` with each record's `value_digest`: the one kept beside it, or (for
        an entry an older visitx wrote without one) computed here and kept from now on."""
        if not keys:
            return {}
        found = self._run("read", functools.partial(_select_digested, keys, fingerprint()))
        if not isinstance(found, dict):
            return {}
        out: dict[str, tuple[str, str]] = {}
        missing: list[tuple[str, str, str, str]] = []
        for key, (value, kept) in found.items():
            digest = kept if kept is not None else value_digest(value)
            if kept is None:
                missing.append((digest, key, fingerprint(), value))
            out[key] = (value, digest)
        if missing:
            self._run("write", functools.partial(_fill_digests, missing))
        return out

    def put_many(self, items: Iterable[tuple[str, str]]) -> None:
        """Store records (key, JSON text) for today's code, with their digests, in one
        transaction."""
        rows = [(key, fingerprint(), value, value_digest(value)) for key, value in items]
        if rows:
            self._run("write", functools.partial(_insert, rows))

    def screens(self, keys: list[str]) -> dict[str, bool]:
        """The screen's stored verdicts (relevant or not) of those keys that have one."""
        if not keys:
            return {}
        found = self._run("read", functools.partial(_select_screens, keys,
                                                    screen_fingerprint()))
        return found if isinstance(found, dict) else {}

    def put_screens(self, items: Iterable[tuple[str, bool]]) -> None:
        """Store the screen's verdicts (key, relevant) for today's screen."""
        rows = [(key, screen_fingerprint(), int(relevant)) for key, relevant in items]
        if rows:
            self._run("write", functools.partial(_insert_screens, rows))

    def clear(self) -> None:
        """Forget every record (the draft cache was cleared)."""
        if self.path.exists():
            self._run("clear", functools.partial(_delete))

    def close_unlocked(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def close(self) -> None:
        with self._lock:
            self.close_unlocked()


def _rows(table: str, column: str, keys: list[str], mark: str, db: sqlite3.Connection,
          pairs: bool = False) -> Iterator[tuple[str, Any]]:
    """(key, `column`) of `table`'s rows for `keys` under the fingerprint `mark`
    (`pairs`: `column` names two columns, given as a tuple)."""
    for i in range(0, len(keys), _CHUNK):
        part = keys[i : i + _CHUNK]
        query = (f"select key, {column} from {table} where print = ? and key in "
                 f"({','.join('?' * len(part))})")
        rows = db.execute(query, (mark, *part))
        yield from ((row[0], row[1:]) for row in rows) if pairs else rows


def _select(keys: list[str], mark: str, db: sqlite3.Connection) -> dict[str, str]:
    return dict(_rows("records", "value", keys, mark, db))


def _select_digested(keys: list[str], mark: str, db: sqlite3.Connection
                     ) -> dict[str, tuple[str, str | None]]:
    return {key: (value, digest) for key, (value, digest)
            in _rows("records", "value, digest", keys, mark, db, pairs=True)}


def _insert(rows: list[tuple[str, str, str, str]], db: sqlite3.Connection) -> None:
    with db:
        db.execute("begin immediate")
        db.executemany("insert or replace into records (key, print, value, digest) "
                       "values (?, ?, ?, ?)", rows)


def _fill_digests(rows: list[tuple[str, str, str, str]], db: sqlite3.Connection) -> None:
    """Keep the digests of entries written without one (unless replaced meanwhile)."""
    with db:
        db.execute("begin immediate")
        db.executemany("update records set digest = ? where key = ? and print = ? and "
                       "value = ? and digest is null", rows)


def value_digest(value: str) -> str:
    """A memo entry's digest: kept beside it, so a reader can tell it is the entry it
    knows (a near-copy note made from it) without hashing it again."""
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _delete(db: sqlite3.Connection) -> None:
    db.execute("delete from records")
    db.execute("delete from screens")


def _select_screens(keys: list[str], mark: str, db: sqlite3.Connection) -> dict[str, bool]:
    return {key: bool(relevant) for key, relevant in _rows("screens", "relevant", keys, mark, db)}


def _insert_screens(rows: list[tuple[str, str, int]], db: sqlite3.Connection) -> None:
    with db:
        db.execute("begin immediate")
        db.executemany("insert or replace into screens (key, print, relevant) values (?, ?, ?)",
                       rows)


def record_json(value: str, article: Callable[[str | None], str], duration_s: float
                ) -> str | None:
    """A memo entry as the JSON of its `Extraction`, without building any model.

    `article(language)` gives the article's JSON with the entry's language. The entry's
    visits and meta are copied as they are (validated when the caller reads the result),
    the meta marked cached with `duration_s`. None when the entry is not in the form
    `MemoRecord.model_dump_json` writes (the caller then reads it the ordinary way).
    Key names found here cannot come from inside a string: JSON escapes its quotes.
    """
    head = '{"language":'
    if not value.startswith(head):
        return None
    try:
        language, end = _DECODER.raw_decode(value, len(head))
    except ValueError:
        return None
    meta = value.rfind(',"meta":{', end)
    cached = value.find('"cached":', meta)
    flag = 14 if value.startswith("true,", cached + 9) else 15  # past "cached":true,
    duration = value.find('"duration_s":', cached)
    warnings = value.find(',"warnings":', duration)
    if (
        not (language is None or isinstance(language, str))
        or not value.startswith(',"visits":', end)
        or min(meta, cached, duration, warnings) < 0
        or not value.startswith(("true,", "false,"), cached + 9)
    ):
        return None
    return "".join((
        '{"article":', article(language), value[end:cached], '"cached":true,',
        value[cached + flag : duration], '"duration_s":', repr(duration_s),
        value[warnings:],
    ))
