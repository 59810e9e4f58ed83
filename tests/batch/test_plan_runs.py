"""Batches before the model: screened-out records, near-copies re-grounded, budgets, estimates.

Against the reference server on 127.0.0.1, which counts the requests it receives.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import Article, Settings

from conftest import ARTICLES, load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

WEATHER = "Heavy rain is expected on Sunday, with up to 40 millimetres in the hills."
HEADER = "Home | World | Business | Sport\nBy Wire Staff\n"
FOOTER = "\n© 2024 Example News. All rights reserved. Share on Facebook | Share on X"


def syndicated(text: str) -> str:
    """Another site's copy: its header on top, the last paragraph dropped (so it is shorter)."""
    return HEADER + "\n".join(text.split("\n")[:-1])


def gold(stem: str) -> Article:
    text, entry = load_article(stem)
    return Article(text=text, published=entry["published"], id=stem)


def priced(server: Any, tmp_path: Path, **changes: Any) -> Settings:
    """Settings for the reference server under a model name genai-prices knows."""
    return local_settings(server, tmp_path, model="gpt-4.1-mini", **changes)


def test_a_screened_out_article_has_its_record_and_sends_nothing(
    local_server: Any, tmp_path: Path
) -> None:
    """General news gets visits [] and skipped {reason: screen}; no request is sent."""
    settings = local_settings(local_server, tmp_path)
    results = visitx.extract_many([{"text": WEATHER, "id": "w"}], settings=settings, progress=False)
    assert local_server.requests == []
    (record,) = results
    assert record.visits == []
    assert record.error is None
    assert record.skipped is not None
    assert record.skipped.reason == "screen"
    assert record.article.source_id == "w"
    assert record.meta.schema_version == "4"
    assert results.stats.screened == 1


def test_screen_false_sends_every_article(local_server: Any, tmp_path: Path) -> None:
    """Settings(screen=False): the weather report goes to the model (which has no draft)."""
    settings = local_settings(local_server, tmp_path, screen=False)
    (record,) = visitx.extract_many([WEATHER], settings=settings, progress=False)
    assert len(local_server.requests) == 1
    assert record.skipped is None


def test_a_single_extract_never_screens(local_server: Any, tmp_path: Path) -> None:
    """extract() sends the weather report: only batches screen by default."""
    settings = local_settings(local_server, tmp_path)
    with pytest.raises(visitx.VisitxError):
        visitx.extract(WEATHER, settings=settings)  # the reference server has no draft
    assert len(local_server.requests) >= 1


def test_a_copy_is_extracted_once_and_its_spans_index_the_copy(
    local_server: Any, tmp_path: Path
) -> None:
    """A syndicated copy costs no request; every span of its record indexes its own text."""
    original = gold("w19_en_relative")
    copy = Article(text=syndicated(original.text), published=original.published, id="c")
    settings = local_settings(local_server, tmp_path)
    first, second = visitx.extract_many(
        [original, copy], settings=settings, concurrency=1, progress=False
    )
    assert len(local_server.requests) == 1
    assert second.duplicate_of == first.article.id
    assert second.article.text == copy.text
    assert len(second.visits) == len(first.visits) > 0
    located = 0
    for visit in second.visits:
        assert visit.id.startswith(second.article.id[7:19])
        for span in visit.evidence + [p.name for p in visit.participants]:
            if span.match is None:  # quoted from the dropped paragraph
                assert not visit.grounded
                assert span.text not in copy.text
                continue
            located += 1
            assert copy.text[span.start : span.end] == span.text
            assert span.start is not None
            assert span.start >= len(HEADER)
    assert located > 0
    assert second.visits[0].evidence[0].start == first.visits[0].evidence[0].start + len(HEADER)


def test_a_later_batch_finds_a_copy_of_an_earlier_article(
    local_server: Any, tmp_path: Path
) -> None:
    """The index persists in the cache folder: a copy in a second run sends nothing."""
    original = gold("w19_en_relative")
    settings = local_settings(local_server, tmp_path)
    visitx.extract_many([original], settings=settings, progress=False)
    assert (tmp_path / "cache" / "duplicates.sqlite3").exists()
    (copy,) = visitx.extract_many(
        [syndicated(original.text)], settings=settings, progress=False
    )
    assert len(local_server.requests) == 1
    assert copy.duplicate_of == visitx.ArticleRecord.id_for(original.text)


def test_a_budget_stops_before_it_is_passed_and_a_larger_one_resumes(
    local_server: Any, tmp_path: Path
) -> None:
    """budget_usd stops with BudgetExceeded within the budget; a larger one finishes the rest."""
    stems = ["w19_en_relative", "w09_de_range", "w13_ru_multistop", "w05_fa_solar"]
    inputs = [gold(stem) for stem in stems]
    budget = 0.003
    settings = priced(local_server, tmp_path, budget_usd=budget)
    with pytest.raises(visitx.BudgetExceeded) as stopped:
        visitx.extract_many(inputs, settings=settings, concurrency=1, progress=False)
    sent = len(local_server.requests)
    assert 0 < sent < len(inputs)
    assert 0 < stopped.value.spent_usd <= budget
    assert "budget" in str(stopped.value)
    results = visitx.extract_many(
        inputs, settings=settings.replace(budget_usd=1.0), concurrency=1, progress=False
    )
    assert len(local_server.requests) == len(inputs)  # the first ones came from the cache
    assert all(r.error is None and r.visits for r in results)
    assert results.stats.cached == sent


def test_the_returned_stats_show_tokens_and_cost(local_server: Any, tmp_path: Path) -> None:
    """extract_many(...).stats counts the provider's tokens and prices them."""
    settings = priced(local_server, tmp_path)
    results = visitx.extract_many([gold("w19_en_relative")], settings=settings, progress=False)
    usage = results[0].meta.usage
    assert results.stats.extracted == 1
    assert results.stats.prompt_tokens == usage.prompt_tokens > 0
    expected = (usage.prompt_tokens * 0.4 + usage.completion_tokens * 1.6) / 1e6
    assert results.stats.cost_usd == pytest.approx(expected)


def test_an_estimate_sends_no_request(local_server: Any, tmp_path: Path) -> None:
    """estimate() applies screen and copies, prices what is left, and sends nothing."""
    original = gold("w19_en_relative")
    items = [original, {"text": HEADER + original.text}, WEATHER, ""]
    est = visitx.estimate(items, settings=priced(local_server, tmp_path))
    assert local_server.requests == []
    assert (est.articles, est.screened, est.duplicates, est.invalid, est.to_send) == (4, 1, 1, 1, 1)
    assert est.prompt_tokens > 563
    assert est.cost_usd is not None
    assert est.cost_usd > 0


def test_an_estimate_counts_cached_articles(local_server: Any, tmp_path: Path) -> None:
    """An article already extracted is counted as cached, not to send."""
    settings = local_settings(local_server, tmp_path)
    visitx.extract_many([gold("w19_en_relative")], settings=settings, progress=False)
    est = visitx.estimate([gold("w19_en_relative")], settings=settings)
    assert (est.cached, est.to_send) == (1, 0)
    assert est.cost_usd is None  # the reference model has no price
    assert "unknown price" in est.lines()[-1]
    assert len(local_server.requests) == 1


def test_cli_estimate_prints_the_counts_and_sends_nothing(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`visitx extract --estimate` prints articles, screened out, to send, price; no request."""
    from click.testing import CliRunner

    from visitx.cli.main import main

    monkeypatch.setenv("VISITX_BASE_URL", local_server.base_url)
    monkeypatch.setenv("VISITX_CACHE_DIR", str(tmp_path / "cache"))
    lines = tmp_path / "in.jsonl"
    story = (ARTICLES / "written" / "w19_en_relative.txt").read_text("utf-8")
    lines.write_text(
        json.dumps({"text": WEATHER}) + "\n" + json.dumps({"text": story}) + "\n",
        encoding="utf-8",
    )
    out = CliRunner().invoke(main, ["extract", str(lines), "--estimate"])
    assert out.exit_code == 0, out.output
    assert "screened out:      1" in out.output
    assert "to send:           1" in out.output
    assert local_server.requests == []


def test_events_count_each_copy_as_a_mention_from_its_own_outlet(
    local_server: Any, tmp_path: Path
) -> None:
    """An article and its syndicated copy from another site: one event, two sources."""
    original = gold("w19_en_relative")
    first = Article(text=original.text, published=original.published, url="https://a.example/1")
    copy = Article(
        text=syndicated(original.text), published=original.published, url="https://b.example/2"
    )
    settings = local_settings(local_server, tmp_path)
    results = visitx.extract_many([first, copy], settings=settings, concurrency=1, progress=False)
    assert results[1].duplicate_of is not None
    found = visitx.events(results)
    assert len(found) == len(results[0].visits)
    for event in found:
        assert [m.url for m in event.mentions] == ["https://a.example/1", "https://b.example/2"]
        assert event.n_sources == 2


def test_a_provider_batch_sends_no_screened_out_article_and_collects_its_record(
    batch_server: Any, tmp_path: Path
) -> None:
    """submit_batch leaves general news out of the request files; collect yields its record."""
    from batch_server import caller

    settings = caller(batch_server, tmp_path)
    inputs = [gold("w19_en_relative"), Article(text=WEATHER, id="weather")]
    summary = visitx.submit_batch(inputs, manifest=tmp_path / "m", settings=settings)
    assert (summary.requests, summary.screened) == (1, 1)
    done = visitx.collect_batch(tmp_path / "m", settings=settings)
    skipped = [r for r in done.results if r.skipped is not None]
    assert [r.article.source_id for r in skipped] == ["weather"]
    assert skipped[0].visits == []
    assert [r.article.source_id for r in done.results if r.visits] == ["w19_en_relative"]


def test_a_single_extract_screens_when_asked(local_server: Any, tmp_path: Path) -> None:
    """extract() with Settings(screen=True) returns the skipped record and sends nothing."""
    settings = local_settings(local_server, tmp_path, screen=True)
    record = visitx.extract(WEATHER, settings=settings)
    assert record.skipped is not None
    assert record.visits == []
    assert local_server.requests == []


def test_the_longest_copy_of_a_list_is_the_one_extracted(
    local_server: Any, tmp_path: Path
) -> None:
    """A shorter copy first in the list waits for the longer one, which is sent."""
    original = gold("w19_en_relative")
    paragraphs = original.text.split("\n")
    shorter = "\n".join(paragraphs[:-1])
    assert len(shorter) < len(original.text)
    inputs: list[Any] = [shorter, "", original.text]
    settings = local_settings(local_server, tmp_path)
    first, empty, longest = visitx.extract_many(inputs, settings=settings, progress=False)
    assert len(local_server.requests) == 1  # the reference server knows only the longest
    assert longest.duplicate_of is None
    assert longest.visits
    assert first.duplicate_of == longest.article.id
    assert [r.article.source_id for r in (first, empty, longest)] == ["#0", "#1", "#2"]
    assert empty.error is not None
