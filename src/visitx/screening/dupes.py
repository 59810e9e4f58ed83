"""Near-duplicates: syndicated copies of one story, found with MinHash and LSH.

Each article is reduced to the word 5-shingles of its folded text, without its page
furniture (`visitx.clean_text`; `visitx.core.textfold.fold` with accents dropped, so
typographic quotes and letter variants do not count; Chinese and Japanese one character
a word) and a 64-permutation MinHash of them (rensa: a Rust MinHash that imports in
milliseconds, where datasketch pulls in SciPy for seconds). Locality-sensitive
hashing in 21 bands of 3 rows finds the earlier articles that may share most shingles
(a pair at Jaccard 0.6 is a candidate with probability 0.99, at 0.1 with 0.02);
a candidate is a copy when the estimated Jaccard similarity of the two shingle sets is
at least `threshold` (0.5). Another site's header and footer, a changed headline, a
dropped last paragraph stay above it; two reports of the same visit written apart
share few five-word runs and stay below.

`DuplicateIndex` keeps the bands and signatures in SQLite (in memory, or in a file in
the cache folder so that a later batch finds copies of an earlier one): memory stays
bounded however many articles it holds.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from array import array
from collections.abc import Iterable
from pathlib import Path

from visitx.core.textfold import fold

__all__ = [
    "NUM_PERM",
    "SHINGLE",
    "THRESHOLD",
    "DuplicateIndex",
    "duplicate_groups",
    "signature",
    "text_signature",
]

NUM_PERM = 64
BANDS = 21
ROWS = 3  # 21 bands of 3 rows use 63 of the 64 values
SHINGLE = 5
THRESHOLD = 0.5
_SEED = 21
_WORD = re.compile(r"\w+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_SCHEMA = """
create table if not exists articles (n integer primary key, key text unique, sig blob);
create table if not exists bands (band integer, bucket integer, n integer);
create index if not exists bands_bucket on bands (band, bucket);
create table if not exists notes (key text primary key, data blob);
"""


def _tokens(text: str) -> list[str]:
    """Words of the folded text; Chinese and Japanese (no spaces) one character each."""
    words = _WORD.findall(fold(text, accents=False))
    if not _CJK.search(text):
        return words
    out: list[str] = []
    for word in words:
        out.extend(word if _CJK.search(word) else (word,))
    return out


def _shingles(text: str) -> list[str]:
    from visitx.text.clean import clean_text

    words = _tokens(clean_text(text))  # without the page furniture around the story
    if len(words) <= SHINGLE:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def text_signature(text: str) -> array[int] | None:
    """The signature of a text with words, else None (such a text is never a copy)."""
    return signature(text) if _shingles(text) else None


def signature(text: str) -> array[int]:
    """The MinHash signature of a text's word shingles: NUM_PERM unsigned 32-bit values."""
    from rensa import RMinHash

    minhash = RMinHash(num_perm=NUM_PERM, seed=_SEED)
    shingles = _shingles(text)
    if shingles:
        minhash.update(shingles)
    return array("I", minhash.digest())


def _buckets(sig: array[int]) -> list[int]:
    """One 63-bit bucket number per band."""
    out = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "big") >> 1)
    return out


def _similarity(a: array[int], b: array[int]) -> float:
    """The estimated Jaccard similarity: the share of equal minimum hashes."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / NUM_PERM


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
    """

    def __init__(self, path: str | Path | None = None, *, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        # Several processes (Ray workers) may share the file: each addition is a short
        # transaction of its own (autocommit), and a writer waits for the others.
        self._db = sqlite3.connect(
            ":memory:" if path is None else str(path),
            check_same_thread=False,
            timeout=60,
            isolation_level=None,
        )
        if path is not None:
            self._db.execute("pragma journal_mode=wal")
            self._db.execute("pragma synchronous=normal")
        self._db.executescript(_SCHEMA)

    def __len__(self) -> int:
        row = self._db.execute("select count(*) from articles").fetchone()
        return int(row[0])

    def _matches(self, sig: array[int], buckets: list[int]) -> str | None:
        seen: set[int] = set()
        best: tuple[float, int, str] | None = None
        for band, bucket in enumerate(buckets):
            rows = self._db.execute(
                "select n from bands where band = ? and bucket = ?", (band, bucket)
            ).fetchall()
            for (n,) in rows:
                if n in seen:
                    continue
                seen.add(n)
                key, blob = self._db.execute(
                    "select key, sig from articles where n = ?", (n,)
                ).fetchone()
                score = _similarity(sig, array("I", blob))
                if score >= self.threshold and (best is None or (score, -n) > best[:2]):
                    best = (score, -n, key)
        return None if best is None else best[2]

    def find(self, text: str) -> str | None:
        """The key of the indexed article `text` copies (the most similar), or None."""
        if not _shingles(text):
            return None
        sig = signature(text)
        return self._matches(sig, _buckets(sig))

    def add(self, key: str, text: str) -> str | None:
        """Index an article under `key`; returns the key of an earlier article it copies.

        A copy is indexed too (a copy of a copy finds the first copy). A key indexed
        before is left as it was and returns None, and so does a text without words
        (it is not indexed: empty texts are not copies of one another).
        """
        return self.add_signature(key, signature(text) if _shingles(text) else None)

    def add_signature(self, key: str, sig: array[int] | None) -> str | None:
        """`add` with the text's `signature` computed beforehand (None: a text without words)."""
        if sig is None:
            return None
        buckets = _buckets(sig)
        found = self._matches(sig, buckets)
        with self._db:  # one short transaction
            self._db.execute("begin immediate")
            cursor = self._db.execute(
                "insert or ignore into articles (key, sig) values (?, ?)", (key, sig.tobytes())
            )
            if cursor.rowcount:
                self._db.executemany(
                    "insert into bands (band, bucket, n) values (?, ?, ?)",
                    [(band, bucket, cursor.lastrowid) for band, bucket in enumerate(buckets)],
                )
        return None if found == key else found

    def remember(self, key: str, data: bytes) -> None:
        """Keep a note about an indexed article (the batch keeps its record, compressed)."""
        self._db.execute(
            "insert or replace into notes (key, data) values (?, ?)", (key, zlib.compress(data))
        )

    def recall(self, key: str) -> bytes | None:
        """The note kept about an article, or None."""
        row = self._db.execute("select data from notes where key = ?", (key,)).fetchone()
        return None if row is None else zlib.decompress(row[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> DuplicateIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def duplicate_groups(texts: Iterable[str], *, threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups of syndicated copies among `texts`: lists of two or more indices.

    Copies are the same story with other page furniture (a site's header and footer), a
    changed headline, a dropped last paragraph or other quotation marks. Different
    articles about the same event are not copies. Groups come in the order of their
    first member; indices ascend within each.

    Example:
        >>> story = "The governor of Namangan arrived in Gaziantep on Tuesday ..."  # doctest: +SKIP
        >>> duplicate_groups([story, "Home | News\\n" + story, "Rain on Sunday."])  # doctest: +SKIP
        [[0, 1]]
    """
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent.get(i, i) != i:
            i = parent[i]
        return i

    with DuplicateIndex(threshold=threshold) as index:
        for i, text in enumerate(texts):
            found = index.add(str(i), text)
            if found is not None:
                parent[i] = root(int(found))
    groups: dict[int, list[int]] = {}
    for i in parent:
        groups.setdefault(root(i), [root(i)]).append(i)
    return [sorted(members) for _, members in sorted(groups.items())]
