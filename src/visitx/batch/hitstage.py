"""The engine's fast way for cached re-runs: windows of articles answered from the memo.

`HitStage` sits between the input feed and the engine's workers. It takes the input in
windows (up to `WINDOW` articles that are ready), has each window resolved at once
(`visitx.batch.hits`: checks, cache keys, one memo query, the screen's kept verdicts),
builds each hit's `Extraction` with one `model_validate_json` and hands the window's
records to the engine as one batch. Every other article (a miss, bad input, one the
screen rules out, a long one, an unusable entry) goes on to the workers as before, so
failures, the budget, the screen's records and the cache writes are theirs as ever.

Large runs (`HELPER_FROM` articles and more) resolve in a helper process
(`visitx.batch.hitproc`) on the second core while this process builds the records of
the window before. It is started once a window comes back mostly hits (a first run,
all misses, does without it); until it is ready, and if it fails, windows are resolved
here. At
most `DEPTH` windows are in flight and `DEPTH` batches wait to be taken, so memory stays
flat however long the input.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import pickle
import threading
from collections.abc import Iterator, Sized
from typing import TYPE_CHECKING, Any

from visitx.batch.hits import Resolver, spec_of
from visitx.batch.order import Fed
from visitx.core.models import Extraction

if TYPE_CHECKING:
    from visitx.batch.hitproc import Helper
    from visitx.batch.parts import Feed
    from visitx.batch.plan import Plan
    from visitx.llm.extractor import Extractor

__all__ = ["DEPTH", "HELPER_FROM", "PASSED_CAP", "WINDOW", "HitBatch", "HitStage"]

log = logging.getLogger("visitx")

WINDOW = 256  # articles resolved together
DEPTH = 2  # windows in flight, and batches not yet taken
HELPER_FROM = 5_000  # a run this long (or of unknown length) uses the helper process
_TURN_TIMEOUT_S = 600.0  # a window waits this long at most for the one before it
PASSED_CAP = 200_000  # articles left to the ordinary way that are remembered (memory)


class HitBatch:
    """A window's records from the memo: (input position, record) pairs."""

    def __init__(self, pairs: list[tuple[int, Extraction]], room: asyncio.Semaphore) -> None:
        self.pairs = pairs
        self._room = room

    def __iter__(self) -> Iterator[tuple[int, Extraction, None]]:
        """(input position, record, no kind of failure); room for the next batch after."""
        for index, record in self.pairs:
            yield index, record, None
        self._room.release()


class HitStage:
    """Between the feed and the workers (see the module); `next()` is the workers' feed."""

    wait_for_helper = False  # True: no more windows are resolved here while it starts

    def __init__(self, ex: Extractor, plan: Plan, workers: int, articles: Any) -> None:
        self.spec = spec_of(ex, plan.screening, plan)
        self.ex = ex
        self.plan = plan
        self.local = Resolver(self.spec)
        if self.local.copies is not None:  # copies made the ordinary way: memoized too
            plan.on_copy = self.local.copies.remember
        # Whether to start the helper, and after how many articles (a helper costs about
        # half a second of the other core to start: small runs do without).
        self.helper_after: int | None = HELPER_FROM  # an input of unknown length
        if isinstance(articles, Sized):
            self.helper_after = 0 if len(articles) >= HELPER_FROM else None
        # The articles' ids by fed position, when the list's ordering made them.
        self.ids = articles.article_ids if isinstance(articles, Fed) else None
        self.seen = 0
        self.helper: Helper | None = None
        self._starting: asyncio.Task[Helper | None] | None = None
        # The articles for the workers; `_slots` bounds them (the end marker never waits).
        self.slow: asyncio.Queue[tuple[int, Any] | None] = asyncio.Queue()
        self._slots = asyncio.Semaphore(2 * workers)
        self.room = asyncio.Semaphore(DEPTH)
        # Windows are resolved in turn: tickets handed out, how many were handed on
        # (sent to the helper, or resolved here) and how many are resolved.
        self._turn = threading.Condition()
        self._tickets = self._sent = self._resolved = 0
        # The articles windows left to the ordinary way (`short` ids), and how many of
        # them each resolver was told of; None past PASSED_CAP.
        self.passes: list[int] | None = []
        self._told: dict[int, int] = {}

    @classmethod
    def open(cls, ex: Extractor, plan: Plan, workers: int, articles: Any) -> HitStage | None:
        """The stage for a batch that can use it: one with a record memo (and a near-copy
        index, if any, in the cache folder: the resolver asks it which articles are
        originals indexed before, whose outcome the articles before them cannot change)."""
        if ex.memo is None:
            return None
        try:
            return cls(ex, plan, workers, articles)
        except Exception as exc:  # only a saving: the batch goes the ordinary way
            log.debug("visitx re-run: no fast way (%s)", exc)
            return None

    def start(self, feed: Feed, results: asyncio.Queue[Any]) -> list[asyncio.Task[None]]:
        """The stage's task: it reads `feed` and puts batches and an end marker in `results`."""
        return [asyncio.create_task(self.run(feed, results), name="visitx-hits")]

    async def next(self) -> tuple[int, Any] | None:
        """The next article for the workers, or None when there are no more."""
        pair = await self.slow.get()
        if pair is None:
            self.slow.put_nowait(None)  # for the other workers
        else:
            self._slots.release()
        return pair

    async def run(self, feed: Feed, results: asyncio.Queue[Any]) -> None:
        """Read the feed in windows until it ends; then tell the workers and the engine."""
        pending: collections.deque[tuple[list[tuple[int, Any]], asyncio.Future[Any]]]
        pending = collections.deque()
        try:
            while True:
                if feed.waiting():  # a slow input: what is resolved goes on meanwhile
                    while pending:
                        await self._emit(*pending.popleft(), results)
                if not (window := await _window(feed)):
                    break
                self.seen += len(window)
                pending.append((window, self._submit(window)))
                if len(pending) >= DEPTH:
                    await self._emit(*pending.popleft(), results)
            while pending:
                await self._emit(*pending.popleft(), results)
        finally:
            for _, future in pending:
                future.cancel()
            self.slow.put_nowait(None)
            results.put_nowait(None)

    def _submit(self, window: list[tuple[int, Any]]) -> asyncio.Future[Any]:
        """Resolve `window` in a thread once the window before it is resolved (in input
        order: a near-copy is answered only when its original's fate in this run is
        known). The turns are kept among the threads, so the helper's next window is
        sent as soon as the one before it was sent, whatever this process is doing."""
        mode = self.ex.provider.mode()
        self._ready_helper()
        ticket, self._tickets = self._tickets, self._tickets + 1
        return asyncio.ensure_future(asyncio.to_thread(self._in_turn, ticket, mode,
                                                       self._with_ids(window)))

    def _with_ids(self, window: list[tuple[int, Any]]) -> list[tuple[Any, ...]]:
        """The window for a resolver: each item with its article id when the list's
        ordering made them (`Fed`), so the resolver does not hash the text again."""
        ids = self.ids
        if ids is None:
            return list(window)
        return [(pos, item, ids[pos] if 0 <= pos < len(ids) else None)
                for pos, item in window]

    def _in_turn(self, ticket: int, mode: str, window: list[tuple[Any, ...]]
                 ) -> list[str | None]:
        helper = self._send_in_turn(ticket, mode, window)
        try:
            with self._turn:
                if not self._turn.wait_for(lambda: self._resolved == ticket, _TURN_TIMEOUT_S):
                    self.passes = None  # out of turn (never expected): no copies from now on
            if helper is not None:
                answers, passes = self._received(helper, mode, window)
            else:
                answers, passes = self._here(mode, window, None)
            self._passed(passes)
            return answers
        except BaseException:  # which articles it left is not known: no copies from now on
            self.passes = None
            raise
        finally:
            with self._turn:
                self._resolved += 1
                if helper is None:  # resolved here: the next window may be handed on
                    self._sent += 1
                self._turn.notify_all()

    def _send_in_turn(self, ticket: int, mode: str, window: list[tuple[Any, ...]]
                      ) -> Helper | None:
        """Hand the window to the helper once the window before it was handed on (sent,
        or resolved here): the helper has the next window as soon as it has answered
        one, however long this process takes to read that answer. The helper knows the
        articles it left itself; the others it is told of (`news`). Returns the helper
        it was sent to, or None (it is resolved here, after the windows before it)."""
        with self._turn:
            if not self._turn.wait_for(lambda: self._sent == ticket, _TURN_TIMEOUT_S):
                self.passes = None  # out of turn (never expected): no copies from now on
        helper = self.helper
        if helper is None:
            return None
        try:
            helper.send(mode, window, self._news(helper))
        except Exception as exc:  # pickling an odd input (nothing sent), or the helper died
            self._lost(helper, exc)
            return None
        with self._turn:
            self._sent += 1
            self._turn.notify_all()
        return helper

    def _received(self, helper: Helper, mode: str, window: list[tuple[Any, ...]]
                  ) -> tuple[list[str | None], list[int]]:
        try:
            return helper.receive(len(window))
        except Exception as exc:  # the helper died
            self._lost(helper, exc)
            return self._here(mode, window, None)

    def _lost(self, helper: Helper, exc: Exception) -> None:
        """A window the helper did not take or answer: resolved here (see `_here`)."""
        log.debug("visitx re-run helper: %s; resolving here", exc)
        if not isinstance(exc, TypeError | ValueError | AttributeError | pickle.PicklingError):
            if self.helper is helper:
                self.helper = None  # gone: no more windows there
            helper.close()
        # What the helper was told, or left, is not known here: no copies from now on.
        self.passes = None

    def _passed(self, passes: list[int]) -> None:
        """Remember the articles a window left to the ordinary way, for the resolvers
        that did not see it; past `PASSED_CAP` of them, near-copies go that way too."""
        if self.passes is not None:
            self.passes.extend(passes)
            if len(self.passes) > PASSED_CAP:
                self.passes = None

    def _news(self, resolver: object) -> list[int] | None:
        """The passed articles `resolver` has not been told of yet (None: too many)."""
        if self.passes is None:
            return None
        told = self._told.get(id(resolver), 0)
        self._told[id(resolver)] = len(self.passes)
        return self.passes[told:]

    def _here(self, mode: str, window: list[tuple[Any, ...]], news: list[int] | None
              ) -> tuple[list[str | None], list[int]]:
        self.local.learn(self._news(self.local) if news is None else news)
        return self.local.resolve(mode, window), self.local.passes

    def _ready_helper(self) -> Helper | None:
        if self._starting is not None and self._starting.done():
            if not self._starting.cancelled() and self._starting.exception() is None:
                self.helper = self._starting.result()
            self._starting = None
        return self.helper

    def start_helper(self) -> Helper | None:
        """Start the helper process for this stage's windows (in a worker thread, once a
        window comes back mostly hits); None when it cannot start: windows are then
        resolved here. The seam to start another helper, or none: override it."""
        from visitx.batch.hitproc import Helper

        try:
            return Helper(self.spec)
        except Exception as exc:
            log.debug("visitx re-run helper not started (%s); resolving here", exc)
            return None

    async def _emit(self, window: list[tuple[int, Any]], future: asyncio.Future[Any],
                    results: asyncio.Queue[Any]) -> None:
        """A resolved window: its hits to the engine as one batch, the rest to the workers."""
        try:
            answers = await future
            if not isinstance(answers, list) or len(answers) != len(window):
                raise ValueError(f"{len(window)} articles, answers {answers!r:.80}")
        except Exception as exc:  # a memo that cannot be read: the ordinary way for all
            log.debug("visitx re-run: a window was not resolved (%s)", exc)
            answers = [None] * len(window)
        hits: list[tuple[int, Extraction]] = []
        validate_json = Extraction.__pydantic_validator__.validate_json
        for pair, answer in zip(window, answers, strict=True):
            record = None
            if answer is not None:
                try:
                    record = validate_json(answer)
                except Exception:  # the ordinary way reads it again, or rebuilds it
                    record = None
            if record is None:
                await self._slots.acquire()
                self.slow.put_nowait(pair)
            else:
                hits.append((pair[0], record))
        if hits:
            await self.room.acquire()
            results.put_nowait(HitBatch(hits, self.room))
        if self.helper_after is not None and self.seen > self.helper_after and (
            2 * len(hits) > len(window)  # a re-run: worth a helper (not a first run)
        ):
            self.helper_after = None
            self._starting = asyncio.create_task(asyncio.to_thread(self.start_helper))
            if self.wait_for_helper:
                await asyncio.wait([self._starting])

    async def aclose(self) -> None:
        """Stop the helper process (when one runs) and close the memo."""
        self.plan.on_copy = None
        if self._starting is not None:
            started = (await asyncio.gather(self._starting, return_exceptions=True))[0]
            if started is not None and not isinstance(started, BaseException):
                self.helper = started
            self._starting = None
        if self.helper is not None:
            await asyncio.to_thread(self.helper.close)
            self.helper = None
        self.local.close()


async def _window(feed: Feed) -> list[tuple[int, Any]]:
    """Up to WINDOW articles: the next one, and those ready after it."""
    first = await feed.next()
    if first is None:
        return []
    return [first, *feed.ready(WINDOW - 1)]
