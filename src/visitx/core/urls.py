"""URLs safe to print, log or record: credentials in them replaced by `***`.

A base URL may carry a password (`http://user:secret@host/v1`) or a key in its query
(`?key=...`, `?api_key=...`, `?sig=...`). Wherever visitx shows a URL – `repr(Settings)`,
error messages, log lines, test cassettes – it shows `redact_url(url)`. A server's error
page may also echo the request's headers (`authorization: Bearer sk-...`): `redact_urls`
masks those credentials in a text as well.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["redact_url", "redact_urls"]

MASK = "***"
# Query parameters that carry a secret (matched case-insensitively, `-` and `_` alike).
_SECRET_PARAMS = re.compile(
    r"(?:api[-_]?)?key|.*[-_](?:key|token|secret)|token|access[-_]?token|secret|password|"
    r"passwd|pwd|auth|authorization|sig|signature|credential|credentials|session|code",
    re.IGNORECASE,
)
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'\"<>()\[\]{}]+")
# A credential as a header or its value: `authorization: Bearer x`, `x-api-key: x`, `Basic x`.
_CREDENTIAL = re.compile(
    r"(?P<name>\b(?:proxy-)?authorization|\b(?:x-(?:goog-)?)?api-key)(?P<sep>[\"']?\s*[:=]\s*[\"']?)"
    r"(?:(?P<scheme>bearer|basic|token)\s+)?[^\s\"',;<>]+"
    r"|\b(?P<alone>bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}",
    re.IGNORECASE,
)


def _masked(match: re.Match[str]) -> str:
    if match.group("alone"):
        return f"{match.group('alone')} {MASK}"
    scheme = f"{match.group('scheme')} " if match.group("scheme") else ""
    return f"{match.group('name')}{match.group('sep')}{scheme}{MASK}"


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


def redact_urls(text: str) -> str:
    """Every URL in a text (an error message, a log line) redacted with `redact_url`, and
    credentials in header form (`authorization: Bearer ...`, `x-api-key: ...`) masked.

    Example:
        >>> redact_urls("Request headers: authorization: Bearer sk-abc123 accept: */*")
        'Request headers: authorization: Bearer *** accept: */*'
    """
    text = _CREDENTIAL.sub(_masked, text)
    if "://" not in text:
        return text
    return _URL.sub(lambda m: redact_url(m.group(0)), text)


class RedactingFilter(logging.Filter):
    """Masks credentials in URLs in the records of the `visitx` logger."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_urls(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def _install() -> None:
    logger = logging.getLogger("visitx")
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())


_install()
