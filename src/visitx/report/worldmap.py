"""The report's map: visit places on a world outline, drawn as inline SVG by hand.

The background is Natural Earth's 1:110m land outline from the `world-atlas` package,
shipped with visitx (`_world/land-110m.json`), in an equirectangular projection: no tiles,
no network, one file. Places are drawn where the offline gazetteer put them (`Place.geo`);
places without coordinates are counted in the note, never guessed.

Places whose markers would overlap on the world map (Türkiye, Iran and the Caucasus in a
typical batch) are merged, closest first, until no two markers overlap: a merged marker
shows how many places it holds, names them in its tooltip and is labelled "Place +N";
the region of the marker with the most places is drawn again below the world, enlarged,
with every place labelled (places that would still overlap there share one marker).
Where markers and labels go is worked out in `report.maplayout`; this module draws.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from markupsafe import escape

from visitx.analysis.units import Countable, visits_of
from visitx.report.maplayout import (
    Cluster,
    MapPlace,
    crowded_window,
    label_positions,
    marker_radius,
    merge_markers,
)
from visitx.report.plots import SvgFigure, svg_document, svg_text

__all__ = ["plot_map", "world_path"]

_K = 2.0  # pixels per degree
_TOP, _BOTTOM = 84.0, -58.0  # latitudes shown (Antarctica and the far north left out)
_MAP_W, _MAP_H = int(360 * _K), int((_TOP - _BOTTOM) * _K)


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


_DETAIL_W, _DETAIL_MAX_H = 720, 340  # the enlarged region, in px


def _marker(x: float, y: float, r: float, tip: str, cls: str, extra: str = "") -> str:
    return (
        f'<circle class="{cls}"{extra} cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#cf222e" '
        f'fill-opacity="0.6" stroke="#fff" stroke-width="0.8"><title>{escape(tip)}</title></circle>'
    )


def _place_marker(place: MapPlace, x: float, y: float, r: float) -> str:
    extra = f' data-geonames="{place.geonames_id}"'
    return _marker(x, y, r, f"{place.name}: {place.count}", "vx-place", extra)


def _spot(c: Cluster, r: float) -> list[str]:
    """A marker holding several places: their number on it, each place in its tooltip."""
    tip = ", ".join(f"{p.name}: {p.count}" for p in c.places)
    body = [_marker(c.x, c.y, r, tip, "vx-spot")]
    if len(c.places) > 1:
        body.append(
            svg_text(c.x, c.y + 3.5, str(len(c.places)), size=9, fill="#fff", font_weight="600")
        )
    return body


def _detail(
    window: tuple[float, float, float, float], places: list[MapPlace], peak: int, top: float
) -> tuple[list[str], float]:
    """The enlarged region at `top` px: land and a labelled marker per place (places still
    too close at this scale share one, labelled with all their names); its height."""
    west, south, east, north = window
    scale = min(_DETAIL_W / (east - west), _DETAIL_MAX_H / (north - south))
    width, height = (east - west) * scale, (north - south) * scale
    left = (_DETAIL_W - width) / 2
    body = [
        svg_text(
            _DETAIL_W / 2,
            top + 14,
            "Enlarged: the crowded region (every place labelled)",
            size=12,
            font_weight="600",
        ),
        '<clipPath id="vx-detail-clip">'
        f'<rect width="{width:.1f}" height="{height:.1f}"/></clipPath>',
        f'<g transform="translate({left:.1f} {top + 22:.1f})">',
        f'<rect width="{width:.1f}" height="{height:.1f}" fill="#eef5fb" stroke="#b6bec6"/>',
        '<g clip-path="url(#vx-detail-clip)">'
        f'<path class="vx-land" d="{world_path()}" fill="#d9dee3" stroke="#b6bec6" '
        f'stroke-width="0.6" vector-effect="non-scaling-stroke" transform="translate('
        f'{-(180 + west) * scale:.1f} {-(_TOP - north) * scale:.1f}) scale({scale / _K:.4f})"/>',
    ]
    inside = [p for p in places if west <= p.lon <= east and south <= p.lat <= north]

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * scale, (north - lat) * scale

    clusters = merge_markers(inside, peak, project)
    points = []
    for c in clusters:
        r = marker_radius(c, peak)
        if len(c.places) == 1:
            body.append(_place_marker(c.places[0], c.x, c.y, r))
        else:
            body += _spot(c, r)
        names = ", ".join(p.name for p in c.places)
        points.append((c.x, c.y, r, f"{names} ({c.count})"))
    points.sort(key=lambda p: p[1])
    markers = [(x, y, r) for x, y, r, _ in points]
    spots = label_positions(points, width, markers)
    for (_, _, _, text), spot in zip(points, spots, strict=True):
        if spot is not None:
            body.append(svg_text(*spot, text, anchor="start", size=11, class_="vx-map-label"))
    body.append("</g></g>")
    return body, height + 30


def plot_map(items: Iterable[Countable], *, international_only: bool = False) -> SvgFigure:
    """Visit places on a world outline, one circle per place, its area by the count.

    Places whose markers would overlap share one marker (`circle.vx-spot`) showing how
    many places it holds, listing them in its tooltip, labelled with the most visited
    one and "+N"; no two markers overlap. The region of the marker with the most places
    is drawn again, enlarged, below the world, with a labelled marker per place
    (`circle.vx-place`).

    Args:
        items: records or events (`visitx.events`: each engagement counts once).
        international_only: leave out domestic visits.

    Returns:
        An `SvgFigure` whose `data` is (place, count) pairs, most visited first.
    """
    counts: Counter[tuple[int, str, float, float]] = Counter()
    missing = 0
    for visit in visits_of(items, international_only=international_only):
        geo = visit.location.geo if visit.location is not None else None
        if geo is None:
            missing += 1
            continue
        counts[(geo.geonames_id, geo.name or str(geo.geonames_id), geo.lat, geo.lon)] += 1
    places = [
        MapPlace(gid, name, lat, lon, n)
        for (gid, name, lat, lon), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][1]))
    ]
    peak = places[0].count if places else 1
    clusters = merge_markers(places, peak, _xy)
    crowded = max(
        (c for c in clusters if len(c.places) > 1),
        key=lambda c: (len(c.places), c.count),
        default=None,
    )
    window = crowded_window(crowded) if crowded is not None else None

    def enlarged(p: MapPlace) -> bool:
        return (
            window is not None
            and window[0] <= p.lon <= window[2]
            and (window[1] <= p.lat <= window[3])
        )

    body = [
        f'<clipPath id="vx-map-clip"><rect width="{_MAP_W}" height="{_MAP_H}"/></clipPath>',
        f'<rect x="0" y="24" width="{_MAP_W}" height="{_MAP_H}" fill="#eef5fb"/>',
        '<g transform="translate(0 24)" clip-path="url(#vx-map-clip)">'
        f'<path class="vx-land" d="{world_path()}" fill="#d9dee3" stroke="#b6bec6" '
        'stroke-width="0.4"/>',
    ]
    if window is not None:
        west, south, east, north = window
        (x0, y0), (x1, y1) = _xy(west, north), _xy(east, south)
        body.append(
            f'<rect class="vx-detail-frame" x="{x0:.1f}" y="{y0:.1f}" width="{x1 - x0:.1f}" '
            f'height="{y1 - y0:.1f}" fill="none" stroke="#57606a" stroke-dasharray="3 2"/>'
        )
    labels = []
    for c in clusters:
        r = marker_radius(c, peak)
        if len(c.places) == 1 and not enlarged(c.places[0]):
            body.append(_place_marker(c.places[0], c.x, c.y, r))
            labels.append((c.x, c.y, r, c.places[0].name))
        else:
            body += _spot(c, r)
            if not any(enlarged(p) for p in c.places):
                labels.append((c.x, c.y, r, f"{c.places[0].name} +{len(c.places) - 1}"))
    markers = [(c.x, c.y, marker_radius(c, peak)) for c in clusters]
    spots = label_positions(labels, _MAP_W, markers, force=False)
    for (_, _, _, text), spot in zip(labels, spots, strict=True):
        if spot is not None:
            body.append(svg_text(*spot, text, anchor="start", size=10, class_="vx-map-label"))
    body.append("</g>")
    height = _MAP_H + 28
    if window is not None:
        detail, extra = _detail(window, places, peak, height)
        body += detail
        height += int(extra) + 6
    note = f"{missing} visit(s) without coordinates are not shown." if missing else ""
    if crowded is not None:
        note = (
            "A marker with a number holds that many places too close to tell apart "
            "(hover it for their names); the dashed frame is enlarged below the world. " + note
        ).strip()
    data = [(p.name, p.count) for p in places]
    return SvgFigure(svg_document(_MAP_W, height, "Where the visits took place", body), data, note)
