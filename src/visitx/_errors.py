"""One error root, a small tree, and the single place where dependency errors are mapped.

Callers catch `VisitxError` (or one of its four branches); they never need to import
openai, instructor or httpx2 to handle a failure. `map_exceptions()` is the only place
that knows those libraries' exception types.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


class VisitxError(Exception):
    """Root of every error visitx raises."""


class ConfigurationError(VisitxError):
    """Settings that cannot work: no API key, an unknown mode, a bad option."""


class InputError(VisitxError, ValueError):
    """An article visitx will not send: not a string, empty, or too long."""


class ProviderError(VisitxError):
    """The model provider failed, and retrying did not help.

    Attributes:
        status_code: HTTP status of the last failed response, if there was one.
        provider_message: the provider's own error text, if it sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        provider_message: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.provider_message = provider_message


class ExtractionError(VisitxError):
    """The model's output never fit the draft schema (not JSON, wrong types).

    Attributes:
        raw_output: the last raw text the model returned, if any.
        errors: the validation errors of the last attempt, one string each.
    """

    def __init__(
        self, message: str, *, raw_output: str | None = None, errors: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.raw_output = raw_output
        self.errors = list(errors or [])


class CacheError(VisitxError):
    """The cache directory cannot be opened or written."""


def _provider_message(exc: Any) -> str | None:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and isinstance(err.get("message"), str):
            return str(err["message"])
        if isinstance(err, str):
            return err
    message = getattr(exc, "message", None)
    return message if isinstance(message, str) else None


def translate(exc: BaseException) -> VisitxError | None:
    """Return the visitx error for a dependency exception, or None if it is not one.

    This is the one table of dependency exceptions; `map_exceptions` uses it, and so do
    the retry predicate and the batch runner, so a new mapping needs adding only here.
    """
    import openai

    if isinstance(exc, VisitxError):
        return exc
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        detail = _provider_message(exc) or str(exc)
        hint = {
            401: "Check the API key (VISITX_API_KEY or OPENAI_API_KEY).",
            403: "The key is not allowed to use this model or endpoint.",
            404: "Check the model name (VISITX_MODEL) and the base URL (VISITX_BASE_URL).",
            429: "The provider is rate limiting; lower the concurrency or set "
            "requests_per_minute in Settings.",
        }.get(status, "Retry later; if it persists, check the provider's status page.")
        return ProviderError(
            f"The provider answered HTTP {status}: {detail}. {hint}",
            status_code=status,
            provider_message=detail,
        )
    if isinstance(exc, openai.APITimeoutError):
        return ProviderError(
            "The provider did not answer in time. Raise Settings.timeout or retry later."
        )
    if isinstance(exc, openai.APIConnectionError):
        return ProviderError(
            f"Could not connect to the provider ({exc.__cause__ or exc}). "
            "Check VISITX_BASE_URL and the network."
        )
    if isinstance(exc, openai.APIResponseValidationError | openai.APIError):
        return ProviderError(f"The provider's response could not be read: {exc}")
    if isinstance(exc, openai.OpenAIError):
        # The SDK raises a bare OpenAIError for client set-up problems (no key, bad options).
        return ConfigurationError(
            f"The OpenAI client could not be set up: {exc}. Set VISITX_API_KEY or "
            "OPENAI_API_KEY, or pass a ready client."
        )
    return _translate_instructor(exc) or _translate_transport(exc)


def _translate_instructor(exc: BaseException) -> VisitxError | None:
    from instructor.core import (
        IncompleteOutputException,
        InstructorError,
        InstructorRetryException,
    )

    if isinstance(exc, InstructorRetryException):
        cause = exc.__cause__
        if cause is not None and not _is_validation_failure(cause):
            mapped = translate(cause)
            if mapped is not None:
                return mapped
        errors = [str(cause)] if cause is not None else [str(exc)]
        return ExtractionError(
            f"The model's output did not fit the schema after {exc.n_attempts} attempt(s): "
            f"{errors[0][:300]}. Try a stronger model, another mode (VISITX_MODE), or more "
            "re-asks (Settings.max_reasks).",
            raw_output=raw_output_of(exc.last_completion),
            errors=errors,
        )
    if isinstance(exc, IncompleteOutputException):
        return ExtractionError(
            "The model's answer was cut off at the token limit before the JSON was complete. "
            "Raise Settings.max_tokens (or the server's limit), or use a model that answers "
            "more briefly.",
            raw_output=raw_output_of(exc.last_completion),
            errors=[str(exc)],
        )
    if isinstance(exc, InstructorError):
        return ConfigurationError(f"instructor rejected the request set-up: {exc}")
    return None


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


def _translate_transport(exc: BaseException) -> VisitxError | None:
    import httpx2

    if isinstance(exc, httpx2.TimeoutException):
        return ProviderError("The provider did not answer in time. Raise Settings.timeout.")
    if isinstance(exc, httpx2.TransportError):
        return ProviderError(f"Could not reach the provider: {exc}. Check VISITX_BASE_URL.")
    if isinstance(exc, httpx2.HTTPStatusError):
        return ProviderError(
            f"The provider answered HTTP {exc.response.status_code}.",
            status_code=exc.response.status_code,
        )
    return None


@contextlib.contextmanager
def map_exceptions() -> Iterator[None]:
    """Re-raise openai/httpx2 exceptions as visitx errors, keeping the original as cause."""
    try:
        yield
    except VisitxError:
        raise
    except Exception as exc:
        mapped = translate(exc)
        if mapped is None:
            raise
        raise mapped from exc
