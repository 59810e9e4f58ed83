"""Type-checked, never run: the public API's types as users see them (mypy --strict)."""

from __future__ import annotations

import contextlib
import datetime as dt

import openai

import visitx
from visitx import Article, DateValue, Extraction, Settings, Span, Visit
from visitx.testing import replay


def one(text: str, client: openai.OpenAI) -> list[str]:
    result: Extraction = visitx.extract(text, published=dt.date(2024, 11, 24), client=client)
    visit: Visit = result.visits[0]
    names: list[str] = [p.name.text for p in visit.participants]
    start: str | None = visit.date.start if visit.date else None
    return [*names, start or ""]


async def async_one(text: str, client: openai.AsyncOpenAI) -> Extraction:
    return await visitx.aextract(text, language="tr", client=client)


def many(texts: list[str], settings: Settings) -> int:
    results: list[Extraction] = visitx.extract_many(
        [*texts, Article(text=texts[0], id="a"), {"text": texts[0], "id": "b"}],
        settings=settings.replace(model="gpt-4.1"),
        concurrency=4,
        progress=False,
    )
    return sum(r.error is None for r in results)


async def stream(texts: list[str]) -> list[str | None]:
    return [r.article.source_id async for r in visitx.aextract_many(texts)]


async def first_only(texts: list[str]) -> Extraction | None:
    async with contextlib.aclosing(visitx.aextract_many(texts, fail_fast=0)) as results:
        async for result in results:
            return result
    return None


async def totals(texts: list[str]) -> tuple[int, float | None]:
    stats = visitx.RunStats()
    async with contextlib.aclosing(visitx.aextract_many(texts, stats=stats)) as results:
        async for _ in results:
            pass
    return stats.sent, stats.cost_usd


def latest(path: str) -> list[Extraction]:
    return list(visitx.read_results(path))


def normalize(text: str) -> tuple[Span | None, DateValue | None, str | None]:
    return (
        visitx.locate("Ankara", text, hint=10),
        visitx.parse_date("dün", language="tr", published="2024-11-24", tense="past"),
        visitx.country_code("Ruandalı", language="tr"),
    )


def offline(path: str, text: str) -> int:
    with replay(path) as transport:
        visitx.extract(text, settings=Settings.from_env(cache=False))
    return transport.played


def pages(html: bytes, url: str, text: str) -> tuple[Article, Article, str | None, int]:
    page: Article = visitx.read_html(html, url=url, encoding="utf-8", max_bytes=1_000_000)
    fetched: Article = visitx.read_url(url, timeout=10.0)
    start, end = visitx.boilerplate_bounds(text)
    chunks: list[visitx.Chunk] = visitx.split_text(text, 4000)
    cleaned: str = visitx.clean_text(text)
    return page, fetched, visitx.guess_language(page.text), start + end + len(chunks) + len(cleaned)


def long_articles(settings: Settings) -> Settings:
    return settings.replace(long_articles="chunk", strip_boilerplate=True)
def provider_batch(texts: list[str], settings: Settings) -> list[str]:
    summary: visitx.BatchSummary = visitx.submit_batch(
        texts, manifest="runs/a", settings=settings, max_requests=1_000, dry_run=True
    )
    status: visitx.BatchSummary = visitx.batch_status(summary.manifest, settings=settings)
    done: visitx.BatchCollection = visitx.collect_batch(
        status.manifest, output="out.jsonl", settings=settings, retry_live=True
    )
    failed: tuple[visitx.FailedLine, ...] = done.failed
    return [line.kind for line in failed] + [s.name for s in status.shards]
def grouped(results: list[Extraction]) -> list[tuple[int, str | None, dict[str, list[str]]]]:
    found: list[visitx.Event] = visitx.events(results, international_only=True)
    dyads = visitx.to_cameo_dyads(found, international_only=True)
    geo: visitx.GeoPoint | None = None
    for event in found:
        if event.location is not None:
            geo = event.location.geo
    assert geo is None or isinstance(geo.geonames_id, int)
    visitx.plot_map(found).save("map.svg")
    return [(e.n_sources, e.occurred, e.conflicts) for e in found][: len(dyads)]
def local_model(path: str) -> str:
    settings = Settings(model_path=path, context_size=8192, threads=4, gpu_layers=0)
    with visitx.LocalServer(path, port=0, context_size=settings.context_size) as server:
        url: str = server.base_url
    return url


def exported(results: list[Extraction], folder: str) -> list[str]:
    tables = visitx.to_arrow(results, events=True)
    parquet: dict[str, object] = dict(visitx.to_parquet(results, f"{folder}/visits.parquet"))
    csv = visitx.to_csv(results, f"{folder}/visits.csv", events=visitx.events(results))
    database = visitx.to_duckdb(results, f"{folder}/visits.duckdb")
    return [*tables, *parquet, csv["visits"].name, database.name]


def narrow_errors(text: str) -> str:
    """The narrower error classes are caught under today's branches, and typed."""
    try:
        visitx.extract(text)
    except visitx.RateLimited as exc:
        status: int | None = exc.status_code
        return f"slow down ({status})"
    except (visitx.AuthenticationError, visitx.ContextTooLong) as exc:
        message: str | None = exc.provider_message
        return message or ""
    except visitx.AnswerCutOff as exc:
        raw: str | None = exc.raw_output
        return raw or ""
    except visitx.ProviderError:
        return "provider"
    return "ok"


def cost(texts: list[str], settings: Settings) -> float | None:
    found: visitx.Screen = visitx.screen(texts[0], title=None, language="tr")
    kept: bool = found.relevant and bool(found.cues)
    groups: list[list[int]] = visitx.duplicate_groups(texts)
    est: visitx.Estimate = visitx.estimate(texts, settings=settings.replace(screen=kept))
    results = visitx.extract_many(texts, settings=settings.replace(budget_usd=1.0))
    stats: visitx.RunStats = results.stats
    skipped: visitx.Skipped | None = results[0].skipped
    copy_of: str | None = results[0].duplicate_of
    del groups, skipped, copy_of
    return est.cost_usd if stats.cost_usd is None else stats.cost_usd


def offline_and_providers() -> tuple[int, int]:
    offline: list[Extraction] = visitx.demo()
    claude = Settings(model="anthropic/claude-sonnet-4-5", repeat_penalty=1.1, dry_multiplier=0.0)
    gemini = Settings(model="google/gemini-2.5-flash", llama_cpp=False, chat_template=None)
    saved: int = offline[0].meta.usage.cache_read_tokens + offline[0].meta.usage.cache_write_tokens
    return len(offline) + len(claude.model) + len(gemini.model), saved
