"""Grouped cache look-ups of the batch engine: one hop for many articles, answers per article."""

from __future__ import annotations

import asyncio
from typing import Any

from visitx.batch.lookups import Lookups


class FakeExtractor:
    """Stands in for `Extractor.lookup_many`: records each group it is asked for."""

    cache = object()  # a cache is configured

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers
        self.groups: list[list[str]] = []

    def lookup_many(self, jobs: list[str]) -> list[Any]:
        self.groups.append(list(jobs))
        return [self.answers.get(job) for job in jobs]


async def gather(lookups: Lookups, jobs: list[str]) -> list[Any]:
    async def one(job: str) -> Any:
        try:
            return await lookups.get(job)  # type: ignore[arg-type]
        except Exception as exc:
            return exc

    return await asyncio.wait_for(asyncio.gather(*(one(j) for j in jobs)), timeout=10)


def test_workers_of_one_turn_share_one_lookup() -> None:
    """Forty articles asked for at once are looked up as one group, each getting its own answer."""
    jobs = [f"article-{i}" for i in range(40)]
    ex = FakeExtractor({job: f"record of {job}" for job in jobs[::2]})
    found = asyncio.run(gather(Lookups(ex), jobs))  # type: ignore[arg-type]
    assert ex.groups == [jobs]
    assert found[:4] == ["record of article-0", None, "record of article-2", None]
    assert found[39] is None


def test_an_article_whose_lookup_failed_gets_its_own_error() -> None:
    """A lookup error returned for one article is raised for that article only."""
    broken = OSError("disk I/O error")
    ex = FakeExtractor({"a": "record a", "b": broken})
    found = asyncio.run(gather(Lookups(ex), ["a", "b", "c"]))  # type: ignore[arg-type]
    assert found == ["record a", broken, None]


def test_a_failing_group_fails_each_of_its_articles() -> None:
    """When the whole look-up raises, every article of the group gets that error."""

    class Broken(FakeExtractor):
        def lookup_many(self, jobs: list[str]) -> list[Any]:
            raise RuntimeError("cache gone")

    found = asyncio.run(gather(Lookups(Broken({})), ["a", "b"]))  # type: ignore[arg-type]
    assert [str(f) for f in found] == ["cache gone", "cache gone"]


def test_no_cache_asks_nothing() -> None:
    """Without a cache every article is a miss and no thread is used."""
    ex = FakeExtractor({"a": "record a"})
    ex.cache = None  # type: ignore[assignment]
    assert asyncio.run(gather(Lookups(ex), ["a"])) == [None]  # type: ignore[arg-type]
    assert ex.groups == []


def test_later_arrivals_form_a_new_group() -> None:
    """An article that reaches the cache after a group was sent is looked up in the next one."""
    ex = FakeExtractor({"a": "A", "b": "B"})

    async def main() -> list[Any]:
        lookups = Lookups(ex)  # type: ignore[arg-type]
        first = asyncio.ensure_future(lookups.get("a"))  # type: ignore[arg-type]
        while not ex.groups:  # the first group is in its thread
            await asyncio.sleep(0.001)
        second = await lookups.get("b")  # type: ignore[arg-type]
        return [await first, second]

    assert asyncio.run(asyncio.wait_for(main(), timeout=10)) == ["A", "B"]
    assert ex.groups == [["a"], ["b"]]
