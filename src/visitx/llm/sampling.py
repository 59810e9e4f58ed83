"""Repetition controls for llama.cpp-family servers, and knowing when a server is one.

A small model decoding inside a JSON grammar at temperature 0 easily loops (the same
participant, the same clause, until the token limit). llama.cpp's DRY sampler and its
repeat penalty stop that; visitx turns both on for the local model it runs
(`Settings.model_path`, `visitx serve`) and sends them in the request body to a
llama.cpp server it reaches through `base_url` (llama-server, `visitx serve`). Whether
an endpoint is one is `Settings.llama_cpp`, or when that is None the server's answer to
`GET /props` (llama.cpp's server-properties route), asked once per endpoint and process.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlencode

from visitx.core.settings import Settings, provider_of
from visitx.core.urls import split_query

PROBE_TIMEOUT = 3.0
_known: dict[str, bool] = {}
_props: dict[str, dict[str, Any] | None] = {}
_lock = threading.Lock()


def server_sampling(settings: Settings) -> dict[str, float]:
    """The settings as llama.cpp's server-side sampling parameters (xllamacpp names)."""
    return {"penalty_repeat": settings.repeat_penalty, "dry_multiplier": settings.dry_multiplier}


def request_sampling(settings: Settings) -> dict[str, float]:
    """The settings as fields of a llama.cpp chat-completion request body."""
    return {"repeat_penalty": settings.repeat_penalty, "dry_multiplier": settings.dry_multiplier}


def keyed_sampling(settings: Settings) -> dict[str, float]:
    """The repetition controls a request may carry, for the draft cache key.

    Those of a local model, and of an endpoint reached through `base_url` unless
    `Settings.llama_cpp` is False (decided without asking the server, so a cache hit
    needs no request; an OpenAI-compatible server that is not llama.cpp then only misses
    when they change). Empty for OpenAI itself and the Anthropic and Gemini SDKs, which
    never get them.
    """
    if settings.model_path is None and (
        settings.base_url is None
        or settings.llama_cpp is False
        or provider_of(settings.model) is not None
    ):
        return {}
    return request_sampling(settings)


def forget() -> None:
    """Forget which endpoints are llama.cpp servers (for tests)."""
    with _lock:
        _known.clear()
        _props.clear()


def props_url(base_url: str) -> str:
    """llama.cpp's `/props` for an OpenAI-style base URL (`.../v1` or the server root),
    with the base URL's query after it."""
    root, query = split_query(base_url)
    root = root.rstrip("/")
    if root.endswith("/v1"):
        root = root[: -len("/v1")]
    return root + "/props" + (f"?{urlencode(query)}" if query else "")


def is_llama_cpp(settings: Settings, endpoint: str, transport: Any = None) -> bool:
    """Whether `settings.base_url` is a llama.cpp server (explicit, remembered, or asked).

    With a `transport` injected (`use_transport()`, `visitx.testing.replay()`, a mock) the
    endpoint is not real, so it is not asked: only `Settings.llama_cpp` says so then.
    """
    if settings.llama_cpp is not None:
        return settings.llama_cpp
    if settings.model_path is not None:
        return True
    if settings.base_url is None or transport is not None:
        return False
    with _lock:
        known = _known.get(endpoint)
    if known is None:
        known = _props_of(props_url(settings.base_url)) is not None
        with _lock:
            _known[endpoint] = known
    return known


def slots(settings: Settings) -> int | None:
    """How many requests the llama.cpp server at `base_url` answers at once, else None.

    llama.cpp answers one request per slot (`total_slots` in `/props`; one by default)
    and queues the others, and a queued request's time-out runs while it waits: sending
    more articles at once than it has slots makes the later ones time out.
    """
    if settings.base_url is None or settings.model_path is not None or settings.llama_cpp is False:
        return None
    count = (_props_of(props_url(settings.base_url)) or {}).get("total_slots")
    return count if isinstance(count, int) and count >= 1 else None


def served_model(settings: Settings) -> str | None:
    """The name the llama.cpp server at `base_url` answers with, else None.

    llama.cpp serves one model and names it in every answer (`model_alias` in `/props`)
    whatever model the request names, so records made through it carry that name rather
    than `Settings.model`.
    """
    if settings.base_url is None or settings.model_path is not None or settings.llama_cpp is False:
        return None
    alias = (_props_of(props_url(settings.base_url)) or {}).get("model_alias")
    return alias if isinstance(alias, str) and alias else None


def _props_of(url: str) -> dict[str, Any] | None:
    """The `/props` of a llama.cpp server at `url` (asked once per process), else None."""
    with _lock:
        if url in _props:
            return _props[url]
    props = _probe(url)
    with _lock:
        _props[url] = props
    return props


def _probe(url: str) -> dict[str, Any] | None:
    import httpx2

    # Over plain HTTP (a local server) no TLS is ever used, and the probe follows no
    # redirect: loading the certificate store for it would be 40-70 ms of CPU spent on
    # the way to a process's first request.
    verify = url.lower().startswith("https:")
    try:
        with httpx2.Client(timeout=PROBE_TIMEOUT, verify=verify) as client:
            response = client.get(url)
            props = response.json() if response.status_code == 200 else None
    except Exception:
        return None
    if isinstance(props, dict) and "default_generation_settings" in props:
        return props
    return None
