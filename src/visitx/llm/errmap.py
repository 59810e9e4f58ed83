"""The one table of dependency exceptions, and the questions the engines ask about them.

In the style of httpx's `map_httpcore_exceptions`: `TABLE` lists, for each boundary
(`provider`: openai, instructor and httpx2 around a model call; `cache`: diskcache and
its SQLite file; `local`: llama.cpp through xllamacpp), which dependency exception
becomes which visitx error, first match wins. `map_exceptions()` applies it and raises
the visitx error `from` the original. Every error it gives has its credentials masked
(`visitx.core.urls.redact_urls`): a dependency's message may quote the URL with its query,
the request's headers or the key itself. Nothing else in visitx names a dependency's
exception classes when mapping them; `tests/llm/test_errmap.py` fails if one of them is
left unmapped.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from visitx.core.errors import (
    AnswerCutOff,
    AuthenticationError,
    CacheError,
    ConfigurationError,
    ContextTooLong,
    ExtractionError,
    ProviderError,
    RateLimited,
    VisitxError,
    chain,
    truncated,
)
from visitx.core.urls import redact_urls
from visitx.llm.failures import (
    REQUEST_INVALID,
    is_context_length,
    is_tls_failure,
    is_transient,
    provider_message,
)

Mapper = Callable[[Any, dict[str, Any]], VisitxError]
Row = tuple[str, type[BaseException], Mapper]


def _sentence(text: str) -> str:
    """`text` as one sentence: stripped, ending in a single full stop."""
    text = " ".join(str(text).split()).rstrip(" .")
    return text + "."


# A provider's text shown in a message: a CDN's or proxy's HTML error page can be tens of
# kilobytes, printed once per failed article and kept in its record.
SHOWN_CHARS = 300
_HTML = re.compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def shown(detail: str) -> str:
    """`detail` as a message shows it: its credentials masked first (so that cutting it
    cannot leave a key's head), an HTML page as its text, one line of at most
    `SHOWN_CHARS` characters."""
    text = redact_urls(detail)
    if _HTML.search(text):
        text = "an HTML page: " + _TAG.sub(" ", _HIDDEN.sub(" ", text))
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rstrip() + " …"


_TRANSIENT_HINT = "Retry later; if it persists, check the provider's status page."
_STATUS_HINTS = {
    401: "Check the API key (VISITX_API_KEY, else OPENAI_API_KEY; ANTHROPIC_API_KEY or "
    "GEMINI_API_KEY for anthropic/ and google/ models).",
    403: "The key is not allowed to use this model or endpoint.",
    404: "Check the model name (VISITX_MODEL) and the base URL (VISITX_BASE_URL).",
    429: "The provider is rate limiting; lower the concurrency or set "
    "requests_per_minute in Settings.",
}


def _status_error(exc: Any, context: dict[str, Any]) -> ProviderError:
    del context
    status = exc.status_code
    detail = provider_message(exc) or str(exc)
    cls: type[ProviderError] = ProviderError
    if is_context_length(detail):
        cls = ContextTooLong
        hint = (
            "The article and the answer do not fit the model's context: lower "
            "Settings.max_chars (VISITX_MAX_CHARS) with long_articles='chunk' "
            "(VISITX_LONG_ARTICLES=chunk) so longer articles go in parts, or lower "
            "Settings.max_tokens, or use a model (or server setting) with a larger context."
        )
    elif status == 404 and not _path_of(exc).startswith("/v1"):
        hint = (
            "The endpoint was not found: an OpenAI-compatible base URL usually ends in /v1 "
            "(e.g. http://127.0.0.1:8080/v1); add it to VISITX_BASE_URL."
        )
    else:
        cls = {401: AuthenticationError, 429: RateLimited}.get(status, ProviderError)
        hint = _STATUS_HINTS.get(status, _TRANSIENT_HINT if is_transient(exc) else "")
        if not hint and REQUEST_INVALID.search(detail):
            hint = "The server rejected the request itself; try another mode (VISITX_MODE)."
    message = f"The provider answered HTTP {status}: {_sentence(shown(detail))}"
    return cls(f"{message} {hint}".strip(), status_code=status, provider_message=detail)


def _path_of(exc: Any) -> str:
    try:
        return str(exc.response.request.url.path)
    except AttributeError:
        return "/v1"


def _timeout(exc: Any, context: dict[str, Any]) -> ProviderError:
    return ProviderError(
        "The provider did not answer in time. Raise Settings.timeout (--timeout, "
        "VISITX_TIMEOUT; a local server needs it above its longest generation) or retry later."
    )


def _hung_up(exc: BaseException) -> ProviderError | None:
    """The error for a server that closed the connection after it was made, if it did."""
    import httpx2

    for seen in chain(exc):
        if not isinstance(seen, httpx2.RemoteProtocolError):
            continue
        what = (
            "in the middle of its answer"
            if "complete message body" in str(seen)
            else "without answering"
        )
        return ProviderError(
            f"The provider closed the connection {what} ({_sentence(str(seen))[:-1]}). "
            "Check the server (its log, or a proxy in between) and retry."
        )
    return None


def _connection(exc: Any, context: dict[str, Any]) -> ProviderError:
    cause = exc.__cause__ or exc
    hung_up = _hung_up(exc)
    if hung_up is not None:
        return hung_up
    if is_tls_failure(exc):
        return ProviderError(
            f"The TLS connection to the provider failed ({cause}). Check that "
            "VISITX_BASE_URL uses http:// for a local server and https:// for a hosted one."
        )
    return ProviderError(
        f"Could not connect to the provider ({cause}). Check VISITX_BASE_URL and that "
        "the server is running."
    )


def _unreadable(exc: Any, context: dict[str, Any]) -> ProviderError:
    return ProviderError(f"The provider's response could not be read: {_sentence(str(exc))}")


def _client_setup(exc: Any, context: dict[str, Any]) -> ConfigurationError:
    # The SDK raises a bare OpenAIError for client set-up problems (no key, bad options).
    return ConfigurationError(
        f"The OpenAI client could not be set up: {_sentence(str(exc))} Set "
        "VISITX_API_KEY or OPENAI_API_KEY, or pass a ready client."
    )


def _cut_off(exc: Any, context: dict[str, Any]) -> AnswerCutOff:
    completion = getattr(exc, "last_completion", None)
    return truncated(context.get("max_tokens"), raw_output_of(completion))


def _retries_exhausted(exc: Any, context: dict[str, Any]) -> VisitxError:
    # The provider's own failure behind instructor's wrapper wins over "did not fit".
    for behind in list(chain(exc))[1:]:
        if _is_validation_failure(behind) or type(behind) is type(exc):
            continue
        mapped = translate(behind, **context)
        if mapped is not None:
            return mapped
    cause = exc.__cause__
    errors = [str(cause) if cause is not None else str(exc)]
    return ExtractionError(
        f"The model's output did not fit the schema after {exc.n_attempts} attempt(s): "
        f"{_sentence(errors[0][:300])} Try a stronger model, another mode (VISITX_MODE), "
        "or more re-asks (--max-reasks, Settings.max_reasks).",
        raw_output=raw_output_of(exc.last_completion),
        errors=errors,
    )


def _instructor_setup(exc: Any, context: dict[str, Any]) -> ConfigurationError:
    return ConfigurationError(f"instructor rejected the request set-up: {_sentence(str(exc))}")


def _transport(exc: Any, context: dict[str, Any]) -> ProviderError:
    hung_up = _hung_up(exc)
    if hung_up is not None:
        return hung_up
    return ProviderError(
        f"Could not reach the provider: {_sentence(str(exc))} Check VISITX_BASE_URL."
    )


def _http_status(exc: Any, context: dict[str, Any]) -> ProviderError:
    status = exc.response.status_code
    return ProviderError(f"The provider answered HTTP {status}.", status_code=status)


def _http_other(exc: Any, context: dict[str, Any]) -> VisitxError:
    return ProviderError(f"The HTTP client failed: {_sentence(str(exc))} Check VISITX_BASE_URL.")


def _bad_url(exc: Any, context: dict[str, Any]) -> ConfigurationError:
    return ConfigurationError(
        f"The base URL is not valid: {_sentence(str(exc))} Fix VISITX_BASE_URL."
    )


def _cache(exc: Any, context: dict[str, Any]) -> CacheError:
    where = context.get("directory", "the cache folder")
    if context.get("action") == "write":
        return CacheError(
            f"Cannot write to the cache at {where}: {exc}. Free disk space, set "
            "VISITX_CACHE_DIR, or turn the cache off."
        )
    return CacheError(
        f"Cannot open the cache at {where}: {exc}. Set VISITX_CACHE_DIR to a writable "
        "folder, or turn the cache off (Settings(cache=False) or --no-cache)."
    )


def _local(exc: Any, context: dict[str, Any]) -> ProviderError:
    name = context.get("model", "the model")
    return ProviderError(
        f"llama.cpp could not load {name}: {exc} Run `visitx serve {context.get('path', name)} "
        "--verbose` to see llama.cpp's own log."
    )


def _itself(exc: Any, context: dict[str, Any]) -> VisitxError:
    return exc  # type: ignore[no-any-return]  # the row's class guarantees the type


@functools.cache
def table() -> tuple[Row, ...]:
    """(boundary, dependency exception, mapper) rows; the first row that matches wins."""
    import sqlite3

    import diskcache
    import httpx2
    import instructor.core as ic
    import openai

    return (
        ("*", VisitxError, _itself),
        # -- provider: openai, instructor, httpx2 ------------------------------------------
        ("provider", openai.APIStatusError, _status_error),
        ("provider", openai.APITimeoutError, _timeout),
        ("provider", openai.APIConnectionError, _connection),
        ("provider", openai.APIError, _unreadable),  # APIResponseValidationError too
        ("provider", openai.LengthFinishReasonError, _cut_off),
        ("provider", openai.ContentFilterFinishReasonError, _unreadable),
        ("provider", openai.OpenAIError, _client_setup),
        ("provider", openai.InvalidWebhookSignatureError, _unreadable),  # never raised here
        ("provider", ic.IncompleteOutputException, _cut_off),
        ("provider", ic.InstructorRetryException, _retries_exhausted),
        ("provider", ic.InstructorError, _instructor_setup),
        ("provider", httpx2.TimeoutException, _timeout),
        ("provider", httpx2.TransportError, _transport),
        ("provider", httpx2.HTTPStatusError, _http_status),
        ("provider", httpx2.HTTPError, _http_other),
        ("provider", httpx2.InvalidURL, _bad_url),
        ("provider", httpx2.CookieConflict, _http_other),
        ("provider", httpx2.StreamError, _http_other),
        # -- cache: diskcache over SQLite, and the file system under it ---------------------
        ("cache", diskcache.Timeout, _cache),
        ("cache", sqlite3.Error, _cache),
        ("cache", OSError, _cache),
        ("cache", Exception, _cache),  # whatever else diskcache raises: the cache failed
        # -- local: xllamacpp reports a model it cannot load as RuntimeError ----------------
        ("local", RuntimeError, _local),
    )


def translate(exc: BaseException, boundary: str = "provider", **context: Any) -> VisitxError | None:
    """The visitx error for a dependency exception at `boundary`, or None if it is not one.

    `context` fills in messages (`max_tokens`, a cache `directory` and `action`, a local
    `model` and `path`). Its message (and an `ExtractionError`'s `errors`) shows no
    credential, nor do the messages of `exc` and the exceptions behind it.
    """
    for where, cls, mapper in table():
        if where in {"*", boundary} and isinstance(exc, cls):
            return _masked(mapper(exc, context), exc)
    return None


def _masked(error: VisitxError, original: BaseException) -> VisitxError:
    """`error`, and the exceptions it is raised from (a traceback prints their messages),
    with credentials masked in their messages."""
    for each in (error, *chain(original)):
        each.args = tuple(redact_urls(a) if isinstance(a, str) else a for a in each.args)
    if isinstance(error, ExtractionError):
        error.errors = [redact_urls(e) for e in error.errors]
    return error


@contextlib.contextmanager
def map_exceptions(boundary: str = "provider", **context: Any) -> Iterator[None]:
    """Re-raise dependency exceptions as visitx errors, keeping the original as cause."""
    try:
        yield
    except VisitxError:
        raise
    except Exception as exc:
        mapped = translate(exc, boundary, **context)
        if mapped is None:
            raise
        raise mapped from exc


def _is_validation_failure(exc: BaseException) -> bool:
    import json

    import pydantic
    from instructor.core import ResponseParsingError

    return isinstance(exc, pydantic.ValidationError | json.JSONDecodeError | ResponseParsingError)


def raw_output_of(completion: Any) -> str | None:
    """The text a chat completion carried: tool-call arguments, else the message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    for call in getattr(message, "tool_calls", None) or []:
        arguments = getattr(getattr(call, "function", None), "arguments", None)
        if isinstance(arguments, str):
            return arguments
    content = getattr(message, "content", None)
    return content if isinstance(content, str) else None
