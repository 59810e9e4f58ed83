"""Batches that must end: error chains that are cycles, answers cut off, failing handlers.

Each run goes in a daemon thread joined with a deadline, so a hang (even one that spins
the CPU inside the event loop, where no asyncio timeout can fire) fails the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

import visitx
from visitx import Article
from visitx.batch import records
from visitx.core.errors import ExtractionError, chain
from visitx.llm.failures import failure_kind, is_connection_refused, is_transient
from visitx.llm.provider import use_transport

from conftest import ARTICLES, call_within, load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
DEADLINE_S = 60.0


def cycle() -> tuple[BaseException, BaseException]:
    """Two errors that point at each other, as visitx's and instructor's errors did."""
    outer = ExtractionError("cut off")
    inner = RuntimeError("retry failed")
    outer.__cause__ = inner
    inner.__context__ = outer
    return outer, inner


def gold(count: int) -> list[Article]:
    stems = [line.split('"')[3] for line in (ARTICLES / "index.jsonl").read_text().splitlines()]
    inputs = []
    for stem in stems[:count]:
        text, entry = load_article(stem)
        inputs.append(Article(text=text, published=entry["published"], id=stem))
    return inputs


def test_the_chain_walk_visits_each_error_of_a_cycle_once() -> None:
    """`chain` on a cause/context cycle yields both errors once, then ends."""
    outer, inner = cycle()
    assert call_within(5, lambda: list(chain(outer))) == [outer, inner]


def test_failure_kind_ends_on_a_cycle() -> None:
    """failure_kind of an error whose chain is a cycle returns (None: not a dead endpoint)."""
    outer, _ = cycle()
    assert call_within(5, lambda: failure_kind(outer)) is None


def test_a_refused_connection_is_found_behind_a_cycle() -> None:
    """is_connection_refused walks a cycle and still finds the refusal in it."""
    outer, inner = cycle()
    inner.__cause__ = ConnectionRefusedError("refused")
    inner.__cause__.__context__ = outer
    assert call_within(5, lambda: is_connection_refused(outer)) is True


def test_the_tls_check_of_a_connection_error_ends_on_a_cycle() -> None:
    """is_transient (which looks for TLS failures down the chain) ends on a cycle."""
    request = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    exc = openai.APIConnectionError(request=request)
    behind = OSError("connection reset")
    exc.__cause__ = behind
    behind.__context__ = exc
    assert call_within(5, lambda: is_transient(exc)) is True


def test_cut_off_answers_fail_their_articles_and_the_batch_ends(
    local_server: Any, tmp_path: Path
) -> None:
    """Every answer cut off at max_tokens: each article fails with AnswerCutOff, none hangs."""
    local_server.script(*["truncate"] * 40)
    settings = local_settings(local_server, tmp_path, cache=False, max_reasks=1)
    results = call_within(
        DEADLINE_S,
        lambda: visitx.extract_many(gold(3), settings=settings, concurrency=2, progress=False),
    )
    assert [r.error.type if r.error else None for r in results] == ["AnswerCutOff"] * 3
    assert all("max_tokens" in r.error.message for r in results if r.error)


def test_a_cut_off_answer_is_catchable_as_an_extraction_error(
    local_server: Any, tmp_path: Path
) -> None:
    """extract() raises AnswerCutOff, which `except ExtractionError` still catches."""
    local_server.script(*["truncate"] * 10)
    settings = local_settings(local_server, tmp_path, cache=False, max_reasks=0)
    with pytest.raises(visitx.ExtractionError) as info:
        call_within(DEADLINE_S, lambda: visitx.extract(gold(1)[0].text, settings=settings))
    assert isinstance(info.value, visitx.AnswerCutOff)


def test_a_failing_failure_handler_does_not_stall_the_batch(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When building a failure record itself raises, the article still gets a record."""

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the failure handler broke")

    monkeypatch.setattr("visitx.batch.engine.failed", broken)
    settings = local_settings(local_server, tmp_path, cache=False)
    inputs: list[Any] = [gold(1)[0], 12345]
    results = call_within(
        DEADLINE_S,
        lambda: visitx.extract_many(inputs, settings=settings, concurrency=2, progress=False),
    )
    assert results[0].error is None
    assert results[1].error is not None
    assert (results[1].error.type, results[1].article.source_id) == ("RuntimeError", "#1")


def test_a_failure_record_never_raises_on_wrong_typed_fields() -> None:
    """failed() on an Article whose every field has the wrong type returns a record."""
    item = Article(text=5, url=5, title=[1], published=3.5, language={}, id=[2])  # type: ignore[arg-type]
    record = records.failed(item, visitx.InputError("bad"), 7)
    assert (record.article.text, record.article.source_id, record.article.url) == ("", "#7", None)


@pytest.mark.parametrize(
    "failure",
    [
        httpx2.RemoteProtocolError("peer closed connection without sending complete message"),
        httpx2.ReadTimeout("timed out"),
        httpx2.ConnectError("[Errno 111] Connection refused"),
    ],
    ids=["reset", "slow", "refused"],
)
def test_transport_failures_fail_their_articles_and_the_batch_ends(
    failure: Exception, tmp_path: Path
) -> None:
    """A reset, a time-out or a refusal on every request: each article gets a record, no hang."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        raise failure

    settings = visitx.Settings(
        model="m", base_url="http://127.0.0.1:9/v1", cache=False, max_retries=1, timeout=1
    )
    with use_transport(httpx2.MockTransport(handler)):
        results = call_within(
            DEADLINE_S,
            lambda: visitx.extract_many(
                gold(3), settings=settings, concurrency=2, progress=False, fail_fast=0
            ),
        )
    assert [r.error.type if r.error else None for r in results] == ["ProviderError"] * 3
