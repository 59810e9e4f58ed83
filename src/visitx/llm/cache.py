"""The draft cache: what the model said for one request, as JSON, in a diskcache directory.

An entry holds the model's validated draft with what it cost (usage, attempts, the model
id the provider reported, the finish reason, the mode used), never a record: a hit is
turned into a record by today's deterministic layer, so a fix to grounding, dates,
countries or codes reaches every article already cached. Values are stored as JSON text,
never pickled, and entries written by anything else are refused on read: a shared cache
directory must not be a way to run code. An unreadable or corrupted entry counts as a
miss, and so does an entry of an older format.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path
from typing import Any

from visitx.core.errors import CacheError

log = logging.getLogger("visitx")

ENTRY_FORMAT = "visitx-draft/1"


def cache_key(
    *,
    text: str,
    title: str | None,
    published: str | None,
    language: str | None,
    model: str,
    endpoint: str,
    mode: str,
    prompt_digest: str,
    schema_json: str,
    temperature: float,
    max_tokens: int,
) -> str:
    """The key of one request: exactly what reaches the model.

    The article and the metadata the prompt shows the model, the model, the endpoint (a
    base URL without credentials), the mode actually used, the prompt template, the draft
    schema, the temperature and the answer's token limit. Never the API key, and not the
    article's URL, which visitx only copies into the record.
    """
    material = json.dumps(
        {
            "text": text,
            "title": title,
            "published": published,
            "language": language,
            "model": model,
            "endpoint": endpoint,
            "mode": mode,
            "prompt": prompt_digest,
            "draft_schema": hashlib.sha256(schema_json.encode("utf-8")).hexdigest(),
            "temperature": float(temperature),
            "max_tokens": int(max_tokens),
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


class DraftCache:
    """A directory of cached drafts, opened on first use and safe across threads."""

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
        """The stored entry as a dict, or None on a miss, an unreadable or an old entry."""
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
        if not isinstance(value, dict) or value.get("format") != ENTRY_FORMAT:
            return None  # a record of an older visitx, or something else: a miss
        return value

    def set(self, key: str, value: dict[str, Any]) -> None:
        """Store an entry (as JSON text); raises `CacheError` when it cannot be written."""
        try:
            self._open().set(
                key, json.dumps({**value, "format": ENTRY_FORMAT}, ensure_ascii=False), retry=True
            )
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
