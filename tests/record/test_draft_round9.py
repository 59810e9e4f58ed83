"""Drafts round 9: fakes aimed at the name, office and source readings of round 8, and the
genuine visits they must keep (`bench/drafts_round9_cases.json`, written blind;
`bench/probe_drafts_round9.py`). Each case names its probe case; every expected value is
read off the article by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from visitx.core.models import Article, Span, Visit
from visitx.grounding.namehit import not_the_name
from visitx.record.actors import office_countries, office_country_before
from visitx.record.build import build_visits
from visitx.record.demonyms import country_against_demonyms
from visitx.record.draft import Draft
from visitx.record.sources import in_namesake, is_source


def _person(name: str, role: str, country: str | None, title: str | None = None) -> dict[str, Any]:
    return {"role": role, "kind": "person", "name": name, "country": country, "title": title}


def _build(
    text: str, language: str, evidence: list[str], people: list[dict[str, Any]]
) -> tuple[Visit, list[str]]:
    visit = {
        "evidence": evidence,
        "type": "visit",
        "status": "occurred",
        "summary": "The two officials met for talks.",
        "participants": people,
    }
    draft = Draft.model_validate({"language": language, "visits": [visit]})
    article = Article(id=Article.id_for(text), text=text, language=language, published="2024-06-11")
    (built,), warnings = build_visits(draft, article)
    return built, warnings


def _people(visit: Visit) -> list[tuple[str, str | None, str | None]]:
    return [(p.name.text, p.name.match, p.country) for p in visit.participants]


# -- a name found as another word, a list, a swap ---------------------------------------------

HU1 = (
    "Szijjártó Péter külügyminiszter hétfőn Budapesten fogadta Wang Yi kínai külügyminisztert. "
    "A tárgyaláson részt vett Orbán Viktor, Szijjártó Péter és Nagy Márton is."
)
TR1 = (
    "Tarım ve Orman Bakanı İbrahim Yumaklı, Azerbaycan Tarım Bakanı Mecid Kerimov ile Ankara'da "
    "görüştü. İki bakan görüşmenin ardından bakanlık bahçesine fidan dikti."
)
EN4 = (
    "CAIRO - Egypt's Minister of Local Development Hassan Ali met the visiting Jordanian minister "
    "of municipal affairs, Walid al-Masri, in Cairo on Sunday."
)


@pytest.mark.parametrize(
    ("case", "text", "language", "fake", "real"),
    [
        ("f20", HU1, "hu", "Viktor Szijjártó", "Wang Yi"),  # across "Orbán Viktor, Szijjártó"
        ("f24", TR1, "tr", "Fidan", "İbrahim Yumaklı"),  # "fidan dikti": planted a sapling
        ("f31", EN4, "en", "Ali Hassan", "Walid al-Masri"),  # "Hassan Ali" is another man
    ],
)
def test_a_made_up_name_is_not_found(
    case: str, text: str, language: str, fake: str, real: str
) -> None:
    visit, warnings = _build(
        text,
        language,
        [text.split(". ", maxsplit=1)[0] + "."],
        [_person(real, "visitor", None), _person(fake, "host", None)],
    )
    assert visit.participants[1].name == Span(text=fake)
    assert f"participants[1].name: {fake!r} was not found in the article" in " ".join(warnings)
    assert visit.codes.cameo == ["042", "043"]  # the real participant carries the visit


def test_g15_g16_hungarian_order_is_still_found() -> None:
    """g15: "Péter Szijjártó" for "Szijjártó Péter" in a Hungarian article."""
    visit, _ = _build(
        HU1,
        "hu",
        [HU1.split(". ", maxsplit=1)[0] + "."],
        [_person("Wang Yi", "visitor", "CHN"), _person("Péter Szijjártó", "host", "HUN")],
    )
    assert _people(visit) == [("Wang Yi", "exact", "CHN"), ("Szijjártó Péter", "fuzzy", "HUN")]


def test_not_the_name_reads_case_commas_and_order() -> None:
    """f24, f20, f31 and g15 by hand; "Martin Luther King, Jr." keeps its comma."""
    hit = Span(text="fidan", start=0, end=5, match="normalized")
    assert not_the_name("Fidan", hit, "tr") == "the article has only the common word 'fidan'"
    hit = Span(text="King, Jr.", start=0, end=9, match="fuzzy")
    assert not_the_name("King Jr.", hit, "en") is None
    hit = Span(text="Hassan Ali", start=0, end=10, match="fuzzy")
    assert not_the_name("Ali Hassan", hit, "en") is not None
    assert not_the_name("Ali Hassan", hit, "hu") is None
    exact = Span(text="Ali Hassan", start=0, end=10, match="exact")
    assert not_the_name("Ali Hassan", exact, "en") is None


# -- the country an office names: before an inflected name, and parts of countries -----------

RU1 = (
    "МОСКВА, 4 апреля. Министр иностранных дел России Сергей Лавров провёл переговоры с министром "
    "иностранных дел Лаоса Салемсаем Коммаситом, прибывшим в Москву с официальным визитом."
)
UK2 = (
    "Прем'єр-міністр України Денис Шмигаль 22 січня зустрівся в Києві з прем'єр-міністром Польщі "
    "Дональдом Туском."
)


@pytest.mark.parametrize(
    ("case", "text", "language", "guest", "wrong", "host", "host_country"),
    [
        ("f01", RU1, "ru", "Салемсай Коммасит", "RUS", "Сергей Лавров", "RUS"),
        ("f12", UK2, "uk", "Дональд Туск", "UKR", "Денис Шмигаль", "UKR"),
    ],
)
def test_the_office_before_an_inflected_name_names_its_country(
    case: str, text: str, language: str, guest: str, wrong: str, host: str, host_country: str
) -> None:
    evidence = [text.split("\n", maxsplit=1)[0].removeprefix("МОСКВА, 4 апреля. ")]
    visit, warnings = _build(
        text,
        language,
        evidence,
        [_person(guest, "visitor", wrong), _person(host, "host", host_country)],
    )
    assert visit.participants[0].country is None
    assert visit.participants[0].name.match == "fuzzy"  # "Салемсаем Коммаситом", "Дональдом Туском"
    assert any("participants[0].country" in w for w in warnings)


@pytest.mark.parametrize(
    ("case", "words", "countries"),
    [
        ("f01", "министром иностранных дел Лаоса", ["LAO"]),
        ("f06", "послом КНДР", ["PRK"]),
        ("f12", "прем'єр-міністром Польщі", ["POL"]),  # Ukrainian locative, no index form
        ("-", "Президент России принял", []),  # Russia is the other man's
    ],
)
def test_office_country_before(case: str, words: str, countries: list[str]) -> None:
    assert sorted(office_country_before(words)) == countries


@pytest.mark.parametrize(
    ("case", "name", "countries"),
    [
        ("f13", "Посол України в Польщі", ["UKR"]),
        ("g22", "The Governor of Georgia Brian Kemp", ["USA"]),
        ("g30", "The Governor of the Province of Luxembourg Olivier Schmitz", ["BEL"]),
        ("g51", "gouverneur de la province de Luxembourg", ["BEL"]),
        ("g28", "The Governor of East Azerbaijan Province Abedin Khorram", ["IRN"]),
        ("g41", "استاندار آذربایجان شرقی", ["IRN"]),
        ("g05", "президентом Республики Сербской", ["BIH"]),
        ("-", "Governor-General of Australia", ["AUS"]),  # a country's governor
        ("-", "Governor of the Central Bank of Nigeria", ["NGA"]),
        ("-", "Prime Minister of Georgia Irakli Kobakhidze", ["GEO"]),
    ],
)
def test_office_countries_of_parts(case: str, name: str, countries: list[str]) -> None:
    assert sorted(office_countries(name)) == countries


# -- agencies of datelines and namesakes -------------------------------------------------------


_SOURCE, _NAMESAKE = is_source, in_namesake


@pytest.mark.parametrize(
    ("case", "check", "name", "text", "expected"),
    [
        ("f16", _SOURCE, "PAP", "Warszawa (PAP) - Prezydent Andrzej Duda przyjął gościa.", True),
        ("f18", _SOURCE, "ČTK", "Praha 21. února (ČTK) - Premiér přijal Roberta Fica.", True),
        ("f21", _SOURCE, "MTI", "Budapest, 2024. február 12. (MTI) - Szijjártó fogadta.", True),
        ("f40", _SOURCE, "新华社", "新华社北京3月7日电 国家主席习近平7日会见通伦。", True),
        ("f11", _SOURCE, "Укрінформу", "Про це повідомляє кореспондент Укрінформу.", True),
        # the dash rule needs a dateline's short line: "(pictured)" after a name is none
        ("-", _SOURCE, "pictured", "Kenyan President William Ruto (pictured) met Biden.", False),
        ("-", _SOURCE, "Warszawa", "Warszawa (PAP) - Prezydent przyjął gościa.", False),
        ("f26", _NAMESAKE, "Indira Gandhi", "Biden landed at Indira Gandhi Airport.", True),
        ("f25", _NAMESAKE, "Heydər Əliyev", "Qonaq Heydər Əliyev Mərkəzini ziyarət edib.", True),
        ("f08", _NAMESAKE, "Гейдара Алиева", "возложил венок к могиле Гейдара Алиева.", True),
        ("g20", _NAMESAKE, "Joe Biden", "Joe Biden landed at Indira Gandhi Airport.", False),
    ],
)
def test_sources_and_namesakes(case: str, check: Any, name: str, text: str, expected: bool) -> None:
    assert check(name, text) is expected


def test_f27_a_namesake_beside_the_real_host_keeps_the_codes_with_a_warning() -> None:
    text = (
        "NAIROBI, May 3 (Xinhua) -- Kenyan President William Ruto on Friday received visiting "
        "Polish President Andrzej Duda at State House in Nairobi. Duda had landed at Jomo "
        "Kenyatta International Airport on Thursday night."
    )
    visit, warnings = _build(
        text,
        "en",
        [text.split(". ", maxsplit=1)[0] + "."],
        [_person("Andrzej Duda", "visitor", "POL"), _person("Jomo Kenyatta", "host", "KEN")],
    )
    assert visit.codes.cameo == ["042", "043"]
    assert (
        "visits[0]: participant 'Jomo Kenyatta' is named only as the namesake of a place "
        "(an airport, a grave), not a party of the visit"
    ) in warnings


def test_g06_korean_name_with_a_soft_sign_found_inflected() -> None:
    """g06: "Юн Сок Ёль" in "с президентом Южной Кореи Юн Сок Ёлем"."""
    text = (
        "Губернатор штата Джорджия Брайан Кемп 20 августа прибыл в Сеул, где встретился с "
        "президентом Южной Кореи Юн Сок Ёлем."
    )
    visit, _ = _build(
        text,
        "ru",
        [text],
        [_person("Брайан Кемп", "visitor", "USA"), _person("Юн Сок Ёль", "host", "KOR")],
    )
    assert _people(visit) == [("Брайан Кемп", "exact", "USA"), ("Юн Сок Ёлем", "fuzzy", "KOR")]


def test_f25_a_namesake_alone_codes_nothing() -> None:
    """f25 with the venue's namesake as the only participant: "Heydər Əliyev Mərkəzi"."""
    text = (
        "Prezident İlham Əliyev iyunun 10-da Gürcüstanın Baş naziri İrakli Kobaxidzeni qəbul "
        "edib. Qonaq daha sonra Heydər Əliyev Mərkəzini ziyarət edib."
    )
    visit, warnings = _build(
        text,
        "az",
        ["Qonaq daha sonra Heydər Əliyev Mərkəzini ziyarət edib."],
        [_person("Heydər Əliyev", "host", "AZE")],
    )
    assert visit.participants[0].name.match == "exact"
    assert visit.codes.cameo == []
    assert any("a place's namesake" in w for w in warnings)


@pytest.mark.parametrize(
    ("name", "code", "against"),
    [
        # f25's visitor: the Georgian given name "Irakli" is the Turkish "Iraklı" (Iraqi)
        ("Irakli Kobakhidze", "GEO", []),
        ("İrakli Kobaxidze", "GEO", []),
        ("Bill English", "NZL", []),  # New Zealand's prime minister 2016-2017
        ("Georgian Prime Minister Irakli Kobakhidze", "IRQ", ["GEO"]),
        ("Kenyan President William Ruto", "VNM", ["KEN"]),
    ],
)
def test_a_given_name_spelt_like_a_demonym_names_no_country(
    name: str, code: str, against: list[str]
) -> None:
    assert country_against_demonyms(code, [name], name=name, language="en") == against


def test_an_organisation_short_name_is_no_namesake() -> None:
    """The namesake rule reads persons only: "Tsinghua" for "Tsinghua University" is the
    body's short name, not a person named by a place."""
    text = "Kazakh President Kassym-Jomart Tokayev visited Tsinghua University in Beijing."
    org = {"role": "host", "kind": "organization", "name": "Tsinghua", "country": "CHN"}
    visit, warnings = _build(
        text, "en", [text], [_person("Kassym-Jomart Tokayev", "visitor", "KAZ"), org]
    )
    assert visit.codes.cameo == ["042", "043"]
    assert not any("namesake" in w for w in warnings)
