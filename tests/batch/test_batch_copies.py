"""Provider batches send a near-copy's story once and re-ground it in the copy at collect.

Against the local Batch API server (`tests/batch_server.py`) on 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import Article

from batch_server import caller
from conftest import load_article

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

HEADER = "Home | World | Business | Sport\nBy Wire Staff\n"


def original_and_copy() -> tuple[Article, Article]:
    text, entry = load_article("w19_en_relative")
    original = Article(text=text, published=entry["published"], id="orig")
    copy = Article(text=HEADER + text, published=entry["published"], id="copy")
    return original, copy


def test_a_copy_is_not_a_request_of_its_own(batch_server: Any, tmp_path: Path) -> None:
    """Original and copy submitted: one request, one near-copy counted."""
    summary = visitx.submit_batch(
        list(original_and_copy()),
        manifest=tmp_path / "m",
        settings=caller(batch_server, tmp_path),
    )
    assert (summary.requests, summary.copies) == (1, 1)


def test_the_copys_record_is_regrounded_in_its_own_text(batch_server: Any, tmp_path: Path) -> None:
    """collect yields the copy with duplicate_of = the original's id; spans index the copy."""
    original, copy = original_and_copy()
    settings = caller(batch_server, tmp_path)
    visitx.submit_batch([original, copy], manifest=tmp_path / "m", settings=settings)
    done = visitx.collect_batch(tmp_path / "m", settings=settings)
    by_id = {r.article.source_id: r for r in done.results}
    first, second = by_id["orig"], by_id["copy"]
    assert first.duplicate_of is None
    assert second.duplicate_of == first.article.id
    assert len(second.visits) == len(first.visits) > 0
    evidence, before = second.visits[0].evidence[0], first.visits[0].evidence[0]
    assert before.start is not None
    assert evidence.start == before.start + len(HEADER)
    assert evidence.end is not None
    assert copy.text[evidence.start : evidence.end] == evidence.text


def test_duplicates_false_sends_the_copy(batch_server: Any, tmp_path: Path) -> None:
    """Settings(duplicates=False): both articles are requests."""
    summary = visitx.submit_batch(
        list(original_and_copy()),
        manifest=tmp_path / "m",
        settings=caller(batch_server, tmp_path, duplicates=False),
    )
    assert (summary.requests, summary.copies) == (2, 0)


def test_cli_submit_counts_the_near_copies(
    batch_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`visitx batch submit --dry-run` with a story and its copy: 1 request, 1 near-copy."""
    import json

    from click.testing import CliRunner

    from visitx.cli.main import main

    monkeypatch.setenv("VISITX_BASE_URL", batch_server.base_url)
    monkeypatch.setenv("VISITX_MODEL", "visitx-reference")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"text": a.text, "id": a.id}) + "\n" for a in original_and_copy()),
        encoding="utf-8",
    )
    args = ["batch", "submit", str(source), "--manifest", str(tmp_path / "m"), "--dry-run"]
    run = CliRunner().invoke(main, args)
    assert run.exit_code == 0, run.output
    assert "1 request(s) in 1 file(s)" in run.output
    assert "1 near-copies (not sent)" in run.output


def test_a_copy_of_a_failed_article_fails_with_it_and_is_not_lost(
    batch_server: Any, tmp_path: Path
) -> None:
    """The story's line errors (HTTP 500): original and copy both come back as failures."""
    settings = caller(batch_server, tmp_path)
    batch_server.script("500")
    visitx.submit_batch(list(original_and_copy()), manifest=tmp_path / "m", settings=settings)
    done = visitx.collect_batch(tmp_path / "m", settings=settings)
    assert sorted(line.source_id or "" for line in done.failed) == ["copy", "orig"]
    assert {r.article.source_id for r in done.results if r.error} == {"copy", "orig"}


def test_a_later_batchs_copy_of_a_collected_article_is_not_sent(
    batch_server: Any, tmp_path: Path
) -> None:
    """Batch 1 collects the original; batch 2's copy is no request and names the original."""
    original, copy = original_and_copy()
    settings = caller(batch_server, tmp_path)
    visitx.submit_batch([original], manifest=tmp_path / "one", settings=settings)
    first = visitx.collect_batch(tmp_path / "one", settings=settings).results[0]
    summary = visitx.submit_batch([copy], manifest=tmp_path / "two", settings=settings)
    assert (summary.requests, summary.copies) == (0, 1)
    (second,) = visitx.collect_batch(tmp_path / "two", settings=settings).results
    assert second.duplicate_of == first.article.id
    evidence = second.visits[0].evidence[0]
    assert evidence.start == first.visits[0].evidence[0].start + len(HEADER)
    assert copy.text[evidence.start : evidence.end] == evidence.text


def test_a_batchs_copy_of_an_article_extract_many_did_is_not_sent(
    batch_server: Any, tmp_path: Path
) -> None:
    """extract_many extracts the original; a later batch's copy is re-grounded from it."""
    original, copy = original_and_copy()
    settings = caller(batch_server, tmp_path)
    (first,) = visitx.extract_many([original], settings=settings, progress=False)
    assert first.error is None
    assert first.visits
    summary = visitx.submit_batch([copy], manifest=tmp_path / "m", settings=settings)
    assert (summary.requests, summary.copies) == (0, 1)
    (second,) = visitx.collect_batch(tmp_path / "m", settings=settings).results
    assert second.duplicate_of == first.article.id
    assert [v.type for v in second.visits] == [v.type for v in first.visits]


def test_extract_many_copies_an_article_a_batch_collected(
    batch_server: Any, tmp_path: Path
) -> None:
    """A batch collects the original; extract_many's copy sends nothing, names the original."""
    original, copy = original_and_copy()
    settings = caller(batch_server, tmp_path)
    visitx.submit_batch([original], manifest=tmp_path / "m", settings=settings)
    first = visitx.collect_batch(tmp_path / "m", settings=settings).results[0]
    asked = len(batch_server.requests)
    (second,) = visitx.extract_many([copy], settings=settings, progress=False)
    assert second.duplicate_of == first.article.id
    assert len(batch_server.requests) == asked  # no request for the copy


@pytest.mark.parametrize("command", [["extract"], ["batch", "submit", "--manifest", "m"]])
def test_a_cache_folder_that_cannot_be_made_is_one_line(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """VISITX_CACHE_DIR under a plain file: exit 3 (a path that cannot be written, as for
    -o), the error naming the file and its fix, no traceback."""
    from click.testing import CliRunner

    from visitx.cli.main import main

    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "file" / "cache"))
    monkeypatch.setenv("VISITX_MODEL", "gpt-4.1-mini")
    monkeypatch.setenv("VISITX_API_KEY", "sk-test")
    monkeypatch.setenv("VISITX_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "a.txt"
    source.write_text("The minister met his Turkish counterpart in Ankara.", encoding="utf-8")
    out = CliRunner().invoke(main, [*command, str(source)])
    assert out.exit_code == 3, out.output
    assert "cannot be opened" in out.output
    assert f"{tmp_path / 'file'} is a file, not a folder" in out.output
    assert "VISITX_CACHE_DIR" in out.output
    assert "Traceback" not in out.output
    assert "article(s):" not in out.output
