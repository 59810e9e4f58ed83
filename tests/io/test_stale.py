"""Temporary files a killed run left: removed when stale, kept while a process writes them."""

from __future__ import annotations

import os
from pathlib import Path

from visitx.io.stale import MIN_AGE_S, remove_stale_temporaries, stale_temporaries


def aged(path: Path, seconds_ago: float, now: float) -> Path:
    path.write_text("x", encoding="utf-8")
    os.utime(path, (now - seconds_ago, now - seconds_ago))
    return path


def test_an_old_temporary_file_nobody_holds_is_stale(tmp_path: Path) -> None:
    """A `.out.jsonl.*.tmp` older than MIN_AGE_S that no process has open is removed."""
    now = 1_000_000.0
    left = aged(tmp_path / ".out.jsonl.abc.tmp", MIN_AGE_S + 1, now)
    assert remove_stale_temporaries(tmp_path / "out.jsonl", now=now) == [left]
    assert not left.exists()


def test_a_temporary_file_being_written_is_kept(tmp_path: Path) -> None:
    """One that a process (this one) holds open is not stale, however old."""
    now = 1_000_000.0
    busy = aged(tmp_path / ".out.jsonl.busy.tmp", 10 * MIN_AGE_S, now)
    with busy.open("a", encoding="utf-8"):
        assert stale_temporaries(tmp_path, ".out.jsonl.*.tmp", now=now) == []


def test_a_young_temporary_file_is_kept(tmp_path: Path) -> None:
    """One younger than MIN_AGE_S may belong to a run that has just started writing it."""
    now = 1_000_000.0
    aged(tmp_path / ".out.jsonl.new.tmp", MIN_AGE_S / 2, now)
    assert remove_stale_temporaries(tmp_path / "out.jsonl", now=now) == []


def test_only_the_targets_own_temporaries_are_touched(tmp_path: Path) -> None:
    """Another file's temporaries in the same folder are left alone."""
    now = 1_000_000.0
    other = aged(tmp_path / ".other.jsonl.abc.tmp", 10 * MIN_AGE_S, now)
    assert remove_stale_temporaries(tmp_path / "out.jsonl", now=now) == []
    assert other.exists()
