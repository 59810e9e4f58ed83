"""Records bound for a results file, appended a burst at a time under one hold of its lock.

Taking and releasing the file's lock for every record cost a cached re-run of the command
line more than building the records did. A `Burst` keeps the records that came from the
cache and appends them together (`ResultsFile.write_many`): when `BURST_RECORDS` are
waiting, when a record that did not come from the cache arrives (an answer the run paid
for, or a failure, is written at once, with those before it), `BURST_SECONDS` after the
first one waiting (with a timer from the caller's event loop), and at the end. Each record
still reaches the file as one whole line, in the order given; a run killed with SIGKILL
loses at most the records waiting, which the cache makes again on the next run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Protocol

from visitx.core.errors import InputError
from visitx.core.models import Extraction
from visitx.io.output import ResultsFile

BURST_RECORDS = 256  # records appended at most under one hold of the lock
BURST_SECONDS = 0.5  # the longest a record waits, while the caller's loop is free


class Handle(Protocol):
    """A scheduled call that can be called off (`asyncio.TimerHandle`)."""

    def cancel(self) -> None: ...


Later = Callable[[float, Callable[[], None]], Handle]


class Burst:
    """Gathers records for `sink` (an opened `ResultsFile`) and appends them in bursts.

    Args:
        sink: the results file, opened.
        later: schedules a call after some seconds, as `loop.call_later` does; without
            it records wait only for the burst to fill, a record not from the cache,
            or the end.
        failed: called with the error of an append that the timer made (the caller
            stops its run); the next `add` raises it too.
        size: the most records appended at once.
        seconds: the longest the first waiting record waits for the timer.
    """

    def __init__(
        self,
        sink: ResultsFile,
        *,
        later: Later | None = None,
        failed: Callable[[InputError], None] | None = None,
        size: int = BURST_RECORDS,
        seconds: float = BURST_SECONDS,
    ) -> None:
        self.sink = sink
        self.error: InputError | None = None
        self._later = later
        self._failed = failed
        self._size = size
        self._seconds = seconds
        self._waiting: list[Extraction] = []
        self._timer: Handle | None = None

    @property
    def waiting(self) -> int:
        """How many records are not in the file yet."""
        return len(self._waiting)

    def add(self, record: Extraction) -> None:
        """Take a record; append the burst if it is full or the record is not from the cache.

        Raises:
            InputError: an append failed (now or by the timer); see `ResultsFile.write`.
        """
        if self.error is not None:
            raise self.error
        self._waiting.append(record)
        if len(self._waiting) >= self._size or not record.meta.cached:
            self.flush()
        elif self._timer is None and self._later is not None:
            self._timer = self._later(self._seconds, self._due)

    def flush(self) -> None:
        """Append every waiting record now, in order.

        Raises:
            InputError: the append failed, now or before; the waiting records are
                dropped (the file holds none of them) and every later `add` and `flush`
                raises the same error.
        """
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.error is not None:
            raise self.error
        if not self._waiting:
            return
        try:
            self.sink.write_many(self._waiting)
        except InputError as exc:
            self.error = exc
            self._waiting.clear()
            raise
        self._waiting.clear()

    def _due(self) -> None:
        self._timer = None
        try:
            self.flush()
        except InputError as exc:
            if self._failed is not None:
                self._failed(exc)


def on_running_loop(sink: ResultsFile, *, seconds: float = BURST_SECONDS) -> Burst:
    """A `Burst` timed by the running event loop; a failed timed append cancels the task
    that made it (its caller then raises `Burst.error`)."""
    task = asyncio.current_task()

    def stop(_: InputError) -> None:
        if task is not None:
            task.cancel()

    loop = asyncio.get_running_loop()
    return Burst(sink, later=loop.call_later, failed=stop, seconds=seconds)
