"""No more requests in flight than a llama.cpp server has slots, learnt at the first request.

llama.cpp answers one request per slot (`total_slots` in `GET /props`; one by default)
and queues the others, and a queued request's time-out runs while it waits: sending more
at once than the server has slots makes the later ones time out. A `SlotGate` holds the
extra requests back in visitx, where no time-out runs (time spent waiting for a slot does
not count against `Settings.max_retry_seconds`). A request holds its slot per attempt,
only while it is in flight: not while it sleeps a retry's back-off (`llm.retry`).

The count is `llm.sampling.slots`: the once-per-process `/props` answer that tells visitx
an endpoint is llama.cpp when `Settings.llama_cpp` is None, read when the first request
is about to be sent, never before (a run answered from the cache asks the server
nothing). With `llama_cpp` set the server is not asked (as `Settings` documents), so
there is no cap, unless `probe` is set (`visitx extract` sets it).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator

from visitx.core.settings import Settings
from visitx.llm import sampling

__all__ = ["SlotGate"]


class SlotGate:
    """At most the server's `count` requests at once (see the module).

    `on_wait`, when set, is called once with the count the first time a request has to
    wait for a slot: more articles were ready to go than the server takes at once (the
    CLI says so). It runs in the thread that waits (the event loop's for async requests).
    `probe`: ask the server for its slots even when `Settings.llama_cpp` is True (at the
    first request, as ever). Sync requests and each event loop's requests count apart.
    """

    def __init__(self, settings: Settings, on_wait: Callable[[int], None] | None = None) -> None:
        self.settings = settings
        self.on_wait = on_wait
        self.probe = False
        self._count: int | None = None
        self._learnt = False
        self._waited = False
        self._lock = threading.Lock()
        self._sync: threading.BoundedSemaphore | None = None
        self._loops: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._loops = weakref.WeakKeyDictionary()

    @property
    def count(self) -> int | None:
        """The server's slots, once a request has asked (None: not asked yet, or no limit)."""
        return self._count

    def learn(self) -> int | None:
        """The server's slots, asked once (None: not a llama.cpp server at `base_url`)."""
        if not self._learnt:
            asked = self.settings.llama_cpp is None or self.probe
            count = sampling.slots(self.settings) if asked else None
            with self._lock:
                if not self._learnt:
                    self._count, self._learnt = count, True
        return self._count

    @contextlib.contextmanager
    def slot(self, active: bool = True) -> Iterator[None]:
        """Hold one of the server's slots for a sync request (waits for one if need be);
        `active=False`: go at once (a request that is not to such a server)."""
        count = self.learn() if active else None
        if count is None:
            yield
            return
        with self._lock:
            if self._sync is None:
                self._sync = threading.BoundedSemaphore(count)
            gate = self._sync
        if not gate.acquire(blocking=False):
            self._waiting(count)
            gate.acquire()
        try:
            yield
        finally:
            gate.release()

    @contextlib.asynccontextmanager
    async def aslot(self, active: bool = True) -> AsyncIterator[None]:
        """`slot` for a request of the running event loop (each loop counts its own)."""
        count = self.learn() if active else None
        if count is None:
            yield
            return
        loop = asyncio.get_running_loop()
        with self._lock:
            gate = self._loops.get(loop)
            if gate is None:
                gate = self._loops[loop] = asyncio.Semaphore(count)
        if gate.locked():
            self._waiting(count)
        async with gate:
            yield

    def _waiting(self, count: int) -> None:
        with self._lock:
            first, self._waited = not self._waited, True
        if first and self.on_wait is not None:
            self.on_wait(count)
