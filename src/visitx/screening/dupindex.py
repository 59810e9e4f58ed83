"""`DuplicateIndex`: MinHash signatures and LSH buckets of articles, kept in SQLite.

The file holds one row per article (its key and 256-byte signature) and one row per band
of it in a `without rowid` table keyed by (bucket, article): a bucket is one signed
64-bit integer, so the candidates of a whole window of new articles are found with one
indexed statement over their buckets. Memory stays bounded however many articles the
file holds (SQLite's page cache is capped at 16 MiB). Additions go in windows: one write
transaction per window of up to 250 articles, each article matched against the file and
against the window's earlier articles, so `add_many` gives exactly what one `add` per
article would.

Several processes may share the file (Ray workers, two runs on one cache folder): the
file is in WAL mode, a writer waits up to a minute for another's window. A file SQLite
reports as corrupt (or not a database) is moved aside to `<name>.corrupt-<time>` with a
warning and an empty index takes its place: the index is only a saving. A file of the
first layout (a `bands` table of (band, bucket, article) rows) is converted in place
from the signatures it holds.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import os
import sqlite3
import time
import zlib
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from visitx.core.errors import CacheError, folder_problem
from visitx.screening import dupfile
from visitx.screening.minhash import buckets, signature_print, signatures, similarity

__all__ = ["THRESHOLD", "WINDOW", "DuplicateIndex"]

THRESHOLD = 0.5
# The articles a bucket keeps. Only many near-identical copies of one story fill one; the
# earliest are kept, so a later copy still finds them, and each new article is compared
# with a bounded number of candidates however many copies a story has (no n² scan).
BUCKET_CAP = 64
WINDOW = 250
_VARIABLES = 30_000  # bound parameters in one statement (SQLite allows 32,766)
log = logging.getLogger("visitx")
_T = TypeVar("_T")



@dataclasses.dataclass
class _Found:
    """Indexed articles near a window: bucket -> article numbers, number -> (key, sig)."""

    members: dict[int, list[int]] = dataclasses.field(default_factory=dict)
    articles: dict[int, tuple[str, array[int]]] = dataclasses.field(default_factory=dict)


class DuplicateIndex:
    """A growing index of articles that says which earlier article a new one copies.

    Args:
        path: an SQLite file to keep the index in across runs (its folder is created);
            None keeps it in memory.
        threshold: the estimated Jaccard similarity of shingles from which two articles
            are copies.

    Example:
        >>> index = DuplicateIndex()
        >>> index.add("a", story)  # doctest: +SKIP
        >>> index.add("b", "Reuters - " + story)  # doctest: +SKIP
        'a'
        >>> index.add_many([("c", other), ("d", "Home | " + other)])  # doctest: +SKIP
        [None, 'c']
    """

    def __init__(self, path: str | Path | None = None, *, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.path = None if path is None else Path(path)
        # A row made with this print holds today's signature and what `add` answers for it.
        self.print = f"{signature_print()}:{threshold!r}"
        try:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except (OSError, sqlite3.Error) as exc:  # a folder that is not one, no permission
            reason = exc if self.path is None else folder_problem(self.path.parent, exc)
            raise CacheError(
                f"The near-copy index {self.path} cannot be opened: {reason}. Set "
                "VISITX_CACHE_DIR (Settings(cache_dir=...)) to a folder you can write, or "
                "turn near-copies off (Settings(duplicates=False); --no-cache on the command "
                "line)."
            ) from exc

    def _open(self) -> sqlite3.Connection:
        """Connect; a corrupt file is set aside once and a fresh index takes its place."""
        try:
            return self._connect()
        except sqlite3.DatabaseError as exc:
            if not dupfile.is_corruption(exc):
                raise
            self._set_aside(exc)
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        return dupfile.connect(self.path)

    def _set_aside(self, exc: BaseException) -> None:
        """Move a corrupt file (and its WAL) aside, with a warning."""
        assert self.path is not None
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        log.warning(
            "visitx: the near-copy index %s is corrupt (%s); it was moved to %s and an empty "
            "one replaces it (copies of earlier runs' articles are extracted again).",
            self.path, exc, aside.name,
        )

    def _recovering(self, work: Callable[[], _T]) -> _T:
        """Run `work`; on corruption, set the file aside once and run it on an empty index."""
        try:
            return work()
        except sqlite3.DatabaseError as exc:
            if self.path is None or not dupfile.is_corruption(exc):
                raise
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._set_aside(exc)
            self._db = self._connect()
            return work()

    def __len__(self) -> int:
        row = self._db.execute("select count(*) from articles").fetchone()
        return int(row[0])

    def _lookup(self, bucket_numbers: Iterable[int]) -> _Found:
        """The indexed articles in any of these buckets: bucket -> numbers, number -> (key, sig)."""
        found = _Found()
        wanted = sorted(set(bucket_numbers))
        for at in range(0, len(wanted), _VARIABLES):
            part = wanted[at : at + _VARIABLES]
            sql = f"select bucket, n from buckets where bucket in ({','.join('?' * len(part))})"
            for bucket, n in self._db.execute(sql, part):
                found.members.setdefault(bucket, []).append(n)
        numbers = sorted({n for ns in found.members.values() for n in ns})
        for at in range(0, len(numbers), _VARIABLES):
            part = numbers[at : at + _VARIABLES]
            sql = f"select n, key, sig from articles where n in ({','.join('?' * len(part))})"
            for n, key, blob in self._db.execute(sql, part):
                found.articles[n] = (key, array("I", blob))
        return found

    def _best(
        self, sig: array[int], bucket_numbers: list[int], found: _Found, before: int | None = None
    ) -> str | None:
        """The key of the most similar candidate at or above the threshold (earliest on ties);
        with `before`, only among the articles indexed before that one."""
        numbers = {n for bucket in bucket_numbers for n in found.members.get(bucket, ())}
        best: tuple[float, int, str] | None = None
        for n in numbers:
            if before is not None and n >= before:
                continue
            if n not in found.articles:
                continue  # a bucket row whose article is gone (a file cut short by a crash)
            key, other = found.articles[n]
            score = similarity(sig, other)
            if score >= self.threshold and (best is None or (score, -n) > best[:2]):
                best = (score, -n, key)
        return None if best is None else best[2]

    def find(self, text: str) -> str | None:
        """The key of the indexed article `text` copies (the most similar), or None."""
        sig = signatures([text])[0]
        if sig is None:
            return None
        numbers = buckets(sig)
        return self._recovering(lambda: self._best(sig, numbers, self._lookup(numbers)))

    def add(self, key: str, text: str) -> str | None:
        """Index an article under `key`; returns the key of an earlier article it copies.

        A copy is indexed too (a copy of a copy finds the first copy). A key indexed
        before is left as it was and returns what it returned then: the most similar of
        the articles indexed before it (so a re-run finds the same copies, never the
        article itself). A text without words returns None (it is not indexed: empty
        texts are not copies of one another).
        """
        return self.add_many([(key, text)])[0]

    def add_many(self, items: Iterable[tuple[str, str]]) -> list[str | None]:
        """`add` for each (key, text) in order, in windows of `WINDOW` articles.

        Each window's signatures are computed in one call and written in one
        transaction; the answers are those of one `add` per article.
        """
        out: list[str | None] = []
        for chunk in dupfile.chunks(items, WINDOW):
            sigs = signatures(text for _, text in chunk)
            out += self.add_signatures(zip((key for key, _ in chunk), sigs, strict=True))
        return out

    def add_signature(self, key: str, sig: array[int] | None) -> str | None:
        """`add` with the text's `text_signature` computed beforehand (None: no words)."""
        return self.add_signatures([(key, sig)])[0]

    def add_signatures(self, items: Iterable[tuple[str, array[int] | None]]) -> list[str | None]:
        """`add_signature` for each (key, signature) in order, one transaction a window."""
        out: list[str | None] = []
        for chunk in dupfile.chunks(items, WINDOW):
            out += self._recovering(functools.partial(self._window, chunk))
        return out

    def _window(self, items: list[tuple[str, array[int] | None]]) -> list[str | None]:
        """Match and insert a window of articles in one write transaction.

        The window's buckets and keys are looked up in one statement each; an article is
        then matched against those and the window's earlier articles, as if each had been
        added alone (no other writer can change the file meanwhile).
        """
        live = [(key, sig, buckets(sig)) for key, sig in items if sig is not None]
        db = self._db
        db.execute("begin immediate")
        try:
            found = self._lookup(bucket for _, _, numbers in live for bucket in numbers)
            known = self._known([key for key, _, _ in live])
            today = self.print
            row = db.execute("select coalesce(max(n), 0) from articles").fetchone()
            next_n = int(row[0]) + 1
            added: list[tuple[int, str, bytes, str, str | None]] = []
            checked: list[tuple[str, str | None, str]] = []
            rows: list[tuple[int, int]] = []
            answers: dict[int, str | None] = {}
            for i, (key, sig, numbers) in enumerate(live):
                if key in known:  # indexed before: the earlier article it copies, as then
                    n, made, kept, _ = known[key]
                    answers[i] = self._best(sig, numbers, found, before=n)
                    if made != today and kept == sig.tobytes():  # today's code, same values
                        checked.append((today, answers[i], key))
                    continue
                answers[i] = self._best(sig, numbers, found)
                known[key] = (next_n, today, b"", answers[i])
                found.articles[next_n] = (key, sig)
                for bucket in numbers:
                    members = found.members.setdefault(bucket, [])
                    if len(members) < BUCKET_CAP:  # a full bucket holds the earliest copies
                        members.append(next_n)
                        rows.append((bucket, next_n))
                added.append((next_n, key, sig.tobytes(), today, answers[i]))
                next_n += 1
            db.executemany("insert into articles (n, key, sig, print, original) "
                           "values (?, ?, ?, ?, ?)", added)
            db.executemany("update articles set print = ?, original = ? where key = ?", checked)
            rows.sort()  # in key order: the B-tree takes them page by page
            db.executemany("insert or ignore into buckets (bucket, n) values (?, ?)", rows)
            db.execute("commit")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("rollback")
            raise
        answer = iter(answers[i] for i in range(len(live)))
        return [None if sig is None else next(answer) for _, sig in items]

    def _known(self, keys: list[str]) -> dict[str, tuple[int, str | None, bytes, str | None]]:
        """Which of `keys` the file holds: their order, print, signature and original."""
        out: dict[str, tuple[int, str | None, bytes, str | None]] = {}
        unique = sorted(set(keys))
        for at in range(0, len(unique), _VARIABLES):
            part = unique[at : at + _VARIABLES]
            sql = ("select key, n, print, sig, original from articles "
                   f"where key in ({','.join('?' * len(part))})")
            out.update((key, (int(n), made, sig, original)) for key, n, made, sig, original
                       in self._db.execute(sql, part))
        return out

    def signatures_of(self, keys: Iterable[str]) -> dict[str, array[int]]:
        """The kept signatures of those `keys` indexed by today's code (what
        `text_signature` gives for their texts); keys not indexed are left out."""
        known = self._recovering(functools.partial(self._known, list(keys)))
        today = f"{signature_print()}:"
        return {key: array("I", sig) for key, (_, made, sig, _) in known.items()
                if made is not None and made.startswith(today)}

    def outcomes(self, keys: Iterable[str]) -> dict[str, str | None]:
        """What `add` answers again for each of `keys` indexed before: the key of the
        earlier article it copies, None for an original. Keys not indexed, or indexed by
        other code or at another threshold (until `add` sees them again), are left out."""
        known = self._recovering(functools.partial(self._known, list(keys)))
        return {key: original for key, (_, made, _, original) in known.items()
                if made == self.print}

    def states(self, keys: Iterable[str]
               ) -> dict[str, tuple[str | None, str | None, str | None]]:
        """`outcomes`, with the digest and source of each key's note (None: no note, or
        one written without): key -> (original, note digest, note source), one query."""
        return self._recovering(functools.partial(dupfile.states, self._db, list(keys),
                                                  self.print))

    def recall_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        """`recall` for many keys at once: the notes kept (keys without one left out)."""
        unique = sorted(set(keys))

        def read() -> dict[str, bytes]:
            out: dict[str, bytes] = {}
            for at in range(0, len(unique), _VARIABLES):
                part = unique[at : at + _VARIABLES]
                sql = f"select key, data from notes where key in ({','.join('?' * len(part))})"
                out.update((key, zlib.decompress(data)) for key, data
                           in self._db.execute(sql, part))
            return out

        return self._recovering(read)

    def remember_many(self, items: Iterable[tuple[str, bytes]]) -> None:
        """`remember` for each (key, data), in one statement (compressed faster)."""
        rows = [value for key, data in items
                for value in (key, zlib.compress(data, 1), dupfile.note_digest(data))]
        for at in range(0, len(rows), _VARIABLES - _VARIABLES % 3):
            part = rows[at : at + _VARIABLES - _VARIABLES % 3]
            triples = ",".join(["(?,?,?)"] * (len(part) // 3))
            sql = f"insert or replace into notes (key, data, digest) values {triples}"
            self._recovering(functools.partial(self._db.execute, sql, part))

    def remember_sourced(self, notes: Iterable[tuple[str, bytes, str]],
                         sources: Iterable[tuple[str, str]] = ()) -> None:
        """Keep (key, note, source) notes with their digests and `source` (a digest of
        what the note is made from, for a re-run to tell it is the same without making
        it), and set the source of kept notes for (key, source) pairs; one transaction."""
        rows = [(key, zlib.compress(data, 1), dupfile.note_digest(data), source)
                for key, data, source in notes]
        pairs = [(source, key) for key, source in sources]
        self._recovering(functools.partial(dupfile.put_sourced, self._db, rows, pairs))

    def remember(self, key: str, data: bytes) -> None:
        """Keep a note about an indexed article (the batch keeps its record, compressed)."""
        self.remember_many([(key, data)])

    def note_digests(self, keys: Iterable[str]) -> dict[str, str]:
        """The digests (`dupfile.note_digest`) of the notes kept under `keys`, without
        reading the notes; keys without a note are left out."""
        return self._recovering(functools.partial(dupfile.note_digests, self._db, list(keys)))

    def copy_notes(self, moves: list[tuple[str, str]]) -> None:
        """For each (from, to) in order: keep the note kept under `from` under `to` too."""
        self._recovering(functools.partial(dupfile.copy_notes, self._db, moves))

    def recall(self, key: str) -> bytes | None:
        """The note kept about an article, or None."""
        row = self._recovering(
            lambda: self._db.execute("select data from notes where key = ?", (key,)).fetchone()
        )
        return None if row is None else zlib.decompress(row[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DuplicateIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
