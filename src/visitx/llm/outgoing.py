"""What a `Provider` sends one endpoint (`llm.provider`): the mode, the request, its shape.

The mode `auto` resolves to (tool calls for OpenAI, JSON mode for a server known to want
it, `json_schema` otherwise, or the SDK's own choice); the create arguments instructor
gets; the request shaped for the mode (`llm.compat`, or an SDK of its own: `llm.sdks`);
and the body a batch request file holds, the same as a live request sends.
"""

from __future__ import annotations

from typing import Any

from visitx.core.settings import Settings
from visitx.llm import compat
from visitx.llm.prompt import Messages
from visitx.llm.sdks import Sdk
from visitx.llm.wire import instructor_draft

__all__ = ["Outgoing"]


class Outgoing:
    """The requests of one endpoint: `settings`, its own `sdk` (None for the OpenAI chat
    API), whether it is OpenAI's, and the endpoint (for what it is known to reject)."""

    def __init__(self, settings: Settings, sdk: Sdk | None, is_openai: bool, endpoint: str) -> None:
        self.settings = settings
        self.sdk = sdk
        self.is_openai = is_openai
        self.endpoint = endpoint

    def mode(self) -> str:
        """The mode the next request uses (auto mode resolved for this endpoint)."""
        mode = self.settings.mode
        if self.sdk is not None:
            return self.sdk.mode(mode)
        if mode != "auto":
            return mode
        if self.is_openai:
            return "tools"
        return "json" if compat.prefers_json(self.endpoint) else "json_schema"

    def request(self, messages: Messages) -> dict[str, Any]:
        """instructor's create arguments for `messages`, before the mode shapes them."""
        if self.sdk is not None:
            request = self.sdk.request(messages)
            request.setdefault("response_model", instructor_draft())
            request["max_retries"] = self.settings.max_reasks
            return request
        limit = "max_completion_tokens" if self.is_openai else "max_tokens"
        return {  # in this order: batch request files are compared byte for byte
            "model": self.settings.model,
            "messages": [
                {"role": "system", "content": messages.system},
                {"role": "user", "content": messages.user},
            ],
            "response_model": instructor_draft(),
            "max_retries": self.settings.max_reasks,
            "temperature": self.settings.temperature,
            limit: self.settings.max_tokens,
        }

    def shape(self, kwargs: dict[str, Any], mode: str) -> dict[str, Any]:
        """The request as sent: JSON mode asks for `json_object`, with the schema as well."""
        if self.sdk is not None:
            return self.sdk.shape(kwargs, mode)
        return compat.shape(kwargs, mode, self.endpoint)

    def body(self, messages: Messages, mode: str) -> dict[str, Any]:
        """The body a live request in `mode` sends (for batch files): a chat completion's,
        or for an SDK of its own (`anthropic/...`) that SDK's request parameters."""
        return compat.request_body(
            self.request(messages),
            mode,
            lambda kwargs: self.shape(kwargs, mode),
            instructor_mode=None if self.sdk is None else self.sdk.instructor_mode(mode),
        )
