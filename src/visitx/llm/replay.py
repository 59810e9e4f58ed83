"""Offline replay of recorded model responses: the demo's answers, and `visitx.testing`.

Users reach it as `visitx.testing.replay` (see that module); the demo uses it directly,
so production code never imports the test helpers' module.
"""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from visitx.core.errors import VisitxError
from visitx.core.models import Usage
from visitx.core.settings import Settings
from visitx.llm.prompt import Messages
from visitx.llm.retry import no_backoff
from visitx.llm.wire import Answer
from visitx.record.draft import Draft, checked_against

__all__ = ["RecordedAnswers", "ReplayError", "ReplayTransport", "no_backoff", "replay"]


class ReplayError(VisitxError):
    """A request that the cassette has no (unused) recording for."""


def _load(path: Path) -> list[dict[str, Any]]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReplayError(f"Cannot read the cassette {path}: {exc}.") from exc
    # libyaml's loader when PyYAML has it: the pure-Python one takes a quarter second
    # for the demo's cassette.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=loader)
    interactions = (data or {}).get("interactions")
    if not isinstance(interactions, list):
        raise ReplayError(f"{path} is not a vcrpy cassette (no 'interactions' list).")
    return interactions


def _body_key(body: Any) -> Any:
    if body in (None, b"", ""):
        return None
    if isinstance(body, bytes):
        body = body.decode("utf-8")
    try:
        return json.loads(body)
    except (TypeError, ValueError):
        return body


class ReplayTransport:
    """An httpx2 transport (sync and async) that answers from a vcrpy cassette."""

    def __init__(self, *cassettes: str | Path) -> None:
        self._recorded: list[tuple[str, str, Any, dict[str, Any]]] = []
        for cassette in cassettes:
            for item in _load(Path(cassette)):
                request = item["request"]
                self._recorded.append(
                    (
                        request["method"].upper(),
                        urlsplit(request["uri"]).path,
                        _body_key(request.get("body")),
                        item["response"],
                    )
                )
        self._used = [False] * len(self._recorded)
        self._lock = threading.Lock()
        self.played = 0

    def _respond(self, request: Any) -> Any:
        import httpx2

        method, path = request.method.upper(), request.url.path
        body = _body_key(request.read())
        with self._lock:
            for i, (r_method, r_path, r_body, recorded) in enumerate(self._recorded):
                if self._used[i] or (r_method, r_path, r_body) != (method, path, body):
                    continue
                self._used[i] = True
                response = recorded
                self.played += 1
                break
            else:
                model = body.get("model") if isinstance(body, dict) else None
                raise ReplayError(
                    f"No recorded response for {method} {path} (model {model!r}). The cassette "
                    "was recorded with other settings, prompt or article; record it again."
                )
        headers = {
            name: values[0] if isinstance(values, list) else values
            for name, values in (response.get("headers") or {}).items()
            if name.lower() not in {"content-length", "content-encoding", "transfer-encoding"}
        }
        content = response["body"]["string"]
        if isinstance(content, str):
            content = content.encode("utf-8")
        return httpx2.Response(
            response["status"]["code"], headers=headers, content=content, request=request
        )

    def handle_request(self, request: Any) -> Any:
        return self._respond(request)

    async def handle_async_request(self, request: Any) -> Any:
        return self._respond(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


@contextlib.contextmanager
def replay(*cassettes: str | Path, immediate_retries: bool = True) -> Iterator[ReplayTransport]:
    """Answer every request of the clients visitx builds from recorded cassettes.

    Clients built before the block are covered too: while it is active, every extractor
    sends its requests through the cassette's transport.

    Args:
        cassettes: vcrpy cassette files (YAML or JSON), e.g. recorded with pytest-recording.
        immediate_retries: replay recorded 429/5xx answers without sleeping.

    Yields:
        The transport; `transport.played` counts the responses replayed.
    """
    from visitx.llm.provider import use_transport

    transport = ReplayTransport(*cassettes)
    with use_transport(transport), (
        no_backoff() if immediate_retries else contextlib.nullcontext()
    ):
        yield transport


class RecordedAnswers:
    """A cassette's chat completions read as drafts, without an HTTP client or instructor.

    For the recordings that need nothing of the client: one request whose model,
    messages, temperature, token limit and draft schema are the ones visitx sends now, answered with
    a complete JSON draft (status 200, `finish_reason` "stop", no tool call). The draft
    is validated against the article exactly as a live answer's is; anything else (a
    retry, a re-ask, an answer in a tool call) is left to `replay()`, which sends the
    request through the SDK client as a live call does.
    """

    MODES = ("json_schema", "json")  # answered in `content`, parsed as JSON by instructor

    def __init__(self, *cassettes: str | Path) -> None:
        self._recorded = [
            (_body_key(item["request"].get("body")), item["response"])
            for cassette in cassettes
            for item in _load(Path(cassette))
            if urlsplit(item["request"]["uri"]).path.endswith("/chat/completions")
        ]
        self._used = [False] * len(self._recorded)
        self.played = 0

    def answer(
        self, settings: Settings, messages: Messages, mode: str, article: str
    ) -> Answer | None:
        """The `Answer` recorded for this request, or None when only `replay()` can give it."""
        if mode not in self.MODES:
            return None
        sent = [
            {"role": "system", "content": messages.system},
            {"role": "user", "content": messages.user},
        ]
        for i, (body, response) in enumerate(self._recorded):
            if self._used[i] or not isinstance(body, dict):
                continue
            tokens = body.get("max_tokens", body.get("max_completion_tokens"))
            if (body.get("model"), body.get("messages"), body.get("temperature"), tokens) != (
                settings.model, sent, settings.temperature, settings.max_tokens
            ) or _schema_of(body) != _draft_schema():
                continue
            answer = _read_answer(response, mode, article)
            if answer is None:
                return None
            self._used[i] = True
            self.played += 1
            return answer
        return None


@functools.cache
def _draft_schema() -> dict[str, Any]:
    return Draft.model_json_schema()


def _schema_of(body: dict[str, Any]) -> Any:
    response_format = body.get("response_format") or {}
    if response_format.get("type") == "json_schema":
        return (response_format.get("json_schema") or {}).get("schema")
    return response_format.get("schema")  # JSON mode sends the schema beside json_object


def _read_answer(response: dict[str, Any], mode: str, article: str) -> Answer | None:
    """A recorded 200 completion's validated draft, or None when it needs the client."""
    if (response.get("status") or {}).get("code") != 200:
        return None
    try:
        completion = json.loads(response["body"]["string"])
        choice = completion["choices"][0]
        content = choice["message"]["content"]
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    if choice.get("finish_reason") != "stop" or choice["message"].get("tool_calls"):
        return None
    try:
        with checked_against(article):
            draft = Draft.model_validate_json(content)
    except ValueError:  # pydantic's ValidationError: instructor would re-ask
        return None
    usage = completion.get("usage") or {}
    details = usage.get("prompt_tokens_details") or {}
    return Answer(
        draft=draft,
        mode=mode,
        attempts=1,
        usage=Usage(
            prompt_tokens=usage.get("prompt_tokens") or 0,
            completion_tokens=usage.get("completion_tokens") or 0,
            total_tokens=usage.get("total_tokens") or 0,
            cache_read_tokens=details.get("cached_tokens") or 0,
        ),
        model=completion.get("model"),
        finish_reason="stop",
        warnings=[],
    )
