"""Cache look-ups of a batch, grouped: one thread hop and one memo query for many articles.

Workers that reach the cache in the same turn of the event loop join one group; the
group is looked up in a worker thread (`Extractor.lookup_many`) while the loop goes on,
and each worker gets its own article's record, miss or error back. With 32 workers a
cached re-run makes one hop per about 32 articles instead of one per article.
"""

from __future__ import annotations

import asyncio

from visitx.core.models import Extraction
from visitx.llm.extractor import Extractor, Job


class Lookups:
    """Groups the cache look-ups of one batch run (made and closed by the engine)."""

    def __init__(self, ex: Extractor) -> None:
        self.ex = ex
        self._pending: list[tuple[Job, asyncio.Future[Extraction | Exception | None]]] = []
        self._tasks: set[asyncio.Task[None]] = set()

    async def get(self, job: Job) -> Extraction | None:
        """The job's record from the cache, or None on a miss; raises what its lookup raised."""
        if self.ex.cache is None:
            return None
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Extraction | Exception | None] = loop.create_future()
        self._pending.append((job, future))
        if len(self._pending) == 1:
            loop.call_soon(self._send)  # after the other workers of this turn joined
        found = await future
        if isinstance(found, Exception):
            raise found
        return found

    def _send(self) -> None:
        group, self._pending = self._pending, []
        task = asyncio.get_running_loop().create_task(self._serve(group))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(
        self, group: list[tuple[Job, asyncio.Future[Extraction | Exception | None]]]
    ) -> None:
        jobs = [job for job, _ in group]
        try:
            found = await asyncio.to_thread(self.ex.lookup_many, jobs)
        except Exception as exc:  # the whole group failed: each article fails with it
            found = [exc] * len(group)
        except BaseException:  # cancelled: nobody gets an answer
            for _, future in group:
                future.cancel()
            raise
        for (_, future), one in zip(group, found, strict=True):
            if not future.done():
                future.set_result(one)

    async def aclose(self) -> None:
        """Cancel what is still waiting (a lookup already in a thread finishes there)."""
        for _, future in self._pending:
            future.cancel()
        self._pending = []
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
