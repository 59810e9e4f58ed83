"""Collecting a provider batch: validate each answer once, list what failed, re-run or resubmit.

Collecting is a pure function of the manifest folder and the cache: an answer validated
once is stored in the cache, so a second collect reads it from there and validates
nothing twice; a crash at any step leaves the downloaded files and the cache behind, and
the next collect resumes from them. Records come out once per article, in submission
order; an article answered by a resubmitted job is taken from its latest answer.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.batch import glue
from visitx.batch.copies import COPY_OF, EARLIER, Originals, copy_of
from visitx.batch.earlier import EarlierRuns
from visitx.batch.jobs import (
    BatchCollection,
    BatchSummary,
    FailedLine,
    estimate_tokens,
    extractor_for,
    summarize,
)
from visitx.batch.manifest import AtomicLines, Manifest, Shard, read_lines
from visitx.batch.outfiles import id_warnings, line_error, offsets, outcome, read_at
from visitx.batch.records import failed
from visitx.batch.remote import download, files_client, launch, refresh
from visitx.batch.spend import batch_cost
from visitx.batch.submitted import keys_differ
from visitx.batch.sync import first, run_live
from visitx.core.article import Article
from visitx.core.errors import ExtractionError, ProviderError
from visitx.core.models import Extraction, Usage
from visitx.core.settings import Settings
from visitx.io.stale import remove_stale_in, remove_stale_temporaries

if TYPE_CHECKING:
    from visitx.batch.jobs import BatchClient
    from visitx.llm.extractor import Extractor

log = logging.getLogger("visitx")

_EXPIRED = "The batch job expired before this request ran"


class _Pass:
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
                raise keys_differ(self.state.directory, kept=bool(self.state.settings))
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
        line = FailedLine(custom_id=slot[0], source_id=article.id, kind=kind, message=why)
        self.failures[slot] = (line, article)

    def failure_records(self) -> Iterator[Extraction]:
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


def iter_collect(
    manifest: str | Path,
    *,
    settings: Settings | None = None,
    client: BatchClient | None = None,
    retry_live: bool = False,
    concurrency: int = 8,
) -> Iterator[Extraction | BatchCollection]:
    """The records of a batch as they are read, then the `BatchCollection` summary last."""
    state = Manifest.load(manifest)
    for left in remove_stale_in(state.directory):
        log.warning("visitx batch: removed %s, left by a run that was killed", left.name)
    ex = extractor_for(settings, state)
    earlier = EarlierRuns(ex.settings, ex.prompt.version)
    try:
        files = files_client(ex, client)
        refresh(state, files)
        download(state, files)
        walk = _Pass(state, ex, earlier)
        yield from walk.records()
        if retry_live and walk.failures:
            slots = list(walk.failures)
            articles = [walk.failures[slot][1] for slot in slots]
            for index, result in sorted(run_live(articles, ex, concurrency), key=first):
                if result.error is None:
                    del walk.failures[slots[index]]
                    yield result
        yield from walk.failure_records()
        yield BatchCollection(
            results=[],
            collected=walk.collected,
            failed=tuple(line for line, _ in walk.failures.values()),
            pending=len(walk.pending),
            warnings=tuple(walk.warnings),
            usage=walk.usage,
            cost_usd=batch_cost(state.model, walk.usage),
        )
    finally:
        earlier.close()
        ex.close()


def collect_batch(
    manifest: str | Path,
    *,
    output: str | Path | None = None,
    settings: Settings | None = None,
    client: BatchClient | None = None,
    retry_live: bool = False,
    concurrency: int = 8,
) -> BatchCollection:
    """Reattach to a batch, validate its answers into records, and cache them.

    Safe to call at any time and any number of times: finished jobs are downloaded once,
    each answer is validated once (then read from the cache), and articles whose job
    still runs are counted in `pending`.

    Args:
        manifest: the folder `submit_batch` wrote.
        output: a JSONL file to (re)write atomically with every record collected so far;
            when given, `results` stays empty so memory does not grow with the batch.
        settings: as at submit time; the model and the kept settings of the cache keys
            (`visitx.batch.submitted`: temperature, strip_boilerplate, ...) left at their
            defaults take the manifest's values, others must equal them.
        client: an `openai.OpenAI` for the Files and Batches endpoints (for an
            `anthropic/...` model, an `anthropic.Anthropic` for its Message Batches).
        retry_live: ask the model live, now, for the articles the batch did not answer
            usably (invalid, errored or expired lines).
        concurrency: live requests in flight with `retry_live`.

    Example:
        >>> done = collect_batch("runs/2024-11", output="visits.jsonl")  # doctest: +SKIP
        >>> [line.custom_id for line in done.failed]  # doctest: +SKIP
    """
    from visitx.io.output import OutputLock, check_output

    results: list[Extraction] = []
    # Like `extract -o`: only a results file (or nothing) is replaced, never an input file,
    # a device or a folder; a link is followed.
    target = check_output(Path(output)) if output is not None else None
    if target is not None:
        for left in remove_stale_temporaries(target):
            log.warning("visitx batch: removed %s, left by a run that was killed", left.name)
    sink = AtomicLines(target, keep_mode=True) if target is not None else None
    summary: BatchCollection | None = None
    try:
        for item in iter_collect(
            manifest,
            settings=settings,
            client=client,
            retry_live=retry_live,
            concurrency=concurrency,
        ):
            if isinstance(item, BatchCollection):
                summary = item
            elif sink is not None:
                sink.write(item.model_dump_json())
            else:
                results.append(item)
        if sink is not None and target is not None:
            with OutputLock(target):
                sink.commit()
    except BaseException:
        if sink is not None:
            sink.discard()
        raise
    assert summary is not None
    return BatchCollection(
        results=results,
        collected=summary.collected,
        failed=summary.failed,
        pending=summary.pending,
        warnings=summary.warnings,
        usage=summary.usage,
        cost_usd=summary.cost_usd,
    )


def resubmit_batch(
    manifest: str | Path,
    *,
    settings: Settings | None = None,
    client: BatchClient | None = None,
) -> BatchSummary:
    """Put the requests that failed (invalid, errored, expired) into a new job of the batch.

    Their request lines are copied unchanged from the files first uploaded; the next
    `collect_batch` takes each article's latest answer. `settings` as for `collect_batch`
    (the manifest's model and kept settings where left at their defaults).
    """
    last: Any = None
    for last in iter_collect(manifest, settings=settings, client=client):  # noqa: B007  # only the summary, which comes last, is wanted
        pass
    assert isinstance(last, BatchCollection)
    state = Manifest.load(manifest)
    wanted = {line.custom_id for line in last.failed}
    if wanted:
        shard = Shard(name=state.next_shard_name(), requests=0, bytes=0)
        requests = AtomicLines(state.requests_path(shard))
        listed = AtomicLines(state.articles_path(shard))
        written: set[str] = set()
        for old in state.shards:
            for entry in read_lines(state.articles_path(old)):
                if entry["custom_id"] in wanted:
                    listed.write(json.dumps(entry, ensure_ascii=False))
            for line in read_lines(state.requests_path(old)):
                custom_id = line.get("custom_id")
                if custom_id in wanted and custom_id not in written:
                    written.add(str(custom_id))
                    requests.write(json.dumps(line, ensure_ascii=False))
                    body = line.get("body") or line.get("params") or {}
                    shard.prompt_tokens += estimate_tokens(body)
        requests.commit()
        listed.commit()
        shard.requests, shard.bytes = requests.lines, requests.bytes
        state.shards.append(shard)
        state.save()
        ex = extractor_for(settings, state)
        try:
            launch(state, files_client(ex, client))
        finally:
            ex.close()
    return summarize(state)
