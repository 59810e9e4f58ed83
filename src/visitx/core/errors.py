"""One error root, a small tree, and the single place where dependency errors are mapped.

Callers catch `VisitxError` (or one of its four branches); they never need to import
openai, instructor or httpx2 to handle a failure. `map_exceptions()` is the only place
that knows those libraries' exception types.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any


class VisitxError(Exception):
    """Root of every error visitx raises.

    Attributes:
        attempts: completions the provider returned for the article before this error
            (re-asks included); 0 when none came back.
        usage: the tokens those completions cost (a `visitx.Usage`), or None.
    """

    attempts: int = 0
    usage: Any = None


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


# What providers say when the prompt does not fit: OpenAI, vLLM, llama.cpp, Ollama, Azure.
_CONTEXT_LENGTH = re.compile(
    r"context[_ ]length|context size|context window|maximum context|too many tokens|"
    r"prompt is too long|exceed(?:s|ed)? the (?:available )?context|input is too long|"
    r"input token count",
    re.IGNORECASE,
)
# A rejected structured-output option: `response_format`, `json_schema`, `json_object`.
_RESPONSE_FORMAT = re.compile(r"response_format|json_schema|json_object", re.IGNORECASE)
# A request the server could not parse, whatever status it chose for it (llama-cpp-python
# answers request-validation errors with HTTP 500 and a pydantic error list).
_REQUEST_INVALID = re.compile(
    r"Input should be|Field required|validation error|Extra inputs are not permitted|"
    r"literal_error|Unrecognized request argument|unknown parameter",
    re.IGNORECASE,
)
_TRANSIENT_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 520, 522, 524, 529})


def is_context_length(message: str | None) -> bool:
    """Whether a provider's message says the request does not fit the model's context."""
    return bool(message and _CONTEXT_LENGTH.search(message))


def is_response_format_rejection(exc: BaseException) -> bool:
    """Whether a provider error rejects the structured-output option itself.

    Any status counts (llama-cpp-python answers a `json_schema` request with HTTP 500); a
    context-length or content-policy error never does, even if it quotes the request.
    """
    import openai

    if not isinstance(exc, openai.APIStatusError) or exc.status_code in {401, 403, 404, 429}:
        return False
    message = _provider_message(exc) or str(exc)
    return bool(_RESPONSE_FORMAT.search(message)) and not is_context_length(message)


def is_transient(exc: BaseException) -> bool:
    """Whether waiting and sending the same request again can succeed.

    Rate limits, overloaded or failing servers, time-outs and dropped connections are;
    a request the server rejects as malformed (even with a 5xx), a TLS or certificate
    failure, and every 4xx but 408/409/429 are not.
    """
    import openai

    if isinstance(exc, openai.APIStatusError):
        if exc.status_code not in _TRANSIENT_STATUS and exc.status_code < 500:
            return False
        message = _provider_message(exc) or ""
        return not (_REQUEST_INVALID.search(message) or is_context_length(message))
    if isinstance(exc, openai.APITimeoutError):
        return True
    if isinstance(exc, openai.APIConnectionError):
        return not _is_tls_failure(exc)
    import httpx2

    if isinstance(exc, httpx2.TimeoutException):
        return True
    if isinstance(exc, httpx2.TransportError):
        return not _is_tls_failure(exc)
    return False


def _is_tls_failure(exc: BaseException) -> bool:
    import ssl

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "SSL" in type(seen).__name__:
            return True
        if re.search(r"\bSSL\b|TLS|certificate|WRONG_VERSION_NUMBER", str(seen)):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def is_connection_refused(exc: BaseException) -> bool:
    """Whether nothing listens at the endpoint (the error behind the error says so)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError) or "refused" in str(seen).lower():
            return True
        seen = seen.__cause__ or seen.__context__
    return False


_DNS_FAILURE = re.compile(
    r"Name or service not known|nodename nor servname|getaddrinfo failed|"
    r"Temporary failure in name resolution|No address associated with hostname|"
    r"Could not resolve host|Name does not resolve",
    re.IGNORECASE,
)
# The failures that every later article of a batch will meet as well, by kind.
FAILURE_KINDS = {
    "refused": "connection refused",
    "dns": "the host name does not resolve",
    "tls": "the TLS connection fails",
    "auth": "the key is refused (HTTP 401)",
    "forbidden": "access is forbidden (HTTP 403)",
    "not_found": "the endpoint or model is not found (HTTP 404)",
}


def failure_kind(exc: BaseException) -> str | None:
    """The kind of a failure that no retry will mend and every article shares, or None.

    One of `FAILURE_KINDS`: nothing listens at the endpoint, its name does not resolve,
    TLS fails, or the server refuses the key, the access or the path (HTTP 401, 403, 404).
    A rate limit, a time-out, a 5xx or a bad answer is None: it is about one request.
    """
    seen: BaseException | None = exc
    while seen is not None:
        status = getattr(seen, "status_code", None)
        if isinstance(status, int) and status in {401, 403, 404}:
            return {401: "auth", 403: "forbidden", 404: "not_found"}[status]
        if isinstance(seen, ConnectionRefusedError):
            return "refused"
        text = str(seen)
        if _DNS_FAILURE.search(text) or type(seen).__name__ == "gaierror":
            return "dns"
        if "refused" in text.lower() and "connect" in text.lower():
            return "refused"
        seen = seen.__cause__ or seen.__context__
    return "tls" if _is_tls_failure(exc) and _is_connection_error(exc) else None


def _is_connection_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if "Connect" in type(seen).__name__ or isinstance(seen, OSError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _sentence(text: str) -> str:
    """`text` as one sentence: stripped, ending in a single full stop."""
    text = " ".join(str(text).split()).rstrip(" .")
    return text + "."


_TRANSIENT_HINT = "Retry later; if it persists, check the provider's status page."


def _status_error(exc: Any) -> ProviderError:
    status = exc.status_code
    detail = _provider_message(exc) or str(exc)
    if is_context_length(detail):
        hint = (
            "The article and the answer do not fit the model's context: lower "
            "Settings.max_chars (longer articles are refused before sending) or "
            "Settings.max_tokens, or use a model (or server setting) with a larger context."
        )
    elif status == 404 and not _path_of(exc).startswith("/v1"):
        hint = (
            "The endpoint was not found: an OpenAI-compatible base URL usually ends in /v1 "
            "(e.g. http://127.0.0.1:8080/v1); add it to VISITX_BASE_URL."
        )
    else:
        hint = {
            401: "Check the API key (VISITX_API_KEY or OPENAI_API_KEY).",
            403: "The key is not allowed to use this model or endpoint.",
            404: "Check the model name (VISITX_MODEL) and the base URL (VISITX_BASE_URL).",
            429: "The provider is rate limiting; lower the concurrency or set "
            "requests_per_minute in Settings.",
        }.get(status, _TRANSIENT_HINT if is_transient(exc) else "")
        if not hint and _REQUEST_INVALID.search(detail):
            hint = "The server rejected the request itself; try another mode (VISITX_MODE)."
    message = f"The provider answered HTTP {status}: {_sentence(detail)}"
    return ProviderError(
        f"{message} {hint}".strip(), status_code=status, provider_message=detail
    )


def _path_of(exc: Any) -> str:
    try:
        return str(exc.response.request.url.path)
    except AttributeError:
        return "/v1"


def translate(exc: BaseException) -> VisitxError | None:
    """Return the visitx error for a dependency exception, or None if it is not one.

    This is the one table of dependency exceptions; `map_exceptions` uses it, and so do
    the retry predicate and the batch runner, so a new mapping needs adding only here.
    """
    import openai

    if isinstance(exc, VisitxError):
        return exc
    if isinstance(exc, openai.APIStatusError):
        return _status_error(exc)
    if isinstance(exc, openai.APITimeoutError):
        return ProviderError(
            "The provider did not answer in time. Raise Settings.timeout (a local server "
            "needs it above its longest generation) or retry later."
        )
    if isinstance(exc, openai.APIConnectionError):
        cause = exc.__cause__ or exc
        if _is_tls_failure(exc):
            return ProviderError(
                f"The TLS connection to the provider failed ({cause}). Check that "
                "VISITX_BASE_URL uses http:// for a local server and https:// for a hosted one."
            )
        return ProviderError(
            f"Could not connect to the provider ({cause}). Check VISITX_BASE_URL and that "
            "the server is running."
        )
    if isinstance(exc, openai.APIResponseValidationError | openai.APIError):
        return ProviderError(f"The provider's response could not be read: {_sentence(str(exc))}")
    if isinstance(exc, openai.OpenAIError):
        # The SDK raises a bare OpenAIError for client set-up problems (no key, bad options).
        return ConfigurationError(
            f"The OpenAI client could not be set up: {_sentence(str(exc))} Set "
            "VISITX_API_KEY or OPENAI_API_KEY, or pass a ready client."
        )
    return _translate_instructor(exc) or _translate_transport(exc)


def truncated(max_tokens: int | None, raw_output: str | None = None) -> ExtractionError:
    """The error for an answer the provider cut off at the token limit."""
    limit = f"max_tokens={max_tokens:,}" if max_tokens else "the token limit"
    return ExtractionError(
        f"The model's answer was cut off at {limit} (finish_reason 'length'), so it is not "
        "a whole draft. Raise Settings.max_tokens (and the server's own limit, e.g. "
        "llama.cpp's context size), or extract a shorter article.",
        raw_output=raw_output,
        errors=["finish_reason: length"],
    )


def _translate_instructor(exc: BaseException) -> VisitxError | None:
    from instructor.core import IncompleteOutputException, InstructorError, InstructorRetryException

    if isinstance(exc, IncompleteOutputException):
        completion = getattr(exc, "last_completion", None)
        return truncated(None, raw_output_of(completion))
    if isinstance(exc, InstructorRetryException):
        cause = exc.__cause__
        if cause is not None and not _is_validation_failure(cause):
            mapped = translate(cause)
            if mapped is not None:
                return mapped
        errors = list(dict.fromkeys([str(cause) if cause is not None else str(exc)]))
        return ExtractionError(
            f"The model's output did not fit the schema after {exc.n_attempts} attempt(s): "
            f"{_sentence(errors[0][:300])} Try a stronger model, another mode (VISITX_MODE), "
            "or more re-asks (Settings.max_reasks).",
            raw_output=raw_output_of(exc.last_completion),
            errors=errors,
        )
    if isinstance(exc, InstructorError):
        return ConfigurationError(f"instructor rejected the request set-up: {_sentence(str(exc))}")
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
        return ProviderError(
            f"Could not reach the provider: {_sentence(str(exc))} Check VISITX_BASE_URL."
        )
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
