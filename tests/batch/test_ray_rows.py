"""visitx.ray.Extract called directly (no Ray cluster): screened rows and copies show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

pd = pytest.importorskip("pandas")

WEATHER = "Heavy rain is expected on Sunday, with up to 40 millimetres in the hills."


def test_screened_rows_and_copies_have_their_own_columns(local_server: Any, tmp_path: Path) -> None:
    """Rows: extracted, screened out (skipped 'screen', not sent), a copy (duplicate_of)."""
    import visitx.ray
    from visitx import ArticleRecord

    text, _ = load_article("w19_en_relative")
    copy = "Home | World\n" + text + "\n© Example News"
    batch = pd.DataFrame({"id": ["a", "w", "c"], "text": [text, WEATHER, copy]})
    extract = visitx.ray.Extract(local_settings(local_server, tmp_path), concurrency=1)
    out = extract(batch)
    assert tuple(out.columns) == ("id", *visitx.ray.ARTICLE_COLUMNS[1:])
    assert out["skipped"].isna().tolist() == [True, False, True]
    assert out["skipped"].iloc[1] == "screen"
    assert out["duplicate_of"].isna().tolist() == [True, True, False]
    assert out["duplicate_of"].iloc[2] == ArticleRecord.id_for(text)
    assert out["n_visits"].tolist()[1] == 0
    assert len(local_server.requests) == 1  # only the original was sent


def test_row_values_from_pandas_become_article_fields() -> None:
    """NaN and NaT are absent, timestamps become dates, ids become strs, other keys are ignored."""
    from visitx.ray import article_from_row

    row = {
        "text": "Body.",
        "id": 7,
        "title": float("nan"),
        "published": pd.Timestamp("2024-11-24 08:30"),
        "language": None,
        "outlet": "wire",
    }
    assert article_from_row(row) == {"text": "Body.", "id": "7", "published": "2024-11-24"}
    assert "published" not in article_from_row({"text": "Body.", "published": pd.NaT})
