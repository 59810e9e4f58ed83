"""Anthropic's Message Batches through the official `anthropic` SDK: start, follow, download.

A shard's request file holds one `{"custom_id", "params"}` object a line, `params` being
the Messages API parameters a live call sends (the same system block with
`cache_control`, the same tools or output format); `launch` sends them as the `requests`
of one `client.messages.batches.create`. `refresh` reads `processing_status`
(`in_progress`, `canceling`, `ended`) and the request counts; once a batch has ended,
`download` writes its results, one `{"custom_id", "result"}` line each, to the shard's
output file. Every call is mapped at the one boundary (`visitx.llm.sdkerrors` gives the
Anthropic exception its OpenAI twin, `visitx.llm.errmap` the visitx error); the manifest is
saved after each step, so a crash at any point resumes from the next call.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from visitx.batch.manifest import AtomicLines, Manifest, dump_line, read_lines
from visitx.llm.clients import url_options
from visitx.llm.errmap import map_exceptions
from visitx.llm.sdkerrors import openai_shaped

if TYPE_CHECKING:
    from visitx.llm.extractor import Extractor

# Anthropic's documented limits for one Message Batch: 100,000 requests and 256 MB. The
# byte limit is kept a little under, for the JSON envelope of the request.
MAX_REQUESTS = 100_000
MAX_BYTES = 250_000_000
# What Anthropic accepts as a request's `custom_id`.
CUSTOM_ID = re.compile(r"[a-zA-Z0-9_-]{1,64}")


@contextlib.contextmanager
def mapped() -> Iterator[None]:
    """Anthropic's exceptions as visitx errors (through their OpenAI twins)."""
    with map_exceptions(), openai_shaped():
        yield


def client_for(ex: Extractor, client: Any) -> Any:
    """An `anthropic.Anthropic` with the live calls' key and URL (or the one given)."""
    import anthropic

    return sdk_client(ex, client, anthropic.Anthropic, mapped)


def sdk_client(
    ex: Extractor,
    client: Any,
    make: Callable[..., Any],
    mapping: Callable[[], contextlib.AbstractContextManager[None]],
) -> Any:
    """`client` if given, else the client `make` builds for a batch API: with the live
    calls' key (argument, then environment), URL (its query as the client's default
    query, `llm.clients.url_options`) and timeout, and with the SDK's own
    retries (batch, file and job calls are few and safe to repeat; a 529 is retried); its
    errors mapped by `mapping`."""
    if client is not None:
        return client
    ex.check()
    settings = ex.settings
    with mapping():
        return make(
            api_key=ex.provider.api_key(),
            **url_options(settings.base_url),
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )


def request_line(custom_id: str, params: dict[str, Any]) -> dict[str, Any]:
    """One line of a request file: a Message Batches request."""
    return {"custom_id": custom_id, "params": params}


def launch(state: Manifest, client: Any) -> None:
    """Create one Message Batch per shard not yet started; saves after every one."""
    for shard in state.shards:
        if shard.batch_id is not None:
            continue
        requests = list(read_lines(state.requests_path(shard)))
        with mapped():
            job = client.messages.batches.create(requests=requests)
        shard.batch_id, shard.status = job.id, job.processing_status
        shard.counts = counts_of(job)
        state.save()


def refresh(state: Manifest, client: Any) -> None:
    """Ask Anthropic for the state of every batch that has not ended, and save it."""
    for shard in state.shards:
        if shard.batch_id is None or shard.finished:
            continue
        with mapped():
            job = client.messages.batches.retrieve(shard.batch_id)
        shard.status = job.processing_status
        shard.counts = counts_of(job)
    state.save()


def download(state: Manifest, client: Any) -> None:
    """Write the results of ended batches to their output files, once each."""
    for shard in state.shards:
        if not shard.finished or shard.downloaded:
            continue
        sink = AtomicLines(state.output_path(shard))
        try:
            with mapped():
                for line in client.messages.batches.results(shard.batch_id):
                    sink.write(dump_line(line.to_dict(mode="json")))
            sink.commit()
        except BaseException:
            sink.discard()
            raise
        shard.downloaded = True
        state.save()


def counts_of(job: Any) -> dict[str, int]:
    """A Message Batch's request counts (processing, succeeded, errored, canceled, expired)."""
    counts = job.request_counts
    names = ("processing", "succeeded", "errored", "canceled", "expired")
    return {name: int(getattr(counts, name, 0) or 0) for name in names}


def outcome(line: dict[str, Any]) -> tuple[str, Any]:
    """What one results line says: `("answer", message)`, or a failure kind and message.

    The kinds are those of `FailedLine`: `errored` (the request failed; Anthropic's
    error type and message are kept), `expired` (the batch ended before it ran) and
    `canceled` (the batch was canceled first).
    """
    result = line.get("result") or {}
    kind = result.get("type")
    if kind == "succeeded" and isinstance(result.get("message"), dict):
        return "answer", result["message"]
    if kind == "expired":
        return "expired", "The Message Batch expired before this request ran"
    if kind == "canceled":
        return "canceled", "The Message Batch was canceled before this request ran"
    error = (result.get("error") or {}).get("error") or {}
    what = error.get("type") or "error"
    return "errored", f"{what}: {error.get('message') or 'the request failed'}"
