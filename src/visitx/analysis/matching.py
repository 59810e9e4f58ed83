"""Which visits are the same engagement: features, blocking, and the pairwise rule.

Visits are put in blocks by (status class, set of participant countries, month) and only
visits in one block are compared, so grouping stays near-linear; a visit is in the blocks
of the months its window touches when widened by the day of slack the rule allows, so
31 May and 1 June meet. Two visits match when
their date windows are compatible (a month-precision date matches any day inside it; day
dates may differ by one day), they come from different articles, and a person or the
place matches across scripts (English renderings and an `anyascii` transliteration,
compared with `rapidfuzz`). Two visits whose named visiting persons all differ are
different delegations, even in the same city.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from visitx.core.models import Extraction, Kind, Role, Visit, VisitStatus

__all__ = [
    "join_copies",
    "ArticleUnion",
    "Item",
    "any_agree",
    "blocks",
    "dates_agree",
    "features",
    "match",
    "name_forms",
    "names_agree",
    "period",
    "place_agrees",
]

# Fuzzy name threshold (rapidfuzz token_sort_ratio, 0-100) on transliterated names.
NAME_THRESHOLD = 88
# Day-precision dates this many days apart still match ("yesterday" vs. the day itself).
DAY_SLACK = 1
# A range spanning more months than this is not put in every month's block (a window is
# widened by a day on each side first, which may add a month at each end).
_MAX_BLOCK_MONTHS = 5


@lru_cache(maxsize=65536)
def _latin(text: str) -> str:
    from anyascii import anyascii

    from visitx.places.geo import normalize_place_name

    return " ".join(normalize_place_name(anyascii(text)).split())


@lru_cache(maxsize=1 << 18)
def name_forms(*texts: str | None) -> frozenset[str]:
    """The transliterated, normalized forms of a name's renderings (empty ones dropped)."""
    forms = {_latin(t) for t in texts if t}
    forms.discard("")
    return frozenset(forms)


@dataclass
class Item:
    """One visit with what matching needs, precomputed once."""

    index: int
    article: str
    source: str
    visit: Visit
    status: str
    countries: frozenset[str]
    window: tuple[dt.date, dt.date] | None
    precision: str | None
    names: list[frozenset[str]] = field(default_factory=list)  # per participant
    people: list[frozenset[str]] = field(default_factory=list)
    visitors: list[frozenset[str]] = field(default_factory=list)
    orgs: list[frozenset[str]] = field(default_factory=list)
    place: frozenset[str] = frozenset()
    geonames_id: int | None = None


def status_class(status: VisitStatus) -> str:
    """Planned and invited visits are one class; occurred and cancelled are their own."""
    if status in {VisitStatus.PLANNED, VisitStatus.INVITED}:
        return "planned"
    return status.value


def period(visit: Visit) -> tuple[dt.date, dt.date] | None:
    """The visit's Gregorian date window, or None when it has none."""
    d = visit.date
    if d is None or not d.start:
        return None
    try:
        start = dt.date.fromisoformat(d.start)
        end = dt.date.fromisoformat(d.end) if d.end else start
    except ValueError:
        return None
    return (start, end) if end >= start else (end, start)


def features(index: int, article: str, source: str, visit: Visit) -> Item:
    """The matching features of one visit (`source`: the outlet, for counting sources)."""
    item = Item(
        index=index,
        article=article,
        source=source,
        visit=visit,
        status=status_class(visit.status),
        countries=frozenset(p.country for p in visit.participants if p.country),
        window=period(visit),
        precision=visit.date.precision if visit.date is not None else None,
    )
    for p in visit.participants:
        forms = name_forms(p.name_en, p.name.text)
        item.names.append(forms)
        if p.kind == Kind.PERSON:
            item.people.append(forms)
            if p.role == Role.VISITOR:
                item.visitors.append(forms)
        else:
            item.orgs.append(forms)
        if p.organization is not None or p.organization_en:
            org = name_forms(p.organization_en, p.organization.text if p.organization else None)
            item.orgs.append(org)
    place = visit.location
    if place is not None:
        item.place = name_forms(place.city, place.name_en, place.name.text)
        item.geonames_id = place.geo.geonames_id if place.geo is not None else None
    return item


def _months(window: tuple[dt.date, dt.date]) -> Iterator[str]:
    start, end = window
    y, m = start.year, start.month
    for _ in range(_MAX_BLOCK_MONTHS):
        yield f"{y:04d}-{m:02d}"
        if (y, m) >= (end.year, end.month):
            return
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def blocks(items: Iterable[Item]) -> dict[tuple[str, frozenset[str], str], list[Item]]:
    """Items by (status class, participant countries, month); undated items are left out.

    An item goes in the block of every month its window, widened by `DAY_SLACK` days on
    each side, touches: 31 May and 1 June may be one visit, so both are in May's block
    and in June's.
    """
    out: dict[tuple[str, frozenset[str], str], list[Item]] = {}
    slack = dt.timedelta(days=DAY_SLACK)
    for item in items:
        if item.window is None or item.precision == "year":
            continue  # no window narrow enough to tell one engagement from another
        start, end = item.window
        try:
            widened = (start - slack, end + slack)
        except OverflowError:  # 1 January of year 1 or 31 December 9999
            widened = item.window
        for month in _months(widened):
            out.setdefault((item.status, item.countries, month), []).append(item)
    return out


def names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names (as sets of transliterated forms) are the same name."""
    if not a or not b:
        return False
    if a & b:
        return True
    from rapidfuzz import fuzz

    return any(fuzz.token_sort_ratio(x, y) >= NAME_THRESHOLD for x in a for y in b)


def any_agree(xs: list[frozenset[str]], ys: list[frozenset[str]]) -> bool:
    return any(names_agree(x, y) for x in xs for y in ys)


def dates_agree(a: Item, b: Item) -> bool:
    """Compatible windows: they overlap, allowing `DAY_SLACK` days between day dates."""
    if a.window is None or b.window is None:
        return False
    slack = dt.timedelta(days=DAY_SLACK)
    return a.window[0] <= b.window[1] + slack and b.window[0] <= a.window[1] + slack


def place_agrees(a: Item, b: Item) -> bool:
    """The same GeoNames city, or the same place name across scripts."""
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    return names_agree(a.place, b.place)


def match(a: Item, b: Item) -> list[str] | None:
    """Why two visits are the same engagement (the fields that matched), or None."""
    if a.article == b.article or a.status != b.status or a.countries != b.countries:
        return None
    if not dates_agree(a, b):
        return None
    if a.visitors and b.visitors and not any_agree(a.visitors, b.visitors):
        return None  # both name who travelled, and nobody is the same: another delegation
    why = [f"status {a.status}", "countries " + ("/".join(sorted(a.countries)) or "unknown")]
    why.append("date windows overlap")
    people = any_agree(a.people, b.people)
    place = place_agrees(a, b)
    orgs = any_agree(a.orgs, b.orgs)
    if not (people or place or orgs):
        return None
    if people:
        why.append("a person matches")
    if orgs:
        why.append("an organization matches")
    if place:
        why.append("the place matches")
    return why


class ArticleUnion:
    """Union-find over visit indices that refuses to join two visits of one article."""

    def __init__(self, items: list[Item]) -> None:
        self.parent = list(range(len(items)))
        self.articles = [{it.article} for it in items]
        self.why: dict[int, list[str]] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, why: list[str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.articles[ra] & self.articles[rb]:
            return
        ra, rb = min(ra, rb), max(ra, rb)
        self.parent[rb] = ra
        self.articles[ra] |= self.articles[rb]
        reasons = self.why.setdefault(ra, [])
        for r in [*why, *self.why.pop(rb, [])]:
            if r not in reasons:
                reasons.append(r)


def join_copies(pairs: list[tuple[Extraction, Visit]], union: ArticleUnion) -> None:
    """Join each near-copy's visits to the visits of the article it copies.

    A copy's record (`duplicate_of`) holds the extracted article's visits, in their
    order, re-grounded in the copy: the same report from another outlet, whatever its
    date (undated visits are otherwise never merged).
    """
    position: dict[tuple[str, int], int] = {}
    for i, (ex, visit) in enumerate(pairs):
        position[(ex.article.id, index_of(ex, visit))] = i
    for i, (ex, visit) in enumerate(pairs):
        if ex.duplicate_of is None:
            continue
        j = position.get((ex.duplicate_of, index_of(ex, visit)))
        if j is not None:
            union.join(j, i, [f"a near-copy of {ex.duplicate_of}"])


def index_of(ex: Extraction, visit: Visit) -> int:
    """The visit's position in its record (by identity: visits may be equal)."""
    return next(k for k, v in enumerate(ex.visits) if v is visit)
