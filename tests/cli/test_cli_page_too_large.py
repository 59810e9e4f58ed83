"""`visitx extract` on a page over the size limit says what a CLI user can do."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conftest import invoke_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


class _Huge(BaseHTTPRequestHandler):
    """Declares a 12,000,000-byte HTML page; sends a few bytes of it (refused on the header)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", "12000000")
        self.end_headers()
        self.wfile.write(b"<p>")

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@pytest.fixture
def huge_page() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Huge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/page.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_extract_of_a_huge_url_names_what_a_cli_user_can_do(
    huge_page: str, tmp_path: Path
) -> None:
    """A 12 MB page: its failed record says to save the text as .txt, not 'max_bytes'."""
    out = tmp_path / "out.jsonl"
    result = invoke_within(
        ["extract", huge_page, "-o", str(out), "--model", "m", "--no-cache",
         "--base-url", "http://127.0.0.1:9/v1"],
        60,
    )  # fmt: skip
    error = json.loads(out.read_text(encoding="utf-8"))["error"]["message"]
    assert error == (
        f"{huge_page}: the page has 12,000,000 bytes, more than the 10,000,000 a page may "
        "have; save the article's text alone as a .txt file and give that file."
    ), result.output
    assert "max_bytes" not in result.output
