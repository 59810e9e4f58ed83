"""A server that closes the connection mid-answer is reported as that, not as no connection.

The real-server soak (bench/README.md, branch `soak`) saw a 200 whose Content-Length was
larger than the bytes sent, then a closed connection, reported as "Could not connect to the
provider": the connection had been made, and the answer began. The error now says what
happened.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

import visitx
from visitx import ProviderError, Settings
from visitx.llm.retry import no_backoff

from conftest import PostAnswer, PostServer

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
DEADLINE_S = 30.0


def _hanging_up(sent: bytes | None) -> PostAnswer:
    """An answer that promises 1000 bytes, sends `sent` of them and hangs up."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.close_connection = True
        if sent is None:
            return  # no status line at all
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", "1000")
        handler.end_headers()
        handler.wfile.write(sent)
        handler.wfile.flush()

    return answer


def _serve(sent: bytes | None) -> Iterator[PostServer]:
    with PostServer(_hanging_up(sent)) as running:
        yield running


@pytest.fixture
def mid_answer() -> Iterator[PostServer]:
    yield from _serve(b'{"id": "chatcmpl-1", "choi')


@pytest.fixture
def no_answer() -> Iterator[PostServer]:
    yield from _serve(None)


def _settings(server: PostServer, tmp_path: Path, retries: int = 0) -> Settings:
    # The time-out bounds the whole answer (test_sync_whole_answer.py): no call hangs.
    return Settings(
        model="m", base_url=server.base_url, api_key="k", timeout=5.0, max_retries=retries,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    )  # fmt: skip


def test_a_body_cut_short_says_the_server_hung_up(mid_answer: PostServer, tmp_path: Path) -> None:
    """extract() against a server closing mid-body: 'closed the connection in the middle'."""
    with pytest.raises(ProviderError) as caught:
        visitx.extract(TEXT, settings=_settings(mid_answer, tmp_path))
    assert "closed the connection in the middle of its answer" in str(caught.value)
    assert "Could not connect" not in str(caught.value)


async def test_an_async_body_cut_short_says_the_server_hung_up(
    mid_answer: PostServer, tmp_path: Path
) -> None:
    """aextract words the same cut-short body the same way."""
    with pytest.raises(ProviderError, match="closed the connection in the middle"):
        await asyncio.wait_for(
            visitx.aextract(TEXT, settings=_settings(mid_answer, tmp_path)), DEADLINE_S
        )


def test_a_hang_up_before_any_answer_says_so(no_answer: PostServer, tmp_path: Path) -> None:
    """A server closing after reading the request 'closed the connection without answering'."""
    with pytest.raises(ProviderError, match="closed the connection without answering"):
        visitx.extract(TEXT, settings=_settings(no_answer, tmp_path))


def test_a_body_cut_short_is_retried(mid_answer: PostServer, tmp_path: Path) -> None:
    """The hang-up is transient: with max_retries=1 the request is sent twice."""
    with no_backoff(), pytest.raises(ProviderError, match="in the middle of its answer"):
        visitx.extract(TEXT, settings=_settings(mid_answer, tmp_path, retries=1))
    assert mid_answer.posts == 2
