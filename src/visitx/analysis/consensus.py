"""Which value an event keeps when its mentions differ (`analysis.events`), and the conflicts.

The rule: the value reported by the most sources (outlets); on a tie, the value of the
mention with the most precise date, then the earliest published, then the first visit
id. Every other value seen is listed in the event's `conflicts`. Participants and
agreements are merged instead: the chosen mention's, then those only others name.

Only reports that their own record coded vote (`coded`, the record's codes derived with
its article's text): a report with no one named in its article, no evidence sentence
of it or no summary sentence (`record.codes.why_uncodable`) has a type, a status and
values that rest on nothing its article says. Its values are still listed in
`conflicts`. An event none of whose reports is coded takes its values from all of them
and gets no codes. A date is chosen only among reports whose date reads as a period
(a start); a date text that gives no date is the value "none".
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from visitx.analysis.matching import Item, names_agree
from visitx.core.models import Agreement, Extraction, Participant, VisitStatus
from visitx.record.codes import why_uncodable

__all__ = [
    "agreements_of",
    "choose",
    "choose_date",
    "choose_place",
    "coded",
    "first_of",
    "participants_of",
    "voters",
]

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def choose(
    field: str,
    members: list[tuple[Item, Extraction]],
    value: Callable[[Item, Extraction], Hashable],
    shown: Callable[[Hashable], str],
    conflicts: dict[str, list[str]],
    among: Sequence[int] | None = None,
) -> int:
    """The index (in `members`) of the mention whose value of `field` wins, among the
    indices `among` (all when None; not empty); records the conflicts (every value any
    mention gave, the winner first, each as `shown` writes it)."""
    pool = range(len(members)) if among is None else among
    sources: dict[Hashable, set[str]] = {}
    for k in pool:
        item, ex = members[k]
        sources.setdefault(value(item, ex), set()).add(item.source)

    def rank(k: int) -> tuple[int, int, str, str]:
        item, ex = members[k]
        return (-len(sources[value(item, ex)]), *_tie_rank(k, members))

    best = min(pool, key=rank)
    winner = value(*members[best])
    seen = {value(item, ex) for item, ex in members}
    if len(seen) > 1:
        ordered = [winner, *sorted((v for v in seen if v != winner), key=shown)]
        conflicts[field] = [shown(v) for v in ordered]
    return best


def _tie_rank(k: int, members: list[tuple[Item, Extraction]]) -> tuple[int, str, str]:
    item, ex = members[k]
    return (
        _PRECISION_RANK.get(item.precision, 3),
        ex.article.published or "9999",
        item.visit.id,
    )


def first_of(members: list[tuple[Item, Extraction]], among: Sequence[int]) -> int:
    """The mention of `among` that ties are broken towards: the most precise date, then
    the earliest published, then the first visit id."""
    return min(among, key=lambda k: _tie_rank(k, members))


def coded(item: Item) -> bool:
    """Whether the report's own record coded its visit (`record.codes.derive_codes`, with
    its article's text). A cancelled visit has no codes by the table, and is no less a
    report for it when it would be codable: someone named in the article, an evidence
    sentence and a summary sentence (`record.codes.why_uncodable`)."""
    visit = item.visit
    if visit.status == VisitStatus.CANCELLED:
        return not why_uncodable(visit)
    return bool(visit.codes.cameo)


def voters(members: list[tuple[Item, Extraction]]) -> list[int]:
    """The mentions whose values count: the coded ones, or all when none is."""
    pool = [k for k, (item, _) in enumerate(members) if coded(item)]
    return pool or list(range(len(members)))


def _date_key(item: Item, _: Extraction) -> Hashable:
    d = item.visit.date
    return (d.start, d.end, d.precision) if d is not None and d.start else None


def _date_shown(key: Hashable) -> str:
    if not isinstance(key, tuple):
        return "none"
    start, end, precision = key
    return f"{start}..{end} ({precision})" if end != start else f"{start} ({precision})"


def _place_key(item: Item, _: Extraction) -> Hashable:
    place = item.visit.location
    if place is None:
        return None
    if place.geo is not None:
        return f"geonames:{place.geo.geonames_id}:{place.geo.name}"
    return place.city or place.name_en or place.name.text


def _place_shown(key: Hashable) -> str:
    text = str(key) if key is not None else "none"
    return text.split(":", 2)[2] if text.startswith("geonames:") else text


def choose_date(
    members: list[tuple[Item, Extraction]], conflicts: dict[str, list[str]], among: Sequence[int]
) -> int | None:
    """`choose` for the date, among the mentions of `among` whose date has a start: start,
    end and precision must all agree. None when none of them has one."""
    dated = [k for k in among if _date_key(*members[k]) is not None]
    if dated:
        return choose("date", members, _date_key, _date_shown, conflicts, dated)
    if any(_date_key(*m) is not None for m in members):
        choose("date", members, _date_key, _date_shown, conflicts, among)  # "none" first
    return None


def choose_place(
    members: list[tuple[Item, Extraction]], conflicts: dict[str, list[str]], among: Sequence[int]
) -> int:
    """`choose` for the place: the GeoNames place, else the city or name as given."""
    return choose("location", members, _place_key, _place_shown, conflicts, among)


def participants_of(
    members: list[tuple[Item, Extraction]], first: int, among: Sequence[int]
) -> list[Participant]:
    """The chosen mention's participants, then anyone the others of `among` name that it
    does not."""
    chosen = list(members[first][0].visit.participants)
    forms = list(members[first][0].names)
    for k in among:
        item = members[k][0]
        if k == first:
            continue
        for p, f in zip(item.visit.participants, item.names, strict=True):
            if not any(names_agree(f, g) for g in forms):
                chosen.append(p)
                forms.append(f)
    return chosen


def agreements_of(
    members: list[tuple[Item, Extraction]], among: Sequence[int]
) -> list[Agreement]:
    """The agreements of the mentions of `among`, one per kind and title (the first
    report's)."""
    agreements: dict[tuple[str, str], Agreement] = {}
    for it, _ in (members[k] for k in among):
        for a in it.visit.agreements:
            agreements.setdefault((a.kind.value, (a.title_en or a.text.text).casefold()), a)
    return list(agreements.values())
