"""The HTTP errors of fetching a page (`read_url`), mapped to `InputError` in one place.

`io` never imports the model layer, so it maps the few httpx2 errors a page fetch meets
itself, in the style of `visitx.llm.errmap`: first matching row wins.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from visitx.core.errors import InputError


@contextlib.contextmanager
def mapped_fetch_errors(url: str, timeout: float) -> Iterator[None]:
    """An httpx2 error raised inside becomes its `InputError`, raised from the original;
    any other exception passes unchanged."""
    try:
        yield
    except Exception as exc:
        mapped = fetch_error(url, timeout, exc)
        if mapped is None:
            raise
        raise mapped from exc


def fetch_error(url: str, timeout: float, exc: BaseException) -> InputError | None:
    """The `InputError` for an httpx2 error met while fetching `url`, or None."""
    import httpx2

    if isinstance(exc, httpx2.TimeoutException):  # an HTTPError too: asked first
        return too_slow(url, timeout)
    rows: tuple[tuple[type[BaseException], str], ...] = (
        (httpx2.HTTPError, f"{url}: could not fetch the page ({exc})."),
        (httpx2.InvalidURL, f"{url}: not a valid address ({exc})."),
    )
    for cls, message in rows:
        if isinstance(exc, cls):
            return InputError(message)
    return None


def too_slow(url: str, timeout: float) -> InputError:
    """The error of a page that did not arrive within `timeout` seconds (one that trickles
    in, or an httpx2 time-out)."""
    return InputError(
        f"{url}: the page did not arrive within {timeout:g} s; retry, or raise the timeout."
    )
