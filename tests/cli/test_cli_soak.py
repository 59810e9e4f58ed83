"""`visitx extract` against a llama.cpp server, as the real-server soak found it failing.

Each test here is the offline regression test of one thing a run against a real
llama.cpp server (xllamacpp with SmolLM2-135M, bench/README.md "Real server soak") did
wrong. They run the reference server on 127.0.0.1 in its llama.cpp flavour (no cassette).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx.cli.main import main

from conftest import ARTICLES, REFERENCE_MODEL

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

INDEX = ARTICLES / "index.jsonl"


class InFlight:
    """Counts the chat requests a server is answering at once (the most seen)."""

    def __init__(self, server: Any) -> None:
        self.answer = server.answer
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0
        self.second = threading.Event()
        server.answer = self.counted

    def counted(self, path: str, body: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
            first = self.most == 1 and self.now == 1
            if self.now > 1:
                self.second.set()
        try:
            if first:
                # The first answer waits until a second request arrives (or 1 s passes):
                # a client that sends more than one at a time is caught doing it.
                self.second.wait(1.0)
            return self.answer(path, body)
        finally:
            with self.lock:
                self.now -= 1


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_extract_sends_no_more_articles_at_once_than_the_server_has_slots(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A llama.cpp server with one slot gets one request at a time, whatever --concurrency."""
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_MODEL", REFERENCE_MODEL)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    seen = InFlight(local_server)
    result = CliRunner().invoke(
        main, ["extract", str(INDEX), "-o", str(tmp_path / "out.jsonl"), "--concurrency", "8"]
    )
    assert result.exit_code == 0, result.output
    assert len(local_server.requests) >= 4
    assert seen.most == 1
    assert "answers 1 request(s) at a time" in result.stderr
