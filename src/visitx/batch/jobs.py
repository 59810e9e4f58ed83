"""Provider batch jobs: submit, status, collect.

On OpenAI's Batch API (and compatible servers), or for `anthropic/...` models on
Anthropic's Message Batches (`visitx.batch.messages`). The same requests a live call
would send go into JSONL request files (one `custom_id` per article, derived from its
cache key, so an article id of any length or script never becomes one), split to the
provider's limits, uploaded and run as batch jobs at about half the price. A manifest
folder (see `visitx.batch.manifest`) holds every id, so any later process can reattach;
collected answers pass the same validation and deterministic layer as live answers and
land in the same cache.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.batch import glue, messages
from visitx.batch.copies import COPY_OF, EARLIER
from visitx.batch.earlier import EarlierRuns
from visitx.batch.manifest import Manifest, dump_line, read_lines
from visitx.batch.remote import files_client, launch, provider_for, refresh
from visitx.batch.submitted import mode_for, recorded, settings_for
from visitx.batch.writer import SCREENED, ShardWriter, article_fields
from visitx.core.article import Article, BadInput
from visitx.core.errors import ConfigurationError, InputError
from visitx.core.models import Extraction
from visitx.core.settings import Settings, provider_of

if TYPE_CHECKING:
    import anthropic
    import openai

    from visitx.core.models import Usage
    from visitx.llm.extractor import Extractor

    BatchClient = openai.OpenAI | anthropic.Anthropic

# OpenAI's documented limits for one batch input file: 50,000 requests and 200 MB. The
# byte limit is kept a little under, for the multipart envelope.
MAX_REQUESTS = 50_000
MAX_BYTES = 190_000_000
# The limits of one job, by provider (Anthropic's: `visitx.batch.messages`).
LIMITS = {
    "openai": (MAX_REQUESTS, MAX_BYTES),
    "anthropic": (messages.MAX_REQUESTS, messages.MAX_BYTES),
}


@dataclasses.dataclass(frozen=True, slots=True)
class ShardInfo:
    """One provider job of a batch: its id, state and request counts."""

    name: str
    batch_id: str | None
    status: str | None
    requests: int
    counts: Mapping[str, int]


@dataclasses.dataclass(frozen=True, slots=True)
class BatchSummary:
    """What `submit_batch` (or `batch_status`) found.

    Attributes:
        manifest: the folder that holds the batch's state.
        requests: requests in the request files (one per distinct article).
        cached: articles already in the cache, not sent.
        prompt_tokens: an estimate of the prompt tokens (about four characters a token).
        shards: the provider jobs, in order.
        rejected: inputs that are not articles, as `(id, message)`.
        screened: articles the screen ruled out: not sent, collected as `skipped`.
        copies: near-copies of another article of the batch, or of one an earlier run
            extracted (the index in the cache folder): not sent, collected with
            `duplicate_of` and their visits re-grounded (`Settings(duplicates=False)`
            sends them).
        settings: the settings of the cache keys the batch was submitted with
            (`visitx.batch.submitted`); empty for a manifest written before they were kept.
    """

    manifest: Path
    requests: int
    cached: int
    prompt_tokens: int
    shards: tuple[ShardInfo, ...]
    rejected: tuple[tuple[str, str], ...] = ()
    screened: int = 0
    copies: int = 0
    settings: Mapping[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, slots=True)
class FailedLine:
    """An article the batch did not answer usably.

    `kind` is `invalid` (the answer does not fit the draft), `errored` (the provider
    failed the line or the job), `expired` (the job ended before the line ran),
    `canceled` (an Anthropic batch was canceled before the line ran) or `missing` (a
    finished job has no line for it).
    """

    custom_id: str
    source_id: str | None
    kind: str
    message: str


@dataclasses.dataclass(frozen=True, slots=True)
class BatchCollection:
    """What `collect_batch` gathered.

    Attributes:
        results: one record per article whose job has finished: the answered ones in
            submission order, then those re-run live, then those that failed (`error` set).
        collected: answers validated in this call (the rest came from the cache).
        failed: the articles that still have no usable answer.
        pending: articles whose job is still running.
        warnings: what looked wrong in the provider's files (a `custom_id` answered more
            than once: the first valid answer is kept; one the batch never sent: ignored).
        usage: the tokens of the answers validated in this call (cache hits cost nothing).
        cost_usd: their price at the batch rate (half the live price, genai-prices);
            None when the model's price is unknown.
    """

    results: list[Extraction]
    collected: int
    failed: tuple[FailedLine, ...]
    pending: int
    warnings: tuple[str, ...] = ()
    usage: Usage | None = None
    cost_usd: float | None = None


def custom_id_for(key: str) -> str:
    """The batch `custom_id` of a cache key: stable, so a resubmission reuses it.

    `vx-` and 40 hex digits: within what OpenAI and Anthropic (`[a-zA-Z0-9_-]{1,64}`)
    accept, whatever the article's own id.
    """
    return "vx-" + key.removeprefix("visitx:")[:40]


def extractor_for(settings: Settings | None, manifest: Manifest | None = None) -> Extractor:
    """The extractor of a batch: the manifest's model, mode and submitted settings.

    A model, mode or kept setting (`visitx.batch.submitted`: the endpoint too) left at
    its default takes the manifest's value; one set to another value is a
    `ConfigurationError`.
    """
    from visitx.llm.extractor import Extractor

    settings = settings if settings is not None else Settings.from_env()
    if provider_of(settings.model) not in {None, "anthropic"}:
        raise ConfigurationError(
            f"Provider batches run on OpenAI's Batch API (and compatible servers) and "
            f"Anthropic's Message Batches; {settings.model} is not supported yet. Use "
            "`visitx extract` for it."
        )
    if manifest is not None:
        if settings.model != manifest.model and settings.model == Settings().model:
            settings = settings.replace(model=manifest.model)
        if settings.model != manifest.model:
            raise ConfigurationError(
                f"The batch in {manifest.directory} was submitted for model "
                f"{manifest.model!r}, not {settings.model!r}; collect it with the same model."
            )
        settings = mode_for(settings, manifest.mode, manifest.directory)
        settings = settings_for(settings, manifest.settings, manifest.directory)
    return Extractor(settings)


def mode_of(body: Mapping[str, Any]) -> str:
    """The visitx mode a request body was shaped for."""
    if body.get("tools"):
        return "tools"
    kind = str((body.get("response_format") or {}).get("type"))
    return {"json_schema": "json_schema", "json_object": "json"}.get(kind, "md_json")


def estimate_tokens(body: Mapping[str, Any]) -> int:
    """About how many prompt tokens a request body holds (four characters a token)."""
    shown = [
        body.get(name)
        for name in ("system", "messages", "tools", "response_format", "output_config")
    ]
    return sum(len(json.dumps(part, ensure_ascii=False)) for part in shown if part) // 4


# -- submit ------------------------------------------------------------------------------


def submit_batch(
    articles: Iterable[str | Article | Mapping[str, Any]],
    *,
    manifest: str | Path,
    settings: Settings | None = None,
    client: BatchClient | None = None,
    max_requests: int | None = None,
    max_bytes: int | None = None,
    dry_run: bool = False,
) -> BatchSummary:
    """Write the request files for `articles`, upload them and start the batch jobs.

    Articles already in the cache are not sent; duplicates share one request. The
    folder `manifest` keeps every id, so `batch_status` and `collect_batch` can reattach
    from any process. Calling it again with no articles on an existing manifest finishes
    an upload that a crash interrupted.

    Args:
        articles: as for `extract_many`.
        manifest: a folder for the batch's state (created; must not hold another batch).
        settings: as for `extract()`; the model and mode are those of a live call.
        client: an `openai.OpenAI` for the Files and Batches endpoints, or for an
            `anthropic/...` model an `anthropic.Anthropic` for its Message Batches.
        max_requests, max_bytes: limits of one request file; by default the provider's
            (OpenAI: 50,000 and 200 MB; Anthropic: 100,000 and 256 MB, a little under).
        dry_run: write the files and the manifest, but upload nothing.

    Example:
        >>> summary = submit_batch(texts, manifest="runs/2024-11")  # doctest: +SKIP
        >>> summary.requests, summary.prompt_tokens  # doctest: +SKIP
    """
    folder = Path(manifest)
    ex = extractor_for(settings)
    limits = LIMITS[provider_for(ex)]
    max_requests = limits[0] if max_requests is None else max_requests
    max_bytes = limits[1] if max_bytes is None else max_bytes
    try:
        if max_requests < 1 or max_bytes < 1:
            raise InputError("max_requests and max_bytes must be at least 1.")
        if Manifest.exists(folder):
            state = Manifest.load(folder)
            if any(True for _ in articles):
                raise InputError(
                    f"{folder} already holds a batch. Use a new --manifest folder, or give "
                    "no input to finish uploading this one."
                )
            rejected: list[tuple[str, str]] = []
        else:
            state, rejected = _write_shards(ex, articles, folder, max_requests, max_bytes)
        if not dry_run:
            launch(state, files_client(ex, client))
        return summarize(state, rejected)
    finally:
        ex.close()


def _write_shards(
    ex: Extractor,
    articles: Iterable[Any],
    folder: Path,
    max_requests: int,
    max_bytes: int,
) -> tuple[Manifest, list[tuple[str, str]]]:
    state = Manifest(
        directory=folder,
        model=ex.settings.model,
        mode=None if ex.settings.mode == "auto" else ex.settings.mode,
        prompt_version=ex.prompt.version,
        provider=provider_for(ex),
        settings=recorded(ex.settings),
    )
    if state.provider == "anthropic":
        state.endpoint = "/v1/messages/batches"
    folder.mkdir(parents=True, exist_ok=True)
    rejected: list[tuple[str, str]] = []
    seen: set[str] = set()
    writer = ShardWriter(
        state, max_requests, max_bytes, copies=ex.settings.duplicates,
        earlier=EarlierRuns(ex.settings, ex.prompt.version),
    )
    try:
        for index, item in enumerate(articles):
            try:
                article = Article.coerce(item)
                if article.id is None:
                    article = dataclasses.replace(article, id=f"#{index}")
                job = glue.prepare(ex, article)
            except InputError as exc:
                rejected.append((item.id if isinstance(item, BadInput) else f"#{index}", str(exc)))
                continue
            custom_id = custom_id_for(job.key)
            if writer.not_sent(ex.settings, article, custom_id):  # screened out, a near-copy
                continue
            entry = dump_line(
                {"custom_id": custom_id, "key": job.key, "article": article_fields(article)}
            )
            if custom_id in seen:  # the same article again: one request, one more record
                writer.duplicates.write(entry)
                continue
            seen.add(custom_id)
            if glue.cached(ex, job) is not None:
                state.cached += 1
                writer.cached.write(entry)
                continue
            body = glue.request_body(ex, job)
            if state.provider == "anthropic":
                state.mode = state.mode or job.mode
                line = dump_line(messages.request_line(custom_id, body))
            else:
                state.mode = state.mode or mode_of(body)
                line = dump_line(
                    {"custom_id": custom_id, "method": "POST", "url": state.endpoint, "body": body}
                )
            if len(line.encode("utf-8")) + 1 > max_bytes:
                rejected.append((str(article.id), "its request is larger than max_bytes"))
                continue
            writer.add(line, entry, estimate_tokens(body))
        writer.commit()
    except BaseException:
        writer.discard()
        raise
    finally:
        writer.close_index()
    state.save()
    return state, rejected


def summarize(state: Manifest, rejected: Iterable[tuple[str, str]] = ()) -> BatchSummary:
    """The summary of a batch's manifest."""
    return BatchSummary(
        manifest=state.directory,
        requests=sum(s.requests for s in state.shards),
        cached=state.cached,
        prompt_tokens=sum(s.prompt_tokens for s in state.shards),
        shards=tuple(
            ShardInfo(s.name, s.batch_id, s.status, s.requests, dict(s.counts))
            for s in state.shards
        ),
        rejected=tuple(rejected),
        screened=sum(1 for _ in read_lines(state.path(SCREENED))),
        copies=sum(
            COPY_OF in entry or EARLIER in entry for entry in read_lines(state.duplicates_path())
        ),
        settings=dict(state.settings),
    )


# -- status ------------------------------------------------------------------------------


def batch_status(
    manifest: str | Path, *, settings: Settings | None = None, client: BatchClient | None = None
) -> BatchSummary:
    """Reattach to the batch's jobs by id and refresh their state in the manifest.

    `settings` as for `collect_batch`: the manifest's model and kept settings where left
    at their defaults (`BatchSummary.settings` lists the kept ones).
    """
    state = Manifest.load(manifest)
    ex = extractor_for(settings, state)
    try:
        refresh(state, files_client(ex, client))
        return summarize(state)
    finally:
        ex.close()
