"""`Extractor`: turning one article into an `Extraction`.

The flow for one article: check the input, look for the model's draft in the cache, else
render the prompt and ask the provider (`_provider`: instructor, re-asks, transport
retries, limits), store the draft, and build the record with the deterministic layer
(`_record`). Records are never cached, drafts are: a cache hit is rebuilt with today's
grounding, dates, countries and codes.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from visitx.core.errors import CacheError
from visitx.core.models import Article, Extraction, Meta, Skipped
from visitx.core.settings import Settings
from visitx.llm.cache import DraftCache, KeyTemplate
from visitx.llm.checks import check_language, check_published, check_text
from visitx.llm.memo import MemoRecord, RecordMemo
from visitx.llm.prompt import DEFAULT_PROMPT, Messages, load_prompt
from visitx.llm.provider import Answer, Provider
from visitx.llm.sampling import keyed_sampling
from visitx.record.build import build_visits, preload
from visitx.record.draft import draft_schema_json
from visitx.text.language import GUESSER_VERSION, settle_language, text_language

if TYPE_CHECKING:
    import openai

    from visitx.record.chunks import Chunk

__all__ = ["Extractor", "Job", "check_language", "check_published", "check_text"]

log = logging.getLogger("visitx")


@dataclass
class Job:
    """One article on its way through the extractor (made by `Extractor.prepare`).

    The engines that drive an extractor (batches, provider batch jobs, Ray) pass it from
    step to step: `prepare`, then `lookup` (the cache), else `messages` and the provider's
    answer, then `finish`; or `request_body` and later `finish` for a provider batch.
    """

    article: Article
    started: float
    messages: Messages | None = None


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
        self.cache = DraftCache(self.settings.cache_dir) if self.settings.cache else None
        self.memo = RecordMemo(self.settings.cache_dir) if self.settings.cache else None
        self._templates: dict[str, KeyTemplate] = {}

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
        if self.cache is not None:
            self.cache.close()
        if self.memo is not None:
            self.memo.close()

    async def aclose(self) -> None:
        """Close the async client of the running loop, then as `close()`."""
        await self.provider.aclose()
        if self.cache is not None:
            self.cache.close()
        if self.memo is not None:
            self.memo.close()

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
        return self.finish(job, self.provider.ask(self.messages(job), job.article.text))

    async def arun(self, job: Job) -> Extraction:
        """`run` for the async client of the running event loop."""
        hit = self.lookup(job)
        if hit is not None:
            return hit
        answer = await self.provider.aask(self.messages(job), job.article.text)
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

    def key(self, job: Job, mode: str) -> str:
        """The cache key of a job's request in `mode`."""
        article = job.article
        return self.key_template(mode).key(
            self.shown(article.text), article.title, article.published, article.language
        )

    def key_template(self, mode: str) -> KeyTemplate:
        """What makes the cache keys of this extractor's requests in `mode` (one per mode)."""
        template = self._templates.get(mode)
        if template is None:
            template = self._templates[mode] = KeyTemplate(
                model=self.settings.model, endpoint=self.provider.endpoint, mode=mode,
                prompt_digest=self.prompt.digest, schema_json=draft_schema_json(),
                temperature=self.settings.temperature, max_tokens=self.settings.max_tokens,
                sampling=keyed_sampling(self.settings),
            )
        return template

    def request_body(self, job: Job, mode: str) -> dict[str, Any]:
        """The `/v1/chat/completions` body a live call in `mode` sends (for provider batches)."""
        return self.provider.request_body(self.messages(job), mode)

    def shown(self, text: str) -> str:
        """The text the model is shown: the article, or its slice without page furniture."""
        if not self.settings.strip_boilerplate:
            return text
        from visitx.text.clean import clean_text

        return clean_text(text)  # a slice: quotes from it are verbatim in the text

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
        out: list[Extraction | Exception | None] = [None] * len(jobs)
        if self.cache is None:
            return out
        mode = self.provider.mode()
        # In auto mode a draft may have been answered in JSON mode after the endpoint
        # rejected json_schema (in an earlier run): that draft answers this request too.
        modes = [mode, "json"] if self.settings.mode == "auto" and mode == "json_schema" else [mode]
        keys = [[self.key(job, candidate) for candidate in modes] for job in jobs]
        memo = self.memo.get_many([k for ks in keys for k in ks]) if self.memo else {}
        built: list[tuple[str, str]] = []
        for i, job in enumerate(jobs):
            try:
                out[i] = self._recall(job, list(zip(modes, keys[i], strict=True)), memo, built)
            except Exception as exc:
                out[i] = exc
        if built and self.memo is not None:
            self.memo.put_many(built)
        return out

    def _recall(
        self,
        job: Job,
        candidates: list[tuple[str, str]],
        memo: dict[str, str],
        built: list[tuple[str, str]],
    ) -> Extraction | None:
        """One job's record from the memo or its draft; rebuilt ones are added to `built`."""
        assert self.cache is not None
        for candidate, key in candidates:
            if key in memo:
                hit = self._memoized(job, memo[key])
                if hit is not None:
                    return hit
            stored = self.cache.get(key)
            if stored is None:
                continue
            try:
                answer = Answer.from_stored(stored, candidate)
            except (KeyError, TypeError, ValueError):
                log.warning("visitx cache: ignoring an entry that no longer fits the draft schema")
                continue
            record = self._record(job, answer, cached=True)
            entry = MemoRecord(language=record.article.language, visits=record.visits,
                               meta=record.meta)
            built.append((key, entry.model_dump_json()))
            return record
        return None

    def _memoized(self, job: Job, text: str) -> Extraction | None:
        """The record kept in the memo for this job, or None when the entry is unusable."""
        try:
            entry = MemoRecord.model_validate_json(text)
        except ValueError:
            log.warning("visitx record memo: ignoring an unreadable entry; rebuilding")
            return None
        article = job.article.model_copy(update={"language": entry.language})
        entry.meta.cached = True  # the entry was parsed for this record alone
        entry.meta.duration_s = round(time.perf_counter() - job.started, 6)
        return Extraction(article=article, visits=entry.visits, meta=entry.meta)

    def finish(self, job: Job, answer: Answer) -> Extraction:
        """The record of a job from the provider's answer; the draft is cached."""
        result = self._record(job, answer, cached=False)
        if self.cache is not None:
            entry: dict[str, Any] = {
                "draft": answer.draft.model_dump(mode="json"),
                "mode": answer.mode,
                "attempts": answer.attempts,
                "usage": answer.usage.model_dump(),
                "model": answer.model,
                "finish_reason": answer.finish_reason,
                "warnings": answer.warnings,
                # A memo of the deterministic language check, versioned (see _language).
                "text_language": list(answer.text_language) if answer.text_language else None,
            }
            try:
                self.cache.set(self.key(job, answer.mode), entry)
            except CacheError as exc:
                # The answer is paid for: return it; only the re-run loses.
                log.warning("visitx cache: the draft was not stored (%s)", exc)
                result.meta.warnings.append(f"not cached: {exc}")
        return result

    def _record(self, job: Job, answer: Answer, *, cached: bool) -> Extraction:
        article = job.article.model_copy()
        if article.language is None:
            if answer.text_language is None or answer.text_language[1] != GUESSER_VERSION:
                answer.text_language = (text_language(article.text), GUESSER_VERSION)
            article.language = settle_language(
                check_language(answer.draft.language, strict=False), answer.text_language[0]
            )
        visits, warnings = build_visits(answer.draft, article)
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
