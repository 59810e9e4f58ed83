"""Running the engine from synchronous code (scripts, notebooks, `visitx batch collect`)."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import TYPE_CHECKING, Any

from visitx.core.collector import paused as gc_paused  # for extract_many: the records kept
from visitx.core.models import Extraction

if TYPE_CHECKING:
    from visitx.core.article import Article
    from visitx.llm.extractor import Extractor

__all__ = ["first", "gc_paused", "run_live", "run_sync"]

_JOIN_POLL_S = 0.1


def run_sync(coro: Any) -> Any:
    """Run a coroutine to completion, also when this thread already runs an event loop.

    Inside a running loop (Jupyter) the coroutine runs in a thread with a loop of its
    own. An interrupt in the caller's thread (KeyboardInterrupt) cancels it there and
    waits for its clean-up before it is re-raised, so no thread is left running.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}
    started = threading.Event()
    finished = threading.Event()  # not Thread.join: an interrupted join can mark it stopped

    async def main() -> Any:
        box["loop"] = asyncio.get_running_loop()
        box["task"] = asyncio.current_task()
        started.set()
        return await coro

    def target() -> None:
        try:
            box["value"] = asyncio.run(main())
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc
        finally:
            started.set()
            finished.set()

    thread = threading.Thread(target=target, name="visitx-batch", daemon=True)
    try:
        thread.start()
        while not finished.wait(_JOIN_POLL_S):  # short waits, so that an interrupt gets through
            pass
    except BaseException:
        if thread.ident is None:  # interrupted before it started
            raise
        started.wait()
        loop, task = box.get("loop"), box.get("task")
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # the loop has just finished
                loop.call_soon_threadsafe(task.cancel)
        finished.wait()
        raise
    if "error" in box:
        raise box["error"]
    return box["value"]


def first(pair: tuple[int, Extraction]) -> int:
    """The input position of a (position, record) pair."""
    return pair[0]


def run_live(
    articles: list[Article], ex: Extractor, concurrency: int
) -> list[tuple[int, Extraction]]:
    """Articles through the live (non-batch) path, with the extractor given."""
    from visitx.batch.engine import stream

    async def run() -> list[tuple[int, Extraction]]:
        done = [pair async for pair in stream(articles, extractor=ex, concurrency=concurrency)]
        await ex.aclose()
        return done

    done: list[tuple[int, Extraction]] = run_sync(run())
    return done
