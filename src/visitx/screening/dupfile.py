"""The near-copy index's SQLite file: its layout, connection settings and conversions."""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from visitx.screening.minhash import buckets

__all__ = ["chunks", "connect", "copy_notes", "is_corruption", "note_digest", "note_digests",
           "put_sourced", "states"]

_LAYOUT = 2  # pragma user_version of this layout
_SCHEMA = """
create table if not exists articles (n integer primary key, key text unique, sig blob);
create table if not exists buckets (
    bucket integer not null, n integer not null, primary key (bucket, n)
) without rowid;
create table if not exists notes (key text primary key, data blob);
"""
_VARIABLES = 30_000  # bound parameters in one statement (SQLite allows 32,766)
_CORRUPT = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_T = TypeVar("_T")


def is_corruption(exc: BaseException) -> bool:
    """Whether SQLite reports the file as corrupt or not a database."""
    name = getattr(exc, "sqlite_errorname", "")
    return isinstance(exc, sqlite3.DatabaseError) and name.split("_(")[0] in _CORRUPT


def chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """`items` in lists of `size` (the last may be shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def connect(path: Path | None) -> sqlite3.Connection:
    """A connection to the index file at `path` (in memory for None), its tables made."""
    db = sqlite3.connect(
        ":memory:" if path is None else str(path),
        check_same_thread=False,
        timeout=60,  # another process's window: a writer waits for it
        isolation_level=None,  # transactions are begun explicitly
        cached_statements=64,
    )
    try:
        if path is not None:
            db.execute("pragma journal_mode=wal")
            # The index is a saving, derived from the articles: no fsync (a killed
            # process cannot corrupt it; a power loss can, and it is then set aside),
            # and a checkpoint every 10,000 pages so each page is copied once per
            # checkpoint, not once per window: a tenth of the disk writes.
            db.execute("pragma synchronous=off")
            db.execute("pragma wal_autocheckpoint=10000")
            db.execute("pragma cache_size=-16384")  # 16 MiB of pages at most
        db.execute("begin immediate")
        tables = {row[0] for row in db.execute("select name from sqlite_master")}
        for statement in filter(str.strip, _SCHEMA.split(";")):
            db.execute(statement)
        columns = {row[1] for row in db.execute("pragma table_info(articles)")}
        for column in ("print", "original"):  # the code and threshold that made the
            if column not in columns:  # signature, and what `add` answered for it
                db.execute(f"alter table articles add column {column} text")
        kept = {row[1] for row in db.execute("pragma table_info(notes)")}
        for column in ("digest", "source"):  # `note_digest(data)`; what the note is made
            if column not in kept:  # from (a re-run's `remember_sourced`), or null
                db.execute(f"alter table notes add column {column} text")
        # What a re-run reads of each article (`states`) without reading past the
        # signature or the compressed note in its row.
        db.execute("create index if not exists articles_state on articles (key, print, original)")
        db.execute("create index if not exists notes_state on notes (key, digest, source)")
        if "bands" in tables:
            _convert(db)
        db.execute(f"pragma user_version={_LAYOUT}")
        db.execute("commit")
    except BaseException:
        db.close()
        raise
    return db


def _convert(db: sqlite3.Connection) -> None:
    """Fill `buckets` from the signatures of a file of the first layout."""
    rows = db.execute("select n, sig from articles").fetchall()
    db.executemany(
        "insert or ignore into buckets (bucket, n) values (?, ?)",
        ((bucket, n) for n, blob in rows for bucket in buckets(array("I", blob))),
    )
    db.execute("drop table bands")


def note_digest(data: bytes) -> str:
    """A note's digest (of its bytes, uncompressed): kept beside it, so a reader can tell
    whether a note is the one it knows without reading it."""
    return hashlib.sha256(data).hexdigest()[:32]


def note_digests(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, str]:
    """The digests of the notes kept under `keys` (keys without a note left out); a note
    an older visitx wrote without one is read for it."""
    unique = sorted(set(keys))
    out: dict[str, str] = {}
    for at in range(0, len(unique), _VARIABLES):
        part = unique[at : at + _VARIABLES]
        # `data` is only read (and decompressed) for a row without its digest
        sql = ("select key, digest, case when digest is null then data end from notes "
               f"where key in ({','.join('?' * len(part))})")
        for key, digest, data in db.execute(sql, part):
            out[key] = digest if digest is not None else note_digest(zlib.decompress(data))
    return out


def copy_notes(db: sqlite3.Connection, moves: list[tuple[str, str]]) -> None:
    """Keep under each `to` the note (and digest) kept under `from`, in order, in one
    transaction: for (from, to) pairs, a copy's note is its original's."""
    _many(db, "insert or replace into notes (key, data, digest, source) "
              "select ?, data, digest, source from notes where key = ?",
          [(to, source) for source, to in moves])


def put_sourced(db: sqlite3.Connection, rows: list[tuple[str, bytes, str, str]],
                sources: list[tuple[str, str]]) -> None:
    """Keep (key, compressed note, digest, source) rows, and set the source of the notes
    of (source, key) pairs, in one transaction."""
    if not rows and not sources:
        return
    db.execute("begin immediate")
    try:
        db.executemany("insert or replace into notes (key, data, digest, source) "
                       "values (?, ?, ?, ?)", rows)
        db.executemany("update notes set source = ? where key = ?", sources)
        db.execute("commit")
    except BaseException:
        db.execute("rollback")
        raise


def _many(db: sqlite3.Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
    if not rows:
        return
    db.execute("begin immediate")
    try:
        db.executemany(sql, rows)
        db.execute("commit")
    except BaseException:
        db.execute("rollback")
        raise


def states(db: sqlite3.Connection, keys: list[str], made: str
           ) -> dict[str, tuple[str | None, str | None, str | None]]:
    """Of `keys` indexed with the print `made`: key -> (the key of the article it copies
    or None, the digest kept with its note or None, the note's source or None)."""
    unique = sorted(set(keys))
    out: dict[str, tuple[str | None, str | None, str | None]] = {}
    for at in range(0, len(unique), _VARIABLES):
        part = unique[at : at + _VARIABLES]
        sql = ("select a.key, a.original, n.digest, n.source from articles a indexed by "
               "articles_state left join notes n indexed by notes_state on n.key = a.key "
               "where a.print = ? and a.key in "
               f"({','.join('?' * len(part))})")
        out.update((key, (original, digest, source)) for key, original, digest, source
                   in db.execute(sql, (made, *part)))
    return out
