"""The provider boundary: the one module that talks to a model server.

It shapes the request for the mode (tool call, `json_schema`, JSON mode with the schema
where the server takes it, fenced JSON), runs instructor (which re-asks on invalid
drafts), retries transport failures below instructor (`llm.retry`), applies client-side
limits (`llm.limits`), sends a llama.cpp server no more requests at once than it has
slots (`llm.slots`) and keeps one client per event loop (`llm.clients`, `llm.connection`).
What it sends is built in `llm.outgoing`. `Provider.ask()` takes the rendered messages
and the article and returns an `Answer`: the validated draft and what it cost. It builds
no records; the deterministic layer never imports it.

OpenAI-compatible servers go through the `openai` SDK; `anthropic/...` and `google/...`
models through their own SDKs (`llm.claude`, `llm.gemini`), with the same retries,
limits, re-asks and error classes (`llm.sdkerrors`).

Tests and `visitx.testing.replay()` reach it through `use_transport()`: an httpx2
transport that every client this module builds uses while it is active, including
clients built before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.core.errors import truncated
from visitx.core.settings import Settings
from visitx.llm import chatpost, compat, sampling
from visitx.llm.clients import is_openai
from visitx.llm.connection import Connection
from visitx.llm.errmap import translate
from visitx.llm.failures import (
    is_response_format_rejection,
    no_json_is_provider_error,
    not_a_completion,
)
from visitx.llm.limits import Limits
from visitx.llm.outgoing import Outgoing
from visitx.llm.prompt import Messages
from visitx.llm.retry import Backoff, describe, within
from visitx.llm.salvage import best_draft, salvage_warning
from visitx.llm.sdkerrors import openai_shaped
from visitx.llm.sdkload import load_openai_sdk
from visitx.llm.sdks import sdk_for
from visitx.llm.slots import SlotGate
from visitx.llm.wire import (
    CALL,
    OPENAI_ENDPOINT,
    Answer,
    Call,
    Reading,
    active_transport,
    current_call,
    endpoint_of,
    instructor_draft,
    openai_reading,
    schema_text,
    strip_fences,
    use_transport,
)
from visitx.record.draft import checked_against
from visitx.text.language import start_loading

if TYPE_CHECKING:
    from visitx.llm.local import LocalServer

__all__ = [
    "OPENAI_ENDPOINT",
    "Answer",
    "Provider",
    "endpoint_of",
    "forget_endpoints",
    "instructor_draft",
    "schema_text",
    "strip_fences",
    "use_transport",
]

log = logging.getLogger("visitx")
# instructor logs every failed attempt at ERROR, including the ones visitx handles (re-asks,
# retried 429s). Without a handler of their own those records reach Python's last-resort
# handler and print to stderr; a NullHandler keeps them for applications that configure
# logging, and quiet otherwise.
logging.getLogger("instructor").addHandler(logging.NullHandler())

_INSTRUCTOR_MODES = compat.INSTRUCTOR_MODES


def forget_endpoints() -> None:
    """Forget what endpoints rejected and which are llama.cpp servers (for tests)."""
    compat.forget()
    sampling.forget()


class Provider:
    """One configured model endpoint: `ask()` for a draft, `aask()` in an event loop.

    `slots` is its `SlotGate`: how many requests a llama.cpp server at `base_url` is sent
    at once (set `slots.on_wait` to hear when requests first wait for a slot).
    """

    def __init__(self, settings: Settings, *, client: Any = None, transport: Any = None) -> None:
        self.settings = settings
        self._given = client
        self.sdk = sdk_for(settings) if client is None else None
        self._connection = Connection(settings, self.sdk, client, transport)
        self.slots = SlotGate(settings)
        self._patched: dict[tuple[str, bool], Callable[..., Any]] = {}
        self.backoff = Backoff(
            max_retries=settings.max_retries,
            max_seconds=settings.max_retry_seconds,
            timeout=settings.timeout,
        )
        self.limits = Limits(
            requests_per_minute=settings.requests_per_minute,
            tokens_per_minute=settings.tokens_per_minute,
        )
        given_url = getattr(client, "base_url", None) if client is not None else None
        if settings.model_path is not None and client is None:
            # The local server's port changes from run to run; the model file does not.
            self.endpoint = "local:" + str(Path(settings.model_path).expanduser().resolve())
        elif self.sdk is not None:
            self.endpoint = endpoint_of(settings.base_url, self.sdk.endpoint)
        else:
            self.endpoint = endpoint_of(str(given_url) if given_url else settings.base_url)
        self.is_openai = self.sdk is None and is_openai(client, self.endpoint)
        self.outgoing = Outgoing(settings, self.sdk, self.is_openai, self.endpoint)

    # -- what is sent ----------------------------------------------------------------------

    def mode(self) -> str:
        """The mode the next request uses (auto mode resolved for this endpoint)."""
        return self.outgoing.mode()

    def request_body(self, messages: Messages, mode: str) -> dict[str, Any]:
        """The body a live request in `mode` sends (for batch files): a chat completion's,
        or for an SDK of its own (`anthropic/...`) that SDK's request parameters."""
        return self.outgoing.body(messages, mode)

    def _server(self) -> tuple[bool, Any]:
        """Whether requests go to a server that may be llama.cpp (not an SDK of its own,
        OpenAI, or a client the caller made), and the transport they go through."""
        may_be = self.sdk is None and not self.is_openai and self._given is None
        return may_be, active_transport(self._connection.pool.transport)

    def _real_server(self) -> bool:
        """Whether a request waits for a slot: one to a real server that may be llama.cpp."""
        may_be, transport = self._server()
        return may_be and transport is None

    def _sampling(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """A llama.cpp server's request also carries the repetition controls."""
        may_be, transport = self._server()
        if not may_be or not sampling.is_llama_cpp(self.settings, self.endpoint, transport):
            return kwargs
        extra = dict(kwargs.get("extra_body") or {})
        extra.update(sampling.request_sampling(self.settings))
        return {**kwargs, "extra_body": extra}

    def _estimate(self, kwargs: dict[str, Any]) -> float:
        if self.limits.tokens is None:
            return 0.0
        sent = kwargs.get("messages") or kwargs.get("contents") or []
        chars = len(str(kwargs.get("system") or "")) + sum(len(str(m)) for m in sent)
        # About four characters a token, plus the longest answer allowed.
        return chars / 4 + self.settings.max_tokens

    def _read(self, completion: Any) -> Reading:
        return self.sdk.read(completion) if self.sdk is not None else openai_reading(completion)

    # -- asking ---------------------------------------------------------------------------

    def ask(self, messages: Messages, article: str) -> Answer:
        """The model's validated draft for one article (sync client)."""
        start_loading()  # the record's language check: the model loads while this one asks
        call = Call(mode=self.mode())
        token = CALL.set(call)
        try:
            while True:
                try:
                    with checked_against(article):
                        create = self._patched_create(call.mode, False)
                        draft = create(**self.outgoing.request(messages))
                except Exception as exc:
                    if self._adapt(call, exc):
                        continue
                    return self._salvage(exc, call, article)
                return call.answer(draft, [])
        finally:
            CALL.reset(token)

    async def aask(self, messages: Messages, article: str) -> Answer:
        """`ask` for the async client of the running event loop."""
        start_loading()
        call = Call(mode=self.mode())
        token = CALL.set(call)
        try:
            while True:
                try:
                    with checked_against(article):
                        create = self._patched_create(call.mode, True)
                        draft = await create(**self.outgoing.request(messages))
                except Exception as exc:
                    if self._adapt(call, exc):
                        continue
                    return self._salvage(exc, call, article)
                return call.answer(draft, [])
        finally:
            CALL.reset(token)

    def _patched_create(self, mode: str, is_async: bool) -> Callable[..., Any]:
        """instructor's create for a mode, built once; requests go through `_send`."""
        key = (mode, is_async)
        patched = self._patched.get(key)
        if patched is None:
            load_openai_sdk()  # the first request's SDK import, with the collector paused
            import instructor

            create = self._send_async if is_async else self._send_sync
            if self.sdk is not None:
                wanted, provider = self.sdk.instructor_mode(mode)
                patched = instructor.patch(create=create, mode=wanted, provider=provider)
            else:
                wanted = instructor.Mode[_INSTRUCTOR_MODES[mode]]
                patched = instructor.patch(create=create, mode=wanted)
            self._patched[key] = patched
        return patched

    def _send_sync(self, **kwargs: Any) -> Any:
        call = current_call()
        kwargs = self._sampling(self.outgoing.shape(kwargs, call.mode))
        estimate = self._estimate(kwargs)
        client = self.client("sync")

        def send() -> Any:
            if self.limits.active:
                self.limits.acquire(estimate)
            if self.sdk is None:
                with no_json_is_provider_error():
                    return chatpost.create(client, kwargs)
            with openai_shaped():
                return self.sdk.create(client, kwargs)

        # The slot is held per attempt, only while a request is in flight: a request
        # sleeping its back-off leaves the server to the others (`Backoff.call`).
        real = self._real_server()
        completion = self.backoff.call(send, hold=lambda: self.slots.slot(real))
        return self._received(call, completion, estimate)

    async def _send_async(self, **kwargs: Any) -> Any:
        call = current_call()
        # The first request to an endpoint may ask it `GET /props` (once per process, a few
        # milliseconds from a local server); not in a worker thread, which an interrupted
        # run would leave behind at interpreter exit.
        kwargs = self._sampling(self.outgoing.shape(kwargs, call.mode))
        estimate = self._estimate(kwargs)
        client = self.client("async")

        async def send() -> Any:
            if self.limits.active:
                await self.limits.aacquire(estimate)
            # The whole answer within the time-out, not only each read of it (`within`).
            if self.sdk is None:
                with no_json_is_provider_error():
                    return await within(self.settings.timeout, chatpost.acreate(client, kwargs))
            with openai_shaped():
                return await within(self.settings.timeout, self.sdk.acreate(client, kwargs))

        real = self._real_server()
        completion = await self.backoff.acall(send, hold=lambda: self.slots.aslot(real))
        return self._received(call, completion, estimate)

    def _received(self, call: Call, completion: Any, estimate: float) -> Any:
        if self.sdk is None and not getattr(completion, "choices", None):
            raise not_a_completion(completion)
        reading = self._read(completion)
        call.count(reading)
        used = reading.usage.total_tokens if reading.usage is not None else 0
        self.limits.settle(estimate, used)
        if call.finish_reason == "length":
            raise truncated(self.settings.max_tokens, reading.raw)
        return completion

    def _adapt(self, call: Call, exc: BaseException) -> bool:
        """After a rejected structured-output option, whether to ask again in another shape."""
        cause = _root(exc)
        if self.sdk is not None or not is_response_format_rejection(cause):
            return False
        mode = compat.after_rejection(self.endpoint, call.mode, self.settings.mode)
        if mode is None:
            return False
        call.mode = mode
        log.info("visitx: %s rejected %s; asking in JSON mode", self.endpoint, describe(cause))
        return True

    def _salvage(self, exc: Exception, call: Call, article: str) -> Answer:
        """Keep the best draft of the right shape when the re-asks end without a valid one.

        The re-asks may run out, or a re-ask may fail (time-out, provider error, an answer
        cut off): either way the earlier answer with the fewest problems becomes the
        record, its bad values flagged. With no draft of the right shape, the error stands.
        """
        mapped = translate(exc, max_tokens=self.settings.max_tokens)
        if mapped is None:
            raise exc
        draft = best_draft(exc, mapped, article, self._read)
        if draft is None:
            raise call.charge(mapped) from exc
        return call.answer(draft, [salvage_warning(mapped, self.settings.max_reasks)])

    # -- clients --------------------------------------------------------------------------

    def client(self, flavour: str = "sync") -> Any:
        """The SDK client requests go through: `"sync"`, or `"async"` for the running event
        loop (one per loop). Built on first use and kept until `close()`; with
        `Settings.model_path` the first one starts the local server. A client passed to
        the `Extractor` comes back as visitx's copy (its retries and time-out)."""
        return self._connection.client(flavour)

    @property
    def local_server(self) -> LocalServer | None:
        """The in-process llama.cpp server of `Settings.model_path`, once the first client
        has started it (None before, after `close()`, and without `model_path`). Shared
        with other extractors of the same model file: read it, do not stop it."""
        return self._connection.local_server

    def check(self) -> None:
        """Raise `ConfigurationError` now if no client could be built (no key, no URL).

        With `model_path` set, also check the extra, the model file and memory.
        """
        self._connection.check()

    def api_key(self) -> str:
        """The key every client of this endpoint sends (live calls and provider batches).

        `Settings.api_key`, else `VISITX_API_KEY`, else the provider's own variable; a
        local server needs none. Raises `ConfigurationError` when a provider is called
        without one.
        """
        return self._connection.api_key()

    def close(self) -> None:
        """Close the sync clients visitx made; async ones close in their loop (`aclose`)."""
        self._connection.close()

    async def aclose(self) -> None:
        """Close the async clients of the running loop, then the sync ones."""
        await self._connection.aclose()


def _root(exc: BaseException) -> BaseException:
    """The provider's own error behind instructor's wrapper, if there is one."""
    return exc.__cause__ if exc.__cause__ is not None else exc
