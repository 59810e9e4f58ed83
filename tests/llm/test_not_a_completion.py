"""An HTTP 200 that is not a chat completion is the endpoint's fault, said once.

The real-server soak (bench/README.md, branch `soak`) pointed `visitx extract` at 127.0.0.1
servers answering 200 with a body that is not JSON, with an HTML page, and with JSON that
has no `choices`: each article was re-asked twice and failed as the model's bad answer
("did not fit the schema ... Try a stronger model", "'NoneType' object is not
subscriptable"). Each is now a `ProviderError` that names the base URL, after one request.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

import visitx
from visitx import ProviderError, Settings

from conftest import PostServer, answer_with

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
DEADLINE_S = 30.0
ANSWERS = {
    "not-json": ("application/json", b"hello, this is not json"),
    "html": ("text/html", b"<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>"),
    "no-choices": ("application/json", b'{"object": "list", "data": []}'),
}


@pytest.fixture(params=sorted(ANSWERS))
def server(request: pytest.FixtureRequest) -> Iterator[PostServer]:
    """A 127.0.0.1 server answering every POST with a 200 that is no chat completion."""
    content_type, body = ANSWERS[request.param]
    with PostServer(answer_with(200, content_type, body)) as running:
        yield running


async def test_a_200_that_is_not_a_completion_is_one_provider_error(
    server: PostServer, tmp_path: Path
) -> None:
    """aextract raises a ProviderError naming the base URL after one request, no re-ask."""
    settings = Settings(
        model="m", base_url=server.base_url, api_key="k", max_retries=0, llama_cpp=False,
        cache=False, cache_dir=tmp_path,
    )  # fmt: skip
    with pytest.raises(ProviderError, match=r"answered HTTP 200 .*VISITX_BASE_URL"):
        await asyncio.wait_for(visitx.aextract(TEXT, settings=settings), DEADLINE_S)
    assert server.posts == 1
