"""The report's map, timeline and country-pair matrix, drawn as inline SVG by hand.

The map's background is Natural Earth's 1:110m land outline from the `world-atlas`
package, shipped with visitx (`_world/land-110m.json`), in an equirectangular projection:
no tiles, no network, one file. Places are drawn where the offline gazetteer put them
(`Place.geo`); places without coordinates are counted in the note, never guessed.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from markupsafe import escape

from visitx.analysis.units import Countable, visits_of
from visitx.core.models import Role, Visit, VisitStatus
from visitx.report.plots import SvgFigure, svg_document, svg_text

__all__ = ["plot_map", "plot_matrix", "plot_timeline", "world_path"]

_K = 2.0  # pixels per degree
_TOP, _BOTTOM = 84.0, -58.0  # latitudes shown (Antarctica and the far north left out)
_MAP_W, _MAP_H = int(360 * _K), int((_TOP - _BOTTOM) * _K)
_STATUS_COLOURS = {
    VisitStatus.OCCURRED: "#1f77b4",
    VisitStatus.PLANNED: "#ff7f0e",
    VisitStatus.INVITED: "#9467bd",
    VisitStatus.CANCELLED: "#8c959f",
}


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180.0) * _K, (_TOP - lat) * _K


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # TopoJSON arcs are delta-encoded, quantized positions
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


@cache
def world_path() -> str:
    """The land outline as SVG path data in the map's coordinates (computed once)."""
    data = resources.files("visitx").joinpath("_world/land-110m.json").read_text("utf-8")
    topology = json.loads(data)
    arcs = _decode_arcs(topology)
    parts: list[str] = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for ring in polygon:
                points: list[tuple[float, float]] = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc if not points else arc[1:])
                if len(points) < 3 or max(lat for _, lat in points) < _BOTTOM:
                    continue  # Antarctica lies below the map
                # A ring crossing the antimeridian (Fiji, Chukotka) is cut there, so
                # that no stroke runs across the whole map.
                pieces: list[list[tuple[float, float]]] = [[]]
                for k, (lon, lat) in enumerate(points):
                    if k and abs(lon - points[k - 1][0]) > 180:
                        pieces.append([])
                    pieces[-1].append(_xy(lon, lat))
                parts.extend(
                    "M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in piece) + "Z"
                    for piece in pieces
                    if len(piece) > 1
                )
    return "".join(parts)


def plot_map(items: Iterable[Countable], *, international_only: bool = False) -> SvgFigure:
    """Visit places on a world outline, one circle per place, its area by the count.

    Args:
        items: records or events (`visitx.events`: each engagement counts once).
        international_only: leave out domestic visits.

    Returns:
        An `SvgFigure` whose `data` is (place, count) pairs, most visited first.
    """
    places: Counter[tuple[int, str, float, float]] = Counter()
    missing = 0
    for visit in visits_of(items, international_only=international_only):
        geo = visit.location.geo if visit.location is not None else None
        if geo is None:
            missing += 1
            continue
        places[(geo.geonames_id, geo.name or str(geo.geonames_id), geo.lat, geo.lon)] += 1
    body = [
        f'<clipPath id="vx-map-clip"><rect width="{_MAP_W}" height="{_MAP_H}"/></clipPath>',
        f'<rect x="0" y="24" width="{_MAP_W}" height="{_MAP_H}" fill="#eef5fb"/>',
        '<g transform="translate(0 24)" clip-path="url(#vx-map-clip)">'
        f'<path class="vx-land" d="{world_path()}" fill="#d9dee3" stroke="#b6bec6" '
        'stroke-width="0.4"/>',
    ]
    ordered = sorted(places.items(), key=lambda kv: (-kv[1], kv[0][1]))
    peak = ordered[0][1] if ordered else 1
    for (gid, name, lat, lon), n in sorted(ordered, key=lambda kv: kv[1], reverse=True):
        x, y = _xy(lon, lat)
        r = 3 + 9 * (n / peak) ** 0.5
        body.append(
            f'<circle class="vx-place" data-geonames="{gid}" cx="{x:.1f}" cy="{y:.1f}" '
            f'r="{r:.1f}" fill="#cf222e" fill-opacity="0.6" stroke="#fff" stroke-width="0.8">'
            f"<title>{escape(name)}: {n}</title></circle>"
        )
    body.append("</g>")
    note = f"{missing} visit(s) without coordinates are not shown." if missing else ""
    data = [(name, n) for (_, name, _, _), n in ordered]
    return SvgFigure(
        svg_document(_MAP_W, _MAP_H + 28, "Where the visits took place", body), data, note
    )


def plot_timeline(items: Iterable[Countable], *, international_only: bool = False) -> SvgFigure:
    """Each dated visit as a mark on a time axis, one row per status, coloured by status.

    Returns:
        An `SvgFigure` whose `data` is (status, count of dated visits) pairs.
    """
    dated: list[tuple[dt.date, dt.date, Visit]] = []
    for visit in visits_of(items, international_only=international_only):
        d = visit.date
        if d is None or not d.start:
            continue
        try:
            start = dt.date.fromisoformat(d.start)
            end = dt.date.fromisoformat(d.end or d.start)
        except ValueError:
            continue
        dated.append((start, max(start, end), visit))
    title = "Timeline"
    if not dated:
        return SvgFigure(
            svg_document(360, 60, title, [svg_text(180, 42, "no dated visits", fill="#57606a")])
        )
    first = min(s for s, _, _ in dated)
    last = max(e for _, e, _ in dated)
    days = max((last - first).days, 1)
    left, width, row = 80, 620, 26
    statuses = [s for s in VisitStatus if any(v.status == s for _, _, v in dated)]
    height = 40 + row * len(statuses) + 24
    body = []
    for i, status in enumerate(statuses):
        y = 40 + i * row
        body.append(svg_text(left - 6, y + 4, status.value, anchor="end", size=11))
        body.append(f'<line x1="{left}" y1="{y}" x2="{left + width}" y2="{y}" stroke="#eaeef2"/>')
    for start, end, visit in sorted(dated, key=lambda t: (t[0], t[2].id)):
        y = 40 + statuses.index(visit.status) * row
        x0 = left + width * (start - first).days / days
        x1 = left + width * (end - first).days / days
        colour = _STATUS_COLOURS[visit.status]
        label = f"{start.isoformat()}: {visit.summary}"
        body.append(
            f'<rect class="vx-tick" x="{x0 - 2:.1f}" y="{y - 7}" width="{max(x1 - x0, 0) + 4:.1f}" '
            f'height="14" rx="3" fill="{colour}" fill-opacity="0.55"><title>{escape(label)}</title>'
            "</rect>"
        )
    axis_y = 40 + row * len(statuses)
    body.append(svg_text(left, axis_y + 4, first.isoformat(), anchor="start", size=10))
    body.append(svg_text(left + width, axis_y + 4, last.isoformat(), anchor="end", size=10))
    counts = Counter(v.status.value for _, _, v in dated)
    data = [(s.value, counts[s.value]) for s in statuses]
    return SvgFigure(svg_document(left + width + 20, height, title, body), data)


def plot_matrix(
    items: Iterable[Countable], *, top: int = 12, international_only: bool = False
) -> SvgFigure:
    """The visitor-country × host-country matrix of the most active countries.

    Symmetric meetings count in both cells. Returns an `SvgFigure` whose `data` is
    ("A → B", count) pairs for the non-empty cells, most frequent first.
    """
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
    title = "Country pairs (rows visit columns)"
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
    keep = sorted(sorted(activity, key=lambda c: (-activity[c], c))[:top])
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
    return SvgFigure(svg_document(max(width, 240), height, title, body), data)
