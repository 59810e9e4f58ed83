"""The draft cache: what the key covers, JSON-only storage, and corruption as a miss."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

from visitx.llm.cache import ENTRY_FORMAT, DraftCache, cache_key

from conftest import KEY_ARTICLE, KEY_SETTINGS, database

BASE: dict[str, Any] = {**KEY_ARTICLE, **KEY_SETTINGS}


@pytest.mark.parametrize(
    "change",
    [
        {"text": "Another article."},
        {"title": "A title"},
        {"published": "2024-11-24"},
        {"language": "tr"},
        {"model": "other"},
        {"prompt_digest": "p2"},
        {"schema_json": '{"x": 1}'},
        {"temperature": 0.7},
        {"endpoint": "http://127.0.0.1:8081/v1"},
        {"mode": "json"},
        {"max_tokens": 1024},
    ],
    ids=lambda c: next(iter(c)),
)
def test_key_changes_with_what_changes_the_output(change: dict[str, Any]) -> None:
    """Each input that changes the model's answer changes the key."""
    assert cache_key(**{**BASE, **change}) != cache_key(**BASE)


def test_key_is_stable() -> None:
    """The same inputs give the same key in every process, pinned to its digest."""
    assert cache_key(**BASE) == (
        "visitx:cb9a67d49059601870d913fe2fe69f2691349b7983bd7f53d040c97e43af02b6"
    )


def test_temperature_is_keyed_as_a_float() -> None:
    """temperature=0 and temperature=0.0 are the same request."""
    assert cache_key(**{**BASE, "temperature": 0}) == cache_key(**BASE)


def test_endpoint_is_the_base_url_without_credentials() -> None:
    """The endpoint in the key drops user:password, a secret query value and a trailing slash."""
    from visitx.llm.provider import OPENAI_ENDPOINT, endpoint_of

    assert endpoint_of("http://user:secret@LocalHost:8080/v1/?key=sk-1") == (
        "http://localhost:8080/v1"
    )
    assert endpoint_of(None) == OPENAI_ENDPOINT == endpoint_of("https://api.openai.com/v1/")


def test_endpoint_keeps_the_query_parameters_that_are_not_secrets() -> None:
    """`api-version` (it may change the answer) stays, sorted; `key`, `sig` do not, so a
    base URL whose query holds only a key names the endpoint it named before."""
    from visitx.llm.provider import endpoint_of

    assert endpoint_of("https://gw.example/v1?key=K&api-version=2024-02-01&b=1") == (
        "https://gw.example/v1?api-version=2024-02-01&b=1"
    )
    assert endpoint_of("https://gw.example/v1?b=1&sig=S&api-version=2024-02-01") == (
        "https://gw.example/v1?api-version=2024-02-01&b=1"
    )
    assert endpoint_of("https://gw.example/v1/?key=K") == "https://gw.example/v1"


def test_key_has_no_room_for_secrets() -> None:
    """The key function takes neither the API key nor the base URL."""
    with pytest.raises(TypeError):
        cache_key(**BASE, api_key="sk-secret")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        cache_key(**BASE, base_url="http://x")  # type: ignore[call-arg]


def test_round_trip_is_json(tmp_path: Path) -> None:
    """A stored entry comes back equal, and is stored as text, not a pickle."""
    cache = DraftCache(tmp_path)
    cache.set("k", {"draft": {"a": [1, "ی"]}})
    assert cache.get("k") == {"draft": {"a": [1, "ی"]}, "format": ENTRY_FORMAT}
    cache.close()
    with database(tmp_path / "cache.db") as db:
        (value,) = db.execute("SELECT value FROM Cache WHERE key = 'k'").fetchone()
    assert value == '{"draft": {"a": [1, "ی"]}, "format": "visitx-draft/1"}'


def test_pickled_entry_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pickle planted in the cache is never unpickled: it reads as a miss."""
    import diskcache

    planted = diskcache.Cache(str(tmp_path))
    planted.set("k", {"not": "json"})  # diskcache pickles dicts
    planted.close()
    with database(tmp_path / "cache.db") as db:
        mode = db.execute("SELECT mode FROM Cache WHERE key = 'k'").fetchone()[0]
    assert mode == diskcache.core.MODE_PICKLE
    unpickled: list[bool] = []
    original = pickle.load

    def spy(*args: Any, **kwargs: Any) -> Any:
        unpickled.append(True)
        return original(*args, **kwargs)

    monkeypatch.setattr(pickle, "load", spy)
    assert DraftCache(tmp_path).get("k") is None
    assert unpickled == []


@pytest.mark.parametrize(
    "stored", ['{"truncated": ', "[1, 2]", "\x00\x01", '{"article": {}, "visits": []}']
)
def test_corrupted_entry_is_a_miss(tmp_path: Path, stored: str) -> None:
    """An entry that is not a JSON object is a miss, not a crash."""
    import diskcache

    with diskcache.Cache(str(tmp_path)) as raw:  # the store under the cache, written as is
        raw.set("k", stored)
    assert DraftCache(tmp_path).get("k") is None


def test_unwritable_cache_dir_says_what_to_do(tmp_path: Path) -> None:
    """A cache path that cannot be a directory raises CacheError with a remedy."""
    from visitx import CacheError

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(CacheError, match="VISITX_CACHE_DIR"):
        DraftCache(blocker / "cache").get("k")
