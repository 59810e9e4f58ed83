"""Failure records: what a batch writes for an article it could not extract.

`failed` keeps whatever the input gave that is usable and never raises, whatever the item
holds; `last_resort` is for when even that went wrong.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from typing import Any

from visitx.core.article import FIELDS, Article, BadInput, usable_text
from visitx.core.errors import AnswerCutOff, VisitxError
from visitx.core.models import Article as ArticleRecord
from visitx.core.models import ErrorInfo, Extraction, Meta, Usage
from visitx.core.urls import redact_urls
from visitx.llm.checks import check_language, check_published
from visitx.llm.errmap import translate


def failed(
    item: Any,
    exc: BaseException,
    index: int | None = None,
    *,
    model: str | None = None,
    prompt_version: str | None = None,
    duration_s: float = 0.0,
) -> Extraction:
    """The record of an article that could not be extracted: its `error` says why.

    It keeps what the input gave that is usable (the text, id, URL, title, publication
    date and language) and never raises, whatever the item holds. When the model was
    asked (the error counts attempts), `meta` names the model and prompt that failed, as
    an extracted record's does, with the seconds the article took (`duration_s`) and
    `finish_reason` "length" for an answer cut off; an article never sent names neither.
    """
    fields = _input_fields(item)
    source_id = fields.pop("source_id")
    if source_id is None and index is not None:
        source_id = f"#{index}"
    mapped = translate(exc) or exc
    usage = getattr(mapped, "usage", None)
    message = _message(mapped)
    try:
        article = ArticleRecord(
            id=ArticleRecord.id_for(fields["text"]), source_id=source_id, **fields
        )
    except Exception:  # a field that still does not fit the record: keep the rest
        article = ArticleRecord(id=ArticleRecord.id_for(""), text="", source_id=source_id)
    attempts = getattr(mapped, "attempts", 0)
    attempts = attempts if isinstance(attempts, int) else 0
    asked = attempts > 0
    return Extraction(
        article=article,
        # What the provider returned before the failure is paid for: totals stay true.
        meta=Meta(
            model=model if asked else None,
            prompt_version=prompt_version if asked else None,
            attempts=attempts,
            duration_s=round(max(duration_s, 0.0), 6),
            finish_reason="length" if isinstance(mapped, AnswerCutOff) else None,
            usage=usage if isinstance(usage, Usage) else Usage(),
        ),
        error=ErrorInfo(type=type(mapped).__name__, message=message),
    )


def _input_fields(item: Any) -> dict[str, Any]:
    """The fields of an input that can go into a failure record as they are."""
    if isinstance(item, BadInput):
        return {"text": "", "source_id": usable_text(item.id)}
    if isinstance(item, str):
        return {"text": usable_text(item) or "", "source_id": None}
    if isinstance(item, Article):
        raw = {name: getattr(item, name) for name in FIELDS}
    elif isinstance(item, Mapping):
        raw = {name: item.get(name) for name in FIELDS}
    else:
        return {"text": "", "source_id": None}
    ident = raw["id"]
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    language = usable_text(raw["language"])
    published = raw["published"]
    with contextlib.suppress(VisitxError):
        published = check_published(published)
    return {
        "text": usable_text(raw["text"]) or "",
        "source_id": usable_text(ident),
        "url": usable_text(raw["url"]),
        "title": usable_text(raw["title"]),
        "language": check_language(language, strict=False) if language else None,
        "published": usable_text(published),
    }


def _message(exc: BaseException) -> str:
    """The record's `error.message`: no credential in it, whatever raised it."""
    try:
        return redact_urls(usable_text(str(exc)) or repr(exc))
    except Exception:  # a __str__ that fails
        return type(exc).__name__


def last_resort(exc: BaseException, index: int) -> Extraction:
    """A failure record that needs nothing of the input (its own handling failed)."""
    return Extraction(
        article=ArticleRecord(id=ArticleRecord.id_for(""), text="", source_id=f"#{index}"),
        error=ErrorInfo(type=type(exc).__name__, message=_message(exc)),
    )
