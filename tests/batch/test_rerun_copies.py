"""Cached re-runs with near-copies on (the default): the fast way gives the ordinary records."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

import visitx
from visitx import Extractor, Settings
from visitx.batch import hits, hitstage

from conftest import comparable, copy_cache, seeds, shortened

SEEDS = seeds()


COPIES = [shortened(SEEDS[0]), shortened(SEEDS[1])]




def run(articles: list[Any], settings: Settings) -> visitx.Results:
    return visitx.extract_many(articles, settings=settings, progress=False, concurrency=4)


def ordinary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hitstage.HitStage, "open", classmethod(lambda *_: None))


def twin(settings: Settings, tmp: Any) -> Settings:
    """The same settings on a copy of the cache folder (the same starting state)."""
    copy_cache(settings.cache_dir, tmp / "twin")
    return dataclasses.replace(settings, cache_dir=tmp / "twin")


def test_copies_are_copies_of_their_seed(cached: Settings) -> None:
    """The test's near-copies are found as copies of the seeds they shorten."""
    first = run([*SEEDS, *COPIES], cached)
    assert [r.duplicate_of for r in first[5:]] == [
        first[0].article.id, first[1].article.id
    ]
    assert all(r.duplicate_of is None and r.error is None for r in first[:5])


def test_default_rerun_takes_the_fast_way_for_originals_and_copies(
    cached: Settings, resolved: list[int]
) -> None:
    """A re-run answers the five indexed originals and their two copies from the memo."""
    run([*SEEDS, *COPIES], cached)
    resolved.clear()
    run([*SEEDS, *COPIES], cached)
    assert resolved == [7]


def test_default_rerun_equals_the_ordinary_way(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """Originals and copies, in an order that puts a copy first: the same records."""
    items = [COPIES[1], *SEEDS, COPIES[0]]
    run(items, cached)
    other = twin(cached, tmp_path)
    resolved.clear()
    fast = run(items, cached)
    assert resolved == [7]
    ordinary(monkeypatch)
    resolved.clear()
    slow = run(items, other)
    assert resolved == []
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]
    assert [r.duplicate_of is not None for r in fast] == [True, False, False, False, False,
                                                          False, True]


def test_rerun_totals_are_the_ordinary_ones(cached: Settings) -> None:
    """Five cached originals and two near-copies, as the ordinary way counts them."""
    run([*SEEDS, *COPIES], cached)
    again = run([*SEEDS, *COPIES], cached)
    stats = dataclasses.asdict(again.stats)
    assert (stats["articles"], stats["cached"], stats["duplicates"], stats["sent"],
            stats["failed"], stats["screened"]) == (7, 5, 2, 0, 0, 0)


def test_new_articles_mixed_in_go_the_ordinary_way(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """Seeds new to the index, and a copy of one first seen in this run two windows on."""
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    run(SEEDS[:3], cached)  # seeds 3 and 4 are new to the index (and to the memo)
    copy = shortened(SEEDS[4])
    items = [SEEDS[4], SEEDS[0], SEEDS[1], SEEDS[2], SEEDS[3], copy]
    other = twin(cached, tmp_path)
    resolved.clear()
    fast = run(iter(items), cached)  # streamed: fed in this order (a list is regrouped)
    assert sum(resolved) == 3  # seeds 0-2 from the memo
    ordinary(monkeypatch)
    slow = run(iter(items), other)
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]
    assert fast[5].duplicate_of == fast[0].article.id
    assert [r.duplicate_of for r in fast[:5]] == [None] * 5
    assert fast.stats == slow.stats


def test_a_list_puts_a_new_original_and_its_copy_together(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list input is regrouped before the windows: the new seed's copy follows it."""
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    run(SEEDS[:3], cached)
    items = [SEEDS[4], SEEDS[0], SEEDS[1], SEEDS[2], SEEDS[3], shortened(SEEDS[4])]
    resolved.clear()
    fast = run(items, cached)
    assert resolved == [0, 2, 1]  # [seed 4, its copy], [seeds 0, 1], [seed 2, seed 3]
    assert fast[5].duplicate_of == fast[0].article.id


def test_originals_notes_are_kept_again_for_their_copies(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    """Notes another model left: the fast way keeps the originals' again, as the ordinary."""
    from visitx.batch.earlier import INDEX_FILE
    from visitx.screening.dupindex import DuplicateIndex

    first = run([*SEEDS, *COPIES], cached)
    with DuplicateIndex(cached.cache_dir / INDEX_FILE) as index:
        for record in first[:5]:
            index.remember(record.article.id, b'{"model": "other", "prompt": null}')
    other = twin(cached, tmp_path)
    resolved.clear()
    fast = run([*SEEDS, *COPIES], cached)
    assert resolved == [7]
    ordinary(monkeypatch)
    slow = run([*SEEDS, *COPIES], other)
    assert [r.duplicate_of for r in fast[5:]] == [first[0].article.id, first[1].article.id]
    assert [comparable(r) for r in fast] == [comparable(r) for r in slow]


def test_a_rerun_of_the_same_list_reads_its_groups(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A re-run of the same list hashes no text to group its near-copies (all indexed)."""
    from visitx.screening import dupes

    run([COPIES[0], *SEEDS, COPIES[1]], cached)
    hashed: list[int] = []
    original = dupes.signatures
    monkeypatch.setattr(dupes, "signatures", lambda texts: hashed.append(1) or original(texts))
    again = run([COPIES[0], *SEEDS, COPIES[1]], cached)
    assert hashed == []
    assert [r.duplicate_of for r in again] == [again[1].article.id, None, None, None, None,
                                               None, again[2].article.id]


def test_the_helper_process_answers_originals_as_this_process_does(
    cached: Settings, tmp_path: Any
) -> None:
    """The helper consults the index too: originals and copies answered as here."""
    from visitx.batch.hitproc import Helper
    from visitx.batch.plan import Plan

    run([*SEEDS, *COPIES], cached)
    ex = Extractor(cached)
    plan = Plan(cached, prompt_version=ex.prompt.version)
    spec = hits.spec_of(ex, True, plan)
    window = list(enumerate([*SEEDS, *COPIES]))
    helper = Helper(spec)
    try:
        remote, _ = helper.resolve(ex.provider.mode(), window, [])
    finally:
        helper.close()
    local = hits.Resolver(spec)
    here = local.resolve(ex.provider.mode(), window)
    local.close()
    plan.close()
    ex.close()
    assert [a is not None for a in remote] == [True] * 7
    assert [json.loads(a)["article"] if a else None for a in remote] == [
        json.loads(a)["article"] if a else None for a in here
    ]
