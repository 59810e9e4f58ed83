"""Transport retries: 429 (honouring Retry-After), 5xx, timeouts and connection errors.

This layer sits *below* instructor: it wraps the single chat-completion call, so each
request (a first answer or a re-ask) is retried on its own, while re-asks on invalid
answers stay instructor's. The OpenAI SDK's own retries are set to 0 so the layers do
not multiply. Backoff is jittered exponential, bounded by attempts and by total time.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
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


class Backoff:
    """How long to wait before attempt n+1; shared by all requests of one extractor.

    A 429 with `Retry-After`, and a time-out, pause *every* request of the extractor until
    then, so the workers of a batch slow down together instead of each hammering on its own.
    """

    def __init__(self, *, max_retries: int, max_seconds: float, timeout: float = 0.0) -> None:
        self.max_retries = max_retries
        self.max_seconds = max_seconds
        self.timeout = timeout
        self._paused_until = 0.0
        self._lock = threading.Lock()

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
            with self._lock:
                self._paused_until = max(self._paused_until, time.monotonic() + wait)
        return wait

    def pause_left(self) -> float:
        """Seconds until a shared pause (rate limit, time-out) ends (0 when none)."""
        return 0.0 if _testing.is_set() else max(0.0, self._paused_until - time.monotonic())

    def _policy(self) -> dict[str, Any]:
        import tenacity

        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            wait = self.delay(state.attempt_number, exc) if exc else 0.0
            return 0.0 if _testing.is_set() else wait

        def retry(state: tenacity.RetryCallState) -> bool:
            exc = state.outcome.exception() if state.outcome else None
            return exc is not None and is_retryable(exc, state.attempt_number)

        return {
            "retry": retry,
            "stop": tenacity.stop_after_attempt(self.max_retries + 1)
            | tenacity.stop_before_delay(self.max_seconds),
            "wait": wait,
            "reraise": True,
        }

    def call(self, fn: Callable[[], T]) -> T:
        """Call `fn`, retrying transport failures."""
        import tenacity

        for attempt in tenacity.Retrying(**self._policy()):
            with attempt:
                time.sleep(self.pause_left())
                return fn()
        raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover

    async def acall(self, fn: Callable[[], Awaitable[T]]) -> T:
        """Await `fn()`, retrying transport failures."""
        import tenacity

        async for attempt in tenacity.AsyncRetrying(**self._policy()):
            with attempt:
                await asyncio.sleep(self.pause_left())
                return await fn()
        raise AssertionError("unreachable: tenacity re-raises the last error")  # pragma: no cover


def describe(exc: BaseException) -> str:
    """A short label for logs: never the request, never a header."""
    status: Any = getattr(exc, "status_code", None)
    return f"{type(exc).__name__}" + (f" (HTTP {status})" if status else "")
