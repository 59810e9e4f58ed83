"""`visitx eval` reads predictions as every results command does (soak follow-up 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import visitx
from visitx.analysis.evaluate import evaluate
from visitx.cli.main import main
from visitx.core.errors import InputError
from visitx.core.models import Extraction

GOLD = Path(__file__).parents[2] / "examples" / "articles" / "gold.jsonl"


def _gold(n: int) -> list[Extraction]:
    """The first n gold records that have at least one visit."""
    return [r for r in visitx.read_results(GOLD) if r.visits][:n]


def _as_array(path: Path, records: list[Extraction]) -> Path:
    path.write_text(json.dumps([r.model_dump(mode="json") for r in records]), encoding="utf-8")
    return path


def test_eval_refuses_an_array_of_predictions_like_events(tmp_path: Path) -> None:
    """PRED holding a JSON array: exit 3 with the same `jq -c '.[]'` hint as `visitx events`."""
    records = _gold(2)
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    pred = _as_array(tmp_path / "pred.json", records)
    runner = CliRunner()
    scored = runner.invoke(main, ["eval", str(gold), str(pred)])
    grouped = runner.invoke(main, ["events", str(pred)])
    assert scored.exit_code == grouped.exit_code == 3, scored.output
    assert "JSON array; write one record per line (JSONL), e.g. `jq -c '.[]'" in scored.output
    assert "Traceback" not in scored.output


def test_evaluate_refuses_a_path_to_an_array_of_predictions(tmp_path: Path) -> None:
    """`evaluate(gold, "pred.json")` on a JSON array raises InputError naming the file's line 1."""
    records = _gold(1)
    pred = _as_array(tmp_path / "pred.json", records)
    with pytest.raises(InputError, match=r"pred\.json:1 .*JSON array"):
        evaluate(records, pred)
