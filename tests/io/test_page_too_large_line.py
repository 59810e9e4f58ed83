"""A JSONL line whose `html` is over the page limit says what the caller can do."""

from __future__ import annotations

import json
from pathlib import Path

from visitx.core.article import BadInput
from visitx.io.files import iter_articles


def test_jsonl_line_with_a_huge_html_says_give_text(tmp_path: Path) -> None:
    """`html` of 10,000,011 bytes: a failed input saying to give `text`, not 'max_bytes'."""
    index = tmp_path / "in.jsonl"
    html = "<p>" + "x" * 10_000_004 + "</p>"  # 10,000,011 characters
    index.write_text(json.dumps({"id": "a1", "html": html}) + "\n", encoding="utf-8")
    (found,) = iter_articles([str(index)])
    assert isinstance(found, BadInput)
    assert found.message == (
        f"{index}:1: not an article (the page has 10,000,011 bytes, more than the 10,000,000 "
        "a page may have; give the article's text as `text` instead of the whole page as "
        "`html`)."
    )
