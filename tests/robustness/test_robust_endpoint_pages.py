"""An endpoint that answers with web pages (bench/abuse_round5.md, rows 21-23).

- A 200 that is not a chat completion (not JSON, no `choices`) failed every article of a
  batch one by one, exit 0; it now counts towards `--fail-fast` like a 404 (kind
  `not_api`): the batch stops after `fail_fast` articles.
- An HTTP error whose body is a CDN's 20 kB HTML page was printed whole in each failed
  article's line (and kept in its record); the message now shows the page's text, at most
  `SHOWN_CHARS` characters, with the credentials masked before it is cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import visitx
from visitx import NotACompletion, ProviderError, Settings
from visitx.llm.errmap import SHOWN_CHARS, shown
from visitx.llm.failures import failure_kind, not_a_completion

from conftest import PostServer, answer_with, call_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
PAGE = (
    "<!DOCTYPE html>\n<html>\n<head><title>502</title><style>p {color: red}</style></head>\n"
    "<body>\n" + "<p>The web server reported a bad gateway error.</p>\n" * 400 + "</body></html>"
)


def serving(status: int, content_type: str, body: bytes) -> Iterator[PostServer]:
    with PostServer(answer_with(status, content_type, body)) as running:
        yield running


@pytest.fixture
def login_page() -> Iterator[PostServer]:
    yield from serving(200, "text/html", b"<html><body><h1>Sign in</h1></body></html>")


@pytest.fixture
def cdn_error() -> Iterator[PostServer]:
    yield from serving(502, "text/html", PAGE.encode())


def settings(server: PostServer, tmp_path: Path, **changes: object) -> Settings:
    return Settings(
        model="m", base_url=server.base_url, api_key="sk-test-pages", max_retries=0,
        llama_cpp=False, cache=False, cache_dir=tmp_path,
    ).replace(**changes)  # fmt: skip


def test_not_a_completion_is_a_failure_every_article_shares() -> None:
    error = not_a_completion({"object": "list"})
    assert isinstance(error, NotACompletion)
    assert isinstance(error, ProviderError)
    assert failure_kind(error) == "not_api"


def test_a_batch_against_a_login_page_stops_after_fail_fast(
    login_page: PostServer, tmp_path: Path
) -> None:
    """Ten articles, fail_fast=2, one in flight: two requests, then a ProviderError."""
    texts = [f"{TEXT} ({n})" for n in range(10)]
    with pytest.raises(ProviderError) as stopped:
        call_within(30, lambda: visitx.extract_many(
            texts, settings=settings(login_page, tmp_path), concurrency=1, fail_fast=2,
        ))  # fmt: skip
    assert str(stopped.value).startswith(
        "Stopped after 2 articles in a row failed the same way: the endpoint answers HTTP "
        f"200 with what is not a chat completion at {login_page.base_url}."
    )
    assert login_page.posts == 2


def test_a_large_html_error_page_is_shortened_in_the_record(
    cdn_error: PostServer, tmp_path: Path
) -> None:
    [record] = call_within(30, lambda: visitx.extract_many(
        [TEXT], settings=settings(cdn_error, tmp_path), fail_fast=0,
    ))  # fmt: skip
    assert record.error is not None
    message = record.error.message
    assert message.startswith(
        "The provider answered HTTP 502: an HTML page: 502 The web server reported a bad "
        "gateway error. The web server"
    )
    assert "<p>" not in message
    assert "color: red" not in message
    assert len(message) < SHOWN_CHARS + 200  # the page, cut, and the hint


def test_shown_masks_a_key_before_cutting_it() -> None:
    """A key that straddles the cut would leave its head in the message if it were cut
    first and masked after."""
    detail = "x" * (SHOWN_CHARS - 10) + " Authorization: Bearer sk-test-abcdefghijklmnop"
    text = shown(detail)
    assert "sk-test" not in text
    assert len(text) <= SHOWN_CHARS + 2


def test_shown_keeps_a_short_plain_message() -> None:
    assert shown("Rate limit  reached\nfor gpt-4o") == "Rate limit reached for gpt-4o"
