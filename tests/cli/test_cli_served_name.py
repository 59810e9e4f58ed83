"""A re-run against a llama.cpp server resumes although the server renames the model.

llama.cpp answers every request in the name of the one model it serves (`model_alias`),
whatever `--model` says, and records carry the name the provider answered with. The
real-server soak (bench/README.md, branch `soak`) found the same command, run again to
resume, refused with exit 2 ("holds records made with model ...") for that reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from visitx import ArticleRecord, Extraction, Meta

from conftest import PageSite, invoke_within

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

SERVED = "SmolLM2-135M-Instruct.Q4_1.gguf"
TEXT = "The minister of Chile visited Peru on 3 March 2024 and met its president."


def _llama_cpp(alias: str) -> PageSite:
    """A llama.cpp server on 127.0.0.1 as far as `GET /props` goes, serving `alias`."""
    props = {"default_generation_settings": {"n_ctx": 2048}, "total_slots": 1}
    body = json.dumps({**props, "model_alias": alias}).encode()
    return PageSite({"/props": (200, {"content-type": "application/json"}, body)})


def _output_made_by(model: str, tmp_path: Path) -> Path:
    """An output file holding one success for the article of `_inputs`, made with `model`."""
    out = tmp_path / "out.jsonl"
    record = Extraction(
        article=ArticleRecord(id=ArticleRecord.id_for(TEXT), text=TEXT, source_id="a1"),
        meta=Meta(model=model, prompt_version="extract.v1"),
    )
    out.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    return out


def _inputs(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a1", "text": TEXT}) + "\n", encoding="utf-8")
    return path


def _resume_over(made_by: str, tmp_path: Path) -> Any:
    """`visitx extract --model smol` against the server of SERVED, over an output of `made_by`."""
    out = _output_made_by(made_by, tmp_path)
    with _llama_cpp(SERVED) as server:
        return invoke_within(
            ["extract", str(_inputs(tmp_path)), "-o", str(out), "--model", "smol",
             "--base-url", server.url("/v1"), "--no-cache"],
            60,
        )  # fmt: skip


def test_records_named_by_the_llama_cpp_server_count_as_this_runs(tmp_path: Path) -> None:
    """A success recorded under the server's own model name is skipped, not refused."""
    result = _resume_over(SERVED, tmp_path)
    assert result.exit_code == 0, result.output
    assert "1 already in the output" in result.stderr


def test_records_of_another_model_than_the_server_serves_are_still_refused(
    tmp_path: Path,
) -> None:
    """A success made with a model the server does not serve still stops the run (exit 2)."""
    result = _resume_over("another-model.gguf", tmp_path)
    assert result.exit_code == 2, result.output
    assert "made with model 'another-model.gguf'" in result.stderr
