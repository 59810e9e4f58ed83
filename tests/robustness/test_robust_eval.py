"""`visitx eval` and `visitx report` on inputs they used to crash on or score wrongly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

import visitx
from visitx.analysis.evaluate import evaluate
from visitx.cli.evaluate import report_view
from visitx.cli.main import main
from visitx.core.models import Extraction
from visitx.report.page import render_report

GOLD = Path(__file__).parents[2] / "examples" / "articles" / "gold.jsonl"


def gold(n: int) -> list[Extraction]:
    """The first n gold records that have at least one visit."""
    records = [r for r in visitx.read_results(GOLD) if r.visits]
    return records[:n]


def write(path: Path, records: list[Extraction]) -> Path:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    return path


# -- eval on files that are not UTF-8 -------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_eval_on_a_utf16_file_says_so_in_one_line(tmp_path: Path, suffix: str) -> None:
    """A UTF-16 gold file (JSONL or a JSON list): exit 3, 'not UTF-8', no traceback."""
    records = gold(2)
    body = (
        "".join(r.model_dump_json() + "\n" for r in records)
        if suffix == ".jsonl"
        else json.dumps([r.model_dump(mode="json") for r in records])
    )
    bad = tmp_path / f"gold{suffix}"
    bad.write_bytes(body.encode("utf-16"))
    pred = write(tmp_path / "pred.jsonl", records)
    result = CliRunner().invoke(main, ["eval", str(bad), str(pred)])
    assert result.exit_code == 3, result.output
    assert "not UTF-8 text" in result.output
    assert "Traceback" not in result.output


def test_eval_on_a_latin1_predictions_file_says_so(tmp_path: Path) -> None:
    """A prediction file with one Latin-1 byte in its second line names that line."""
    records = gold(2)
    good = write(tmp_path / "gold.jsonl", records)
    first = records[0].model_dump_json().encode("utf-8")
    second = records[1].model_dump_json().replace('"visits"', '"caf\xe9","visits"', 1)
    pred = tmp_path / "pred.jsonl"
    pred.write_bytes(first + b"\n" + second.encode("latin-1", errors="replace") + b"\n")
    result = CliRunner().invoke(main, ["eval", str(good), str(pred)])
    assert result.exit_code == 3, result.output
    assert "line 2 is not UTF-8 text" in result.output


# -- nothing to count, no prediction -----------------------------------------------------------


def test_a_metric_with_nothing_to_count_shows_n_a() -> None:
    """An article with no visits, predicted with none: visit detection reads n/a, not 1.000."""
    empty = Extraction.model_validate({**gold(1)[0].model_dump(), "visits": []})
    report = evaluate([empty], [empty])
    console = Console(record=True, width=200)
    console.print(report_view(report))
    row = next(line for line in console.export_text().splitlines() if "│ visit detection" in line)
    cells = [cell.strip() for cell in row.split("│")[2:10]]
    assert cells == ["0", "0", "0", "n/a", "n/a", "n/a", "n/a", "1"]
    plain = next(line for line in report.to_text().splitlines() if line.startswith("visit det"))
    assert plain.split()[2:] == ["0", "0", "0", "n/a", "n/a", "n/a"]


def test_an_article_without_prediction_is_the_worst() -> None:
    """A gold article nobody predicted scores 0.00 and ranks before a half-right one."""
    first = next(r for r in visitx.read_results(GOLD) if len(r.visits) >= 2)
    second = next(r for r in gold(5) if r.article.id != first.article.id)
    half = first.model_copy(deep=True)
    half.visits = half.visits[:1]
    report = evaluate([first, second], [half])
    assert report.worst[0].id == second.article.id
    assert report.worst[0].score == 0.0
    assert report.worst[0].reason.startswith("no prediction")


def test_an_empty_article_without_prediction_is_a_miss() -> None:
    """A gold article with no visits and no prediction is listed as worst, at 0.00."""
    empty = Extraction.model_validate({**gold(1)[0].model_dump(), "visits": []})
    report = evaluate([empty], [])
    assert [(w.id, w.score) for w in report.worst] == [(empty.article.id, 0.0)]
    assert report.macro["visit"] == 0.0


# -- report on a date that is not one ------------------------------------------------------------


def test_report_shows_a_visit_whose_date_is_not_a_date_undated(tmp_path: Path) -> None:
    """`date.start: "not-a-date"` in a record: the report is written; the visit is undated."""
    records = gold(3)
    broken = records[0].model_copy(deep=True)
    for visit in broken.visits:
        if visit.date is not None:
            visit.date.start, visit.date.end = "not-a-date", "2024-13-45"
    path = write(tmp_path / "results.jsonl", [broken, *records[1:]])
    result = CliRunner().invoke(main, ["report", str(path), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 0, result.output
    assert "not-a-date" not in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_report_with_events_takes_a_date_that_is_not_a_date() -> None:
    """The events view renders a record whose dates are not dates."""
    broken = gold(1)[0].model_copy(deep=True)
    for visit in broken.visits:
        visit.date = visit.date.model_copy(update={"start": "31/05/2024"}) if visit.date else None
    page = render_report([broken], events=True)
    assert page.startswith("<!DOCTYPE html>")
