"""The report's world map: markers that would overlap are merged, and none overlap."""

from __future__ import annotations

import itertools
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from visitx.core.models import Article, Extraction, GeoPoint, Place, Span, Visit
from visitx.report.worldmap import plot_map

GOLD = Path(__file__).resolve().parents[2] / "examples" / "articles" / "gold.jsonl"


def _record(*places: tuple[str, float, float]) -> Extraction:
    """One record with a visit at each (name, lat, lon)."""
    visits = []
    ids: dict[str, int] = {}
    for k, (name, lat, lon) in enumerate(places):
        gid = ids.setdefault(name, 1000 + len(ids))  # one GeoNames id per place name
        geo = GeoPoint(lat=lat, lon=lon, geonames_id=gid, match="name", name=name)
        place = Place(name=Span(text=name), geo=geo)
        visits.append(
            Visit(id=f"0-{k}", type="visit", status="occurred", summary="x", location=place)
        )
    return Extraction(article=Article(id="sha256:0", text="x"), visits=visits)


def _circles(svg: str) -> list[list[tuple[float, float, float, str]]]:
    """The markers (cx, cy, r, tooltip) of each map: the world first, then the enlargement."""
    soup = BeautifulSoup(svg, "html.parser")
    groups: dict[int, list[tuple[float, float, float, str]]] = {}
    for circle in soup.find_all("circle"):
        assert isinstance(circle, Tag)
        parent = circle.find_parent("g", transform=True)
        groups.setdefault(id(parent), []).append(
            (float(circle["cx"]), float(circle["cy"]), float(circle["r"]), circle.get_text())
        )
    return list(groups.values())


def _overlapping(markers: list[tuple[float, float, float, str]]) -> list[tuple[str, str]]:
    return [
        (a[3], b[3])
        for a, b in itertools.combinations(markers, 2)
        if ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5 < a[2] + b[2]
    ]


def test_places_a_degree_apart_share_one_numbered_marker() -> None:
    """Kars and Ardahan (about 1° apart: 2 px on the world) are one marker "2" naming both."""
    svg = plot_map([_record(("Kars", 40.6, 43.1), ("Ardahan", 41.1, 42.7))]).svg
    world = _circles(svg)[0]
    assert len(world) == 1
    assert world[0][3] == "Ardahan: 1, Kars: 1"  # equal counts: by name
    assert ">2</text>" in svg


def test_distant_places_keep_their_own_labelled_markers() -> None:
    """Lima and Tokyo are far apart: two markers, each with its name beside it."""
    svg = plot_map([_record(("Lima", -12.0, -77.0), ("Tokyo", 35.7, 139.7))]).svg
    assert svg.count('class="vx-place"') == 2
    assert 'class="vx-spot"' not in svg
    assert ">Lima</text>" in svg
    assert ">Tokyo</text>" in svg


def test_a_chain_of_close_places_ends_without_overlaps() -> None:
    """Eight places 4° apart in a row (each overlapping the next) end with no overlaps."""
    row = [(f"P{k}", 40.0, 30.0 + 4 * k) for k in range(8)]
    for markers in _circles(plot_map([_record(*row)]).svg):
        assert _overlapping(markers) == []


def test_the_gold_map_has_no_overlapping_markers() -> None:
    """The 34 gold articles (Türkiye, Iran, the Caucasus): no two markers overlap on the
    world map nor on the enlargement, and no place is lost."""
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    figure = plot_map([Extraction.model_validate_json(line) for line in lines])
    maps = _circles(figure.svg)
    assert len(maps) == 2
    for markers in maps:
        assert _overlapping(markers) == []
    on_world = [entry for m in maps[0] for entry in m[3].split(", ")]
    assert sorted(on_world) == sorted(f"{name}: {n}" for name, n in figure.data)


def test_a_merged_marker_is_labelled_by_its_most_visited_place() -> None:
    """Ardahan (1 visit) and Kars (3) merge: "Kars +1", Kars first in the tooltip (the
    three places around Vienna are the region enlarged, so they are not labelled so)."""
    vienna = [("Vienna", 48.2, 16.4), ("Bratislava", 48.1, 17.1), ("Brno", 49.2, 16.6)]
    kars = [("Ardahan", 41.1, 42.7), *[("Kars", 40.6, 43.1)] * 3]
    svg = plot_map([_record(*vienna, *kars)]).svg
    assert ">Kars +1</text>" in svg
    assert "Kars: 3, Ardahan: 1" in [m[3] for m in _circles(svg)[0]]
