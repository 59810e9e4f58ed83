"""country_code on the categories of issue 22's held-out sets, each case with its source.

Expected values are hand-checked (bench/country_heldout.json holds the full sets).
"""

from __future__ import annotations

import pytest

from visitx import country_code


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ungern", "de"),  # wordfreq de rank ~8,300: "reluctantly" (Swedish Ungern = Hungary)
        ("Ungern", None),
        ("malte", "de"),  # wordfreq de: "painted", a first name (French Malte = Malta)
        ("Malte", None),
        ("Maurice", None),  # wordfreq en: a first name (French Maurice = Mauritius)
        ("chili", "en"),  # wordfreq en: the pepper (French Chili = Chile)
        ("Tunis", None),  # wordfreq en: the city (Croatian Tunis = Tunisia)
        ("Granada", None),  # wordfreq en: the Spanish city (Spanish Granada = Grenada)
        ("Dominique", None),  # wordfreq en: a first name (French Dominique = Dominica)
        ("polen", "es"),  # wordfreq es: "pollen" (German Polen = Poland)
        ("binin", "tr"),  # wordfreq tr: "of the thousand" (Hausa Binin = Benin)
        ("朝方", "ja"),  # wordfreq ja: "morning" (Chinese 朝方 = the North Korean side)
        ("hollande", None),  # wordfreq en: François Hollande (French for the Netherlands)
    ],
)
def test_word_of_another_language_is_no_country(text: str, language: str | None) -> None:
    """A mid-frequency word that only another language uses for a country is None."""
    assert country_code(text, language=language) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Malte", "fr", "MLT"),  # CLDR fr
        ("Ungern", "sv", "HUN"),  # CLDR sv
        ("Tunis", "hr", "TUN"),  # CLDR hr
        ("Polen", "de", "POL"),  # CLDR de
        ("Maurice", "fr", "MUS"),  # CLDR fr
    ],
)
def test_word_names_its_country_in_its_own_language(
    text: str, language: str, expected: str
) -> None:
    """The same word is the country with a `language` that names it so."""
    assert country_code(text, language=language) == expected


@pytest.mark.parametrize(
    "text",
    ["Deutschland", "Italia", "España", "Brasil", "Suisse"],  # CLDR de, it, es, pt, fr
)
def test_frequent_own_name_stays_a_country_in_a_country_field(text: str) -> None:
    """A country's own name, used in English text too, is read without a language."""
    assert country_code(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # petrarch2 Phoenix.Countries.actors.txt: CAMEO files territories under their
        # sovereign (USAGUM, DNKFRO); ISO 3166-1 gives them a code of their own.
        ("Guam", "GUM"),
        ("Faroe Islands", "FRO"),
        ("Puerto Rico", "PRI"),
        # NGEC test_actor_resolution.py test_nat1, test_nat2
        ("Great Britain", "GBR"),
        ("Republic of China", "TWN"),
    ],
)
def test_actor_country_names(text: str, expected: str) -> None:
    """Country names of event-coding dictionaries and tests are read."""
    assert country_code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "'Nam",  # petrarch2 Phoenix.Countries.actors.txt, under VIETNAM: no code NAM (Namibia)
        "Samoa (Occupied)",  # petrarch2, under AMERICAN_SAMOA: not the state of Samoa
        "Hollande",  # petrarch2, under FRANCOIS_HOLLANDE: not the Netherlands
    ],
)
def test_actor_names_that_hold_another_country_are_none(text: str) -> None:
    """A dictionary name that looks like another country's name or code is None."""
    assert country_code(text) is None


@pytest.mark.parametrize(
    "text",
    ["Kenya Barris", "India Arie", "Israel Adesanya", "Georgia O'Keeffe", "Tom Holland",
     # bench/country_traps.json, "written here" (persons named like countries or demonyms)
     "Kenya Moore", "India Hicks", "Sudan Archives", "Cuba Gooding Jr.", "Niger Innis",
     "America Ferrera", "Denmark Vesey", "Samoa Joe", "Kanye West", "Джордан Хендерсон"],
)  # fmt: skip
def test_person_is_no_country(text: str) -> None:
    """A person named with a country word is None (hand-written, README principle)."""
    assert country_code(text) is None


@pytest.mark.parametrize(
    "text",
    ["Turkey Hill", "New England Patriots", "Jersey Shore", "Peru State College",
     # bench/country_traps.json, "written here"
     "Chile Fund", "Columbia University", "Air Jordan", "Canada Goose", "Poland Spring",
     "Iberia", "American University of Beirut", "Islamic State"],
)  # fmt: skip
def test_institution_of_another_country_is_none(text: str) -> None:
    """An institution or brand holding a country word is None (hand-written)."""
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "allowed"),
    [("China Airlines", {None, "TWN"}), ("Air India", {None, "IND"}),
     # bench/country_traps.json, "written here": organs of a state
     ("Royal Thai Army", {None, "THA"}), ("Bank of Korea", {None, "KOR"}),
     ("中国人民银行", {None, "CHN"}), ("米軍", {None, "USA"}), ("한국은행", {None, "KOR"}),
     ("Bundeswehr", {None, "DEU"}), ("الجيش الإسرائيلي", {None, "ISR"})],
)  # fmt: skip
def test_institution_answers_only_its_own_country(text: str, allowed: set[str | None]) -> None:
    """An institution answers None or the country it belongs to, never the word's country."""
    assert country_code(text) in allowed


@pytest.mark.parametrize(
    "text",
    ["Lake Chad", "Congo River", "Gulf of Oman", "South China Sea", "New Jersey", "Jordan Valley",
     # bench/country_traps.json, "written here"
     "New Guinea", "Lebanon, Pennsylvania", "China, Maine", "Kuwait City", "Jamaica Plain",
     "Nouvelle-Guinée", "Новая Гвинея", "Нью-Мексико", "Китай-город", "Татарстан",
     "غينيا الجديدة", "نهر الأردن", "خليج عمان", "آذربایجان شرقی", "دریای عمان", "中美洲",
     "内蒙古", "新几内亚", "中国地方", "ニューギニア", "ヨルダン川", "뉴기니", "남중국해",
     "Cənubi Azərbaycan", "Qoraqalpogʻiston"],
)  # fmt: skip
def test_place_that_is_not_the_country_is_none(text: str) -> None:
    """A place holding a country word is None (hand-written)."""
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dominican Republic", "DOM"),
        ("Dominica", "DMA"),
        ("Guinea-Bissau", "GNB"),
        ("Niger", "NER"),
        ("South Sudan", "SSD"),
    ],
)
def test_country_inside_another_name_is_itself(text: str, expected: str) -> None:
    """A country whose name holds another's is itself, not its neighbour (hand-written)."""
    assert country_code(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # bench/country_traps.json, "written here": words holding a country's letters
        ("مصرف", "ar"),  # "bank" (مصر, Egypt)
        ("العراقيل", "ar"),  # "the obstacles" (عراق, Iraq)
        ("الهندسة", "ar"),  # "engineering" (هند, India)
        ("تركيب", "ar"),  # "installation" (ترك, Turk)
        ("هندوانه", "fa"),  # "watermelon" (هند, India)
        ("کره زمین", "fa"),  # "the globe" (کره, Korea; also "butter")
        ("ایرانسل", "fa"),  # Irancell, a mobile operator
        ("美元", "zh"),  # "US dollar"
        ("中心", "zh"),  # "centre"
        ("英雄", "zh"),  # "hero"
        ("米価", "ja"),  # "the price of rice" (米, rice; the US)
        ("独自", "ja"),  # "original" (独, Germany)
        ("미국산", "ko"),  # "US-made"
        ("중국집", "ko"),  # "Chinese restaurant"
        ("индейка", "ru"),  # "turkey" (the bird)
        ("грузовик", "ru"),  # "truck" (груз, cargo; Грузия, Georgia)
        ("Indianer", "de"),  # "Native Americans" (Indien, India)
        ("Inland", "de"),  # "home country, domestic" (Irland, Island)
        ("yemek", "tr"),  # "food, to eat" (Yemen)
        ("hindi", "tr"),  # "turkey" (the bird; Hindistan, India)
    ],
)
def test_word_holding_a_country_word_is_none(text: str, language: str) -> None:
    """A word that holds a country's name or letters but means something else is None."""
    assert country_code(text, language=language) is None
