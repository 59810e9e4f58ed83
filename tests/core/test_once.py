"""`once`: a table loaded once per process, also when many threads ask at the same time."""

from __future__ import annotations

import threading

import pytest

from visitx.core.once import once

THREADS = 16


def test_threads_asking_at_once_share_one_load() -> None:
    """Sixteen threads released together call the loader once and all get its value."""
    calls: list[int] = []
    inside = threading.Event()
    release = threading.Event()

    @once
    def table() -> dict[str, int]:
        calls.append(1)
        inside.set()
        assert release.wait(timeout=10), "the test never released the loader"
        return {"loaded": len(calls)}

    start = threading.Barrier(THREADS + 1, timeout=10)
    got: list[dict[str, int]] = []

    def ask() -> None:
        start.wait()
        got.append(table())

    threads = [threading.Thread(target=ask) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    start.wait()
    assert inside.wait(timeout=10)
    release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert (len(calls), len(got), {id(v) for v in got} == {id(got[0])}) == (1, THREADS, True)


def test_a_failed_load_is_tried_again() -> None:
    """A loader that raises is not remembered: the next call loads again."""
    attempts: list[int] = []

    @once
    def table() -> int:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk busy")
        return len(attempts)

    with pytest.raises(OSError, match="disk busy"):
        table()
    assert (table(), table(), table.loaded()) == (2, 2, True)
