"""Collecting a provider batch: validate each answer once, list what failed, re-run or resubmit.

Collecting is a pure function of the manifest folder and the cache: an answer validated
once is stored in the cache, so a second collect reads it from there and validates
nothing twice; a crash at any step leaves the downloaded files and the cache behind, and
the next collect resumes from them. Records come out once per article, in submission
order; an article answered by a resubmitted job is taken from its latest answer. The
walk over the manifest folder is `batch.collectpass`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.batch.collectpass import CollectPass
from visitx.batch.earlier import EarlierRuns
from visitx.batch.jobs import (
    BatchCollection,
    BatchSummary,
    estimate_tokens,
    extractor_for,
    summarize,
)
from visitx.batch.manifest import AtomicLines, Manifest, Shard, read_lines
from visitx.batch.remote import download, files_client, launch, refresh
from visitx.batch.spend import batch_cost
from visitx.batch.sync import first, run_live
from visitx.core.models import Extraction
from visitx.core.settings import Settings
from visitx.io.stale import remove_stale_in, remove_stale_temporaries

if TYPE_CHECKING:
    from visitx.batch.jobs import BatchClient

log = logging.getLogger("visitx")

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
        walk = CollectPass(state, ex, earlier)
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
