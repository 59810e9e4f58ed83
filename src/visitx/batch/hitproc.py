"""The second core for cached re-runs: a helper process that runs `hits.Resolver`.

The batch's process sends windows of articles down the helper's stdin and reads the
answers (record JSON or None per article) from its stdout, as pickles of plain data
(str, dict, `visitx.Article`) between two processes of the same program and user. The
helper is started with `python -m visitx.batch.hitproc`, not `multiprocessing`, so a
script without an `if __name__ == "__main__":` guard is never run again in it. It ends
when its stdin closes (the batch ended, or its process died). If it cannot be started,
or fails, the batch resolves its windows itself: the helper is only a saving.
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

from visitx.batch.hits import HitSpec, Resolver
from visitx.llm.memo import fingerprint

__all__ = ["Helper", "main"]

_START_TIMEOUT_S = 60.0
_STOP_TIMEOUT_S = 10.0


class Helper:
    """A running helper process; `resolve` is `Resolver.resolve` done there (thread-safe)."""

    def __init__(self, spec: HitSpec) -> None:
        root = Path(__file__).resolve().parents[2]  # the folder visitx is imported from
        env = {**os.environ,
               "PYTHONPATH": os.pathsep.join(filter(None, [str(root),
                                                           os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "visitx.batch.hitproc"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
            start_new_session=True,  # Ctrl-C reaches the batch, which ends the helper
        )
        self._lock = threading.Lock()
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self._in: IO[bytes] = self.proc.stdin
        self._out: IO[bytes] = self.proc.stdout
        timer = threading.Timer(_START_TIMEOUT_S, self.proc.kill)  # a hang fails, not waits
        timer.start()
        try:
            self._send(spec)
            ready = pickle.load(self._out)
        except BaseException:
            self.close()
            raise
        finally:
            timer.cancel()
        if ready != ("ready", fingerprint()):
            self.close()
            raise RuntimeError(f"the helper process runs other code: {ready!r}")

    def _send(self, value: Any) -> None:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)  # fails before writing
        self._in.write(data)
        self._in.flush()

    def resolve(self, mode: str, items: list[tuple[int, Any]], news: list[int] | None = None
                ) -> tuple[list[str | None], list[int]]:
        """`Resolver.learn(news)`, then `Resolver.resolve` in the helper: the answers and
        the window's `passes`; raises when the helper is gone or failed."""
        with self._lock:
            self._send((mode, items, news))
            answers, passes = pickle.load(self._out)
        if not isinstance(answers, list) or len(answers) != len(items):
            raise RuntimeError("the helper process answered out of turn")
        return answers, passes

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


def main() -> None:
    """The helper: a spec, then (mode, window) requests until stdin closes."""
    source = sys.stdin.buffer
    sink = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print must not corrupt the answers
    spec = pickle.load(source)
    resolver = Resolver(spec)
    if spec.screening:
        from visitx.screening.cues import screen

        screen("warm up")  # the lexicons load before the batch counts on this process
    pickle.dump(("ready", fingerprint()), sink)
    sink.flush()
    try:
        while True:
            try:
                mode, items, news = pickle.load(source)
            except EOFError:
                return
            try:
                resolver.learn(news)
                answers, passes = resolver.resolve(mode, items), resolver.passes
            except Exception:  # the batch takes the ordinary way for this window
                answers, passes = [None] * len(items), []
                resolver.learn(None)  # which articles it left is not known
            pickle.dump((answers, passes), sink, protocol=pickle.HIGHEST_PROTOCOL)
            sink.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        return
    finally:
        resolver.close()


if __name__ == "__main__":
    main()
