"""The batch engine when a run ends early, the endpoint is dead, or the input is slow.

Against the reference server on 127.0.0.1 (no cassette), or an httpx2 MockTransport
where a test needs a scripted status for every request.
"""

from __future__ import annotations

import _thread
import asyncio
import contextlib
import signal
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

import visitx
from visitx import Article, Settings
from visitx.batch.engine import run_sync
from visitx.batch.parts import Progress
from visitx.llm.failures import failure_kind
from visitx.llm.provider import use_transport

from conftest import ARTICLES, load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

STEMS = [line.split('"')[3] for line in (ARTICLES / "index.jsonl").read_text().splitlines()]


def gold_inputs(count: int) -> list[Article]:
    inputs = []
    for stem in STEMS[:count]:
        text, entry = load_article(stem)
        inputs.append(Article(text=text, published=entry["published"], id=stem))
    return inputs


def visitx_tasks() -> list[asyncio.Task[Any]]:
    return [
        t for t in asyncio.all_tasks() if t.get_name().startswith("visitx-") and not t.done()
    ]


async def test_break_out_of_aextract_many_leaves_no_task(local_server: Any, tmp_path: Path) -> None:
    """`break` in aclosing(aextract_many(...)): no worker is left pending, promptly."""
    settings = local_settings(local_server, tmp_path, cache=False)
    batch = visitx.aextract_many(gold_inputs(12), settings=settings, concurrency=4, progress=False)
    async with asyncio.timeout(20), contextlib.aclosing(batch) as results:
        async for _ in results:
            break
    assert visitx_tasks() == []


async def test_plain_break_cleans_up_when_the_iterator_goes(
    local_server: Any, tmp_path: Path
) -> None:
    """A plain `break`: once the loop has run the finalizer, no worker is left pending."""
    settings = local_settings(local_server, tmp_path, cache=False)
    async with asyncio.timeout(20):
        async for _ in visitx.aextract_many(
            gold_inputs(12), settings=settings, concurrency=4, progress=False
        ):
            break
        for _ in range(50):  # the asyncgen finalizer schedules aclose(); let it run
            if not visitx_tasks():
                break
            await asyncio.sleep(0)
    assert visitx_tasks() == []


def test_a_slow_input_does_not_hold_up_the_records(local_server: Any, tmp_path: Path) -> None:
    """The first record arrives while the input waits for its next item."""
    settings = local_settings(local_server, tmp_path)
    first = gold_inputs(1)[0]
    go_on = threading.Event()

    def slow() -> Iterator[Article]:
        yield first
        go_on.wait(20)  # a stdin with no next line yet

    async def first_record() -> str | None:
        async for result in visitx.aextract_many(slow(), settings=settings, progress=False):
            go_on.set()  # only reachable if the record came while the input blocked
            return result.article.source_id
        return None

    assert asyncio.run(asyncio.wait_for(first_record(), 20)) == first.id
    assert go_on.is_set()


def refusing_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_dead_endpoint_stops_the_batch_naming_cause_and_endpoint(tmp_path: Path) -> None:
    """Connection refused three articles in a row: a ProviderError, not 34 failures."""
    endpoint = refusing_port()
    settings = Settings(model="m", base_url=endpoint, cache_dir=tmp_path / "c")
    with pytest.raises(visitx.ProviderError) as info:
        visitx.extract_many(gold_inputs(10), settings=settings, concurrency=1, progress=False)
    message = str(info.value)
    assert "3 articles in a row" in message
    assert "connection refused" in message
    assert endpoint in message


def test_401_stops_after_three_requests(tmp_path: Path) -> None:
    """A refused key: three requests are sent, then the batch stops."""
    sent: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(401, json={"error": {"message": "Incorrect API key provided"}})

    settings = Settings(model="m", base_url="http://127.0.0.1:9/v1", cache=False)
    with use_transport(httpx2.MockTransport(handler)), pytest.raises(visitx.ProviderError) as info:
        visitx.extract_many(gold_inputs(10), settings=settings, concurrency=1, progress=False)
    assert len(sent) == 3
    assert "HTTP 401" in str(info.value)


def test_fail_fast_zero_runs_every_article(tmp_path: Path) -> None:
    """fail_fast=0: every article is tried and recorded as failed; nothing is raised."""
    settings = Settings(model="m", base_url=refusing_port(), cache=False)
    results = visitx.extract_many(
        gold_inputs(5), settings=settings, concurrency=2, progress=False, fail_fast=0
    )
    assert [r.error.type if r.error else None for r in results] == ["ProviderError"] * 5


def test_no_key_raises_before_the_input_is_read() -> None:
    """A configuration problem is raised before any article is read or sent."""
    read: list[int] = []

    def inputs() -> Iterator[str]:
        read.append(1)
        yield "text"

    with pytest.raises(visitx.ConfigurationError, match="No API key"):
        visitx.extract_many(inputs(), settings=Settings(), progress=False)
    assert read == []


def test_interrupting_extract_many_in_a_notebook_leaves_no_thread() -> None:
    """KeyboardInterrupt while run_sync waits (Jupyter): the batch thread is stopped too."""
    stopped = threading.Event()

    async def forever() -> None:
        try:
            _thread.interrupt_main()  # as the notebook's stop button does
            await asyncio.Event().wait()
        finally:
            stopped.set()

    async def notebook_cell() -> None:
        run_sync(forever())

    # A loop of its own, as the kernel's: asyncio.run() would turn SIGINT into a cancel.
    # Python's own SIGINT handler, as in a kernel: a background job starts with SIGINT ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    loop = asyncio.new_event_loop()
    try:
        with pytest.raises(KeyboardInterrupt):
            loop.run_until_complete(notebook_cell())
    finally:
        loop.close()
        signal.signal(signal.SIGINT, previous)
    assert stopped.is_set()
    leftover = [t for t in threading.enumerate() if t.name == "visitx-batch"]
    for thread in leftover:
        thread.join(5)  # its loop has closed; only the thread's own exit remains
    assert [t for t in leftover if t.is_alive()] == []


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (ConnectionRefusedError(111, "Connection refused"), "refused"),
        (OSError(-2, "Name or service not known"), "dns"),
        (visitx.ProviderError("The provider answered HTTP 401.", status_code=401), "auth"),
        # once every retry is spent, a 5xx is the server's state, not the article's
        (visitx.ProviderError("The provider answered HTTP 500.", status_code=500), "server_error"),
        (visitx.ProviderError("500", status_code=500, provider_message="Field required"), None),
        (visitx.ExtractionError("not JSON"), None),
    ],
)
def test_failure_kind(exc: BaseException, kind: str | None) -> None:
    """Only failures every article would share have a kind."""
    assert failure_kind(exc) == kind


def test_progress_shows_the_latest_failure_cause(capsys: pytest.CaptureFixture[str]) -> None:
    """The bar's postfix names the last failure's type and message."""
    from visitx.batch.engine import failed

    bar = Progress(True, 3)
    bar.update(failed("x", visitx.ProviderError("Could not connect to the provider")))
    bar.close()
    err = capsys.readouterr().err
    assert "failed=1" in err
    assert "ProviderError: Could not connect" in err
    assert "/3" in err


def test_bad_input_between_dead_endpoint_failures_does_not_hide_them(tmp_path: Path) -> None:
    """Refused, a bad input, refused, refused: three in a row all the same, the batch stops."""
    settings = Settings(model="m", base_url=refusing_port(), cache=False)
    good = gold_inputs(3)
    inputs: list[Any] = [good[0], "", good[1], good[2]]  # the third refusal is the last input
    with pytest.raises(visitx.ProviderError, match="3 articles in a row"):
        visitx.extract_many(inputs, settings=settings, concurrency=1, progress=False)
