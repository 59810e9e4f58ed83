"""Records of another model are not taken for this run's: models are compared exactly,
a provider's dated snapshot of the requested model aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from visitx import ArticleRecord, Extraction, Meta
from visitx.io.output import ResultsFile


@pytest.mark.parametrize(
    ("recorded", "wanted", "same"),
    [
        ("gpt-4o", "gpt-4o", True),
        ("gpt-4o-2024-08-06", "gpt-4o", True),  # OpenAI's snapshot behind the alias
        ("claude-3-5-sonnet-20241022", "claude-3-5-sonnet", True),  # Anthropic's form
        ("gpt-4o-mini-2024-07-18", "gpt-4o", False),  # another model, then a date
        ("gpt-4o-mini", "gpt-4o", False),
        ("gpt-4o-2024-08-06-ft", "gpt-4o", False),
        ("gpt-4o", "gpt-4o-2024-08-06", False),  # a snapshot was asked for: exactly it
        ("qwen2.5:7b", "qwen2.5", False),
    ],
)
def test_models_compare_exactly_or_as_a_dated_snapshot(
    recorded: str, wanted: str, same: bool, tmp_path: Path
) -> None:
    """made_otherwise lists a success unless its model is the one wanted (or its snapshot)."""
    out = tmp_path / "out.jsonl"
    record = Extraction(
        article=ArticleRecord(id=ArticleRecord.id_for("a"), text="a"),
        meta=Meta(model=recorded, prompt_version="extract.v1"),
    )
    out.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    other = ResultsFile(out).made_otherwise(wanted, "extract.v1")
    assert (other == []) is same
