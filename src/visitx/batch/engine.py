"""Batches: many articles with bounded concurrency, where one failure never loses the rest.

`aextract_many` is the engine: a fixed pool of workers pulls articles lazily from the
input and yields each `Extraction` as it completes, so memory is bounded by the
concurrency, not by the input. `extract_many` runs it to completion and returns results
in input order; it works inside a running event loop (Jupyter) by running the engine in a
worker thread with a loop of its own. One article's way through the cache and the model
is `batch.asking`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import time
from collections.abc import AsyncGenerator, Iterable, Mapping, Sized
from typing import TYPE_CHECKING, Any

from visitx.batch.asking import extract_one, is_sync_client
from visitx.batch.hitstage import WINDOW, HitBatch, HitStage
from visitx.batch.lookups import Lookups
from visitx.batch.order import longest_first
from visitx.batch.parts import Feed, Progress, Tripwire, warm_tables
from visitx.batch.plan import Plan, Results, RunStats, start
from visitx.batch.plan import workers as plan_workers
from visitx.batch.records import failed, last_resort
from visitx.batch.sync import gc_paused, run_sync
from visitx.core.article import Article
from visitx.core.collector import spaced as collector_spaced
from visitx.core.errors import VisitxError
from visitx.core.models import Extraction
from visitx.core.settings import Settings
from visitx.llm.cost import BudgetExceeded
from visitx.llm.extractor import Extractor
from visitx.llm.failures import failure_kind

if TYPE_CHECKING:
    import openai

    from visitx.batch.handover import HandOver

__all__ = ["aextract_many", "extract_many", "failed", "run_sync", "stream"]

DEFAULT_CONCURRENCY = 8
DEFAULT_FAIL_FAST = 3  # articles in a row that met the same dead endpoint
Done = tuple[int, Extraction, str | None]  # input position, record, kind of failure


async def aextract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    settings: Settings | None = None,
    client: openai.AsyncOpenAI | openai.OpenAI | None = None,
    concurrency: int | None = None,
    progress: bool | None = None,
    fail_fast: int = DEFAULT_FAIL_FAST,
    stats: RunStats | None = None,
) -> AsyncGenerator[Extraction, None]:
    """Extract many articles, yielding each `Extraction` as it completes.

    Results come in completion order; `result.article.source_id` carries the input's `id`
    (or `#<position>` when it has none). A failing article yields a record whose `error`
    says why; the batch goes on. Inputs are read lazily and off the event loop (a list
    or tuple as it is, any other iterable by a thread of its own), and at most
    `concurrency` articles are in flight. Leaving the loop early (`break`, an exception,
    a cancelled task) cancels the articles in flight and closes the clients visitx made;
    `contextlib.aclosing` makes that happen at once rather than when the iterator is
    collected.

    Args:
        articles: strs, `Article`s or mappings with `text`, `url`, `title`, `published`,
            `language`, `id`.
        settings: as for `extract()`; `requests_per_minute`/`tokens_per_minute` apply here.
        client: an `openai.AsyncOpenAI` (or a sync `openai.OpenAI`, run in threads).
        concurrency: articles in flight at once (default 8).
        progress: a tqdm bar; None shows one only in a terminal or notebook.
        fail_fast: stop after this many articles in a row failed the same way (connection
            refused, host not found, TLS, HTTP 401/403/404, no answer within the
            time-out after every retry), raising a `ProviderError` that names the cause
            and the endpoint; 0 never stops.
        stats: a `RunStats` the run fills as results come (articles, cached, screened
            out, near-copies, sent, failed, tokens and cost so far); read it during the
            loop or after it, also after a `BudgetExceeded` or a `ProviderError`.

    Raises:
        ConfigurationError: the settings cannot work (no key); raised before any
            article is sent.
        ProviderError: `fail_fast` articles in a row met the same dead endpoint.
        BudgetExceeded: the next request would have passed `Settings.budget_usd`.

    Example:
        >>> import contextlib
        >>> stats = RunStats()
        >>> run = aextract_many(texts, stats=stats)  # doctest: +SKIP
        >>> async with contextlib.aclosing(run) as results:  # doctest: +SKIP
        ...     async for result in results:
        ...         print(result.article.source_id, len(result.visits), stats.line())
        >>> stats.sent, stats.cost_usd  # doctest: +SKIP
        (2, 0.0021)
    """
    async with contextlib.aclosing(
        stream(
            articles,
            settings=settings,
            client=client,
            concurrency=concurrency,
            progress=progress,
            fail_fast=fail_fast,
            stats=stats,
        )
    ) as pairs:
        async for _, result in pairs:
            yield result


async def stream(
    articles: Iterable[Any],
    *,
    settings: Settings | None = None,
    client: Any = None,
    concurrency: int | None = None,
    progress: bool | None = None,
    extractor: Extractor | None = None,
    fail_fast: int = DEFAULT_FAIL_FAST,
    bar: Progress | None = None,
    plan: Plan | None = None,
    stats: RunStats | None = None,
    handed: HandOver | None = None,
) -> AsyncGenerator[tuple[int, Extraction], None]:
    """The engine: (input position, result) pairs in completion order.

    `extractor`, `bar` and `plan` (screen, near-copies, budget, totals: `batch.plan`)
    are the caller's to close; otherwise the engine makes its own, which counts into
    `stats` when given. `handed`: the articles' signatures by position, made when the
    list was ordered (`longest_first`), for the near-copy index.
    """
    workers = plan_workers(concurrency, fail_fast, DEFAULT_CONCURRENCY)
    own = extractor is None
    ex = extractor or Extractor(
        settings if settings is not None else Settings.from_env(), client=client
    )
    own_plan = plan is None
    plan = start(ex, own, plan, stats, handed)  # no key: one error now, not per article
    sync_client = is_sync_client(client)
    own_bar = bar is None
    if bar is None:
        bar = Progress(progress, len(articles) if isinstance(articles, Sized) else None)
    stage = HitStage.open(ex, plan, workers, articles)  # cached re-runs, or None
    feed = Feed(articles, workers if stage is None else max(workers, 2 * WINDOW))
    tripwire = Tripwire(fail_fast, ex.provider.endpoint)
    warm = asyncio.create_task(asyncio.to_thread(warm_tables), name="visitx-warm")

    # Unbounded, so an end marker never waits; `room` bounds the results not yet taken.
    results: asyncio.Queue[Done | HitBatch | BudgetExceeded | None] = asyncio.Queue()
    room = asyncio.Semaphore(workers)
    lookups = Lookups(ex)  # cache look-ups grouped: one thread hop for many articles
    source: Feed | HitStage = feed if stage is None else stage
    work = functools.partial(_work, ex, source, results, room, sync_client, plan, lookups)
    tasks = [asyncio.create_task(work(), name=f"visitx-worker-{n}") for n in range(workers)]
    tasks.extend(stage.start(feed, results) if stage is not None else ())
    running = len(tasks)
    try:
        with collector_spaced():  # records come and go fast: see core.collector
            while running:
                done = await results.get()
                if done is None:
                    running -= 1
                    continue
                if isinstance(done, BudgetExceeded):
                    raise plan.stopped(done)
                for index, result, kind in _taken(done, room):
                    plan.stats.count(result)
                    bar.update(result)
                    yield index, result
                    tripwire.check(result, kind)
            if feed.error is not None:
                # The articles finished so far are cached; a rerun resumes from there.
                raise feed.error
    finally:
        feed.close()
        await _cancelled([*tasks, warm])
        await asyncio.gather(lookups.aclose(), plan.settle())
        if stage is not None:
            await stage.aclose()
        if own_bar:
            bar.close()
        if own_plan:
            plan.close()
        if own:
            await ex.aclose()


async def _cancelled(tasks: list[asyncio.Task[Any]]) -> None:
    """Cancel `tasks` and wait until each has ended (whatever it raised)."""
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


def _taken(done: Done | HitBatch, room: asyncio.Semaphore) -> Iterable[Done]:
    """A worker's result (its room given back), or a batch of memo hits (which gives
    its room back once read)."""
    if isinstance(done, HitBatch):
        return done
    room.release()
    return (done,)


async def _work(
    ex: Extractor,
    feed: Feed | HitStage,
    results: asyncio.Queue[Done | HitBatch | BudgetExceeded | None],
    room: asyncio.Semaphore,
    sync_client: bool,
    plan: Plan,
    lookups: Lookups,
) -> None:
    """One worker: articles from the feed to results until the feed is used up.

    Total: whatever an article's handler raises becomes its failure record, and the end
    marker is put in `finally` without waiting, so `stream` never waits forever. A
    request the budget cannot pay for ends the worker; `stream` raises it.
    """
    try:
        while (pair := await feed.next()) is not None:
            index, item = pair
            try:
                done = await _one(ex, item, index, sync_client, plan, lookups)
            except BudgetExceeded as stop:
                results.put_nowait(stop)
                return
            except Exception as exc:  # a failure in the failure handling itself
                done = (last_resort(exc, index), None)
            await room.acquire()
            results.put_nowait((index, *done))
    finally:
        results.put_nowait(None)


async def _one(
    ex: Extractor, item: Any, index: int, sync_client: bool, plan: Plan, lookups: Lookups
) -> tuple[Extraction, str | None]:
    """One article's record, and the kind of its failure when every article would share it."""
    article: Article | None = None
    started = time.perf_counter()
    try:
        article = Article.coerce(item)
        source_id = article.id if article.id is not None else f"#{index}"
        early = await plan.before(article, source_id, index)
        if early is not None:
            return early, None
        result = await extract_one(ex, article, source_id, sync_client, plan, lookups)
        plan.after(article.text, result)
        return result, None
    except (VisitxError, Exception) as exc:  # one article must not end the batch
        if article is not None:
            plan.after(article.text, None)
        if isinstance(exc, asyncio.CancelledError | BudgetExceeded):
            raise
        record = failed(
            item, exc, index, model=ex.settings.model, prompt_version=ex.prompt.version,
            duration_s=time.perf_counter() - started,
        )
        return record, failure_kind(exc)


def extract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    settings: Settings | None = None,
    client: openai.AsyncOpenAI | openai.OpenAI | None = None,
    concurrency: int | None = None,
    progress: bool | None = None,
    fail_fast: int = DEFAULT_FAIL_FAST,
    stats: RunStats | None = None,
) -> Results:
    """Extract many articles; results in input order, failures recorded, never raised.

    The offline screen rules out articles that cannot report a visit (`skipped` set;
    `Settings(screen=False)` sends all), near-copies are re-grounded from one extraction
    (`duplicate_of`), and `Settings(budget_usd=...)` stops the run with `BudgetExceeded`
    before it would pass the budget. The list's `.stats` holds the run's totals (a
    `RunStats`: articles, cached, screened out, near-copies, sent, failed, tokens, cost);
    pass `stats=RunStats()` to read them also when the run raises (`BudgetExceeded`).

    Works in scripts and in notebooks that already run an event loop; interrupting it
    (Ctrl-C, the notebook's stop button) cancels the articles in flight and returns
    promptly. Finished articles are cached as they complete, so re-running after a crash
    or an interrupt only pays for what was not done.

    Arguments as for `aextract_many`.

    Raises:
        ConfigurationError: the settings cannot work; raised before any article is sent.
        ProviderError: `fail_fast` articles in a row met the same dead endpoint.
        BudgetExceeded: the next request would have passed `Settings.budget_usd`.

    Example:
        >>> results = extract_many(["text one", {"text": "text two", "id": "b"}])  # doctest: +SKIP
        >>> [r.error for r in results]  # doctest: +SKIP
        [None, None]
    """

    items, order, handed = longest_first(articles, settings)

    done: dict[int, Extraction] = {}

    async def collect() -> None:
        # Returns nothing: on Python 3.11 asyncio.run's SIGINT handler holds the task,
        # and restoring the handler formats its repr, result and all (seconds for 100k).
        async with contextlib.aclosing(
            stream(
                items,
                settings=settings,
                client=client,
                concurrency=concurrency,
                progress=progress,
                fail_fast=fail_fast,
                stats=totals,
                handed=handed,
            )
        ) as pairs:
            async for index, result in pairs:
                done[order[index]] = result

    totals = stats if stats is not None else RunStats()
    with gc_paused(), contextlib.ExitStack() as stack:  # gc: the records kept till the end
        if handed is not None:
            stack.enter_context(handed)
        run_sync(collect())
    return Results([done.pop(i) for i in range(len(done))], totals)
