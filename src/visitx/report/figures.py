"""The report's country-pair matrix, drawn as inline SVG by hand; the map (`worldmap.py`)
and the timeline (`timeline.py`) are re-exported here for the report and `visitx`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from markupsafe import escape

from visitx.analysis.units import Countable, visits_of
from visitx.core.models import Role
from visitx.report.plots import SvgFigure, svg_document, svg_text
from visitx.report.timeline import plot_timeline
from visitx.report.worldmap import plot_map, world_path

__all__ = ["plot_map", "plot_matrix", "plot_timeline", "world_path"]


def _cells(items: Iterable[Countable], *, international_only: bool) -> Counter[tuple[str, str]]:
    """(visitor country, host country) -> visits; symmetric meetings count both ways."""
    cells: Counter[tuple[str, str]] = Counter()
    for visit in visits_of(items, international_only=international_only):
        visitors = {p.country for p in visit.participants if p.role == Role.VISITOR and p.country}
        hosts = {p.country for p in visit.participants if p.role == Role.HOST and p.country}
        sym = sorted(
            {p.country for p in visit.participants if p.role == Role.PARTICIPANT and p.country}
        )
        pairs = {(a, b) for a in visitors for b in hosts}
        pairs |= {(a, b) for a in sym for b in sym if a != b}
        cells.update(pairs)
    return cells


def plot_matrix(
    items: Iterable[Countable], *, top: int = 12, international_only: bool = False
) -> SvgFigure:
    """The visitor-country × host-country matrix of the `top` most active countries.

    Symmetric meetings count in both cells. The note names the countries left out.
    Returns an `SvgFigure` whose `data` is ("A → B", count) pairs for every non-empty
    cell (shown or not), most frequent first.
    """
    cells = _cells(items, international_only=international_only)
    title = "Who visited whom: visitor country (row) → host country (column)"
    if not cells:
        return SvgFigure(
            svg_document(
                360, 60, title, [svg_text(180, 42, "no visits with countries", fill="#57606a")]
            )
        )
    activity: Counter[str] = Counter()
    for (a, b), n in cells.items():
        activity[a] += n
        activity[b] += n
    ranked = sorted(activity, key=lambda c: (-activity[c], c))
    keep = sorted(ranked[:top])
    left_out = ranked[top:]
    note = (
        f"Not shown, with fewer visits than the {top} above: {', '.join(sorted(left_out))}."
        if left_out
        else ""
    )
    size, left, top_y = 26, 44, 52
    peak = max(cells.values())
    body = []
    for j, country in enumerate(keep):
        cx = left + j * size + size / 2
        body.append(svg_text(cx, top_y - 6, country, size=10))
        body.append(
            svg_text(left - 4, top_y + j * size + size / 2 + 4, country, anchor="end", size=10)
        )
    for i, a in enumerate(keep):
        for j, b in enumerate(keep):
            n = cells.get((a, b), 0)
            x, y = left + j * size, top_y + i * size
            shade = 0.08 + 0.85 * n / peak if n else 0
            body.append(
                f'<rect x="{x}" y="{y}" width="{size - 2}" height="{size - 2}" '
                f'fill="#1f77b4" fill-opacity="{shade:.2f}" stroke="#eaeef2">'
                f"<title>{escape(a)} → {escape(b)}: {n}</title></rect>"
            )
            if n:
                body.append(svg_text(x + size / 2 - 1, y + size / 2 + 3, str(n), size=10))
    width = left + len(keep) * size + 10
    height = top_y + len(keep) * size + 10
    data = sorted(
        ((f"{a} → {b}", n) for (a, b), n in cells.items()), key=lambda kv: (-kv[1], kv[0])
    )
    return SvgFigure(svg_document(max(width, 460), height, title, body), data, note)
