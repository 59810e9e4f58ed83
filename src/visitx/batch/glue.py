"""Provider batches on the extractor's engine interface (`Extractor.prepare/lookup/finish`).

A batch line must be the request a live call would send (same prompt, schema, mode and
limits, so its answer lands under the same cache key), and its answer must go through the
same validation and deterministic layer as a live answer.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from visitx.core.errors import ExtractionError, truncated

if TYPE_CHECKING:
    from visitx.core.article import Article
    from visitx.core.models import Article as ArticleRecord
    from visitx.core.models import Extraction
    from visitx.llm.extractor import Extractor, Job
    from visitx.llm.wire import Reading


@dataclasses.dataclass
class BatchJob:
    """One article of a batch: the extractor's job, the mode of its request, its cache key."""

    inner: Job
    mode: str
    key: str

    @property
    def article(self) -> ArticleRecord:
        return self.inner.article


def prepare(ex: Extractor, article: Article) -> BatchJob:
    """The job for one article: `.key` is its cache key, `.article` its record header."""
    inner = ex.prepare_article(article, source_id=article.id)
    mode = ex.provider.mode()
    return BatchJob(inner=inner, mode=mode, key=ex.key(inner, mode))


def cached(ex: Extractor, job: BatchJob) -> Extraction | None:
    """The cached result of a job, or None."""
    return ex.lookup(job.inner)


def request_body(ex: Extractor, job: BatchJob) -> dict[str, Any]:
    """The body a live call in the job's mode would send (chat completion, or SDK params)."""
    return ex.request_body(job.inner, job.mode)


def accept(ex: Extractor, job: BatchJob, completion: dict[str, Any]) -> Extraction:
    """Validate one chat completion against the article, build the record, cache it.

    A draft of the right shape that quotes text the article lacks is kept with its bad
    values flagged (a batch cannot re-ask); one that does not fit raises `ExtractionError`.
    """
    import openai.types.chat
    from pydantic import ValidationError

    from visitx.llm.wire import openai_reading

    try:
        parsed = openai.types.chat.ChatCompletion.model_validate(completion)
    except ValidationError as exc:
        raise ExtractionError(f"The batch line is not a chat completion: {exc}") from exc
    return accept_reading(ex, job, openai_reading(parsed))


def accept_message(ex: Extractor, job: BatchJob, message: dict[str, Any]) -> Extraction:
    """`accept` for an Anthropic `Message` (a succeeded Message Batches result)."""
    from visitx.llm.claude import read_message

    if message.get("type") != "message" or not isinstance(message.get("content"), list):
        raise ExtractionError("The batch result is not an Anthropic message.")
    return accept_reading(ex, job, read_message(message))


def accept_reading(ex: Extractor, job: BatchJob, reading: Reading) -> Extraction:
    """Validate what one answer says (any SDK's) against the article; build and cache."""
    from visitx.core.models import Usage
    from visitx.llm.provider import Answer, strip_fences
    from visitx.record.draft import Draft, checked_against

    cost = reading.usage if reading.usage is not None else Usage()
    raw = reading.raw
    if reading.finish_reason == "length":
        cut = truncated(ex.settings.max_tokens, raw)
        cut.attempts, cut.usage = 1, cost
        raise cut
    warnings: list[str] = []
    text = strip_fences(raw or "")
    try:
        with checked_against(ex.shown(job.article.text)):
            draft = Draft.model_validate_json(text)
    except ValueError:
        try:
            draft = Draft.model_validate_json(text)  # shape only: the bad values get flagged
        except ValueError as shape:
            error = ExtractionError(
                f"The model's answer in the batch does not fit the draft schema: "
                f"{str(shape)[:300]}. Re-run it live (--retry-live) or resubmit it.",
                raw_output=raw,
                errors=[str(shape)],
            )
            error.attempts, error.usage = 1, cost
            raise error from shape
        warnings.append("the batch answer had problems (no re-ask); they are flagged")
    answer = Answer(
        draft=draft,
        mode=job.mode,
        attempts=1,
        usage=cost,
        model=reading.model,
        finish_reason=reading.finish_reason,
        warnings=warnings,
    )
    return ex.finish(job.inner, answer)
