"""Chat completions sent with `client.post` are the requests `chat.completions.create` sends."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
from openai.types.chat import ChatCompletion

from visitx.llm import chatpost

SRC = str(Path(__file__).resolve().parents[2] / "src")

COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": '{"visits": []}'},
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
}
KWARGS: dict[str, Any] = {
    "model": "m",
    "messages": [{"role": "system", "content": "s"}, {"role": "user", "content": "u"}],
    "temperature": 0.0,
    "max_tokens": 99,
    "response_format": {"type": "json_schema", "json_schema": {"name": "D", "schema": {}}},
    "extra_body": {"repeat_penalty": 1.1},
    "extra_headers": {"x-visitx-test": "1"},
}


def _recorder() -> tuple[list[httpx2.Request], httpx2.MockTransport]:
    seen: list[httpx2.Request] = []

    def handle(request: httpx2.Request) -> httpx2.Response:
        request.read()
        seen.append(request)
        return httpx2.Response(200, json=COMPLETION)

    return seen, httpx2.MockTransport(handle)


def _shape(request: httpx2.Request) -> tuple[str, str, Any, str | None]:
    return (request.method, str(request.url), json.loads(request.content),
            request.headers.get("x-visitx-test"))


def test_sync_post_sends_what_create_sends() -> None:
    """Same method, URL, JSON body (extra_body merged) and extra header as the SDK's create."""
    seen, transport = _recorder()
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0,
                           http_client=httpx2.Client(transport=transport))
    client.chat.completions.create(**KWARGS)
    chatpost.create(client, dict(KWARGS))
    assert _shape(seen[1]) == _shape(seen[0])


def test_async_post_sends_what_create_sends() -> None:
    """The async client's request matches the SDK's create too."""
    seen, transport = _recorder()

    async def both() -> None:
        client = openai.AsyncOpenAI(api_key="k", base_url="http://127.0.0.1:9/v1",
                                    max_retries=0,
                                    http_client=httpx2.AsyncClient(transport=transport))
        await client.chat.completions.create(**KWARGS)
        await chatpost.acreate(client, dict(KWARGS))
        await client.close()

    asyncio.run(both())
    assert _shape(seen[1]) == _shape(seen[0])


def test_post_returns_the_parsed_completion() -> None:
    """The answer is the SDK's ChatCompletion with the server's content and usage."""
    _, transport = _recorder()
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0,
                           http_client=httpx2.Client(transport=transport))
    completion = chatpost.create(client, dict(KWARGS))
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == '{"visits": []}'
    assert completion.usage is not None
    assert completion.usage.total_tokens == 7


def test_an_http_error_is_the_sdks_error() -> None:
    """A 429 raises openai's RateLimitError, as create() does (visitx maps those)."""
    transport = httpx2.MockTransport(lambda request: httpx2.Response(429, json={}))
    client = openai.OpenAI(api_key="k", base_url="http://127.0.0.1:9/v1", max_retries=0,
                           http_client=httpx2.Client(transport=transport))
    with pytest.raises(openai.RateLimitError):
        chatpost.create(client, dict(KWARGS))


def test_a_stream_is_left_to_create() -> None:
    """A streamed request is not split: create() sends it with its stream class."""
    assert chatpost.split({**KWARGS, "stream": True}) is None


def test_omitted_arguments_are_not_sent() -> None:
    """`openai.omit` and `NOT_GIVEN` values are dropped, as create() drops them."""
    parts = chatpost.split({"model": "m", "seed": openai.omit, "timeout": openai.NOT_GIVEN})
    assert parts == ({"model": "m"}, {})


PROBE = """
import asyncio, json, sys
import httpx2
from visitx import Extractor, Settings
body = json.dumps({"id": "c", "object": "chat.completion", "created": 1, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant",
    "content": json.dumps({"language": "en", "visits": []})}}]}).encode()
transport = httpx2.MockTransport(lambda r: httpx2.Response(200, content=body,
    headers={"content-type": "application/json"}))
ex = Extractor(Settings(model="m", base_url="http://127.0.0.1:9/v1", mode="json_schema",
    cache=False), transport=transport)
result = asyncio.run(ex.aextract("The minister met the delegation in Ankara on Monday."))
print(result.error is None, "openai.resources.chat" in sys.modules)
"""


def test_a_request_does_not_import_the_chat_resources() -> None:
    """visitx's first request leaves openai.resources.chat unimported (0.4 s saved)."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
        env={"PYTHONPATH": SRC, "PATH": "/usr/bin:/bin"}, check=True,
    )
    assert out.stdout.split() == ["True", "False"]
