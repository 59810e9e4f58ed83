"""The secrets visitx was given, masked wherever they appear in a text it shows.

A server may echo the API key in an error body (`Incorrect API key provided: sk-...`), or
an SDK may quote a URL in a shape no URL pattern recognises. So the key a client is built
with, and a base URL's password and secret query values, are remembered (`remember`) when
visitx builds a client, and `mask_known` replaces each of them – as given, percent-encoded,
and a URL's `user:password` as the Basic credential HTTP sends – by `***` in any text.

Values shorter than `MIN_LENGTH` are not remembered: a placeholder key such as `EMPTY` or
`ollama` would mask ordinary words. Such a value is still masked where it stands as a
credential (`?key=...`, `user:...@`, `Bearer ...`; see `visitx.core.urls.redact_urls`).
"""

from __future__ import annotations

import base64
import re
import threading
from urllib.parse import quote

__all__ = ["MASK", "MIN_LENGTH", "mask_known", "remember", "remember_basic"]

MASK = "***"
MIN_LENGTH = 8

class _Known:
    """The remembered values and one pattern of them all, longest first (so a key is
    masked whole before a shorter secret inside it)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.values: set[str] = set()
        self.pattern: re.Pattern[str] | None = None

    def add(self, forms: set[str]) -> None:
        with self.lock:
            if forms <= self.values:
                return
            self.values |= forms
            ordered = sorted(self.values, key=len, reverse=True)
            self.pattern = re.compile("|".join(map(re.escape, ordered)))


_KNOWN = _Known()


def remember(*values: str | None) -> None:
    """Mask these values (and their percent-encoded forms) from now on; short ones are skipped."""
    _KNOWN.add(
        {
            form
            for value in values
            if value and len(value) >= MIN_LENGTH
            for form in (value, quote(value, safe=""))
        }
    )


def remember_basic(user: str, password: str) -> None:
    """Mask the Basic credential HTTP sends for `user:password` (base64 of both)."""
    remember(base64.b64encode(f"{user}:{password}".encode()).decode("ascii"))


def mask_known(text: str) -> str:
    """`text` with every remembered secret replaced by `***`.

    Example:
        >>> remember("sk-example-0123456789")
        >>> mask_known("Incorrect API key provided: sk-example-0123456789.")
        'Incorrect API key provided: ***.'
    """
    pattern = _KNOWN.pattern
    return pattern.sub(MASK, text) if pattern is not None else text
