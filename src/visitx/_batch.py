"""Batches: many articles with bounded concurrency, where one failure never loses the rest.

`aextract_many` is the engine: a fixed pool of workers pulls articles lazily from the
input and yields each `Extraction` as it completes, so memory is bounded by the
concurrency, not by the input. `extract_many` runs it to completion and returns results
in input order; it works inside a running event loop (Jupyter) by running the engine in a
worker thread with a loop of its own.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import sys
import threading
from collections.abc import AsyncIterator, Iterable, Mapping, Sized
from typing import TYPE_CHECKING, Any

from ._errors import InputError, VisitxError, translate
from ._extract import Extractor
from ._models import Article as ArticleRecord
from ._models import ErrorInfo, Extraction, Meta, Usage
from ._settings import Settings

if TYPE_CHECKING:
    import openai

DEFAULT_CONCURRENCY = 8
_FIELDS = ("text", "url", "title", "published", "language", "id")


@dataclasses.dataclass(frozen=True, slots=True)
class BadInput:
    """An input line that is not an article (e.g. bad JSON); recorded as a failure."""

    id: str
    message: str


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """One input article for the batch functions.

    Attributes:
        text: the article, in any language.
        url, title, published, language: as for `extract()`.
        id: your own identifier; it comes back as `result.article.source_id`.
    """

    text: str
    url: str | None = None
    title: str | None = None
    published: str | dt.date | None = None
    language: str | None = None
    id: str | None = None

    @classmethod
    def coerce(cls, item: Any) -> Article:
        """An `Article` from a str, an `Article`, or a mapping with its keys."""
        if isinstance(item, Article):
            return item
        if isinstance(item, BadInput):
            raise InputError(item.message)
        if isinstance(item, str):
            return cls(text=item)
        if isinstance(item, Mapping):
            unknown = set(item) - set(_FIELDS)
            if unknown:
                raise InputError(
                    f"Unknown article key(s) {', '.join(sorted(map(str, unknown)))}; "
                    f"use {', '.join(_FIELDS)}."
                )
            values: dict[str, Any] = {k: item.get(k) for k in _FIELDS}
            if values["id"] is not None:
                values["id"] = str(values["id"])
            return cls(**values)
        raise InputError(
            f"An article must be a str, a visitx.Article or a mapping, not {type(item).__name__}."
        )


def failed(item: Any, exc: BaseException, index: int | None = None) -> Extraction:
    """The record of an article that could not be extracted: its `error` says why."""
    text = ""
    source_id = None
    url = None
    if isinstance(item, Article):
        text, source_id, url = item.text, item.id, item.url
    elif isinstance(item, str):
        text = item
    elif isinstance(item, BadInput):
        source_id = item.id
    elif isinstance(item, Mapping):
        raw = item.get("text")
        text = raw if isinstance(raw, str) else ""
        source_id = None if item.get("id") is None else str(item.get("id"))
        url = item.get("url") if isinstance(item.get("url"), str) else None
    if source_id is None and index is not None:
        source_id = f"#{index}"
    if not isinstance(text, str):  # Article(text=...) is not type-checked at run time
        text = ""
    mapped = translate(exc) or exc
    usage = getattr(mapped, "usage", None)
    return Extraction(
        article=ArticleRecord(
            id=ArticleRecord.id_for(text), text=text, source_id=source_id, url=url
        ),
        # What the provider returned before the failure is paid for: totals stay true.
        meta=Meta(
            attempts=getattr(mapped, "attempts", 0),
            usage=usage if isinstance(usage, Usage) else Usage(),
        ),
        error=ErrorInfo(type=type(mapped).__name__, message=str(mapped) or repr(mapped)),
    )


class _Progress:
    """A tqdm bar with done / cached / failed counts and tokens, or nothing."""

    def __init__(self, enabled: bool | None, total: int | None) -> None:
        if enabled is None:
            enabled = _interactive()
        self.bar: Any = None
        self.cached = self.failed = self.tokens = 0
        if enabled:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=total, unit="article", desc="visitx", dynamic_ncols=True)

    def update(self, result: Extraction) -> None:
        if result.error is not None:
            self.failed += 1
        elif result.meta.cached:
            self.cached += 1
        else:
            self.tokens += result.meta.usage.total_tokens
        if self.bar is not None:
            self.bar.set_postfix(
                cached=self.cached, failed=self.failed, tokens=self.tokens, refresh=False
            )
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _interactive() -> bool:
    if "ipykernel" in sys.modules:
        return True
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


async def aextract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    settings: Settings | None = None,
    client: openai.AsyncOpenAI | openai.OpenAI | None = None,
    concurrency: int | None = None,
    progress: bool | None = None,
) -> AsyncIterator[Extraction]:
    """Extract many articles, yielding each `Extraction` as it completes.

    Results come in completion order; `result.article.source_id` carries the input's `id`
    (or `#<position>` when it has none). A failing article yields a record whose `error`
    says why; the batch goes on. Inputs are read lazily and at most `concurrency`
    articles are in flight.

    Args:
        articles: strs, `Article`s or mappings with `text`, `url`, `title`, `published`,
            `language`, `id`.
        settings: as for `extract()`; `requests_per_minute`/`tokens_per_minute` apply here.
        client: an `openai.AsyncOpenAI` (or a sync `openai.OpenAI`, run in threads).
        concurrency: articles in flight at once (default 8).
        progress: a tqdm bar; None shows one only in a terminal or notebook.

    Example:
        >>> async for result in aextract_many(texts, concurrency=16):  # doctest: +SKIP
        ...     print(result.article.source_id, len(result.visits))
    """
    async for _, result in stream(
        articles, settings=settings, client=client, concurrency=concurrency, progress=progress
    ):
        yield result


async def stream(
    articles: Iterable[Any],
    *,
    settings: Settings | None = None,
    client: Any = None,
    concurrency: int | None = None,
    progress: bool | None = None,
    extractor: Extractor | None = None,
) -> AsyncIterator[tuple[int, Extraction]]:
    """The engine: (input position, result) pairs in completion order."""
    workers = DEFAULT_CONCURRENCY if concurrency is None else concurrency
    if workers < 1:
        raise InputError("concurrency must be at least 1.")
    own = extractor is None
    ex = extractor or Extractor(
        settings if settings is not None else Settings.from_env(), client=client
    )
    sync_client = _is_sync_client(client)
    total = len(articles) if isinstance(articles, Sized) else None
    bar = _Progress(progress, total)
    source = iter(enumerate(articles))
    lock = asyncio.Lock()
    results: asyncio.Queue[tuple[int, Extraction] | None] = asyncio.Queue(maxsize=workers)

    broken: list[BaseException] = []  # an error raised by the input itself

    async def next_item() -> tuple[int, Any] | None:
        async with lock:  # one reader at a time: the input may be a generator
            if broken:
                return None
            try:
                return next(source, None)
            except Exception as exc:
                broken.append(exc)
                return None

    async def work() -> None:
        try:
            while (pair := await next_item()) is not None:
                index, item = pair
                await results.put((index, await _one(ex, item, index, sync_client)))
        finally:
            await results.put(None)

    tasks = [asyncio.create_task(work()) for _ in range(workers)]
    running = len(tasks)
    try:
        while running:
            done = await results.get()
            if done is None:
                running -= 1
                continue
            bar.update(done[1])
            yield done
        if broken:
            # The articles finished so far are cached; a rerun resumes from there.
            raise broken[0]
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        bar.close()
        if own:
            await ex.aclose()


async def _one(ex: Extractor, item: Any, index: int, sync_client: bool) -> Extraction:
    try:
        article = Article.coerce(item)
        if ex.chunked(article.text):
            whole = await _chunked(ex, article, sync_client)
            whole.article.source_id = article.id if article.id is not None else f"#{index}"
            return whole
        job = ex._prepare(
            article.text,
            url=article.url,
            title=article.title,
            published=article.published,
            language=article.language,
            source_id=article.id if article.id is not None else f"#{index}",
        )
        if sync_client:
            return await asyncio.to_thread(ex._run, job)
        return await ex._arun(job)
    except (VisitxError, Exception) as exc:  # one article must not end the batch
        if isinstance(exc, asyncio.CancelledError):
            raise
        return failed(item, exc, index)


async def _chunked(ex: Extractor, article: Article, sync_client: bool) -> Extraction:
    """A long article, extracted in chunks (`Settings.long_articles="chunk"`)."""
    options: dict[str, Any] = {
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "language": article.language,
    }
    if sync_client:
        return await asyncio.to_thread(ex.extract, article.text, **options)
    return await ex.aextract(article.text, **options)


def _is_sync_client(client: Any) -> bool:
    if client is None:
        return False
    import openai

    return isinstance(client, openai.OpenAI)


def extract_many(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    settings: Settings | None = None,
    client: openai.AsyncOpenAI | openai.OpenAI | None = None,
    concurrency: int | None = None,
    progress: bool | None = None,
) -> list[Extraction]:
    """Extract many articles; results in input order, failures recorded, never raised.

    Works in scripts and in notebooks that already run an event loop. Finished articles
    are cached as they complete, so re-running after a crash or Ctrl-C only pays for
    what was not done.

    Example:
        >>> results = extract_many(["text one", {"text": "text two", "id": "b"}])  # doctest: +SKIP
        >>> [r.error for r in results]  # doctest: +SKIP
        [None, None]
    """

    async def collect() -> list[Extraction]:
        done: dict[int, Extraction] = {}
        async for index, result in stream(
            articles,
            settings=settings,
            client=client,
            concurrency=concurrency,
            progress=progress,
        ):
            done[index] = result
        return [done[i] for i in range(len(done))]

    result: list[Extraction] = run_sync(collect())
    return result


def run_sync(coro: Any) -> Any:
    """Run a coroutine to completion, also when this thread already runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="visitx-batch", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
