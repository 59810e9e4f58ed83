"""An OpenAI client that answers from a script and keeps what it was sent (no network)."""

from __future__ import annotations

import json
from typing import Any

NO_VISITS: dict[str, Any] = {"language": "en", "visits": []}


class ScriptedClient:
    """An OpenAI client over an httpx2 MockTransport that answers the given drafts in turn
    (the last one again once they run out) and keeps each request body, parsed."""

    def __init__(self, *drafts: dict[str, Any]) -> None:
        import httpx2
        import openai

        self.bodies: list[dict[str, Any]] = []
        answers = [json.dumps(d, ensure_ascii=False) for d in drafts or (NO_VISITS,)]

        def answer(request: httpx2.Request) -> httpx2.Response:
            self.bodies.append(json.loads(request.content))
            content = answers[min(len(self.bodies), len(answers)) - 1]
            message = {"role": "assistant", "content": content}
            return httpx2.Response(
                200,
                json={
                    "id": "chatcmpl-1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "m",
                    "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                },
            )

        self.client = openai.OpenAI(
            api_key="sk-test",
            base_url="http://mock.invalid/v1",
            http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
        )

    def prompt(self, index: int) -> str:
        """The messages of the `index`-th request as JSON text (non-ASCII kept)."""
        return json.dumps(self.bodies[index]["messages"], ensure_ascii=False)

    def prompts(self) -> str:
        """The messages of every request, one JSON text after the other."""
        return " ".join(self.prompt(i) for i in range(len(self.bodies)))
