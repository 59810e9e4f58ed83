"""`Extractor`: turning one article into an `Extraction`.

The flow for one article: check the input, look for the model's draft in the cache, else
render the prompt and ask the provider (`llm.provider`: instructor, re-asks, transport
retries, limits), store the draft, and build the record with the deterministic layer
(`Extractor._record`). The draft cache and the record memo are `llm.recall`'s: records are
never cached, drafts are, and a cache hit is rebuilt with today's grounding, dates,
countries and codes (or taken from the memo when that build is the same).
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from typing import TYPE_CHECKING, Any

from visitx.core.models import Article, Extraction, Meta, Skipped
from visitx.core.settings import Settings
from visitx.llm.cache import DraftCache, KeyTemplate
from visitx.llm.checks import check_language, check_published, check_text
from visitx.llm.memo import RecordMemo
from visitx.llm.prompt import DEFAULT_PROMPT, Messages, load_prompt
from visitx.llm.provider import Answer, Provider
from visitx.llm.recall import Job, Recall
from visitx.record.build import build_visits
from visitx.record.preload import preload
from visitx.text.language import GUESSER_VERSION, settle_language, text_language

if TYPE_CHECKING:
    import openai

    from visitx.core.article import Article as ArticleInput
    from visitx.record.chunks import Chunk

__all__ = ["Extractor", "Job", "check_language", "check_published", "check_text"]


class Extractor:
    """Holds settings, a provider and a cache; extracts visits from articles.

    `visitx.extract()` is a thin convenience over a shared `Extractor`; make your own
    when you want to keep one configuration for many calls.

    Args:
        settings: default `Settings.from_env()`.
        client: a ready `openai.OpenAI`/`AsyncOpenAI` (or Azure) client to use.
        prompt: a prompt template name (`extract.v1`) or a path to a `.j2` file.
        transport: an httpx2 transport for every request (tests, proxies, recording).

    Example:
        >>> ex = Extractor(Settings(model="qwen2.5:7b", base_url="http://localhost:11434/v1"))
        >>> result = ex.extract(text, published="2023-04-08")  # doctest: +SKIP
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        client: openai.OpenAI | openai.AsyncOpenAI | None = None,
        prompt: str = DEFAULT_PROMPT,
        transport: Any = None,
    ) -> None:
        self.settings = settings if settings is not None else Settings.from_env()
        self.prompt = load_prompt(prompt)
        self.provider = Provider(self.settings, client=client, transport=transport)
        self.recall = Recall(
            self.settings, self.prompt, self.provider,
            functools.partial(self._record, cached=True),
        )

    @property
    def cache(self) -> DraftCache | None:
        """The draft cache (None with `Settings(cache=False)`)."""
        return self.recall.cache

    @property
    def memo(self) -> RecordMemo | None:
        """The record memo beside the draft cache (None with `Settings(cache=False)`)."""
        return self.recall.memo

    # -- public API ----------------------------------------------------------------------

    def extract(
        self,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        published: str | dt.date | None = None,
        language: str | None = None,
    ) -> Extraction:
        """Extract the visits reported in one article. See `visitx.extract`."""
        if self.chunked(text):
            from visitx.record.chunks import combine

            one = functools.partial(
                self.extract, url=url, title=title, published=published, language=language
            )
            return combine(text, [(chunk, one(chunk.text)) for chunk in self.chunks(text)])
        job = self.prepare(text, url=url, title=title, published=published, language=language)
        return self._screened(job) or self.run(job)

    async def aextract(
        self,
        text: str,
        *,
        url: str | None = None,
        title: str | None = None,
        published: str | dt.date | None = None,
        language: str | None = None,
    ) -> Extraction:
        """Async `extract`: same arguments, same result."""
        if self.chunked(text):
            from visitx.record.chunks import combine

            parts = [
                (chunk, await self.aextract(
                    chunk.text, url=url, title=title, published=published, language=language
                ))
                for chunk in self.chunks(text)
            ]
            return combine(text, parts)
        job = self.prepare(text, url=url, title=title, published=published, language=language)
        return self._screened(job) or await self.arun(job)

    def _screened(self, job: Job) -> Extraction | None:
        """With `Settings(screen=True)`: the record of an article the screen rules out."""
        if self.settings.screen is not True:
            return None  # a single call screens only when asked
        from visitx.screening.cues import screen

        article = job.article
        found = screen(article.text, title=article.title, language=article.language)
        if found.relevant:
            return None
        meta = Meta(model=self.settings.model, prompt_version=self.prompt.version)
        return Extraction(
            article=article, meta=meta, skipped=Skipped(reason="screen", cues=list(found.cues))
        )

    def check(self) -> None:
        """Raise `ConfigurationError` now if no client could be built (no key, no URL)."""
        self.provider.check()

    def close(self) -> None:
        """Close the sync client visitx made, and the cache.

        Async clients are closed by `aclose()`, inside their event loop.
        """
        self.provider.close()
        self.recall.close()

    async def aclose(self) -> None:
        """Close the async client of the running loop, then as `close()`."""
        await self.provider.aclose()
        self.recall.close()

    def chunks(self, text: str) -> list[Chunk]:
        """The parts a long text is extracted in (the article's slice only, when
        `strip_boilerplate` finds page furniture around it)."""
        from visitx.record.chunks import article_chunks

        return article_chunks(
            text, self.settings.max_chars, strip_boilerplate=self.settings.strip_boilerplate
        )

    def chunked(self, text: Any) -> bool:
        """Whether this text is extracted in chunks (`Settings.long_articles="chunk"`)."""
        return (
            self.settings.long_articles == "chunk"
            and isinstance(text, str)
            and len(text) > self.settings.max_chars > 0
        )

    # -- steps: the internal interface of the engines that drive an extractor ------------

    def run(self, job: Job) -> Extraction:
        """A prepared job's record: from the cache, else from the provider (sync client)."""
        hit = self.lookup(job)
        if hit is not None:
            return hit
        answer = self.provider.ask(self.messages(job), self.shown(job.article.text))
        return self.finish(job, answer)

    async def arun(self, job: Job) -> Extraction:
        """`run` for the async client of the running event loop."""
        hit = self.lookup(job)
        if hit is not None:
            return hit
        answer = await self.provider.aask(self.messages(job), self.shown(job.article.text))
        return self.finish(job, answer)

    def prepare(
        self,
        text: Any,
        *,
        url: str | None = None,
        title: str | None = None,
        published: str | dt.date | None = None,
        language: str | None = None,
        source_id: str | None = None,
    ) -> Job:
        """Check an article's text and metadata (`InputError`) and start its job."""
        started = time.perf_counter()
        text = check_text(text, self.settings.max_chars)
        article = Article(
            id=Article.id_for(text),
            text=text,
            source_id=source_id,
            url=url,
            title=title,
            language=check_language(language),
            published=check_published(published),
        )
        return Job(article=article, started=started)

    def prepare_article(
        self, article: ArticleInput, *, text: str | None = None, source_id: str | None = None
    ) -> Job:
        """`prepare` for a batch input: its text (or `text`, a chunk of it), url, title,
        published and language; `source_id` as given (the input's `id` is not implied)."""
        return self.prepare(
            article.text if text is None else text,
            url=article.url,
            title=article.title,
            published=article.published,
            language=article.language,
            source_id=source_id,
        )

    def key(self, job: Job, mode: str) -> str:
        """The cache key of a job's request in `mode`."""
        return self.recall.key(job, mode)

    def key_template(self, mode: str) -> KeyTemplate:
        """What makes the cache keys of this extractor's requests in `mode` (one per mode)."""
        return self.recall.key_template(mode)

    def request_body(self, job: Job, mode: str) -> dict[str, Any]:
        """The `/v1/chat/completions` body a live call in `mode` sends (for provider batches)."""
        return self.provider.request_body(self.messages(job), mode)

    def shown(self, text: str) -> str:
        """The text the model is shown: the article, or its slice without page furniture.

        The model's quotes are checked against it: with `strip_boilerplate`, a quote found
        only in a comments block or the page furniture was not copied from what it read.
        """
        return self.recall.shown(text)

    def messages(self, job: Job) -> Messages:
        """The prompt for a job, rendered once (only on a cache miss)."""
        if job.messages is None:  # rendered only on a cache miss
            preload()  # the record's tables load while the model answers
            article = job.article
            job.messages = self.prompt.render(
                self.shown(article.text),
                title=article.title,
                published=article.published,
                language=article.language,
            )
        return job.messages

    def lookup(self, job: Job) -> Extraction | None:
        """The job's record rebuilt from a cached draft, or None on a miss."""
        found = self.lookup_many([job])[0]
        if isinstance(found, BaseException):
            raise found
        return found

    def lookup_many(self, jobs: list[Job]) -> list[Extraction | Exception | None]:
        """`lookup` for many jobs at once: one memo query for all of them.

        Each job's place holds its record, None on a miss, or the exception its lookup
        raised, so one job's failure is its own. A record comes from the record memo
        (`visitx.llm.memo`) when valid, else it is rebuilt from the draft and memoized.
        """
        return self.recall.lookup_many(jobs)

    def finish(self, job: Job, answer: Answer) -> Extraction:
        """The record of a job from the provider's answer; the draft is cached."""
        result = self._record(job, answer, cached=False)
        warning = self.recall.store(job, answer)  # after the record: it keeps the language
        if warning is not None:
            result.meta.warnings.append(warning)
        return result

    def _record(self, job: Job, answer: Answer, *, cached: bool) -> Extraction:
        article = job.article.model_copy()
        if article.language is None:
            if answer.text_language is None or answer.text_language[1] != GUESSER_VERSION:
                answer.text_language = (text_language(article.text), GUESSER_VERSION)
            article.language = settle_language(
                check_language(answer.draft.language, strict=False), answer.text_language[0]
            )
        visits, warnings = build_visits(
            answer.draft, article, bounds=self.recall.bounds(article.text)
        )
        return Extraction(
            article=article,
            visits=visits,
            meta=Meta(
                model=answer.model or self.settings.model,
                prompt_version=self.prompt.version,
                cached=cached,
                attempts=answer.attempts,
                usage=answer.usage,
                duration_s=round(time.perf_counter() - job.started, 6),
                warnings=answer.warnings + warnings,
                mode=answer.mode,
                finish_reason=answer.finish_reason,
            ),
        )
