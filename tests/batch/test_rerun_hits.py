"""Cached re-runs through the memo's fast way: the same records as the ordinary way."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import json
import sys
from collections.abc import Iterator
from typing import Any

import pytest

import visitx
from visitx import Article, Extraction, Extractor, RunStats, Settings
from visitx.batch import hits, hitstage
from visitx.batch.hitproc import Helper
from visitx.llm import memo

from conftest import CASSETTES, ROOT, Provider, comparable, database, seed_facts, seeds

EXPECTED = json.loads((ROOT / "tests" / "fixtures" / "seeds" / "expected.json").read_text("utf-8"))
OFF_TOPIC = "Rain is expected on Sunday; temperatures will fall to eight degrees at night."


@pytest.fixture
def cached(cached: Settings) -> Settings:
    """conftest's seeded cache (the five seeds' recorded drafts, no memo yet), with
    near-copies off."""
    return dataclasses.replace(cached, duplicates=False)


def run(articles: list[Any], settings: Settings, **kwargs: Any) -> visitx.Results:
    return visitx.extract_many(articles, settings=settings, progress=False, concurrency=4,
                               **kwargs)


def test_fast_rerun_gives_the_hand_checked_seed_records(
    cached: Settings, resolved: list[int]
) -> None:
    """Memo hits answered a window at a time carry each seed's hand-checked facts."""
    run(seeds(), cached)  # rebuilt from the drafts: the memo is written
    resolved.clear()
    again = run(seeds(), cached)
    assert resolved == [5]
    assert [r.article.source_id for r in again] == [a.id for a in seeds()]
    assert all(r.meta.cached and r.error is None for r in again)
    for article, record in zip(seeds(), again, strict=True):
        assert seed_facts(record.visits) == EXPECTED[article.id]


def test_fast_rerun_equals_the_ordinary_way(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each record from the fast way equals the memo hit the ordinary way makes."""
    run(seeds(), cached)
    fast = run(seeds(), cached)
    monkeypatch.setattr(hitstage.HitStage, "open", classmethod(lambda *_: None))
    resolved.clear()
    ordinary = run(seeds(), cached)
    assert resolved == []  # the ordinary way really ran
    assert [comparable(r) for r in fast] == [comparable(r) for r in ordinary]
    assert [type(r.article) for r in fast] == [type(r.article) for r in ordinary]


def test_inputs_of_every_form_keep_their_fields(cached: Settings, resolved: list[int]) -> None:
    """A str, a mapping with a url and an Article with its own id come back as given."""
    first, second, third = seeds()[:3]
    inputs: list[Any] = [
        {"text": first.text, "published": first.published, "url": "https://example.org/1"},
        second,
        Article(text=third.text, published=third.published, id="own-id", url="u3"),
    ]
    run(inputs, cached)
    resolved.clear()
    again = run(inputs, cached)
    assert resolved == [3]
    assert [(r.article.source_id, r.article.url) for r in again] == [
        ("#0", "https://example.org/1"), (second.id, None), ("own-id", "u3"),
    ]
    assert [r.article.published for r in again] == [
        first.published, second.published, third.published,
    ]


def test_failures_and_hits_mix_in_order_with_totals(
    cached: Settings, resolved: list[int]
) -> None:
    """Bad inputs still fail in their places while the others are memo hits; totals add up."""
    articles: list[Any] = [*seeds()]
    articles[1:1] = ["   ", 42]
    run(articles, cached)
    stats = RunStats()
    again = run(articles, cached, stats=stats)
    assert [r.error.type if r.error else None for r in again] == [
        None, "InputError", "InputError", None, None, None, None,
    ]
    assert (stats.articles, stats.cached, stats.failed, stats.sent) == (7, 5, 2, 0)


def test_screen_rules_out_an_article_whose_record_is_memoized(
    cached: Settings, resolved: list[int], provider: Provider
) -> None:
    """The screen's verdict still counts for a memo hit: ruled out, it is `skipped`."""
    from visitx.testing import replay

    german = seeds()[4]
    ex = Extractor(dataclasses.replace(cached, screen=False))
    with replay(CASSETTES / "extract" / f"test_seed_article_end_to_end[{german.id}].yaml"):
        ex.extract(german.text, published=german.published)
    ex.close()
    # The same draft answers a text the screen rules out, once the memo is keyed for it.
    off_topic = Article(text=OFF_TOPIC, published=german.published)
    copy_memo_row(cached, german, off_topic)
    screened = run([off_topic, german], cached)
    unscreened = run([off_topic, german], dataclasses.replace(cached, screen=False))
    assert screened[0].skipped is not None
    assert screened[0].visits == []
    assert screened[1].skipped is None
    assert unscreened[0].skipped is None
    assert unscreened[0].meta.cached
    assert seed_facts(unscreened[0].visits) == EXPECTED[german.id]


def copy_memo_row(settings: Settings, source: Article, target: Article) -> None:
    """Store `source`'s memoized record under `target`'s key (a crafted hit)."""
    ex = Extractor(settings)
    keys = [ex.key(ex.prepare(a.text, published=a.published), ex.provider.mode())
            for a in (source, target)]
    ex.lookup(ex.prepare(source.text, published=source.published))  # memoize it
    ex.close()
    with database(settings.cache_dir / memo.MEMO_FILE) as db:
        (value, stamp), = db.execute("select value, print from records where key = ?",
                                     keys[:1]).fetchall()
        db.execute("insert into records (key, print, value) values (?, ?, ?)",
                   (keys[1], stamp, value))


def test_screen_verdicts_are_kept_for_the_next_run(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second re-run reads the screen's verdicts from the memo instead of screening."""
    run(seeds(), cached)
    run(seeds(), cached)  # the first fast run screens and keeps the verdicts
    import visitx.screening.cues

    def no_screen(*_: Any, **__: Any) -> Any:
        raise AssertionError("screened again")

    monkeypatch.setattr(visitx.screening.cues, "screen", no_screen)
    resolved.clear()
    again = run(seeds(), cached)
    assert resolved == [5]
    assert all(r.meta.cached for r in again)


def test_an_unusable_memo_entry_takes_the_ordinary_way(
    cached: Settings, resolved: list[int]
) -> None:
    """An entry the fast way cannot read is rebuilt from its draft by the ordinary way."""
    run(seeds(), cached)
    with database(cached.cache_dir / memo.MEMO_FILE) as db:
        db.execute("update records set value = '{\"visits\": [1'")
    resolved.clear()
    again = run(seeds(), cached)
    assert resolved == [0]
    for article, record in zip(seeds(), again, strict=True):
        assert record.meta.cached
        assert seed_facts(record.visits) == EXPECTED[article.id]


def test_a_memo_of_other_code_is_rebuilt(
    cached: Settings, resolved: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries written under another fingerprint are not used: records are rebuilt."""
    run(seeds(), cached)
    monkeypatch.setattr(memo, "fingerprint", lambda: "other-code")
    resolved.clear()
    again = run(seeds(), cached)
    assert resolved == [0]
    for article, record in zip(seeds(), again, strict=True):
        assert seed_facts(record.visits) == EXPECTED[article.id]
    with database(cached.cache_dir / memo.MEMO_FILE) as db:
        assert db.execute("select distinct print from records").fetchall() == [("other-code",)]


def test_streamed_rerun_yields_every_record(cached: Settings, resolved: list[int]) -> None:
    """aextract_many over a generator takes the fast way too and yields each article once."""
    run(seeds(), cached)
    resolved.clear()

    async def collect() -> list[str | None]:
        return [r.article.source_id async for r in visitx.aextract_many(
            iter(seeds()), settings=cached, progress=False, concurrency=2)]

    seen = asyncio.run(collect())
    assert sorted(seen) == sorted(a.id for a in seeds())  # type: ignore[type-var]
    assert sum(resolved) == 5


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_many_leaves_the_collector_as_it_was(cached: Settings, enabled: bool) -> None:
    """The garbage collector is paused during extract_many and restored after."""
    with collector(enabled):
        run(seeds()[:1], cached)
        assert gc.isenabled() is enabled


@contextlib.contextmanager
def collector(enabled: bool) -> Iterator[None]:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


def test_helper_process_answers_as_this_process_does(cached: Settings) -> None:
    """The helper process resolves a window exactly as the batch's own process does."""
    run(seeds(), cached)
    ex = Extractor(cached)
    spec = hits.spec_of(ex, screening=True)
    mode = ex.provider.mode()
    ex.close()
    window: list[tuple[int, Any]] = [(i, a) for i, a in enumerate([*seeds(), "   ", 42])]
    local = hits.Resolver(spec)
    here = local.resolve(mode, window)
    local.close()
    helper = Helper(spec)
    try:
        there, _ = helper.resolve(mode, window)
    finally:
        helper.close()
    assert helper.proc.returncode == 0  # ended when its input closed
    assert [a is None for a in there] == [False] * 5 + [True, True]
    assert [comparable(Extraction.model_validate_json(a)) for a in there if a] == [
        comparable(Extraction.model_validate_json(a)) for a in here if a
    ]


def test_a_helper_that_cannot_start_leaves_the_batch_whole(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no Python to start the helper with, the batch resolves its windows itself."""
    run(seeds(), cached)
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    monkeypatch.setattr(hitstage, "HELPER_FROM", 0)
    monkeypatch.setattr(sys, "executable", str(cached.cache_dir / "no-python"))
    again = run(seeds(), cached)
    for article, record in zip(seeds(), again, strict=True):
        assert record.meta.cached
        assert seed_facts(record.visits) == EXPECTED[article.id]


def test_helper_takes_windows_once_ready(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With small windows the helper process answers the later ones; records stay right."""
    run(seeds(), cached)
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    monkeypatch.setattr(hitstage, "HELPER_FROM", 0)
    monkeypatch.setattr(hitstage.HitStage, "wait_for_helper", True)
    used: list[int] = []
    original = Helper.send

    def counting(self: Helper, mode: str, items: list[Any], news: Any = None) -> Any:
        used.append(len(items))
        return original(self, mode, items, news)

    monkeypatch.setattr(Helper, "send", counting)
    many = [Article(text=a.text, published=a.published, id=f"{a.id}-{n}")
            for n in range(4) for a in seeds()]
    again = run(many, cached)
    # Every window after the first two: the first comes back hits, the helper starts
    # then, and the second was already being resolved here.
    assert sum(used) == len(many) - 4
    for article, record in zip(many, again, strict=True):
        assert record.article.source_id == article.id
        assert record.meta.cached
        assert seed_facts(record.visits) == EXPECTED[str(article.id).rsplit("-", 1)[0]]


def test_record_json_refuses_an_entry_of_another_form() -> None:
    """An entry not written by MemoRecord gives None (the ordinary way reads it)."""
    assert memo.record_json('{"visits": [], "meta": {}}', lambda _: "{}", 0.1) is None
    assert memo.record_json('{"language":"de","meta":{}}', lambda _: "{}", 0.1) is None


def test_record_json_marks_the_entry_cached_with_its_duration() -> None:
    """A MemoRecord entry becomes the record's JSON: the article given, cached, its duration."""
    entry = memo.MemoRecord(language="de", visits=[], meta=visitx.Meta(model="m", attempts=2))
    text = memo.record_json(entry.model_dump_json(),
                            lambda language: f'{{"id":"x","text":"t","language":"{language}"}}',
                            0.25)
    assert text is not None
    record = Extraction.model_validate_json(text)
    assert (record.article.language, record.meta.cached, record.meta.duration_s) == (
        "de", True, 0.25)
    assert (record.meta.model, record.meta.attempts, record.visits) == ("m", 2, [])


def test_a_failing_input_still_yields_the_hits_before_it(
    cached: Settings, resolved: list[int]
) -> None:
    """An input that breaks after two articles: both come back, then its error is raised."""
    run(seeds(), cached)
    resolved.clear()

    def crashing() -> Iterator[Article]:
        yield seeds()[0]
        yield seeds()[1]
        raise RuntimeError("input disk unplugged")

    async def collect(seen: list[str | None]) -> None:
        async for r in visitx.aextract_many(crashing(), settings=cached, progress=False):
            seen.append(r.article.source_id)

    seen: list[str | None] = []
    with pytest.raises(RuntimeError, match="unplugged"):
        asyncio.run(collect(seen))
    assert sorted(seen) == sorted(a.id for a in seeds()[:2])  # type: ignore[type-var]
    assert sum(resolved) == 2


def test_objects_frozen_by_the_caller_stay_frozen(cached: Settings) -> None:
    """extract_many does not unfreeze what the caller froze with gc.freeze().

    The frozen count itself may shrink (frozen objects that die leave it), so the check is
    an object the caller froze: it stays outside the collector's generations until the
    caller's own gc.unfreeze() puts it back.
    """
    sentinel: list[object] = []
    gc.freeze()
    try:
        run(seeds()[:1], cached)
        assert not any(o is sentinel for o in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()
    assert any(o is sentinel for o in gc.get_objects(generation=2))  # the check can fail


def helper_run(cached: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of two articles, every one of them sent to a helper started at once."""
    run(seeds(), cached)
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    monkeypatch.setattr(hitstage, "HELPER_FROM", 0)
    monkeypatch.setattr(hitstage.HitStage, "wait_for_helper", True)


def test_an_input_the_helper_cannot_take_is_resolved_here(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mapping that cannot be pickled is resolved in the batch's process; the rest go on."""
    helper_run(cached, monkeypatch)

    class Local(dict[str, Any]):  # a class defined here cannot be pickled
        pass

    first = seeds()[0]
    inputs: list[Any] = [Local(text=first.text, published=first.published, id="local"),
                         *seeds()[1:]]
    again = run(inputs, cached)
    assert [r.article.source_id for r in again] == ["local", *[a.id for a in seeds()[1:]]]
    assert all(r.meta.cached and r.error is None for r in again)
    assert seed_facts(again[0].visits) == EXPECTED[first.id]


def test_a_helper_that_dies_leaves_the_batch_whole(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the helper stops answering, the windows after are resolved here, none lost."""
    helper_run(cached, monkeypatch)
    calls: list[int] = []
    original = Helper.send

    def dying(self: Helper, mode: str, items: list[Any], news: Any = None) -> Any:
        calls.append(len(items))
        if len(calls) == 2:
            self.proc.kill()
            self.proc.wait()
        return original(self, mode, items, news)

    monkeypatch.setattr(Helper, "send", dying)
    twice = [Article(text=a.text, published=a.published, id=f"{a.id}-{n}")
             for n in range(2) for a in seeds()]
    again = run(twice, cached)
    assert len(calls) == 2  # windows 3 and 4 went to the helper, window 5 not
    assert [r.article.source_id for r in again] == [a.id for a in twice]
    for article, record in zip(twice, again, strict=True):
        assert record.meta.cached
        assert seed_facts(record.visits) == EXPECTED[str(article.id).rsplit("-", 1)[0]]


def test_a_run_of_misses_starts_no_helper(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Articles the memo does not know (a first run) are not worth a helper process."""
    monkeypatch.setattr(hitstage, "WINDOW", 2)
    monkeypatch.setattr(hitstage, "HELPER_FROM", 0)
    started: list[object] = []

    def start(self: hitstage.HitStage) -> None:
        started.append(self)

    monkeypatch.setattr(hitstage.HitStage, "start_helper", start)
    again = run(["   ", 42, "\t", 7], cached)
    assert [r.error.type if r.error else None for r in again] == ["InputError"] * 4
    assert started == []
