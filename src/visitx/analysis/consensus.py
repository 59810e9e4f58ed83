"""Which value an event keeps when its mentions differ (`analysis.events`), and the conflicts.

The rule: the value reported by the most sources (outlets); on a tie, the value of the
mention with the most precise date, then the earliest published, then the first visit
id. Every other value seen is listed in the event's `conflicts`. Participants and
agreements are merged instead: the chosen mention's, then those only others name.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from visitx.analysis.matching import Item, names_agree
from visitx.core.models import Agreement, Extraction, Participant

__all__ = ["agreements_of", "choose", "choose_date", "choose_place", "participants_of"]

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def choose(
    field: str,
    members: list[tuple[Item, Extraction]],
    value: Callable[[Item, Extraction], Hashable],
    shown: Callable[[Hashable], str],
    conflicts: dict[str, list[str]],
) -> int:
    """The index (in `members`) of the mention whose value of `field` wins; records the
    conflicts (every value seen, the winner first, each as `shown` writes it)."""
    sources: dict[Hashable, set[str]] = {}
    for item, ex in members:
        sources.setdefault(value(item, ex), set()).add(item.source)

    def rank(k: int) -> tuple[int, int, str, str]:
        item, ex = members[k]
        return (
            -len(sources[value(item, ex)]),
            _PRECISION_RANK.get(item.precision, 3),
            ex.article.published or "9999",
            item.visit.id,
        )

    best = min(range(len(members)), key=rank)
    if len(sources) > 1:
        winner = value(*members[best])
        ordered = [winner, *sorted((v for v in sources if v != winner), key=shown)]
        conflicts[field] = [shown(v) for v in ordered]
    return best


def _date_key(item: Item, _: Extraction) -> Hashable:
    d = item.visit.date
    return (d.start, d.end, d.precision) if d is not None else None


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


def choose_date(members: list[tuple[Item, Extraction]], conflicts: dict[str, list[str]]) -> int:
    """`choose` for the date: start, end and precision must all agree."""
    return choose("date", members, _date_key, _date_shown, conflicts)


def choose_place(members: list[tuple[Item, Extraction]], conflicts: dict[str, list[str]]) -> int:
    """`choose` for the place: the GeoNames place, else the city or name as given."""
    return choose("location", members, _place_key, _place_shown, conflicts)


def participants_of(members: list[tuple[Item, Extraction]], first: int) -> list[Participant]:
    """The chosen mention's participants, then anyone the others name that it does not."""
    chosen = list(members[first][0].visit.participants)
    forms = list(members[first][0].names)
    for k, (item, _) in enumerate(members):
        if k == first:
            continue
        for p, f in zip(item.visit.participants, item.names, strict=True):
            if not any(names_agree(f, g) for g in forms):
                chosen.append(p)
                forms.append(f)
    return chosen


def agreements_of(members: list[tuple[Item, Extraction]]) -> list[Agreement]:
    """The agreements of all mentions, one per kind and title (the first report's)."""
    agreements: dict[tuple[str, str], Agreement] = {}
    for it, _ in members:
        for a in it.visit.agreements:
            agreements.setdefault((a.kind.value, (a.title_en or a.text.text).casefold()), a)
    return list(agreements.values())
