"""Reference servers that speak Anthropic's Messages API and Google's Gemini API.

Like `reference_server.ReferenceServer` (whose article lookup and scripting they share),
they answer with the hand-checked reference draft of the article in the request, in the
wire format of each API and each mode: Anthropic `tool_use` blocks or text (JSON mode,
structured output), Gemini `functionCall` parts or JSON text (response schema). Scripted
failures are each API's own error bodies: Anthropic's 529 `overloaded_error`, 429
`rate_limit_error` with `retry-after`, 400 "prompt is too long", 401
`authentication_error`; Gemini's 429 `RESOURCE_EXHAUSTED` with a `RetryInfo` delay, 503
`UNAVAILABLE`, 400 `INVALID_ARGUMENT` for too many input tokens, 400 "API key not valid" (its
`ErrorInfo` detail left out: the cassette check refuses anything that names a key).

The Anthropic server also keeps a prompt cache: a system block with `cache_control` is
written on first sight (`cache_creation_input_tokens`) and read afterwards
(`cache_read_input_tokens`).

Run one by hand: `python tests/reference_wire.py anthropic --port 8766`.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
from typing import Any

from reference_server import (
    ARTICLE_FRAME,
    ReferenceServer,
    serve_until_interrupted,
    token_estimate,
)

Reply = tuple[int, dict[str, str], Any]


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in _strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in _strings(value)]
    return []


class WireServer(ReferenceServer):
    """The shared part: find the article anywhere in the request, script failures."""

    @property
    def root_url(self) -> str:
        """The server's root (the SDKs add their own `/v1/...` paths)."""
        return self.base_url.removesuffix("/v1")

    def _reference(self, body: dict[str, Any]) -> dict[str, Any] | None:
        for text in _strings(body):
            found = ARTICLE_FRAME.search(text)
            if found:
                digest = hashlib.sha256(found.group(2).encode("utf-8")).hexdigest()
                return self.references.get(digest)
        return None

    def draft_for(self, body: dict[str, Any], action: Any) -> dict[str, Any] | None:
        draft = self._reference(body)
        if draft is not None and isinstance(action, tuple) and action[0] == "wrong":
            draft = action[1](copy.deepcopy(draft))
        return draft


class AnthropicReference(WireServer):
    """`POST /v1/messages` as Anthropic answers it."""

    def __init__(self, port: int = 0) -> None:
        super().__init__(port)
        self.cached: set[str] = set()

    def answer(self, path: str, body: dict[str, Any]) -> Reply:
        self.requests.append(body)
        if not path.startswith("/v1/messages"):
            return 404, {}, _anthropic_error("not_found_error", f"Not found: {path}")
        action = self.actions.popleft() if self.actions else "answer"
        failure = _ANTHROPIC_FAILURES.get(action) if isinstance(action, str) else None
        if failure is not None:
            return failure
        draft = self.draft_for(body, action)
        if draft is None:
            return 404, {}, _anthropic_error("not_found_error", "No reference draft.")
        return 200, {}, self._message(body, draft, cut=action == "truncate")

    def _message(self, body: dict[str, Any], draft: dict[str, Any], *, cut: bool) -> Any:
        arguments = json.dumps(draft, ensure_ascii=False)
        if body.get("tools"):
            name = body["tools"][0]["name"]
            content: list[dict[str, Any]] = [
                {
                    "type": "tool_use",
                    "id": "toolu_" + hashlib.sha256(arguments.encode()).hexdigest()[:20],
                    "name": name,
                    "input": {} if cut else draft,
                }
            ]
            stop = "tool_use"
        else:
            content = [
                {"type": "text", "text": arguments[: len(arguments) // 2] if cut else arguments}
            ]
            stop = "end_turn"
        system = body.get("system") or []
        blocks = [system] if isinstance(system, str) else system
        fixed = "".join(b["text"] for b in blocks if isinstance(b, dict) and b.get("cache_control"))
        fixed_tokens = token_estimate(fixed) if fixed else 0
        read = fixed_tokens if fixed and fixed in self.cached else 0
        written = fixed_tokens - read
        if fixed:
            self.cached.add(fixed)
        prompt = token_estimate(json.dumps(body.get("messages", []), ensure_ascii=False))
        return {
            "id": "msg_ref_" + hashlib.sha256(arguments.encode()).hexdigest()[:16],
            "type": "message",
            "role": "assistant",
            "model": body.get("model", "claude-reference"),
            "content": content,
            "stop_reason": "max_tokens" if cut else stop,
            "stop_sequence": None,
            "usage": {
                "input_tokens": prompt,
                "output_tokens": token_estimate(arguments),
                "cache_creation_input_tokens": written,
                "cache_read_input_tokens": read,
            },
        }


def _anthropic_error(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


_ANTHROPIC_FAILURES: dict[str, Reply] = {
    "529": (529, {}, _anthropic_error("overloaded_error", "Overloaded")),
    "429": (
        429,
        {"retry-after": "0"},
        _anthropic_error(
            "rate_limit_error",
            "This request would exceed the rate limit for your organization of 50 input "
            "tokens per minute.",
        ),
    ),
    "context_length": (
        400,
        {},
        _anthropic_error(
            "invalid_request_error", "prompt is too long: 212403 tokens > 200000 maximum"
        ),
    ),
    "401": (
        401,
        {},
        _anthropic_error("authentication_error", "invalid authentication credentials"),
    ),
}


class GeminiReference(WireServer):
    """`POST /v1beta/models/{model}:generateContent` as the Gemini API answers it."""

    def answer(self, path: str, body: dict[str, Any]) -> Reply:
        self.requests.append(body)
        if ":generateContent" not in path:
            return 404, {}, _gemini_error(404, "NOT_FOUND", f"Not found: {path}")
        action = self.actions.popleft() if self.actions else "answer"
        failure = _GEMINI_FAILURES.get(action) if isinstance(action, str) else None
        if failure is not None:
            return failure
        draft = self.draft_for(body, action)
        if draft is None:
            return 404, {}, _gemini_error(404, "NOT_FOUND", "No reference draft.")
        model = path.split("/models/", 1)[1].split(":", 1)[0]
        return 200, {}, self._response(body, draft, model, cut=action == "truncate")

    def _response(
        self, body: dict[str, Any], draft: dict[str, Any], model: str, *, cut: bool
    ) -> Any:
        arguments = json.dumps(draft, ensure_ascii=False)
        if body.get("tools"):
            name = body["tools"][0]["functionDeclarations"][0]["name"]
            parts: list[dict[str, Any]] = [
                {"functionCall": {"name": name, "args": {} if cut else draft}}
            ]
        else:
            parts = [{"text": arguments[: len(arguments) // 2] if cut else arguments}]
        prompt = token_estimate(
            json.dumps([body.get("contents"), body.get("systemInstruction")], ensure_ascii=False)
        )
        completion = token_estimate(arguments)
        return {
            "candidates": [
                {
                    "content": {"role": "model", "parts": parts},
                    "finishReason": "MAX_TOKENS" if cut else "STOP",
                    "index": 0,
                }
            ],
            "usageMetadata": {
                "promptTokenCount": prompt,
                "candidatesTokenCount": completion,
                "totalTokenCount": prompt + completion,
            },
            "modelVersion": model,
            "responseId": "ref-" + hashlib.sha256(arguments.encode()).hexdigest()[:16],
        }


def _gemini_error(code: int, status: str, message: str, details: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return {"error": error}


_RETRY_INFO = [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0s"}]
_GEMINI_FAILURES: dict[str, Reply] = {
    "429": (
        429,
        {},
        _gemini_error(
            429,
            "RESOURCE_EXHAUSTED",
            "You exceeded your current quota, please check your plan and billing details.",
            _RETRY_INFO,
        ),
    ),
    "503": (
        503,
        {},
        _gemini_error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
    ),
    "context_length": (
        400,
        {},
        _gemini_error(
            400,
            "INVALID_ARGUMENT",
            "The input token count (1203412) exceeds the maximum number of tokens allowed "
            "(1048576).",
        ),
    ),
    "401": (
        400,
        {},
        _gemini_error(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
        ),
    ),
}

SERVERS = {"anthropic": AnthropicReference, "gemini": GeminiReference}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("api", choices=sorted(SERVERS))
    parser.add_argument("--port", type=int, default=8766)
    args = parser.parse_args()
    server = SERVERS[args.api](args.port).start()
    print(f"{args.api} reference server on {server.root_url}")
    serve_until_interrupted(server)


if __name__ == "__main__":
    main()
