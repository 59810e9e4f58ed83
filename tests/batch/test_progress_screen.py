"""The progress bar counts screened-out articles and near-copies."""

from __future__ import annotations

import pytest

import visitx
from visitx.batch.parts import Progress


def _record(text: str, **fields: object) -> visitx.Extraction:
    article = visitx.ArticleRecord(id=visitx.ArticleRecord.id_for(text), text=text)
    return visitx.Extraction(article=article, **fields)  # type: ignore[arg-type]


def test_the_bar_counts_screened_articles_and_copies(capsys: pytest.CaptureFixture[str]) -> None:
    """One skipped record, one copy, one extracted: screened=1, copies=1 shown on the bar."""
    bar = Progress(True, 3)
    bar.update(_record("rain", skipped={"reason": "screen", "cues": []}))
    bar.update(_record("copy", duplicate_of="sha256:" + "0" * 64))
    bar.update(_record("story", meta=visitx.Meta(usage=visitx.Usage(total_tokens=5))))
    bar.close()
    assert (bar.screened, bar.copies, bar.tokens, bar.cached, bar.failed) == (1, 1, 5, 0, 0)
    shown = capsys.readouterr().err
    assert "screened=1" in shown
    assert "copies=1" in shown
