"""extract_many / aextract_many: order, failures recorded, resume from cache, progress."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

import visitx
from visitx import Article, Settings
from visitx.batch.engine import run_sync
from visitx.batch.parts import Progress

from conftest import ARTICLES, load_article

SEEDS = sorted(p.stem for p in (ARTICLES / "seeds").glob("*.txt"))


def seed_inputs() -> list[Article]:
    inputs = []
    for stem in SEEDS:
        text, entry = load_article(stem)
        inputs.append(Article(text=text, published=entry["published"], id=stem))
    return inputs


@pytest.mark.vcr
def test_results_come_back_in_input_order(settings: Settings) -> None:
    """extract_many returns one result per input, in input order, with the input ids."""
    inputs = seed_inputs()
    results = visitx.extract_many(inputs, settings=settings, concurrency=3, progress=False)
    assert [r.article.source_id for r in results] == SEEDS
    assert [r.article.text for r in results] == [a.text for a in inputs]
    assert all(r.error is None and r.visits for r in results)


@pytest.mark.vcr
def test_a_failing_article_is_recorded_and_the_batch_goes_on(settings: Settings) -> None:
    """Bad inputs become records with `error`; the good article is still extracted."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    inputs: list[Any] = ["", {"text": text, "id": "good"}, 42, {"txt": "typo"}]
    results = visitx.extract_many(inputs, settings=settings, progress=False)
    assert [r.error.type if r.error else None for r in results] == [
        "InputError",
        None,
        "InputError",
        "InputError",
    ]
    assert results[1].visits
    assert results[1].article.source_id == "good"
    assert results[0].article.source_id == "#0"
    assert "txt" in results[3].error.message  # type: ignore[union-attr]


@pytest.mark.vcr
def test_rerun_after_a_crash_only_pays_for_what_was_not_done(
    settings: Settings, vcr: Any
) -> None:
    """Articles finished before a crash come from the cache; no request is repeated."""
    inputs = seed_inputs()

    def crashing() -> Iterator[Article]:
        yield inputs[0]
        yield inputs[1]
        raise RuntimeError("input disk unplugged")

    with pytest.raises(RuntimeError, match="unplugged"):
        visitx.extract_many(crashing(), settings=settings, concurrency=1, progress=False)
    results = visitx.extract_many(inputs, settings=settings, progress=False)
    assert [r.meta.cached for r in results] == [True, True, False, False, False]
    # One HTTP exchange per article, none repeated (replayed, or recorded just now).
    exchanges = vcr.play_count if vcr.record_mode == "none" else len(vcr.requests)
    assert exchanges == len(inputs)


@pytest.mark.vcr
async def test_aextract_many_yields_as_completed(settings: Settings) -> None:
    """The async iterator yields every article once, carrying its id."""
    seen = [
        r.article.source_id
        async for r in visitx.aextract_many(
            iter(seed_inputs()), settings=settings, concurrency=2, progress=False
        )
    ]
    assert sorted(seen) == SEEDS  # type: ignore[type-var]


@pytest.mark.vcr
async def test_extract_many_works_inside_a_running_event_loop(settings: Settings) -> None:
    """In a notebook (a loop is already running) extract_many still works."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    results = visitx.extract_many([text], settings=settings, progress=False)
    assert results[0].visits


def test_run_sync_inside_a_loop() -> None:
    """run_sync runs a coroutine even when called from a coroutine."""

    async def answer() -> int:
        return 42

    async def caller() -> int:
        value: int = run_sync(answer())
        return value

    assert asyncio.run(caller()) == 42


def test_progress_is_off_when_not_interactive() -> None:
    """With progress=None and no TTY (as under pytest), no bar is made."""
    assert Progress(None, 10).bar is None
    assert Progress(False, 10).bar is None


def test_progress_counts(capsys: pytest.CaptureFixture[str]) -> None:
    """A forced bar counts cached and failed articles and tokens."""
    from visitx.batch.engine import failed

    bar = Progress(True, 2)
    bar.update(failed("x", visitx.InputError("bad")))
    record = visitx.Extraction(
        article=visitx.ArticleRecord(id=visitx.ArticleRecord.id_for("t"), text="t"),
        meta=visitx.Meta(usage=visitx.Usage(total_tokens=7)),
    )
    bar.update(record)
    bar.close()
    assert (bar.failed, bar.cached, bar.tokens) == (1, 0, 7)
    assert "failed=1" in capsys.readouterr().err


def test_concurrency_must_be_positive(settings: Settings) -> None:
    """concurrency=0 is refused with a clear error."""
    with pytest.raises(visitx.InputError, match="concurrency"):
        visitx.extract_many(["x"], settings=settings, concurrency=0)
