"""The near-copy index's note digests: kept beside each note, read without the note."""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

from visitx.screening.dupindex import DuplicateIndex

from conftest import database


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def test_a_note_is_kept_with_the_digest_of_its_bytes(tmp_path: Path) -> None:
    """`remember` and `remember_many` keep sha256(note) beside the note."""
    with DuplicateIndex(tmp_path / "d.sqlite3") as index:
        index.remember("a", b'{"model": "m"}')
        index.remember_many([("b", b"second"), ("c", b"third")])
        assert index.note_digests(["a", "b", "c", "missing"]) == {
            "a": sha(b'{"model": "m"}'), "b": sha(b"second"), "c": sha(b"third")
        }


def test_a_note_written_without_a_digest_is_read_for_it(tmp_path: Path) -> None:
    """A row an older visitx wrote (no digest column value) gets its digest from the note."""
    path = tmp_path / "d.sqlite3"
    DuplicateIndex(path).close()
    with database(path) as db:
        db.execute("insert into notes (key, data) values ('old', ?)", (zlib.compress(b"kept"),))
    with DuplicateIndex(path) as index:
        assert index.note_digests(["old"]) == {"old": sha(b"kept")}


def test_copy_notes_copies_in_order(tmp_path: Path) -> None:
    """(from, to) pairs in order: a chain copies the note along it, digest and all."""
    with DuplicateIndex(tmp_path / "d.sqlite3") as index:
        index.remember("o", b"original's note")
        index.remember("c2", b"stale")
        index.copy_notes([("o", "c1"), ("c1", "c2")])
        assert index.recall("c1") == index.recall("c2") == b"original's note"
        assert index.note_digests(["c1", "c2"]) == {"c1": sha(b"original's note"),
                                                   "c2": sha(b"original's note")}


def test_states_name_the_original_and_the_note_digest(tmp_path: Path) -> None:
    """`states`: for indexed keys, what `add` answers, the note's digest and source."""
    story = " ".join(f"word{i}" for i in range(120))
    with DuplicateIndex(tmp_path / "d.sqlite3") as index:
        assert index.add_many([("a", story), ("b", "Reuters - " + story)]) == [None, "a"]
        index.remember("a", b"note of a")
        index.remember_sourced([("b", b"note of b", "src-b")])
        assert index.states(["a", "b", "c"]) == {"a": (None, sha(b"note of a"), None),
                                                 "b": ("a", sha(b"note of b"), "src-b")}


def test_a_source_alone_can_be_set(tmp_path: Path) -> None:
    """`remember_sourced` with (key, source) pairs leaves the note and its digest as kept."""
    with DuplicateIndex(tmp_path / "d.sqlite3") as index:
        index.remember("a", b"kept")
        index.remember_sourced([], [("a", "src-a")])
        assert index.recall("a") == b"kept"
        assert index.states(["a"]) == {}  # not indexed: no state
        assert index.note_digests(["a"]) == {"a": sha(b"kept")}


def test_a_file_without_the_state_indexes_gets_them(tmp_path: Path) -> None:
    """An index file an older visitx made (no covering indexes) gains them when opened;
    a re-run's state query (which names them) answers from them."""
    path = tmp_path / "d.sqlite3"
    with DuplicateIndex(path) as index:
        assert index.add_many([("a", "one two three four five six seven eight"),
                               ("b", "one two three four five six seven eight")]) == [None, "a"]
        index.remember("a", b"note of a")
    with database(path) as db:
        db.execute("drop index articles_state")
        db.execute("drop index notes_state")
    with DuplicateIndex(path) as index:
        states = index.states(["a", "b", "missing"])
    assert states == {"a": (None, sha(b"note of a"), None), "b": ("a", None, None)}
    with database(path) as db:
        query = "select name from sqlite_master where type = 'index'"
        names = {row[0] for row in db.execute(query)}
    assert {"articles_state", "notes_state"} <= names
