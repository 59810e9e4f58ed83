"""What every provider call shares: the answer type, the per-article call record, endpoints.

`Answer` is what `Provider.ask()` returns; `Call` counts the completions of one article
(a first answer and its re-asks) whatever SDK produced them; `endpoint_of` names an
endpoint as the draft cache's key holds it; `use_transport` routes every client visitx
builds through one httpx2 transport (tests, `visitx.testing.replay()`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import json
import re
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from visitx.core.errors import VisitxError
from visitx.core.models import Usage
from visitx.core.urls import is_secret_param, split_query
from visitx.llm.sdkload import load_openai_sdk
from visitx.record.draft import Draft

OPENAI_ENDPOINT = "https://api.openai.com/v1"
SCHEMA_NOTE = (
    "Answer with one JSON object (no prose, no code fence) that matches this JSON schema:\n"
)

_transports: list[Any] = []


@contextlib.contextmanager
def use_transport(transport: Any) -> Iterator[None]:
    """Send every request of the clients visitx builds through `transport` (an httpx2 one)."""
    _transports.append(transport)
    try:
        yield
    finally:
        _transports.remove(transport)


def active_transport(default: Any = None) -> Any:
    """The transport of the innermost `use_transport()`, else `default`."""
    return _transports[-1] if _transports else default


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

    @classmethod
    def from_stored(cls, stored: dict[str, Any], mode: str) -> Answer:
        """The answer a draft-cache entry holds; raises KeyError, TypeError or ValueError
        (a pydantic ValidationError) for an entry that no longer fits the draft schema."""
        guess = stored.get("text_language")
        text_language = None
        if isinstance(guess, list) and len(guess) == 2 and isinstance(guess[1], str):
            text_language = (guess[0] if isinstance(guess[0], str) else None, guess[1])
        return cls(
            draft=Draft.model_validate(stored["draft"]),
            mode=mode,
            attempts=int(stored.get("attempts", 0)),
            usage=Usage.model_validate(stored.get("usage") or {}),
            model=stored.get("model"),
            finish_reason=stored.get("finish_reason"),
            warnings=[str(w) for w in stored.get("warnings", [])],
            text_language=text_language,
        )


@dataclasses.dataclass(frozen=True)
class Reading:
    """What one completion says about itself, whatever SDK produced it.

    `finish_reason` is "length" for an answer cut off at the token limit, in every SDK.
    """

    model: str | None
    finish_reason: str | None
    usage: Usage | None
    raw: str | None


@dataclasses.dataclass
class Call:
    """The completions of one article (a first answer and its re-asks)."""

    mode: str
    attempts: int = 0
    usage: Usage = dataclasses.field(default_factory=Usage)
    model: str | None = None
    finish_reason: str | None = None
    estimate: float = 0.0

    def count(self, reading: Reading) -> None:
        self.attempts += 1
        self.model = reading.model or self.model
        self.finish_reason = reading.finish_reason
        if reading.usage is not None:
            self.usage = self.usage + reading.usage

    def charge(self, error: VisitxError) -> VisitxError:
        error.attempts, error.usage = self.attempts, self.usage
        return error

    def answer(self, draft: Draft, warnings: list[str]) -> Answer:
        """The call's outcome: `draft` with what the completions cost."""
        return Answer(draft=draft, mode=self.mode, attempts=self.attempts, usage=self.usage,
                      model=self.model, finish_reason=self.finish_reason, warnings=warnings)


CALL: ContextVar[Call | None] = ContextVar("visitx_call", default=None)


def current_call() -> Call:
    call = CALL.get()
    if call is None:  # pragma: no cover - only Provider.ask/aask call the patched create
        raise RuntimeError("visitx: a request was sent outside Provider.ask")
    return call


def endpoint_of(base_url: str | None, default: str = OPENAI_ENDPOINT) -> str:
    """The endpoint as the cache key names it: the base URL without credentials.

    Of its query, the parameters not named like a secret are kept, sorted (an
    `api-version` or a deployment may change the answer); a `key`, `sig`, `token`...
    is left out, so a base URL without a query, or with only a key in it, names the same
    endpoint as before a query was sent at all.
    """
    if not base_url:
        return default
    given = str(base_url).strip()
    parts = urlsplit(given)
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    _, params = split_query(given)
    query = urlencode(sorted((k, v) for k, v in params.items() if not is_secret_param(k)))
    return urlunsplit((parts.scheme.lower(), netloc.lower(), parts.path.rstrip("/"), query, ""))


@functools.cache
def instructor_draft() -> type[Draft]:
    """`Draft` with instructor's schema mixin, built once.

    Given a plain model, instructor derives a new class from it on every request; a class
    that already carries the mixin is used as it is, so its schemas are cached.
    """
    load_openai_sdk()
    import instructor

    class InstructorDraft(Draft, instructor.OpenAISchema):
        """The model's answer for one article."""

    InstructorDraft.__name__ = InstructorDraft.__qualname__ = "Draft"
    return InstructorDraft


@functools.cache
def schema_text() -> str:
    """The draft schema as compact JSON, for prompts of servers that do not enforce it."""
    return json.dumps(Draft.model_json_schema(), ensure_ascii=False, separators=(",", ":"))


def strip_fences(raw: str) -> str:
    """The JSON inside a Markdown code fence, or the text as it is."""
    match = re.search(r"```(?:json)?\s*(.*?)```", raw, re.DOTALL)
    return match.group(1).strip() if match else raw.strip()


def openai_reading(completion: Any) -> Reading:
    """The `Reading` of an OpenAI-style chat completion."""
    from visitx.llm.errmap import raw_output_of

    choices = getattr(completion, "choices", None) or []
    usage = getattr(completion, "usage", None)
    counted = None
    if usage is not None:
        details = getattr(usage, "prompt_tokens_details", None)
        counted = Usage(
            prompt_tokens=getattr(usage, "prompt_tokens", 0) or 0,
            completion_tokens=getattr(usage, "completion_tokens", 0) or 0,
            total_tokens=getattr(usage, "total_tokens", 0) or 0,
            cache_read_tokens=getattr(details, "cached_tokens", 0) or 0,
        )
    return Reading(
        model=getattr(completion, "model", None),
        finish_reason=getattr(choices[0], "finish_reason", None) if choices else None,
        usage=counted,
        raw=raw_output_of(completion),
    )
