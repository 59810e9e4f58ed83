"""Exports for analysts: a pandas table, PLOVER-style events and CAMEO dyads.

`to_frame` has one row per visit, plus one row per failed article (with `error` set and
empty visit columns) so that failures stay visible in the table; articles that report no
visit have no row. Given events (`visitx.events`), every export has one row per event
instead, so an engagement reported by many outlets counts once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from visitx.core.errors import ConfigurationError
from visitx.core.models import Extraction, Participant, Visit

if TYPE_CHECKING:
    import pandas as pd

    from visitx.analysis.events import Event

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
    "city",
    "lat",
    "lon",
    "topics",
    "agreement_kinds",
    "cameo",
    "grounded",
    "international",
    "error",
    "duplicate_of",
]

# Columns that hold dates: datetimes in `to_frame`, dates in the Arrow tables.
DATE_COLUMNS = ("published", "date_start", "date_end", "first_reported")

EVENT_COLUMNS = [
    "event_id",
    "n_sources",
    "n_mentions",
    "first_reported",
    "article_ids",
    "languages",
    *FRAME_COLUMNS[FRAME_COLUMNS.index("type") : FRAME_COLUMNS.index("grounded")],
    "international",
    "occurred",
    "planned_in",
    "conflicts",
    "grounded",
    "warnings",
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
        duplicate_of=result.duplicate_of,
    )
    if visit is not None:
        row.update(_visit_fields(visit))
    return row


def _visit_fields(visit: Visit) -> dict[str, Any]:
    visitors, hosts = _by_role(visit, "visitor"), _by_role(visit, "host")
    date, place = visit.date, visit.location
    geo = place.geo if place is not None else None
    return {
        "visit_id": visit.id,
        "type": visit.type.value,
        "status": visit.status.value,
        "summary": visit.summary,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else None,
        "date_calendar": date.calendar if date else None,
        "visitor_names": _names(visitors),
        "visitor_countries": _countries(visitors),
        "host_names": _names(hosts),
        "host_countries": _countries(hosts),
        # Everyone, whatever their role: visitors and hosts too, and the sides of a
        # symmetric meeting (role "participant", no visitor or host).
        "participant_names": _names(visit.participants),
        "participant_countries": _countries(visit.participants),
        "location": (place.name_en or place.city or place.name.text) if place else None,
        "location_country": place.country if place else None,
        "city": (geo.name if geo is not None and geo.name else place.city) if place else None,
        "lat": geo.lat if geo is not None else None,
        "lon": geo.lon if geo is not None else None,
        "topics": [t.value for t in visit.topics],
        "agreement_kinds": [a.kind.value for a in visit.agreements],
        "cameo": list(visit.codes.cameo),
        "grounded": visit.grounded,
        "international": visit.international,
    }


def event_row(event: Event) -> dict[str, Any]:
    """One flat row (the columns of `to_frame` given events) for an event."""
    row = _visit_fields(event.as_visit())
    return {
        "event_id": event.id,
        "n_sources": event.n_sources,
        "n_mentions": len(event.mentions),
        "first_reported": event.first_reported,
        "article_ids": list(dict.fromkeys(m.article_id for m in event.mentions)),
        "languages": sorted({m.language for m in event.mentions if m.language}),
        **{k: row[k] for k in EVENT_COLUMNS if k in row},
        "occurred": event.occurred,
        "planned_in": list(event.planned_in),
        "conflicts": dict(event.conflicts),
        "grounded": event.grounded,
        "warnings": list(event.warnings),
    }


def to_frame(
    extractions: Iterable[Extraction] | Iterable[Event], *, international_only: bool = False
) -> pd.DataFrame:
    """A pandas DataFrame with one row per visit (and one per failed article), or per event.

    List-valued columns (`*_names`, `*_countries`, `topics`, `agreement_kinds`, `cameo`)
    hold Python lists; `DataFrame.explode` one of them to count by its values.
    `participant_names` and `participant_countries` hold every participant, whatever
    the role; `visitor_*` and `host_*` hold each side. `published`, `date_start` and
    `date_end` are datetimes (NaT when missing); `city`, `lat` and `lon` come from the
    offline gazetteer (`Place.geo`). Pass the records of a results file with
    `read_results`, which keeps the latest one per article. For typed tables in
    Parquet, DuckDB or CSV, see `to_arrow`, `to_parquet`, `to_duckdb` and `to_csv`.
    Given events (`visitx.events`), the columns are `EVENT_COLUMNS`: one row per
    engagement with `n_sources`, `first_reported`, the mentions' articles and the
    `conflicts`.

    Args:
        extractions: records, or events.
        international_only: leave out domestic visits (one country only).

    Example:
        >>> df = to_frame(read_results("visits.jsonl"))  # doctest: +SKIP
        >>> df.explode("host_countries").groupby("host_countries").size()  # doctest: +SKIP
    """
    try:
        import pandas as pd
    except ImportError as exc:
        raise ConfigurationError(
            "to_frame needs pandas: pip install 'visitx[pandas]' (from a clone of visitx: "
            "pip install '.[pandas]'; or pip install pandas)."
        ) from exc
    rows = []
    columns = FRAME_COLUMNS
    for item in extractions:
        if not isinstance(item, Extraction):
            columns = EVENT_COLUMNS
            if item.international or not international_only:
                rows.append(event_row(item))
            continue
        if item.error is not None:
            rows.append(visit_row(item, None))
        rows.extend(
            visit_row(item, visit)
            for visit in item.visits
            if visit.international or not international_only
        )
    frame = pd.DataFrame(rows, columns=columns)
    for name in DATE_COLUMNS:
        if name in frame.columns:
            # A value that is not a YYYY-MM-DD date becomes NaT, like a missing one.
            frame[name] = pd.to_datetime(frame[name], errors="coerce", format="%Y-%m-%d")
    frame["lat"] = frame["lat"].astype("float64")
    frame["lon"] = frame["lon"].astype("float64")
    for name in ("grounded", "international"):
        if name in frame.columns:
            frame[name] = frame[name].astype("boolean")  # missing on failed articles' rows
    return frame


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


def to_plover(
    extraction: Extraction | Event | Iterable[Event], *, international_only: bool = False
) -> list[dict[str, Any]]:
    """PLOVER-style event dicts, one per coded visit or event (cancelled ones have none).

    Keys: `event_id`, `event_type`, `mode`, `context` (topics), `actor` and `recipient`
    (visitor and host sides; for symmetric meetings all participants are actors and the
    recipient is None), `date` (start/end/precision), `location`, `text` (the first
    evidence sentence with its offsets), `cameo`, `source` (article id and url; for an
    event, its mentions and `n_sources`).
    """
    if isinstance(extraction, Extraction):
        article = extraction.article
        source: dict[str, Any] = {"article_id": article.id, "url": article.url}
        units = [(v, source) for v in extraction.visits]
    else:
        from visitx.analysis.events import Event as EventModel

        items = [extraction] if isinstance(extraction, EventModel) else list(extraction)
        units = [(ev.as_visit(), _event_source(ev)) for ev in items]
    events = []
    for visit, origin in units:
        if international_only and not visit.international:
            continue
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
                "source": origin,
            }
        )
    return events


def _event_source(event: Event) -> dict[str, Any]:
    return {
        "n_sources": event.n_sources,
        "first_reported": event.first_reported,
        "mentions": [
            {"article_id": m.article_id, "visit_id": m.visit_id, "url": m.url}
            for m in event.mentions
        ],
    }


def to_cameo_dyads(
    extractions: Extraction | Iterable[Extraction] | Iterable[Event],
    *,
    international_only: bool = False,
) -> list[dict[str, Any]]:
    """Country dyads per CAMEO code, as GDELT/ICEWS users expect.

    Given events (`visitx.events`), each engagement gives its dyads once (`visit_id` is
    then the event id), however many articles reported it; `international_only` leaves
    out domestic visits (same-country dyads such as `TUR → TUR`).

    042 and 036 run visitor → host, 043 host → visitor, 057 both ways (a domestic visit
    gives a same-country dyad, as in ICEWS); 041 and 044 (no host) give every ordered pair
    of distinct participant countries. Rows: `source`,
    `target`, `cameo`, `date` (the visit's start), `visit_id`; duplicates are dropped.
    """
    from visitx.analysis.units import visits_of

    items = [extractions] if isinstance(extractions, Extraction) else extractions
    rows: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for visit in visits_of(items, international_only=international_only):
        visitors = _countries(_by_role(visit, "visitor"))
        hosts = _countries(_by_role(visit, "host"))
        everyone = _countries(visit.participants)
        for code in visit.codes.cameo:
            for source, target in _dyads(code, visitors, hosts, everyone):
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


def _dyads(
    code: str, visitors: list[str], hosts: list[str], everyone: list[str]
) -> list[tuple[str, str]]:
    """(source, target) country pairs of one CAMEO code, in the direction it runs."""
    if code in {"042", "036"}:
        return [(v, h) for v in visitors for h in hosts]
    if code == "043":
        return [(h, v) for v in visitors for h in hosts]
    if code == "057" and (visitors or hosts):
        pairs = [(v, h) for v in visitors for h in hosts]
        return pairs + [(h, v) for v, h in pairs]
    return [(a, b) for a in everyone for b in everyone if a != b]
