"""Offline geocoding of places and the derived international flag."""

from __future__ import annotations

import json
from pathlib import Path

from visitx.core.models import Participant, Place, Role, Span, Visit, VisitStatus, VisitType
from visitx.io.files import read_results
from visitx.places.geo import geocode, is_international

from conftest import cluster_records


def _place(name: str, **kw: str | None) -> Place:
    return Place(name=Span(text=name), **kw)


def _visit(countries: list[tuple[Role, str | None]], where: str | None) -> Visit:
    return Visit(
        id="x-0",
        type=VisitType.VISIT,
        status=VisitStatus.OCCURRED,
        summary="s",
        participants=[
            Participant(role=role, kind="person", name=Span(text=f"P{i}"), country=c)
            for i, (role, c) in enumerate(countries)
        ],
        location=_place("somewhere", country=where) if where else None,
    )


def test_persian_name_with_english_city_resolves_to_rasht() -> None:
    """رشت with city Rasht in IRN is GeoNames 118743 (Rasht), matched on its main name."""
    geo = geocode(_place("رشت", city="Rasht", country="IRN"))
    assert geo is not None
    assert (geo.geonames_id, geo.match, geo.name) == (118743, "name", "Rasht")
    assert round(geo.lat, 1) == 37.3
    assert round(geo.lon, 1) == 49.6


def test_name_in_another_script_matches_an_alternate_name() -> None:
    """서울 alone, in KOR, is Seoul (1835848) through GeoNames' alternate names."""
    geo = geocode(_place("서울", country="KOR"))
    assert geo is not None
    assert (geo.geonames_id, geo.match) == (1835848, "alternate_name")


def test_place_without_a_country_is_not_geocoded() -> None:
    """No country, no guess: Rasht without a country stays null."""
    assert geocode(_place("Rasht", city="Rasht")) is None


def test_name_and_country_must_agree() -> None:
    """Rasht said to be in Türkiye matches no Turkish city."""
    assert geocode(_place("Rasht", city="Rasht", country="TUR")) is None


def test_name_shared_by_two_cities_of_one_country_is_ambiguous() -> None:
    """Springfield, USA names several GeoNames cities: null."""
    assert geocode(_place("Springfield", country="USA")) is None


def test_names_pointing_to_different_cities_are_ambiguous() -> None:
    """city Ankara but English name Istanbul: the place's names disagree, null."""
    assert geocode(_place("x", city="Ankara", name_en="Istanbul", country="TUR")) is None


def test_two_countries_make_a_visit_international() -> None:
    """A visitor from UZB and a host from TUR: international."""
    assert is_international(_visit([(Role.VISITOR, "UZB"), (Role.HOST, "TUR")], "TUR"))


def test_one_country_at_home_is_domestic() -> None:
    """Everyone from TUR, the place in TUR: not international."""
    assert not is_international(_visit([(Role.VISITOR, "TUR"), (Role.HOST, "TUR")], "TUR"))


def test_one_country_abroad_is_international() -> None:
    """Turkish visitors met in Germany: international though only TUR is named."""
    assert is_international(_visit([(Role.VISITOR, "TUR"), (Role.HOST, None)], "DEU"))


def test_no_country_known_is_not_international() -> None:
    """Without any country the flag stays False."""
    assert not is_international(_visit([(Role.VISITOR, None)], None))


def test_records_carry_geo_and_international() -> None:
    """Building a record geocodes the place (Газиантеп → Gaziantep) and sets international."""
    record = next(r for r in cluster_records() if r.article.source_id == "c03_ru_namangan")
    visit = record.visits[0]
    assert visit.location is not None
    assert visit.location.geo is not None
    assert visit.location.geo.name == "Gaziantep"
    assert visit.international is True


def test_schema_1_records_are_upgraded_on_read(tmp_path: Path) -> None:
    """A schema-1 line without `international` reads back with it derived (UZB → TUR: True)."""
    record = cluster_records()[0]
    data = record.model_dump(mode="json")
    data["meta"]["schema_version"] = "1"
    for visit in data["visits"]:
        del visit["international"]
        visit["location"].pop("geo")
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(data) + "\n", encoding="utf-8")
    (read,) = read_results(path)
    assert read.visits[0].international is True
    assert read.visits[0].location is not None
    assert read.visits[0].location.geo is not None
