"""A server that accepts every request and never answers stops a batch like a dead one.

Before, a time-out did not count toward `fail_fast` (only refused connections, DNS, TLS and
HTTP 401/403/404 did): against a 127.0.0.1 server that read each request and sent nothing,
`extract_many` of 8 articles with `timeout=0.5, max_retries=0, concurrency=1` sent all 8,
each failing with "The provider did not answer in time" (11.4 s; with the default five
retries each article waits six time-outs). Now `fail_fast` time-outs in a row stop the run
with a `ProviderError` naming the cause and the endpoint, and the articles never sent are
done by the next run. Every run is bounded by `call_within`; the time-outs are short
settings, not measured.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
from click.testing import CliRunner, Result

import visitx
from visitx import Settings
from visitx.cli.main import main
from visitx.llm.failures import failure_kind

from conftest import ARTICLES, REFERENCE_MODEL, SEEDS, PostServer, call_within, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

STOPPED = "Stopped after 3 articles in a row failed the same way: no answer within the time-out"


@contextlib.contextmanager
def silent() -> Iterator[PostServer]:
    """A 127.0.0.1 server that reads each POST and never answers (until the block ends)."""
    release = threading.Event()

    def never(handler: BaseHTTPRequestHandler) -> None:
        release.wait(60)
        handler.close_connection = True

    with PostServer(never) as server:
        try:
            yield server
        finally:
            release.set()  # before the server shuts down


@pytest.mark.parametrize(
    "exc",
    [
        openai.APITimeoutError(request=httpx2.Request("POST", "http://127.0.0.1/v1")),
        httpx2.ReadTimeout("No whole answer within 0.5 s."),  # llm.deadline's
        httpx2.ConnectTimeout("timed out"),  # a host that drops the connection attempt
    ],
)
def test_a_time_out_is_a_failure_every_article_shares(exc: Exception) -> None:
    """A time-out, also behind the ProviderError the extractor raises, is of kind timeout."""
    assert failure_kind(exc) == "timeout"
    wrapped = visitx.ProviderError("The provider did not answer in time.")
    wrapped.__cause__ = exc  # as `raise ... from exc` sets it
    assert failure_kind(wrapped) == "timeout"


def test_a_silent_server_stops_the_batch_after_three_time_outs(tmp_path: Path) -> None:
    """Five seeds, one at a time, 0.3 s time-out, no retry: three requests, then the
    ProviderError naming the cause and the endpoint."""
    with silent() as server:
        settings = Settings(
            model="m", base_url=server.base_url, api_key="k", timeout=0.3, max_retries=0,
            llama_cpp=False, cache_dir=tmp_path / "cache",
        )  # fmt: skip
        with pytest.raises(visitx.ProviderError) as caught:
            call_within(60, lambda: visitx.extract_many(
                seeds(), settings=settings, concurrency=1, progress=False
            ))  # fmt: skip
        message = str(caught.value)
        assert STOPPED in message
        assert f"at {server.base_url}." in message
        assert "Raise Settings.timeout" in message
        assert server.posts == 3


def test_fail_fast_zero_waits_out_every_article(tmp_path: Path) -> None:
    """fail_fast=0 still never stops: all five time out and are recorded as failed."""
    with silent() as server:
        settings = Settings(
            model="m", base_url=server.base_url, api_key="k", timeout=0.3, max_retries=0,
            llama_cpp=False, cache=False,
        )  # fmt: skip
        results = call_within(60, lambda: visitx.extract_many(
            seeds(), settings=settings, concurrency=2, progress=False, fail_fast=0
        ))  # fmt: skip
        assert [r.error.type if r.error else None for r in results] == ["ProviderError"] * 5
        assert server.posts == 5


def extract(out: Path, env: dict[str, str], *more: str) -> Result:
    args = ["extract", str(ARTICLES / "seeds"), "-o", str(out), "--concurrency", "1", *more]
    return call_within(120, lambda: CliRunner().invoke(main, args, env=env))


def test_the_articles_not_sent_are_done_by_the_next_run(
    local_server: Any, tmp_path: Path
) -> None:
    """`visitx extract` at a silent server: exit 4 after three failed records; the same
    command at a working server then writes all five seeds, every one without an error."""
    out = tmp_path / "visits.jsonl"
    env = {"VISITX_MODEL": REFERENCE_MODEL, "VISITX_API_KEY": "k",
           "VISITX_CACHE_DIR": str(tmp_path / "cache"), "VISITX_LLAMA_CPP": "0"}  # fmt: skip
    with silent() as server:
        first = extract(out, {**env, "VISITX_BASE_URL": server.base_url}, "--timeout", "0.3")
    assert first.exit_code == 4, first.output
    assert STOPPED in first.stderr
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["error"]["type"] for r in written] == ["ProviderError"] * 3
    again = extract(out, {**env, "VISITX_BASE_URL": local_server.base_url})
    assert again.exit_code == 0, again.output
    kept = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(Path(r["article"]["source_id"]).stem for r in kept) == SEEDS
    assert [r["error"] for r in kept] == [None] * 5
