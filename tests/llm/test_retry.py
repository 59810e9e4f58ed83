"""Transport retries: what is retried, how often, and how long time-outs pause the extractor."""

from __future__ import annotations

from pathlib import Path

import httpx2
import openai
import pytest

import visitx
from visitx import Settings
from visitx.llm.limits import Limits
from visitx.llm.retry import REFUSED_RETRIES, Backoff, is_retryable

from conftest import load_article

GERMAN = "004_9cac97c1ccfe093a"


def counting(handler):  # type: ignore[no-untyped-def]
    """An httpx2 MockTransport that counts the requests it answers."""
    calls: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        calls.append(request)
        return handler(request)

    return httpx2.MockTransport(handle), calls


def settings(tmp_path: Path, **changes: object) -> Settings:
    return Settings(
        model="m", base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path / "cache"
    ).replace(**changes)


def test_connection_refused_stops_after_a_few_quick_retries(tmp_path: Path) -> None:
    """Nothing listening: REFUSED_RETRIES retries, then a ProviderError naming the cause."""

    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("[Errno 111] Connection refused", request=request)

    transport, calls = counting(refuse)
    ex = visitx.Extractor(settings(tmp_path, max_retries=10), transport=transport)
    with pytest.raises(visitx.ProviderError, match="Connection refused"):
        ex.extract(load_article(GERMAN)[0])
    assert len(calls) == REFUSED_RETRIES + 1


def test_tls_version_mismatch_is_not_retried(tmp_path: Path) -> None:
    """A TLS failure cannot pass by waiting: one request, and the message says http/https."""

    def tls(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("[SSL: WRONG_VERSION_NUMBER] wrong version number",
                                  request=request)

    transport, calls = counting(tls)
    ex = visitx.Extractor(settings(tmp_path, max_retries=5), transport=transport)
    with pytest.raises(visitx.ProviderError, match="https://"):
        ex.extract(load_article(GERMAN)[0])
    assert len(calls) == 1


def test_404_on_a_base_url_without_v1_says_to_add_it(tmp_path: Path) -> None:
    """A llama.cpp or vLLM URL given without /v1: the 404 message says to add it."""
    transport, calls = counting(
        lambda r: httpx2.Response(404, json={"error": {"message": "File Not Found."}})
    )
    ex = visitx.Extractor(
        settings(tmp_path, base_url="http://127.0.0.1:9"), transport=transport
    )
    with pytest.raises(visitx.ProviderError) as info:
        ex.extract(load_article(GERMAN)[0])
    message = str(info.value)
    assert "/v1" in message
    assert "File Not Found." in message
    assert ".." not in message
    assert "Retry later" not in message
    assert len(calls) == 1


def test_transient_5xx_keeps_the_status_page_hint(tmp_path: Path) -> None:
    """An overloaded server (503) is retried, and only then says to retry later."""
    transport, calls = counting(
        lambda r: httpx2.Response(503, json={"error": {"message": "Loading model"}})
    )
    ex = visitx.Extractor(settings(tmp_path, max_retries=2), transport=transport)
    with pytest.raises(visitx.ProviderError, match="Retry later") as info:
        ex.extract(load_article(GERMAN)[0])
    assert info.value.status_code == 503
    assert len(calls) == 3


def test_a_timeout_pauses_every_request_for_the_timeout() -> None:
    """After a time-out the next try waits at least the client timeout (capped at 60 s)."""
    backoff = Backoff(max_retries=3, max_seconds=100, timeout=45)
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
    assert backoff.delay(1, openai.APITimeoutError(request=request)) >= 45
    assert Backoff(max_retries=3, max_seconds=100, timeout=600).delay(
        1, openai.APITimeoutError(request=request)
    ) == 60


def test_what_is_retried() -> None:
    """429, 503 and time-outs are retried; a 400, a 401 and a request-validation 500 are not."""
    request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")

    def status(code: int, message: str = "x") -> openai.APIStatusError:
        return openai.APIStatusError(
            message, response=httpx2.Response(code, request=request),
            body={"error": {"message": message}},
        )

    assert is_retryable(status(429))
    assert is_retryable(status(503))
    assert is_retryable(openai.APITimeoutError(request=request))
    assert not is_retryable(status(400))
    assert not is_retryable(status(401))
    assert not is_retryable(status(500, "Input should be 'text' or 'json_object'"))


def test_limits_pace_requests_with_a_test_clock() -> None:
    """30 requests a minute: the 31st waits two seconds."""
    now = [0.0]
    limits = Limits(requests_per_minute=30, tokens_per_minute=None, clock=lambda: now[0])
    for _ in range(30):
        assert limits.try_acquire(0) == 0
    assert limits.try_acquire(0) == pytest.approx(2.0)
    now[0] += 2.0
    assert limits.try_acquire(0) == 0


def test_token_limit_is_corrected_by_reported_usage() -> None:
    """An estimate above what the provider reports is given back to the bucket."""
    now = [0.0]
    limits = Limits(requests_per_minute=None, tokens_per_minute=1000, clock=lambda: now[0])
    assert limits.tokens is not None
    assert limits.try_acquire(600) == 0
    assert limits.try_acquire(600) == pytest.approx(12.0)  # 200 tokens over, at 1000/60 a second
    limits.settle(600, 100)  # the provider reports 100 used: 500 come back
    assert limits.tokens.level == pytest.approx(100)
    assert limits.try_acquire(600) == 0
