"""Grouped cache look-ups of a batch: one trip to a thread per group, failures per article."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest

from visitx.batch.hits import Lookups
from visitx.core.errors import CacheError


class _Extractor:
    """Answers `cached(job)` from a table, and notes which thread asked."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.threads: list[int] = []
        self.cache = object()  # on

    def cached(self, job: str) -> Any:
        self.threads.append(threading.get_ident())
        answer = self.answers[job]
        if isinstance(answer, Exception):
            raise answer
        return answer


async def test_lookups_asked_together_share_one_thread_trip() -> None:
    """Five look-ups asked in the same turn of the loop are answered by one worker thread."""
    fake = _Extractor({f"job{i}": None for i in range(5)})
    lookups = Lookups(fake)  # type: ignore[arg-type]  # duck-typed stand-in
    answers = await asyncio.wait_for(
        asyncio.gather(*(lookups.get(f"job{i}") for i in range(5))), timeout=30
    )
    assert answers == [None] * 5
    assert len(fake.threads) == 5
    assert len(set(fake.threads)) == 1
    assert fake.threads[0] != threading.get_ident()


async def test_a_failed_lookup_fails_only_its_own_article() -> None:
    """One look-up raising CacheError leaves the others in its group answered."""
    broken = CacheError("Cannot open the cache")
    fake = _Extractor({"a": None, "b": broken, "c": None})
    lookups = Lookups(fake)  # type: ignore[arg-type]
    results = await asyncio.wait_for(
        asyncio.gather(*(lookups.get(j) for j in "abc"), return_exceptions=True), timeout=30
    )
    assert results == [None, broken, None]


async def test_closing_cancels_lookups_still_waiting() -> None:
    """A batch that ends while look-ups wait cancels them instead of leaving them hanging."""
    fake = _Extractor({"a": None})
    lookups = Lookups(fake)  # type: ignore[arg-type]
    waiting = asyncio.ensure_future(lookups.get("a"))
    await asyncio.sleep(0)  # the look-up is queued, its group not yet sent
    lookups.close()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(waiting, timeout=30)


async def test_no_lookup_when_the_cache_is_off() -> None:
    """With the cache off a look-up answers None at once, without asking the extractor."""
    fake = _Extractor({})
    fake.cache = None  # type: ignore[assignment]
    assert await asyncio.wait_for(Lookups(fake).get("a"), timeout=30) is None  # type: ignore[arg-type]
    assert fake.threads == []
