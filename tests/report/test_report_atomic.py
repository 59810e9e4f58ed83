"""write_report leaves the whole page or no page when the write fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitx.core.models import Article, Extraction
from visitx.report.page import write_report


def test_failed_write_leaves_no_half_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills halfway through the page leaves neither the page nor a partial file."""
    real = Path.write_text

    def half(self: Path, data: str, *args: object, **kwargs: object) -> int:
        with self.open("w", encoding="utf-8") as handle:
            handle.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half)
    text = "The minister visited Ankara."
    record = Extraction(article=Article(id=Article.id_for(text), text=text), visits=[])
    with pytest.raises(OSError, match="No space left"):
        write_report([record], tmp_path / "r.html")
    monkeypatch.setattr(Path, "write_text", real)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
