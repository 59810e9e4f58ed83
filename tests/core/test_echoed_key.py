"""A server's error page that echoes the request headers does not put the key in a message.

The real-server soak (bench/README.md, branch `soak`) pointed `visitx extract` at a
127.0.0.1 server answering HTTP 500 and 401 with an HTML page that lists the request's
headers, as some proxies do: `authorization: Bearer sk-test-SECRET123` reached stderr and
the `error` of every record in `--output`. Credentials in header form are now masked
wherever URLs already were (every `ProviderError` message, the `visitx` logger).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import visitx
from visitx import ProviderError, Settings
from visitx.core.urls import redact_urls

from conftest import PostServer

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

KEY = "sk-test-SECRET123"
DEADLINE_S = 30.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("authorization: Bearer sk-abc123 accept: */*", "authorization: Bearer *** accept: */*"),
        ('{"Authorization": "Bearer sk-abc123"}', '{"Authorization": "Bearer ***"}'),
        ("x-api-key: sk-ant-abc123, next", "x-api-key: ***, next"),
        ("x-goog-api-key=AIzaabc123", "x-goog-api-key=***"),
        ("sent Bearer abcdefghijkl here", "sent Bearer *** here"),
        ("the authorization failed: check the key", "the authorization failed: check the key"),
    ],
)
def test_credentials_in_header_form_are_masked(text: str, expected: str) -> None:
    """redact_urls masks a header's credential and leaves ordinary words alone."""
    assert redact_urls(text) == expected


@pytest.fixture
def echoing_server() -> Iterator[str]:
    """A 127.0.0.1 server answering every POST with HTTP 500 and its request headers."""

    def echo(handler: BaseHTTPRequestHandler) -> None:
        body = f"<html><pre>Upstream error. Request headers:\n{handler.headers}</pre></html>"
        data = body.encode()
        handler.send_response(500)
        handler.send_header("content-type", "text/html")
        handler.send_header("content-length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    with PostServer(echo) as server:
        yield server.base_url


async def test_an_echoed_key_is_not_in_the_provider_error(
    echoing_server: str, tmp_path: Path
) -> None:
    """The ProviderError of a server that echoes the headers names no key."""
    settings = Settings(
        model="m", base_url=echoing_server, api_key=KEY, max_retries=0, llama_cpp=False,
        cache=False, cache_dir=tmp_path,
    )  # fmt: skip
    text = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
    with pytest.raises(ProviderError) as caught:
        await asyncio.wait_for(visitx.aextract(text, settings=settings), DEADLINE_S)
    assert "Request headers" in str(caught.value)  # the page was quoted: the test can fail
    assert KEY not in str(caught.value)
    assert KEY not in (caught.value.provider_message or "")
