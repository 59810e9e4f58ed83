"""A batch's near-copy index, fed in input order and in groups: one thread hop, one
look-up of the file and one write transaction for many articles.

`Plan.before` asks `Indexer.find` for each article it does not screen out, in the
order the workers take the input. Articles that ask in the same turn of the event loop
join one group; groups are indexed one after another, in that order, in a worker
thread, so the answers are those of one `DuplicateIndex.add` per article in input
order (the first of a group of copies is the original). In the thread:

- an article the index holds from an earlier run, made by today's signature code at
  the same threshold, is answered from its row (`DuplicateIndex.outcomes`: what `add`
  answers again), without signing its text;
- the others are signed (or their signature is taken from the list's ordering,
  `visitx.batch.handover`) and added with `DuplicateIndex.add_signatures`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from array import array

    from visitx.batch.handover import HandOver
    from visitx.screening.dupindex import DuplicateIndex

__all__ = ["Indexer"]

_Ask = tuple[str, str, "int | None", "asyncio.Future[str | None]"]


class Indexer:
    """Groups one batch's additions to its near-copy index (see the module).

    Args:
        index: the batch's index; `lock` guards it (other threads read its notes).
        originals: called on the event loop with the key of each article that copies
            none, in input order, before any article of its group gets its answer.
        handed: the signatures made when the list was ordered, by fed position.
    """

    def __init__(self, index: DuplicateIndex, lock: threading.Lock,
                 originals: Callable[[str], None], handed: HandOver | None = None) -> None:
        self.index = index
        self.lock = lock
        self.originals = originals
        self.handed = handed
        self._pending: list[_Ask] = []
        self._order: asyncio.Lock | None = None  # made on the loop: groups one at a time
        self._tasks: set[asyncio.Task[None]] = set()

    async def find(self, key: str, text: str, position: int | None) -> str | None:
        """Index an article; the key of the earlier article it copies, or None.

        Call in input order: the order of the calls is the order of indexing.
        `position` is the article's fed position (for the handed-over signature).
        """
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str | None] = loop.create_future()
        self._pending.append((key, text, position, future))
        if len(self._pending) == 1:
            loop.call_soon(self._send)  # after the other workers of this turn asked
        return await future

    def _send(self) -> None:
        group, self._pending = self._pending, []
        if self._order is None:
            self._order = asyncio.Lock()
        task = asyncio.get_running_loop().create_task(self._serve(group, self._order))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, group: list[_Ask], order: asyncio.Lock) -> None:
        async with order:  # FIFO: the groups are indexed in the order they were made
            try:
                answers: list[Any] = await asyncio.to_thread(self.add, group)
            except Exception as exc:  # the whole group failed: each article with it
                answers = [exc] * len(group)
            except BaseException:
                for *_, future in group:
                    future.cancel()
                raise
            for (key, *_), answer in zip(group, answers, strict=True):
                if answer is None:
                    self.originals(key)
            for (*_, future), answer in zip(group, answers, strict=True):
                if future.done():
                    continue
                if isinstance(answer, Exception):
                    future.set_exception(answer)
                else:
                    future.set_result(answer)

    def add(self, group: list[_Ask]) -> list[str | None]:
        """Index a group (in a worker thread): what one `add` per article answers."""
        keys = [key for key, *_ in group]
        with self.lock:
            known = self.index.outcomes(keys)
        todo = [i for i, key in enumerate(keys) if key not in known]
        sigs = [self._signature(*group[i][:3]) for i in todo]
        with self.lock:
            added = self.index.add_signatures(
                [(keys[i], sig) for i, sig in zip(todo, sigs, strict=True)])
        answers: list[str | None] = [known.get(key) for key in keys]
        for i, answer in zip(todo, added, strict=True):
            answers[i] = answer
        return answers

    def _signature(self, key: str, text: str, position: int | None) -> array[int] | None:
        if self.handed is not None:
            found, sig = self.handed.get(position, key)
            if found:
                return sig
        from visitx.screening.minhash import text_signature

        return text_signature(text)

    async def aclose(self) -> None:
        """Cancel what is still waiting (a group already in a thread finishes there)."""
        for *_, future in self._pending:
            future.cancel()
        self._pending = []
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
