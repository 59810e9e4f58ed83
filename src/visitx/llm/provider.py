"""The provider boundary: the one module that talks to a model server.

It shapes the request for the mode (tool call, `json_schema`, JSON mode with the schema
where the server takes it, fenced JSON), runs instructor (which re-asks on invalid
drafts), retries transport failures below instructor (`_retry`), applies client-side
limits (`_limits`) and keeps one client per event loop. `Provider.ask()` takes the
rendered messages and the article and returns an `Answer`: the validated draft and what
it cost. It builds no records; the deterministic layer never imports it.

Tests and `visitx.testing.replay()` reach it through `use_transport()`: an httpx2
transport that every client this module builds uses while it is active, including
clients built before.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import functools
import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from visitx.core.errors import ConfigurationError, ExtractionError, VisitxError, truncated
from visitx.core.models import Usage
from visitx.core.settings import Settings
from visitx.llm.errmap import raw_output_of, translate
from visitx.llm.failures import is_response_format_rejection
from visitx.llm.limits import Limits
from visitx.llm.prompt import Messages
from visitx.llm.retry import Backoff, describe
from visitx.record.draft import Draft, checked_against, find_problems

log = logging.getLogger("visitx")
# instructor logs every failed attempt at ERROR, including the ones visitx handles (re-asks,
# retried 429s). Without a handler of their own those records reach Python's last-resort
# handler and print to stderr; a NullHandler keeps them for applications that configure
# logging, and quiet otherwise.
logging.getLogger("instructor").addHandler(logging.NullHandler())
_KEEPING: ContextVar[bool] = ContextVar("visitx_keeping", default=False)
for _name in ("instructor.v2.retry", "instructor.core.retry"):  # where it logs attempts
    logging.getLogger(_name).addFilter(lambda record: not _KEEPING.get())

OPENAI_ENDPOINT = "https://api.openai.com/v1"
# visitx's `json` mode is instructor's JSON_SCHEMA handling (parse, re-ask) with the
# request reshaped to `json_object` in `_shape`.
_INSTRUCTOR_MODES = {"tools": "TOOLS", "json_schema": "JSON_SCHEMA", "json": "JSON_SCHEMA",
                     "md_json": "MD_JSON"}
_SCHEMA_NOTE = (
    "Answer with one JSON object (no prose, no code fence) that matches this JSON schema:\n"
)

# What each endpoint turned out to accept, for every extractor of this process.
_memory_lock = threading.Lock()
_json_mode_endpoints: set[str] = set()  # rejected `json_schema`: auto mode uses `json`
_plain_json_endpoints: set[str] = set()  # rejected a `schema` key in `json_object`
_transports: list[Any] = []


def forget_endpoints() -> None:
    """Forget what endpoints rejected (for tests)."""
    with _memory_lock:
        _json_mode_endpoints.clear()
        _plain_json_endpoints.clear()


@contextlib.contextmanager
def use_transport(transport: Any) -> Iterator[None]:
    """Send every request of the clients visitx builds through `transport` (an httpx2 one)."""
    _transports.append(transport)
    try:
        yield
    finally:
        _transports.remove(transport)


@dataclasses.dataclass
class Answer:
    """A validated draft and what it cost."""

    draft: Draft
    mode: str
    attempts: int
    usage: Usage
    model: str | None
    finish_reason: str | None
    warnings: list[str]
    # (the language the article's text shows, the guesser's version): filled by the
    # record builder, stored with the draft so a cache hit need not guess again.
    text_language: tuple[str | None, str] | None = None


@dataclasses.dataclass
class _Call:
    """The completions of one article (a first answer and its re-asks)."""

    mode: str
    attempts: int = 0
    usage: Usage = dataclasses.field(default_factory=Usage)
    model: str | None = None
    finish_reason: str | None = None
    estimate: float = 0.0

    def count(self, completion: Any) -> None:
        self.attempts += 1
        self.model = getattr(completion, "model", None) or self.model
        choices = getattr(completion, "choices", None) or []
        self.finish_reason = getattr(choices[0], "finish_reason", None) if choices else None
        usage = getattr(completion, "usage", None)
        if usage is not None:
            self.usage = self.usage + Usage(
                prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                total_tokens=getattr(usage, "total_tokens", 0) or 0,
            )

    def charge(self, error: VisitxError) -> VisitxError:
        error.attempts, error.usage = self.attempts, self.usage
        return error


_CALL: ContextVar[_Call | None] = ContextVar("visitx_call", default=None)


def endpoint_of(base_url: str | None) -> str:
    """The endpoint as the cache key names it: the base URL without credentials or query."""
    if not base_url:
        return OPENAI_ENDPOINT
    parts = urlsplit(str(base_url).strip())
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme.lower(), netloc.lower(), parts.path.rstrip("/"), "", ""))


@functools.cache
def instructor_draft() -> type[Draft]:
    """`Draft` with instructor's schema mixin, built once.

    Given a plain model, instructor derives a new class from it on every request; a class
    that already carries the mixin is used as it is, so its schemas are cached.
    """
    import instructor

    class InstructorDraft(Draft, instructor.OpenAISchema):
        """The model's answer for one article."""

    InstructorDraft.__name__ = InstructorDraft.__qualname__ = "Draft"
    return InstructorDraft


@functools.cache
def schema_text() -> str:
    """The draft schema as compact JSON, for prompts of servers that do not enforce it."""
    return json.dumps(Draft.model_json_schema(), ensure_ascii=False, separators=(",", ":"))


class Provider:
    """One configured model endpoint: `ask()` for a draft, `aask()` in an event loop."""

    def __init__(self, settings: Settings, *, client: Any = None, transport: Any = None) -> None:
        self.settings = settings
        self._given = client
        self._transport = transport
        self._clients: dict[tuple[Any, ...], _Client] = {}
        self._lock = threading.Lock()
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
        self._local: Any = None  # the in-process llama.cpp server when model_path is set
        given_url = getattr(client, "base_url", None) if client is not None else None
        if settings.model_path is not None and client is None:
            # The local server's port changes from run to run; the model file does not.
            self.endpoint = "local:" + str(Path(settings.model_path).expanduser().resolve())
        else:
            self.endpoint = endpoint_of(str(given_url) if given_url else settings.base_url)
        self.is_openai = _is_openai(client, self.endpoint)

    # -- what is sent ----------------------------------------------------------------------

    def mode(self) -> str:
        """The mode the next request uses (auto mode resolved for this endpoint)."""
        mode = self.settings.mode
        if mode != "auto":
            return mode
        if self.is_openai:
            return "tools"
        return "json" if self.endpoint in _json_mode_endpoints else "json_schema"

    def _request(self, messages: Messages) -> dict[str, Any]:
        limit = "max_completion_tokens" if self.is_openai else "max_tokens"
        return {
            "model": self.settings.model,
            "messages": [
                {"role": "system", "content": messages.system},
                {"role": "user", "content": messages.user},
            ],
            "response_model": instructor_draft(),
            "max_retries": self.settings.max_reasks,
            "temperature": self.settings.temperature,
            limit: self.settings.max_tokens,
        }

    def _shape(self, kwargs: dict[str, Any], mode: str) -> dict[str, Any]:
        """The request as sent: JSON mode asks for `json_object`, with the schema as well."""
        if mode != "json":
            return kwargs
        shaped = dict(kwargs)
        schema = shaped["response_format"]["json_schema"]["schema"]
        if self.endpoint in _plain_json_endpoints:
            shaped["response_format"] = {"type": "json_object"}
        else:
            # llama.cpp servers (upstream and llama-cpp-python) constrain the output to it.
            shaped["response_format"] = {"type": "json_object", "schema": schema}
        messages = list(shaped["messages"])
        first = dict(messages[0])
        first["content"] = f"{first['content']}\n\n{_SCHEMA_NOTE}{schema_text()}"
        messages[0] = first
        shaped["messages"] = messages
        return shaped

    def request_body(self, messages: Messages, mode: str) -> dict[str, Any]:
        """The `/v1/chat/completions` body a live request in `mode` sends (for batch files).

        Built by instructor's public `patch()` around a create function that keeps the
        request instead of sending it: the same path as a live call, so the same body.
        """
        import instructor

        kept: list[dict[str, Any]] = []

        def keep(**kwargs: Any) -> Any:
            kept.append(self._shape(kwargs, mode))
            raise _Kept

        create = instructor.patch(create=keep, mode=instructor.Mode[_INSTRUCTOR_MODES[mode]])
        token = _KEEPING.set(True)  # instructor logs the "failed" call: not a failure here
        try:
            with contextlib.suppress(Exception):  # _Kept, maybe wrapped by instructor
                create(**{**self._request(messages), "max_retries": 1})
        finally:
            _KEEPING.reset(token)
        if not kept:  # pragma: no cover - instructor always calls create once
            raise RuntimeError("visitx: instructor did not build a request")
        return kept[0]

    def _estimate(self, kwargs: dict[str, Any]) -> float:
        if self.limits.tokens is None:
            return 0.0
        chars = sum(len(str(m.get("content") or "")) for m in kwargs.get("messages", []))
        # About four characters a token, plus the longest answer allowed.
        return chars / 4 + self.settings.max_tokens

    # -- asking ---------------------------------------------------------------------------

    def ask(self, messages: Messages, article: str) -> Answer:
        """The model's validated draft for one article (sync client)."""
        call = _Call(mode=self.mode())
        token = _CALL.set(call)
        try:
            while True:
                try:
                    with checked_against(article):
                        draft = self._patched_create(call.mode, False)(**self._request(messages))
                except Exception as exc:
                    if self._adapt(call, exc):
                        continue
                    return self._salvage(exc, call, article)
                return self._answer(call, draft, [])
        finally:
            _CALL.reset(token)

    async def aask(self, messages: Messages, article: str) -> Answer:
        """`ask` for the async client of the running event loop."""
        call = _Call(mode=self.mode())
        token = _CALL.set(call)
        try:
            while True:
                try:
                    with checked_against(article):
                        create = self._patched_create(call.mode, True)
                        draft = await create(**self._request(messages))
                except Exception as exc:
                    if self._adapt(call, exc):
                        continue
                    return self._salvage(exc, call, article)
                return self._answer(call, draft, [])
        finally:
            _CALL.reset(token)

    def _patched_create(self, mode: str, is_async: bool) -> Callable[..., Any]:
        """instructor's create for a mode, built once; requests go through `_send`."""
        key = (mode, is_async)
        patched = self._patched.get(key)
        if patched is None:
            import instructor

            create = self._send_async if is_async else self._send_sync
            patched = instructor.patch(
                create=create, mode=instructor.Mode[_INSTRUCTOR_MODES[mode]]
            )
            self._patched[key] = patched
        return patched

    def _send_sync(self, **kwargs: Any) -> Any:
        call = _current()
        kwargs = self._shape(kwargs, call.mode)
        estimate = self._estimate(kwargs)
        client = self._client("sync")

        def send() -> Any:
            if self.limits.active:
                self.limits.acquire(estimate)
            return client.chat.completions.create(**kwargs)

        return self._received(call, self.backoff.call(send), estimate)

    async def _send_async(self, **kwargs: Any) -> Any:
        call = _current()
        kwargs = self._shape(kwargs, call.mode)
        estimate = self._estimate(kwargs)
        client = self._client("async")

        async def send() -> Any:
            if self.limits.active:
                await self.limits.aacquire(estimate)
            return await client.chat.completions.create(**kwargs)

        return self._received(call, await self.backoff.acall(send), estimate)

    def _received(self, call: _Call, completion: Any, estimate: float) -> Any:
        call.count(completion)
        used = getattr(getattr(completion, "usage", None), "total_tokens", 0) or 0
        self.limits.settle(estimate, used)
        if call.finish_reason == "length":
            raise truncated(self.settings.max_tokens, raw_output_of(completion))
        return completion

    def _adapt(self, call: _Call, exc: BaseException) -> bool:
        """After a rejected structured-output option, whether to ask again in another shape."""
        cause = _root(exc)
        if not is_response_format_rejection(cause):
            return False
        with _memory_lock:
            if call.mode == "json_schema" and self.settings.mode == "auto":
                _json_mode_endpoints.add(self.endpoint)
                call.mode = "json"
            elif call.mode == "json" and self.endpoint not in _plain_json_endpoints:
                _plain_json_endpoints.add(self.endpoint)
            else:
                return False
        log.info("visitx: %s rejected %s; asking in JSON mode", self.endpoint, describe(cause))
        return True

    def _answer(self, call: _Call, draft: Draft, warnings: list[str]) -> Answer:
        return Answer(
            draft=draft,
            mode=call.mode,
            attempts=call.attempts,
            usage=call.usage,
            model=call.model,
            finish_reason=call.finish_reason,
            warnings=warnings,
        )

    def _salvage(self, exc: Exception, call: _Call, article: str) -> Answer:
        """Keep the best draft of the right shape when the re-asks end without a valid one.

        The re-asks may run out, or a re-ask may fail (time-out, provider error, an answer
        cut off): either way the earlier answer with the fewest problems becomes the
        record, its bad values flagged. With no draft of the right shape, the error stands.
        """
        mapped = translate(exc, max_tokens=self.settings.max_tokens)
        if mapped is None:
            raise exc
        best: tuple[int, Draft] | None = None
        raws: list[str] = []
        for attempt in getattr(exc, "failed_attempts", None) or []:
            raw = raw_output_of(attempt.completion)
            if raw is None:
                continue
            raws.append(raw)
            try:
                draft = Draft.model_validate_json(strip_fences(raw))
            except ValueError:
                continue
            problems = sum(1 for _ in find_problems(draft, article, language=draft.language))
            if best is None or problems < best[0]:
                best = (problems, draft)
        if best is None:
            if isinstance(mapped, ExtractionError):
                mapped.errors = list(dict.fromkeys(mapped.errors))
                if mapped.raw_output is None and raws:
                    mapped.raw_output = raws[-1]
            raise call.charge(mapped) from exc
        if isinstance(mapped, ExtractionError) and not mapped.errors[0].startswith("finish"):
            warning = (
                f"the model's answer still had problems after {self.settings.max_reasks} "
                "re-ask(s); the values it could not fix are flagged"
            )
        else:
            first = str(mapped).split(". ")[0].rstrip(".")
            warning = (
                f"a re-ask failed ({first}); the best earlier answer is kept and the values "
                "it could not fix are flagged"
            )
        return self._answer(call, best[1], [warning])

    # -- clients --------------------------------------------------------------------------

    def _client(self, flavour: str) -> Any:
        """The sync client, or the async client of the running event loop.

        An async client's connections belong to the loop that opened them, so each loop
        (each `asyncio.run`, say) gets its own; clients of closed loops are dropped. A
        transport made active by `use_transport()` gets clients of its own.
        """
        import openai

        loop = asyncio.get_running_loop() if flavour == "async" else None
        transport = _transports[-1] if _transports else self._transport
        key = (flavour, id(loop) if loop else None, id(transport) if transport else None)
        with self._lock:
            entry = self._clients.get(key)
            if entry is not None:
                return entry.client
            for stale in [k for k, c in self._clients.items() if c.loop and c.loop.is_closed()]:
                del self._clients[stale]
            wanted = openai.OpenAI if flavour == "sync" else openai.AsyncOpenAI
            options: dict[str, Any] = {}
            if transport is not None:
                import httpx2

                http = httpx2.Client if flavour == "sync" else httpx2.AsyncClient
                options["http_client"] = http(transport=transport)
            given = self._given
            if given is not None:
                if not isinstance(given, wanted):
                    other = "aextract/aextract_many" if flavour == "sync" else "extract"
                    raise ConfigurationError(
                        f"The client passed is a {type(given).__name__}; "
                        f"{'extract' if flavour == 'sync' else 'aextract'} needs an "
                        f"openai.{wanted.__name__} (the {type(given).__name__} is for {other})."
                    )
                # A copy with visitx's retry and timeout policy; it shares the caller's
                # connection pool (unless a transport is active), so visitx never closes it.
                client = given.with_options(
                    max_retries=0, timeout=self.settings.timeout, **options
                )
                owned = bool(options)
            else:
                client = self._make_client(wanted, options)
                owned = True
            self._clients[key] = _Client(client, owned, loop)
            return client

    def check(self) -> None:
        """Raise `ConfigurationError` now if no client could be built (no key, no URL).

        With `model_path` set, also check the extra, the model file and memory.
        """
        if self._given is None:
            self.api_key()
        if self.settings.model_path is not None:
            from visitx.llm import local as _local

            _local.check_settings(self.settings)

    def api_key(self) -> str:
        """The key every client of this endpoint sends (live calls and provider batches).

        `Settings.api_key`, else `VISITX_API_KEY`, else `OPENAI_API_KEY`; a local server
        needs none. Raises `ConfigurationError` when OpenAI itself is called without one.
        """
        key = self.settings.resolved_api_key()
        if key:
            return key
        if self.settings.base_url is None and self.settings.model_path is None:
            raise ConfigurationError(
                "No API key found. Set VISITX_API_KEY (or OPENAI_API_KEY), pass "
                "Settings(api_key=...), or point VISITX_BASE_URL at a local "
                "OpenAI-compatible server. To see visitx work offline, run `visitx demo`."
            )
        return "not-needed"  # local servers (Ollama, vLLM, llama.cpp) ignore the key

    def _make_client(self, cls: type[Any], options: dict[str, Any]) -> Any:
        key = self.api_key()
        base_url = self.settings.base_url
        if self.settings.model_path is not None:
            from visitx.llm import local as _local

            if self._local is None:
                self._local = _local.acquire(self.settings)
            base_url = self._local.base_url
        try:
            return cls(
                api_key=key,
                base_url=base_url,
                timeout=self.settings.timeout,
                max_retries=0,  # retries are visitx's (see _retry), so layers do not multiply
                **options,
            )
        except Exception as exc:
            mapped = translate(exc)
            if mapped is None:
                raise
            raise mapped from exc

    def close(self) -> None:
        """Close the sync clients visitx made; async ones close in their loop (`aclose`)."""
        with self._lock:
            sync = [k for k in self._clients if k[0] == "sync"]
            entries = [self._clients.pop(k) for k in sync]
        for entry in entries:
            if entry.owned:
                entry.client.close()
        if self._local is not None:
            from visitx.llm import local as _local

            local, self._local = self._local, None
            with self._lock:
                self._clients.clear()  # they talk to the server that is about to stop
            _local.release(local)

    async def aclose(self) -> None:
        """Close the async clients of the running loop, then the sync ones."""
        loop = asyncio.get_running_loop()
        with self._lock:
            mine = [k for k in self._clients if k[1] == id(loop)]
            entries = [self._clients.pop(k) for k in mine]
        for entry in entries:
            if entry.owned:
                await entry.client.close()
        self.close()


class _Kept(Exception):
    """The request body is kept; nothing is sent."""


@dataclasses.dataclass
class _Client:
    client: Any
    owned: bool
    loop: asyncio.AbstractEventLoop | None


def _current() -> _Call:
    call = _CALL.get()
    if call is None:  # pragma: no cover - only Provider.ask/aask call the patched create
        raise RuntimeError("visitx: a request was sent outside Provider.ask")
    return call


def _root(exc: BaseException) -> BaseException:
    """The provider's own error behind instructor's wrapper, if there is one."""
    return exc.__cause__ if exc.__cause__ is not None else exc


def _is_openai(client: Any, endpoint: str) -> bool:
    if client is not None:
        import openai  # the caller made a client: openai is loaded already, this costs nothing

        if isinstance(client, openai.AzureOpenAI | openai.AsyncAzureOpenAI):
            return True
    host = urlsplit(endpoint).hostname or ""
    return host == "api.openai.com" or host.endswith(".openai.azure.com")


def strip_fences(raw: str) -> str:
    """The JSON inside a Markdown code fence, or the text as it is."""
    import re

    match = re.search(r"```(?:json)?\s*(.*?)```", raw, re.DOTALL)
    return match.group(1).strip() if match else raw.strip()
