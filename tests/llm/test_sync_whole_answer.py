"""A sync `extract()` against a server that trickles its answer ends within the time-out.

The real-server soak (bench/README.md, branch `soak`) found that a server sending a 200 and
then a byte a second held an article for ever: the time-out bounded each read only. Async
requests were fixed there (test_trickled_answer.py); these tests hold the sync path, what
notebook users call, to the same whole-answer bound.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx2
import pytest

import visitx
from visitx import ProviderError, Settings
from visitx.llm.deadline import WholeAnswerTransport
from visitx.llm.retry import no_backoff

from conftest import PostServer, load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
TRICKLE_FOR_S = 60.0  # the server stops trickling by itself after this
DEADLINE_S = 30.0  # the call must have ended well before the server stops
GERMAN = "004_9cac97c1ccfe093a"


class _Trickler(PostServer):
    """A 127.0.0.1 server answering each POST with a 200 and then a byte a second."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.dropped = threading.Event()  # a write failed: the client closed the connection
        super().__init__(self.trickle)

    def trickle(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", "100000")
        handler.end_headers()
        until = time.monotonic() + TRICKLE_FOR_S
        try:
            while time.monotonic() < until and not self.stop.is_set():
                handler.wfile.write(b" ")
                handler.wfile.flush()
                self.stop.wait(1.0)
        except OSError:
            self.dropped.set()
        handler.close_connection = True

    def __exit__(self, *exc_info: object) -> None:
        self.stop.set()  # the trickles end before the server shuts down
        super().__exit__(*exc_info)


@pytest.fixture
def trickler() -> Iterator[_Trickler]:
    with _Trickler() as running:
        yield running


def _within(seconds: float, call: Callable[[], Any]) -> BaseException | None:
    """Run `call` in a thread; fail the test if it has not ended after `seconds`."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()
            outcome.append(None)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"extract() still waiting after {seconds:g} s"
    return outcome[0]


@pytest.mark.parametrize("model", ["m", "anthropic/claude-test", "google/gemini-test"])
def test_a_trickled_answer_fails_the_sync_call_as_a_time_out(
    trickler: _Trickler, tmp_path: Path, model: str
) -> None:
    """extract() with timeout 2 s ends in the 'did not answer in time' error, not a hang."""
    settings = Settings(
        model=model, base_url=trickler.base_url, api_key="k", timeout=2.0, max_retries=0,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    )  # fmt: skip
    error = _within(DEADLINE_S, lambda: visitx.extract(TEXT, settings=settings))
    assert isinstance(error, ProviderError)
    assert "did not answer in time" in str(error)
    assert trickler.posts == 1


def test_a_timed_out_sync_answer_is_retried(trickler: _Trickler, tmp_path: Path) -> None:
    """The whole-answer time-out is a retryable time-out: max_retries=1 sends it twice."""
    settings = Settings(
        model="m", base_url=trickler.base_url, api_key="k", timeout=2.0, max_retries=1,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    )  # fmt: skip
    with no_backoff():
        error = _within(DEADLINE_S, lambda: visitx.extract(TEXT, settings=settings))
    assert isinstance(error, ProviderError)
    assert trickler.posts == 2


def test_the_connection_is_closed_when_the_time_is_up(
    trickler: _Trickler, tmp_path: Path
) -> None:
    """After the time-out the server's next writes fail: the client hung up."""
    settings = Settings(
        model="m", base_url=trickler.base_url, api_key="k", timeout=2.0, max_retries=0,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    )  # fmt: skip
    _within(DEADLINE_S, lambda: visitx.extract(TEXT, settings=settings))
    assert trickler.dropped.wait(10.0)


def test_a_prompt_answer_is_unaffected(local_server: Any, tmp_path: Path) -> None:
    """A server answering at once still gives a record through the bounded client."""
    text, _ = load_article(GERMAN)
    settings = local_settings(local_server, tmp_path, timeout=2.0, cache=False)
    result = visitx.Extractor(settings).extract(text)
    assert result.visits
    assert len(local_server.requests) == 1


class _Chunks(httpx2.SyncByteStream):
    """A body of `count` chunks, each arriving `step` seconds on a fake clock."""

    def __init__(self, clock: list[float], count: int, step: float) -> None:
        self.clock, self.count, self.step = clock, count, step
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.count):
            self.clock[0] += self.step
            yield b" "

    def close(self) -> None:
        self.closed = True


def test_the_transport_stops_the_body_at_the_deadline() -> None:
    """Chunks a second apart, 2 s allowed: the read fails at the 2nd chunk, stream closed."""
    now = [0.0]
    body = _Chunks(now, count=10, step=1.0)
    inner = httpx2.MockTransport(lambda request: httpx2.Response(200, stream=body))
    transport = WholeAnswerTransport(inner, 2.0, clock=lambda: now[0])
    with (
        httpx2.Client(transport=transport) as client,
        pytest.raises(httpx2.ReadTimeout, match="within 2 s"),
    ):
        client.get("http://127.0.0.1/")
    assert (now[0], body.closed) == (2.0, True)


def test_the_transport_passes_a_body_within_the_deadline() -> None:
    """Three chunks a second apart, 5 s allowed: the whole body arrives."""
    now = [0.0]
    inner = httpx2.MockTransport(
        lambda request: httpx2.Response(200, stream=_Chunks(now, count=3, step=1.0))
    )
    transport = WholeAnswerTransport(inner, 5.0, clock=lambda: now[0])
    with httpx2.Client(transport=transport) as client:
        assert client.get("http://127.0.0.1/").content == b"   "
