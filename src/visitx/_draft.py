"""The draft: what the model fills, as instructor's `response_model`.

Every string that quotes the article is a plain `str`, copied verbatim. The model never
computes offsets, Gregorian dates or codes. Field order puts `language` first and, in
each visit, `evidence` first, so the model quotes before it classifies.

The validators only run when instructor passes the article in the validation context
(`context={"article": ...}`); parsed without a context, a draft is checked for shape
alone. That is how a draft that used up its re-asks is still turned into a flagged record.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator

from ._models import (
    AgreementKind,
    AgreementStatus,
    Kind,
    Role,
    Sector,
    Topic,
    VisitStatus,
    VisitType,
)

_SCHEMAS: dict[tuple[Any, ...], dict[str, Any]] = {}
VERBATIM = "Copied verbatim from the article, in its original script and spelling."


class _Draft(BaseModel):
    # Models add keys now and then; ignoring them is kinder than a re-ask.
    model_config = ConfigDict(extra="ignore", defer_build=True)


class DraftParticipant(_Draft):
    role: Role = Field(
        description="visitor = travelled; host = received; participant = neither side "
        "travelled or the article cannot tell."
    )
    kind: Kind = Field(description="person, organization, or group (e.g. 'business people').")
    name: str = Field(description=f"Name of the person, organization or group. {VERBATIM}")
    name_en: str | None = Field(default=None, description="English / Latin-script rendering.")
    title: str | None = Field(default=None, description=f"Office or title. {VERBATIM}")
    title_en: str | None = Field(default=None, description="The title in English.")
    organization: str | None = Field(
        default=None, description=f"Organisation the participant represents. {VERBATIM}"
    )
    organization_en: str | None = Field(default=None, description="The organisation in English.")
    country: str | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code of the country the participant represents "
        "(not where they stand); null if the article does not tell.",
    )
    sector: Sector | None = None


class DraftPlace(_Draft):
    name: str = Field(description=f"The place as named in the article. {VERBATIM}")
    name_en: str | None = None
    city: str | None = Field(default=None, description="City, in English.")
    region: str | None = Field(default=None, description="Province/region, in English.")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 code.")


class DraftAgreement(_Draft):
    kind: AgreementKind
    text: str = Field(description=f"The mention of the agreement. {VERBATIM}")
    title_en: str | None = None
    parties: list[str] = Field(
        default_factory=list, description="Names of the parties as given in participants."
    )
    status: AgreementStatus


class DraftVisit(_Draft):
    evidence: list[str] = Field(
        min_length=1,
        description=f"One or more whole sentences that report this engagement. {VERBATIM}",
    )
    type: VisitType = Field(
        description="visit = one side travelled to the other; third_location = both met "
        "elsewhere; multilateral = a meeting of more than two sides; remote = call or video."
    )
    status: VisitStatus
    summary: str = Field(description="One English sentence: who met whom, where, when.")
    participants: list[DraftParticipant] = Field(default_factory=list)
    location: DraftPlace | None = None
    date_text: str | None = Field(
        default=None,
        description=f"The date expression of this engagement, or null. {VERBATIM} Never "
        "compute or convert a date.",
    )
    topics: list[Topic] = Field(default_factory=list)
    agreements: list[DraftAgreement] = Field(default_factory=list)
    follow_ups: list[str] = Field(
        default_factory=list, description="Planned next steps stated in the article, in English."
    )


class Draft(_Draft):
    """The model's answer for one article."""

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        # instructor asks for the schema on every request and pydantic rebuilds it each
        # time (about 20 ms); the schema of a class never changes, so build it once.
        key = (cls, args, tuple(sorted(kwargs.items())))
        if key not in _SCHEMAS:
            _SCHEMAS[key] = super().model_json_schema(*args, **kwargs)
        return dict(_SCHEMAS[key])  # callers build new dicts from it; the top level is theirs

    language: str = Field(description="ISO 639-1 code of the article's language.")
    visits: list[DraftVisit] = Field(
        default_factory=list,
        description="One entry per distinct engagement; [] when the article reports none.",
    )

    @model_validator(mode="after")
    def _check_against_article(self, info: ValidationInfo) -> Draft:
        context = info.context if isinstance(info.context, dict) else None
        if not context or "article" not in context:
            return self
        problems = list(find_problems(self, context["article"], language=self.language))
        if problems:
            raise ValueError(
                "Some values do not match the article. Fix each one and answer again:\n- "
                + "\n- ".join(problems)
            )
        return self


def verbatim_fields(draft: Draft) -> Iterator[tuple[str, str]]:
    """Every (path, string) in a draft that must be a verbatim quote of the article."""
    for i, visit in enumerate(draft.visits):
        where = f"visits[{i}]"
        for j, sentence in enumerate(visit.evidence):
            yield f"{where}.evidence[{j}]", sentence
        for j, person in enumerate(visit.participants):
            yield f"{where}.participants[{j}].name", person.name
            if person.title:
                yield f"{where}.participants[{j}].title", person.title
            if person.organization:
                yield f"{where}.participants[{j}].organization", person.organization
        if visit.location:
            yield f"{where}.location.name", visit.location.name
        if visit.date_text:
            yield f"{where}.date_text", visit.date_text
        for j, agreement in enumerate(visit.agreements):
            yield f"{where}.agreements[{j}].text", agreement.text


def country_fields(draft: Draft) -> Iterator[tuple[str, str]]:
    """Every (path, value) in a draft that names a country."""
    for i, visit in enumerate(draft.visits):
        for j, person in enumerate(visit.participants):
            if person.country:
                yield f"visits[{i}].participants[{j}].country", person.country
        if visit.location and visit.location.country:
            yield f"visits[{i}].location.country", visit.location.country


def find_problems(draft: Draft, article: str, *, language: str | None = None) -> Iterator[str]:
    """One message per value the model can fix: a quote not in the article, a bad country."""
    from ._countries import country_code
    from ._grounding import locate

    for path, quote in verbatim_fields(draft):
        if locate(quote, article) is None:
            what = "date expression" if path.endswith("date_text") else "text"
            yield (
                f"{path} = {_short(quote)} is not in the article. Copy the {what} exactly as "
                "it is written in the article (same script and spelling), or use null/omit it "
                "if the article does not say it."
            )
    for path, value in country_fields(draft):
        if country_code(value, language=language) is None:
            yield (
                f"{path} = {_short(value)} is not a country. Give the ISO 3166-1 alpha-3 code "
                "(e.g. TUR, IRN, RUS) of the country meant, or null if the article does not "
                "tell or the entity has no ISO code."
            )


def _short(value: Any, limit: int = 120) -> str:
    text = str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


@functools.cache
def instructor_draft() -> type[Draft]:
    """`Draft` with instructor's schema mixin, built once.

    Given a plain model, instructor derives a new class from it on every request; a class
    that already carries the mixin is used as it is, so its schemas are cached.
    """
    import instructor

    class InstructorDraft(Draft, instructor.OpenAISchema):
        """The model's answer for one article."""

    InstructorDraft.__name__ = InstructorDraft.__qualname__ = "Draft"
    return InstructorDraft
