"""Offline replay of recorded model responses: the demo's answers, and `visitx.testing`.

Users reach it as `visitx.testing.replay` (see that module); the demo uses it directly,
so production code never imports the test helpers' module.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from visitx.core.errors import VisitxError
from visitx.llm.retry import no_backoff

__all__ = ["ReplayError", "ReplayTransport", "no_backoff", "replay"]


class ReplayError(VisitxError):
    """A request that the cassette has no (unused) recording for."""


def _load(path: Path) -> list[dict[str, Any]]:
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReplayError(f"Cannot read the cassette {path}: {exc}.") from exc
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
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
