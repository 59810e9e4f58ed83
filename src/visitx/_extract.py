"""`Extractor`: settings and a client, turning one article into an `Extraction`.

The flow for one article: check the input, look in the cache, render the prompt, ask the
model through instructor (which re-asks on invalid drafts; transport failures are retried
one layer below, in `_retry`), build the record deterministically, store it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import logging
import re
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._cache import ResultCache, cache_key
from ._draft import Draft, instructor_draft
from ._errors import (
    ConfigurationError,
    ExtractionError,
    InputError,
    map_exceptions,
    translate,
)
from ._models import Article, Extraction, Meta, Usage
from ._prompt import DEFAULT_PROMPT, Messages, load_prompt
from ._record import build_visits
from ._retry import Backoff, describe
from ._settings import Settings

if TYPE_CHECKING:
    import openai

log = logging.getLogger("visitx")
# instructor logs every failed attempt at ERROR, including the ones visitx handles (re-asks,
# retried 429s). Without a handler of their own those records reach Python's last-resort
# handler and print to stderr; a NullHandler keeps them for applications that configure
# logging, and quiet otherwise.
logging.getLogger("instructor").addHandler(logging.NullHandler())

_INSTRUCTOR_MODES = {
    "tools": "TOOLS",
    "json_schema": "JSON_SCHEMA",
    "json": "JSON",
    "md_json": "MD_JSON",
}
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)


@dataclass
class _Job:
    """One article on its way through the extractor."""

    article: Article
    key: str
    started: float
    messages: Messages | None = None
    attempts: int = 0
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    warnings: list[str] = field(default_factory=list)

    def count(self, completion: Any) -> None:
        """Record a completion the provider returned (a first answer or a re-ask)."""
        self.attempts += 1
        self.model = getattr(completion, "model", None) or self.model
        usage = getattr(completion, "usage", None)
        if usage is not None:
            self.usage = self.usage + Usage(
                prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
                completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
                total_tokens=getattr(usage, "total_tokens", 0) or 0,
            )


class Extractor:
    """Holds settings, a client and a cache; extracts visits from articles.

    `visitx.extract()` is a thin convenience over a shared `Extractor`; make your own
    when you want to keep one configuration for many calls.

    Example:
        >>> ex = Extractor(Settings(model="qwen2.5:7b", base_url="http://localhost:11434/v1"))
        >>> result = ex.extract(text, published="2023-04-08")  # doctest: +SKIP
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        client: openai.OpenAI | openai.AsyncOpenAI | None = None,
        prompt: str = DEFAULT_PROMPT,
    ) -> None:
        self.settings = settings if settings is not None else Settings.from_env()
        self._given_client = client
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()
        self.prompt = load_prompt(prompt)
        self.cache = ResultCache(self.settings.cache_dir) if self.settings.cache else None
        self.backoff = Backoff(
            max_retries=self.settings.max_retries, max_seconds=self.settings.max_retry_seconds
        )
        self._json_fallback = False
        self._limiters: tuple[Any, Any] | None = None
        self._local: Any = None  # the in-process llama.cpp server when model_path is set

    # -- public API ----------------------------------------------------------------------

    def extract(
        self,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        published: str | dt.date | None = None,
        language: str | None = None,
    ) -> Extraction:
        """Extract the visits reported in one article. See `visitx.extract`."""
        job = self._prepare(text, url=url, title=title, published=published, language=language)
        return self._run(job)

    def _run(self, job: _Job) -> Extraction:
        cached = self._lookup(job)
        if cached is not None:
            return cached
        client = self._client("sync")
        with map_exceptions():
            draft = self._ask_sync(client, job)
        return self._finish(job, draft)

    async def aextract(
        self,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        published: str | dt.date | None = None,
        language: str | None = None,
    ) -> Extraction:
        """Async `extract`: same arguments, same result."""
        job = self._prepare(text, url=url, title=title, published=published, language=language)
        return await self._arun(job)

    async def _arun(self, job: _Job) -> Extraction:
        cached = self._lookup(job)
        if cached is not None:
            return cached
        client = self._client("async")
        with map_exceptions():
            draft = await self._ask_async(client, job)
        return self._finish(job, draft)

    # -- steps ---------------------------------------------------------------------------

    def _prepare(
        self,
        text: Any,
        *,
        url: str | None,
        title: str | None,
        published: str | dt.date | None,
        language: str | None,
        source_id: str | None = None,
    ) -> _Job:
        started = time.perf_counter()
        text = check_text(text, self.settings.max_chars)
        published_iso = check_published(published)
        language = check_language(language)
        article = Article(
            id=Article.id_for(text),
            text=text,
            source_id=source_id,
            url=url,
            title=title,
            language=language,
            published=published_iso,
        )
        key = cache_key(
            text=text,
            title=title,
            published=published_iso,
            language=language,
            model=self.settings.model,
            prompt_digest=self.prompt.digest,
            schema_json=draft_schema_json(),
            temperature=self.settings.temperature,
        )
        return _Job(article=article, key=key, started=started)

    def _lookup(self, job: _Job) -> Extraction | None:
        if self.cache is None:
            return None
        stored = self.cache.get(job.key)
        if stored is None:
            return None
        try:
            result = Extraction.model_validate(stored)
        except ValueError:
            log.warning("visitx cache: ignoring an entry that no longer fits the schema")
            return None
        if result.article.text != job.article.text:
            return None
        result.article.url = job.article.url
        result.article.source_id = job.article.source_id
        result.meta.cached = True
        result.meta.duration_s = round(time.perf_counter() - job.started, 6)
        return result

    def _finish(self, job: _Job, draft: Draft) -> Extraction:
        if job.article.language is None:
            job.article.language = check_language(draft.language, strict=False)
        visits, warnings = build_visits(draft, job.article)
        result = Extraction(
            article=job.article,
            visits=visits,
            meta=Meta(
                model=job.model or self.settings.model,
                prompt_version=self.prompt.version,
                cached=False,
                attempts=job.attempts,
                usage=job.usage,
                duration_s=round(time.perf_counter() - job.started, 6),
                warnings=job.warnings + warnings,
            ),
        )
        if self.cache is not None:
            self.cache.set(job.key, result.model_dump(mode="json"))
        return result

    # -- talking to the model ------------------------------------------------------------

    def _mode(self, client: Any) -> str:
        mode = self.settings.mode
        if mode != "auto":
            return mode
        if self.settings.model_path is not None:
            return "json_schema"  # llama.cpp constrains its output to the schema
        if _is_openai(client):
            return "tools"
        return "json" if self._json_fallback else "json_schema"

    def _request(self, job: _Job) -> dict[str, Any]:
        if job.messages is None:  # rendered only on a cache miss
            article = job.article
            job.messages = self.prompt.render(
                article.text,
                title=article.title,
                published=article.published,
                language=article.language,
            )
        # instructor renders message content as a Jinja template whenever a validation
        # context is given, which would mangle an article holding `{{` or `{%`. So the
        # messages are placeholders and the real text travels as template variables:
        # Jinja inserts a variable's value as is.
        return {
            "model": self.settings.model,
            "messages": [
                {"role": "system", "content": "{{ visitx_system }}"},
                {"role": "user", "content": "{{ visitx_user }}"},
            ],
            "response_model": instructor_draft(),
            "max_retries": self.settings.max_reasks,
            "temperature": self.settings.temperature,
            **({"max_tokens": self.settings.max_tokens} if self.settings.max_tokens else {}),
            "context": {
                "visitx_system": job.messages.system,
                "visitx_user": job.messages.user,
                "article": job.article.text,
            },
        }

    def _ask_sync(self, client: Any, job: _Job) -> Draft:
        import instructor

        def create(**kwargs: Any) -> Any:
            completion = self.backoff.call(lambda: client.chat.completions.create(**kwargs))
            job.count(completion)
            return completion

        while True:
            mode = self._mode(client)
            patched = instructor.patch(create=create, mode=instructor.Mode[_INSTRUCTOR_MODES[mode]])
            try:
                return patched(**self._request(job))  # type: ignore[no-any-return]
            except Exception as exc:
                if self._should_fall_back(mode, exc):
                    continue
                return self._salvage(exc, job)

    async def _ask_async(self, client: Any, job: _Job) -> Draft:
        import instructor

        async def create(**kwargs: Any) -> Any:
            await self._throttle(job)
            completion = await self.backoff.acall(
                lambda: client.chat.completions.create(**kwargs)
            )
            job.count(completion)
            return completion

        while True:
            mode = self._mode(client)
            patched = instructor.patch(create=create, mode=instructor.Mode[_INSTRUCTOR_MODES[mode]])
            try:
                return await patched(**self._request(job))  # type: ignore[no-any-return]
            except Exception as exc:
                if self._should_fall_back(mode, exc):
                    continue
                return self._salvage(exc, job)

    async def _throttle(self, job: _Job) -> None:
        """Client-side limits (`requests_per_minute`, `tokens_per_minute`) for async calls."""
        settings = self.settings
        if settings.requests_per_minute is None and settings.tokens_per_minute is None:
            return
        if self._limiters is None:
            from aiolimiter import AsyncLimiter

            rpm, tpm = settings.requests_per_minute, settings.tokens_per_minute
            self._limiters = (
                AsyncLimiter(rpm, 60) if rpm else None,
                AsyncLimiter(tpm, 60) if tpm else None,
            )
        requests, tokens = self._limiters
        if requests is not None:
            await requests.acquire()
        if tokens is not None and settings.tokens_per_minute:
            messages = job.messages
            prompt = len(messages.system) + len(messages.user) if messages else 0
            # About four characters a token, plus room for the answer; never more than the
            # bucket holds, or acquire() would refuse.
            await tokens.acquire(min(prompt / 4 + 1500, settings.tokens_per_minute))

    def _should_fall_back(self, mode: str, exc: BaseException) -> bool:
        """In auto mode, a server that rejects `json_schema` is asked again in JSON mode."""
        import openai

        if self.settings.mode != "auto" or mode != "json_schema":
            return False
        cause = exc.__cause__ if exc.__cause__ is not None else exc
        if isinstance(cause, openai.BadRequestError | openai.UnprocessableEntityError):
            log.info("visitx: json_schema rejected (%s); using JSON mode", describe(cause))
            self._json_fallback = True
            return True
        return False

    def _salvage(self, exc: Exception, job: _Job) -> Draft:
        """After the re-asks are spent, keep a draft that has the right shape, flagged.

        A draft that fits the schema but quotes text that is not in the article is turned
        into a record whose bad values carry `match: null`; output that does not fit the
        schema at all becomes an `ExtractionError`.
        """
        mapped = translate(exc)
        if mapped is None:
            raise exc
        if not isinstance(mapped, ExtractionError):
            raise mapped from exc
        raw = mapped.raw_output
        if raw is not None:
            try:
                draft = Draft.model_validate_json(strip_fences(raw))
            except ValueError as parse_error:
                mapped.errors.append(str(parse_error))
            else:
                job.warnings.append(
                    f"the model's answer still had problems after {self.settings.max_reasks} "
                    "re-ask(s); the values it could not fix are flagged"
                )
                return draft
        raise mapped from exc

    def _client(self, flavour: str) -> Any:
        """The sync client, or the async client of the running event loop.

        An async client's connections belong to the loop that opened them, so each loop
        (each `asyncio.run`, say) gets its own; clients of closed loops are dropped.
        """
        import openai

        loop = asyncio.get_running_loop() if flavour == "async" else None
        key = flavour if loop is None else f"async-{id(loop)}"
        with self._lock:
            if key in self._clients:
                return self._clients[key].client
            for stale in [k for k, c in self._clients.items() if c.loop and c.loop.is_closed()]:
                del self._clients[stale]
            given = self._given_client
            wanted = openai.OpenAI if flavour == "sync" else openai.AsyncOpenAI
            if given is not None:
                if not isinstance(given, wanted):
                    other = "aextract/aextract_many" if flavour == "sync" else "extract"
                    raise ConfigurationError(
                        f"The client passed is a {type(given).__name__}; "
                        f"{'extract' if flavour == 'sync' else 'aextract'} needs an "
                        f"openai.{wanted.__name__} (the {type(given).__name__} is for {other})."
                    )
                # A copy with visitx's retry and timeout policy; it shares the caller's
                # connection pool, so visitx never closes it.
                client = given.with_options(max_retries=0, timeout=self.settings.timeout)
                owned = False
            else:
                client = self._make_client(wanted)
                owned = True
            self._clients[key] = _Client(client, owned, loop)
            return client

    def check(self) -> None:
        """Raise `ConfigurationError` now if no client could be built (no key, no URL).

        With `model_path` set, also check the extra, the model file and memory.
        """
        self._api_key()
        if self.settings.model_path is not None:
            from . import _local

            _local.check_settings(self.settings)

    def _api_key(self) -> str:
        settings = self.settings
        if settings.api_key:
            return settings.api_key
        if settings.base_url is None and settings.model_path is None:
            raise ConfigurationError(
                "No API key found. Set VISITX_API_KEY (or OPENAI_API_KEY), pass "
                "Settings(api_key=...), or point VISITX_BASE_URL at a local "
                "OpenAI-compatible server. To see visitx work offline, run `visitx demo`."
            )
        return "not-needed"  # local servers (Ollama, vLLM, llama.cpp) ignore the key

    def _make_client(self, cls: type[Any]) -> Any:
        key = self._api_key()
        options: dict[str, Any] = {}
        base_url = self.settings.base_url
        if self.settings.model_path is not None:
            from . import _local

            if self._local is None:
                self._local = _local.acquire(self.settings)
            base_url = self._local.base_url
        from .testing import active_transport

        transport = active_transport()
        if transport is not None:
            import httpx2

            client_cls = httpx2.Client if cls.__name__ == "OpenAI" else httpx2.AsyncClient
            options["http_client"] = client_cls(transport=transport)  # type: ignore[arg-type]
        with map_exceptions():
            return cls(
                api_key=key,
                base_url=base_url,
                timeout=self.settings.timeout,
                max_retries=0,  # retries are visitx's (see _retry), so layers do not multiply
                **options,
            )

    def close(self) -> None:
        """Close the sync client visitx made, the cache, and the local model's server.

        Async clients are closed by `aclose()`, inside their event loop.
        """
        entry = self._clients.pop("sync", None)
        if entry is not None and entry.owned:
            entry.client.close()
        if self.cache is not None:
            self.cache.close()
        if self._local is not None:
            from . import _local

            local, self._local = self._local, None
            with self._lock:
                self._clients.clear()  # they talk to the server that is about to stop
            _local.release(local)

    async def aclose(self) -> None:
        """Close the async client of the running loop, then as `close()`."""
        loop = asyncio.get_running_loop()
        entry = self._clients.pop(f"async-{id(loop)}", None)
        if entry is not None and entry.owned:
            await entry.client.close()
        self.close()


@dataclass
class _Client:
    client: Any
    owned: bool
    loop: asyncio.AbstractEventLoop | None


def _is_openai(client: Any) -> bool:
    import openai

    if isinstance(client, openai.AzureOpenAI | openai.AsyncAzureOpenAI):
        return True
    host = getattr(getattr(client, "base_url", None), "host", "") or ""
    return bool(host == "api.openai.com" or host.endswith(".openai.azure.com"))


def strip_fences(raw: str) -> str:
    """The JSON inside a Markdown code fence, or the text as it is."""
    match = _FENCE.search(raw)
    return match.group(1).strip() if match else raw.strip()


@functools.cache
def draft_schema_json() -> str:
    """The draft's JSON schema, part of the cache key."""
    return json.dumps(Draft.model_json_schema(), sort_keys=True)


def check_text(text: Any, max_chars: int) -> str:
    """The article text, or an `InputError` saying what is wrong with it."""
    if not isinstance(text, str):
        raise InputError(
            f"The article must be a str, not {type(text).__name__}. Decode bytes first "
            "(e.g. data.decode('utf-8')) and pass the text."
        )
    if not text.strip():
        raise InputError("The article is empty (or only white space); there is nothing to read.")
    if len(text) > max_chars:
        raise InputError(
            f"The article has {len(text):,} characters, more than max_chars={max_chars:,}. "
            "Split it, or raise Settings(max_chars=...) if your model's context allows."
        )
    return text


def check_published(published: str | dt.date | None) -> str | None:
    """The publication date as `YYYY-MM-DD`."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date().isoformat()
    if isinstance(published, dt.date):
        return published.isoformat()
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise InputError(
        f"published={published!r} is not a date. Pass 'YYYY-MM-DD' or a datetime.date."
    )


def check_language(language: str | None, *, strict: bool = True) -> str | None:
    """An ISO 639-1 code (`tr`, `fa`, ...), lower-cased; region subtags are dropped."""
    if language is None:
        return None
    code = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    if re.fullmatch(r"[a-z]{2}", code):
        return code
    if strict:
        raise InputError(
            f"language={language!r} is not an ISO 639-1 code. Use two letters, e.g. 'tr', 'fa'."
        )
    return None
