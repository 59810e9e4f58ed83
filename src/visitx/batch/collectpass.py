"""One walk over a batch's manifest folder for `batch.collect`: records in order.

Each article is taken from the cache, else from its shard's downloaded answers (the
first that validates, then cached), else listed as failed (invalid, errored, expired,
missing) or pending; repeated articles and near-copies follow their first request, and
articles the screen ruled out come last as `skipped` records.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from visitx.batch import glue
from visitx.batch.copies import COPY_OF, EARLIER, Originals, copy_of
from visitx.batch.earlier import EarlierRuns
from visitx.batch.jobs import FailedLine
from visitx.batch.manifest import Manifest, Shard, read_lines
from visitx.batch.outfiles import id_warnings, line_error, offsets, outcome, read_at
from visitx.batch.records import failed
from visitx.batch.submitted import keys_differ
from visitx.core.article import Article
from visitx.core.errors import ExtractionError, ProviderError
from visitx.core.models import Extraction, Usage
from visitx.core.urls import redact_urls

if TYPE_CHECKING:
    from visitx.llm.extractor import Extractor

__all__ = ["CollectPass"]

log = logging.getLogger("visitx")

_EXPIRED = "The batch job expired before this request ran"


class CollectPass:
    """One walk over the manifest: records in order, failures kept until the end."""

    def __init__(self, state: Manifest, ex: Extractor, earlier: EarlierRuns) -> None:
        self.state = state
        self.ex = ex
        self.earlier = earlier  # keeps each extracted record for later runs' copies
        self.collected = 0
        self.pending: set[tuple[str, str | None]] = set()
        self.failures: dict[tuple[str, str | None], tuple[FailedLine, Article]] = {}
        self.done: set[tuple[str, str | None]] = set()
        self.warnings: list[str] = []
        self.usage = Usage()
        self.accept = glue.accept_message if state.provider == "anthropic" else glue.accept
        self.originals = Originals(state)

    def records(self) -> Iterator[Extraction]:
        """The records answered or cached, in submission order; failures are kept."""
        for shard in [None, *self.state.shards]:
            yield from self._shard(shard)
        yield from self._duplicates()
        yield from self._screened()

    def _screened(self) -> Iterator[Extraction]:
        """Articles the screen ruled out at submit time: `skipped` records, no visits."""
        from visitx.batch.plan import skipped_record
        from visitx.batch.writer import SCREENED

        for entry in read_lines(self.state.path(SCREENED)):
            header = glue.prepare(self.ex, Article(**entry["article"])).article
            yield skipped_record(
                header, list(entry["cues"]), self.ex.settings.model, self.ex.prompt.version
            )

    def _duplicates(self) -> Iterator[Extraction]:
        """Repeated articles and near-copies: answered once their first request is."""
        pending = {custom_id for custom_id, _ in self.pending}
        reasons = {slot[0]: line for slot, (line, _) in self.failures.items()}
        for entry in read_lines(self.state.duplicates_path()):
            custom_id = str(entry["custom_id"])
            article = Article(**entry["article"])
            slot = (custom_id, article.id)
            if slot in self.done:
                continue
            if EARLIER in entry:  # a copy of an article an earlier run extracted
                self.done.add(slot)
                yield copy_of(self.ex, Extraction.model_validate(entry[EARLIER]), entry)
                continue
            original = self.originals.get(custom_id) if COPY_OF in entry else article
            hit = glue.cached(self.ex, glue.prepare(self.ex, original)) if original else None
            if hit is not None:
                if original is not article:
                    hit = copy_of(self.ex, hit, entry)
                self.done.add(slot)
                self.failures.pop(slot, None)
                yield hit
            elif custom_id in pending:
                self.pending.add(slot)
            else:
                first = reasons.get(custom_id)
                kind, why = (first.kind, first.message) if first else ("missing", "no answer")
                self._fail(slot, article, kind, why)

    def _shard(self, shard: Shard | None) -> Iterator[Extraction]:
        outputs = offsets(self.state.output_path(shard)) if shard else {}
        errors = offsets(self.state.errors_path(shard)) if shard else {}
        if shard is not None and shard.downloaded:
            self._check_ids(shard, outputs, errors)
        for entry in read_lines(self.state.articles_path(shard)):
            custom_id = str(entry["custom_id"])
            article = Article(**entry["article"])
            slot = (custom_id, article.id)
            if slot in self.done:
                continue
            job = glue.prepare(self.ex, article)
            if job.key != entry["key"]:
                raise keys_differ(self.state.directory, self.state.settings)
            hit = glue.cached(self.ex, job)
            if hit is None and shard is not None and shard.downloaded:
                hit = self._answer(shard, job, slot, article, outputs, errors)
            if hit is not None:
                self.earlier.keep(hit)
                self.done.add(slot)
                self.failures.pop(slot, None)
                self.pending.discard(slot)
                yield hit
            elif shard is None:  # cached at submit time, gone from the cache since
                self._fail(slot, article, "missing", "the cached result is no longer cached")
            elif shard.downloaded:
                if slot not in self.failures and slot not in self.pending:
                    self._fail(slot, article, "missing", "no answer for this request")
            else:
                self.failures.pop(slot, None)
                self.pending.add(slot)

    def _check_ids(
        self, shard: Shard, outputs: dict[str, list[int]], errors: dict[str, list[int]]
    ) -> None:
        """Warn about ids answered more than once, and ids this shard never sent."""
        sent = {str(entry["custom_id"]) for entry in read_lines(self.state.articles_path(shard))}
        name = self.state.output_path(shard).name
        for message in id_warnings(name, sent, outputs, errors):
            self._warn(message)

    def _warn(self, message: str) -> None:
        log.warning("visitx batch: %s", message)
        self.warnings.append(message)

    def _answer(
        self,
        shard: Shard,
        job: Any,
        slot: tuple[str, str | None],
        article: Article,
        outputs: dict[str, list[int]],
        errors: dict[str, list[int]],
    ) -> Extraction | None:
        custom_id = slot[0]
        if custom_id in outputs:
            return self._first_valid(shard, job, slot, article, outputs[custom_id])
        if custom_id in errors:
            line = read_at(self.state.errors_path(shard), errors[custom_id][0])
            code = (line.get("error") or {}).get("code")
            kind = "expired" if code == "batch_expired" else "errored"
            self._fail(slot, article, kind, _EXPIRED if kind == "expired" else line_error(line))
            return None
        if shard.status == "expired":
            self._fail(slot, article, "expired", _EXPIRED)
        else:
            why = f"the batch job ended {shard.status}"
            if shard.errors:
                why += f" ({'; '.join(shard.errors)})"
            self._fail(slot, article, "errored", why)
        return None

    def _first_valid(
        self,
        shard: Shard,
        job: Any,
        slot: tuple[str, str | None],
        article: Article,
        at: list[int],
    ) -> Extraction | None:
        """The first of an id's answers that validates; else the first one's failure."""
        failure: tuple[str, str] | None = None
        for offset in at:
            line = read_at(self.state.output_path(shard), offset)
            kind, payload = outcome(line, self.state.provider)
            if kind == "answer":
                try:
                    result = self.accept(self.ex, job, payload)
                except ExtractionError as exc:
                    failure = failure or ("invalid", str(exc))
                    continue
                self.collected += 1
                self.usage = self.usage + result.meta.usage
                return result
            failure = failure or (kind, str(payload))
        assert failure is not None  # `at` is never empty
        self._fail(slot, article, *failure)
        return None

    def _fail(self, slot: tuple[str, str | None], article: Article, kind: str, why: str) -> None:
        # The provider's words: a server may quote the request's URL or key in them.
        line = FailedLine(
            custom_id=slot[0], source_id=article.id, kind=kind, message=redact_urls(why)
        )
        self.failures[slot] = (line, article)

    def failure_records(self) -> Iterator[Extraction]:
        """A failure record for each article still failed (read after `records`)."""
        for line, article in self.failures.values():
            error: Exception
            if line.kind == "invalid":
                error = ExtractionError(line.message)
            else:
                error = ProviderError(
                    f"{line.message} ({line.kind}). Re-run it live (--retry-live) or "
                    "resubmit it (visitx batch resubmit)."
                )
            yield failed(article, error)
