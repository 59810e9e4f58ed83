"""Records appended to a results file in bursts: whole, in order, under one hold of the lock."""

from __future__ import annotations

import asyncio
import errno
import multiprocessing
import os
import signal
from collections.abc import Callable
from pathlib import Path

import pytest

import visitx
from visitx.core.errors import InputError
from visitx.core.models import Article, ErrorInfo, Extraction
from visitx.io import output
from visitx.io.burst import BURST_SECONDS, Burst, on_running_loop
from visitx.io.output import ResultsFile

JOIN_TIMEOUT = 60  # seconds; a writer that hangs fails the test


def record(n: int, *, cached: bool = True, failed: bool = False, pad: int = 0) -> Extraction:
    text = f"Article {n}." + " x" * pad
    made = Extraction(
        article=Article(id=Article.id_for(text), text=text),
        error=ErrorInfo(type="ProviderError", message="down") if failed else None,
    )
    made.meta.cached = cached
    return made


def lines(path: Path) -> list[str]:
    """The article ids of the file's lines, in file order (each line parsed whole)."""
    if not path.exists():
        return []
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n")
    return [Extraction.model_validate_json(line).article.id for line in raw.splitlines()]


def ids(*numbers: int, pad: int = 0) -> list[str]:
    return [record(n, pad=pad).article.id for n in numbers]


class Timer:
    """A stand-in for `loop.call_later`: keeps what was scheduled; the test runs it."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, Callable[[], None]]] = []
        self.cancelled = 0

    def __call__(self, delay: float, callback: Callable[[], None]) -> Timer:
        self.calls.append((delay, callback))
        return self

    def cancel(self) -> None:
        self.cancelled += 1


def opened(path: Path) -> ResultsFile:
    sink = ResultsFile(path)
    sink.open()
    return sink


def test_cached_records_wait_until_the_burst_is_full(tmp_path: Path) -> None:
    """Three cached records of a burst of four wait; the fourth appends all four, in order."""
    path = tmp_path / "out.jsonl"
    burst = Burst(opened(path), size=4)
    for n in range(3):
        burst.add(record(n))
    assert lines(path) == []
    burst.add(record(3))
    assert lines(path) == ids(0, 1, 2, 3)
    assert burst.waiting == 0


def test_a_record_not_from_the_cache_is_appended_at_once_with_those_before_it(
    tmp_path: Path,
) -> None:
    """An answer the run paid for is not left waiting: it goes in after the cached ones."""
    path = tmp_path / "out.jsonl"
    burst = Burst(opened(path), size=100)
    burst.add(record(1))
    burst.add(record(2))
    burst.add(record(3, cached=False))
    assert lines(path) == ids(1, 2, 3)


def test_a_failure_is_appended_at_once(tmp_path: Path) -> None:
    """A failed article's record (never from the cache) does not wait for the burst."""
    path = tmp_path / "out.jsonl"
    burst = Burst(opened(path), size=100)
    burst.add(record(1, cached=False, failed=True))
    assert lines(path) == ids(1)


def test_the_timer_appends_what_waits(tmp_path: Path) -> None:
    """The first waiting record schedules one call BURST_SECONDS later; it appends them all."""
    path = tmp_path / "out.jsonl"
    timer = Timer()
    burst = Burst(opened(path), later=timer, size=100)
    burst.add(record(1))
    burst.add(record(2))
    assert [delay for delay, _ in timer.calls] == [BURST_SECONDS]
    assert lines(path) == []
    timer.calls[0][1]()
    assert lines(path) == ids(1, 2)


def test_a_full_burst_calls_off_the_timer(tmp_path: Path) -> None:
    """A burst appended because it filled up cancels its pending timer."""
    timer = Timer()
    burst = Burst(opened(tmp_path / "out.jsonl"), later=timer, size=2)
    burst.add(record(1))
    burst.add(record(2))
    assert timer.cancelled == 1


def test_flush_appends_what_waits(tmp_path: Path) -> None:
    """The end of a run (or Ctrl-C) appends the records still waiting."""
    path = tmp_path / "out.jsonl"
    burst = Burst(opened(path), size=100)
    burst.add(record(1))
    burst.flush()
    assert lines(path) == ids(1)


def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int, data: bytes | memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)


def test_a_timed_append_that_fails_is_reported_and_raised_by_the_next_add(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk under the timer: `failed` gets the InputError; the next add raises it."""
    timer = Timer()
    seen: list[InputError] = []
    burst = Burst(opened(tmp_path / "out.jsonl"), later=timer, failed=seen.append, size=100)
    burst.add(record(1))
    full_disk(monkeypatch)
    timer.calls[0][1]()
    monkeypatch.undo()
    assert len(seen) == 1
    assert "No space left on device" in str(seen[0])
    with pytest.raises(InputError, match="No space left on device"):
        burst.add(record(2))


def test_flush_after_a_failed_append_raises_its_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The end of a run whose timed append failed raises that error (the run must not pass)."""
    timer = Timer()
    burst = Burst(opened(tmp_path / "out.jsonl"), later=timer, size=100)
    burst.add(record(1))
    full_disk(monkeypatch)
    timer.calls[0][1]()
    monkeypatch.undo()
    with pytest.raises(InputError, match="No space left on device"):
        burst.flush()


def test_a_failed_timed_append_cancels_the_running_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On an event loop, a full disk under the timer stops the task that is adding records."""
    sink = opened(tmp_path / "out.jsonl")

    async def run() -> Burst:
        burst = on_running_loop(sink, seconds=0.0)
        burst.add(record(1))
        try:
            await asyncio.sleep(2 * JOIN_TIMEOUT)  # cancelled once the timer has run
        except asyncio.CancelledError:
            return burst
        raise AssertionError("the task was not cancelled")

    full_disk(monkeypatch)
    burst = asyncio.run(asyncio.wait_for(run(), JOIN_TIMEOUT))
    monkeypatch.undo()
    assert isinstance(burst.error, InputError)


def test_a_burst_that_does_not_fit_leaves_none_of_its_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC after part of a burst: the file ends with the last burst written whole."""
    path = tmp_path / "out.jsonl"
    sink = opened(path)
    sink.write_many([record(1), record(2)])
    size = path.stat().st_size
    written = {"room": size}  # the next burst (of three) fits only in part
    real = os.write

    def filling(fd: int, data: bytes | memoryview) -> int:
        if written["room"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = min(len(data), written["room"])
        written["room"] -= n
        return real(fd, bytes(data[:n]))

    monkeypatch.setattr(os, "write", filling)
    with pytest.raises(InputError, match="No space left on device"):
        sink.write_many([record(3), record(4), record(5)])
    monkeypatch.undo()
    assert path.stat().st_size == size
    assert lines(path) == ids(1, 2)


# -- compaction after a run ------------------------------------------------------------------


def test_a_new_file_written_by_one_run_is_not_rewritten(tmp_path: Path) -> None:
    """Each article once, no other writer: close() leaves the file (same inode, same lines)."""
    path = tmp_path / "out.jsonl"
    sink = opened(path)
    sink.write_many([record(1), record(2)])
    inode = path.stat().st_ino
    sink.close()
    assert path.stat().st_ino == inode
    assert lines(path) == ids(1, 2)


def test_a_new_file_with_an_article_twice_is_compacted(tmp_path: Path) -> None:
    """A failure, then the success of the same article: close() keeps only the success."""
    path = tmp_path / "out.jsonl"
    sink = opened(path)
    sink.write_many([record(1, failed=True), record(2)])
    sink.write(record(1))
    sink.close()
    assert lines(path) == ids(1, 2)
    assert [r.error for r in visitx.read_results(path)] == [None, None]


def test_an_article_twice_past_the_keys_kept_is_still_compacted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once more articles were appended than KEYS_KEPT, close() compacts as before."""
    monkeypatch.setattr(output, "KEYS_KEPT", 2)
    path = tmp_path / "out.jsonl"
    sink = opened(path)
    sink.write_many([record(1, failed=True), record(2), record(3)])
    sink.write(record(1))  # the keys were let go: this duplicate is not seen until close
    sink.close()
    assert lines(path) == ids(1, 2, 3)


def test_a_new_file_another_handle_appended_to_is_compacted(tmp_path: Path) -> None:
    """A appends a failure, B the same article's success, A another article: A compacts."""
    path = tmp_path / "out.jsonl"
    a = opened(path)
    a.write(record(1, failed=True))
    b = opened(path)
    b.write(record(1))
    a.write(record(2))  # the file now ends where A left it, yet B appended in between
    a.close()
    assert lines(path) == ids(1, 2)
    assert [r.error for r in visitx.read_results(path)] == [None, None]
    b.close()


def test_a_new_file_appended_to_after_the_last_burst_is_compacted(tmp_path: Path) -> None:
    """A appends a failure, then B the same article's success: A's close compacts."""
    path = tmp_path / "out.jsonl"
    a = opened(path)
    a.write(record(1, failed=True))
    b = opened(path)
    b.write(record(1))
    a.close()
    assert lines(path) == ids(1)
    b.close()


# -- several processes -----------------------------------------------------------------------


def _burst_writer(path: str, first: int, ready: object, go: object) -> None:
    """Append 10 bursts of 20 big records, each os.write taking at most 512 bytes."""
    real = os.write
    os.write = lambda fd, data: real(fd, bytes(data[:512]))  # short writes, as POSIX allows
    sink = ResultsFile(Path(path))
    sink.open()
    bursts = [[record(first + b * 20 + k, pad=2000) for k in range(20)] for b in range(10)]
    ready.set()  # type: ignore[attr-defined]
    assert go.wait(JOIN_TIMEOUT)  # type: ignore[attr-defined]
    for burst in bursts:
        sink.write_many(burst)
    sink.close()


def test_two_writers_bursts_never_interleave(tmp_path: Path) -> None:
    """Two processes appending bursts at once in short writes: lines whole, each in order."""
    path = tmp_path / "out.jsonl"
    ctx = multiprocessing.get_context("spawn")
    go, ready = ctx.Event(), [ctx.Event(), ctx.Event()]
    writers = [
        ctx.Process(target=_burst_writer, args=(str(path), first, flag, go))
        for first, flag in zip((0, 1000), ready, strict=True)
    ]
    for p in writers:
        p.start()
    assert all(flag.wait(JOIN_TIMEOUT) for flag in ready)
    go.set()
    for p in writers:
        p.join(JOIN_TIMEOUT)
    for p in writers:
        if p.is_alive():
            p.kill()
    assert [p.exitcode for p in writers] == [0, 0]
    found = lines(path)  # every line parses as one whole record
    for first in (0, 1000):
        mine = ids(*range(first, first + 200), pad=2000)
        assert [i for i in found if i in set(mine)] == mine
    assert len(found) == 400


def _killed_writer(path: str, flushed: object, waiting: object) -> None:
    """Two bursts of 4 appended, then 3 records left waiting; then wait to be killed."""
    import time

    burst = Burst(opened(Path(path)), size=4)
    for n in range(8):
        burst.add(record(n))
    flushed.set()  # type: ignore[attr-defined]
    for n in range(8, 11):
        burst.add(record(n))
    waiting.set()  # type: ignore[attr-defined]
    time.sleep(JOIN_TIMEOUT)  # killed long before


def test_sigkill_loses_only_the_waiting_records_and_a_rerun_completes_the_file(
    tmp_path: Path,
) -> None:
    """kill -9 with 3 records waiting: 8 whole lines; a re-run of all 11 adds the 3, once."""
    path = tmp_path / "out.jsonl"
    ctx = multiprocessing.get_context("spawn")
    flushed, waiting = ctx.Event(), ctx.Event()
    p = ctx.Process(target=_killed_writer, args=(str(path), flushed, waiting))
    p.start()
    try:
        assert waiting.wait(JOIN_TIMEOUT)
        os.kill(p.pid, signal.SIGKILL)  # type: ignore[arg-type]
        p.join(JOIN_TIMEOUT)
    finally:
        if p.is_alive():
            p.kill()
    assert p.exitcode == -signal.SIGKILL
    assert lines(path) == ids(*range(8))
    rerun = ResultsFile(path)
    done = rerun.done()
    rerun.open()
    burst = Burst(rerun, size=4)
    for n in range(11):
        if record(n).article.id not in done:
            burst.add(record(n))
    burst.flush()
    rerun.close()
    assert lines(path) == ids(*range(11))
