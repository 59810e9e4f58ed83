"""The draft cache: what the model said for one request, as JSON, in a diskcache directory.

An entry holds the model's validated draft with what it cost (usage, attempts, the model
id the provider reported, the finish reason, the mode used), never a record: a hit is
turned into a record by today's deterministic layer, so a fix to grounding, dates,
countries or codes reaches every article already cached. Values are stored as JSON text,
never pickled, and entries written by anything else are refused on read: a shared cache
directory must not be a way to run code. An unreadable or corrupted entry counts as a
miss, and so does an entry of an older format or with a value that does not validate
(`attempts: Infinity`). A corrupt database is moved aside once and replaced by an empty
one; `clear()` works on a corrupt one too. The keys are made in `llm.cachekey`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from visitx.core.errors import CacheError, folder_problem
from visitx.llm.cachekey import KeyTemplate, cache_key

__all__ = ["DATABASE", "ENTRY_FORMAT", "DraftCache", "KeyTemplate", "cache_key"]

log = logging.getLogger("visitx")

ENTRY_FORMAT = "visitx-draft/1"
T = TypeVar("T")


def _json_only_disk() -> type:
    import diskcache

    class JSONOnlyDisk(diskcache.Disk):  # type: ignore[misc]  # diskcache is untyped
        """A Disk that refuses to unpickle anything, keys or values."""

        def get(self, key: Any, raw: bool) -> Any:
            if not raw:
                raise CacheError("refusing a pickled cache key")
            return super().get(key, raw)

        def fetch(self, mode: int, filename: Any, value: Any, read: bool) -> Any:
            if mode == diskcache.core.MODE_PICKLE:
                raise CacheError("refusing a pickled cache value")
            return super().fetch(mode, filename, value, read)

    return JSONOnlyDisk


class DraftCache:
    """A directory of cached drafts, opened on first use and safe across threads.

    A cache database that SQLite reports as corrupt is moved aside once (to
    `cache.db.corrupt-<time>`, with a warning) and an empty one takes its place: drafts
    are only a saving, and a run must not fail every article over them.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._cache: Any = None
        self._lock = threading.RLock()
        self._recovered = False

    def _open(self) -> Any:
        if self._cache is None:
            with self._lock:
                if self._cache is None:
                    try:
                        self._cache = self._connect()
                    except Exception as exc:
                        if not _is_corruption(exc):
                            raise _unopenable(self.directory, exc) from exc
                        self._recover(exc)
        return self._cache

    def _connect(self) -> Any:
        import diskcache

        return diskcache.Cache(str(self.directory), disk=_json_only_disk(), eviction_policy="none")

    def _recover(self, exc: BaseException, failed: Any = None) -> None:
        """Set a corrupt database aside and open an empty one, once per cache object.

        `failed` is the open cache that raised; when another thread has replaced it
        meanwhile, there is nothing left to do.
        """
        with self._lock:
            if failed is not None and self._cache is not None and self._cache is not failed:
                return
            if self._cache is not None:
                with contextlib.suppress(Exception):
                    self._cache.close()
                self._cache = None
            database = self.directory / DATABASE
            if self._recovered or not _still_corrupt(database):
                try:
                    self._cache = self._connect()
                    return
                except Exception as again:
                    if self._recovered or not _is_corruption(again):
                        raise _corrupt(self.directory, again) from again
            self._recovered = True
            aside = database.with_name(f"{DATABASE}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
            try:
                os.replace(database, aside)
                for suffix in ("-wal", "-shm"):
                    database.with_name(DATABASE + suffix).unlink(missing_ok=True)
                _forget_records(self.directory)
                self._cache = self._connect()
            except Exception as moving:
                raise _corrupt(self.directory, moving) from moving
            log.warning(
                "visitx cache: %s was corrupt (%s); it was moved to %s and an empty cache "
                "was started",
                database,
                exc,
                aside.name,
            )

    def _call(self, action: Callable[[Any], T]) -> T:
        """Run `action` on the open cache; a corrupt database is set aside and retried once."""
        cache = self._open()
        try:
            return action(cache)
        except Exception as exc:
            if not _is_corruption(exc):
                raise
            self._recover(exc, failed=cache)
            try:
                return action(self._open())
            except Exception as again:
                if _is_corruption(again):
                    raise _corrupt(self.directory, again) from again
                raise

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry as a dict, or None on a miss, an unreadable or an old entry.

        An entry whose values do not validate (e.g. `attempts: Infinity`) is a miss too.
        """
        try:
            raw = self._call(lambda cache: cache.get(key, default=None, retry=True))
            if raw is None:
                return None
            text = raw if isinstance(raw, str) else bytes(raw).decode("utf-8")
            value = json.loads(text, parse_constant=_refuse_constant)
        except CacheError as exc:
            if "Cannot open" in str(exc) or "corrupt" in str(exc):
                raise
            log.warning("visitx cache: ignoring an entry (%s)", exc)
            return None
        except Exception as exc:
            log.warning("visitx cache: ignoring an unreadable entry (%s)", type(exc).__name__)
            return None
        if not isinstance(value, dict) or value.get("format") != ENTRY_FORMAT:
            return None  # a record of an older visitx, or something else: a miss
        problem = _entry_problem(value)
        if problem is not None:
            log.warning("visitx cache: ignoring an entry whose %s", problem)
            return None
        return value

    def set(self, key: str, value: dict[str, Any]) -> None:
        """Store an entry (as JSON text); raises `CacheError` when it cannot be written."""
        text = json.dumps({**value, "format": ENTRY_FORMAT}, ensure_ascii=False)
        try:
            self._call(lambda cache: cache.set(key, text, retry=True))
        except CacheError:
            raise
        except Exception as exc:
            raise CacheError(
                f"Cannot write to the cache at {self.directory}: {exc}. Free disk space, "
                "set VISITX_CACHE_DIR, or turn the cache off."
            ) from exc

    def __len__(self) -> int:
        return int(self._call(len))

    def volume(self) -> int:
        """Bytes used on disk."""
        return int(self._call(lambda cache: cache.volume()))

    def clear(self) -> int:
        """Remove every entry; returns how many there were.

        Works on a corrupt database too: it is removed and an empty one started. The
        records built from the drafts (`visitx.llm.memo`) are forgotten too.
        """
        _forget_records(self.directory)
        try:
            return int(self._call(lambda cache: cache.clear(retry=True)))
        except CacheError as exc:
            if "corrupt" not in str(exc):
                raise
        with self._lock:  # corrupt even after setting it aside: remove it
            self.close()
            for suffix in ("", "-wal", "-shm"):
                (self.directory / (DATABASE + suffix)).unlink(missing_ok=True)
            self._open()
        return 0

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None


DATABASE = "cache.db"  # diskcache's SQLite file in the cache directory
# What SQLite says about a damaged file (a locked or read-only database is not damaged).
_CORRUPT = ("not a database", "malformed", "corrupt", "file is encrypted")


def _forget_records(directory: Path) -> None:
    """Empty the record memo beside the drafts: a record must not outlive its draft."""
    from visitx.llm.memo import RecordMemo

    memo = RecordMemo(directory)
    try:
        memo.clear()
    finally:
        memo.close()


def _is_corruption(exc: BaseException) -> bool:
    import sqlite3

    return isinstance(exc, sqlite3.DatabaseError) and any(
        words in str(exc).lower() for words in _CORRUPT
    )


def _still_corrupt(database: Path) -> bool:
    """Whether the database file is damaged (another process may have replaced it)."""
    import sqlite3

    if not database.exists():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
            return bool(db.execute("PRAGMA quick_check").fetchone() != ("ok",))
    except sqlite3.DatabaseError as exc:
        return _is_corruption(exc)


def _unopenable(directory: Path, exc: BaseException) -> CacheError:
    reason = folder_problem(directory, exc)
    return CacheError(
        f"Cannot open the cache at {directory}: {reason}. Set VISITX_CACHE_DIR to a writable "
        "folder, or turn the cache off (Settings(cache=False) or --no-cache)."
    )


def _corrupt(directory: Path, exc: BaseException) -> CacheError:
    return CacheError(
        f"The cache at {directory} is corrupt and could not be set aside ({exc}). Run "
        "`visitx cache clear --yes`, or delete that folder, or turn the cache off "
        "(--no-cache)."
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _entry_problem(value: dict[str, Any]) -> str | None:
    """What is wrong with a stored entry's values, or None when they are usable."""
    attempts = value.get("attempts", 0)
    if not isinstance(value.get("draft"), dict):
        return "draft is not an object"
    if not isinstance(attempts, int) or isinstance(attempts, bool) or attempts < 0:
        return f"attempts is {attempts!r}, not a count"
    usage = value.get("usage") or {}
    if not isinstance(usage, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in usage.values()
    ):
        return "usage is not a set of token counts"
    for key in ("model", "finish_reason", "mode"):
        if value.get(key) is not None and not isinstance(value[key], str):
            return f"{key} is not a string"
    warnings = value.get("warnings", [])
    if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
        return "warnings are not strings"
    return None
