"""Events across a month's end, and the same events whatever the order of the records."""

from __future__ import annotations

import itertools

from visitx import events
from visitx.core.models import (
    Article,
    DateValue,
    Extraction,
    Kind,
    Participant,
    Place,
    Role,
    Span,
    Visit,
    VisitStatus,
    VisitType,
)

PEOPLE = {  # name -> (country, kind)
    "Hakan Fidan": ("TUR", Kind.PERSON),
    "Bakhtiyor Saidov": ("UZB", Kind.PERSON),
    "Abdulla Aripov": ("UZB", Kind.PERSON),
    "Shavkat Mirziyoyev": ("UZB", Kind.PERSON),
    "Turkish Ministry of Trade": ("TUR", Kind.ORGANIZATION),
    "Turkish Ministry of Energy": ("TUR", Kind.ORGANIZATION),
}


def person(name: str, role: Role) -> Participant:
    country, kind = PEOPLE[name]
    return Participant(role=role, kind=kind, name=Span(text=name), name_en=name, country=country)


def visit(ident: str, day: str, city: str, visitors: list[str], hosts: list[str]) -> Visit:
    return Visit(
        id=ident,
        type=VisitType.VISIT,
        status=VisitStatus.OCCURRED,
        summary=f"A Turkish delegation in {city}.",
        participants=[person(n, Role.VISITOR) for n in visitors]
        + [person(n, Role.HOST) for n in hosts],
        location=Place(name=Span(text=city), city=city, country="UZB"),
        date=DateValue(start=day, end=day, precision="day"),
    )


def record(name: str, *visits: Visit) -> Extraction:
    text = f"Report {name}, edition 3."  # edition 3: the ids of A, B, C sort A < B < C
    return Extraction(
        article=Article(id=Article.id_for(text), text=text, source_id=name), visits=list(visits)
    )


def groups(found: list[object]) -> set[frozenset[str]]:
    return {frozenset(m.visit_id for m in ev.mentions) for ev in found}  # type: ignore[attr-defined]


# -- a month's end -------------------------------------------------------------------------


def test_31_may_and_1_june_are_one_event() -> None:
    """The same visit reported on 31 May and on 1 June (a day apart) is one event."""
    may = record("may", visit("may-1", "2024-05-31", "Tashkent", ["Hakan Fidan"], []))
    june = record("june", visit("june-1", "2024-06-01", "Tashkent", ["Hakan Fidan"], []))
    assert groups(events([may, june])) == {frozenset({"may-1", "june-1"})}


def test_31_december_and_1_january_are_one_event() -> None:
    """Across a year's end too."""
    dec = record("dec", visit("dec-1", "2024-12-31", "Tashkent", ["Hakan Fidan"], []))
    jan = record("jan", visit("jan-1", "2025-01-01", "Tashkent", ["Hakan Fidan"], []))
    assert groups(events([dec, jan])) == {frozenset({"dec-1", "jan-1"})}


def test_30_may_and_1_june_stay_apart() -> None:
    """Two days apart is more than the rule's one day of slack: two events."""
    may = record("may", visit("may-1", "2024-05-30", "Tashkent", ["Hakan Fidan"], []))
    june = record("june", visit("june-1", "2024-06-01", "Tashkent", ["Hakan Fidan"], []))
    assert groups(events([may, june])) == {frozenset({"may-1"}), frozenset({"june-1"})}


# -- any order -------------------------------------------------------------------------------

# A1 and B1 name the same people; C1 shares A1's city only, C2 shares B1's city only; C1
# and C2 are one article, so they can never be one event. Tried in the order A, B, C: A1
# takes B1 and C1, and C2 is left alone. Tried C, A, B (before the fix), C1 took A1 and C2
# took B1 – two different events. Grouping now tries visits in the order of their article
# ids, which for these texts is A < B < C (checked below), so every order gives A's answer.
A = record("A", visit("a-1", "2024-03-10", "Tashkent", ["Hakan Fidan"], ["Bakhtiyor Saidov"]))
B = record("B", visit("b-1", "2024-03-10", "Samarkand", ["Hakan Fidan"], ["Bakhtiyor Saidov"]))
C = record(
    "C",
    visit("c-1", "2024-03-10", "Tashkent", [], ["Abdulla Aripov", "Turkish Ministry of Trade"]),
    visit(
        "c-2", "2024-03-10", "Samarkand", [], ["Shavkat Mirziyoyev", "Turkish Ministry of Energy"]
    ),
)
EXPECTED = {frozenset({"a-1", "b-1", "c-1"}), frozenset({"c-2"})}


def test_the_article_ids_sort_a_b_c() -> None:
    """The premise of the order tests: the three article ids sort A < B < C."""
    assert sorted([C, B, A], key=lambda r: r.article.id) == [A, B, C]


def test_every_order_gives_the_same_groups() -> None:
    """All six orders of A, B, C: {A1, B1, C1} and {C2}, as worked out by hand above."""
    for order in itertools.permutations([A, B, C]):
        assert groups(events(list(order))) == EXPECTED, [r.article.source_id for r in order]


def test_every_order_gives_the_same_ids_and_reasons() -> None:
    """Event ids, their order and the `why` of each are the same for every order."""
    first = [(ev.id, ev.why) for ev in events([A, B, C])]
    for order in itertools.permutations([A, B, C]):
        assert [(ev.id, ev.why) for ev in events(list(order))] == first


def test_order_does_not_matter_with_many_records() -> None:
    """Six shuffles of nine records (the cases above and three month-end pairs) agree."""
    import random

    ends = [
        record(f"m{n}", visit(f"m{n}-1", f"2024-0{n}-31", "Tashkent", ["Hakan Fidan"], []))
        for n in (3, 5, 7)
    ]
    starts = [
        record(f"n{n}", visit(f"n{n}-1", f"2024-0{n + 1}-01", "Tashkent", ["Hakan Fidan"], []))
        for n in (3, 5, 7)
    ]
    # Month-end pairs name only Fidan (TUR), so they never meet A, B, C (TUR and UZB).
    expected = EXPECTED | {frozenset({f"m{n}-1", f"n{n}-1"}) for n in (3, 5, 7)}
    everything = [A, B, C, *ends, *starts]
    rng = random.Random(19)
    for _ in range(6):
        rng.shuffle(everything)
        assert groups(events(everything)) == expected
