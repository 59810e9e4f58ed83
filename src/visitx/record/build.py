"""Draft to record: spans with offsets, dates, country codes, CAMEO/PLOVER codes, `grounded`.

Everything here is deterministic. A value that cannot be grounded or normalized is kept
and flagged (`match: null`, `grounded: false`, a warning), never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from visitx.core.models import (
    Agreement,
    Article,
    DateValue,
    Participant,
    Place,
    Span,
    Visit,
    VisitStatus,
)
from visitx.places.geo import geocode, is_international
from visitx.record.codes import (
    IN_ARTICLE,
    Uncodable,
    derive_codes,
    named_in_evidence,
    uncodable_warning,
    why_uncodable,
)
from visitx.record.context import evidence_problem, in_paragraphs, locate_within
from visitx.record.demonyms import country_against_article
from visitx.record.draft import Draft, DraftParticipant, DraftPlace, DraftVisit
from visitx.record.innerword import not_written
from visitx.record.names import reads_as_sentence
from visitx.record.repeats import repeated_participants, same_visit
from visitx.record.roles import reversed_roles, swapped, uncoded
from visitx.record.sentences import sentence_problem
from visitx.record.sources import settle_non_parties
from visitx.record.unmet import unsigned_because
from visitx.record.visitchecks import (
    generic_names,
    summary_copy_problem,
    summary_furniture_problem,
    summary_language_problem,
)
from visitx.record.visitdate import cached_parse_date, read_visit_date


@dataclass
class _Builder:
    article: Article
    language: str | None
    bounds: tuple[int, int] | None = None  # the slice the model was shown (strip_boilerplate)
    warnings: list[str] = field(default_factory=list)
    ungrounded: int = 0
    claimed: frozenset[str] = frozenset()  # the date texts of the draft's visits

    def span(
        self, path: str, quote: str, hint: int | None = None, then: str = "", name: bool = False
    ) -> Span:
        """The quote located in the article (a `name` where it names it: `grounding.namehit`);
        else its text alone and a warning ending with `then` (", so the visit has no date")."""
        found = locate_within(quote, self.article.text, self.bounds, hint)
        if found is not None and self.writes(quote, found, name):
            return found
        self.ungrounded += 1
        where = "the article"
        if self.bounds is not None and self.writes(
            quote, locate_within(quote, self.article.text), name
        ):
            where += " the model was shown (only in the comments or page furniture around it)"
        self.warnings.append(f"{path}: {quote[:80]!r} was not found in {where}{then}")
        return Span(text=quote)

    def writes(self, quote: str, found: Span | None, name: bool) -> bool:
        """Whether `found` is the quote as the article writes it (not a common word or a
        list for a name, not another country's longer name: `record.innerword`)."""
        return found is not None and not not_written(quote, found, self.language, name=name)

    def dropped(self, warning: str) -> None:
        """An evidence span dropped as a repeat: said in a warning, and not grounded."""
        self.ungrounded += 1
        self.warnings.append(warning)

    def country(self, path: str, value: str | None) -> str | None:
        from visitx.places.countries import country_code

        if not value:
            return None
        code = country_code(value, language=self.language)
        if code is None:
            self.warnings.append(f"{path}: {value!r} is not a known country; set to null")
        return code

    def visit(self, index: int, draft: DraftVisit) -> Visit:
        where = f"visits[{index}]"
        before = self.ungrounded
        evidence = self.evidence(where, draft.evidence)
        hint = next((s.start for s in evidence if s.start is not None), None)
        repeats = self.repeated(where, draft)
        visit = Visit(
            id=f"{self.article.id.removeprefix('sha256:')[:12]}-{index}",
            type=draft.type,
            status=draft.status,
            summary=draft.summary,
            participants=[
                self.participant(f"{where}.participants[{j}]", p, hint)
                for j, p in enumerate(draft.participants)
                if j not in repeats
            ],
            location=self.place(f"{where}.location", draft.location, hint),
            date=self.date(
                f"{where}.date_text",
                draft.date_text,
                evidence,
                status=draft.status,
            ),
            topics=list(dict.fromkeys(draft.topics)),
            agreements=[
                Agreement(
                    kind=a.kind,
                    text=self.span(f"{where}.agreements[{j}].text", a.text, hint),
                    title_en=a.title_en,
                    parties=a.parties,
                    status=a.status,
                )
                for j, a in enumerate(draft.agreements)
            ],
            follow_ups=draft.follow_ups,
            evidence=evidence,
        )
        if reversed_roles(visit):
            visit.participants = swapped(visit.participants)
            self.warnings.append(f"{where}: the visitors act for the country of the place "
                                 "and the hosts for another; visitor and host swapped")
        reasons = why_uncodable(visit, self.article.text)
        visit.codes = derive_codes(visit, self.article.text, reasons=reasons)
        checked = self.checked(where, draft, visit, reasons)  # may unset a non-party's country
        visit.international = is_international(visit)
        visit.grounded = checked and self.ungrounded == before and bool(evidence)
        return visit

    def day(self, text: str) -> str | None:
        """The single day a date text of the article reads as (for an occurred visit), or
        None: not in the article, a span of days, or unread."""
        span = locate_within(text, self.article.text, self.bounds)
        published = self.article.published
        parsed = span and cached_parse_date(span.text, self.language, published, "past")
        return parsed.start if parsed and parsed.precision == "day" and (
            parsed.start == parsed.end) else None

    def repeated(self, where: str, draft: DraftVisit) -> list[int]:
        """The participants that repeat an earlier one (the same role and name), each
        said in the warnings and left out."""
        repeats = repeated_participants([(p.role, p.name) for p in draft.participants])
        self.warnings.extend(f"{where}.participants[{j}] repeats an earlier one; dropped"
                             for j in repeats)
        return repeats

    def evidence(self, where: str, sentences: list[str]) -> list[Span]:
        """The evidence spans, each once: a repeat, or a part of another span, is dropped,
        and the visit is not grounded (its evidence were not distinct sentences)."""
        kept: dict[int, Span] = {}  # by the index in the draft
        hint: int | None = None
        for j, sentence in enumerate(sentences):
            if any(_same(Span(text=sentence), span) for span in kept.values()):
                self.dropped(f"{where}.evidence[{j}] repeats an earlier one; dropped")
                continue
            span = self.span(f"{where}.evidence[{j}]", sentence, hint)
            if any(_same(span, other) for other in kept.values()):
                self.dropped(f"{where}.evidence[{j}] repeats an earlier one; dropped")
                continue
            for i in [i for i, other in kept.items() if _same(other, span)]:
                # An earlier span inside this one (a part quoted before its sentence).
                del kept[i]
                self.dropped(f"{where}.evidence[{i}] is a part of evidence[{j}]; dropped")
            if hint is None and span.start is not None:
                hint = span.start
            kept[j] = span
        return list(kept.values())

    def checked(
        self, where: str, draft: DraftVisit, visit: Visit, reasons: list[Uncodable]
    ) -> bool:
        """Whether a visit is more than a shell: warnings for what makes it unverifiable.

        (The draft validators ask the model to fix these; a draft that used up its
        re-asks arrives here with them.)
        """
        text = self.article.text
        problems = [
            f"{where}.evidence: {_short(s.text)} is not a sentence ({why})"
            for s in visit.evidence
            if (why := sentence_problem(s.text) or _placed(text, s)) is not None
        ]
        if (why := sentence_problem(draft.summary)) is not None:
            problems.append(f"{where}.summary: {_short(draft.summary)} is not a sentence ({why})")
        elif (why := summary_copy_problem(draft.summary)) is not None:
            problems.append(f"{where}.summary: {_short(draft.summary)} is not a summary ({why})")
        elif (why := summary_furniture_problem(draft.summary, text)) is not None:
            # The visit rests on its evidence: said, and it keeps its codes.
            self.warnings.append(f"{where}.summary: {_short(draft.summary)} is {why}")
        elif (why := summary_language_problem(draft.summary)) is not None:
            # Not English, but a sentence: said, and the visit keeps its codes.
            self.warnings.append(f"{where}.summary: {_short(draft.summary)} is {why}")
        if reasons:
            wording = dict(IN_ARTICLE)
            if generic := [_short(p.name.text) for p in generic_names(visit)]:
                kind = "generic words or sentences" if any(
                    reads_as_sentence(p.name.text) for p in visit.participants
                ) else "generic words"
                wording[Uncodable.PARTICIPANT] += f" (only {kind}: {', '.join(generic)})"
            problems.append(uncodable_warning(where, reasons, wording))
        else:
            self.warnings.extend(settle_non_parties(where, visit, text, self.article.published))
        if not reasons and visit.evidence and not named_in_evidence(visit, text):
            # Coded, but the sentences given do not name anyone of it: said, not dropped.
            self.warnings.append(
                f"{where}: no participant is named in the paragraphs of the visit's evidence"
            )
        for j, agreement in enumerate(visit.agreements):
            year = visit.date.start if visit.date else None
            if agreement.status == "signed" and (
                why := unsigned_because(agreement.text, text, year)
            ):
                self.warnings.append(f"{where}.agreements[{j}]: {why}; no CAMEO 057")
        self.warnings.extend(problems)
        return not problems

    def participant(self, path: str, draft: DraftParticipant, hint: int | None) -> Participant:
        country = self.country(f"{path}.country", draft.country)
        name = self.span(f"{path}.name", draft.name, hint, name=True)
        if against := country_against_article(country, draft, name, self.article):
            self.warnings.append(f"{path}.country: {against}; set to null")
            country = None
        return Participant(
            role=draft.role,
            kind=draft.kind,
            name=name,
            name_en=draft.name_en,
            title=self.span(f"{path}.title", draft.title, hint) if draft.title else None,
            title_en=draft.title_en,
            organization=(
                self.span(f"{path}.organization", draft.organization, hint)
                if draft.organization
                else None
            ),
            organization_en=draft.organization_en,
            country=country,
            sector=draft.sector,
        )

    def place(self, path: str, draft: DraftPlace | None, hint: int | None) -> Place | None:
        if draft is None:
            return None
        place = Place(
            name=self.span(f"{path}.name", draft.name, hint),
            name_en=draft.name_en,
            city=draft.city,
            region=draft.region,
            country=self.country(f"{path}.country", draft.country),
        )
        place.geo = geocode(place)
        return place

    def date(
        self, path: str, text: str | None, evidence: list[Span], *, status: VisitStatus
    ) -> DateValue | None:
        if not text:
            return None
        hint = next((s.start for s in evidence if s.start is not None), None)
        # Never compute a date from text the article does not hold; one warning says both.
        span = self.span(path, text, hint, then=", so the visit has no date")
        if span.start is None:
            return None
        near = in_paragraphs(text, self.article.text, evidence, self.bounds)
        if near is None:  # the publication line, page furniture, another event's date
            self.warnings.append(
                f"{path}: {text[:80]!r} is not in the paragraphs of the visit's evidence, "
                "so the visit has no date"
            )
            return None
        value, warnings = read_visit_date(
            path, text, near, self.article, self.language, evidence, status, self.claimed
        )
        self.warnings += warnings
        return value


def _same(span: Span, other: Span) -> bool:
    """Whether `span` adds nothing to `other`: the same words, or a part of its place."""
    a, b, c, d = span.start, span.end, other.start, other.end
    if a is not None and b is not None and c is not None and d is not None and c <= a and b <= d:
        return True
    return " ".join(span.text.split()).casefold() == " ".join(other.text.split()).casefold()


def _placed(text: str, span: Span) -> str | None:
    """Why a located evidence span is no whole sentence of `text` (`evidence_problem`)."""
    if span.start is None or span.end is None:
        return None
    return evidence_problem(text, span.start, span.end)


def _short(text: str) -> str:
    return repr(text if len(text) <= 80 else text[:79] + "…")


def build_visits(
    draft: Draft, article: Article, *, bounds: tuple[int, int] | None = None
) -> tuple[list[Visit], list[str]]:
    """Turn a draft into the record's visits, with the warnings raised on the way.

    `bounds` is the slice of the article's text the model was shown (`strip_boilerplate`:
    `text.clean.boilerplate_bounds`); a quote found only outside it, in a comments block
    or the page furniture, is not found. A visit that repeats an earlier one of the draft
    (`record.repeats.same_visit`) is dropped, with a warning; the others are numbered
    in the record's order.
    """
    builder = _Builder(article=article, language=article.language or draft.language, bounds=bounds,
                       claimed=frozenset(v.date_text for v in draft.visits if v.date_text))
    repeats = same_visit(draft.visits, builder.day)
    builder.warnings += [
        f"the draft's visits[{later}] repeats its visits[{earlier}]; dropped"
        for later, earlier in repeats.items()
    ]
    kept = [v for i, v in enumerate(draft.visits) if i not in repeats]
    visits = [builder.visit(i, v) for i, v in enumerate(kept)]
    builder.warnings += [
        f"visits[{i}]: it names no one found in the article beyond an earlier visit's "
        "participants; no CAMEO/PLOVER codes" for i in uncoded(visits)
    ]
    return visits, builder.warnings
