"""visitx.ray on a local Ray (2 CPUs) against the reference server: order, failures, cache."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from visitx import Settings

from conftest import ARTICLES, REFERENCE_MODEL, TEST_ARTICLES
from reference_server import ReferenceServer

ray = pytest.importorskip("ray", reason='Ray is not installed: pip install "visitx[ray]"')

# One xdist worker runs this module and tests/llm/test_real_server.py, one after the
# other: the Ray cluster starts once, and its workers do not compete with llama.cpp.
pytestmark = [
    pytest.mark.ray,
    pytest.mark.block_network(allowed_hosts=["127.0.0.1"]),
    pytest.mark.xdist_group("llama-server-and-ray"),
]

TITLES = [f"Edition {n}" for n in range(6)]  # a different title is a different request


def known() -> list[tuple[str, int]]:
    """Each article the reference server knows, with the visit count of its hand-written draft."""
    out = []
    for root in (ARTICLES, TEST_ARTICLES):
        for draft in sorted((root / "drafts").glob("*.json")):
            text = next(root.glob(f"**/{draft.stem}.txt")).read_text(encoding="utf-8")
            out.append((text, len(json.loads(draft.read_text(encoding="utf-8"))["visits"])))
    return out


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def server() -> Iterator[ReferenceServer]:
    running = ReferenceServer().start()
    try:
        yield running
    finally:
        running.stop()


def rows() -> list[dict[str, Any]]:
    out = [
        {"id": f"a{i:03d}-{t}", "text": text, "title": title, "outlet": "wire", "visits": n}
        for i, (text, n) in enumerate(known())
        for t, title in enumerate(TITLES)
    ]
    out.insert(7, {"id": "empty", "text": "  ", "title": None, "outlet": "wire"})
    out.insert(
        50,
        {
            # it passes the screen (a visit cue), but the reference server has no draft
            "id": "unknown",
            "text": "No reference draft for me: the minister met his Turkish counterpart.",
            "title": None,
            "outlet": "wire",
        },
    )
    return out


def test_a_dataset_is_extracted_in_order_with_failures_isolated_and_cached_on_rerun(
    cluster: Any, server: ReferenceServer, tmp_path: Path
) -> None:
    """Every row comes back by id in order; bad rows carry errors; a re-run is all cache."""
    import visitx.ray

    settings = Settings(
        model=REFERENCE_MODEL,
        base_url=server.base_url,
        api_key="sk-reference",
        cache_dir=tmp_path / "cache",
        max_retries=0,
    )
    inputs = rows()
    assert len(inputs) > 200
    ds = ray.data.from_items(inputs)
    first = visitx.ray.extract_dataset(ds, settings, concurrency=2, per_worker=8).take_all()

    assert [row["id"] for row in first] == [row["id"] for row in inputs]
    by_id = {row["id"]: row for row in first}
    for item in inputs[:40]:
        digest = hashlib.sha256(item["text"].encode("utf-8")).hexdigest()
        assert by_id[item["id"]]["article_id"] == f"sha256:{digest}"
        assert by_id[item["id"]]["outlet"] == "wire"  # other columns pass through
    failed = {row["id"]: row["error"] for row in first if row["error"]}
    assert set(failed) == {"empty", "unknown"}
    assert failed["empty"].startswith("InputError")
    assert failed["unknown"].startswith("ProviderError")
    answered = [row for row in first if not row["error"]]
    assert all(row["n_visits"] == row["visits"] and not row["cached"] for row in answered)

    again = visitx.ray.extract_dataset(ds, settings, concurrency=2).take_all()
    cached = [row["cached"] for row in again if not row["error"]]
    assert len(cached) == len(inputs) - 2
    assert all(cached)


def test_visit_rows_have_the_frame_columns(
    cluster: Any, server: ReferenceServer, tmp_path: Path
) -> None:
    """rows='visit' gives one row per visit with to_frame's columns and the visit JSON."""
    import visitx.ray
    from visitx.analysis.export import FRAME_COLUMNS

    seed = sorted((ARTICLES / "seeds").glob("*.txt"))[2]  # 002: four visits in its draft
    settings = Settings(
        model=REFERENCE_MODEL, base_url=server.base_url, api_key="k", cache_dir=tmp_path / "cache"
    )
    ds = ray.data.from_items([{"id": "s2", "text": seed.read_text(encoding="utf-8")}])
    out = visitx.ray.extract_dataset(ds, settings, concurrency=1, rows="visit").take_all()
    assert len(out) == 4
    assert set(out[0]) == {*FRAME_COLUMNS, "record"}
    assert {row["source_id"] for row in out} == {"s2"}
