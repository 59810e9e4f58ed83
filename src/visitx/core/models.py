"""The record: what `extract()` returns (see the data model, schema v3).

Every model here is plain data. Nothing in this module talks to a model provider;
the draft that the model fills lives in `visitx.record.draft`, and `visitx.record.build`
turns a draft into these types. A visit and its parts (`Visit`, `Span`, `Participant` …)
are `visitx.core.visits`, and the closed vocabularies (types, roles, topics …)
`visitx.core.vocab`; both are re-exported here.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import Field

from visitx.core.visits import (
    Agreement,
    Codes,
    DateValue,
    GeoPoint,
    Participant,
    Place,
    RecordModel,
    Span,
    Visit,
)
from visitx.core.vocab import (
    AgreementKind,
    AgreementStatus,
    Calendar,
    DateSource,
    Kind,
    MatchKind,
    Precision,
    Role,
    Sector,
    Topic,
    VisitStatus,
    VisitType,
)

SCHEMA_VERSION = "4"

__all__ = [
    "Calendar",
    "DateSource",
    "MatchKind",
    "Precision",
    "Agreement",
    "AgreementKind",
    "AgreementStatus",
    "Article",
    "Codes",
    "DateValue",
    "ErrorInfo",
    "Extraction",
    "GeoPoint",
    "Kind",
    "Meta",
    "Participant",
    "Place",
    "Role",
    "SCHEMA_VERSION",
    "Sector",
    "Skipped",
    "Span",
    "Topic",
    "Usage",
    "Visit",
    "VisitStatus",
    "VisitType",
]


class Article(RecordModel):
    """An article as visitx saw it. `id` is derived from the text."""

    id: str = Field(description="'sha256:' and the hex digest of the UTF-8 text.")
    text: str = Field(description="The exact input; every span indexes it.")
    source_id: str | None = Field(
        default=None, description="The caller's own id for the article (batch input `id`)."
    )
    url: str | None = Field(default=None, description="Where it came from (kept, never fetched).")
    title: str | None = Field(default=None, description="The headline, if given.")
    language: str | None = Field(default=None, description="ISO 639-1 code (tr, fa, de, ...).")
    published: str | None = Field(default=None, description="Publication date, YYYY-MM-DD.")

    @staticmethod
    def id_for(text: str) -> str:
        """The article id: `sha256:` and the hex digest of the UTF-8 text (lone surrogates kept)."""
        return "sha256:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Usage(RecordModel):
    """Tokens the provider reported for an article, re-asks included."""

    prompt_tokens: int = Field(default=0, description="Tokens sent.")
    completion_tokens: int = Field(default=0, description="Tokens the model wrote.")
    total_tokens: int = Field(default=0, description="Both together.")
    cache_read_tokens: int = Field(
        default=0,
        description="Of the tokens sent, those read from the provider's prompt cache "
        "(Anthropic, Gemini, OpenAI bill them at a fraction).",
    )
    cache_write_tokens: int = Field(
        default=0, description="Of the tokens sent, those written to the provider's prompt cache."
    )

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
            cache_read_tokens=self.cache_read_tokens + other.cache_read_tokens,
            cache_write_tokens=self.cache_write_tokens + other.cache_write_tokens,
        )


class Meta(RecordModel):
    """How a record was obtained: model, prompt, cost, and what visitx had to flag."""

    model: str | None = Field(default=None, description="The model, as the provider named it.")
    prompt_version: str | None = Field(default=None, description="The prompt template used.")
    schema_version: str = Field(default=SCHEMA_VERSION, description="The data model's version.")
    cached: bool = Field(default=False, description="The model's answer came from the cache.")
    attempts: int = Field(
        default=0, description="Completions requested, re-asks included (1 = first accepted)."
    )
    usage: Usage = Field(default_factory=Usage, description="Tokens, re-asks included.")
    duration_s: float = Field(default=0.0, description="Seconds this article took.")
    warnings: list[str] = Field(
        default_factory=list, description="Values visitx flagged (not found, unparsed, ...)."
    )
    mode: str | None = Field(
        default=None, description="How the schema was enforced: tools, json_schema, json, ..."
    )
    finish_reason: str | None = Field(default=None, description="The provider's finish reason.")


class ErrorInfo(RecordModel):
    """Why an article in a batch has no result: the error's type name and message."""

    type: str = Field(description="The VisitxError subclass: InputError, ProviderError, ...")
    message: str = Field(description="What went wrong and what to do.")


class Skipped(RecordModel):
    """Why an article was not sent to a model (schema 3)."""

    reason: Literal["screen"] = Field(
        description="screen: the offline screen found nothing a visit report needs."
    )
    cues: list[str] = Field(
        default_factory=list, description="What the screen did find (cue words, countries)."
    )


class Extraction(RecordModel):
    """The record for one article: the article, its visits, and how they were obtained.

    `model_dump(mode="json")` is the record of the data model; `visitx.read_results`
    reads a JSONL file of them back.
    """

    article: Article = Field(description="The article, with its sha256 id.")
    visits: list[Visit] = Field(
        default_factory=list, description="The visits it reports; [] when none."
    )
    meta: Meta = Field(default_factory=Meta, description="Model, prompt, cost, warnings.")
    error: ErrorInfo | None = Field(
        default=None, description="Set only by the batch APIs, for an article that failed."
    )
    skipped: Skipped | None = Field(
        default=None,
        description="Set when the article was not sent to a model (batches screen by "
        "default); `visits` is then [].",
    )
    duplicate_of: str | None = Field(
        default=None,
        description="The id of the article this one is a near-copy of: extracted once, "
        "its visits re-grounded in this text.",
    )

    @property
    def ok(self) -> bool:
        """True when the article was processed without error."""
        return self.error is None

    def warnings_about(self, visit: Visit) -> list[str]:
        """The record's warnings about one of its visits (those starting `visits[N]`).

        N is the visit's place in the model's draft, the suffix of its id (a visit the
        draft gave and the record dropped keeps its number, so N can differ from the
        visit's place in `visits`).
        """
        where = f"visits[{visit.id.rpartition('-')[2]}]"
        return [w for w in self.meta.warnings if w.startswith(where)]

    def _repr_html_(self) -> str | None:
        """Jupyter's view: the article with its grounded values highlighted, a card per visit."""
        from visitx.core.views import render_html

        return render_html(self)
