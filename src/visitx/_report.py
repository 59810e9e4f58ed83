"""A batch of extractions as one self-contained HTML report, and the `visitx report` command.

The report is a single file that opens offline: inline CSS, inline SVG charts
(`_plots.py`) and a small inline vanilla script for sorting and filtering the visit
table. It references nothing on the network, so it can be mailed, archived or opened on
an air-gapped machine. Without JavaScript the table is still complete and every article
section can be opened by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from ._edge import edge
from ._errors import InputError
from ._html import EXTRACTION_CSS, esc, render_extraction_html
from ._models import Extraction, Role, Visit
from ._plots import plot_country_pairs, plot_visits_per_month

__all__ = ["load_jsonl", "render_report", "report_command", "write_report"]

_COLUMNS = (  # (header, sort type)
    ("article", "text"), ("language", "text"), ("date", "text"), ("type", "text"),
    ("status", "text"), ("visitor countries", "text"), ("host countries", "text"),
    ("location", "text"), ("topics", "text"), ("grounded", "text"), ("summary", "text"),
)  # fmt: skip

_PAGE_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;margin:0 auto;
 max-width:1500px;padding:16px 24px;color:#1f2328;background:#fff;font-size:14px}
h1{font-size:22px;margin:0 0 4px 0}h2{font-size:17px;margin:24px 0 8px 0}
.vx-summary-line{color:#57606a;margin:0 0 12px 0}
.vx-plots{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
.vx-plots figure{margin:0;border:1px solid #d0d7de;border-radius:6px;padding:6px;max-width:100%;
 overflow-x:auto}
.vx-plots figcaption{font-size:12px;color:#57606a}
.vx-filters{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:0 0 8px 0}
.vx-filters label{font-weight:600}
.vx-table-wrap{overflow-x:auto;border:1px solid #d0d7de;border-radius:6px}
table.vx-visits{border-collapse:collapse;width:100%;font-size:13px}
.vx-visits th,.vx-visits td{border-bottom:1px solid #eaeef2;padding:4px 6px;text-align:start;
 vertical-align:top}
.vx-visits th{background:#f6f8fa;position:sticky;top:0;white-space:nowrap}
.vx-visits th button{all:unset;cursor:pointer;font-weight:600}
.vx-visits th[aria-sort=ascending] button::after{content:" ▲"}
.vx-visits th[aria-sort=descending] button::after{content:" ▼"}
.vx-visits tr:hover td{background:#f6f8fa}
.vx-visits td.vx-date{white-space:nowrap}
.vx-visits td.vx-summary{min-width:240px;color:#57606a}
.vx-no{color:#cf222e;font-weight:600}.vx-ok{color:#1a7f37}
table.vx-failed{border-collapse:collapse;font-size:13px}
.vx-failed td,.vx-failed th{border:1px solid #eaeef2;padding:4px 6px;text-align:start}
details.vx-section{border:1px solid #d0d7de;border-radius:6px;margin:0 0 8px 0;padding:4px 8px}
details.vx-section>summary{cursor:pointer;font-weight:600;padding:4px 0}
details.vx-section[open]>summary{margin-bottom:6px}
.vx-section .vx-x .vx-article{max-height:none}
"""

# Sorting, filtering, and opening the <details> an in-page link points to. Kept small and
# dependency-free on purpose; it must not contain "</script".
_SCRIPT = """
(function () {
  var table = document.getElementById("vx-visits");
  var tbody = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function key(row, i) {
    var c = row.cells[i];
    return c.hasAttribute("data-sort") ? c.getAttribute("data-sort") : c.textContent.trim();
  }
  heads.forEach(function (th, i) {
    th.querySelector("button").addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = key(a, i), y = key(b, i);
        if (x === "" || y === "") { return (x === "") - (y === ""); }  // empty cells last
        var r = x.localeCompare(y, undefined, {numeric: true});
        return asc ? r : -r;
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  var filters = ["country", "language", "status"].map(function (name) {
    return [name, document.getElementById("filter-" + name)];
  });
  var count = document.getElementById("vx-count");
  function apply() {
    var shown = 0;
    Array.prototype.forEach.call(tbody.rows, function (row) {
      var ok = filters.every(function (f) {
        var want = f[1].value;
        var have = " " + row.getAttribute("data-" + f[0]) + " ";
        return !want || have.indexOf(" " + want + " ") >= 0;
      });
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + " of " + tbody.rows.length + " visits shown";
  }
  filters.forEach(function (f) { f[1].addEventListener("change", apply); });
  apply();
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (!el) { return; }
    var d = el.closest("details");
    if (d) { d.open = true; }
    el.scrollIntoView();
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
"""


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
    from ._io import read_results

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


def _row(i: int, j: int, ex: Extraction, visit: Visit) -> str:
    lang = ex.article.language or "?"
    visitors = _countries(visit, Role.VISITOR)
    hosts = _countries(visit, Role.HOST)
    symmetric = _countries(visit, Role.PARTICIPANT)
    everyone = [*visitors, *hosts, *symmetric]
    if visit.location is not None and visit.location.country:
        everyone.append(visit.location.country)
    d = visit.date
    date_sort = (d.start or "") if d is not None else ""
    date_shown = ""
    date_title = ""
    if d is not None:
        date_shown = d.start or ""
        if d.end and d.end != d.start:
            date_shown += f" – {d.end}"
        date_title = d.text.text if d.text is not None else ""
        date_shown = date_shown or (d.text.text if d.text is not None else "")
    loc = visit.location
    where = ""
    if loc is not None:
        where = (loc.name_en or loc.name.text) + (f" ({loc.country})" if loc.country else "")
    # Symmetric meetings have no visitor or host; their countries go in the visitor
    # column after "↔" so that the row still tells who met.
    visitor_cell = " ".join(visitors) + (" ↔ " + " ".join(symmetric) if symmetric else "")
    grounded = (
        '<span class="vx-ok">yes</span>' if visit.grounded else '<span class="vx-no">no</span>'
    )
    label = _label(ex)
    cells = [
        f'<td data-sort="{esc(label.casefold())} {i:05d}">'
        f'<a href="#a{i}" dir="auto">{esc(label)}</a>'
        f' <a href="#a{i}-card-{j}" title="visit {j + 1} of this article">#{j + 1}</a></td>',
        f"<td>{esc(lang)}</td>",
        f'<td data-sort="{esc(date_sort)}" title="{esc(date_title)}" class="vx-date">'
        f"{esc(date_shown)}</td>",
        f"<td>{esc(visit.type.value)}</td>",
        f"<td>{esc(visit.status.value)}</td>",
        f"<td>{esc(visitor_cell.strip())}</td>",
        f"<td>{esc(' '.join(hosts))}</td>",
        f'<td dir="auto">{esc(where)}</td>',
        f"<td>{esc(', '.join(t.value for t in visit.topics))}</td>",
        f"<td>{grounded}</td>",
        f'<td class="vx-summary">{esc(visit.summary)}</td>',
    ]
    return (
        f'<tr data-country="{esc(" ".join(dict.fromkeys(everyone)))}" data-language="{esc(lang)}"'
        f' data-status="{esc(visit.status.value)}">{"".join(cells)}</tr>'
    )


def _select(name: str, values: Iterable[str]) -> str:
    options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in sorted(set(values)))
    return (
        f'<label for="filter-{name}">{name}</label>'
        f'<select id="filter-{name}"><option value="">all</option>{options}</select>'
    )


def render_report(extractions: Iterable[Extraction], *, title: str | None = None) -> str:
    """The report as an HTML5 document string (what `write_report` writes).

    Example:
        >>> page = render_report([], title="Empty")
        >>> page.startswith("<!DOCTYPE html>")
        True
    """
    items = list(extractions)
    title = title or "visitx report"
    ok = [(i, ex) for i, ex in enumerate(items) if ex.error is None]
    failed = [(i, ex) for i, ex in enumerate(items) if ex.error is not None]
    rows = [_row(i, j, ex, v) for i, ex in ok for j, v in enumerate(ex.visits)]
    visits = [v for _, ex in ok for v in ex.visits]
    grounded = sum(v.grounded for v in visits)

    countries: list[str] = []
    for v in visits:
        countries += [p.country for p in v.participants if p.country]
        if v.location is not None and v.location.country:
            countries.append(v.location.country)
    languages = [ex.article.language or "?" for _, ex in ok if ex.visits]
    statuses = [v.status.value for v in visits]

    months = plot_visits_per_month(e for _, e in ok)
    pairs = plot_country_pairs((e for _, e in ok), top=10)
    figures = "".join(
        f"<figure>{fig.inline()}"
        + (f"<figcaption>{esc(fig.note)}</figcaption>" if fig.note else "")
        + "</figure>"
        for fig in (months, pairs)
    )
    heads = "".join(
        f'<th scope="col" data-type="{kind}"><button type="button">{esc(name)}</button></th>'
        for name, kind in _COLUMNS
    )
    failed_rows = "".join(
        f'<tr><td><a href="#a{i}">{esc(_label(ex))}</a><br><code>{esc(ex.article.id)}</code></td>'
        f"<td>{esc(ex.error.type if ex.error else '')}</td>"
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
        f'<details class="vx-section" id="a{i}"><summary>{esc(_label(ex))} · '
        f"{esc(ex.article.language or '?')} · "
        + ('<span class="vx-no">failed</span>' if ex.error else f"{len(ex.visits)} visit(s)")
        + f"</summary>{render_extraction_html(ex, include_style=False, id_prefix=f'a{i}')}"
        "</details>"
        for i, ex in enumerate(items)
    )
    summary = (
        f"{len(items)} article(s), {len(failed)} failed · {len(visits)} visit(s), "
        f"{grounded} fully grounded · languages: {esc(', '.join(sorted(set(languages))) or '–')}"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="visitx">'
        f"<title>{esc(title)}</title><style>{_PAGE_CSS}{EXTRACTION_CSS}</style></head><body>"
        f"<header><h1>{esc(title)}</h1>"
        f'<p class="vx-summary-line" id="vx-totals">{summary}</p></header>'
        f'<section id="plots"><h2>Overview</h2><div class="vx-plots">{figures}</div></section>'
        f'<section id="visits"><h2>Visits</h2><div class="vx-filters">'
        f"{_select('country', countries)}{_select('language', languages)}"
        f"{_select('status', statuses)}"
        f'<span id="vx-count" class="vx-summary-line">{len(rows)} visits</span></div>'
        f'<div class="vx-table-wrap"><table class="vx-visits" id="vx-visits"><thead><tr>{heads}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div></section>"
        f'<section id="failed"><h2>Failed articles ({len(failed)})</h2>{failed_html}</section>'
        f'<section id="articles"><h2>Articles</h2>{sections}</section>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def write_report(
    extractions: Iterable[Extraction], path: str | Path, *, title: str | None = None
) -> Path:
    """Write a self-contained HTML report of a batch of extractions.

    The file has a sortable, filterable table of all visits (filters by country,
    language and status), charts of visits per month and of the top visitor → host
    country pairs, the failed articles with their error, and every article's highlighted
    view in a collapsible section linked from the table. It loads nothing from the
    network.

    Args:
        extractions: records, e.g. `load_jsonl("results.jsonl")`.
        path: where to write the HTML file (parent directories must exist).
        title: the page title; "visitx report" when None.

    Returns:
        The path written.

    Example:
        >>> from visitx._report import load_jsonl, write_report
        >>> write_report(load_jsonl("results.jsonl"), "report.html")  # doctest: +SKIP
        PosixPath('report.html')
    """
    out = Path(path)
    out.write_text(render_report(extractions, title=title), encoding="utf-8")
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
@edge
def report_command(results: tuple[Path, ...], output: Path, title: str | None) -> None:
    """Write one offline HTML report from results JSONL files.

    RESULTS are JSONL files with one extraction per line, as the batch commands write
    them. The report has a sortable, filterable table of all visits, charts, the failed
    articles and each article with its evidence highlighted.
    """
    items = [ex for source in results for ex in load_jsonl(source)]
    try:
        written = write_report(items, output, title=title)
    except OSError as exc:
        raise InputError(f"Cannot write {output}: {exc.strerror or exc}.") from exc
    failed = sum(ex.error is not None for ex in items)
    visits = sum(len(ex.visits) for ex in items if ex.error is None)
    click.echo(f"Wrote {written}: {len(items)} article(s) ({failed} failed), {visits} visit(s).")
