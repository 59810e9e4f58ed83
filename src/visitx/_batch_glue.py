"""The one place where provider batches and Ray touch the extractor's internals: four calls."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import ExtractionError

if TYPE_CHECKING:
    from ._batch import Article
    from ._extract import Extractor, _Job
    from ._models import Extraction


def prepare(ex: Extractor, article: Article) -> _Job:
    """The job for one article: `.key` is its cache key, `.article` its record header."""
    return ex._prepare(
        article.text,
        url=article.url,
        title=article.title,
        published=article.published,
        language=article.language,
        source_id=article.id,
    )


def cached(ex: Extractor, job: _Job) -> Extraction | None:
    """The cached result of a job, or None."""
    return ex._lookup(job)


def _mode(ex: Extractor) -> Any:
    import instructor

    from ._extract import _INSTRUCTOR_MODES

    return instructor.Mode[_INSTRUCTOR_MODES[ex._mode(ex._client("sync"))]]


def request_body(ex: Extractor, job: _Job) -> dict[str, Any]:
    """The `/v1/chat/completions` body a live call in the extractor's mode would send."""
    from instructor.processing.response import handle_response_model
    from instructor.v2.core.templating import handle_templating  # type: ignore[attr-defined]

    live = ex._request(job)
    mode = _mode(ex)
    # instructor's patched `create` in two steps: kwargs for the mode, then the templates.
    _, body = handle_response_model(
        live["response_model"],
        mode=mode,
        model=live["model"],
        messages=live["messages"],
        temperature=live["temperature"],
    )
    body = handle_templating(body, mode=mode, context=live["context"])
    return dict(body)


def accept(ex: Extractor, job: _Job, completion: dict[str, Any]) -> Extraction:
    """Validate one chat completion against the article, build the record, cache it.

    A draft of the right shape that quotes text the article lacks is kept with its bad
    values flagged (a batch cannot re-ask); one that does not fit raises `ExtractionError`.
    """
    import openai.types.chat
    from instructor.processing.response import process_response
    from pydantic import ValidationError

    from ._draft import Draft, instructor_draft
    from ._errors import raw_output_of
    from ._extract import strip_fences

    try:
        parsed = openai.types.chat.ChatCompletion.model_validate(completion)
    except ValidationError as exc:
        raise ExtractionError(f"The batch line is not a chat completion: {exc}") from exc
    job.count(parsed)
    raw = raw_output_of(parsed)
    try:
        draft = process_response(
            parsed,
            response_model=instructor_draft(),
            stream=False,
            validation_context={"article": job.article.text},
            mode=_mode(ex),
        )
    except Exception as exc:  # instructor raises many kinds; the shape check below decides
        try:
            draft = Draft.model_validate_json(strip_fences(raw or ""))
        except ValueError as shape:
            raise ExtractionError(
                f"The model's answer in the batch does not fit the draft schema: "
                f"{str(shape)[:300]}. Re-run it live (--retry-live) or resubmit it.",
                raw_output=raw,
                errors=[str(shape)],
            ) from exc
        job.warnings.append("the batch answer had problems (no re-ask); they are flagged")
    return ex._finish(job, draft)
