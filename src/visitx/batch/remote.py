"""The provider's Files and Batches endpoints: upload and start jobs, follow them, download.

A manifest of `provider` "anthropic" runs on Anthropic's Message Batches instead
(`visitx.batch.messages`); these functions hand it over, so callers need not ask.
Every call is mapped by `visitx.llm.errmap.map_exceptions`; the state is saved in the
manifest after each step, so a crash at any point resumes from the next call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from visitx.batch import messages
from visitx.batch.manifest import Manifest, write_atomic
from visitx.llm.errmap import map_exceptions

if TYPE_CHECKING:
    from visitx.llm.extractor import Extractor


def provider_for(ex: Extractor) -> str:
    """The batch API of an extractor's model: "anthropic" for `anthropic/...`, else "openai"."""
    sdk = ex.provider.sdk
    return "openai" if sdk is None else str(sdk.name)


def files_client(ex: Extractor, client: Any) -> Any:
    """The client for the Files and Batches endpoints, with the live calls' key and URL.

    For an `anthropic/...` model: an `anthropic.Anthropic` for its Message Batches.
    """
    import openai

    if provider_for(ex) == "anthropic":
        return messages.client_for(ex, client)
    return messages.sdk_client(ex, client, openai.OpenAI, map_exceptions)


def launch(state: Manifest, client: Any) -> None:
    """Upload each shard's request file and start its job; saves after every step."""
    if state.provider == "anthropic":
        messages.launch(state, client)
        return
    for shard in state.shards:
        if shard.input_file_id is None:
            path = state.requests_path(shard)
            with map_exceptions(), path.open("rb") as handle:
                uploaded = client.files.create(file=(path.name, handle), purpose="batch")
            shard.input_file_id = uploaded.id
            state.save()
        if shard.batch_id is None:
            with map_exceptions():
                job = client.batches.create(
                    input_file_id=shard.input_file_id,
                    endpoint=state.endpoint,  # a documented value
                    completion_window="24h",
                    metadata={"visitx_manifest": state.directory.name, "shard": shard.name},
                )
            shard.batch_id, shard.status = job.id, job.status
            state.save()


def refresh(state: Manifest, client: Any) -> None:
    """Ask the provider for the state of every unfinished job, and save it."""
    if state.provider == "anthropic":
        messages.refresh(state, client)
        return
    for shard in state.shards:
        if shard.batch_id is None or shard.finished:
            continue
        with map_exceptions():
            job = client.batches.retrieve(shard.batch_id)
        shard.status = job.status
        shard.output_file_id = job.output_file_id
        shard.error_file_id = job.error_file_id
        if job.errors is not None and job.errors.data:
            shard.errors = [f"{e.code}: {e.message}" for e in job.errors.data]
        counts = job.request_counts
        if counts is not None:
            shard.counts = {
                "total": counts.total,
                "completed": counts.completed,
                "failed": counts.failed,
            }
    state.save()


def download(state: Manifest, client: Any) -> None:
    """Fetch the output and error files of finished jobs, once each."""
    if state.provider == "anthropic":
        messages.download(state, client)
        return
    for shard in state.shards:
        if not shard.finished or shard.downloaded:
            continue
        for file_id, path in (
            (shard.output_file_id, state.output_path(shard)),
            (shard.error_file_id, state.errors_path(shard)),
        ):
            if file_id:
                with map_exceptions():
                    write_atomic(path, client.files.content(file_id).content)
        shard.downloaded = True
        state.save()
