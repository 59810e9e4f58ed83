"""The record memo's entry digests: written with each entry, made once for an older entry."""

from __future__ import annotations

import hashlib
from pathlib import Path

from visitx.llm import memo

from conftest import database

VALUE = '{"language":"en","visits":[],"meta":{"model":"m"}}'
# sha256 of VALUE's UTF-8 bytes, first 32 hex digits (computed by hand with hashlib).
DIGEST = hashlib.sha256(VALUE.encode()).hexdigest()[:32]


def test_an_entry_is_read_with_the_digest_written_beside_it(tmp_path: Path) -> None:
    """`put_many` keeps each entry's digest; `get_digested` gives it with the entry."""
    records = memo.RecordMemo(tmp_path)
    records.put_many([("k", VALUE)])
    assert records.get_digested(["k", "missing"]) == {"k": (VALUE, DIGEST)}
    records.close()


def test_an_older_entry_without_a_digest_gets_one_once(tmp_path: Path) -> None:
    """An entry an older visitx wrote (no digest column value) is read, and its digest kept."""
    records = memo.RecordMemo(tmp_path)
    records.put_many([("other", VALUE)])  # makes the file with today's layout
    records.close()
    with database(tmp_path / memo.MEMO_FILE) as db:
        db.execute("insert into records (key, print, value) values (?, ?, ?)",
                   ("old", memo.fingerprint(), VALUE))
    records = memo.RecordMemo(tmp_path)
    assert records.get_digested(["old"]) == {"old": (VALUE, DIGEST)}
    records.close()
    with database(tmp_path / memo.MEMO_FILE) as db:
        kept = db.execute("select digest from records where key = 'old'").fetchone()
    assert kept == (DIGEST,)


def test_a_memo_file_of_the_older_layout_is_read_and_extended(tmp_path: Path) -> None:
    """A memo file made before the digest column: its entries still read, new ones digested."""
    with database(tmp_path / memo.MEMO_FILE) as db:
        db.execute("create table records (key text primary key, print text, value text)")
        db.execute("insert into records values (?, ?, ?)", ("old", memo.fingerprint(), VALUE))
    records = memo.RecordMemo(tmp_path)
    assert records.get_many(["old"]) == {"old": VALUE}
    records.put_many([("new", VALUE)])
    assert records.get_digested(["old", "new"]) == {"old": (VALUE, DIGEST),
                                                    "new": (VALUE, DIGEST)}
    records.close()
