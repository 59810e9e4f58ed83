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
import pickle
import queue
import threading
from typing import IO, Any

from visitx.batch.child import Child, pipes
from visitx.batch.hits import HitSpec, Resolver
from visitx.core.collector import spaced
from visitx.llm.memo import fingerprint

__all__ = ["Helper", "main"]

_START_TIMEOUT_S = 60.0


class Helper:
    """A running helper process; `resolve` is `Resolver.resolve` done there (thread-safe)."""

    def __init__(self, spec: HitSpec) -> None:
        self._child = Child("visitx.batch.hitproc", fingerprint(), _START_TIMEOUT_S, spec)
        self.proc = self._child.proc
        self._sending = threading.Lock()
        self._reading = threading.Lock()

    def resolve(self, mode: str, items: list[tuple[Any, ...]], news: list[int] | None = None
                ) -> tuple[list[str | None], list[int]]:
        """`Resolver.learn(news)`, then `Resolver.resolve` in the helper: the answers and
        the window's `passes`; raises when the helper is gone or failed."""
        with self._reading:
            self.send(mode, items, news)
            return self.receive(len(items))

    def send(self, mode: str, items: list[tuple[Any, ...]], news: list[int] | None = None
             ) -> None:
        """Hand a window to the helper without waiting for its answer: the helper takes
        the windows sent in turn, and `receive` gives their answers in the same turn.
        Nothing is sent when the window cannot be pickled (that raises)."""
        with self._sending:
            self._child.send((mode, items, news))

    def receive(self, size: int) -> tuple[list[str | None], list[int]]:
        """The answers and `passes` of the oldest window sent and not yet received (of
        `size` articles); raises when the helper is gone or failed."""
        answers, passes = self._child.read()
        if not isinstance(answers, list) or len(answers) != size:
            raise RuntimeError("the helper process answered out of turn")
        return answers, passes

    def close(self) -> None:
        """Close its stdin (it ends), wait a moment, else kill it."""
        self._child.close()


def main() -> None:
    """The helper: a spec, then (mode, window) requests until stdin closes."""
    source, sink = pipes()
    spec = pickle.load(source)
    resolver = Resolver(spec)
    if spec.screening:
        from visitx.screening.cues import screen

        screen("warm up")  # the lexicons load before the batch counts on this process
    pickle.dump(("ready", fingerprint()), sink)
    sink.flush()
    # Answers are written by a thread of their own: the next window is resolved while
    # the batch's process reads the last one (at most two wait: memory stays flat).
    answers_out: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
    writer = threading.Thread(target=_write, args=(answers_out, sink), daemon=True)
    writer.start()
    try:
        with spaced():  # records come and go fast: see core.collector
            while writer.is_alive():
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
                data = pickle.dumps((answers, passes), protocol=pickle.HIGHEST_PROTOCOL)
                while writer.is_alive():  # a writer gone (no reader) must not hold this up
                    with contextlib.suppress(queue.Full):
                        answers_out.put(data, timeout=1.0)
                        break
    except KeyboardInterrupt:
        return
    finally:
        with contextlib.suppress(queue.Full):
            answers_out.put(None, timeout=_START_TIMEOUT_S)
        writer.join(_START_TIMEOUT_S)
        resolver.close()


def _write(answers: queue.Queue[bytes | None], sink: IO[bytes]) -> None:
    """Write each answer as it comes, until None (or the batch's process is gone)."""
    try:
        while (data := answers.get()) is not None:
            sink.write(data)
            sink.flush()
    except (BrokenPipeError, OSError):
        return


if __name__ == "__main__":
    main()
