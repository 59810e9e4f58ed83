"""DuplicateIndex on disk: windows of additions, old files, corrupt files, two processes."""

from __future__ import annotations

import json
import logging
import multiprocessing
import random
import sqlite3
from pathlib import Path

import pytest

from visitx.screening import dupindex
from visitx.screening.dupes import DuplicateIndex, signature, signatures

from conftest import ARTICLES, database

HEADER = "Home | World | Business | Sport\nBy Wire Staff\n"
FOOTER = "\n© 2024 Example News. All rights reserved. Share on Facebook | Share on X"


def story(n: int) -> str:
    """The n-th gold article (5: English, 19: French, 27: Chinese)."""
    line = (ARTICLES / "index.jsonl").read_text(encoding="utf-8").splitlines()[n]
    return (ARTICLES / json.loads(line)["path"]).read_text(encoding="utf-8")


VOCABULARY = [f"w{k}" for k in range(5000)]


def words(seed: int, count: int = 120) -> str:
    """A text of `count` random words, the same for the same seed."""
    return " ".join(random.Random(seed).choices(VOCABULARY, k=count))


def test_add_many_answers_like_one_add_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copies found across and within windows of two; a key added again answers as then."""
    monkeypatch.setattr(dupindex, "WINDOW", 2)
    first, other = story(5), story(19)
    items = [
        ("a", first),
        ("b", other),
        ("c", HEADER + first + FOOTER),  # next window: a copy of a
        ("d", first),  # the same text under another key: a (similarity 1)
        ("a", first),  # indexed before
        ("e", "Une autre manchette\n" + other),  # a copy of b
        ("f", ""),  # no words: never a copy
    ]
    with DuplicateIndex() as index:
        assert index.add_many(items) == [None, None, "a", "a", None, "b", None]
        assert len(index) == 5  # a, b, c, d, e


def test_a_copy_added_again_in_a_later_run_is_still_a_copy(tmp_path: Path) -> None:
    """A re-run adds the copy again: it names its original, never itself (score 1.0)."""
    path = tmp_path / "duplicates.sqlite3"
    original = story(5)
    copy = HEADER + original + FOOTER
    with DuplicateIndex(path) as index:
        assert index.add_many([("orig", original), ("copy", copy)]) == [None, "orig"]
    with DuplicateIndex(path) as index:  # the next run, in a fresh handle
        assert index.add("copy", copy) == "orig"
        assert index.add("orig", original) is None
        assert len(index) == 2


def test_bulk_signatures_equal_one_minhash_per_text() -> None:
    """rensa's bulk digests are the one-text digests; a text without words has none."""
    texts = [story(5), story(27), "!!!", "two words"]  # 27: Chinese
    expected = [signature(texts[0]), signature(texts[1]), None, signature(texts[3])]
    assert signatures(texts) == expected


def test_a_file_of_the_first_layout_is_converted(tmp_path: Path) -> None:
    """An index with the old `bands` table still finds a copy of the article it holds."""
    path = tmp_path / "duplicates.sqlite3"
    db = sqlite3.connect(path)
    db.executescript(
        "create table articles (n integer primary key, key text unique, sig blob);"
        "create table bands (band integer, bucket integer, n integer);"
        "create table notes (key text primary key, data blob);"
    )
    sig = signature(story(5)).tobytes()
    db.execute("insert into articles (key, sig) values ('first', ?)", (sig,))
    db.commit()
    db.close()
    with DuplicateIndex(path) as index:
        assert index.add("second", HEADER + story(5) + FOOTER) == "first"
    with database(path) as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master")}
    assert "bands" not in tables


def test_a_corrupt_file_is_set_aside_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A file that is not a database is moved aside and an empty index works in its place."""
    path = tmp_path / "duplicates.sqlite3"
    path.write_bytes(b"not a database " * 500)
    with caplog.at_level(logging.WARNING, logger="visitx"), DuplicateIndex(path) as index:
        assert index.add("a", story(5)) is None
        assert index.add("b", HEADER + story(5)) == "a"
    aside = list(tmp_path.glob("duplicates.sqlite3.corrupt-*"))
    assert [p.read_bytes()[:15] for p in aside] == [b"not a database "]
    assert "is corrupt" in caplog.text


def _add_stories(path: str, offset: int) -> None:
    with DuplicateIndex(path) as index:
        for start in range(0, 200, 20):
            index.add_many((f"{offset + i}", words(offset + i)) for i in range(start, start + 20))


def test_two_processes_share_one_file(tmp_path: Path) -> None:
    """Two processes adding at once lose nothing; each finds the other's articles after."""
    path = str(tmp_path / "duplicates.sqlite3")
    DuplicateIndex(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_add_stories, args=(path, k * 1000)) for k in (1, 2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    hung = [w for w in workers if w.is_alive()]
    for worker in hung:
        worker.kill()
    assert not hung
    assert [w.exitcode for w in workers] == [0, 0]
    with DuplicateIndex(path) as index:
        assert len(index) == 400
        assert index.find(HEADER + words(1007)) == "1007"
        assert index.find(words(2199) + FOOTER) == "2199"


def test_many_copies_of_one_story_keep_each_bucket_bounded(tmp_path: Path) -> None:
    """300 syndicated copies all lead back to the original; no bucket holds over BUCKET_CAP."""
    path = tmp_path / "duplicates.sqlite3"
    original = story(5)
    copies = [(f"c{k}", f"Site {k} | News\n{original}\nShare ({k})") for k in range(300)]
    with DuplicateIndex(path) as index:
        assert index.add("orig", original) is None
        answers = dict(zip((key for key, _ in copies), index.add_many(copies), strict=True))
        assert len(index) == 301

    def root(key: str) -> str:  # a copy names the most similar earlier article
        seen = 0
        while key in answers and seen < 400:
            key, seen = str(answers[key]), seen + 1
        return key

    assert {root(key) for key in answers} == {"orig"}
    db = sqlite3.connect(path)
    (largest,) = db.execute(
        "select max(c) from (select count(*) as c from buckets group by bucket)"
    ).fetchone()
    db.close()
    assert largest == dupindex.BUCKET_CAP


def test_an_index_that_cannot_be_opened_is_a_cache_error(tmp_path: Path) -> None:
    """A cache folder under a plain file: CacheError that names the fix, no OSError."""
    from visitx import CacheError

    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    with pytest.raises(CacheError, match="VISITX_CACHE_DIR"):
        DuplicateIndex(tmp_path / "file" / "cache" / "duplicates.sqlite3")


def test_outcomes_answer_what_adding_again_answers(tmp_path: Path) -> None:
    """Indexed keys: an original None, a copy its original; a key never added is left out."""
    path = tmp_path / "duplicates.sqlite3"
    original = story(5)
    with DuplicateIndex(path) as index:
        index.add_many([("orig", original), ("copy", HEADER + original + FOOTER)])
    with DuplicateIndex(path) as index:
        assert index.outcomes(["orig", "copy", "new"]) == {"orig": None, "copy": "orig"}


def test_outcomes_leave_out_rows_of_other_code_until_added_again(tmp_path: Path) -> None:
    """A row without today's print (older code) is not answered for; adding it again is."""
    path = tmp_path / "duplicates.sqlite3"
    original = story(5)
    with DuplicateIndex(path) as index:
        index.add_many([("orig", original), ("copy", HEADER + original + FOOTER)])
    with database(path) as db:
        db.execute("update articles set print = 'older code', original = null")
    with DuplicateIndex(path) as index:
        assert index.outcomes(["orig", "copy"]) == {}
        assert index.signatures_of(["orig"]) == {}
        assert index.add("copy", HEADER + original + FOOTER) == "orig"
        assert index.outcomes(["orig", "copy"]) == {"copy": "orig"}
        assert index.signatures_of(["copy"]) == {"copy": signature(HEADER + original + FOOTER)}
