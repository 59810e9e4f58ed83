"""`visitx extract` on a page over the size limit says what a CLI user can do."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import PageSite, invoke_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


# Declares a 12,000,000-byte HTML page; sends a few bytes of it (refused on the header).
HUGE = (200, {"content-type": "text/html", "content-length": "12000000"}, b"<p>")


@pytest.fixture
def huge_page() -> Iterator[str]:
    with PageSite({"/page.html": HUGE}) as site:
        yield site.url("/page.html")


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
