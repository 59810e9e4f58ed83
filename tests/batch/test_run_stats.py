"""A run's totals (RunStats) for aextract_many, extract_many and the `visitx extract` line.

Against the reference server on 127.0.0.1, which counts the requests it receives.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx import Article, RunStats
from visitx.cli.main import main

from conftest import load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

WEATHER = "Heavy rain is expected on Sunday, with up to 40 millimetres in the hills."
HEADER = "Home | World | Business | Sport\nBy Wire Staff\n"


def gold(stem: str) -> Article:
    text, entry = load_article(stem)
    return Article(text=text, published=entry["published"], id=stem)


async def drain(items: list[Any], settings: visitx.Settings, stats: RunStats) -> list[Any]:
    run = visitx.aextract_many(items, settings=settings, progress=False, stats=stats)
    async with contextlib.aclosing(run) as results:
        return [result async for result in results]


def test_aextract_many_fills_the_stats_it_is_given(local_server: Any, tmp_path: Path) -> None:
    """One extracted, one screened out, one near-copy: one request, its tokens and price."""
    original = gold("w19_en_relative")
    items = [original, WEATHER, {"text": HEADER + original.text, "id": "copy"}]
    settings = local_settings(local_server, tmp_path, model="gpt-4.1-mini")
    stats = RunStats()
    results = asyncio.run(asyncio.wait_for(drain(items, settings, stats), timeout=120))
    usage = next(r for r in results if r.article.source_id == "w19_en_relative").meta.usage
    counted = (stats.articles, stats.extracted, stats.screened, stats.duplicates, stats.sent)
    assert counted == (3, 1, 1, 1, 1)
    assert (stats.cached, stats.failed) == (0, 0)
    assert len(local_server.requests) == 1
    assert (stats.prompt_tokens, stats.completion_tokens) == (
        usage.prompt_tokens, usage.completion_tokens
    )
    assert stats.cost_usd == pytest.approx(
        (usage.prompt_tokens * 0.4 + usage.completion_tokens * 1.6) / 1e6
    )


def test_a_cached_article_is_counted_and_sends_nothing(local_server: Any, tmp_path: Path) -> None:
    """A second run of the same article: cached 1, sent 0, no tokens."""
    settings = local_settings(local_server, tmp_path)
    visitx.extract_many([gold("w19_en_relative")], settings=settings, progress=False)
    stats = RunStats()
    again = visitx.extract_many(
        [gold("w19_en_relative")], settings=settings, progress=False, stats=stats
    )
    assert again.stats is stats
    assert (stats.articles, stats.cached, stats.sent, stats.prompt_tokens) == (1, 1, 0, 0)


def test_the_stats_survive_a_budget_stop(local_server: Any, tmp_path: Path) -> None:
    """extract_many(stats=...) keeps the totals of a run that BudgetExceeded stopped."""
    settings = local_settings(local_server, tmp_path, model="gpt-4.1-mini", budget_usd=0.0015)
    stems = ["w19_en_relative", "w09_de_range", "w13_ru_multistop"]
    stats = RunStats()
    with pytest.raises(visitx.BudgetExceeded):
        visitx.extract_many(
            [gold(s) for s in stems], settings=settings, progress=False, concurrency=1,
            stats=stats,
        )  # fmt: skip
    assert stats.sent == len(local_server.requests) >= 1
    assert stats.stopped is not None
    assert stats.prompt_tokens > 0


def test_the_cli_summary_counts_requests_sent_with_tokens_and_cost(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`visitx extract`'s closing line: requests sent, prompt and completion tokens, price."""
    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "in.jsonl"
    lines = [{"text": WEATHER, "id": "w"}, {"text": gold("w19_en_relative").text, "id": "v"}]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    run = CliRunner().invoke(
        main, ["extract", str(source), "-o", str(tmp_path / "out.jsonl"), "--model", "gpt-4.1-mini"]
    )
    assert run.exit_code == 0, run.output
    assert "2 article(s): 1 extracted, 0 from cache, 1 screened out" in run.output
    assert "1 request(s) sent, 1 completion(s) returned (re-asks included)" in run.output
    assert "completion tokens, $" in run.output


def not_in_article(draft: dict[str, Any]) -> dict[str, Any]:
    """A participant name the article does not contain: visitx re-asks for it."""
    draft["visits"][0]["participants"][0]["name"] = "Igor Babushkin"
    return draft


def test_re_asks_are_counted_as_completions(local_server: Any, tmp_path: Path) -> None:
    """One article re-asked once sends one request and gets two completions back; an
    article whose answers never parse counts the completions it got before failing."""
    settings = local_settings(local_server, tmp_path, model="gpt-4.1-mini", max_reasks=1)
    local_server.script(("wrong", not_in_article))
    stats = RunStats()
    visitx.extract_many([gold("w19_en_relative")], settings=settings, progress=False, stats=stats)
    assert (stats.sent, stats.completions, len(local_server.requests)) == (1, 2, 2)
    local_server.script("garbage", "garbage")
    failing = RunStats()
    results = visitx.extract_many(
        [gold("w09_de_range")], settings=settings.replace(mode="json"), progress=False,
        stats=failing,
    )  # fmt: skip
    assert results[0].error is not None
    assert (failing.failed, failing.sent, failing.completions) == (1, 1, 2)
