"""Parts of the batch engine: the input feed, the progress bar, the fail-fast tripwire.

Nothing here talks to a provider; `visitx.batch.engine` puts the parts together.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import itertools
import sys
import threading
from collections.abc import Iterable
from typing import Any

from visitx.core.errors import CacheError, ProviderError
from visitx.core.models import Extraction
from visitx.llm.failures import FAILURE_KINDS


class Progress:
    """A tqdm bar: articles done of the total (when known), cached, failed, tokens,
    screened out and near-copies, and the latest failure's cause; or nothing."""

    def __init__(self, enabled: bool | None, total: int | None) -> None:
        if enabled is None:
            enabled = interactive()
        self.bar: Any = None
        self.cached = self.failed = self.tokens = self.screened = self.copies = 0
        self.cause: str | None = None
        if enabled:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=total, unit="article", desc="visitx", dynamic_ncols=True)

    def update(self, result: Extraction) -> None:
        if result.error is not None:
            self.failed += 1
            self.cause = _short(f"{result.error.type}: {result.error.message}")
        elif result.skipped is not None:
            self.screened += 1
        elif result.duplicate_of is not None:
            self.copies += 1
        elif result.meta.cached:
            self.cached += 1
        else:
            self.tokens += result.meta.usage.total_tokens
        if self.bar is not None:
            postfix: dict[str, Any] = {
                "cached": self.cached, "failed": self.failed, "tokens": self.tokens
            }
            if self.screened or self.copies:
                postfix.update(screened=self.screened, copies=self.copies)
            if self.cause is not None:
                postfix["last failure"] = self.cause
            self.bar.set_postfix(postfix, refresh=False)
            self.bar.update(1)

    def skip(self) -> None:
        """One article less to do (it is already in the output)."""
        if self.bar is not None and self.bar.total:
            self.bar.total -= 1
            self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def interactive() -> bool:
    """Whether a progress bar would be seen: a notebook, or stderr is a terminal."""
    if "ipykernel" in sys.modules:
        return True
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


class _End:
    """The input is used up (and maybe why: the error it raised)."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class Feed:
    """The input, read a few items ahead, off the event loop.

    A list or tuple is read in place. Anything else (a generator, a file, stdin) is read
    by a daemon thread of its own, never the loop's executor: a read that blocks (a slow
    stdin) must neither hold up the loop nor keep the process alive after the batch has
    stopped. The thread hands items over in a deque and wakes the loop once per batch
    of them (not once per item: a wake-up costs more than a cached record).
    """

    def __init__(self, articles: Iterable[Any], ahead: int) -> None:
        self._source = enumerate(articles)
        self._threaded = not isinstance(articles, list | tuple)
        self._buffer: collections.deque[tuple[int, Any] | _End] = collections.deque()
        self._arrived = asyncio.Event()
        self._waking = threading.Lock()
        self._wake_pending = False
        self._slots = threading.Semaphore(ahead)
        self._stopped = threading.Event()
        self._end: _End | None = None
        self._loop = asyncio.get_running_loop()
        if self._threaded:
            threading.Thread(target=self._read, name="visitx-input", daemon=True).start()

    def _read(self) -> None:
        try:
            while True:
                self._slots.acquire()
                if self._stopped.is_set():
                    return
                pair = next(self._source, None)
                if pair is None:
                    self._put(_End())
                    return
                self._put(pair)
        except Exception as exc:  # the input's own failure, re-raised in the batch
            self._put(_End(exc))

    def _put(self, item: tuple[int, Any] | _End) -> None:
        """Hand `item` over; wake the loop unless a wake-up is already on its way (it
        will find this item too)."""
        self._buffer.append(item)
        with self._waking:
            if self._wake_pending:
                return
            self._wake_pending = True
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits
            self._loop.call_soon_threadsafe(self._wake)

    def _wake(self) -> None:
        with self._waking:
            self._wake_pending = False
        self._arrived.set()

    async def next(self) -> tuple[int, Any] | None:
        """The next (position, item), or None when the input is used up or broken."""
        if self._end is not None:
            return None
        if not self._threaded:
            try:
                pair = next(self._source, None)
            except Exception as exc:
                self._end = _End(exc)
                return None
            if pair is None:
                self._end = _End()
            return pair
        while not (pairs := self.ready(1)):
            if self._end is not None:
                return None
            self._arrived.clear()
            if not self._buffer:
                await self._arrived.wait()
        return pairs[0]

    def waiting(self) -> bool:
        """Whether the next item is not there yet (an input read by its thread)."""
        return self._threaded and self._end is None and not self._buffer

    def ready(self, limit: int) -> list[tuple[int, Any]]:
        """Up to `limit` more (position, item) pairs that are there now, without waiting."""
        if self._end is not None:
            return []
        pairs: list[tuple[int, Any]]
        if not self._threaded:  # a list or tuple: nothing to wait for, nothing raises
            pairs = list(itertools.islice(self._source, limit))
            if len(pairs) < limit:
                self._end = _End()
            return pairs
        pairs = []
        buffer = self._buffer
        while len(pairs) < limit and buffer:
            item = buffer.popleft()
            if isinstance(item, _End):
                self._end = item
                self._arrived.set()  # for the workers waiting in next()
                break
            pairs.append(item)
        if pairs:
            self._slots.release(len(pairs))
        return pairs

    @property
    def error(self) -> BaseException | None:
        return self._end.error if self._end is not None else None

    def close(self) -> None:
        self._stopped.set()
        self._slots.release()


class Tripwire:
    """Stops a batch after `limit` articles in a row failed the same way (refused, 401,
    timed out, ...)."""

    def __init__(self, limit: int, endpoint: str) -> None:
        self.limit = limit
        self.endpoint = endpoint
        self.kind: str | None = None
        self.count = 0
        self.message = ""

    def check(self, result: Extraction, kind: str | None) -> None:
        """Count a failure of `kind`; a success starts the count again.

        A failure that is about the article (bad input, a bad answer) neither counts nor
        breaks the row: bad lines between dead-endpoint failures do not hide the endpoint.
        """
        if result.error is None:
            self.kind, self.count = None, 0
            return
        if kind is None:
            return
        if kind != self.kind:
            self.kind, self.count = kind, 0
        self.count += 1
        self.message = result.error.message
        if self.limit and self.count >= self.limit:
            if kind == "cache":  # not the endpoint's fault: the message names the folder
                raise CacheError(
                    f"Stopped after {self.count} articles in a row failed the same way: "
                    f"{FAILURE_KINDS[kind]}. {self.message}"
                )
            raise ProviderError(
                f"Stopped after {self.count} articles in a row failed the same way: "
                f"{FAILURE_KINDS[kind]} at {self.endpoint}. {self.message}"
            )


def warm_tables() -> None:
    """Load the date and country tables and the matcher (a second or so, once per process)."""
    from visitx.dates.parse import parse_date
    from visitx.grounding.locate import locate
    from visitx.places.countries import country_code

    locate("Ankara", "Ankara")
    parse_date("7 April 2023")
    country_code("Türkiye")
