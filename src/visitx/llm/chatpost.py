"""A chat completion sent with the openai client's `post`, without touching `client.chat`.

`client.chat.completions.create(**kwargs)` puts its keyword arguments in a JSON body,
its `extra_*` and `timeout` arguments in the request options, and posts to
`/chat/completions` with `cast_to=ChatCompletion`. The first `client.chat` of a client
imports every `openai.resources` module (about 0.4 s of CPU, on the way to a process's
first request). `client.post` – the SDK's documented way to call any endpoint, with the
client's options, retries and errors – sends the same request and returns the same
`ChatCompletion` without that import, and without the per-request walk over the
arguments' type hints (a no-op for the plain JSON that instructor and visitx pass).

A streamed request, or one with a pydantic class as `response_format` (which `create`
rejects with its own message), still goes through `create`.
"""

from __future__ import annotations

import inspect
from typing import Any

__all__ = ["acreate", "create", "split"]

# create()'s keyword -> the request option (openai.RequestOptions) it becomes.
_OPTIONS = {
    "extra_headers": "headers",
    "extra_query": "params",
    "extra_body": "extra_json",
    "timeout": "timeout",
}


def split(kwargs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """`create()`'s keyword arguments as (JSON body, request options); None when only
    `create()` itself can send them (a stream, a pydantic class as `response_format`)."""
    import openai

    if kwargs.get("stream") or inspect.isclass(kwargs.get("response_format")):
        return None
    body: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for name, value in kwargs.items():
        if isinstance(value, openai.NotGiven | openai.Omit):
            continue
        if name not in _OPTIONS:
            body[name] = value
        elif value is not None or name == "timeout":
            options[_OPTIONS[name]] = value
    return body, options


def create(client: Any, kwargs: dict[str, Any]) -> Any:
    """`client.chat.completions.create(**kwargs)` for a sync openai client."""
    from openai.types.chat import ChatCompletion

    parts = split(kwargs)
    if parts is None:
        return client.chat.completions.create(**kwargs)
    body, options = parts
    return client.post(
        "/chat/completions", body=body, options=options, cast_to=ChatCompletion
    )


async def acreate(client: Any, kwargs: dict[str, Any]) -> Any:
    """`await client.chat.completions.create(**kwargs)` for an async openai client."""
    from openai.types.chat import ChatCompletion

    parts = split(kwargs)
    if parts is None:
        return await client.chat.completions.create(**kwargs)
    body, options = parts
    return await client.post(
        "/chat/completions", body=body, options=options, cast_to=ChatCompletion
    )
