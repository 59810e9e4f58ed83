"""Pairwise precision/recall of events against gold clusters, and `visitx eval --clusters`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx import Article, InputError, Settings, events, extract_many
from visitx.analysis.eval_events import GoldClusters, load_clusters, score_events
from visitx.cli.main import main

from conftest import CLUSTERS, cluster_records


def test_events_on_the_gold_drafts_score_perfectly() -> None:
    """Built from the reference drafts, events find the 3 gold pairs and the 1 link, no more."""
    records = cluster_records()
    pairs, links = score_events(events(records), load_clusters(CLUSTERS / "clusters.json"), records)
    assert (pairs.tp, pairs.fp, pairs.fn) == (3, 0, 0)
    assert (links.tp, links.fp, links.fn) == (1, 0, 0)


def test_a_missed_merge_lowers_recall() -> None:
    """Gold that also puts the July visit in E1 has 3 more pairs, all missed: recall 0.5."""
    records = cluster_records()
    gold = load_clusters(CLUSTERS / "clusters.json")
    wider = GoldClusters(
        clusters={**gold.clusters, "E1": [*gold.clusters["E1"], "c05_en_other_month#0"]},
        links=gold.links,
    )
    del wider.clusters["E3"]
    pairs, _ = score_events(events(records), wider, records)
    assert (pairs.tp, pairs.fp, pairs.fn) == (3, 0, 3)
    assert pairs.recall == 0.5
    assert pairs.precision == 1.0


def test_a_wrong_merge_lowers_precision() -> None:
    """Gold that splits the Russian report off E1 makes 2 found pairs wrong: precision 1/3."""
    records = cluster_records()
    gold = load_clusters(CLUSTERS / "clusters.json")
    split = GoldClusters(
        clusters={
            **gold.clusters,
            "E1": ["c01_tr_namangan#0", "c02_en_namangan#0"],
            "E6": ["c03_ru_namangan#0"],
        },
        links=gold.links,
    )
    pairs, _ = score_events(events(records), split, records)
    assert (pairs.tp, pairs.fp, pairs.fn) == (1, 2, 0)
    assert pairs.precision == pytest.approx(1 / 3)


def test_bad_clusters_file_is_an_input_error(tmp_path: Path) -> None:
    """A clusters file of the wrong shape says what shape it needs."""
    bad = tmp_path / "clusters.json"
    bad.write_text('{"E1": ["a#0"]}', encoding="utf-8")
    with pytest.raises(InputError, match="not a clusters file"):
        load_clusters(bad)


def test_eval_command_prints_pairwise_scores(tmp_path: Path) -> None:
    """`visitx eval GOLD PRED --clusters` adds the events table with the pair counts."""
    records = cluster_records()
    path = tmp_path / "records.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    run = CliRunner().invoke(
        main, ["eval", str(path), str(path), "--clusters", str(CLUSTERS / "clusters.json")]
    )
    assert run.exit_code == 0, run.output
    assert "same-event pairs" in run.output
    row = next(line for line in run.output.splitlines() if "same-event pairs" in line)
    cells = [c.strip() for c in row.strip("│ ").split("│")]
    assert cells[1:4] == ["3", "0", "0"]


@pytest.mark.vcr
def test_extracted_cluster_articles_group_into_the_gold_events(settings: Settings) -> None:
    """The cluster articles through the model layer (replayed), then grouped: all 3 pairs."""
    records = cluster_records()
    inputs = [
        Article(
            text=r.article.text,
            url=r.article.url,
            published=r.article.published,
            language=r.article.language,
            id=r.article.source_id,
        )
        for r in records
    ]
    extracted = extract_many(inputs, settings=settings, concurrency=1)
    assert [r.error for r in extracted] == [None] * len(records)
    pairs, links = score_events(
        events(extracted), load_clusters(CLUSTERS / "clusters.json"), extracted
    )
    assert (pairs.tp, pairs.fp, pairs.fn) == (3, 0, 0)
    assert (links.tp, links.fn) == (1, 0)
