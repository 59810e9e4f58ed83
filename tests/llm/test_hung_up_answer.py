"""A server that closes the connection mid-answer is reported as that, not as no connection.

The real-server soak (bench/README.md, branch `soak`) saw a 200 whose Content-Length was
larger than the bytes sent, then a closed connection, reported as "Could not connect to the
provider": the connection had been made, and the answer began. The error now says what
happened.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import ProviderError, Settings
from visitx.llm.retry import no_backoff

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
DEADLINE_S = 30.0


class _HangingUp:
    """A 127.0.0.1 server that promises 1000 bytes, sends `sent` of them and hangs up."""

    def __init__(self, sent: bytes | None) -> None:
        self.posts = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self.send_response(404)
                self.send_header("content-length", "0")
                self.end_headers()

            def do_POST(self) -> None:
                server.posts += 1
                self.rfile.read(int(self.headers.get("content-length", 0)))
                self.close_connection = True
                if sent is None:
                    return  # no status line at all
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", "1000")
                self.end_headers()
                self.wfile.write(sent)
                self.wfile.flush()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


def _serve(sent: bytes | None) -> Iterator[_HangingUp]:
    running = _HangingUp(sent)
    thread = threading.Thread(
        target=running.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield running
    finally:
        running.httpd.shutdown()
        running.httpd.server_close()


@pytest.fixture
def mid_answer() -> Iterator[_HangingUp]:
    yield from _serve(b'{"id": "chatcmpl-1", "choi')


@pytest.fixture
def no_answer() -> Iterator[_HangingUp]:
    yield from _serve(None)


def _settings(server: _HangingUp, tmp_path: Path, retries: int = 0) -> Settings:
    # The time-out bounds the whole answer (test_sync_whole_answer.py): no call hangs.
    return Settings(
        model="m", base_url=server.url, api_key="k", timeout=5.0, max_retries=retries,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    )  # fmt: skip


def test_a_body_cut_short_says_the_server_hung_up(mid_answer: _HangingUp, tmp_path: Path) -> None:
    """extract() against a server closing mid-body: 'closed the connection in the middle'."""
    with pytest.raises(ProviderError) as caught:
        visitx.extract(TEXT, settings=_settings(mid_answer, tmp_path))
    assert "closed the connection in the middle of its answer" in str(caught.value)
    assert "Could not connect" not in str(caught.value)


async def test_an_async_body_cut_short_says_the_server_hung_up(
    mid_answer: _HangingUp, tmp_path: Path
) -> None:
    """aextract words the same cut-short body the same way."""
    with pytest.raises(ProviderError, match="closed the connection in the middle"):
        await asyncio.wait_for(
            visitx.aextract(TEXT, settings=_settings(mid_answer, tmp_path)), DEADLINE_S
        )


def test_a_hang_up_before_any_answer_says_so(no_answer: _HangingUp, tmp_path: Path) -> None:
    """A server closing after reading the request 'closed the connection without answering'."""
    with pytest.raises(ProviderError, match="closed the connection without answering"):
        visitx.extract(TEXT, settings=_settings(no_answer, tmp_path))


def test_a_body_cut_short_is_retried(mid_answer: _HangingUp, tmp_path: Path) -> None:
    """The hang-up is transient: with max_retries=1 the request is sent twice."""
    with no_backoff(), pytest.raises(ProviderError, match="in the middle of its answer"):
        visitx.extract(TEXT, settings=_settings(mid_answer, tmp_path, retries=1))
    assert mid_answer.posts == 2
