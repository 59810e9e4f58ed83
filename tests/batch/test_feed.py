"""The batch's input feed: a generator read by a thread, handed over in batches."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator
from typing import Any

import visitx
from visitx import Settings
from visitx.batch.parts import Feed
from visitx.core.collector import SPACED_YOUNG

from conftest import seeds

WAIT_S = 10.0  # a reader thread that never gets there fails the test, it does not hang


def _numbers(count: int, done: threading.Event) -> Iterator[int]:
    yield from range(count)
    done.set()  # asked for more after the last item: every item was handed over


async def test_items_read_ahead_are_ready_at_once() -> None:
    """What the thread read while the loop was busy is there without the loop running
    once per item, in input order."""
    done = threading.Event()
    feed = Feed(_numbers(1_000, done), ahead=1_000)
    first = await feed.next()
    assert done.wait(WAIT_S)  # the loop is blocked here: no callback of it runs
    rest = feed.ready(5_000)
    feed.close()
    assert first == (0, 0)
    assert rest == [(i, i) for i in range(1, 1_000)]


async def test_the_loop_is_woken_once_per_batch_not_per_item() -> None:
    """1,000 items read while the loop is busy cost a handful of wake-ups, not 1,000."""
    loop = asyncio.get_running_loop()
    calls: list[Any] = []
    original = loop.call_soon_threadsafe

    def counted(callback: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(callback)
        return original(callback, *args, **kwargs)

    loop.call_soon_threadsafe = counted  # type: ignore[method-assign]
    try:
        done = threading.Event()
        feed = Feed(_numbers(1_000, done), ahead=1_000)
        assert await feed.next() == (0, 0)
        assert done.wait(WAIT_S)
        items = [pair async for pair in _drain(feed)]
    finally:
        loop.call_soon_threadsafe = original  # type: ignore[method-assign]
    assert [item for _, item in items] == list(range(1, 1_000))
    assert len(calls) <= 3


async def test_many_workers_share_the_items_and_all_see_the_end() -> None:
    """Eight consumers take 500 items between them, each once, and all end."""
    feed = Feed(iter(range(500)), ahead=16)

    async def worker() -> list[int]:
        taken = []
        while (pair := await feed.next()) is not None:
            taken.append(pair[1])
        return taken

    parts = await asyncio.wait_for(asyncio.gather(*(worker() for _ in range(8))), WAIT_S)
    assert sorted(item for part in parts for item in part) == list(range(500))


async def test_the_input_own_error_ends_the_feed_and_is_kept() -> None:
    """A generator that raises ends the feed; its error is the feed's error."""

    def broken() -> Iterator[int]:
        yield 1
        raise OSError("disk gone")

    feed = Feed(broken(), ahead=4)
    got = [await asyncio.wait_for(feed.next(), WAIT_S) for _ in range(2)]
    assert got == [(0, 1), None]
    assert isinstance(feed.error, OSError)


async def _drain(feed: Feed) -> Any:
    while (pair := await asyncio.wait_for(feed.next(), WAIT_S)) is not None:
        yield pair


async def test_a_streamed_batch_spaces_the_collector_out(cached: Settings) -> None:
    """While `aextract_many` runs, young collections are spaced out; after it, not."""
    gc.set_threshold(700, 10, 10)
    seen = [
        gc.get_threshold()[0]
        async for _ in visitx.aextract_many(
            iter(seeds()), settings=cached, concurrency=2, progress=False
        )
    ]
    assert seen == [SPACED_YOUNG] * len(seeds())
    assert gc.get_threshold() == (700, 10, 10)
