"""Before and after each article of a batch: the screen, near-copies, the budget, the totals.

The engine asks `Plan.before` for each article: a record without a model call (screened
out, or a near-copy of an article already extracted), or None to extract it. It tells
`Plan.after` each outcome, so that copies waiting for their original go on, and
`Plan.reserve` / `Plan.settle` hold each request against the budget.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from visitx.batch.earlier import INDEX_FILE, note_bytes, read_note
from visitx.batch.indexer import Indexer
from visitx.core.errors import InputError
from visitx.core.models import Article as ArticleRecord
from visitx.core.models import Extraction, Meta, Skipped, Usage
from visitx.llm.cost import Budget, BudgetExceeded, price
from visitx.llm.errmap import translate

if TYPE_CHECKING:
    from visitx.batch.handover import HandOver
    from visitx.core.article import Article
    from visitx.core.settings import Settings
    from visitx.llm.extractor import Extractor
    from visitx.screening.dupes import DuplicateIndex

log = logging.getLogger("visitx")
NOTES_AT_ONCE = 64  # originals' notes written in one statement


@dataclasses.dataclass
class RunStats:
    """A batch's totals so far.

    Attributes:
        articles: records produced.
        extracted: articles sent to the model that came back without error.
        cached: answered from the cache.
        failed: records with `error`.
        screened: ruled out by the screen (`skipped`), not sent.
        duplicates: near-copies re-grounded from another article (`duplicate_of`), not sent.
        sent: requests sent to the model (one per article; a long article extracted in
            chunks sends one per chunk); cached articles, screened-out ones and
            near-copies send none.
        completions: completions the provider returned for them, re-asks included (a
            request re-asked twice returns 3); more than `sent` means the model's answers
            were re-asked.
        prompt_tokens, completion_tokens: what the provider reported for this run.
        cost_usd: their price (genai-prices); None when the model's price is unknown.
        stopped: why the run stopped early (the budget), or None.
    """

    articles: int = 0
    extracted: int = 0
    cached: int = 0
    failed: int = 0
    screened: int = 0
    duplicates: int = 0
    sent: int = 0
    completions: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = 0.0
    stopped: str | None = None
    model: str = dataclasses.field(default="", repr=False)

    def count(self, result: Extraction) -> None:
        self.articles += 1
        if result.error is not None:
            self.failed += 1
        elif result.skipped is not None:
            self.screened += 1
        elif result.duplicate_of is not None:
            self.duplicates += 1
        elif result.meta.cached:
            self.cached += 1
        else:
            self.extracted += 1
        if not (result.meta.cached or result.skipped or result.duplicate_of):
            self.completions += result.meta.attempts
        usage = result.meta.usage
        if usage.total_tokens and not result.meta.cached:
            self.prompt_tokens += usage.prompt_tokens
            self.completion_tokens += usage.completion_tokens
            self.cost_usd = price(self.model, self.prompt_tokens, self.completion_tokens)

    def line(self) -> str:
        """One line: tokens and cost so far."""
        cost = "unknown price" if self.cost_usd is None else f"${self.cost_usd:.4f}"
        return (
            f"{self.prompt_tokens:,} prompt + {self.completion_tokens:,} completion tokens, "
            f"{cost}"
        )


class Results(list[Extraction]):
    """`extract_many`'s records, in input order, with the run's totals as `.stats`."""

    stats: RunStats

    def __init__(self, records: list[Extraction], stats: RunStats) -> None:
        super().__init__(records)
        self.stats = stats


def screened_out(settings: Settings, article: Article) -> list[str] | None:
    """The screen's cues when it rules the article out (`Settings.screen` not False)."""
    if settings.screen is False:
        return None
    from visitx.screening.cues import screen

    found = screen(article.text, title=article.title, language=article.language)
    return None if found.relevant else list(found.cues)


def skipped_record(
    article: ArticleRecord, cues: list[str], model: str, prompt_version: str | None
) -> Extraction:
    """The record of an article the screen ruled out: no visits, `skipped` says why."""
    return Extraction(
        article=article,
        meta=Meta(model=model, prompt_version=prompt_version),
        skipped=Skipped(reason="screen", cues=cues),
    )


@dataclasses.dataclass
class _Bill:
    usage: Usage = dataclasses.field(default_factory=Usage)


class Plan:
    """Screen, near-copies and budget for one batch run."""

    def __init__(
        self,
        settings: Settings,
        *,
        prompt_version: str | None,
        batch: bool = True,
        stats: RunStats | None = None,
    ):
        self.settings = settings
        self.prompt_version = prompt_version
        self.screening = batch if settings.screen is None else settings.screen
        self.index: DuplicateIndex | None = None
        self._lock = threading.Lock()
        self._indexer: Indexer | None = None
        if batch and settings.duplicates:
            from visitx.screening.dupes import DuplicateIndex

            path = settings.cache_dir / INDEX_FILE if settings.cache else None
            self.index = DuplicateIndex(path)
            self._indexer = Indexer(self.index, self._lock, self._original)
        self.budget = Budget(settings.model, settings.budget_usd)
        self.budget.check_priced()
        self.stats = stats if stats is not None else RunStats()
        self.stats.model = settings.model
        self._waiting: dict[str, asyncio.Future[Extraction | None]] = {}
        self._unsaved: dict[str, bytes] = {}  # notes not yet written (`NOTES_AT_ONCE`)
        self._index_failed = False  # warned once: the index failed, articles went on
        # Told each near-copy's record made here: (the key of the note it is made from,
        # the record); a batch's re-run stage memoizes them (`visitx.batch.hitcopies`).
        # (the key of the note, its digest if this run made it, the record).
        self.on_copy: Callable[[str, str | None, Extraction], None] | None = None

    def hand_over(self, handed: HandOver | None) -> None:
        """Signatures made when the list was ordered (`longest_first`), by fed position:
        the index takes them instead of signing the texts again."""
        if self._indexer is not None:
            self._indexer.handed = handed

    def _header(self, article: Article, source_id: str) -> ArticleRecord:
        """The record's article, checked as `extract()` checks it (`InputError`)."""
        from visitx.llm.checks import check_language, check_published, check_text

        return ArticleRecord(
            id=ArticleRecord.id_for(article.text),
            text=check_text(article.text, sys.maxsize),
            source_id=source_id,
            url=article.url,
            title=article.title,
            language=check_language(article.language),
            published=check_published(article.published),
        )

    def screened(self, article: Article, source_id: str) -> Extraction | None:
        """The record of an article the screen rules out, or None."""
        if not self.screening:
            return None
        from visitx.screening.cues import screen

        header = self._header(article, source_id)
        found = screen(article.text, title=article.title, language=article.language)
        if found.relevant:
            return None
        return skipped_record(header, list(found.cues), self.settings.model, self.prompt_version)

    def _note(self, key: str) -> Extraction | None:
        assert self.index is not None
        with self._lock:
            data = self._unsaved.get(key)
            if data is None:
                data = self.index.recall(key)
        record = read_note(data, self.settings.model, self.prompt_version)
        return None if record is None else Extraction.model_validate(record)

    def _original(self, key: str) -> None:
        """An article that copies none: a future its copies in this run wait on."""
        self._waiting.setdefault(key, asyncio.get_running_loop().create_future())

    async def before(
        self, article: Article, source_id: str, position: int | None = None
    ) -> Extraction | None:
        """A record that needs no model call (screened out, a near-copy), or None.

        Call in input order (the first of a group of copies is the original);
        `position` is the article's fed position (`hand_over`).
        """
        skipped = self.screened(article, source_id)
        if skipped is not None or self._indexer is None:
            return skipped
        key = ArticleRecord.id_for(article.text)
        loop = asyncio.get_running_loop()
        try:
            original = await self._indexer.find(key, article.text, position)
        except sqlite3.Error as exc:  # only a saving: the article goes to the model
            if not self._index_failed:
                log.warning("visitx near-copies: the index failed (%s); articles it "
                            "could not check are extracted as they are", exc)
            self._index_failed = True
            return None
        if original is None:
            return None
        pending = self._waiting.get(original)
        note = await asyncio.shield(pending) if pending is not None else None
        if note is None:
            note = await asyncio.to_thread(self._note, original)
        if note is None:
            self._waiting.setdefault(key, loop.create_future())
            return None
        from visitx.screening.copies import copy_record

        record = copy_record(note, self._header(article, source_id))  # duplicate_of set
        self._keep(key, note)
        if self.on_copy is not None:
            self.on_copy(original, self._unsaved_digest(original), record)
        return record

    def _unsaved_digest(self, key: str) -> str | None:
        """The digest of the note kept under `key` that is not written yet, or None."""
        from visitx.screening.dupfile import note_digest

        with self._lock:
            data = self._unsaved.get(key)
        return None if data is None else note_digest(data)

    def _keep(self, key: str, original: Extraction) -> None:
        """Remember `original`'s record (its text left out) as the one `key` copies;
        written with the next `NOTES_AT_ONCE` (read from here until then)."""
        assert self.index is not None
        data = note_bytes(original, self.settings.model, self.prompt_version)
        with self._lock:
            self._unsaved[key] = data
            if len(self._unsaved) >= NOTES_AT_ONCE:
                self._save()

    def _save(self) -> None:
        """Write the notes not yet written, in one statement (under the lock)."""
        notes, self._unsaved = self._unsaved, {}
        if notes and self.index is not None:
            try:
                self.index.remember_many(notes.items())
            except sqlite3.Error as exc:  # only a saving: copies are extracted again
                log.debug("visitx near-copies: %d notes not kept (%s)", len(notes), exc)

    def after(self, text: str, result: Extraction | None) -> None:
        """An article's outcome (None: it failed): copies waiting for it go on."""
        if self.index is None:
            return
        key = ArticleRecord.id_for(text)
        usable = result is not None and result.error is None and result.skipped is None
        if usable and result is not None and result.duplicate_of is None:
            self._keep(key, result)
        waiting = self._waiting.pop(key, None)
        if waiting is not None and not waiting.done():
            waiting.set_result(result if usable else None)

    def stopped(self, stop: BudgetExceeded) -> BudgetExceeded:
        """The budget stop, with the spend so far; the totals say why the run ended."""
        self.stats.stopped = str(stop)
        stop.spent_usd = self.budget.spent_usd
        return stop

    @contextlib.contextmanager
    def paying(self, text: str) -> Iterator[_Bill]:
        """Around one request: hold its estimated cost, then settle what it used.

        Raises `BudgetExceeded` before the request when it would not fit the budget. Set
        `.usage` on the bill; a failure's usage is read from the error.
        """
        reserved = self.budget.reserve(text)
        self.stats.sent += 1
        bill = _Bill()
        try:
            yield bill
        except Exception as exc:
            spent = getattr(translate(exc) or exc, "usage", None)
            if isinstance(spent, Usage):
                bill.usage = spent
            raise
        finally:
            usage = bill.usage
            self.budget.settle(reserved, usage.prompt_tokens, usage.completion_tokens)

    async def settle(self) -> None:
        """Cancel the index's groups still waiting (at the end of a run)."""
        if self._indexer is not None:
            await self._indexer.aclose()

    def close(self) -> None:
        for waiting in self._waiting.values():
            if not waiting.done():
                waiting.set_result(None)
        self._waiting.clear()
        if self.index is not None:
            with self._lock:
                self._save()
                self.index.close()
            self.index = None
            self._indexer = None


def workers(concurrency: int | None, fail_fast: int, default: int) -> int:
    """The number of workers; an `InputError` for arguments that cannot work."""
    count = default if concurrency is None else concurrency
    if count < 1:
        raise InputError("concurrency must be at least 1.")
    if fail_fast < 0:
        raise InputError("fail_fast must be 0 (never stop) or more.")
    return count


def start(ex: Extractor, own: bool, plan: Plan | None, stats: RunStats | None,
          handed: HandOver | None = None) -> Plan:
    """Check the settings (no key: one error now, not one per article); the run's plan
    (given `handed`, the list's signatures: `Plan.hand_over`)."""
    try:
        ex.check()
        if plan is None:
            plan = Plan(ex.settings, prompt_version=ex.prompt.version, stats=stats)
        plan.hand_over(handed)
        return plan
    except BaseException:
        if own:
            ex.close()
        raise
