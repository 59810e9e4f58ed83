"""A batch of extractions as one self-contained HTML report (`visitx report`).

The report is a single file that opens offline: inline CSS, inline SVG charts
(`figures.py`, `plots.py`) and a small inline vanilla script for sorting and filtering
the visit table. It references nothing on the network, so it can be mailed, archived or
opened on an air-gapped machine. Without JavaScript the table is still complete and every
article section can be opened by hand. The HTML comes from the Jinja2 template
`templates/page.html.j2` (autoescaped); this module prepares what it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from visitx.analysis.staging import staged
from visitx.core.models import Extraction, Role, Visit
from visitx.report.assets import PAGE_CSS, SCRIPT
from visitx.report.checked import with_sound_dates
from visitx.report.figures import plot_map, plot_matrix, plot_timeline
from visitx.report.notebook import EXTRACTION_CSS, render_extraction_html
from visitx.report.plots import SvgFigure, plot_country_pairs, plot_visits_per_month
from visitx.report.templating import render

if TYPE_CHECKING:
    from visitx.analysis.events import Event

__all__ = ["load_jsonl", "render_report", "write_report"]

# (name, header shown, class): short headers keep narrow columns readable; the full name
# is the tooltip and the CSV header.
_COLUMNS = (
    ("article", "article", "vx-c-article"), ("language", "lang.", "vx-c-narrow"),
    ("date", "date", "vx-c-date"), ("type / status", "type", "vx-c-narrow"),
    ("visitors", "visitors", "vx-c-people"),
    ("hosts", "hosts", "vx-c-people"), ("location", "location", "vx-c-place"),
    ("agreements", "agreements", "vx-c-agreements"), ("CAMEO", "CAMEO", "vx-c-narrow"),
    ("sources", "src.", "vx-c-narrow"), ("international", "intl.", "vx-c-narrow"),
    ("summary", "summary", "vx-c-summary"),
)  # fmt: skip


def load_jsonl(path: str | Path) -> list[Extraction]:
    """Read a results file: one `Extraction` JSON object per line, blank lines skipped.

    Args:
        path: a JSONL file as written by the batch APIs (`Extraction.model_dump_json()`
            per line).

    Returns:
        The extractions, in file order.

    Raises:
        InputError: the file cannot be read, or a line is not an `Extraction` (the
            message names the file and line number).

    Example:
        >>> results = load_jsonl("results.jsonl")  # doctest: +SKIP
        >>> write_report(results, "report.html")  # doctest: +SKIP
    """
    from visitx.io.files import read_results

    return list(read_results(path))


def _label(ex: Extraction) -> str:
    """A recognisable name for an article: its title, the caller's id, or its first line."""
    # source_id is the id the caller gave a batch input ("#3" when it gave none, which
    # says less than the article's first line).
    source_id = getattr(ex.article, "source_id", None)
    if not isinstance(source_id, str) or source_id.startswith("#"):
        source_id = None
    first_line = next((s for s in ex.article.text.splitlines() if s.strip()), "")
    text = ex.article.title or source_id or first_line
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _countries(visit: Visit, *roles: Role) -> list[str]:
    return list(
        dict.fromkeys(p.country for p in visit.participants if p.role in roles and p.country)
    )


def _people(visit: Visit, *roles: Role) -> list[tuple[str, str | None, str]]:
    """(name, country, title) per participant: English renderings, else as written."""
    return [
        (p.name_en or p.name.text, p.country, p.title_en or (p.title.text if p.title else ""))
        for p in visit.participants
        if p.role in roles
    ]


def _iso(value: str | None) -> str:
    """A YYYY-MM-DD date as given, or "" for a missing or malformed one."""
    try:
        return dt.date.fromisoformat(value).isoformat() if value else ""
    except ValueError:
        return ""


@dataclass
class _Unit:
    """One table row: a visit of one article, or an event with its mentions."""

    visit: Visit
    article: int  # index of the (first) article, for the link
    card: int  # index of the visit in that article
    label: str
    language: str
    n_sources: int = 1
    event: Event | None = None
    # What the row's values do not rest on: the event's warnings, or the record's
    # warnings about this visit (`visits[j]...`).
    warnings: list[str] = field(default_factory=list)


def _row(unit: _Unit) -> dict[str, Any]:
    """What the template shows in one table row."""
    visit = unit.visit
    everyone = _countries(visit, Role.VISITOR, Role.HOST, Role.PARTICIPANT)
    if visit.location is not None and visit.location.country:
        everyone.append(visit.location.country)
    d = visit.date
    start = _iso(d.start) if d is not None else ""
    end = (_iso(d.end) or start) if d is not None else ""
    date_title = d.text.text if d is not None and d.text is not None else ""
    dates = [start, end] if end and end != start else [start] if start else [date_title]
    loc = visit.location
    where = ""
    if loc is not None:
        where = (loc.name_en or loc.name.text) + (f" ({loc.country})" if loc.country else "")
    mentions = len(unit.event.mentions) if unit.event is not None else 1
    attrs = {
        "country": " ".join(dict.fromkeys(everyone)),
        "language": unit.language,
        "status": visit.status.value,
        "type": visit.type.value,
        "start": start,
        "end": end,
        "international": "1" if visit.international else "0",
        "warnings": str(len(unit.warnings)),
    }
    if unit.event is not None:
        attrs["event"] = unit.event.id
    return {
        "visit": visit,
        "article": unit.article,
        "card": unit.card,
        "label": unit.label,
        "language": unit.language,
        "more": mentions - 1,
        "start": start,
        "dates": [x for x in dates if x],
        "date_title": date_title,
        # Symmetric meetings have no visitor or host: everyone goes in the visitors column.
        "visitors": _people(visit, Role.VISITOR, Role.PARTICIPANT),
        "hosts": _people(visit, Role.HOST),
        "where": where,
        "n_sources": unit.n_sources,
        "warnings": unit.warnings,
        "attrs": list(attrs.items()),
    }


def _units(
    ok: list[tuple[int, Extraction]], *, as_events: bool, international_only: bool
) -> list[_Unit]:
    if not as_events:
        return [
            _Unit(
                v, i, j, _label(ex), ex.article.language or "?",
                warnings=ex.warnings_about(v),
            )
            for i, ex in ok
            for j, v in enumerate(ex.visits)
            if v.international or not international_only
        ]
    from visitx.analysis.events import events

    where = {v.id: (i, j) for i, ex in ok for j, v in enumerate(ex.visits)}
    label = {i: _label(ex) for i, ex in ok}
    units = []
    for ev in events((ex for _, ex in ok), international_only=international_only):
        i, j = where[ev.mentions[0].visit_id]
        languages = " ".join(sorted({m.language or "?" for m in ev.mentions}))
        units.append(
            _Unit(ev.as_visit(), i, j, label[i], languages, ev.n_sources, ev, ev.warnings)
        )
    return units


@dataclass
class _Figure:
    name: str
    svg: Markup
    note: str


def _figures(counted: list[Any], international_only: bool) -> list[_Figure]:
    scope = international_only
    figures: list[tuple[str, SvgFigure]] = [
        ("map", plot_map(counted, international_only=scope)),
        ("timeline", plot_timeline(counted, international_only=scope)),
        ("matrix", plot_matrix(counted, top=16, international_only=scope)),
        ("months", plot_visits_per_month(counted, international_only=scope)),
        ("pairs", plot_country_pairs(counted, top=10, international_only=scope)),
    ]
    # The SVG is built by the chart functions, which escape every text they draw.
    return [_Figure(name, Markup(fig.inline()), fig.note) for name, fig in figures]


def _selects(units: list[_Unit]) -> list[tuple[str, list[str]]]:
    countries: list[str] = []
    for u in units:
        countries += [p.country for p in u.visit.participants if p.country]
        if u.visit.location is not None and u.visit.location.country:
            countries.append(u.visit.location.country)
    languages = [lang for u in units for lang in u.language.split()]
    values = {
        "type": [u.visit.type.value for u in units],
        "status": [u.visit.status.value for u in units],
        "country": countries,
        "language": languages,
    }
    return [(name, sorted(set(found))) for name, found in values.items()]


def render_report(
    extractions: Iterable[Extraction],
    *,
    title: str | None = None,
    events: bool = False,
    international_only: bool = False,
) -> str:
    """The report as an HTML5 document string (what `write_report` writes).

    Example:
        >>> page = render_report([], title="Empty")
        >>> page.startswith("<!DOCTYPE html>")
        True
    """
    items = list(with_sound_dates(extractions))  # a date that is not one: shown undated
    title = title or "visitx report"
    ok = [(i, ex) for i, ex in enumerate(items) if ex.error is None]
    failed = [(i, _label(ex), ex) for i, ex in enumerate(items) if ex.error is not None]
    units = _units(ok, as_events=events, international_only=international_only)
    visits = [v for _, ex in ok for v in ex.visits]
    grounded = sum(v.grounded for v in visits)
    noun = "events" if events else "visits"
    counted: list[Any] = [u.event for u in units] if events else [ex for _, ex in ok]
    languages = sorted({lang for u in units for lang in u.language.split()})
    summary = (
        f"{len(items)} article(s), {len(failed)} failed · {len(visits)} visit(s), "
        f"{grounded} fully grounded"
        + (f" · {len(units)} event(s)" if events else "")
        + (" · international only" if international_only else "")
        + f" · languages: {', '.join(languages) or '–'}"
    )
    return (
        render(
            "page.html.j2",
            title=title,
            css=Markup(PAGE_CSS + EXTRACTION_CSS),
            script=Markup(SCRIPT),
            summary=summary,
            figures=_figures(counted, international_only),
            noun=noun,
            selects=_selects(units),
            columns=_COLUMNS,
            rows=[_row(u) for u in units],
            failed=failed,
            sections=[_section(i, ex) for i, ex in enumerate(items)],
        )
        + "\n"
    )


def _section(index: int, ex: Extraction) -> dict[str, Any]:
    """One article's collapsible section: its label, counts and highlighted view."""
    return {
        "index": index,
        "label": _label(ex),
        "language": ex.article.language or "?",
        "failed": ex.error is not None,
        "visits": len(ex.visits),
        "body": Markup(render_extraction_html(ex, include_style=False, id_prefix=f"a{index}")),
    }


def write_report(
    extractions: Iterable[Extraction],
    path: str | Path,
    *,
    title: str | None = None,
    events: bool = False,
    international_only: bool = False,
) -> Path:
    """Write a self-contained HTML report of a batch of extractions.

    The file has a map of the visit places, a timeline, the country-pair matrix and
    charts of visits per month and of the top pairs; a sortable table of all visits
    (names with titles, agreements, CAMEO codes, sources) with text search, filters for
    type, status, country, language, date range and international only, and a CSV
    download of the rows shown; the failed articles with their error; and every
    article's highlighted view in a collapsible section linked from the table. It loads
    nothing from the network.

    Args:
        extractions: records, e.g. `load_jsonl("results.jsonl")`.
        path: where to write the HTML file (parent directories must exist).
        title: the page title; "visitx report" when None.
        events: one row per event (`visitx.events`: an engagement reported by several
            articles counts once, with its number of sources) instead of one per visit;
            the charts then count events too.
        international_only: leave domestic visits out of the table and the charts.

    Returns:
        The path written.

    Example:
        >>> from visitx.report.page import load_jsonl, write_report
        >>> write_report(load_jsonl("results.jsonl"), "report.html")  # doctest: +SKIP
        PosixPath('report.html')
    """
    out = Path(path)
    page = render_report(
        extractions, title=title, events=events, international_only=international_only
    )
    with staged({"page": out}) as partial:  # a failed write leaves no half page
        partial["page"].write_text(page, encoding="utf-8")
    return out
