"""The second core for ordering a long list: a helper process signs half of its texts.

`longest_first` signs every text of a list before the batch starts (to find its
near-copies); that is the ordinary way's largest single cost on a first run. For lists
of `HELPER_FROM` texts and more, `sign` starts a helper (`python -m
visitx.batch.signproc`, as `visitx.batch.hitproc` is started) and both processes take
windows of texts from one queue until none are left: this process signs its windows,
a thread of it sends the others to the helper and reads their signatures back (pickles
of plain data). The helper signs with the same code (it answers with
`signature_print()`, else it is not used); if it cannot be started, or fails, this
process signs what is left: the helper is only a saving.
"""

from __future__ import annotations

import logging
import pickle
import threading
from array import array
from typing import Any

from visitx.batch.child import Child, pipes
from visitx.screening.minhash import signature_print, signatures

__all__ = ["HELPER_FROM", "Helper", "main", "sign"]

log = logging.getLogger("visitx")

HELPER_FROM = 2_000  # texts to sign: fewer do without a helper (it costs ~0.2 s to start)
WINDOW = 250
_TIMEOUT_S = 60.0  # a helper that neither starts nor answers a window in this is killed


def sign(texts: list[str], out: list[Any]) -> list[Any]:
    """Each text's `text_signature` where `out` holds None; `out` filled and returned."""
    missing = [i for i, sig in enumerate(out) if sig is None]
    windows = [missing[at : at + WINDOW] for at in range(0, len(missing), WINDOW)]
    queue = _Windows(windows)
    if len(missing) >= HELPER_FROM:
        threading.Thread(target=_remote, args=(texts, out, queue), name="visitx-sign",
                         daemon=True).start()
    try:
        while (window := queue.take()) is not None:
            for i, sig in zip(window, signatures(texts[i] for i in window), strict=True):
                out[i] = sig
    finally:
        queue.close()
    queue.wait()  # the helper's window in flight (not its start: it takes no more)
    for window in queue.returned:  # the helper's unfinished windows
        for i, sig in zip(window, signatures(texts[i] for i in window), strict=True):
            out[i] = sig
    return out


class _Windows:
    """The windows left to sign, taken by both processes (thread-safe)."""

    def __init__(self, windows: list[list[int]]) -> None:
        self._left = list(reversed(windows))
        self._cond = threading.Condition()
        self.returned: list[list[int]] = []
        self.closed = False
        self.remote = 0  # windows the helper is signing

    def take(self, remote: bool = False) -> list[int] | None:
        with self._cond:
            if not self._left or self.closed:
                return None
            self.remote += remote
            return self._left.pop()

    def done(self, window: list[int] | None = None) -> None:
        """The helper finished a window (`window`: it did not sign it)."""
        with self._cond:
            if window is not None:
                self.returned.append(window)
            self.remote -= 1
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self.closed = True

    def wait(self) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self.remote == 0)


def _remote(texts: list[str], out: list[Any], queue: _Windows) -> None:
    """The helper's share (in a thread): windows sent, signatures read back."""
    try:
        helper = Helper()
    except Exception as exc:  # no second process: this one signs everything
        log.debug("visitx signing helper not started (%s)", exc)
        return
    try:
        while (window := queue.take(remote=True)) is not None:
            try:
                sigs = helper.sign([texts[i] for i in window])
                for i, sig in zip(window, sigs, strict=True):
                    out[i] = None if sig is None else array("I", sig)
            except BaseException as exc:
                log.debug("visitx signing helper failed (%s); signing here", exc)
                queue.done(window)
                return
            queue.done()
    finally:
        helper.close()


class Helper:
    """A running helper process."""

    def __init__(self) -> None:
        self._child = Child("visitx.batch.signproc", signature_print(), _TIMEOUT_S)
        self.proc = self._child.proc

    def sign(self, texts: list[str]) -> list[bytes | None]:
        self._child.send(texts)
        sigs = self._child.read(timed=True)
        if not isinstance(sigs, list) or len(sigs) != len(texts):
            raise RuntimeError("the helper process answered out of turn")
        return sigs

    def close(self) -> None:
        """Close its stdin (it ends), wait a moment, else kill it."""
        self._child.close()


def main() -> None:
    """The helper: windows of texts until stdin closes; their signatures as bytes."""
    source, sink = pipes()
    pickle.dump(("ready", signature_print()), sink)
    sink.flush()
    try:
        while True:
            try:
                texts = pickle.load(source)
            except EOFError:
                return
            sigs = [None if sig is None else sig.tobytes() for sig in signatures(texts)]
            pickle.dump(sigs, sink, protocol=pickle.HIGHEST_PROTOCOL)
            sink.flush()
    except (BrokenPipeError, KeyboardInterrupt):
        return


if __name__ == "__main__":
    main()
