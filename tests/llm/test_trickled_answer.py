"""A server that trickles its answer a byte at a time cannot hold a request past the time-out.

The real-server soak (bench/README.md, branch `soak`) pointed `visitx extract --timeout 10`
at a 127.0.0.1 server that sent a 200 and then one byte a second: each read came within the
client's time-out, so the article never ended (stopped from outside after 280 s). The
time-out now bounds the whole answer.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import visitx
from visitx import ProviderError, Settings

from conftest import PostServer

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
TRICKLE_FOR_S = 60.0  # the server stops trickling by itself after this
DEADLINE_S = 30.0  # the call must have ended well before the server stops


@pytest.fixture
def trickling_server() -> Iterator[str]:
    """A 127.0.0.1 server answering every POST with a 200 and a space every 0.1 s."""
    stop = threading.Event()

    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("transfer-encoding", "chunked")
        handler.end_headers()
        until = time.monotonic() + TRICKLE_FOR_S
        try:
            while time.monotonic() < until and not stop.is_set():
                handler.wfile.write(b"1\r\n \r\n")
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass  # the client gave up
        handler.close_connection = True

    with PostServer(trickle) as server:
        try:
            yield server.base_url
        finally:
            stop.set()  # before the server shuts down


async def test_a_trickled_answer_times_out_as_a_provider_error(
    trickling_server: str, tmp_path: Path
) -> None:
    """aextract against a server that never finishes its answer ends in a time-out error."""
    settings = Settings(
        model="m", base_url=trickling_server, api_key="k", timeout=1.0, max_retries=1,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    )  # fmt: skip
    with pytest.raises(ProviderError, match="did not answer in time"):
        await asyncio.wait_for(visitx.aextract(TEXT, settings=settings), DEADLINE_S)
