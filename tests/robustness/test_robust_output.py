"""Results files under pressure: several writers at once, a full disk, odd paths."""

from __future__ import annotations

import errno
import multiprocessing
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import visitx
from visitx.cli.main import main
from visitx.core.errors import InputError
from visitx.core.models import Article, ErrorInfo, Extraction
from visitx.io import output
from visitx.io.output import ResultsFile

JOIN_TIMEOUT = 60  # seconds; a writer that hangs fails the test


def record(n: int, *, failed: bool = False, pad: int = 0) -> Extraction:
    text = f"Article {n}." + " x" * pad
    return Extraction(
        article=Article(id=Article.id_for(text), text=text),
        error=ErrorInfo(type="ProviderError", message="down") if failed else None,
    )


def ids(path: Path) -> list[str]:
    return [r.article.id for r in visitx.read_results(path)]


# -- several writers -------------------------------------------------------------------------


def _writer(path: str, numbers: list[int], ready: object, go: object, half: bool) -> None:
    """Write records; with `half`, stop midway until another writer has compacted."""
    sink = ResultsFile(Path(path))
    sink.open()
    cut = len(numbers) // 2 if half else len(numbers)
    for n in numbers[:cut]:
        sink.write(record(n))
    ready.set()  # type: ignore[attr-defined]
    if half:
        assert go.wait(JOIN_TIMEOUT)  # type: ignore[attr-defined]
    for n in numbers[cut:]:
        sink.write(record(n))
    sink.close()


def _run(processes: list[multiprocessing.process.BaseProcess]) -> None:
    for p in processes:
        p.join(JOIN_TIMEOUT)
    for p in processes:
        if p.is_alive():
            p.kill()
    assert [p.exitcode for p in processes] == [0] * len(processes)


def test_a_writer_that_appends_after_another_compacted_loses_nothing(tmp_path: Path) -> None:
    """B appends half, A writes and compacts (renames a new file in), B appends the rest."""
    path = tmp_path / "out.jsonl"
    sink = ResultsFile(path)  # an article failed before, so A's compaction rewrites
    sink.open()
    sink.write(record(0, failed=True))
    sink.close()
    ctx = multiprocessing.get_context("spawn")
    b_ready, a_done, unused = ctx.Event(), ctx.Event(), ctx.Event()
    b = ctx.Process(target=_writer, args=(str(path), list(range(100, 120)), b_ready, a_done, True))
    b.start()
    assert b_ready.wait(JOIN_TIMEOUT)
    a = ctx.Process(target=_writer, args=(str(path), [0, *range(200, 210)], unused, unused, False))
    a.start()
    a.join(JOIN_TIMEOUT)
    a_done.set()
    _run([a, b])
    expected = {record(n).article.id for n in [0, *range(100, 120), *range(200, 210)]}
    assert sorted(ids(path)) == sorted(expected)


def test_three_writers_keep_every_record_once(tmp_path: Path) -> None:
    """B and C pause midway, A writes their first articles again and compacts, B and C go on."""
    path = tmp_path / "out.jsonl"
    ctx = multiprocessing.get_context("spawn")
    b_plan, c_plan = list(range(100, 140)), list(range(200, 300))
    a_plan = [*b_plan[:5], *c_plan[:5], *range(300, 320)]
    go, never = ctx.Event(), ctx.Event()
    ready = [ctx.Event() for _ in range(3)]
    b = ctx.Process(target=_writer, args=(str(path), b_plan, ready[0], go, True))
    c = ctx.Process(target=_writer, args=(str(path), c_plan, ready[1], go, True))
    a = ctx.Process(target=_writer, args=(str(path), a_plan, ready[2], never, False))
    b.start()
    c.start()
    assert ready[0].wait(JOIN_TIMEOUT)
    assert ready[1].wait(JOIN_TIMEOUT)
    a.start()
    a.join(JOIN_TIMEOUT)
    go.set()
    _run([a, b, c])
    expected = {record(n).article.id for n in [*a_plan, *b_plan, *c_plan]}
    found = ids(path)
    assert len(found) == len(set(found))
    assert set(found) == expected
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(expected)  # compacted


def test_the_lock_file_is_hidden_beside_the_output(tmp_path: Path) -> None:
    """Writing visits.jsonl leaves .visits.jsonl.lock beside it and nothing else."""
    path = tmp_path / "visits.jsonl"
    sink = ResultsFile(path)
    sink.open()
    sink.write(record(1))
    sink.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".visits.jsonl.lock", "visits.jsonl"]


# -- a full disk -----------------------------------------------------------------------------




def _fill(sink: ResultsFile, start: int = 0) -> int:
    """Write 2 KB records until the disk is full; returns how many went in whole."""
    message = ""
    n = start
    for n in range(start, start + 1000):  # n is how far it got
        try:
            sink.write(record(n, pad=1000))
        except InputError as exc:
            message = str(exc)
            break
    assert "No space left on device" in message
    assert "run the same command again" in message
    return n - start


def test_a_full_disk_while_writing_leaves_only_whole_records(small_disk: Path) -> None:
    """On a 64 KiB disk: a clear InputError, and the file holds exactly the records written."""
    path = small_disk / "out.jsonl"
    sink = ResultsFile(path)
    sink.open()
    written = _fill(sink)
    assert written > 10
    sink.close()  # no compaction after a failed write: it would fail too
    assert path.read_bytes().endswith(b"\n")
    assert len(ids(path)) == written


def test_a_full_disk_while_compacting_leaves_the_file_as_it_was(small_disk: Path) -> None:
    """Compaction needs room for a copy; without it the file is unchanged and no .tmp stays."""
    path = small_disk / "out.jsonl"
    sink = ResultsFile(path)
    sink.open()
    sink.write(record(0, failed=True, pad=1000))
    sink.write(record(0, pad=1000))  # a duplicate: compaction must rewrite
    _fill(sink, start=1)
    sink.close()  # after the failed write it leaves compaction for later
    before = path.read_bytes()
    with pytest.raises(InputError, match=r"Cannot compact .*The file is whole"):
        output.compact(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == [".out.jsonl.lock", "out.jsonl"]


def test_demo_onto_a_full_disk_says_so_in_one_line(small_disk: Path) -> None:
    """`visitx demo -o` on a full disk: exit 3, one line, no traceback, the file whole."""
    filler = small_disk / "filler"
    filler.write_bytes(b"x" * (60 * 1024))
    path = small_disk / "demo.jsonl"
    result = CliRunner().invoke(main, ["demo", "-o", str(path)])
    assert result.exit_code == 3, result.output
    assert "Error: Cannot write" in result.output
    assert "Traceback" not in result.output
    assert not path.exists() or path.read_bytes() in (b"",) or path.read_bytes().endswith(b"\n")


class _Full:
    """os.write that fills the disk after `room` bytes (an injected ENOSPC)."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.real = os.write

    def __call__(self, fd: int, data: bytes | memoryview) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = min(len(data), self.room)
        self.room -= n
        return self.real(fd, bytes(data[:n]))


def test_an_injected_enospc_mid_line_is_cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A record that fits only half: the half is removed, the earlier records stay."""
    path = tmp_path / "out.jsonl"
    sink = ResultsFile(path)
    sink.open()
    sink.write(record(1))
    size = path.stat().st_size
    monkeypatch.setattr(output.os, "write", _Full(room=20))
    with pytest.raises(InputError, match="No space left on device"):
        sink.write(record(2))
    monkeypatch.undo()
    assert path.stat().st_size == size
    sink.close()
    assert ids(path) == [record(1).article.id]


def test_an_injected_enospc_while_compacting_keeps_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A compaction that cannot write its copy raises InputError and changes nothing."""
    path = tmp_path / "out.jsonl"
    path.write_text(
        record(1, failed=True).model_dump_json() + "\n" + record(1).model_dump_json() + "\n",
        encoding="utf-8",
    )
    before = path.read_bytes()

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(InputError, match="Cannot compact"):
        output.compact(path)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))


# -- odd output paths --------------------------------------------------------------------


def test_a_device_is_refused_as_output() -> None:
    """--output /dev/null-like nodes are not results files: refused with one line."""
    with pytest.raises(InputError, match="not a regular file"):
        ResultsFile(Path("/dev/null"))


def test_a_symlink_output_writes_its_target(tmp_path: Path) -> None:
    """A link to a results file stays a link; the records go into the file it names."""
    target = tmp_path / "real.jsonl"
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    sink = ResultsFile(link)
    sink.open()
    sink.write(record(1, failed=True))
    sink.write(record(1))
    sink.close()
    assert link.is_symlink()
    assert ids(target) == [record(1).article.id]


def test_done_and_made_otherwise_read_the_current_file(tmp_path: Path) -> None:
    """After another run compacted the file, done() and made_otherwise() still find records."""
    path = tmp_path / "out.jsonl"
    lines = [record(1, failed=True), record(2), record(1)]
    for line in lines:
        line.meta.model = "model-a"
    path.write_text("".join(r.model_dump_json() + "\n" for r in lines), encoding="utf-8")
    sink = ResultsFile(path)
    output.compact(path)  # another run: article 1's success moves from line 3 to line 1
    assert sorted(sink.done()) == sorted([record(1).article.id, record(2).article.id])
    assert sink.done()[record(2).article.id] == lines[1]
    others = sink.made_otherwise("model-b", None)
    assert [r.article.id for r in others] == [record(1).article.id, record(2).article.id]
    assert [r.error for r in others] == [None, None]
