"""Transport retries: 429 (honouring Retry-After), 5xx, timeouts and connection errors.

This layer sits *below* instructor: it wraps the single chat-completion call, so each
request (a first answer or a re-ask) is retried on its own, while re-asks on invalid
answers stay instructor's. The OpenAI SDK's own retries are set to 0 so the layers do
not multiply. Backoff is jittered exponential, bounded by attempts and by total time.

Each attempt holds the provider's slot at a llama.cpp server (`llm.slots`) only while its
request is in flight: a request sleeping its back-off after a 503 or a reset connection
leaves the server to the other articles of a batch. A time-out is the exception the
shared pause is for: the server may still be generating the request that timed out, so
the pause starts before that request lets go of its slot, and every attempt waits it out
before taking a slot and again once it has one; no request is sent into a busy server.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from visitx.llm.failures import is_connection_refused, is_timeout, is_transient

T = TypeVar("T")

_MAX_WAIT = 60.0
_testing = threading.Event()


@contextlib.contextmanager
def no_backoff() -> Iterator[None]:
    """Retry at once instead of sleeping (for tests); restores the previous state."""
    was_set = _testing.is_set()
    _testing.set()
    try:
        yield
    finally:
        if not was_set:
            _testing.clear()


# Nothing listening at the endpoint rarely changes within seconds: a couple of quick
# retries cover a server that is still starting, then the error surfaces.
REFUSED_RETRIES = 2


def is_retryable(exc: BaseException, attempt: int = 1) -> bool:
    """Whether a failed request is worth sending again (attempt = tries made so far)."""
    if not is_transient(exc):
        return False
    return not (is_connection_refused(exc) and attempt > REFUSED_RETRIES)


def retry_after(exc: BaseException) -> float | None:
    """Seconds the server asked us to wait (`Retry-After` / `retry-after-ms`), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    value = headers.get("retry-after")
    try:
        if millis is not None:
            return max(0.0, float(millis) / 1000)
        if value is not None:
            return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
    return None


Hold = Callable[[], contextlib.AbstractContextManager[object]]
AsyncHold = Callable[[], contextlib.AbstractAsyncContextManager[object]]


@dataclass
class _Run:
    """One call's clock: when it started, and the seconds its attempts waited in `hold`."""

    started: float
    queued: float = 0.0


class Backoff:
    """How long to wait before attempt n+1; shared by all requests of one extractor.

    A 429 with `Retry-After`, and a time-out, pause *every* request of the extractor until
    then, so the workers of a batch slow down together instead of each hammering on its own.

    `call`/`acall` take an optional `hold`: what each attempt holds while its request is in
    flight (the provider's slot at a llama.cpp server). An attempt waits out the shared pause,
    takes `hold`, waits out any pause that began while it waited for it, sends, and on a
    failure notes the pause that failure calls for *before* letting `hold` go, so the request
    that takes it next sees the pause. The back-off sleep between attempts holds nothing, and
    time spent waiting for `hold` does not count against `max_seconds`.

    `clock`, `sleep` and `asleep` are injectable (tests); `immediate`: retry at once and pause
    nothing (None: as `no_backoff()` says).
    """

    def __init__(
        self,
        *,
        max_retries: int,
        max_seconds: float,
        timeout: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        asleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        immediate: bool | None = None,
    ) -> None:
        self.max_retries = max_retries
        self.max_seconds = max_seconds
        self.timeout = timeout
        self.clock = clock
        self.sleep = sleep
        self.asleep = asleep
        self.immediate = immediate
        self._paused_until = 0.0
        self._lock = threading.Lock()

    def _at_once(self) -> bool:
        return _testing.is_set() if self.immediate is None else self.immediate

    def delay(self, attempt: int, exc: BaseException) -> float:
        asked = retry_after(exc)
        if asked is not None:
            wait = min(asked, _MAX_WAIT)
        else:
            wait = random.uniform(0, min(_MAX_WAIT, 0.5 * 2**attempt))  # jitter, not crypto
        if is_timeout(exc):
            # The server may still be working on the request that timed out (a single-slot
            # llama.cpp server keeps generating); a retry sent now would queue behind it.
            wait = max(wait, min(self.timeout, _MAX_WAIT))
        if getattr(exc, "status_code", None) == 429 or is_timeout(exc):
            self._pause(wait)
        return wait

    def hold_off(self, exc: BaseException) -> None:
        """Start the shared pause a failure calls for at once (a time-out: the client
        timeout; a 429: its `Retry-After`), before its request lets go of its slot;
        `delay` may lengthen it with jitter."""
        if is_timeout(exc):
            self._pause(min(self.timeout, _MAX_WAIT))
        elif getattr(exc, "status_code", None) == 429:
            asked = retry_after(exc)
            if asked is not None:
                self._pause(min(asked, _MAX_WAIT))

    def _pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, self.clock() + seconds)

    def pause_left(self) -> float:
        """Seconds until a shared pause (rate limit, time-out) ends (0 when none)."""
        return 0.0 if self._at_once() else max(0.0, self._paused_until - self.clock())

    def wait_out_pause(self) -> None:
        """Sleep until the shared pause ends (it may grow while this one sleeps)."""
        while (left := self.pause_left()) > 0:
            self.sleep(left)

    async def await_pause(self) -> None:
        """`wait_out_pause` for the event loop."""
        while (left := self.pause_left()) > 0:
            await self.asleep(left)

    def _nap(self, seconds: float) -> None:
        if seconds > 0 and not self._at_once():
            self.sleep(seconds)

    async def _anap(self, seconds: float) -> None:
        if seconds > 0 and not self._at_once():
            await self.asleep(seconds)

    def _policy(self, run: _Run) -> dict[str, Any]:
        import tenacity

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            wait = self.delay(state.attempt_number, exc) if exc else 0.0
            return 0.0 if self._at_once() else wait

        def retry(state: tenacity.RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            return exc is not None and is_retryable(exc, state.attempt_number)

        def stop(state: tenacity.RetryCallState) -> bool:
            # stop_after_attempt, and stop_before_delay on this clock less the slot queue.
            if state.attempt_number > self.max_retries:
                return True
            spent = self.clock() - run.started - run.queued
            return spent + (state.upcoming_sleep or 0.0) >= self.max_seconds

        return {
            "retry": retry,
            "stop": stop,
            "wait": wait,
            "reraise": True,
        }

    def call(self, fn: Callable[[], T], hold: Hold | None = None) -> T:
        """Call `fn`, retrying transport failures; each attempt inside `hold()`."""
        import tenacity

        run = _Run(started=self.clock())
        for attempt in tenacity.Retrying(sleep=self._nap, **self._policy(run)):
            with attempt:
                self.wait_out_pause()  # before the slot: a paused request holds none
                queued = self.clock()
                with (hold or contextlib.nullcontext)():
                    run.queued += self.clock() - queued
                    self.wait_out_pause()  # a pause that began while this one queued
                    return self._noted(fn)
        raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover

    async def acall(self, fn: Callable[[], Awaitable[T]], hold: AsyncHold | None = None) -> T:
        """Await `fn()`, retrying transport failures; each attempt inside `hold()`."""
        import tenacity

        run = _Run(started=self.clock())
        async for attempt in tenacity.AsyncRetrying(sleep=self._anap, **self._policy(run)):
            with attempt:
                await self.await_pause()
                queued = self.clock()
                async with (hold or contextlib.nullcontext)():
                    run.queued += self.clock() - queued
                    await self.await_pause()
                    return await self._anoted(fn)
        raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover

    def _noted(self, fn: Callable[[], T]) -> T:
        try:
            return fn()
        except Exception as exc:
            self.hold_off(exc)
            raise

    async def _anoted(self, fn: Callable[[], Awaitable[T]]) -> T:
        try:
            return await fn()
        except Exception as exc:
            self.hold_off(exc)
            raise


async def within(seconds: float, answer: Awaitable[T]) -> T:
    """Await `answer`, the whole of it within `seconds` (a time-out error past them).

    The HTTP clients' time-out bounds each read, not the answer: a server that sends a
    byte now and then (a stuck proxy, a server streaming into a non-streamed request)
    would hold the request for ever. Past `seconds` this raises `httpx2.ReadTimeout`,
    a time-out like the client's own, so it is retried and reported the same way.
    """
    try:
        async with asyncio.timeout(seconds):  # no task of its own: a cancel reaches it at once
            return await answer
    except TimeoutError as exc:
        import httpx2

        raise httpx2.ReadTimeout(f"No whole answer within {seconds:g} s.") from exc


def describe(exc: BaseException) -> str:
    """A short label for logs: never the request, never a header."""
    status: Any = getattr(exc, "status_code", None)
    return f"{type(exc).__name__}" + (f" (HTTP {status})" if status else "")
