"""Client-side rate limits that hold for sync and async clients alike.

One `Limits` object belongs to an extractor and is shared by every thread and event loop
that uses it, so `requests_per_minute` and `tokens_per_minute` bound the extractor as a
whole, retried requests included. A token request is an estimate made before sending;
`settle()` corrects the bucket with what the provider reports it used.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable


class _Bucket:
    """A leaky bucket of `capacity` units that drains at `capacity` per `period` seconds."""

    def __init__(self, capacity: float, period: float, clock: Callable[[], float]) -> None:
        self.capacity = capacity
        self.rate = capacity / period
        self.level = 0.0
        self.clock = clock
        self.updated = clock()

    def _drain(self) -> None:
        now = self.clock()
        self.level = max(0.0, self.level - (now - self.updated) * self.rate)
        self.updated = now

    def take(self, amount: float) -> float:
        """Take `amount` if it fits and return 0, else return the seconds to wait first."""
        amount = min(amount, self.capacity)  # a request larger than the bucket waits for all of it
        self._drain()
        if self.level + amount <= self.capacity:
            self.level += amount
            return 0.0
        return (self.level + amount - self.capacity) / self.rate

    def give_back(self, amount: float) -> None:
        self._drain()
        self.level = min(self.capacity, max(0.0, self.level - amount))


class Limits:
    """Requests-per-minute and tokens-per-minute limits for one extractor."""

    def __init__(
        self,
        *,
        requests_per_minute: float | None,
        tokens_per_minute: float | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self.requests = _Bucket(requests_per_minute, 60.0, clock) if requests_per_minute else None
        self.tokens = _Bucket(tokens_per_minute, 60.0, clock) if tokens_per_minute else None

    @property
    def active(self) -> bool:
        return self.requests is not None or self.tokens is not None

    def try_acquire(self, tokens: float = 0.0) -> float:
        """0 if one request of about `tokens` tokens may be sent now (and it is counted),
        else the seconds to wait before asking again (and nothing is counted)."""
        with self._lock:
            wait = self.requests.take(1) if self.requests else 0.0
            if wait:
                return wait
            if self.tokens is not None:
                wait = self.tokens.take(tokens)
                if wait and self.requests is not None:
                    self.requests.give_back(1)  # not sent yet: the request slot is not used
            return wait

    def acquire(self, tokens: float = 0.0) -> None:
        """Block until one request of about `tokens` tokens may be sent."""
        while (wait := self.try_acquire(tokens)) > 0:
            time.sleep(wait)

    async def aacquire(self, tokens: float = 0.0) -> None:
        """Wait, without blocking the event loop, until one request may be sent."""
        while (wait := self.try_acquire(tokens)) > 0:
            await asyncio.sleep(wait)

    def settle(self, estimated: float, used: float) -> None:
        """Correct the token bucket once the provider reports what a request used."""
        if self.tokens is None or used <= 0:
            return
        with self._lock:
            if used < estimated:
                self.tokens.give_back(estimated - used)
            else:
                self.tokens.level = min(self.tokens.capacity, self.tokens.level + used - estimated)
