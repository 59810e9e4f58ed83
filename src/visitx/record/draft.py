"""The draft: what the model fills, as instructor's `response_model`.

Every string that quotes the article is a plain `str`, copied verbatim. The model never
computes offsets, Gregorian dates or codes. Field order puts `language` first and, in
each visit, `evidence` first, so the model quotes before it classifies.

The validators check a draft against the article only inside `checked_against(article)`
(a context variable, so each thread and asyncio task has its own); parsed outside it, a
draft is checked for shape alone. That is how a draft that used up its re-asks is still
turned into a flagged record.

Every list and every quoted string has an upper bound in the schema. A server that
enforces the schema as a grammar (llama.cpp) then cannot let a weak model fill a list
until the token limit; the bounds are generous for real articles.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from visitx.core.models import (
    AgreementKind,
    AgreementStatus,
    Kind,
    Role,
    Sector,
    Topic,
    VisitStatus,
    VisitType,
)
from visitx.core.textfold import fold
from visitx.record.names import is_name_like, visitor_and_host
from visitx.record.sentences import sentence_problem

_SCHEMAS: dict[tuple[Any, ...], dict[str, Any]] = {}
_ARTICLE: ContextVar[str | None] = ContextVar("visitx_article", default=None)
VERBATIM = "Copied verbatim from the article, in its original script and spelling."

# Bounds of the schema (see the module docstring).
# (The longest values of the 34 reference drafts: evidence 349 characters, summary 252,
# a name 78, a title 86, a date 28; 4 visits, 4 participants, 3 evidence sentences.)
Name = Annotated[str, StringConstraints(max_length=160)]
Phrase = Annotated[str, StringConstraints(max_length=300)]
Sentence = Annotated[str, StringConstraints(max_length=1000)]
Short = Annotated[str, StringConstraints(max_length=100)]
Code = Annotated[str, StringConstraints(max_length=60)]
MAX_VISITS = 12
MAX_PARTICIPANTS = 10
MAX_EVIDENCE = 3
MAX_AGREEMENTS = 6
MAX_TOPICS = 6
MAX_FOLLOW_UPS = 4


@contextlib.contextmanager
def checked_against(article: str) -> Iterator[None]:
    """Inside this block, validating a `Draft` also checks it against `article`."""
    token = _ARTICLE.set(article)
    try:
        yield
    finally:
        _ARTICLE.reset(token)


class _Draft(BaseModel):
    # Models add keys now and then; ignoring them is kinder than a re-ask.
    model_config = ConfigDict(extra="ignore", defer_build=True)


class DraftParticipant(_Draft):
    role: Role = Field(
        description="visitor = travelled; host = received; participant = neither side "
        "travelled or the article cannot tell."
    )
    kind: Kind = Field(description="person, organization, or group (e.g. 'business people').")
    name: Name = Field(description=f"Name of the person, organization or group. {VERBATIM}")
    name_en: Name | None = Field(default=None, description="English / Latin-script rendering.")
    title: Phrase | None = Field(default=None, description=f"Office or title. {VERBATIM}")
    title_en: Phrase | None = Field(default=None, description="The title in English.")
    organization: Phrase | None = Field(
        default=None, description=f"Organisation the participant represents. {VERBATIM}"
    )
    organization_en: Phrase | None = Field(
        default=None, description="The organisation in English."
    )
    country: Code | None = Field(
        default=None,
        description="ISO 3166-1 alpha-3 code of the country the participant represents "
        "(not where they stand); null if the article does not tell.",
    )
    sector: Sector | None = None


class DraftPlace(_Draft):
    name: Name = Field(description=f"The place as named in the article. {VERBATIM}")
    name_en: Name | None = None
    city: Short | None = Field(default=None, description="City, in English.")
    region: Short | None = Field(default=None, description="Province/region, in English.")
    country: Code | None = Field(default=None, description="ISO 3166-1 alpha-3 code.")


class DraftAgreement(_Draft):
    kind: AgreementKind
    text: Sentence = Field(description=f"The mention of the agreement. {VERBATIM}")
    title_en: Phrase | None = None
    parties: list[Name] = Field(
        default_factory=list,
        max_length=MAX_PARTICIPANTS,
        description="Names of the parties as given in participants.",
    )
    status: AgreementStatus


def _ask_for_parties(schema: dict[str, Any]) -> None:
    """Ask for `participants` and `date_text` in every visit (`[]` and null still allowed):
    a model held to the schema by a grammar (llama.cpp) writes only the required keys, so
    small models never named a party. Drafts without them still validate (cached ones)."""
    schema["required"] = [*schema.get("required", []), "participants", "date_text"]


class DraftVisit(_Draft):
    model_config = ConfigDict(json_schema_extra=_ask_for_parties)

    evidence: list[Sentence] = Field(
        min_length=1,
        max_length=MAX_EVIDENCE,
        description=f"One or more whole sentences that report this engagement. {VERBATIM}",
    )
    type: VisitType = Field(
        description="visit = one side travelled to the other; third_location = both met "
        "elsewhere; multilateral = a meeting of more than two sides; remote = call or video."
    )
    status: VisitStatus
    summary: Phrase = Field(description="One English sentence: who met whom, where, when.")
    participants: list[DraftParticipant] = Field(
        default_factory=list, max_length=MAX_PARTICIPANTS
    )
    location: DraftPlace | None = None

    @field_validator("location", mode="before")
    @classmethod
    def _a_name_alone(cls, value: Any) -> Any:
        # Weak models give the place as a plain string ("location": "Colombo"): that is
        # its name, checked against the article like any other, not a reason to re-ask
        # (and a blank one names no place).
        if isinstance(value, str):
            return {"name": value} if value.strip() else None
        return value

    date_text: Short | None = Field(
        default=None,
        description=f"The date expression of this engagement, or null. {VERBATIM} Never "
        "compute or convert a date.",
    )
    topics: list[Topic] = Field(default_factory=list, max_length=MAX_TOPICS)
    agreements: list[DraftAgreement] = Field(default_factory=list, max_length=MAX_AGREEMENTS)
    follow_ups: list[Phrase] = Field(
        default_factory=list,
        max_length=MAX_FOLLOW_UPS,
        description="Planned next steps stated in the article, in English.",
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

    language: Annotated[str, StringConstraints(max_length=12)] = Field(
        description="ISO 639-1 code of the article's language."
    )
    visits: list[DraftVisit] = Field(
        default_factory=list,
        max_length=MAX_VISITS,
        description="One entry per distinct engagement; [] when the article reports none.",
    )

    @model_validator(mode="after")
    def _check_against_article(self) -> Draft:
        article = _ARTICLE.get()
        if article is None:
            return self
        problems = list(find_problems(self, article, language=self.language))
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
    """One message per value the model can fix.

    A quote not in the article, a bad country, an evidence string that is not a sentence
    or repeats another (or is a part of a later one), a summary that is not an English
    sentence (too short, one word repeated, JSON, another language), a visit without a
    participant or whose participants are only generic words ("the", "delegation",
    "officials"; see `visitx.record.names`), one person as visitor and host, a country
    against the participant's own demonym (`visitx.record.demonyms`); and, where the
    article is needed (`visitx.record.visitchecks`), evidence that is a heading, a
    caption or a piece of a sentence, participants named only in the page furniture, a
    visit given as occurred whose evidence says it did not happen, a signed agreement
    whose sentence says it was not, a date text outside the paragraphs of the visit's
    evidence, and a visit given twice.
    """
    from visitx.grounding.locate import locate
    from visitx.places.countries import country_code
    from visitx.record.demonyms import demonym_problems
    from visitx.record.innerword import not_written
    from visitx.record.repeats import same_visit
    from visitx.record.visitchecks import placed_problems

    for path, quote in verbatim_fields(draft):
        found = locate(quote, article)
        if found is None or not_written(quote, found, language, name=path.endswith("].name")):
            what = "date expression" if path.endswith("date_text") else "text"
            yield (
                f"{path} = {short(quote)} is not in the article. Copy the {what} exactly as "
                "it is written in the article (same script and spelling), or use null/omit it "
                "if the article does not say it."
            )
    for path, value in country_fields(draft):
        if country_code(value, language=language) is None:
            yield (
                f"{path} = {short(value)} is not a country. Give the ISO 3166-1 alpha-3 code "
                "(e.g. TUR, IRN, RUS) of the country meant, or null if the article does not "
                "tell or the entity has no ISO code."
            )
    for i, visit in enumerate(draft.visits):
        yield from visit_problems(f"visits[{i}]", visit)
        yield from placed_problems(f"visits[{i}]", visit, article)
        yield from demonym_problems(f"visits[{i}]", visit, language, article)
    for later, earlier in same_visit(draft.visits).items():
        yield (
            f"visits[{later}] repeats visits[{earlier}] (the same participants, evidence and "
            "date). Give each engagement once."
        )


def visit_problems(where: str, visit: DraftVisit) -> Iterator[str]:
    """What makes a visit unverifiable, whatever the article: see `find_problems`."""
    from visitx.record.visitchecks import summary_copy_problem, summary_language_problem

    seen: dict[str, int] = {}
    for j, sentence in enumerate(visit.evidence):
        key = " ".join(fold(sentence).split())  # case, spaces, zero-width characters
        earlier = next((i for k, i in seen.items() if key and key in k), None)
        if earlier is not None:
            yield (
                f"{where}.evidence[{j}] repeats evidence[{earlier}]. Give each sentence "
                "once; one sentence is enough."
            )
            continue
        part = next((i for k, i in seen.items() if k and k in key), None)
        if part is not None:
            yield (
                f"{where}.evidence[{part}] is a part of evidence[{j}]. Give each sentence "
                "once, whole; one sentence is enough."
            )
        seen[key] = j
        problem = sentence_problem(sentence)
        if problem is not None:
            yield (
                f"{where}.evidence[{j}] = {short(sentence)} is not a sentence ({problem}). "
                "Copy one or more whole sentences of the article that report this engagement."
            )
    summary = (
        sentence_problem(visit.summary)
        or summary_copy_problem(visit.summary)
        or summary_language_problem(visit.summary)
    )
    if summary is not None:
        yield (
            f"{where}.summary = {short(visit.summary)} is not a summary ({summary}). Write "
            "one English sentence: who met whom, where, when."
        )
    if both := visitor_and_host((p.role, p.name) for p in visit.participants):
        yield (
            f"{where}: {short(both[0])} is both a visitor and a host. The visitor travelled "
            "and the host received them: give each participant once, in the role the "
            "article gives them."
        )
    named = [p.name for p in visit.participants if any(c.isalpha() for c in p.name)]
    if not named:
        yield (
            f"{where} has no participants. Name who travelled and who received them (a "
            "person, organisation or group, copied from the article), or leave the visit "
            "out if the article does not report one."
        )
    elif not any(is_name_like(name) for name in named):
        yield (
            f"{where} names no one: the participants {', '.join(map(short, named))} are "
            "only generic words (a role, a group, an article) or a sentence. Give each "
            "participant's name as the article writes it (a person, an organisation, a "
            "country's delegation), or leave the visit out if the article names no one."
        )


def short(value: Any, limit: int = 120) -> str:
    """`value` quoted for a message, cut to `limit` characters."""
    text = str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


@functools.cache
def draft_schema_json() -> str:
    """The draft's JSON schema as sorted JSON (part of the draft cache key)."""
    return json.dumps(Draft.model_json_schema(), sort_keys=True)
