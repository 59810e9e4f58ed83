"""The ordinary way with near-copies on signs each text once (first runs, upgraded re-runs)."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

import pytest

import visitx
from visitx import Settings
from visitx.batch.indexer import Indexer
from visitx.llm import memo
from visitx.screening import minhash
from visitx.screening.dupindex import DuplicateIndex

from conftest import comparable, copy_cache, database, seeds, shortened

SEEDS = seeds()


ARTICLES = [*SEEDS, shortened(SEEDS[0]), shortened(SEEDS[1])]  # 7 distinct texts




@pytest.fixture
def signed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts shingled (signed) in this process, in order."""
    seen: list[str] = []
    real = minhash.shingles

    def counting(text: str) -> list[str]:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(minhash, "shingles", counting)
    return seen


def run(articles: Any, settings: Settings) -> visitx.Results:
    return visitx.extract_many(articles, settings=settings, progress=False, concurrency=4)


def copies_found(results: visitx.Results) -> list[str | None]:
    return [r.duplicate_of for r in results]




def test_a_lists_texts_are_signed_once(cached: Settings, signed: list[str]) -> None:
    """Ordering the list signs the 7 texts; the index takes those signatures."""
    results = run(ARTICLES, cached)
    assert sorted(signed) == sorted(a.text for a in ARTICLES)
    assert copies_found(results) == [None] * 5 + [results[0].article.id, results[1].article.id]


def test_a_streams_texts_are_signed_once(cached: Settings, signed: list[str]) -> None:
    """A generator is not ordered: the index signs each of the 7 texts, once."""
    results = run(iter(ARTICLES), cached)
    assert sorted(signed) == sorted(a.text for a in ARTICLES)
    assert copies_found(results) == [None] * 5 + [results[0].article.id, results[1].article.id]


def test_a_rerun_after_an_upgrade_signs_nothing(cached: Settings, signed: list[str]) -> None:
    """With the memo emptied (new record code), the index's rows answer: no text signed."""
    first = run(ARTICLES, cached)
    with database(cached.cache_dir / memo.MEMO_FILE) as db:
        db.execute("delete from records")
    signed.clear()
    again = run(ARTICLES, cached)
    assert signed == []
    assert [comparable(r) for r in again] == [comparable(r) for r in first]


def test_a_list_and_a_stream_make_the_same_records(cached: Settings, tmp_path: Any) -> None:
    """Handed-over signatures and signatures made by the index give the same records."""
    twin = dataclasses.replace(cached, cache_dir=tmp_path / "twin")
    copy_cache(cached.cache_dir, twin.cache_dir)
    listed, streamed = run(ARTICLES, cached), run(iter(ARTICLES), twin)
    assert [comparable(r) for r in listed] == [comparable(r) for r in streamed]


STORY = " ".join(f"word{k}" for k in range(60))
OTHER = " ".join(f"other{k}" for k in range(60))


def find_all(index: DuplicateIndex, asks: list[tuple[str, str]]) -> tuple[list[Any], list[str]]:
    """Every (key, text) asked of an `Indexer` in one turn; its answers and originals."""
    originals: list[str] = []

    async def main() -> list[Any]:
        indexer = Indexer(index, threading.Lock(), originals.append)
        try:
            return await asyncio.wait_for(asyncio.gather(
                *(indexer.find(key, text, None) for key, text in asks)), 30)
        finally:
            await indexer.aclose()

    return asyncio.run(main()), originals


def test_a_group_is_indexed_in_the_order_asked() -> None:
    """One group: copies name the first of their story; originals are reported in order."""
    asks = [("a", STORY), ("b", OTHER), ("c", "Home | " + STORY), ("d", ""), ("e", OTHER)]
    with DuplicateIndex() as index:
        answers, originals = find_all(index, asks)
    assert answers == [None, None, "a", None, "b"]
    assert originals == ["a", "b", "d"]


def test_rows_of_an_earlier_run_are_answered_without_signing(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles indexed by today's code answer from their rows; nothing is signed."""
    path = tmp_path / "duplicates.sqlite3"
    with DuplicateIndex(path) as index:
        assert index.add_many([("a", STORY), ("c", "Home | " + STORY)]) == [None, "a"]

    def refuse(text: str) -> Iterator[str]:
        raise AssertionError("signed a text the index holds")

    monkeypatch.setattr(minhash, "shingles", refuse)
    with DuplicateIndex(path) as index:
        answers, originals = find_all(index, [("a", STORY), ("c", "Home | " + STORY)])
    assert answers == [None, "a"]
    assert originals == ["a"]


def test_an_index_that_fails_loses_no_article(
    cached: Settings, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A locked index file: the articles are extracted as they are, with one warning."""

    def locked(*_: Any) -> Any:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Indexer, "add", locked)
    with caplog.at_level("WARNING", logger="visitx"):
        results = run(SEEDS, cached)
    assert [r.error for r in results] == [None] * 5
    assert [r.duplicate_of for r in results] == [None] * 5
    assert all(r.visits for r in results)
    warned = [r.message for r in caplog.records if "the index failed" in r.message]
    assert len(warned) == 1
    assert "database is locked" in warned[0]
