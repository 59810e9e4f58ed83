"""URLs and texts safe to print, log or record: credentials in them replaced by `***`.

A base URL may carry a password (`http://user:secret@host/v1`) or a key in its query
(`?key=...`, `?api_key=...`, `?sig=...`). Wherever visitx shows a URL – `repr(Settings)`,
error messages, log lines, test cassettes – it shows `redact_url(url)`. A text (an error
message, a log line) goes through `redact_urls`, which does not need a well-formed URL:
an SDK may put its path after the base URL's query (`/v1?key=K/files`), a server may
quote the URL percent-encoded or without its scheme, or echo the request's headers
(`authorization: Bearer sk-...`) or the key alone – each is masked, and the rest (host,
port, path, `api-version=...`) is kept.

The SDKs add their path to a base URL as text, after its query; `split_query` parts a
base URL from its query, which each client is then given as its `default_query`.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from visitx.core.secrets import MASK, mask_known, remember, remember_basic

__all__ = [
    "guard_dependency_logs", "is_secret_param", "redact_url", "redact_urls", "remember_url",
    "split_query",
]

# Query parameters that carry a secret (matched whole and case-insensitively).
_SECRET_PARAMS = re.compile(
    r"(?:[\w.-]*[-_.])?(?:key|token|secret|password|passwd|pwd|sig|signature|credentials?)"
    r"|(?:api|access|auth|refresh|id)[-_]?(?:key|token)|auth|authorization|jwt|code|"
    r"session(?:[-_]?id)?",
    re.IGNORECASE,
)
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'\"<>()\[\]{}]+")
# A credential as a header or its value: `authorization: Bearer x`, `x-api-key: x`, `Basic x`.
_CREDENTIAL = re.compile(
    r"(?P<name>\b(?:proxy-)?authorization|\b(?:x-(?:goog-)?)?api-key)(?P<sep>[\"']?\s*[:=]\s*[\"']?)"
    r"(?:(?P<scheme>bearer|basic|token)\s+)?[^\s\"',;<>&]+"
    r"|\b(?P<alone>bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}",
    re.IGNORECASE,
)
# `name=value` after `?` or `&` anywhere in a text, also percent-encoded (`%3Fkey%3D...`)
# or HTML-escaped (`&amp;sig=`). The value runs to the next parameter, a space, a quote or
# a bracket – through a `/`, since the SDK appends its path to a query (`?key=K/files`).
_QUERY_PARAM = re.compile(
    r"(?P<lead>\?|&(?:amp;)?|%3[Ff]|%26)(?P<name>[\w.-]+)(?P<eq>=|%3[Dd]|%253[Dd])"
    r"(?P<value>(?:(?!%26)[^&\s'\"<>#,;()\[\]{}])*)"
)
# A password in a URL's user information, also in a percent-encoded URL (there it ends at
# `%40`, and neither part runs past a `%2F`; bounded, so a long text is read in linear time).
_USERINFO = re.compile(
    r"(?P<plain>//[^\s/:@'\"<>]*:)[^\s/@'\"<>]*(?=@)"
    r"|(?P<encoded>%2[Ff]%2[Ff](?:[^\s/@'\"<>%]|%(?!3[Aa]|2[Ff])[0-9A-Fa-f]{2}){0,256}%3[Aa])"
    r"(?:(?!%40|%2[Ff])[^\s/@'\"<>]){0,512}(?=%40)"
)
_SENTENCE_END = re.compile(r"[.:!?]+$")


def is_secret_param(name: str) -> bool:
    """Whether a query parameter of this name carries a secret (`key`, `sig`, `api_key`...)."""
    return _SECRET_PARAMS.fullmatch(name) is not None


def split_query(url: str) -> tuple[str, dict[str, str]]:
    """`url` without its query (and fragment), and the query's parameters.

    The openai and anthropic SDKs append their path to the base URL as text, after its
    query (`/v1?key=K/chat/completions`), so visitx gives them the base URL without it
    and the parameters as the client's `default_query`, sent with every request. A URL
    without a query or fragment is returned as it is.

    Example:
        >>> split_query("https://gw.example/v1?api-version=2024-02-01&key=K")
        ('https://gw.example/v1', {'api-version': '2024-02-01', 'key': 'K'})
    """
    parts = urlsplit(url)
    if not parts.query and not parts.fragment:
        return url, {}
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    return base, dict(parse_qsl(parts.query, keep_blank_values=True))


def _masked(match: re.Match[str]) -> str:
    if match.group("alone"):
        return f"{match.group('alone')} {MASK}"
    scheme = f"{match.group('scheme')} " if match.group("scheme") else ""
    return f"{match.group('name')}{match.group('sep')}{scheme}{MASK}"


def _masked_param(match: re.Match[str]) -> str:
    value = match.group("value")
    if not value or not _SECRET_PARAMS.fullmatch(match.group("name")):
        return match.group(0)
    end = _SENTENCE_END.search(value)  # the full stop of the sentence is not the key's
    head = match.group(0)[: match.start("value") - match.start()]
    return head + MASK + (end.group(0) if end else "")


def _masked_userinfo(match: re.Match[str]) -> str:
    return (match.group("plain") or match.group("encoded")) + MASK


def redact_url(url: str) -> str:
    """The URL with a password, and the values of secret-looking query parameters, masked.

    Example:
        >>> redact_url("https://me:hunter2@api.example.com/v1?key=abc&version=2")
        'https://me:***@api.example.com/v1?key=***&version=2'
    """
    try:
        parts = urlsplit(url)
        password = parts.password
    except ValueError:
        return url
    netloc = parts.netloc
    if password is not None:
        userinfo, _, host = netloc.rpartition("@")
        user = userinfo.split(":", 1)[0]
        netloc = f"{user}:{MASK}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_PARAMS.fullmatch(k) for k, _ in pairs):
            query = urlencode(
                [(k, MASK if _SECRET_PARAMS.fullmatch(k) else v) for k, v in pairs], safe="*"
            )
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def _redact_whole_url(match: re.Match[str]) -> str:
    url = match.group(0)
    end = _SENTENCE_END.search(url)
    if end is None:
        return redact_url(url)
    return redact_url(url[: end.start()]) + end.group(0)


def redact_urls(text: str) -> str:
    """A text (an error message, a log line) with every credential in it masked.

    Masked: the password and secret query values of each URL (`redact_url`); the value of
    a secret-named query parameter and a `user:password@` anywhere, even in a URL that is
    mangled, percent-encoded or has no scheme; credentials in header form
    (`authorization: Bearer ...`, `x-api-key: ...`); and the key and URL secrets visitx
    built its clients with (`remember_url`, `visitx.core.secrets`), wherever they appear.

    Example:
        >>> redact_urls("Request headers: authorization: Bearer sk-abc123 accept: */*")
        'Request headers: authorization: Bearer *** accept: */*'
        >>> redact_urls("no route /v1?api-version=2024-02-01&key=K1/files.")
        'no route /v1?api-version=2024-02-01&key=***.'
    """
    text = _CREDENTIAL.sub(_masked, text)
    if "://" in text:
        text = _URL.sub(_redact_whole_url, text)
    if "=" in text or "%3" in text.upper():
        text = _QUERY_PARAM.sub(_masked_param, text)
    if "//" in text or "%2F%2F" in text.upper():
        text = _USERINFO.sub(_masked_userinfo, text)
    return mask_known(text)


def remember_url(url: str | None) -> None:
    """Mask a base URL's password and secret query values in every text from now on."""
    if not url:
        return
    try:
        parts = urlsplit(url)
        user, password = parts.username, parts.password
    except ValueError:
        return
    if password:
        remember(password)
        remember_basic(user or "", password)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    remember(*(v for k, v in pairs if _SECRET_PARAMS.fullmatch(k)))


class RedactingFilter(logging.Filter):
    """Masks credentials (`redact_urls`) in a logger's records: the message, and the
    traceback of an exception logged with it (formatted here, as a handler would)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_urls(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_urls(record.exc_text)
        return True


# The dependencies that log requests and errors: `HTTP Request: POST <url>` (httpx2, at
# INFO), `Sending HTTP Request` (openai, at DEBUG), `API call failed ... <body>` (instructor,
# at ERROR), each with the URL and the server's words as they are.
DEPENDENCY_LOGGERS = ("openai", "httpx2", "httpx", "httpcore", "instructor", "anthropic", "google")


def _install(logger: logging.Logger) -> None:
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


def guard_dependency_logs() -> None:
    """Mask credentials in the records of the dependencies' loggers that exist now.

    A logger's filter sees only the records logged on that logger, not its children's, so
    each one is given the filter; visitx calls this whenever it builds a client, after
    the SDKs (and their loggers) are loaded.
    """
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and name.split(".")[0] in DEPENDENCY_LOGGERS:
            _install(logger)


_install(logging.getLogger("visitx"))
