"""Cached re-runs of near-copies with the defaults: copies take the fast way, records exact."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

import visitx
from visitx import Article, Extractor, Settings
from visitx.batch import hitstage
from visitx.batch.earlier import INDEX_FILE
from visitx.llm import memo
from visitx.screening import copies as copies_module
from visitx.screening.dupindex import DuplicateIndex

from conftest import CASSETTES, Provider, comparable, copy_cache, database, seeds

SEEDS = seeds()
STORY = SEEDS[0]


def variant(n: int) -> Article:
    """The n-th near-copy of the first seed, as a template makes them: a line of its own
    before the story, the story without its last line."""
    body = STORY.text.rstrip()
    return dataclasses.replace(STORY, text=f"Wire service item {n}.\n{body[: body.rfind(chr(10))]}",
                               id=f"copy-{n}")


ITEMS = [STORY, variant(1), variant(2), SEEDS[1], variant(3)]


@pytest.fixture
def cached(provider: Provider, settings: Settings) -> Settings:
    """Default settings whose cache holds the first two seeds' recorded drafts."""
    if provider.recording:
        pytest.skip("replays the recorded seed answers")
    from visitx.testing import replay

    ex = Extractor(settings)
    for article in SEEDS[:2]:
        with replay(CASSETTES / "extract" / f"test_seed_article_end_to_end[{article.id}].yaml"):
            ex.extract(article.text, published=article.published)
    ex.close()
    assert settings.duplicates  # the defaults
    assert settings.screen is None
    return settings


def run(articles: list[Any], settings: Settings) -> visitx.Results:
    return visitx.extract_many(iter(articles), settings=settings, progress=False,
                               concurrency=4)


def twin(settings: Settings, tmp: Any, name: str = "twin") -> Settings:
    """The same settings on a copy of the cache folder (the same starting state)."""
    copy_cache(settings.cache_dir, tmp / name)
    return dataclasses.replace(settings, cache_dir=tmp / name)


def ordinary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hitstage.HitStage, "open", classmethod(lambda *_: None))


def test_copies_take_the_fast_way_with_the_ordinary_records(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """Two re-runs answer every article from the memo; each equals the ordinary record."""
    first = run(ITEMS, cached)
    assert [r.duplicate_of for r in first] == [None, first[0].article.id,
                                               first[0].article.id, None, first[0].article.id]
    other = twin(cached, tmp_path)
    resolved.clear()
    made = run(ITEMS, cached)  # copies' records made from the notes, and memoized
    fast = run(ITEMS, cached)  # and read
    assert sum(resolved) == 10
    ordinary(monkeypatch)
    slow = run(ITEMS, other)
    for fast_record, made_record, slow_record in zip(fast, made, slow, strict=True):
        assert comparable(fast_record) == comparable(slow_record) == comparable(made_record)


def test_a_fast_copy_is_regrounded_in_its_own_text(
    cached: Settings, resolved: list[int]
) -> None:
    """Hand-checked: duplicate_of, the warning, not cached, spans that index the copy."""
    first = run(ITEMS, cached)
    run(ITEMS, cached)
    resolved.clear()
    copy = run(ITEMS, cached)[2]
    assert sum(resolved) == 5
    original = first[0].article.id
    assert copy.article.text == variant(2).text
    assert copy.article.source_id == "copy-2"
    assert copy.duplicate_of == original
    assert copy.meta.warnings == [f"a near-copy of {original}: its visits were re-grounded here"]
    assert copy.meta.cached is False
    assert len(copy.visits) == len(first[0].visits) > 0
    spans = [s for v in copy.visits for s in v.evidence]
    assert spans
    assert all(copy.article.text[s.start : s.end] == s.text for s in spans
               if s.start is not None and s.end is not None)
    shift = len("Wire service item 2.\n")
    assert [s.start for s in spans] == [
        s.start + shift for v in first[0].visits for s in v.evidence if s.start is not None
    ]


def test_the_first_rerun_reads_the_copies_the_ordinary_way_made(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run that re-grounded the copies memoized them: the next one only reads them."""
    first = run(ITEMS, cached)

    def refuse(*_: Any) -> Any:
        raise AssertionError("re-grounded again")

    monkeypatch.setattr(copies_module, "copy_record", refuse)
    resolved.clear()
    second = run(ITEMS, cached)
    assert sum(resolved) == 5
    assert [comparable(r) for r in second] == [comparable(r) for r in first]


def note_without_visits(settings: Settings, key: str) -> None:
    """Keep the note of `key` with its visits left out (the original's record changed)."""
    with DuplicateIndex(settings.cache_dir / INDEX_FILE) as index:
        note = json.loads(index.recall(key) or b"{}")
        note["record"]["visits"] = []
        index.remember(key, json.dumps(note).encode())


def test_a_rerun_after_the_originals_note_changed_rebuilds_the_copy(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """The copies' memo entries name the note by its digest: a new note, a new record."""
    first = run(ITEMS, cached)
    run(ITEMS, cached)
    note_without_visits(cached, first[0].article.id)
    copies = [variant(1), variant(2)]  # their original is not in this run: its note is read
    other = twin(cached, tmp_path)
    resolved.clear()
    fast = run(copies, cached)
    assert sum(resolved) == 2
    assert [len(r.visits) for r in fast] == [0, 0]
    assert [r.duplicate_of for r in fast] == [first[0].article.id] * 2
    ordinary(monkeypatch)
    slow = run(copies, other)
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]


def test_a_copy_waits_for_an_original_left_to_the_ordinary_way(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """The original's record is rebuilt this run (no memo entry): its copies go with it."""
    first = run(ITEMS, cached)
    run(ITEMS, cached)
    note_without_visits(cached, first[0].article.id)  # a stale note: must not be used
    with database(cached.cache_dir / memo.MEMO_FILE) as db:
        db.execute("delete from records where key not like 'copy:%'")
    other = twin(cached, tmp_path)
    resolved.clear()
    fast = run(ITEMS[:3], cached)
    assert sum(resolved) == 0
    assert [len(r.visits) for r in fast] == [len(first[0].visits)] * 3
    ordinary(monkeypatch)
    slow = run(ITEMS[:3], other)
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]


def test_a_copy_made_with_another_model_goes_the_ordinary_way(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """A note another model left is not used (as the ordinary way): the copy is extracted."""
    first = run(ITEMS, cached)
    with DuplicateIndex(cached.cache_dir / INDEX_FILE) as index:
        index.remember(first[0].article.id, b'{"model": "other", "prompt": null}')
    other = twin(cached, tmp_path)
    resolved.clear()
    fast = run([variant(1)], cached)
    assert sum(resolved) == 0
    ordinary(monkeypatch)
    slow = run([variant(1)], other)
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]


def test_the_helper_is_told_which_originals_went_the_ordinary_way(
    cached: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """Windows of two, the helper on: a copy in a later window still waits for its original."""
    from visitx.batch.hitproc import Helper

    first = run(ITEMS, cached)
    run(ITEMS, cached)
    for record in first[:3]:  # the story's and its copies' notes: stale
        note_without_visits(cached, record.article.id)
    with database(cached.cache_dir / memo.MEMO_FILE) as db:
        db.execute("delete from records where key not like 'copy:%' and value like ?",
                   (f'%{first[0].visits[0].evidence[0].text}%',))
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    monkeypatch.setattr(hitstage, "HELPER_FROM", 0)
    monkeypatch.setattr(hitstage.HitStage, "wait_for_helper", True)
    told: list[Any] = []
    original = Helper.send

    def telling(self: Helper, mode: str, items: list[Any], news: Any = None) -> Any:
        told.append(news)
        return original(self, mode, items, news)

    monkeypatch.setattr(Helper, "send", telling)
    seed = SEEDS[1]
    items = [dataclasses.replace(seed, id=f"s{n}") for n in range(4)]
    items[2:2] = [STORY, variant(1), variant(2), variant(3)]
    other = twin(cached, tmp_path)
    fast = run(items, cached)
    assert told  # the helper answered windows
    ordinary(monkeypatch)
    slow = run(items, other)
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]
    assert [len(r.visits) for r in fast[2:6]] == [len(first[0].visits)] * 4
