"""A server that answers HTTP 429 or 5xx to every retry stops a batch like a dead one.

Before, such a storm never counted toward `fail_fast`: behind a gateway whose backend was
down (nginx answering `502 Bad Gateway` to everything), `visitx extract` of four articles
with `--timeout 3` waited out every article's retries (13-45 s each) and wrote four
failed records; a batch of thousands would have done so for every article. Now
`fail_fast` articles in a row that still fail with HTTP 429/5xx once their retries are
spent stop the run with a `ProviderError` naming the cause and the endpoint, and an account
without quota (OpenAI's 429 `insufficient_quota`) is neither retried nor sent the rest.
A request the server rejects as malformed or too long stays a failure of one article.
The statuses and bodies are those the providers document; runs are bounded by `call_within`.
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx2
import openai
import pytest

import visitx
from visitx import Settings
from visitx.llm.failures import failure_kind, is_transient

from conftest import PostServer, call_within, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

REQUEST = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
# OpenAI's answer to an account without credit (its error-codes guide), and to a rate limit.
NO_QUOTA = {
    "message": "You exceeded your current quota, please check your plan and billing details.",
    "type": "insufficient_quota",
    "code": "insufficient_quota",
}
RATE_LIMIT = {"message": "Rate limit reached for requests", "type": "requests",
              "code": "rate_limit_exceeded"}  # fmt: skip


def status_error(status: int, body: object) -> openai.APIStatusError:
    response = httpx2.Response(status, request=REQUEST)
    message = f"Error code: {status} - {body}"
    cls = {429: openai.RateLimitError, 400: openai.BadRequestError}.get(
        status, openai.InternalServerError
    )
    return cls(message, response=response, body=body)


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (502, "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>", "server_error"),
        (503, {"message": "Service Unavailable", "type": "server_error"}, "server_error"),
        (529, {"type": "overloaded_error", "message": "Overloaded"}, "server_error"),
        (429, RATE_LIMIT, "server_error"),
        (429, NO_QUOTA, "quota"),
        # llama-cpp-python: a request-validation error is an HTTP 500 about this request
        (500, {"message": "1 validation error: Input should be 'text'"}, None),
        (500, {"message": "the request exceeds the available context size"}, None),
        (400, {"message": "This model's maximum context length is 8192 tokens."}, None),
    ],
)
def test_the_kind_of_a_failure_every_retry_met(status: int, body: object, kind: str) -> None:
    """Bare and behind the ProviderError that the extractor raises from it."""
    exc = status_error(status, body)
    assert failure_kind(exc) == kind
    wrapped = visitx.ProviderError(f"The provider answered HTTP {status}.", status_code=status)
    wrapped.__cause__ = exc  # as `raise ... from exc` sets it
    assert failure_kind(wrapped) == kind


def test_no_quota_is_not_retried_but_a_rate_limit_is() -> None:
    assert is_transient(status_error(429, RATE_LIMIT)) is True
    assert is_transient(status_error(429, NO_QUOTA)) is False


def answering(status: int, body: bytes, ctype: str = "application/json") -> PostServer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("content-type", ctype)
        handler.send_header("content-length", str(len(body)))
        handler.send_header("retry-after", "0")
        handler.end_headers()
        handler.wfile.write(body)

    return PostServer(answer)


def settings_for(server: PostServer, tmp_path: Path, retries: int) -> Settings:
    return Settings(
        model="m", base_url=server.base_url, api_key="k", timeout=5, max_retries=retries,
        llama_cpp=False, cache_dir=tmp_path / "cache",
    )  # fmt: skip


def test_a_gateway_answering_502_stops_the_batch_after_three_articles(tmp_path: Path) -> None:
    """Five seeds, one at a time, one retry each: six requests (three articles), then the
    ProviderError naming the cause, the endpoint and the last answer."""
    page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    with answering(502, page, "text/html") as server:
        settings = settings_for(server, tmp_path, retries=1)
        with pytest.raises(visitx.ProviderError) as caught:
            call_within(60, lambda: visitx.extract_many(
                seeds(), settings=settings, concurrency=1, progress=False
            ))  # fmt: skip
        message = str(caught.value)
        assert "Stopped after 3 articles in a row failed the same way" in message
        assert "still answers HTTP 429 or 5xx after every retry" in message
        assert f"at {server.base_url}." in message
        assert "HTTP 502" in message
        assert server.posts == 6


def test_an_account_without_quota_stops_the_batch_without_retries(tmp_path: Path) -> None:
    """Five retries allowed, yet one request per article: no wait mends a missing credit."""
    body = json.dumps({"error": NO_QUOTA}).encode()
    with answering(429, body) as server:
        settings = settings_for(server, tmp_path, retries=5)
        with pytest.raises(visitx.ProviderError) as caught:
            call_within(60, lambda: visitx.extract_many(
                seeds(), settings=settings, concurrency=1, progress=False
            ))  # fmt: skip
        assert "the account has no quota or credit left" in str(caught.value)
        assert "check your plan and billing details" in str(caught.value)
        assert server.posts == 3


def test_fail_fast_zero_records_every_article_of_a_storm(tmp_path: Path) -> None:
    """fail_fast=0 never stops: all five fail with the 503 and are recorded."""
    body = json.dumps({"error": {"message": "Service Unavailable"}}).encode()
    with answering(503, body) as server:
        settings = settings_for(server, tmp_path, retries=0)
        results = call_within(60, lambda: visitx.extract_many(
            seeds(), settings=settings, concurrency=2, progress=False, fail_fast=0
        ))  # fmt: skip
        assert [r.error.type if r.error else None for r in results] == ["ProviderError"] * 5
        assert server.posts == 5
