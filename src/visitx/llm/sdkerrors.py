"""The Anthropic and Google GenAI SDKs' exceptions, in the shape the error table reads.

visitx maps provider failures in one table (`visitx.core.errors.translate`, with
`is_transient` and `failure_kind` beside it), written against the OpenAI SDK's classes:
`APIStatusError` (status, response headers such as `retry-after`, the JSON body),
`APITimeoutError`, `APIConnectionError`. This adapter is that table's row for the other
two SDKs: `as_openai_error()` gives an Anthropic or GenAI exception the OpenAI class of
the same meaning, with the same status, headers and body, and the original as its cause.
So a 529 `overloaded_error` is retried like a 503, a 429 waits for its `retry-after`
(Gemini's `RetryInfo.retryDelay` becomes that header), a prompt too long is the same
context-length error, and a 401 is the same fail-fast "key refused".
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

ANTHROPIC = "anthropic"
GENAI = "google-genai"


@contextlib.contextmanager
def openai_shaped() -> Iterator[None]:
    """Re-raise an Anthropic or GenAI exception as its OpenAI twin (the original as cause)."""
    try:
        yield
    except Exception as exc:
        mapped = as_openai_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


def as_openai_error(exc: BaseException) -> BaseException | None:
    """The OpenAI-SDK exception that means what `exc` means, or None for other exceptions."""
    module = type(exc).__module__.split(".")[0]
    if module == "anthropic":
        return _from_anthropic(exc)
    if module == "google":
        return _from_genai(exc)
    return None


def _from_anthropic(exc: BaseException) -> BaseException | None:
    import anthropic
    import openai

    if isinstance(exc, anthropic.APIStatusError):
        return openai.APIStatusError(
            _message(exc.body, str(exc)), response=_openai_response(exc.response), body=exc.body
        )
    if isinstance(exc, anthropic.APITimeoutError):
        return openai.APITimeoutError(request=exc.request)
    if isinstance(exc, anthropic.APIConnectionError):
        error = openai.APIConnectionError(message=str(exc), request=exc.request)
        error.__cause__ = exc.__cause__
        return error
    return None


def _from_genai(exc: BaseException) -> BaseException | None:
    import openai
    from google.genai import errors

    if not isinstance(exc, errors.APIError):
        return None
    body = {"error": {"code": exc.code, "message": exc.message or str(exc), "status": exc.status}}
    # Gemini refuses a bad key with 400 INVALID_ARGUMENT (reason API_KEY_INVALID): that is
    # the 401 of other providers, which stops a batch at once.
    refused = "API_KEY_INVALID" in str(exc.details) or "API key not valid" in str(exc.message)
    status = 401 if refused else exc.code
    response = getattr(exc, "response", None)
    return openai.APIStatusError(
        exc.message or str(exc),
        response=_openai_response(response, status=status, delay=_retry_delay(exc.details)),
        body=body,
    )


def _message(body: Any, default: str) -> str:
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
    return default


def _openai_response(response: Any, *, status: int | None = None, delay: str | None = None) -> Any:
    """An httpx2 response the OpenAI exception can hold: status, headers and request kept."""
    import httpx2

    headers = dict(getattr(response, "headers", None) or {})
    if delay is not None and "retry-after" not in {k.lower() for k in headers}:
        headers["retry-after"] = delay
    request = getattr(response, "request", None)
    if not isinstance(request, httpx2.Request):
        url = str(getattr(request, "url", "") or "http://provider.invalid/")
        request = httpx2.Request("POST", url)
    code = status if status is not None else int(getattr(response, "status_code", 500))
    return httpx2.Response(code, headers=headers, request=request)


def _retry_delay(details: Any) -> str | None:
    """Seconds of a Google `RetryInfo` detail ("23s", "1.5s"), as a Retry-After value."""
    if not isinstance(details, dict):
        return None
    error = details.get("error", details)
    for item in (error.get("details") if isinstance(error, dict) else None) or []:
        delay = item.get("retryDelay") if isinstance(item, dict) else None
        found = re.fullmatch(r"(\d+(?:\.\d+)?)s", str(delay or ""))
        if found:
            return found.group(1)
    return None
