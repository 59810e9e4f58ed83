"""Visitor and host given the wrong way round; a visit that adds no one to an earlier one.

A visitor travelled; a host received them (`data-model.md`, annotation rule 2). A draft
whose visitors all act for the state of the place where the evidence says they met, and
whose hosts all act for another state, has the roles the wrong way round: "김민석
국무총리는 19일 정부서울청사에서 … 팜민찐 베트남 총리와 회담했다" given with the Korean prime
minister as the visitor of the Vietnamese one in Seoul, "استقبل الرئيس التركي … الرئيس
السوري أحمد الشرع في … أنقرة" with Erdoğan as the visitor in Ankara. `reversed_roles` tells
such a visit; the record swaps its visitors and hosts and says so.

Only officials are read so (government, legislature, military): an ambassador or an
international organisation's staff receive visitors of the state they stand in (a Turkish
minister at the Rwandan embassy in Ankara is the visitor, data-model rule 6), and a
company's or a school's people may host at home too. The place must be found in the
article and written in a located evidence sentence, so that it is the place of this
meeting and not one the draft took from elsewhere.
"""

from __future__ import annotations

from visitx.core.models import Codes, Participant, Visit
from visitx.core.textfold import fold
from visitx.core.vocab import Role, Sector, VisitType

__all__ = ["adds_no_one", "reversed_roles", "swapped", "uncoded"]

_OFFICIAL = {Sector.GOVERNMENT, Sector.LEGISLATURE, Sector.MILITARY}


def _officials_of(people: list[Participant]) -> set[str] | None:
    """The countries of `people`, when there are some and each is an official with one."""
    if not people or any(p.country is None or p.sector not in _OFFICIAL for p in people):
        return None
    return {p.country for p in people if p.country is not None}


def reversed_roles(visit: Visit) -> bool:
    """Whether a visit's visitors all act for the state of its place and its hosts all for
    another (see the module docstring)."""
    place = visit.location
    if visit.type != VisitType.VISIT or place is None or place.country is None:
        return False
    if place.name.start is None or not any(
        s.start is not None and place.name.text in s.text for s in visit.evidence
    ):
        return False
    visitors = _officials_of([p for p in visit.participants if p.role == Role.VISITOR])
    hosts = _officials_of([p for p in visit.participants if p.role == Role.HOST])
    return visitors == {place.country} and hosts is not None and place.country not in hosts


def swapped(participants: list[Participant]) -> list[Participant]:
    """The participants with visitors made hosts and hosts visitors."""
    turn = {Role.VISITOR: Role.HOST, Role.HOST: Role.VISITOR}
    return [p.model_copy(update={"role": turn.get(p.role, p.role)}) for p in participants]


def adds_no_one(visit: Visit, earlier: list[Visit]) -> bool:
    """Whether `visit` names no one the article holds beyond the participants of a coded
    `earlier` visit of its day, and some of its participants are not in the article.

    A weak model makes a second visit out of a later sentence about the same meeting, a
    country met in passing given as a visitor ("МИД Сирии" for "Стороны обсудили … ситуацию
    в Сирии", "آمریکا" for "تحریم‌های یکجانبه آمریکا"): the party that is found is the
    first visit's, the one it adds is not found. Such a visit reports no engagement of its
    own. A visit whose participants are all found, or that shares no one with an earlier
    visit, is not read so (a wrongly spelled name of a real visit keeps its codes).
    """
    found = {fold(p.name.text) for p in visit.participants if p.name.start is not None}
    if not found or all(p.name.start is not None for p in visit.participants):
        return False
    day = visit.date.start if visit.date else None
    for other in earlier:
        if not other.codes.cameo:
            continue
        other_day = other.date.start if other.date else None
        named = {fold(p.name.text) for p in other.participants if p.name.start is not None}
        if found <= named and (day is None or other_day is None or day == other_day):
            return True
    return False


def uncoded(visits: list[Visit]) -> list[int]:
    """The indexes of the visits that add no one to an earlier one (`adds_no_one`), their
    codes taken away."""
    dropped = [i for i, v in enumerate(visits) if adds_no_one(v, visits[:i])]
    for i in dropped:
        visits[i].codes = Codes()
    return dropped
