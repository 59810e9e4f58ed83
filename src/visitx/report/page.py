"""A batch of extractions as one self-contained HTML report, and the `visitx report` command.

The report is a single file that opens offline: inline CSS, inline SVG charts
(`_plots.py`) and a small inline vanilla script for sorting and filtering the visit
table. It references nothing on the network, so it can be mailed, archived or opened on
an air-gapped machine. Without JavaScript the table is still complete and every article
section can be opened by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from visitx.cli.edge import edge
from visitx.core.errors import InputError
from visitx.core.models import Extraction, Role, Visit
from visitx.report.assets import PAGE_CSS, SCRIPT
from visitx.report.checked import with_sound_dates
from visitx.report.figures import plot_map, plot_matrix, plot_timeline
from visitx.report.notebook import EXTRACTION_CSS, esc, render_extraction_html
from visitx.report.plots import plot_country_pairs, plot_visits_per_month

if TYPE_CHECKING:
    from visitx.analysis.events import Event

__all__ = ["load_jsonl", "render_report", "report_command", "write_report"]

_COLUMNS = (  # (header, width in % of the table): the table never scrolls sideways
    ("article", 8), ("language", 4), ("date", 7), ("type", 5), ("status", 5),
    ("visitors", 14), ("hosts", 12), ("location", 8), ("agreements", 9), ("CAMEO", 4),
    ("sources", 4), ("international", 5),
)  # fmt: skip
_SUMMARY_WIDTH = 100 - sum(w for _, w in _COLUMNS)


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


def _people(visit: Visit, *roles: Role) -> str:
    """Names (English rendering, else as written) with titles and country codes."""
    items = []
    for p in visit.participants:
        if p.role not in roles:
            continue
        name = p.name_en or p.name.text
        title = p.title_en or (p.title.text if p.title is not None else "")
        cc = f" [{p.country}]" if p.country else ""
        extra = f' <br><small dir="auto">{esc(title)}</small>' if title else ""
        items.append(f'<li><span dir="auto">{esc(name)}</span>{esc(cc)}{extra}</li>')
    # The spaces keep the cell's text (search, CSV) readable: "Name [UZB] Title Name2 …".
    return f"<ul>{' '.join(items)}</ul>" if items else ""


def _agreements(visit: Visit) -> str:
    items = []
    for a in visit.agreements:
        name = a.title_en or a.text.text
        items.append(
            f'<li><span dir="auto">{esc(name)}</span> <small>({esc(a.kind.value)}, '
            f"{esc(a.status.value)})</small></li>"
        )
    return f"<ul>{' '.join(items)}</ul>" if items else ""


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


def _row(unit: _Unit) -> str:
    visit, i, j = unit.visit, unit.article, unit.card
    everyone = _countries(visit, Role.VISITOR, Role.HOST, Role.PARTICIPANT)
    if visit.location is not None and visit.location.country:
        everyone.append(visit.location.country)
    d = visit.date
    start = (d.start or "") if d is not None else ""
    end = (d.end or start) if d is not None else ""
    date_shown = start + (f" – {end}" if end and end != start else "")
    date_title = d.text.text if d is not None and d.text is not None else ""
    date_shown = date_shown or date_title
    loc = visit.location
    where = ""
    if loc is not None:
        where = (loc.name_en or loc.name.text) + (f" ({loc.country})" if loc.country else "")
    mentions = len(unit.event.mentions) if unit.event is not None else 1
    more = f" +{mentions - 1} more" if mentions > 1 else ""
    cells = [
        f'<td data-sort="{esc(unit.label.casefold())} {i:05d}">'
        f'<a href="#a{i}" dir="auto">{esc(unit.label)}</a>'
        f' <a href="#a{i}-card-{j}" title="visit {j + 1} of this article">#{j + 1}</a>'
        f"{esc(more)}</td>",
        f"<td>{esc(unit.language)}</td>",
        f'<td data-sort="{esc(start)}" title="{esc(date_title)}">{esc(date_shown)}</td>',
        f"<td>{esc(visit.type.value)}</td>",
        f"<td>{esc(visit.status.value)}</td>",
        # Symmetric meetings have no visitor or host: everyone goes in the visitors column.
        f"<td>{_people(visit, Role.VISITOR, Role.PARTICIPANT)}</td>",
        f"<td>{_people(visit, Role.HOST)}</td>",
        f'<td dir="auto">{esc(where)}</td>',
        f"<td>{_agreements(visit)}</td>",
        f"<td>{esc(' '.join(visit.codes.cameo))}</td>",
        f'<td data-sort="{unit.n_sources:04d}">{unit.n_sources}</td>',
        f"<td>{'yes' if visit.international else 'no'}</td>",
        f'<td class="vx-summary" dir="auto">{esc(visit.summary)}</td>',
    ]
    attrs = {
        "country": " ".join(dict.fromkeys(everyone)),
        "language": unit.language,
        "status": visit.status.value,
        "type": visit.type.value,
        "start": start,
        "end": end,
        "international": "1" if visit.international else "0",
    }
    if unit.event is not None:
        attrs["event"] = unit.event.id
    data = "".join(f' data-{k}="{esc(v)}"' for k, v in attrs.items())
    return f"<tr{data}>{''.join(cells)}</tr>"


def _select(name: str, values: Iterable[str]) -> str:
    options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in sorted(set(values)))
    return (
        f'<label for="filter-{name}">{name}</label>'
        f'<select id="filter-{name}"><option value="">all</option>{options}</select>'
    )


def _units(
    ok: list[tuple[int, Extraction]], *, as_events: bool, international_only: bool
) -> list[_Unit]:
    if not as_events:
        return [
            _Unit(v, i, j, _label(ex), ex.article.language or "?")
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
        units.append(_Unit(ev.as_visit(), i, j, label[i], languages, ev.n_sources, ev))
    return units


def _figures(counted: list[Any], international_only: bool) -> str:
    scope = international_only
    figures = [
        plot_map(counted, international_only=scope),
        plot_timeline(counted, international_only=scope),
        plot_matrix(counted, international_only=scope),
        plot_visits_per_month(counted, international_only=scope),
        plot_country_pairs(counted, top=10, international_only=scope),
    ]
    return "".join(
        f"<figure>{fig.inline()}"
        + (f"<figcaption>{esc(fig.note)}</figcaption>" if fig.note else "")
        + "</figure>"
        for fig in figures
    )


def _filters(units: list[_Unit], noun: str) -> str:
    countries: list[str] = []
    for u in units:
        countries += [p.country for p in u.visit.participants if p.country]
        if u.visit.location is not None and u.visit.location.country:
            countries.append(u.visit.location.country)
    languages = [lang for u in units for lang in u.language.split()]
    return (
        '<label for="filter-search">search</label>'
        '<input type="search" id="filter-search" placeholder="names, places, summary…">'
        f"{_select('type', (u.visit.type.value for u in units))}"
        f"{_select('status', (u.visit.status.value for u in units))}"
        f"{_select('country', countries)}{_select('language', languages)}"
        '<label for="filter-from">from</label><input type="date" id="filter-from">'
        '<label for="filter-to">to</label><input type="date" id="filter-to">'
        '<label><input type="checkbox" id="filter-international"> international only</label>'
        '<button type="button" id="vx-csv">Download CSV of shown rows</button>'
        f'<span id="vx-count" class="vx-summary-line" data-unit="{noun}">'
        f"{len(units)} {noun}</span>"
    )


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
    failed = [(i, ex) for i, ex in enumerate(items) if ex.error is not None]
    units = _units(ok, as_events=events, international_only=international_only)
    visits = [v for _, ex in ok for v in ex.visits]
    grounded = sum(v.grounded for v in visits)
    noun = "events" if events else "visits"
    counted: list[Any] = [u.event for u in units] if events else [ex for _, ex in ok]
    cols = "".join(f'<col style="width:{w}%">' for _, w in _COLUMNS)
    cols += f'<col style="width:{_SUMMARY_WIDTH}%">'
    heads = "".join(
        f'<th scope="col"><button type="button">{esc(name)}</button></th>'
        for name in (*(c for c, _ in _COLUMNS), "summary")
    )
    failed_rows = "".join(
        f'<tr><td><a href="#a{i}" dir="auto">{esc(_label(ex))}</a><br>'
        f"<code>{esc(ex.article.id)}</code></td><td>{esc(ex.error.type if ex.error else '')}</td>"
        f'<td dir="auto">{esc(ex.error.message if ex.error else "")}</td></tr>'
        for i, ex in failed
    )
    failed_html = (
        f'<table class="vx-failed"><thead><tr><th>article</th><th>error</th><th>message</th>'
        f"</tr></thead><tbody>{failed_rows}</tbody></table>"
        if failed
        else "<p>None.</p>"
    )
    sections = "".join(
        f'<details class="vx-section" id="a{i}"><summary><span dir="auto">{esc(_label(ex))}'
        f"</span> · {esc(ex.article.language or '?')} · "
        + ('<span class="vx-no">failed</span>' if ex.error else f"{len(ex.visits)} visit(s)")
        + f"</summary>{render_extraction_html(ex, include_style=False, id_prefix=f'a{i}')}"
        "</details>"
        for i, ex in enumerate(items)
    )
    languages = sorted({lang for u in units for lang in u.language.split()})
    summary = (
        f"{len(items)} article(s), {len(failed)} failed · {len(visits)} visit(s), "
        f"{grounded} fully grounded"
        + (f" · {len(units)} event(s)" if events else "")
        + (" · international only" if international_only else "")
        + f" · languages: {esc(', '.join(languages) or '–')}"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="visitx">'
        f"<title>{esc(title)}</title><style>{PAGE_CSS}{EXTRACTION_CSS}</style></head><body>"
        f'<header><h1 dir="auto">{esc(title)}</h1>'
        f'<p class="vx-summary-line" id="vx-totals">{summary}</p></header>'
        f'<section id="plots"><h2>Overview</h2><div class="vx-plots">'
        f"{_figures(counted, international_only)}</div></section>"
        f'<section id="visits"><h2>{noun.capitalize()}</h2>'
        f'<div class="vx-filters">{_filters(units, noun)}</div>'
        f'<div class="vx-table-wrap"><table class="vx-visits" id="vx-visits"><colgroup>{cols}'
        f"</colgroup><thead><tr>{heads}</tr></thead>"
        f"<tbody>{''.join(_row(u) for u in units)}</tbody></table></div></section>"
        f'<section id="failed"><h2>Failed articles ({len(failed)})</h2>{failed_html}</section>'
        f'<section id="articles"><h2>Articles</h2>{sections}</section>'
        f"<script>{SCRIPT}</script></body></html>\n"
    )


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
    out.write_text(page, encoding="utf-8")
    return out


@click.command("report")
@click.argument("results", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("report.html"),
    show_default=True,
    help="Where to write the HTML report.",
)
@click.option("--title", default=None, help="Title of the report page.")
@click.option(
    "--events", "as_events", is_flag=True, help="One row per event instead of one per visit."
)
@click.option("--international-only", is_flag=True, help="Leave domestic visits out.")
@edge
def report_command(
    results: tuple[Path, ...],
    output: Path,
    title: str | None,
    as_events: bool = False,
    international_only: bool = False,
) -> None:
    """Write one offline HTML report from results JSONL files.

    RESULTS are JSONL files with one extraction per line, as the batch commands write
    them. The report has a sortable, filterable table of all visits, charts, the failed
    articles and each article with its evidence highlighted.
    """
    items = [ex for source in results for ex in load_jsonl(source)]
    try:
        written = write_report(
            items, output, title=title, events=as_events, international_only=international_only
        )
    except OSError as exc:
        raise InputError(f"Cannot write {output}: {exc.strerror or exc}.") from exc
    failed = sum(ex.error is not None for ex in items)
    visits = sum(len(ex.visits) for ex in items if ex.error is None)
    click.echo(f"Wrote {written}: {len(items)} article(s) ({failed} failed), {visits} visit(s).")
