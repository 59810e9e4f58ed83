"""The SDK clients of one `Provider`: one sync client, one async client per event loop.

An async client's connections belong to the loop that opened them, so each loop (each
`asyncio.run`, say) gets its own; clients of closed loops are dropped. A transport made
active by `use_transport()` gets clients of its own. Clients visitx built are closed by
it; a client the caller passed is copied with visitx's retry and timeout policy and
never closed (its connection pool is the caller's).
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from visitx.core.errors import ConfigurationError
from visitx.core.secrets import remember
from visitx.core.settings import Settings
from visitx.core.urls import guard_dependency_logs, remember_url, split_query
from visitx.llm.sdkload import load_openai_sdk

# (flavour "sync"/"async", the httpx2 client to use or None) -> a new SDK client
Build = Callable[[str, Any], Any]


@dataclasses.dataclass
class Entry:
    client: Any
    owned: bool
    loop: asyncio.AbstractEventLoop | None


class ClientPool:
    """Clients by (flavour, event loop, transport)."""

    def __init__(self, transport: Any = None) -> None:
        self.transport = transport
        self._entries: dict[tuple[Any, ...], Entry] = {}
        self._lock = threading.Lock()

    def get(self, flavour: str, build: Build, transport: Any = None) -> Any:
        """The client for `flavour` in this thread's loop, built by `build` when missing."""
        loop = asyncio.get_running_loop() if flavour == "async" else None
        transport = transport if transport is not None else self.transport
        key = (flavour, id(loop) if loop else None, id(transport) if transport else None)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                return entry.client
            for stale in [k for k, e in self._entries.items() if e.loop and e.loop.is_closed()]:
                del self._entries[stale]
            http = None
            if transport is not None:
                import httpx2

                http = (httpx2.Client if flavour == "sync" else httpx2.AsyncClient)(
                    transport=transport
                )
            try:
                client, owned = build(flavour, http)
            except Exception as exc:
                from visitx.llm.errmap import translate

                mapped = translate(exc)
                if mapped is None:
                    raise
                raise mapped from exc
            self._entries[key] = Entry(client, owned, loop)
            return client

    def close(self) -> None:
        """Close the sync clients visitx made (async ones close in their loop)."""
        with self._lock:
            entries = [self._entries.pop(k) for k in list(self._entries) if k[0] == "sync"]
        for entry in entries:
            if entry.owned:
                entry.client.close()

    async def aclose(self) -> None:
        """Close the async clients of the running loop."""
        loop = asyncio.get_running_loop()
        with self._lock:
            mine = [self._entries.pop(k) for k in list(self._entries) if k[1] == id(loop)]
        for entry in mine:
            if entry.owned:
                await entry.client.close()

    def clear(self) -> None:
        """Forget every client (their server is about to stop)."""
        with self._lock:
            self._entries.clear()


def openai_builder(
    given: Any, settings: Any, make: Callable[[type[Any], dict[str, Any]], Any]
) -> Build:
    """How `ClientPool` builds OpenAI clients: a copy of `given`, else `make(cls, options)`."""

    def build(flavour: str, http: Any) -> tuple[Any, bool]:
        load_openai_sdk()
        import openai

        wanted = openai.OpenAI if flavour == "sync" else openai.AsyncOpenAI
        options: dict[str, Any] = {} if http is None else {"http_client": http}
        if given is None:
            return make(wanted, options), True
        if not isinstance(given, wanted):
            other = "aextract/aextract_many" if flavour == "sync" else "extract"
            raise ConfigurationError(
                f"The client passed is a {type(given).__name__}; "
                f"{'extract' if flavour == 'sync' else 'aextract'} needs an "
                f"openai.{wanted.__name__} (the {type(given).__name__} is for {other})."
            )
        remember(getattr(given, "api_key", None))
        remember_url(str(getattr(given, "base_url", "") or ""))
        guard_dependency_logs()
        # A copy with visitx's retry and timeout policy; it shares the caller's
        # connection pool (unless a transport is active), so visitx never closes it.
        client = given.with_options(max_retries=0, timeout=settings.timeout, **options)
        return client, bool(options)

    return build


def url_options(base_url: str | None) -> dict[str, Any]:
    """`base_url` and `default_query` for an openai or anthropic client of `base_url`.

    Both SDKs append their path to the base URL as text, after a query; so the query
    goes as the client's default query, which they send with every request.
    """
    if base_url is None:
        return {"base_url": None}
    base, query = split_query(base_url)
    return {"base_url": base, "default_query": query} if query else {"base_url": base_url}


def api_key(settings: Settings, key_variables: tuple[str, ...] | None = None) -> str:
    """The key to send, or a `ConfigurationError` that says where keys come from.

    `key_variables` are the variables of a provider with an SDK of its own (None: OpenAI).
    Without a key, a server at `base_url` or a local model gets a placeholder. The key and
    the base URL's credentials are masked in every message and log line from now on, the
    dependencies' log lines included.
    """
    key = settings.resolved_api_key()
    remember(key)
    remember_url(settings.base_url)
    guard_dependency_logs()
    if key:
        return key
    if key_variables is not None and settings.base_url is None:
        names = " or ".join(key_variables)
        raise ConfigurationError(
            f"No API key found for {settings.model}. Set VISITX_API_KEY (or "
            f"{names}), or pass Settings(api_key=...)."
        )
    if settings.base_url is None and settings.model_path is None:
        raise ConfigurationError(
            "No API key found. Set VISITX_API_KEY (or OPENAI_API_KEY, or for "
            "anthropic/... and google/... models ANTHROPIC_API_KEY or GEMINI_API_KEY), "
            "pass Settings(api_key=...), point VISITX_BASE_URL at a local "
            "OpenAI-compatible server, or run a local GGUF model with "
            "Settings(model_path=...) / --model-path (pip install \".[local]\" from a "
            "clone). To see visitx work offline: `visitx demo`, or visitx.demo() in Python."
        )
    return "not-needed"  # local servers (Ollama, vLLM, llama.cpp) ignore the key


def is_openai(client: Any, endpoint: str) -> bool:
    """Whether requests go to OpenAI itself (or Azure OpenAI): auto mode asks for tools."""
    if client is not None:
        import openai  # the caller made a client: openai is loaded already, this costs nothing

        if isinstance(client, openai.AzureOpenAI | openai.AsyncAzureOpenAI):
            return True
    host = urlsplit(endpoint).hostname or ""
    return host == "api.openai.com" or host.endswith(".openai.azure.com")
