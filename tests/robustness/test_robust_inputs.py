"""Inputs with a field of the wrong type: each becomes a failure record naming the field
(and the line), and the batch goes on to the next article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx import Article, ArticleRecord
from visitx.cli.main import main
from visitx.core.article import BadInput
from visitx.io.files import iter_articles

from conftest import REFERENCE_MODEL, load_article

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

LONE = "\ud800"  # a lone surrogate: what JSON's "\ud800" decodes to
WRONG: dict[str, list[Any]] = {
    "text": [5, None, ["a"], {"a": 1}, True, 1.5, f"Ankara {LONE}"],
    "url": [5, ["http://a"], True, {"u": 1}, f"http://a/{LONE}"],
    "title": [5, ["t"], False, f"T {LONE}"],
    "published": [5, ["2024-01-01"], {"y": 2024}, True],
    "language": [5, ["tr"], f"t{LONE}"],
    "id": [["a"], {"a": 1}, 1.5, True, f"id-{LONE}"],
}
CASES = [
    pytest.param(field, value, id=f"{field}-{type(value).__name__}-{n}")
    for field, values in WRONG.items()
    for n, value in enumerate(values)
]


@pytest.mark.parametrize(("field", "value"), CASES)
def test_a_wrong_field_is_an_input_error_naming_it(field: str, value: Any) -> None:
    """Article.coerce refuses a mapping whose field has the wrong type, and names the field."""
    item = {"text": "Erdoğan visited Ankara.", field: value}
    with pytest.raises(visitx.InputError, match=f"`{field}`"):
        Article.coerce(item)


def test_wrong_fields_fail_their_articles_and_the_batch_goes_on(
    local_server: Any, tmp_path: Path
) -> None:
    """One batch of every wrong field: one failure naming the field each, then the good one."""
    text, entry = load_article("000_3eacb9a9611f4138")
    settings = visitx.Settings(
        model=REFERENCE_MODEL, base_url=local_server.base_url, cache_dir=tmp_path / "c"
    )
    bad = [{"text": "Erdoğan visited Ankara.", case.values[0]: case.values[1]} for case in CASES]
    good = {"text": text, "published": entry["published"], "id": "good"}
    results = visitx.extract_many([*bad, good], settings=settings, progress=False)
    for case, result in zip(CASES, results, strict=False):
        assert result.error is not None, case.id
        assert result.error.type == "InputError", case.id
        assert f"`{case.values[0]}`" in result.error.message, case.id
    assert (results[-1].error, results[-1].article.source_id) == (None, "good")


def test_an_article_with_a_numeric_id_is_extracted_under_that_id(
    local_server: Any, tmp_path: Path
) -> None:
    """Article(id=5) (a whole number) runs, and comes back with source_id '5'."""
    text, entry = load_article("000_3eacb9a9611f4138")
    settings = visitx.Settings(
        model=REFERENCE_MODEL, base_url=local_server.base_url, cache_dir=tmp_path / "c"
    )
    item = Article(text=text, published=entry["published"], id=5)  # type: ignore[arg-type]
    [result] = visitx.extract_many([item], settings=settings, progress=False)
    assert (result.error, result.article.source_id) == (None, "5")


def test_the_id_of_text_with_a_lone_surrogate_does_not_raise() -> None:
    """ArticleRecord.id_for hashes a lone surrogate instead of raising."""
    assert ArticleRecord.id_for("a" + LONE) != ArticleRecord.id_for("a")


def jsonl_lines() -> list[str]:
    return [
        '{"text": "A.", "url": 5}',
        '{"text": 5}',
        '{"text": null}',
        '{"text": ["a", "b"]}',
        '{"text": "A \\ud800 B"}',
        '{"html": "<p>x</p>", "title": {"a": 1}}',
        '{"path": 7}',
        '{"text": "A.", "id": [1]}',
    ]


def test_each_bad_jsonl_line_is_a_bad_input_naming_field_and_line(tmp_path: Path) -> None:
    """The JSONL reader turns every wrong-typed line into a BadInput: file:line and field."""
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    read = list(iter_articles([str(source)]))
    fields = ["url", "text", "text", "text", "text", "title", "path", "id"]
    assert len(read) == len(fields)
    for number, (item, field) in enumerate(zip(read, fields, strict=True), start=1):
        assert isinstance(item, BadInput), item
        assert item.id == f"{source}:{number}"
        assert f"`{field}`" in item.message
        assert f"{source}:{number}" in item.message


def test_extract_runs_past_bad_lines_to_the_end_of_the_file(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`visitx extract` on a file of bad lines and one good one: exit 0, one record each."""
    text, entry = load_article("000_3eacb9a9611f4138")
    good = json.dumps({"text": text, "published": entry["published"], "id": "good"})
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([*jsonl_lines(), good]) + "\n", encoding="utf-8")
    monkeypatch.setenv("VISITX_MODEL", REFERENCE_MODEL)
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the re-run also reaches the good line
        run = CliRunner().invoke(main, ["extract", str(source), "-o", str(out), "--no-progress"])
        assert run.exit_code == 0, run.output
    records = list(visitx.read_results(out))
    assert len(records) == len(jsonl_lines()) + 1
    assert [r.article.source_id for r in records if r.error is None] == ["good"]
