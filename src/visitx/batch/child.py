"""A helper process of this program: `python -m <module>`, pickles both ways.

The batch's helpers (`visitx.batch.hitproc` resolves cached re-runs, `visitx.batch.signproc`
signs long lists) run as `python -m`, not `multiprocessing`, so a script without an
`if __name__ == "__main__":` guard is never run again in them. They read pickles of plain
data from stdin and answer on stdout, between two processes of the same program and
user; each ends when its stdin closes (the batch ended, or its process died). Its first
answer is ("ready", <the print of the code it runs>): a helper that runs other code is
not used.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any

__all__ = ["Child", "pipes"]

_STOP_TIMEOUT_S = 10.0
_PIPE_BYTES = 1 << 20  # a pipe's size and its file's buffer (Linux lets anyone ask 1 MiB)


class Child:
    """A running helper process (see the module); not thread-safe by itself.

    Args:
        module: what `python -m` runs.
        ready: the print the helper must answer with, after `first` (if any) was sent.
        timeout_s: a helper that does not answer `read(timed=True)` in this is killed.
        first: a value sent before the ready answer is read (None: nothing is sent).
    """

    def __init__(self, module: str, ready: str, timeout_s: float, first: Any = None) -> None:
        root = Path(__file__).resolve().parents[2]  # the folder visitx is imported from
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
            start_new_session=True,  # Ctrl-C reaches the batch, which ends the helper
            bufsize=_PIPE_BYTES,  # an answer is read in a few system calls, not hundreds
        )
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        for pipe in (self.proc.stdin, self.proc.stdout):
            _widen(pipe.fileno())
        self._in: IO[bytes] = self.proc.stdin
        self._out: IO[bytes] = self.proc.stdout
        self.timeout_s = timeout_s
        try:
            if first is not None:
                self.send(first)
            answer = self.read(timed=True)
        except BaseException:
            self.close()
            raise
        if answer != ("ready", ready):
            self.close()
            raise RuntimeError(f"the helper process runs other code: {answer!r}")

    def send(self, value: Any) -> None:
        """Pickle `value` down the helper's stdin (a value that cannot be pickled fails
        before anything is written)."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._in.write(data)
        self._in.flush()

    def read(self, timed: bool = False) -> Any:
        """The helper's next answer; `timed`: killed (and this fails) after `timeout_s`."""
        if not timed:
            return pickle.load(self._out)
        timer = threading.Timer(self.timeout_s, self.proc.kill)  # a hang fails, not waits
        timer.start()
        try:
            return pickle.load(self._out)
        finally:
            timer.cancel()

    def close(self) -> None:
        """Close its stdin (it ends), wait a moment, else kill it."""
        with contextlib.suppress(OSError):
            self._in.close()
        try:
            self.proc.wait(_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        with contextlib.suppress(OSError):
            self._out.close()


def _widen(fd: int) -> None:
    """Let a pipe hold `_PIPE_BYTES` (Linux; elsewhere, or when refused, it stays as it
    is): a helper then writes a whole answer without waiting for this process's reader
    thread, which waits for the interpreter lock between reads while records are built."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):
        pass


def pipes() -> tuple[IO[bytes], IO[bytes]]:
    """In the helper: (requests, answers). Its stdout goes to stderr from here on, so a
    stray print cannot corrupt the answers."""
    sink = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    return sys.stdin.buffer, sink
