"""read_results says what to do with a JSON array, a newer record and a gzip'd file."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from visitx.core.errors import InputError
from visitx.core.models import Article, Extraction
from visitx.io.files import read_results


def _line() -> dict[str, object]:
    text = "The minister visited Ankara."
    article = Article(id=Article.id_for(text), text=text)
    return Extraction(article=article, visits=[]).model_dump(mode="json")


def test_json_array_says_write_jsonl(tmp_path: Path) -> None:
    """A file holding one JSON array of records is refused with the way to make it JSONL."""
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps([_line()]), encoding="utf-8")
    with pytest.raises(InputError, match=r"r\.jsonl:1 .*JSON array; write one record per line"):
        list(read_results(path))


def test_unknown_field_says_upgrade(tmp_path: Path) -> None:
    """A record with a field this visitx does not know says a newer visitx wrote it."""
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({**_line(), "added_later": 1}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"added_later: .*newer visitx; upgrade visitx"):
        list(read_results(path))


def test_gzip_file_says_decompress(tmp_path: Path) -> None:
    """A gzip-compressed results file is refused with gunzip as the way out."""
    path = tmp_path / "r.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(_line()) + "\n").encode("utf-8")))
    with pytest.raises(InputError, match=r"gzip-compressed; decompress it first \(gunzip"):
        list(read_results(path))
