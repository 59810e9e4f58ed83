"""What a dependency's failure means: worth a retry, a dead endpoint, a rejected option.

The retry layer asks `is_transient`, the batch engine asks `failure_kind` (a failure every
later article would meet too), the provider asks `is_response_format_rejection`. Every walk
over an exception chain goes through `visitx.core.errors.chain`, which is cycle-safe.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any

from visitx.core.errors import CacheError, NotACompletion, ProviderError, chain


def provider_message(exc: Any) -> str | None:
    """The provider's own error text from an SDK error's body, if it sent one."""
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
REQUEST_INVALID = re.compile(
    r"Input should be|Field required|validation error|Extra inputs are not permitted|"
    r"literal_error|Unrecognized request argument|unknown parameter",
    re.IGNORECASE,
)
_TRANSIENT_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 520, 522, 524, 529})
_TLS = re.compile(r"\bSSL\b|TLS|certificate|WRONG_VERSION_NUMBER")
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
    "timeout": "no answer within the time-out (Settings.timeout), retries included",
    "cache": "the cache cannot be opened or written",
    "not_api": "the endpoint answers HTTP 200 with what is not a chat completion",
    "quota": "the account has no quota or credit left (HTTP 429 insufficient_quota)",
    "server_error": (
        "the server still answers HTTP 429 or 5xx after every retry (overloaded, or a "
        "gateway with nothing behind it)"
    ),
}
# The OpenAI API's code for an account without quota or credit: a 429 no wait mends.
_NO_QUOTA_CODE = "insufficient_quota"


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
    message = provider_message(exc) or str(exc)
    return bool(_RESPONSE_FORMAT.search(message)) and not is_context_length(message)


def is_transient(exc: BaseException) -> bool:
    """Whether waiting and sending the same request again can succeed.

    Rate limits, overloaded or failing servers, time-outs and dropped connections are;
    a request the server rejects as malformed (even with a 5xx), a TLS or certificate
    failure, and every 4xx but 408/409/429 are not.
    """
    import httpx2
    import openai

    if isinstance(exc, openai.APIStatusError):
        if exc.status_code not in _TRANSIENT_STATUS and exc.status_code < 500:
            return False
        if is_out_of_quota(exc):
            return False
        message = provider_message(exc) or ""
        return not (REQUEST_INVALID.search(message) or is_context_length(message))
    if isinstance(exc, openai.APITimeoutError | httpx2.TimeoutException):
        return True
    if isinstance(exc, openai.APIConnectionError | httpx2.TransportError):
        return not is_tls_failure(exc)
    return False


def is_out_of_quota(exc: BaseException) -> bool:
    """Whether the provider says the account has no quota or credit left.

    Only the OpenAI API's explicit code counts: other providers (Gemini) use the same
    words ("exceeded your current quota") for a per-minute limit that waiting mends.
    """
    code = getattr(exc, "code", None)
    body = getattr(exc, "body", None)
    if code is None and isinstance(body, dict):
        err = body.get("error", body)
        code = err.get("code") if isinstance(err, dict) else None
    return code == _NO_QUOTA_CODE


def _server_failure(exc: BaseException) -> str | None:
    """`server_error` for an HTTP failure that every retry met, else None."""
    status = getattr(exc, "status_code", None)
    if not isinstance(status, int):
        return None
    if status not in _TRANSIENT_STATUS and status < 500:
        return None
    message = provider_message(exc) or getattr(exc, "provider_message", None) or str(exc)
    if REQUEST_INVALID.search(message) or is_context_length(message):
        return None  # about this request: the next article may pass
    return "server_error"


def is_timeout(exc: BaseException) -> bool:
    """Whether the request timed out (the server may still be working on it)."""
    import httpx2
    import openai

    return isinstance(exc, openai.APITimeoutError | httpx2.TimeoutException)


def is_tls_failure(exc: BaseException) -> bool:
    """Whether a TLS or certificate failure is behind the error."""
    import ssl

    return any(
        isinstance(seen, ssl.SSLError) or "SSL" in type(seen).__name__ or _TLS.search(str(seen))
        for seen in chain(exc)
    )


def is_connection_refused(exc: BaseException) -> bool:
    """Whether nothing listens at the endpoint (the error behind the error says so)."""
    return any(
        isinstance(seen, ConnectionRefusedError) or "refused" in str(seen).lower()
        for seen in chain(exc)
    )


def _is_connection_error(exc: BaseException) -> bool:
    return any(
        "Connect" in type(seen).__name__ or isinstance(seen, OSError) for seen in chain(exc)
    )


def failure_kind(exc: BaseException) -> str | None:
    """The kind of a failure that no retry will mend and every article shares, or None.

    One of `FAILURE_KINDS`: nothing listens at the endpoint, its name does not resolve,
    TLS fails, the server refuses the key, the access or the path (HTTP 401, 403, 404),
    or it did not answer within the time-out, after every retry (a server that accepts
    and never answers: each article would wait as long); or the cache cannot be opened
    or written (a full disk); or the endpoint answers HTTP 200 with a body that is no chat
    completion (not JSON, no `choices`: a web page, not an API); or the account has no
    quota left (OpenAI's `insufficient_quota`); or the server still answers HTTP 429 or 5xx
    once every retry is spent (an overloaded or down server, a gateway with nothing behind
    it). A request the server rejects as malformed or too long, and a bad answer, are None:
    they are about one article.
    """
    if any(is_out_of_quota(seen) for seen in chain(exc)):
        return "quota"
    for seen in chain(exc):
        if isinstance(seen, CacheError):  # a full disk, a folder that went read-only
            return "cache"
        if isinstance(seen, NotACompletion):  # a web page, a proxy's login page
            return "not_api"
        status = getattr(seen, "status_code", None)
        if isinstance(status, int) and status in {401, 403, 404}:
            return {401: "auth", 403: "forbidden", 404: "not_found"}[status]
        if is_timeout(seen):
            return "timeout"
        if isinstance(seen, ConnectionRefusedError):
            return "refused"
        text = str(seen)
        if _DNS_FAILURE.search(text) or type(seen).__name__ == "gaierror":
            return "dns"
        if "refused" in text.lower() and "connect" in text.lower():
            return "refused"
    if is_tls_failure(exc) and _is_connection_error(exc):
        return "tls"
    answers = [seen for seen in chain(exc) if isinstance(getattr(seen, "status_code", None), int)]
    if answers and all(_server_failure(seen) for seen in answers):
        return "server_error"  # none of them says the request itself was at fault
    return None


_NOT_A_COMPLETION_HINT = (
    "Check VISITX_BASE_URL: it must be an OpenAI-compatible API, whose base URL usually "
    "ends in /v1 (e.g. http://127.0.0.1:8080/v1), not a web page or a proxy's login page."
)


def not_a_completion(answer: Any) -> ProviderError:
    """The error for an HTTP 200 whose body is not a chat completion (no `choices`)."""
    shown = " ".join(str(answer).split())[:200] if isinstance(answer, str) else ""
    what = f"text that is not a chat completion: {shown!r}" if shown else "no `choices`"
    return NotACompletion(
        f"The endpoint answered HTTP 200 with {what}. {_NOT_A_COMPLETION_HINT}"
    )


@contextlib.contextmanager
def no_json_is_provider_error() -> Iterator[None]:
    """Raise a body that is not JSON as a `ProviderError`, not as the model's bad answer.

    The SDK decodes the HTTP body itself; instructor would take its `JSONDecodeError` for
    an invalid draft and re-ask the model about an answer the model never gave.
    """
    try:
        yield
    except json.JSONDecodeError as exc:
        raise NotACompletion(
            f"The endpoint answered HTTP 200 with a body that is not JSON ({exc.msg}). "
            + _NOT_A_COMPLETION_HINT
        ) from exc
