"""Drafts that cannot fake a visit (issue 22), as properties over generated drafts.

Hypothesis writes the drafts a weak model might send for real articles (the five seeds and
eight written ones; see `draft_cases`): exact quotes, quotes with case, space, accents or a
letter changed, strings that are not in the article, empty strings, numbers, repeated
evidence, dates in many forms, country codes and names valid and not, every role, kind,
type and status, keys the schema ignores. Each draft goes the way of a draft that used up
its re-asks: validated for shape, then `build_visits`, into an `Extraction`. The oracles
are the promises of the README and the data model, and the hand-checked labels of
`draft_cases`; never the builder's own output.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterator
from typing import Any

import jsonschema
import pycountry
from hypothesis import given

from visitx.core.models import Codes, Extraction, Meta, Span, Visit
from visitx.record.build import build_visits
from visitx.record.draft import Draft, DraftVisit, find_problems

from draft_cases import Case, cases
from draft_facts import NAMES, PROPS, spans_of, table_codes

ISO3 = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}


def _build(case: Case) -> tuple[Draft, Extraction]:
    draft = Draft.model_validate(case.draft)  # outside checked_against: shape only
    visits, warnings = build_visits(draft, case.article)
    return draft, Extraction(article=case.article, visits=visits, meta=Meta(warnings=warnings))


def _first_of_each(draft: DraftVisit) -> list[int]:
    """The indexes of the draft's participants that are the first of their role and name
    (case and spacing aside): the README drops a participant given again, with a warning."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for i, person in enumerate(draft.participants):
        key = (person.role, " ".join(person.name.casefold().split()))
        if key not in seen:
            kept.append(i)
        seen.add(key)
    return kept


def _pairs(draft: DraftVisit, visit: Visit) -> Iterator[tuple[str, Span]]:
    """(the model's string, its span) for every verbatim value but the evidence."""
    people = [draft.participants[i] for i in _first_of_each(draft)]
    for person, p in zip(people, visit.participants, strict=True):
        yield person.name, p.name
        if person.title:
            assert p.title is not None
            yield person.title, p.title
        if person.organization:
            assert p.organization is not None
            yield person.organization, p.organization
    if draft.location is not None:
        assert visit.location is not None
        yield draft.location.name, visit.location.name
    if visit.date is not None:
        assert draft.date_text is not None
        assert visit.date.text is not None
        yield draft.date_text, visit.date.text
    for agreement, a in zip(draft.agreements, visit.agreements, strict=True):
        yield agreement.text, a.text


def _trimmed(s: str) -> str:
    """`s` without white space and invisible format characters at its ends."""
    edge = [c.isspace() or unicodedata.category(c) == "Cf" for c in s]
    i = next((k for k, e in enumerate(edge) if not e), len(s))
    j = len(s) - next((k for k, e in enumerate(reversed(edge)) if not e), len(s))
    return s[i:j] if i < j else ""


def _letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


@functools.cache
def _schema() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(Extraction.model_json_schema(mode="serialization"))


# -- spans ----------------------------------------------------------------------------------


@PROPS
@given(cases())
def test_every_span_is_the_article_at_its_offsets_or_unplaced(case: Case) -> None:
    """A span with `match` is `text[start:end]`, not edged by space; one without has no offsets."""
    _, record = _build(case)
    text = record.article.text
    for visit in record.visits:
        for span in spans_of(visit):
            if span.match is None:
                assert (span.start, span.end) == (None, None)
                continue
            assert span.start is not None
            assert span.end is not None
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
            assert span.text == span.text.strip()


@PROPS
@given(cases())
def test_an_unplaced_span_keeps_the_models_string_and_an_exact_one_is_it(case: Case) -> None:
    """Unplaced: the model's string as given; `exact`: the model's string, ends trimmed."""
    draft, record = _build(case)
    for draft_visit, visit in zip(draft.visits, record.visits, strict=True):
        pairs = [*_pairs(draft_visit, visit)]
        pairs += [(next(q for q in draft_visit.evidence if _fits(q, s)), s) for s in visit.evidence]
        for quote, span in pairs:
            assert _fits(quote, span), (quote, span)


def _fits(quote: str, span: Span) -> bool:
    if span.match is None:
        return span.text == quote
    if span.match == "exact":
        return span.text == _trimmed(quote)
    return True


# -- codes ----------------------------------------------------------------------------------


@PROPS
@given(cases())
def test_codes_follow_the_table_and_need_a_participant_found_in_the_article(case: Case) -> None:
    """Codes only with a participant found in the article, and then the data model's table."""
    _, record = _build(case)
    for visit, labels in zip(record.visits, case.labels, strict=True):
        if visit.codes == Codes():
            continue
        assert visit.codes == table_codes(visit)
        assert any(p.name.match is not None and _letters(p.name.text) for p in visit.participants)
        assert not all(kind in ("absent", "noone") for kind in labels.names)


@PROPS
@given(cases(person=True))
def test_a_hand_picked_person_earns_the_codes_of_thetable_codes(case: Case) -> None:
    """A person named as the article writes them, a reference evidence sentence and a good
    summary earn the table's codes; a refused summary or no evidence of the article, none."""
    _, record = _build(case)
    for visit, labels in zip(record.visits, case.labels, strict=True):
        if "ref" in labels.evidence and labels.summary == "good":
            assert visit.codes == table_codes(visit)
        elif labels.summary == "bad" or all(k in ("absent", "junk") for k in labels.evidence):
            assert visit.codes == Codes()
        else:
            assert visit.codes in (table_codes(visit), Codes())


# -- dates ----------------------------------------------------------------------------------


@PROPS
@given(cases())
def test_a_date_is_computed_only_from_date_text_in_the_article(case: Case) -> None:
    """A `date` has a located text; a text not in the article gives null and a warning."""
    draft, record = _build(case)
    warnings = "\n".join(record.meta.warnings)
    for i, (visit, labels) in enumerate(zip(record.visits, case.labels, strict=True)):
        date, text = visit.date, draft.visits[i].date_text
        if not text:
            assert date is None
        if labels.date == "absent":
            assert date is None
            (said,) = [w for w in warnings.splitlines() if w.startswith(f"visits[{i}].date_text")]
            assert said.startswith(f"visits[{i}].date_text: {text[:80]!r} was not found in")
            assert said.endswith(", so the visit has no date")
        if date is None:
            continue
        assert date.text is not None
        assert date.text.match is not None
        if date.start is None:
            assert (date.end, date.precision) == (None, None)
            continue
        assert date.end is not None
        assert dt.date.fromisoformat(date.start) <= dt.date.fromisoformat(date.end)
        assert date.precision is not None


@PROPS
@given(cases())
def test_a_hand_checked_date_text_gives_its_period_or_nothing(case: Case) -> None:
    """A reference date text, as written, changed or in its words, is its period or None."""
    draft, record = _build(case)
    if case.article.language is None:  # the pipeline always sets it; the period needs it
        return
    for i, (visit, labels) in enumerate(zip(record.visits, case.labels, strict=True)):
        if labels.date not in ("ref", "refvar") or visit.date is None:
            continue
        assert visit.date.text is not None
        upcoming = visit.status in ("planned", "invited")
        found = visit.date.text.text  # the article's characters: they hold one reference date
        periods = [p for (t, up), p in case.source.dates.items() if t in found and up == upcoming]
        if len(periods) != 1 or visit.date.start is None:
            continue
        expected = periods[0]
        got = (visit.date.start, visit.date.end, visit.date.precision, visit.date.calendar)
        assert got == expected, (draft.visits[i].date_text, visit.date.text.text)


# -- evidence, summary, grounded --------------------------------------------------------------


@PROPS
@given(cases())
def test_evidence_is_distinct_and_each_drop_is_told(case: Case) -> None:
    """Kept evidence differ in words and place; each dropped repeat has its warning."""
    draft, record = _build(case)
    for i, visit in enumerate(record.visits):
        kept = visit.evidence
        given_ = draft.visits[i].evidence
        dropped = sum(w.startswith(f"visits[{i}].evidence[") and w.endswith("; dropped")
                      for w in record.meta.warnings)  # fmt: skip
        assert len(kept) + dropped == len(given_)
        assert kept
        if len({" ".join(q.split()).casefold() for q in given_}) < len(given_):
            assert dropped
        for a in range(len(kept)):
            for b in range(a + 1, len(kept)):
                x, y = kept[a], kept[b]
                assert " ".join(x.text.split()).casefold() != " ".join(y.text.split()).casefold()
                if x.start is not None and y.start is not None:
                    assert x.end is not None
                    assert y.end is not None
                    assert not (x.start <= y.start and y.end <= x.end), (x, y)
                    assert not (y.start <= x.start and x.end <= y.end), (x, y)


@PROPS
@given(cases())
def test_a_grounded_visit_has_found_sentences_a_summary_and_a_named_participant(
    case: Case,
) -> None:
    """`grounded` means every value found, sentences of 12 letters or more, a participant found."""
    _, record = _build(case)
    for visit in record.visits:
        if not visit.grounded:
            continue
        assert all(span.match is not None for span in spans_of(visit))
        assert visit.evidence
        assert all(_letters(s.text) >= 12 for s in visit.evidence)
        assert _letters(visit.summary) >= 12
        assert any(p.name.match is not None for p in visit.participants)
        assert visit.codes == table_codes(visit)


@PROPS
@given(cases())
def test_known_bad_values_leave_the_visit_ungrounded_and_say_why(case: Case) -> None:
    """Evidence not in the article or no sentence, a refused summary: not grounded, a warning."""
    _, record = _build(case)
    for i, (visit, labels) in enumerate(zip(record.visits, case.labels, strict=True)):
        bad = (
            "absent" in labels.evidence
            or labels.evidence[0] == "junk"  # the first is never dropped as a repeat
            or labels.summary in ("bad", "junk")
            or all(kind in ("absent", "noone") for kind in labels.names)
        )
        if bad:
            assert not visit.grounded
        if not visit.grounded:
            assert any(w.startswith(f"visits[{i}]") for w in record.meta.warnings)


@PROPS
@given(cases())
def test_a_visit_of_hand_checked_parts_is_grounded_and_coded(case: Case) -> None:
    """Reference evidence, a person named as written, a sentence as summary: grounded, coded."""
    _, record = _build(case)
    for visit, labels in zip(record.visits, case.labels, strict=True):
        if labels.mode == "clean":
            assert visit.grounded
            assert visit.codes == table_codes(visit)


@PROPS
@given(cases())
def test_a_draft_the_checks_accept_builds_grounded_coded_visits(case: Case) -> None:
    """No re-ask needed (no problem found) means every visit is grounded and coded by the table."""
    draft, record = _build(case)
    if list(find_problems(draft, case.article.text, language=draft.language)):
        return
    for visit in record.visits:
        assert visit.grounded
        assert visit.codes == table_codes(visit)


# -- countries ------------------------------------------------------------------------------


@PROPS
@given(cases())
def test_countries_are_iso_codes_or_none_and_known_ones_are_right(case: Case) -> None:
    """Every country is ISO alpha-3 (or XKX) or None; hand-checked codes and names are exact,
    or null with a warning that the article gives the participant another country (the
    README: a demonym in its name, title or the words before its name)."""
    draft, record = _build(case)
    against = {w.split(": ")[0] for w in record.meta.warnings if "is none of the countries" in w}
    for n, (visit, labels, dv) in enumerate(zip(record.visits, case.labels, draft.visits,
                                                 strict=True)):
        kept = _first_of_each(dv)
        places = [(p.country, labels.countries[j], f"visits[{n}].participants[{j}].country")
                  for p, j in zip(visit.participants, kept, strict=True)]
        if visit.location is not None:
            assert labels.place_country is not None
            places.append((visit.location.country, labels.place_country, ""))
        for got, (kind, value), path in places:
            assert got is None or got in ISO3
            expected = {"code": value, "name": NAMES.get(value), "nonc": None, "none": None}
            if kind in expected:
                assert got == expected[kind] or (got is None and path in against), (kind, value)
            if kind == "lower":
                assert got in (None, value.upper())


@PROPS
@given(cases())
def test_international_follows_the_participants_countries(case: Case) -> None:
    """Two countries, or one and a place in another: international; else not."""
    _, record = _build(case)
    for visit in record.visits:
        countries = {p.country for p in visit.participants if p.country}
        where = visit.location.country if visit.location is not None else None
        if len(countries) > 1:
            assert visit.international
        elif not countries or where in (None, *countries):
            assert not visit.international
        else:  # one country, the place in another
            assert visit.international


# -- the record as data -----------------------------------------------------------------------


@PROPS
@given(cases())
def test_the_record_round_trips_and_fits_its_json_schema(case: Case) -> None:
    """JSON out and back gives the same record; the JSON fits `Extraction`'s JSON schema."""
    _, record = _build(case)
    data: Any = record.model_dump(mode="json")
    _schema().validate(data)
    assert Extraction.model_validate_json(record.model_dump_json()) == record
    assert all(v.id == f"{record.article.id[7:19]}-{n}" for n, v in enumerate(record.visits))


@PROPS
@given(cases())
def test_no_value_is_dropped_silently(case: Case) -> None:
    """Participants, agreements and the place are kept, flagged when not found."""
    draft, record = _build(case)
    for n, (draft_visit, visit) in enumerate(zip(draft.visits, record.visits, strict=True)):
        kept = _first_of_each(draft_visit)
        assert len(visit.participants) == len(kept)
        for j in set(range(len(draft_visit.participants))) - set(kept):
            assert f"visits[{n}].participants[{j}] repeats an earlier one; dropped" in (
                record.meta.warnings
            )
        assert len(visit.agreements) == len(draft_visit.agreements)
        assert (visit.location is None) == (draft_visit.location is None)


def test_the_schema_asks_every_visit_for_its_parties_and_date_text() -> None:
    # A grammar-held model writes only required keys (Gemma-3-270M and SmolLM2-135M on
    # llama.cpp never named a participant while `participants` was optional).
    schema = Draft.model_json_schema()
    assert schema["$defs"]["DraftVisit"]["required"] == [
        "evidence", "type", "status", "summary", "participants", "date_text"
    ]
    # Drafts without the keys (cached before) still validate, with nobody and no date.
    old = DraftVisit.model_validate(
        {"evidence": ["Ministers met in Ankara."], "type": "visit", "status": "occurred",
         "summary": "Ministers met in Ankara."}
    )
    assert old.participants == []
    assert old.date_text is None
