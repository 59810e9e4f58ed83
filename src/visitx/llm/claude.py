"""Anthropic's Messages API through the official `anthropic` SDK and instructor.

`Settings(model="anthropic/claude-...")` selects it. Modes: `tools` (the default; a tool
the model must call, instructor's ANTHROPIC_TOOLS), `json_schema` (instructor's
ANTHROPIC_JSON with Anthropic's structured output, `output_config.format`, which
constrains the answer to the schema on the models that have it) and `json`/`md_json`
(ANTHROPIC_JSON alone). The system block, the prompt's fixed part, carries
`cache_control`, so every article after the first reads it from Anthropic's prompt
cache; the tokens read and written there are reported in `meta.usage`.
"""

from __future__ import annotations

import json
from typing import Any

from visitx.core.models import Usage
from visitx.llm.clients import url_options
from visitx.llm.prompt import Messages
from visitx.llm.sdks import SdkAdapter
from visitx.llm.wire import Reading

NAME = "anthropic"
ENDPOINT = "https://api.anthropic.com"
KEY_VARIABLES: tuple[str, ...] = ("ANTHROPIC_API_KEY",)
EXTRA = "anthropic"
_CUT_OFF = {"max_tokens": "length", "model_context_window_exceeded": "length"}


class Claude(SdkAdapter):
    """The Anthropic side of `Provider`: request shape, client, completion reading."""

    name = NAME
    endpoint = ENDPOINT
    key_variables = KEY_VARIABLES
    extra = EXTRA
    auto_mode = "tools"
    instructor_provider = "ANTHROPIC"

    def request(self, messages: Messages) -> dict[str, Any]:
        system = {"type": "text", "text": messages.system, "cache_control": {"type": "ephemeral"}}
        return {
            "model": self.model,
            "messages": [
                {"role": "system", "content": [system]},
                {"role": "user", "content": messages.user},
            ],
            # No `temperature`: the Messages API of this SDK takes no sampling settings.
            "max_tokens": self.settings.max_tokens,
        }

    def shape(self, kwargs: dict[str, Any], mode: str) -> dict[str, Any]:
        """`json_schema` asks for Anthropic's structured output as well."""
        if mode != "json_schema":
            return kwargs
        import anthropic

        from visitx.record.draft import Draft

        shaped = dict(kwargs)
        schema = anthropic.transform_schema(Draft)
        shaped["output_config"] = {"format": {"type": "json_schema", "schema": schema}}
        return shaped

    def client(self, flavour: str, key: str, http_client: Any) -> Any:
        import anthropic

        cls = anthropic.Anthropic if flavour == "sync" else anthropic.AsyncAnthropic
        if http_client is None and flavour == "sync":
            # The whole answer within the time-out, not only each read (`llm.deadline`).
            from visitx.llm.deadline import bounded_transport

            transport = bounded_transport(self.settings.timeout)
            http_client = anthropic.DefaultHttpxClient(transport=transport)
        options: dict[str, Any] = {} if http_client is None else {"http_client": http_client}
        return cls(
            api_key=key,
            **url_options(self.settings.base_url),
            timeout=self.settings.timeout,
            max_retries=0,  # retries are visitx's (llm.retry), so layers do not multiply
            **options,
        )

    def create(self, client: Any, kwargs: dict[str, Any]) -> Any:
        return client.messages.create(**kwargs)

    async def acreate(self, client: Any, kwargs: dict[str, Any]) -> Any:
        return await client.messages.create(**kwargs)

    def read(self, message: Any) -> Reading:
        return read_message(message)


def read_message(message: Any) -> Reading:
    """The `Reading` of an Anthropic `Message` (or its JSON as a dict, from a batch)."""
    get = message.get if isinstance(message, dict) else lambda k, d=None: getattr(message, k, d)
    usage = get("usage")
    return Reading(
        model=get("model"),
        finish_reason=_CUT_OFF.get(str(get("stop_reason")), get("stop_reason")),
        usage=None if usage is None else usage_of(usage),
        raw=raw_of(get("content") or []),
    )


def usage_of(usage: Any) -> Usage:
    """Anthropic's usage as visitx counts it: prompt tokens include those from the cache."""

    def field(name: str) -> int:
        value = usage.get(name) if isinstance(usage, dict) else getattr(usage, name, 0)
        return int(value or 0)

    read, written = field("cache_read_input_tokens"), field("cache_creation_input_tokens")
    prompt = field("input_tokens") + read + written
    completion = field("output_tokens")
    return Usage(
        prompt_tokens=prompt,
        completion_tokens=completion,
        total_tokens=prompt + completion,
        cache_read_tokens=read,
        cache_write_tokens=written,
    )


def raw_of(content: list[Any]) -> str | None:
    """The answer's text: a tool call's input as JSON, else the text blocks."""
    texts = []
    for block in content:
        get = block.get if isinstance(block, dict) else lambda k, b=block: getattr(b, k, None)
        if get("type") == "tool_use":
            return json.dumps(get("input"), ensure_ascii=False)
        if get("type") == "text":
            texts.append(str(get("text") or ""))
    return "".join(texts) or None
