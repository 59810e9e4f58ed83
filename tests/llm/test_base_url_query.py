"""A base URL with a query (`?api-version=...` of Azure-style gateways, `?key=...` of
gateways that authenticate by query) reaches the server as a query after the SDK's path.

Found against a 127.0.0.1 server: the openai and anthropic SDKs append their path to the
base URL as text, so `http://127.0.0.1:P/v1?api-version=2024-02-01&key=K` was requested
as `/v1?api-version=2024-02-01&key=K/chat/completions` (path `/v1`, and a `key` of
`K/chat/completions`). Each path below is the one the server received, checked by hand.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import ProviderError
from visitx.batch.collect import collect_batch
from visitx.batch.jobs import submit_batch
from visitx.batch.manifest import MANIFEST

from batch_server import BatchServer, caller
from conftest import LocalServer, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SECRET = "gw-secret-0123456789"  # long enough to be remembered (core.secrets.MIN_LENGTH)
QUERY = f"api-version=2024-02-01&key={SECRET}"
TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."


def posts(server: BatchServer) -> list[str]:
    return [path for method, path in server.calls if method == "POST"]


def test_extract_and_aextract_send_the_query_after_the_path(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """Both clients: `/v1/chat/completions?api-version=2024-02-01&key=...`, one each."""
    server = batch_server
    given = caller(server, tmp_path, base_url=f"{server.base_url}?{QUERY}", llama_cpp=False)
    one, two = seeds()[:2]
    assert visitx.extract(one.text, published=one.published, settings=given).error is None
    done = asyncio.run(visitx.aextract(two.text, published=two.published, settings=given))
    assert done.error is None
    assert posts(server) == [f"/v1/chat/completions?{QUERY}"] * 2


def test_a_batch_sends_the_query_to_files_and_batches(
    batch_server: BatchServer, tmp_path: Path
) -> None:
    """Upload, start, follow, download: each call with the query; the manifest keeps
    `.../v1?api-version=2024-02-01`, and no file written holds the key."""
    server = batch_server
    given = caller(server, tmp_path, base_url=f"{server.base_url}?{QUERY}", llama_cpp=False)
    submit_batch(seeds()[:2], manifest=tmp_path / "m", settings=given)
    done = collect_batch(tmp_path / "m", output=tmp_path / "out.jsonl", settings=given)
    assert (done.collected, done.failed) == (2, ())
    assert server.calls[:2] == [
        ("POST", f"/v1/files?{QUERY}"),
        ("POST", f"/v1/batches?{QUERY}"),
    ]
    assert ("GET", f"/v1/batches/batch-0002?{QUERY}") in server.calls
    assert all(path.endswith(f"?{QUERY}") for _, path in server.calls)
    kept = json.loads((tmp_path / "m" / MANIFEST).read_text(encoding="utf-8"))
    assert kept["settings"]["base_url"] == f"{server.base_url}?api-version=2024-02-01"
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any("cache" in p.relative_to(tmp_path).parts for p in written)
    for path in written:
        assert SECRET.encode() not in path.read_bytes(), path


class Recorder(LocalServer):
    """Answers every request 404 with an error that quotes its path; keeps the paths."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def answer(self) -> None:
                site.paths.append(self.path)
                self.rfile.read(int(self.headers.get("content-length") or 0))
                data = json.dumps({"error": {"message": f"no route {self.path}"}}).encode()
                self.send_response(404)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(Handler)
        self.root = f"http://127.0.0.1:{self.httpd.server_address[1]}/gw"


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    with Recorder() as server:
        yield server


def failed(model: str, base_url: str, tmp_path: Path) -> str:
    """Extract once (sync) and once (async); both fail with the 404; the message, masked."""
    given = visitx.Settings(model=model, base_url=base_url, api_key="sk-gw-0123456789",
                            max_retries=0, cache_dir=tmp_path / "c")  # fmt: skip
    messages = []
    for run in (lambda: visitx.extract(TEXT, settings=given),
                lambda: asyncio.run(visitx.aextract(TEXT, settings=given))):  # fmt: skip
        with pytest.raises(ProviderError) as caught:
            run()
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    return messages[0]


def test_anthropic_clients_send_the_query_after_the_path(
    recorder: Recorder, tmp_path: Path
) -> None:
    """Live (sync and async) `/gw/v1/messages?...`; its Message Batches client too."""
    from visitx.batch import messages

    message = failed("anthropic/claude-gw", f"{recorder.root}?{QUERY}", tmp_path)
    assert message.startswith(
        "The provider answered HTTP 404: no route /gw/v1/messages?api-version=2024-02-01&key=***"
    )
    assert SECRET not in message
    ex = visitx.Extractor(visitx.Settings(
        model="anthropic/claude-gw", base_url=f"{recorder.root}?{QUERY}", api_key="sk-x-01234567",
        max_retries=0,
    ))  # fmt: skip
    client = messages.client_for(ex, None)
    with pytest.raises(ProviderError), messages.mapped():
        client.messages.batches.retrieve("msgbatch_1")
    assert recorder.paths == [f"/gw/v1/messages?{QUERY}"] * 2 + [
        f"/gw/v1/messages/batches/msgbatch_1?{QUERY}"
    ]


def test_gemini_keeps_the_query_after_its_path(recorder: Recorder, tmp_path: Path) -> None:
    """google-genai joins its path to the base URL's path and keeps the query as it is
    (`_api_client.join_url_path`): sent unchanged, it arrives after the path."""
    message = failed("google/gemini-gw", f"{recorder.root}?{QUERY}", tmp_path)
    assert SECRET not in message
    assert recorder.paths == [f"/gw/v1/models/gemini-gw:generateContent?{QUERY}"] * 2
