"""Adversarial drafts for real articles, as hypothesis strategies (tests/record/test_draft_*).

A `Case` is an article and the JSON a weak model might send for it, with a label for every
generated value saying what the value is *known* to be (the oracles of the properties):

- ``person``: a person's name as the article writes it, picked by hand (`draft_facts`);
- ``ref``: a hand-checked evidence sentence or date text of the article's reference draft;
- ``absent``: not in the article, whatever the normalization (letters of `_ODD`, or a date
  with a number the article does not hold: `locate` needs the same digit runs);
- ``noone``: no name (the README's list: "-", "A", "the", "delegation" ..., empty, numbers);
- ``junk``: not a sentence (fewer than 12 letters), ``bad``: a summary the README refuses;
- ``code``/``name``: a country's ISO code or English name, with its hand-checked code;
  ``nonc``: no country; ``lower``: an ISO code in lower case;
- ``exact``/``variant``/``noise``: a piece of the article, one with case, space, accents or
  one letter changed, and random text: nothing is known of them but the invariants.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

from visitx.core.models import Article
from visitx.core.vocab import (
    AgreementKind,
    AgreementStatus,
    Kind,
    Role,
    Sector,
    Topic,
    VisitStatus,
    VisitType,
)

from draft_facts import (
    ABSENT_DATES,
    BAD_SUMMARIES,
    CODES,
    GOOD_SUMMARIES,
    JUNK,
    LANGUAGES,
    NAMES,
    NO_ONE,
    NOT_COUNTRIES,
    RELATIVE,
    SOURCES,
    Source,
    crude_fold,
    digit_runs,
)

_ODD = "qxzjvk"  # letters no word of the articles holds four or five of in a row
_BOUNDS = {"name": 160, "phrase": 300, "sentence": 1000, "short": 100, "code": 60}


@dataclass
class Labels:
    """What the generated values of one visit are known to be (see the module docstring)."""

    mode: str = "clean"  # clean, fault (one field bad) or garbage (every field)
    faults: set[str] = field(default_factory=set)  # the fields of FAULTS drawn bad
    evidence: list[str] = field(default_factory=list)
    summary: str = ""
    names: list[str] = field(default_factory=list)
    date: str | None = None
    countries: list[tuple[str, str]] = field(default_factory=list)  # participants'
    place_country: tuple[str, str] | None = None


@dataclass
class Case:
    source: Source
    article: Article
    draft: dict[str, Any]
    labels: list[Labels]

    def __repr__(self) -> str:  # what a failing example shows: not the article's text twice
        return (f"Case(source={self.source.stem!r}, language={self.article.language!r}, "
                f"draft={json.dumps(self.draft, ensure_ascii=False)}, labels={self.labels!r})")

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # hypothesis's printer
        printer.text(repr(self))


# -- strings -------------------------------------------------------------------------------


@functools.cache
def _variants() -> st.SearchStrategy[Any]:
    def strip_marks(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

    return st.sampled_from([
        str.upper, str.lower, str.casefold, str.title, str.swapcase, strip_marks,
        lambda s: unicodedata.normalize("NFD", s),
        lambda s: s.replace(" ", "  "), lambda s: s.replace(" ", "\u00a0"),
        lambda s: f"  {s}\n", lambda s: s.rstrip(".") if s.endswith(".") else s + ".",
        lambda s: s.replace(" ", " \u200c", 1), lambda s: s.replace("'", "’"),
        lambda s: s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")),
    ])  # fmt: skip


@st.composite
def _typo(draw: st.DrawFn, s: str) -> str:
    """`s` with one letter replaced by another letter (a model's slip)."""
    spots = [i for i, c in enumerate(s) if c.isalpha()]
    if not spots:
        return s
    i = draw(st.sampled_from(spots))
    return s[:i] + draw(st.sampled_from("aeiourlnst")) + s[i + 1 :]


@functools.cache
def _pieces(src: Source) -> st.SearchStrategy[str]:
    """Exact pieces of the article: sentences, runs of words, arbitrary slices."""
    n = len(src.text)
    slices = st.tuples(st.integers(0, n - 1), st.integers(1, 120)).map(
        lambda t: src.text[t[0] : t[0] + t[1]]
    )
    runs = st.tuples(st.integers(0, len(src.words) - 1), st.integers(1, 8)).map(
        lambda t: " ".join(src.words[t[0] : t[0] + t[1]])
    )
    return st.one_of(st.sampled_from(src.sentences), runs, slices)


@functools.cache
def _absent_word(src: Source) -> st.SearchStrategy[str]:
    return st.text(_ODD, min_size=5, max_size=9).map(str.capitalize).filter(
        lambda w: crude_fold(w) not in src.folded
    )


@st.composite
def _absent(draw: st.DrawFn, src: Source) -> str:
    """A string not in the article: a name, or a sentence with invented words."""
    words = draw(st.lists(_absent_word(src), min_size=1, max_size=2))
    if draw(st.booleans()):
        return " ".join(words)
    return f"The minister of {words[0]} visited {words[-1]} and signed an agreement there."


@functools.cache
def quotes(src: Source, *, ref: tuple[str, ...] = ()) -> st.SearchStrategy[tuple[str, str]]:
    """(label, string) for a verbatim field: every kind of quote a weak model sends."""
    options = [
        _pieces(src).map(lambda s: ("exact", s)),
        st.tuples(_pieces(src), _variants()).map(lambda t: ("variant", t[1](t[0]))),
        _pieces(src).flatmap(_typo).map(lambda s: ("variant", s)),
        _absent(src).map(lambda s: ("absent", s)),
        st.sampled_from(JUNK).map(lambda s: ("junk", s)),
        st.text(max_size=30).map(lambda s: ("noise", s)),
    ]
    if ref:
        options.insert(0, st.sampled_from(ref).map(lambda s: ("ref", s)))
    return st.one_of(options)


@functools.cache
def _names(src: Source) -> st.SearchStrategy[tuple[str, str]]:
    return st.one_of(
        st.sampled_from(src.persons).map(lambda s: ("person", s)),
        st.sampled_from(NO_ONE).map(lambda s: ("noone", s)),
        st.sampled_from(src.persons).flatmap(_variant_of).map(lambda s: ("variant", s)),
        quotes(src),
    )


def _variant_of(s: str) -> st.SearchStrategy[str]:
    return st.one_of(_variants().map(lambda f: f(s)), _typo(s))


@functools.cache
def _dates(src: Source) -> st.SearchStrategy[tuple[str | None, str | None]]:
    ref = sorted({text for text, _ in src.dates})
    absent = [d for d in ABSENT_DATES if not digit_runs(d) <= src.numbers]
    numbers = sorted(src.numbers)
    options = [
        st.just((None, None)),
        st.just(("", "")),
        st.sampled_from(absent).map(lambda s: ("absent", s)),
        st.sampled_from(RELATIVE).map(lambda s: ("noise", s)),
        quotes(src).map(lambda t: ("noise", t[1][:100])),
    ]
    if numbers:
        options.append(st.sampled_from(numbers).map(lambda s: ("exact", s)))
    if ref:
        options.append(st.sampled_from(ref).map(lambda s: ("ref", s)))
        options.append(st.sampled_from(ref).flatmap(_variant_of).map(lambda s: ("refvar", s)))
        in_context = st.sampled_from(ref).flatmap(lambda s: _in_context(src, s))
        options.append(in_context.map(lambda s: ("refvar", s)))
        options.append(in_context.flatmap(_typo).map(lambda s: ("refvar", s)))
    return st.one_of(options)


@st.composite
def _in_context(draw: st.DrawFn, src: Source, date_text: str) -> str:
    """A date text with up to two words of the article before and after it (no numbers)."""
    at = src.text.find(date_text)
    before = src.text[:at].split()[-2:]
    after = src.text[at + len(date_text) :].split()[:2]
    a, b = draw(st.integers(0, len(before))), draw(st.integers(0, len(after)))
    words = [*before[len(before) - a :], date_text, *after[:b]]
    return " ".join(w for w in words if w == date_text or not any(c.isdigit() for c in w))


@functools.cache
def _countries() -> st.SearchStrategy[tuple[str, str | None]]:
    return st.one_of(
        st.just(("none", None)),
        st.sampled_from(CODES).map(lambda s: ("code", s)),
        st.sampled_from(sorted(NAMES)).map(lambda s: ("name", s)),
        st.sampled_from(CODES).map(lambda s: ("lower", s.lower())),
        st.sampled_from(NOT_COUNTRIES).map(lambda s: ("nonc", s)),
        st.text(max_size=8).map(lambda s: ("noise", s)),
    )


def _cut(value: str | None, bound: str) -> str | None:
    return None if value is None else value[: _BOUNDS[bound]]


# -- drafts --------------------------------------------------------------------------------
# Each visit is clean (hand-checked parts of the reference draft), has one fault, or is
# garbage in every field. Types, statuses, roles, kinds, sectors, topics, English
# renderings and follow-ups are random in all three.
FAULTS = ("evidence", "summary", "names", "date", "country", "place", "title", "agreement")


@functools.cache
def _good_names(src: Source) -> st.SearchStrategy[tuple[str, str]]:
    return st.sampled_from(src.persons).map(lambda s: ("person", s))


@functools.cache
def _good_countries() -> st.SearchStrategy[tuple[str, str | None]]:
    return st.one_of(
        st.just(("none", None)),
        st.sampled_from(CODES).map(lambda s: ("code", s)),
        st.sampled_from(sorted(NAMES)).map(lambda s: ("name", s)),
    )


@st.composite
def _participant(draw: st.DrawFn, src: Source, labels: Labels, *, bad: set[str],
                 name: tuple[str, str] | None = None) -> dict[str, Any]:  # fmt: skip
    kind, text = name or draw(_names(src) if "names" in bad else _good_names(src))
    labels.names.append(kind)
    country_kind, country = draw(_countries() if "country" in bad else _good_countries())
    labels.countries.append((country_kind, country or ""))
    optional = st.none() | quotes(src).map(lambda t: t[1]) if "title" in bad else st.none()
    person: dict[str, Any] = {
        "role": draw(st.sampled_from(Role)),
        "kind": draw(st.sampled_from(Kind)),
        "name": _cut(text, "name"),
        "title": _cut(draw(optional), "phrase"),
        "organization": _cut(draw(optional), "phrase"),
        "country": _cut(country, "code"),
        "sector": draw(st.none() | st.sampled_from(Sector)),
    }
    if draw(st.booleans()):  # English renderings, anything goes
        person |= {"name_en": draw(st.text(max_size=20)), "title_en": "Minister"}
    if draw(st.booleans()):
        person["confidence"] = 0.4  # a key the schema does not have: ignored
    return person


@st.composite
def _part(draw: st.DrawFn, sentence: str) -> str:
    """Three or more words of `sentence`, in a row (a part a weak model quotes as well)."""
    words = sentence.split()
    if len(words) < 4:
        return sentence
    start = draw(st.integers(0, len(words) - 3))
    return " ".join(words[start : draw(st.integers(start + 3, len(words)))])


@st.composite
def _evidence(draw: st.DrawFn, src: Source, bad: set[str]) -> list[tuple[str, str]]:
    ref = st.sampled_from(src.evidence)
    if "garbage" in bad:
        evidence = draw(st.lists(quotes(src, ref=src.evidence), min_size=1, max_size=3))
    else:
        evidence = [("ref", s) for s in draw(st.lists(ref, min_size=1, max_size=2, unique=True))]
    if "evidence" in bad or "garbage" in bad:
        at = draw(st.integers(0, len(evidence)))
        some = evidence[draw(st.integers(0, len(evidence) - 1))]
        extra = draw(st.one_of(
            st.just(some),  # a repeat, as weak models do
            _part(some[1]).map(lambda s: ("part", s)),
            quotes(src, ref=src.evidence),
        ))  # fmt: skip
        evidence.insert(at, extra)
    return evidence[:3]


@st.composite
def _visit(draw: st.DrawFn, src: Source, kind: tuple[VisitType, VisitStatus], *,
           person: bool) -> tuple[dict[str, Any], Labels]:  # fmt: skip
    mode = draw(st.sampled_from(("clean", "fault", "garbage")))
    labels = Labels(mode=mode)
    bad = set(FAULTS) | {"garbage"} if mode == "garbage" else set()
    if mode == "fault":
        bad.add(draw(st.sampled_from(FAULTS)))
    labels.faults = bad
    evidence = draw(_evidence(src, bad))
    labels.evidence = [kind for kind, _ in evidence]
    good_summary = st.sampled_from(GOOD_SUMMARIES).map(lambda s: ("good", s))
    bad_summary = st.sampled_from(BAD_SUMMARIES).map(lambda s: ("bad", s)) | quotes(src)
    labels.summary, summary = draw(bad_summary if "summary" in bad else good_summary)
    people = [draw(_participant(src, labels, bad=bad)) for _ in range(draw(st.integers(0, 3)))]
    if person or not bad & {"names", "garbage"}:
        at = draw(st.integers(0, len(people)))
        one = Labels()
        people.insert(at, draw(_participant(src, one, bad=bad, name=draw(_good_names(src)))))
        labels.names.insert(at, one.names[0])
        labels.countries.insert(at, one.countries[0])
    # One name as visitor and as host contradicts itself (no codes, a re-ask:
    # `record.names.visitor_and_host`); every mode gives a name one side, its first one.
    sides: dict[str, str] = {}
    for p in people:
        if p["role"] in (Role.VISITOR, Role.HOST):
            p["role"] = sides.setdefault(" ".join(p["name"].casefold().split()), p["role"])
    good_dates = st.just((None, None)) | st.sampled_from(sorted(src.dates)).map(
        lambda key: ("ref", key[0])
    ) if src.dates else st.just((None, None))
    labels.date, date_text = draw(_dates(src) if "date" in bad else good_dates)
    visit: dict[str, Any] = {
        "evidence": [_cut(text, "sentence") for _, text in evidence],
        "type": kind[0],
        "status": kind[1],
        "summary": _cut(summary, "phrase"),
        "participants": people,
        "date_text": _cut(date_text, "short"),
        "topics": draw(st.lists(st.sampled_from(Topic), max_size=6)),
        "follow_ups": draw(st.lists(st.text(max_size=40), max_size=2)),
    }
    if draw(st.booleans()):
        country_kind, country = draw(_countries() if "country" in bad else _good_countries())
        labels.place_country = (country_kind, country or "")
        name = draw(quotes(src))[1] if "place" in bad else draw(st.sampled_from(src.words))
        visit["location"] = {
            "name": _cut(name, "name"),
            "city": draw(st.none() | st.text(max_size=12)),
            "country": _cut(country, "code"),
        }
    text = quotes(src, ref=src.evidence) if "agreement" in bad else st.sampled_from(
        src.evidence).map(lambda s: ("ref", s))  # fmt: skip
    visit["agreements"] = [
        {
            "kind": draw(st.sampled_from(AgreementKind)),
            "text": _cut(draw(text)[1], "sentence"),
            "parties": [draw(_names(src))[1][:160] for _ in range(draw(st.integers(0, 2)))],
            "status": draw(st.sampled_from(AgreementStatus)),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    return visit, labels


@st.composite
def cases(draw: st.DrawFn, *, person: bool = False, source: Source | None = None) -> Case:
    """An article (`source`, or any) and a draft for it; with `person`, every visit names a
    hand-picked person."""
    src = source or draw(st.sampled_from(SOURCES))
    article = Article(
        id=Article.id_for(src.text),
        text=src.text,
        language=draw(st.sampled_from([src.language, src.language, None])),
        published=src.published,
        source_id=src.stem,
    )
    # Each visit of a draft has its own type and status: a visit repeated word for word is
    # dropped from the record (tests/record/test_draft_checks.py), and these properties
    # pair each visit of the record with its draft's.
    kinds = draw(st.lists(st.tuples(st.sampled_from(VisitType), st.sampled_from(VisitStatus)),
                          min_size=1, max_size=3, unique=True))  # fmt: skip
    pairs = [draw(_visit(src, kind, person=person)) for kind in kinds]
    draft = {"language": draw(st.sampled_from(LANGUAGES)), "visits": [v for v, _ in pairs]}
    if draw(st.booleans()):
        draft["reasoning"] = "a key the schema does not have: ignored"
    return Case(source=src, article=article, draft=draft, labels=[lab for _, lab in pairs])
