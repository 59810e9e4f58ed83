"""Tables loaded once per process, also when many threads ask for them at the same time.

`functools.cache` does not hold other callers back while a value is being computed: 32
batch workers asking for py3langid's model at once would each load it. `once` does: the
first caller computes, the others wait for its value. An exception is not stored, so the
next caller tries again.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["once"]

T = TypeVar("T")


class _Once(Generic[T]):
    """A zero-argument function whose value is computed at most once at a time, then kept."""

    def __init__(self, func: Callable[[], T]) -> None:
        self._func = func
        self._lock = threading.Lock()
        self._done = False
        self._value: T | None = None
        functools.update_wrapper(self, func)

    def __call__(self) -> T:
        if not self._done:
            with self._lock:
                if not self._done:
                    self._value = self._func()
                    self._done = True
        return self._value  # type: ignore[return-value]  # set together with _done

    def loaded(self) -> bool:
        """Whether the value has been computed in this process."""
        return self._done


def once(func: Callable[[], T]) -> _Once[T]:
    """Decorate a loader: one call per process computes it, under a lock; later calls reuse it."""
    return _Once(func)
