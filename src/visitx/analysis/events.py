"""From mentions to events: the same engagement reported by several articles, once.

    >>> evs = events(load_jsonl("results.jsonl"))  # doctest: +SKIP
    >>> [(e.n_sources, e.why) for e in evs]  # doctest: +SKIP

Grouping (see `visitx.analysis.matching`) is deterministic: the same records, in any
order, give the same events, in the same order, with the same ids. A near-copy's record
(`duplicate_of`) is a mention of its own, from its own outlet. Each event keeps its
mentions (article, visit, url, publication date, language, evidence spans) and, for
every field, the value chosen
by one stated rule: the value reported by the most sources; on a tie, the value of the
mention with the most precise date, then the earliest published, then the first visit
id. Every other value seen for a field is listed in `conflicts`, never dropped. A planned
or invited event and the occurred event it announced are linked (`occurred`,
`planned_in`), not merged. The choosing and merging of values is `analysis.consensus`.

Codes are never derived again from the merged values (the articles' texts are not at
hand, and each value comes from another article): an event takes its type and status
from the reports their own records coded, and its codes from the data model's table for
them; an event no report of which is coded has none, and its `warnings` say why. Each
mention carries its report's `grounded`, `coded` and warnings.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from visitx.analysis.consensus import (
    agreements_of,
    choose,
    choose_date,
    choose_place,
    coded,
    first_of,
    participants_of,
    voters,
)
from visitx.analysis.matching import (
    ArticleUnion,
    Item,
    any_agree,
    blocks,
    dates_agree,
    features,
    join_copies,
    match,
    place_agrees,
)
from visitx.core.collector import paused as collector_paused
from visitx.core.models import (
    Agreement,
    Codes,
    DateValue,
    Extraction,
    Participant,
    Place,
    Span,
    Topic,
    Visit,
    VisitStatus,
    VisitType,
)
from visitx.places.geo import is_international
from visitx.record.codes import SIGNED_AGREEMENT, table_codes

__all__ = ["Event", "Mention", "events"]

# A planned visit with no date is linked to an occurrence at most this long after it was reported.
_PLANNED_HORIZON = dt.timedelta(days=366)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Mention(_Model):
    """One article's report of an event: which visit, where and when it was published,
    and how its record judged it."""

    article_id: str
    visit_id: str
    source_id: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    evidence: list[Span] = Field(default_factory=list)
    grounded: bool = Field(default=False, description="the visit's `grounded` in its record")
    coded: bool = Field(
        default=False,
        description="its record coded the visit (or it was cancelled): its values count",
    )
    warnings: list[str] = Field(
        default_factory=list, description="its record's warnings about this visit"
    )


class Event(_Model):
    """One engagement, however many articles report it.

    The visit fields (`type` ... `international`) hold the value chosen by the rule in
    the module docstring; `conflicts` lists, per field, every distinct value the
    mentions gave (the chosen one first); `why` says which fields made the mentions one
    event.
    """

    id: str
    type: VisitType
    status: VisitStatus
    summary: str
    participants: list[Participant] = Field(default_factory=list)
    location: Place | None = None
    date: DateValue | None = None
    topics: list[Topic] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    follow_ups: list[str] = Field(default_factory=list)
    codes: Codes = Field(default_factory=Codes)
    international: bool = False
    mentions: list[Mention] = Field(default_factory=list)
    n_sources: int = 1
    first_reported: str | None = None
    conflicts: dict[str, list[str]] = Field(default_factory=dict)
    why: list[str] = Field(default_factory=list)
    planned_in: list[str] = Field(
        default_factory=list, description="ids of planned/invited events this one fulfilled"
    )
    occurred: str | None = Field(
        default=None, description="for a planned/invited event: the id of the event it became"
    )
    grounded: bool = Field(
        default=False, description="every mention's visit is grounded in its article"
    )
    warnings: list[str] = Field(
        default_factory=list,
        description="what the event's values do not rest on: uncoded or undated reports",
    )

    def as_visit(self) -> Visit:
        """The event as a `Visit` (id = event id, evidence of all mentions): for exports."""
        # The fields were validated when the event was built; no need to do it again.
        return Visit.model_construct(
            id=self.id,
            type=self.type,
            status=self.status,
            summary=self.summary,
            participants=self.participants,
            location=self.location,
            date=self.date,
            topics=self.topics,
            agreements=self.agreements,
            follow_ups=self.follow_ups,
            evidence=[s for m in self.mentions for s in m.evidence],
            codes=self.codes,
            grounded=self.grounded,
            international=self.international,
        )


def _canonical(pair: tuple[Extraction, Visit]) -> tuple[str, ...]:
    """An order of visits that does not depend on the order of the input."""
    ex, visit = pair
    date = visit.date
    return (
        ex.article.id,
        visit.id,
        ex.meta.model or "",
        ex.meta.prompt_version or "",
        visit.summary,
        (date.start or "") if date is not None else "",
        ex.article.published or "",
        ex.article.url or "",
    )


def _source(ex: Extraction) -> str:
    """The outlet: the URL's host name, else the article itself."""
    url = ex.article.url
    if url and "://" in url:
        host = url.partition("://")[2].split("/", 1)[0].rpartition("@")[2].split(":", 1)[0]
        if host:
            return host.casefold().removeprefix("www.")
    return ex.article.id


def _build(members: list[tuple[Item, Extraction]], why: list[str]) -> Event:
    members.sort(
        key=lambda m: (m[1].article.published or "9999", m[0].visit.id, m[1].article.id)
    )
    conflicts: dict[str, list[str]] = {}
    among = voters(members)

    def pick(field: str, key: Callable[[Visit], Any]) -> Visit:
        k = choose(field, members, lambda it, _: key(it.visit), str, conflicts, among)
        return members[k][0].visit

    kind = pick("type", lambda v: v.type.value).type
    status = pick("status", lambda v: v.status.value).status
    k_date = choose_date(members, conflicts, among)
    k_place = choose_place(members, conflicts, among)
    countries = [
        ",".join(sorted({p.country for p in it.visit.participants if p.country})) or "none"
        for it, _ in members
    ]
    if len(set(countries)) > 1:
        conflicts["countries"] = list(dict.fromkeys(countries))
    # The summary and participants come from the mention whose date won: the most
    # precise report of the engagement.
    k_lead = k_date if k_date is not None else first_of(members, among)
    lead = members[k_lead][0].visit
    voting = [members[k] for k in among]
    topics = Counter(t for it, _ in voting for t in it.visit.topics)
    follow_ups = list(dict.fromkeys(f for it, _ in voting for f in it.visit.follow_ups))
    mentions = [_mention(it, ex) for it, ex in members]
    ident = hashlib.sha256(" ".join(sorted(m.visit_id for m in mentions)).encode()).hexdigest()
    published = sorted(m.published for m in mentions if m.published)
    event = Event(
        id=f"ev-{ident[:12]}",
        type=kind,
        status=status,
        summary=lead.summary,
        participants=participants_of(members, k_lead, among),
        location=members[k_place][0].visit.location,
        date=members[k_date][0].visit.date if k_date is not None else None,
        topics=sorted(topics, key=lambda t: (-topics[t], t.value)),
        agreements=agreements_of(members, among),
        follow_ups=follow_ups,
        mentions=mentions,
        n_sources=len({it.source for it, _ in members}),
        first_reported=published[0] if published else None,
        conflicts=conflicts,
        why=why if len(members) > 1 else ["reported once"],
        grounded=all(m.grounded for m in mentions),
        warnings=_warnings(members, mentions, dated=k_date is not None),
    )
    if any(m.coded for m in mentions):
        signed = any(SIGNED_AGREEMENT in it.visit.codes.cameo for it, _ in voting)
        event.codes = table_codes(kind, status, signed=signed)
    event.international = is_international(event.as_visit())
    return event


def _warnings(
    members: list[tuple[Item, Extraction]],
    mentions: list[Mention],
    *,
    dated: bool,
) -> list[str]:
    """What an event's values do not rest on (the mentions' own warnings say why)."""
    out = []
    uncoded = sum(not m.coded for m in mentions)
    if uncoded == len(mentions):
        out.append(
            f"no report of this event is coded ({uncoded} of {len(mentions)}: no participant "
            "named in its article, no evidence sentence of it or no summary sentence; see "
            "the mentions' warnings); no CAMEO/PLOVER codes"
        )
    elif uncoded:
        out.append(
            f"{uncoded} of {len(mentions)} reports are not coded (see the mentions' "
            "warnings); the type, status, codes and other values are the coded reports'"
        )
    # A date text that gave no date: kept without start (unread, after publication) or
    # dropped with a warning (not in the article, nor in the paragraphs of the evidence).
    gave = any(it.visit.date is not None for it, _ in members) or any(
        "date_text" in w or "date text" in w for m in mentions for w in m.warnings
    )
    if not dated and gave:
        out.append(
            "no report the event takes its values from has a date text that reads as a date "
            "(see the mentions' warnings); the event has no date"
        )
    return out


def _mention(it: Item, ex: Extraction) -> Mention:
    return Mention(
        article_id=ex.article.id,
        visit_id=it.visit.id,
        source_id=ex.article.source_id,
        url=ex.article.url,
        published=ex.article.published,
        language=ex.article.language,
        evidence=it.visit.evidence,
        grounded=it.visit.grounded,
        coded=coded(it),
        warnings=ex.warnings_about(it.visit),
    )


def _link_planned(found: list[tuple[Event, Item]]) -> None:
    """Point each planned/invited event at the first occurred event it announced."""
    occurred: dict[frozenset[str], list[tuple[Event, Item]]] = {}
    for ev, it in found:
        if ev.status == VisitStatus.OCCURRED and it.window is not None:
            occurred.setdefault(it.countries, []).append((ev, it))
    for ev, it in found:
        if ev.status not in {VisitStatus.PLANNED, VisitStatus.INVITED} or not it.countries:
            continue
        for target, other in sorted(
            occurred.get(it.countries, []), key=lambda p: p[1].window or ()
        ):
            assert other.window is not None
            if it.window is not None:
                if not dates_agree(it, other):
                    continue
            else:
                reported = dt.date.fromisoformat(ev.first_reported) if ev.first_reported else None
                if reported is None or not (
                    reported <= other.window[0] <= reported + _PLANNED_HORIZON
                ):
                    continue
            if not (any_agree(it.people, other.people) or place_agrees(it, other)):
                continue
            ev.occurred = target.id
            target.planned_in.append(ev.id)
            break


def events(results: Iterable[Extraction], *, international_only: bool = False) -> list[Event]:
    """Group the visits of many articles into events, one per engagement.

    Args:
        results: records, e.g. `load_jsonl("results.jsonl")`; failed ones are skipped.
        international_only: leave out visits that are not international (all
            participants and the place in one country).

    Returns:
        The events, ordered by date (undated last), then id. Every visit is in exactly
        one event; a visit no other article reports is an event with one mention.

    Example:
        >>> events([])
        []
    """
    # Grouping allocates many small objects that all stay alive; the cyclic garbage
    # collector would rescan them again and again (about half the time at 100,000 visits).
    with collector_paused():
        return _events(results, international_only=international_only)


def _events(results: Iterable[Extraction], *, international_only: bool) -> list[Event]:
    pairs = [
        (ex, v)
        for ex in results
        if ex.error is None
        for v in ex.visits
        if v.international or not international_only
    ]
    # Grouping joins visits greedily and never two of one article, so the order in which
    # pairs are tried decides close calls: fix it by content, not by input order.
    pairs.sort(key=_canonical)
    sources = {id(ex): _source(ex) for ex, _ in pairs}
    items = [features(i, ex.article.id, sources[id(ex)], v) for i, (ex, v) in enumerate(pairs)]
    union = ArticleUnion(items)
    join_copies(pairs, union)
    grouped = blocks(items)
    for key in sorted(grouped, key=lambda k: (k[0], sorted(k[1]), k[2])):
        members = grouped[key]
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                a, b = members[x], members[y]
                if union.find(a.index) == union.find(b.index):
                    continue
                why = match(a, b)
                if why is not None:
                    union.join(a.index, b.index, why)
    clusters: dict[int, list[int]] = {}
    for it in items:
        clusters.setdefault(union.find(it.index), []).append(it.index)
    found: list[tuple[Event, Item]] = []
    for root, indices in clusters.items():
        group = [(items[i], pairs[i][0]) for i in indices]
        event = _build(group, list(union.why.get(root, [])))
        found.append((event, items[indices[0]]))
    _link_planned(found)
    out = [ev for ev, _ in found]
    out.sort(key=lambda e: ((e.date.start if e.date and e.date.start else "9999"), e.id))
    return out
