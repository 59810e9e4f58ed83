"""Where the report map's markers and labels go (`report.worldmap` draws them).

Places whose markers would overlap are merged, closest first, into one marker at their
count-weighted centre until none overlap; the most crowded marker's places give the
region to enlarge; each label takes the first free spot around its marker. Coordinates
are the drawing's pixels: the caller projects the places.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = [
    "Cluster",
    "MapPlace",
    "crowded_window",
    "label_positions",
    "marker_radius",
    "merge_markers",
]

_GAP = 2.0  # px kept free between two markers


@dataclass
class MapPlace:
    """A visited place and how many visits it had."""

    geonames_id: int
    name: str
    lat: float
    lon: float
    count: int


@dataclass
class Cluster:
    """One marker at (x, y) px holding one place or several, most visited first."""

    x: float
    y: float
    places: list[MapPlace] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(p.count for p in self.places)


def _radius(count: int, peak: int, places: int = 1) -> float:
    """A marker's radius: area by count up to the most visited place's; a marker that
    holds several places is at least wide enough for its number."""
    r = 4.0 + 7.0 * math.sqrt(min(count, peak) / peak)
    return max(r, 7.5) if places > 1 else r


def marker_radius(c: Cluster, peak: int) -> float:
    """The radius of a marker, by its count against the most visited place's (`peak`)."""
    return _radius(c.count, peak, len(c.places))


def _merged(a: Cluster, b: Cluster) -> Cluster:
    """One marker for both, at their count-weighted centre."""
    n = a.count + b.count
    x = (a.x * a.count + b.x * b.count) / n
    y = (a.y * a.count + b.y * b.count) / n
    places = sorted(a.places + b.places, key=lambda p: (-p.count, p.name))  # most visited first
    return Cluster(x, y, places)


def _overlaps(clusters: list[Cluster], peak: int) -> list[tuple[float, int, int]]:
    """Pairs of markers closer than their radii and the gap: (closeness, i, j), closest
    first. A grid as wide as the widest marker pair keeps this near-linear."""
    cell = 2 * _radius(peak, peak, 2) + _GAP
    grid: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(clusters):
        grid.setdefault((int(c.x // cell), int(c.y // cell)), []).append(i)
    pairs = []
    for i, c in enumerate(clusters):
        gx, gy = int(c.x // cell), int(c.y // cell)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in grid.get((gx + dx, gy + dy), ()):
                    if j <= i:
                        continue
                    d = ((c.x - clusters[j].x) ** 2 + (c.y - clusters[j].y) ** 2) ** 0.5
                    reach = marker_radius(c, peak) + marker_radius(clusters[j], peak) + _GAP
                    if d < reach:
                        pairs.append((d / reach, i, j))
    return sorted(pairs)


def merge_markers(
    places: list[MapPlace], peak: int, project: Callable[[float, float], tuple[float, float]]
) -> list[Cluster]:
    """Markers that do not overlap: places whose markers would overlap are merged, the
    closest pairs first (each marker at most once a round), until none overlap."""
    clusters = [Cluster(*project(p.lon, p.lat), [p]) for p in places]
    while pairs := _overlaps(clusters, peak):
        used: set[int] = set()
        merged = []
        for _, i, j in pairs:
            if i not in used and j not in used:
                used |= {i, j}
                merged.append(_merged(clusters[i], clusters[j]))
        clusters = [c for k, c in enumerate(clusters) if k not in used] + merged
    return sorted(clusters, key=lambda c: (-c.count, c.x))


def crowded_window(cluster: Cluster) -> tuple[float, float, float, float]:
    """The region to enlarge around a crowded marker's places: (west, south, east, north)."""
    near = cluster.places
    west, east = min(p.lon for p in near) - 2.5, max(p.lon for p in near) + 2.5
    south, north = min(p.lat for p in near) - 2.0, max(p.lat for p in near) + 2.0
    if east - west < 16:
        mid = (east + west) / 2
        west, east = mid - 8, mid + 8
    if north - south < 9:
        mid = (north + south) / 2
        south, north = mid - 4.5, mid + 4.5
    return west, south, east, north


def label_positions(
    points: list[tuple[float, float, float, str]],
    right: float,
    markers: list[tuple[float, float, float]],
    *,
    force: bool = True,
) -> list[tuple[float, float] | None]:
    """Where each label goes: right of its marker, else below, above or left of it, so
    that labels overlap neither each other nor a marker (x, y, r), nor run past the
    edges. A label with no free spot goes right of its marker when `force`, else is
    left out (None: its marker's tooltip still names it)."""
    placed = [(x - r, y - r, x + r, y + r) for x, y, r in markers]
    out: list[tuple[float, float] | None] = []
    for x, y, r, text in points:
        width = 6.2 * len(text)
        tries = (
            (r + 3, 4),
            (r + 3, 16),
            (r + 3, -8),
            (-r - 3 - width, 4),
            (-width / 2, r + 12),
            (-width / 2, -r - 4),
            (-r - 3 - width, 16),
            (-r - 3 - width, -8),
        )
        spot = None
        for dx, dy in tries:
            box = (x + dx, y + dy - 10, x + dx + width, y + dy + 2)
            clear = (
                box[0] >= 0
                and box[2] <= right
                and not any(
                    box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                    for b in placed
                )
            )
            if clear:
                spot = (x + dx, y + dy)
                break
        if spot is None and force:
            spot = (x - r - 3 - width, y + 4) if x + r + 3 + width > right else (x + r + 3, y + 4)
        if spot is not None:
            placed.append((spot[0], spot[1] - 10, spot[0] + width, spot[1] + 2))
        out.append(spot)
    return out
