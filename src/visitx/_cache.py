"""The result cache: one JSON entry per article, in a diskcache directory.

Values are stored as JSON text, never pickled, and entries written by anything else are
refused on read: a shared cache directory must not be a way to run code. An unreadable
or corrupted entry counts as a miss.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path
from typing import Any

from ._errors import CacheError
from ._models import SCHEMA_VERSION

log = logging.getLogger("visitx")


def cache_key(
    *,
    text: str,
    title: str | None,
    published: str | None,
    language: str | None,
    model: str,
    prompt_digest: str,
    schema_json: str,
    temperature: float,
) -> str:
    """The key of one article's result.

    It covers what changes the output: the article and the metadata the prompt shows the
    model, the model, the prompt template, the draft schema, the temperature and the
    record's schema version. It never covers the API key or the base URL, and not the
    URL, which visitx only copies into the record.
    """
    material = json.dumps(
        {
            "text": text,
            "title": title,
            "published": published,
            "language": language,
            "model": model,
            "prompt": prompt_digest,
            "draft_schema": hashlib.sha256(schema_json.encode("utf-8")).hexdigest(),
            "temperature": temperature,
            "schema_version": SCHEMA_VERSION,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return "visitx:" + hashlib.sha256(material.encode("utf-8")).hexdigest()


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


class ResultCache:
    """A directory of cached results, opened on first use and safe across threads."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._cache: Any = None
        self._lock = threading.Lock()

    def _open(self) -> Any:
        if self._cache is None:
            with self._lock:
                if self._cache is None:
                    import diskcache

                    try:
                        self._cache = diskcache.Cache(
                            str(self.directory), disk=_json_only_disk(), eviction_policy="none"
                        )
                    except Exception as exc:
                        raise CacheError(
                            f"Cannot open the cache at {self.directory}: {exc}. Set "
                            "VISITX_CACHE_DIR to a writable folder, or turn the cache off "
                            "(Settings(cache=False) or --no-cache)."
                        ) from exc
        return self._cache

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored record as a dict, or None on a miss or an unreadable entry."""
        try:
            raw = self._open().get(key, default=None, retry=True)
            if raw is None:
                return None
            value = json.loads(raw if isinstance(raw, str) else bytes(raw).decode("utf-8"))
        except CacheError as exc:
            if "Cannot open" in str(exc):
                raise
            log.warning("visitx cache: ignoring an entry (%s)", exc)
            return None
        except Exception as exc:
            log.warning("visitx cache: ignoring an unreadable entry (%s)", type(exc).__name__)
            return None
        return value if isinstance(value, dict) else None

    def set(self, key: str, value: dict[str, Any]) -> None:
        """Store a record (as JSON text)."""
        try:
            self._open().set(key, json.dumps(value, ensure_ascii=False), retry=True)
        except CacheError:
            raise
        except Exception as exc:
            raise CacheError(
                f"Cannot write to the cache at {self.directory}: {exc}. Free disk space, "
                "set VISITX_CACHE_DIR, or turn the cache off."
            ) from exc

    def __len__(self) -> int:
        return len(self._open())

    def volume(self) -> int:
        """Bytes used on disk."""
        return int(self._open().volume())

    def clear(self) -> int:
        """Remove every entry; returns how many there were."""
        return int(self._open().clear(retry=True))

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None
