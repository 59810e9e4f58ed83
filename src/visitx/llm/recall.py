"""An extractor's stored answers: cache keys, cached drafts and memoized records.

An `Extractor` keeps what the model said in the draft cache (`llm.cache`) and the records
built from those drafts in the record memo (`llm.memo`). `Recall` is that side of it: the
cache key of a job's request (one `KeyTemplate` per mode), many jobs looked up at once
(one memo query for all), a record rebuilt from its cached draft when the memo has no
usable one (by the extractor's record step, `build`), and the entry a new answer is stored
as. Records are never cached, drafts are: a cache hit is rebuilt with today's grounding,
dates, countries and codes unless the memo holds the same build.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from visitx.core.errors import CacheError
from visitx.core.models import Article, Extraction
from visitx.core.settings import Settings
from visitx.llm.cache import DraftCache, KeyTemplate
from visitx.llm.memo import MemoRecord, RecordMemo
from visitx.llm.prompt import Messages, Prompt
from visitx.llm.provider import Answer, Provider
from visitx.llm.sampling import keyed_sampling
from visitx.record.draft import draft_schema_json

__all__ = ["Job", "Recall"]

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


class Recall:
    """The draft cache and record memo of one extractor (see the module).

    `build(job, answer)` is the extractor's record step for a cached answer.
    Without `Settings.cache`, `cache` and `memo` are None and every lookup is a miss.
    """

    def __init__(
        self,
        settings: Settings,
        prompt: Prompt,
        provider: Provider,
        build: Callable[[Job, Answer], Extraction],
    ) -> None:
        self.settings = settings
        self.prompt = prompt
        self.provider = provider
        self.build = build
        self.cache = DraftCache(settings.cache_dir) if settings.cache else None
        self.memo = RecordMemo(settings.cache_dir) if settings.cache else None
        self._templates: dict[str, KeyTemplate] = {}

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()
        if self.memo is not None:
            self.memo.close()

    # -- keys ------------------------------------------------------------------------------

    def shown(self, text: str) -> str:
        """The text the model is shown: the article, or its slice without page furniture."""
        if not self.settings.strip_boilerplate:
            return text
        from visitx.text.clean import clean_text

        return clean_text(text)  # a slice: quotes from it are verbatim in the text

    def bounds(self, text: str) -> tuple[int, int] | None:
        """Where the shown text stands in `text` (`shown`), or None when it is all of it."""
        if not self.settings.strip_boilerplate:
            return None
        from visitx.text.clean import boilerplate_bounds

        return boilerplate_bounds(text)

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

    def key(self, job: Job, mode: str) -> str:
        """The cache key of a job's request in `mode`."""
        article = job.article
        return self.key_template(mode).key(
            self.shown(article.text), article.title, article.published, article.language
        )

    # -- looking up --------------------------------------------------------------------------

    def lookup_many(self, jobs: list[Job]) -> list[Extraction | Exception | None]:
        """Each job's record from the memo or its cached draft, None on a miss, or the
        exception its lookup raised (one job's failure is its own); one memo query."""
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
                hit = memoized(job, memo[key])
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
            record = self.build(job, answer)
            entry = MemoRecord(language=record.article.language, visits=record.visits,
                               meta=record.meta)
            built.append((key, entry.model_dump_json()))
            return record
        return None

    # -- storing -------------------------------------------------------------------------------

    def store(self, job: Job, answer: Answer) -> str | None:
        """Cache a new answer's draft; the record's warning if it could not be stored."""
        if self.cache is None:
            return None
        entry: dict[str, Any] = {
            "draft": answer.draft.model_dump(mode="json"),
            "mode": answer.mode,
            "attempts": answer.attempts,
            "usage": answer.usage.model_dump(),
            "model": answer.model,
            "finish_reason": answer.finish_reason,
            "warnings": answer.warnings,
            # A memo of the deterministic language check, versioned (GUESSER_VERSION).
            "text_language": list(answer.text_language) if answer.text_language else None,
        }
        try:
            self.cache.set(self.key(job, answer.mode), entry)
        except CacheError as exc:
            # The answer is paid for: return it; only the re-run loses.
            log.warning("visitx cache: the draft was not stored (%s)", exc)
            return f"not cached: {exc}"
        return None


def memoized(job: Job, text: str) -> Extraction | None:
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
