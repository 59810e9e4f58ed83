"""One article of a batch through the draft cache and the model (`batch.engine`'s workers).

A cache hit is looked up with the other workers' (`batch.lookups`); a request is paid for
by the run's plan (`batch.plan`: the budget) and sent on the event loop, or in a thread
for a sync client; the record is built off the loop. A long article goes in chunks
(`Settings.long_articles="chunk"`) whose records are combined.
"""

from __future__ import annotations

import asyncio
from typing import Any

from visitx.batch.lookups import Lookups
from visitx.batch.plan import Plan
from visitx.core.article import Article
from visitx.core.models import Extraction
from visitx.llm.extractor import Extractor, Job

__all__ = ["extract_one", "is_sync_client"]


async def extract_one(
    ex: Extractor, article: Article, source_id: str, sync_client: bool, plan: Plan,
    lookups: Lookups,
) -> Extraction:
    """One article through the model (or the cache)."""
    if ex.chunked(article.text):
        whole = await _chunked(ex, article, sync_client, plan, lookups)
        whole.article.source_id = source_id
        return whole
    job = ex.prepare_article(article, source_id=source_id)
    return await _job(ex, job, sync_client, plan, lookups)


async def _job(
    ex: Extractor, job: Job, sync_client: bool, plan: Plan, lookups: Lookups
) -> Extraction:
    """`Extractor.arun` with the cache (grouped) and the record building off the event loop.

    A request the budget cannot pay for raises `BudgetExceeded` before it is sent.
    """
    hit = await lookups.get(job)
    if hit is not None:
        return hit
    with plan.paying(job.article.text) as bill:
        if sync_client:
            result: Extraction = await asyncio.to_thread(ex.run, job)
            bill.usage = result.meta.usage
            return result
        answer = await ex.provider.aask(ex.messages(job), ex.shown(job.article.text))
        bill.usage = answer.usage
        return await asyncio.to_thread(ex.finish, job, answer)


async def _chunked(
    ex: Extractor, article: Article, sync_client: bool, plan: Plan, lookups: Lookups
) -> Extraction:
    """A long article, extracted in chunks (`Settings.long_articles="chunk"`)."""
    from visitx.record.chunks import combine

    parts = []
    for chunk in ex.chunks(article.text):  # inside the article's bounds (strip_boilerplate)
        job = ex.prepare_article(article, text=chunk.text)
        parts.append((chunk, await _job(ex, job, sync_client, plan, lookups)))
    return await asyncio.to_thread(combine, article.text, parts)


def is_sync_client(client: Any) -> bool:
    """Whether `client` is a sync `openai.OpenAI` (run in threads by the engine)."""
    if client is None:
        return False
    import openai

    return isinstance(client, openai.OpenAI)
