"""No secret in what visitx shows when a server echoes the request: errors, stderr, records.

Found against a 127.0.0.1 server: with `base_url=http://127.0.0.1:P/v1?key=sekrit` the
openai SDK requests `/v1?key=sekrit/chat/completions` (its path after the query), and a
server that answers "no route <path>" put `?key=sekrit` into the `ProviderError` of
`extract`, `aextract` and `submit_batch`, onto `visitx extract`'s stderr and into the
record's `error.message` in its output file: the URL masking only knew whole URLs. A
server echoing the key itself (`Incorrect API key provided: sk-...`), or the Basic
credential HTTP sends for `http://user:password@host`, leaked the same way. Each case
below is the message seen, checked by hand: the secret gone, the host, path, status,
`api-version` and the hint kept. (The query now goes to the SDK as its default query, so
it comes back after the request's path: `/v1/chat/completions?key=...`.)
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

import visitx
from visitx import ProviderError, Settings
from visitx.batch.collect import collect_batch
from visitx.batch.jobs import submit_batch
from visitx.cli.main import main

from batch_server import BatchServer, caller
from conftest import PostServer, seeds

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

KEY = "sk-test-ECHOED-0123456789"
QUERY_SECRET = "sekrit"  # six letters: too short to remember, masked as ?key=... only
PASSWORD = "hunter2-ECHOED"
BASIC = base64.b64encode(f"me:{PASSWORD}".encode()).decode()  # what HTTP sends for me:PASSWORD
TEXT = "Chile's foreign minister visited Lima on 3 March 2024 and met Peru's president."
HINT_404 = "Check the model name (VISITX_MODEL) and the base URL (VISITX_BASE_URL)."
HINT_401 = (
    "Check the API key (VISITX_API_KEY, else OPENAI_API_KEY; ANTHROPIC_API_KEY or "
    "GEMINI_API_KEY for anthropic/ and google/ models)."
)

Says = Callable[[BaseHTTPRequestHandler], str]


def answering(status: int, says: Says) -> Callable[[BaseHTTPRequestHandler], None]:
    """A handler answering `status` with an OpenAI-shaped error whose message `says`."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        data = json.dumps({"error": {"message": says(handler), "type": "x"}}).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return answer


def no_route(handler: BaseHTTPRequestHandler) -> str:
    return f"no route {handler.path}"


def wrong_key(handler: BaseHTTPRequestHandler) -> str:
    credential = str(handler.headers.get("authorization", "")).split()[-1]
    return f"Incorrect API key provided: {credential}"


def encoded_url(handler: BaseHTTPRequestHandler) -> str:
    host, port = handler.server.server_address[:2]
    return f'Not found: "{quote(f"http://{host!s}:{port}{handler.path}", safe="")}".'


@pytest.fixture
def serve() -> Iterator[Callable[[int, Says], str]]:
    """Starts echoing servers on 127.0.0.1; each call gives one's base URL (…/v1)."""
    servers: list[PostServer] = []

    def start(status: int, says: Says) -> str:
        server = PostServer(answering(status, says)).__enter__()
        servers.append(server)
        return server.base_url

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def settings(base_url: str, tmp_path: Path, **changes: object) -> Settings:
    return Settings(
        model="m", base_url=base_url, max_retries=0, llama_cpp=False, cache_dir=tmp_path / "c",
        **changes,  # type: ignore[arg-type]  # test helper: only Settings fields are passed
    )  # fmt: skip


def failure(call: Callable[[], object]) -> str:
    """The error's message and provider message; its whole traceback (the SDK's exceptions
    behind it included, as Python prints it uncaught) names no secret either."""
    with pytest.raises(ProviderError) as caught:
        call()
    printed = "".join(traceback.format_exception(caught.value))
    assert "Error code: 40" in printed  # the SDK's own exception is in it
    for secret in (KEY, QUERY_SECRET, PASSWORD, BASIC):
        assert secret not in printed
    return str(caught.value) + " | " + str(caught.value.provider_message)


def three_ways(given: Settings, tmp_path: Path) -> list[str]:
    """The messages of the same failure through extract, aextract and submit_batch."""
    return [
        failure(lambda: visitx.extract(TEXT, settings=given)),
        failure(lambda: asyncio.run(visitx.aextract(TEXT, settings=given))),
        failure(lambda: submit_batch(seeds()[:1], manifest=tmp_path / "m", settings=given)),
    ]


def test_a_query_key_echoed_after_the_path(
    serve: Callable[[int, Says], str], tmp_path: Path
) -> None:
    """`?api-version=2024-02-01&key=sekrit` came back as `/v1/files?...&key=sekrit`."""
    url = serve(404, no_route) + f"?api-version=2024-02-01&key={QUERY_SECRET}"
    live, alive, batch = three_ways(settings(url, tmp_path, api_key=KEY), tmp_path)
    for message, path in ((live, "/v1/chat/completions"), (alive, "/v1/chat/completions"),
                          (batch, "/v1/files")):  # fmt: skip
        said = f"no route {path}?api-version=2024-02-01&key=***"
        assert message == f"The provider answered HTTP 404: {said}. {HINT_404} | {said}"
    assert QUERY_SECRET not in live + batch


@pytest.mark.parametrize("where", ["VISITX_API_KEY", "OPENAI_API_KEY", "api_key"])
def test_the_key_echoed_in_the_error_body(
    where: str, serve: Callable[[int, Says], str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """A 401 quoting the key sent, wherever the key came from."""
    url = serve(401, wrong_key)
    if where == "api_key":
        given = settings(url, tmp_path, api_key=KEY)
    else:
        monkeypatch.setenv(where, KEY)
        given = settings(url, tmp_path)
    for message in three_ways(given, tmp_path):
        assert message == (
            f"The provider answered HTTP 401: Incorrect API key provided: ***. {HINT_401} "
            "| Incorrect API key provided: ***"
        )


def test_the_basic_credential_of_a_password_url(
    serve: Callable[[int, Says], str], tmp_path: Path
) -> None:
    """http://me:PASSWORD@host sends `Basic base64(me:PASSWORD)`; echoed, it is masked."""
    url = serve(401, wrong_key).replace("http://", f"http://me:{PASSWORD}@")
    for message in three_ways(settings(url, tmp_path, api_key=KEY), tmp_path):
        assert message.startswith(
            "The provider answered HTTP 401: Incorrect API key provided: ***."
        )
        assert BASIC not in message
        assert PASSWORD not in message


def test_a_percent_encoded_url_in_quotes(
    serve: Callable[[int, Says], str], tmp_path: Path
) -> None:
    """The whole URL echoed percent-encoded: the key's value goes, host, port and path stay."""
    base = serve(404, encoded_url)
    port = base.split(":")[2].split("/")[0]
    url = f"{base}?Api-Key={QUERY_SECRET}"
    live, alive, batch = three_ways(settings(url, tmp_path, api_key=KEY), tmp_path)
    shown = f"http%3A%2F%2F127.0.0.1%3A{port}%2Fv1%2Fchat%2Fcompletions%3FApi-Key%3D***"
    assert live.startswith(f'The provider answered HTTP 404: Not found: "{shown}". {HINT_404}')
    assert alive == live
    shown = f"http%3A%2F%2F127.0.0.1%3A{port}%2Fv1%2Ffiles%3FApi-Key%3D***"
    assert batch.startswith(f'The provider answered HTTP 404: Not found: "{shown}". {HINT_404}')


def test_the_command_line_shows_no_key(
    serve: Callable[[int, Says], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`visitx extract` (stderr and the failed record) and `visitx batch submit` (exit 4)."""
    url = serve(404, no_route) + f"?key={QUERY_SECRET}"
    monkeypatch.setenv("VISITX_BASE_URL", url)
    monkeypatch.setenv("VISITX_API_KEY", KEY)
    monkeypatch.setenv("VISITX_MODEL", "m")
    monkeypatch.setenv("VISITX_MAX_RETRIES", "0")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    shown = f"The provider answered HTTP 404: no route /v1/chat/completions?key=***. {HINT_404}"

    extracted = CliRunner().invoke(main, ["extract", str(article), "-o", str(out)])
    assert extracted.exit_code == 0  # one failed article is a record, not a stop
    assert f"ProviderError: {shown}" in extracted.stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["error"]["message"] == shown

    submitted = CliRunner().invoke(
        main, ["batch", "submit", str(article), "--manifest", str(tmp_path / "m")]
    )
    assert submitted.exit_code == 4
    assert submitted.stderr.splitlines()[-1] == f"Error: {shown}".replace(
        "/chat/completions", "/files"
    )
    for result in (extracted, submitted):
        assert QUERY_SECRET not in result.output + result.stderr
        assert KEY not in result.output + result.stderr


def test_no_secret_in_the_cache_or_the_manifest(batch_server: BatchServer, tmp_path: Path) -> None:
    """After a live run, a batch submitted and collected through a password URL, and a
    failed run with ?key=: neither the key nor a URL secret is in any file written."""
    server = batch_server
    local = caller(
        server, tmp_path, api_key=KEY,
        base_url=server.base_url.replace("http://", f"http://me:{PASSWORD}@"),
    )  # fmt: skip
    one, two = seeds()[:2]
    assert visitx.extract(one.text, published=one.published, settings=local).error is None
    submit_batch(seeds(), manifest=tmp_path / "m", settings=local)
    assert collect_batch(tmp_path / "m", output=tmp_path / "out.jsonl", settings=local).collected
    failing = local.replace(base_url=f"{server.base_url}?key={QUERY_SECRET}")
    submit_batch([two], manifest=tmp_path / "m2", settings=failing, dry_run=True)
    with pytest.raises(ProviderError):
        visitx.extract(two.text + " More.", settings=failing)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.parent.name == "m" for p in written)  # the runs wrote where we look
    assert any("cache" in p.relative_to(tmp_path).parts for p in written)
    for path in written:
        data = path.read_bytes()
        for secret in (KEY, PASSWORD, QUERY_SECRET):
            assert secret.encode() not in data, (path, secret)


def test_the_dependencies_log_lines_show_no_key(
    serve: Callable[[int, Says], str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """With logging on, httpx2 (`HTTP Request: POST <url>`), openai (the request, and the
    traceback it logs) and instructor (`API call failed ... <body>`) log the URL with its query:
    each line is masked as visitx's own are."""
    url = serve(404, no_route) + f"?key={QUERY_SECRET}"
    with caplog.at_level(logging.DEBUG):
        failure(lambda: visitx.extract(TEXT, settings=settings(url, tmp_path, api_key=KEY)))
    logged = caplog.text
    posted = f'{url.split("?")[0]}/chat/completions?key=***'
    assert f'HTTP Request: POST {posted} "HTTP/1.1 404 Not Found"' in logged
    assert (
        "API call failed on attempt 1: Error code: 404 - "
        "{'error': {'message': 'no route /v1/chat/completions?key=***'"
    ) in logged
    assert QUERY_SECRET not in logged
    assert KEY not in logged
