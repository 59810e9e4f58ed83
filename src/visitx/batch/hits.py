"""The cache-hit path of a batch: the workers' cache look-ups, answered in groups.

A re-run of a batch is mostly cache hits, and a hit costs about 0.1 ms to turn into a
record. Sending each look-up to a thread of its own cost more than the look-up itself; here
the look-ups that the workers ask for while a group is being answered wait for the next
group, and each group takes one trip to a worker thread, where the cache is read and the
records are built one after the other. An exception stays with its own article.
"""

from __future__ import annotations

import asyncio
from typing import Any

from visitx.core.models import Extraction
from visitx.llm.extractor import Extractor

__all__ = ["Lookups"]

_Answer = Extraction | None | BaseException


class Lookups:
    """Cache look-ups of one batch, answered a group at a time off the event loop."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self.pending: list[tuple[Any, asyncio.Future[Extraction | None]]] = []
        self.task: asyncio.Task[None] | None = None

    async def get(self, job: Any) -> Extraction | None:
        """The record of a job whose draft is cached, or None on a miss."""
        if self.extractor.cache is None:  # the cache is off: nothing to look up, no hop
            return None
        future: asyncio.Future[Extraction | None] = asyncio.get_running_loop().create_future()
        self.pending.append((job, future))
        if self.task is None:
            self.task = asyncio.create_task(self._answer(), name="visitx-cache-lookups")
        return await future

    async def _answer(self) -> None:
        group: list[tuple[Any, asyncio.Future[Extraction | None]]] = []
        try:
            while self.pending:
                await asyncio.sleep(0)  # the other workers that are ready add theirs
                group, self.pending = self.pending, []
                answers = await asyncio.to_thread(_look_up, self.extractor, [j for j, _ in group])
                for (_, future), answer in zip(group, answers, strict=True):
                    if future.done():  # its worker was cancelled
                        continue
                    if isinstance(answer, BaseException):
                        future.set_exception(answer)
                    else:
                        future.set_result(answer)
        finally:
            self.task = None
            # Cancelled with the batch (or worse): nobody is left waiting for an answer.
            for _, future in (*group, *self.pending):
                future.cancel()
            self.pending = []

    def close(self) -> None:
        """Stop answering (the batch is over or cancelled)."""
        if self.task is not None:
            self.task.cancel()  # its own clean-up cancels the group it has sent
        for _, future in self.pending:  # also when the task was cancelled before it ran
            future.cancel()
        self.pending = []


def _look_up(extractor: Extractor, jobs: list[Any]) -> list[_Answer]:
    answers: list[_Answer] = []
    for job in jobs:
        try:
            answers.append(extractor.cached(job))
        except Exception as exc:  # the article's own failure, as a single look-up raises it
            answers.append(exc)
    return answers
