"""Exports for analysts: a pandas table, PLOVER-style events and CAMEO dyads.

`to_frame` has one row per visit, plus one row per failed article (with `error` set and
empty visit columns) so that failures stay visible in the table; articles that report no
visit have no row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._errors import ConfigurationError
from ._models import Extraction, Participant, Visit

if TYPE_CHECKING:
    import pandas as pd

FRAME_COLUMNS = [
    "article_id",
    "source_id",
    "url",
    "published",
    "language",
    "visit_id",
    "type",
    "status",
    "summary",
    "date_start",
    "date_end",
    "date_precision",
    "date_calendar",
    "visitor_names",
    "visitor_countries",
    "host_names",
    "host_countries",
    "participant_names",
    "participant_countries",
    "location",
    "location_country",
    "topics",
    "agreement_kinds",
    "cameo",
    "grounded",
    "error",
]


def _names(people: list[Participant]) -> list[str]:
    return [p.name_en or p.name.text for p in people]


def _countries(people: list[Participant]) -> list[str]:
    return sorted({p.country for p in people if p.country})


def _by_role(visit: Visit, role: str) -> list[Participant]:
    return [p for p in visit.participants if p.role == role]


def visit_row(result: Extraction, visit: Visit | None) -> dict[str, Any]:
    """One flat row (the columns of `to_frame`) for a visit, or for a failed article."""
    article = result.article
    row: dict[str, Any] = dict.fromkeys(FRAME_COLUMNS)
    row.update(
        article_id=article.id,
        source_id=article.source_id,
        url=article.url,
        published=article.published,
        language=article.language,
        error=f"{result.error.type}: {result.error.message}" if result.error else None,
    )
    if visit is None:
        return row
    visitors, hosts = _by_role(visit, "visitor"), _by_role(visit, "host")
    others = _by_role(visit, "participant")
    date, place = visit.date, visit.location
    row.update(
        visit_id=visit.id,
        type=visit.type.value,
        status=visit.status.value,
        summary=visit.summary,
        date_start=date.start if date else None,
        date_end=date.end if date else None,
        date_precision=date.precision if date else None,
        date_calendar=date.calendar if date else None,
        visitor_names=_names(visitors),
        visitor_countries=_countries(visitors),
        host_names=_names(hosts),
        host_countries=_countries(hosts),
        participant_names=_names(others),
        participant_countries=_countries(others),
        location=(place.name_en or place.city or place.name.text) if place else None,
        location_country=place.country if place else None,
        topics=[t.value for t in visit.topics],
        agreement_kinds=[a.kind.value for a in visit.agreements],
        cameo=list(visit.codes.cameo),
        grounded=visit.grounded,
    )
    return row


def to_frame(extractions: Iterable[Extraction]) -> pd.DataFrame:
    """A pandas DataFrame with one row per visit (and one per failed article).

    List-valued columns (`*_names`, `*_countries`, `topics`, `agreement_kinds`, `cameo`)
    hold Python lists; `DataFrame.explode` one of them to count by its values. Pass the
    records of a results file with `read_results`, which keeps the latest one per article.

    Example:
        >>> df = to_frame(read_results("visits.jsonl"))  # doctest: +SKIP
        >>> df.explode("host_countries").groupby("host_countries").size()  # doctest: +SKIP
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ConfigurationError(
            "to_frame needs pandas: pip install 'visitx[pandas]' (or pip install pandas)."
        ) from exc
    rows = []
    for result in extractions:
        if result.error is not None:
            rows.append(visit_row(result, None))
        rows.extend(visit_row(result, visit) for visit in result.visits)
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def _actor(people: list[Participant]) -> dict[str, Any] | None:
    if not people:
        return None
    countries = _countries(people)
    return {
        "country": countries[0] if len(countries) == 1 else None,
        "countries": countries,
        "names": _names(people),
        "sectors": sorted({p.sector.value for p in people if p.sector}),
    }


def to_plover(extraction: Extraction) -> list[dict[str, Any]]:
    """PLOVER-style event dicts, one per coded visit (cancelled visits have no event).

    Keys: `event_id`, `event_type`, `mode`, `context` (topics), `actor` and `recipient`
    (visitor and host sides; for symmetric meetings all participants are actors and the
    recipient is None), `date` (start/end/precision), `location`, `text` (the first
    evidence sentence with its offsets), `cameo`, `source` (article id and url).
    """
    events = []
    for visit in extraction.visits:
        if visit.codes.plover_event is None:
            continue
        visitors, hosts = _by_role(visit, "visitor"), _by_role(visit, "host")
        others = _by_role(visit, "participant")
        evidence = visit.evidence[0] if visit.evidence else None
        place = visit.location
        events.append(
            {
                "event_id": visit.id,
                "event_type": visit.codes.plover_event,
                "mode": visit.codes.plover_mode,
                "context": [t.value for t in visit.topics],
                "actor": _actor(visitors or others),
                "recipient": _actor(hosts),
                "date": {
                    "start": visit.date.start if visit.date else None,
                    "end": visit.date.end if visit.date else None,
                    "precision": visit.date.precision if visit.date else None,
                },
                "location": {
                    "name": place.name_en or place.name.text,
                    "city": place.city,
                    "country": place.country,
                }
                if place
                else None,
                "text": {
                    "evidence": evidence.text,
                    "start": evidence.start,
                    "end": evidence.end,
                }
                if evidence
                else None,
                "cameo": list(visit.codes.cameo),
                "source": {"article_id": extraction.article.id, "url": extraction.article.url},
            }
        )
    return events


def to_cameo_dyads(extractions: Extraction | Iterable[Extraction]) -> list[dict[str, Any]]:
    """Country dyads per CAMEO code, as GDELT/ICEWS users expect.

    042 and 036 run visitor → host, 043 host → visitor, 057 both ways (a domestic visit
    gives a same-country dyad, as in ICEWS); 041 and 044 (no host) give every ordered pair
    of distinct participant countries. Rows: `source`,
    `target`, `cameo`, `date` (the visit's start), `visit_id`; duplicates are dropped.
    """
    items = [extractions] if isinstance(extractions, Extraction) else extractions
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for result in items:
        for visit in result.visits:
            visitors = _countries(_by_role(visit, "visitor"))
            hosts = _countries(_by_role(visit, "host"))
            everyone = _countries(visit.participants)
            for code in visit.codes.cameo:
                if code in {"042", "036"}:
                    pairs = [(v, h) for v in visitors for h in hosts]
                elif code == "043":
                    pairs = [(h, v) for v in visitors for h in hosts]
                elif code == "057" and (visitors or hosts):
                    pairs = [(v, h) for v in visitors for h in hosts]
                    pairs += [(h, v) for v, h in pairs]
                else:
                    pairs = [(a, b) for a in everyone for b in everyone if a != b]
                for source, target in pairs:
                    key = (source, target, code, visit.id)
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append(
                        {
                            "source": source,
                            "target": target,
                            "cameo": code,
                            "date": visit.date.start if visit.date else None,
                            "visit_id": visit.id,
                        }
                    )
    return rows
