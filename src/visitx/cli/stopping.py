"""How `visitx extract` ends on a signal: SIGTERM and SIGHUP as Ctrl-C does."""

from __future__ import annotations

import signal
import threading
from typing import Any

__all__ = ["EXIT_INTERRUPTED", "STOP_SIGNALS", "Stop"]

EXIT_INTERRUPTED = 130  # 128 + SIGINT
# Signals that end a run as Ctrl-C does; the exit code is 128 + the signal's number.
STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class Stop:
    """SIGTERM and SIGHUP end the run as Ctrl-C does.

    The handler calls the SIGINT handler in force at that moment: `asyncio.run`'s cancels
    the batch (its clean-up runs, then KeyboardInterrupt), Python's raises
    KeyboardInterrupt. While the run is closing (writing the summary, compacting the
    output) a signal is only noted, so the output is left whole.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self.closing = False
        self._previous: dict[int, Any] = {}

    @property
    def name(self) -> str | None:
        return signal.Signals(self.signum).name if self.signum is not None else None

    @property
    def exit_code(self) -> int:
        return 128 + self.signum if self.signum is not None else EXIT_INTERRUPTED

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # signal handlers can only be set from the main thread
        for signum in STOP_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handle)

    def restore(self) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        self._previous.clear()

    def _handle(self, signum: int, frame: Any) -> None:
        if self.signum is not None:
            return
        self.signum = signum
        if self.closing:
            return
        handler = signal.getsignal(signal.SIGINT)
        if callable(handler):
            handler(signal.SIGINT, frame)
        else:  # SIGINT ignored (a background job): stop all the same
            raise KeyboardInterrupt
