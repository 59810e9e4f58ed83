"""Swahili people nouns, Tagalog news names, French `Guyane` and a territory after its
sovereign's demonym, found by the tenth probe of `country_code`.

The probe's cases are in bench/country_round10_cases.json (written blind; the blind file
as written is `country_round10_blind.json`). Cases marked "probe" come from there, "Phoenix"
from the actor names of petrarch2's `Phoenix.Countries.actors.txt`
(`bench/build_country_heldout.py`), the others were added for these fixes.

Swahili names a person of a country with the noun-class prefix m- (mw- before a vowel)
and its people with wa-, on the country's name without the u- of the names that have one
(Ufaransa "France": Mfaransa, Wafaransa; Uingereza: Mwingereza, Waingereza; Marekani:
Mmarekani, Wamarekani; TUKI, *Kamusi ya Kiswahili Sanifu*; Ashton, *Swahili Grammar*,
classes 1 and 2). CLDR's Filipino locale writes most countries in English; Tagalog news
and Tagalog Wikipedia write Tsina, Pransiya (also Pransya), Gresya, Ehipto, Indonesya,
Biyetnam, Taylandiya, Suwisa, Suwesya, Ukranya and Sirya (UP Diksiyonaryong Filipino);
`hapon` is "afternoon" and Japan, `Inglatera` England, so they are left out. French
news call French Guiana `la Guyane` (CLDR: Guyane française); Guyana is `le Guyana`.
A territory written after its sovereign's name or demonym (`French Guyane`, `British
Gibraltar`) is the territory, as `Guam (US)` is (`tables/country_sovereigns.txt`).
"""

from __future__ import annotations

import pytest

from visitx import country_code


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wamarekani", "sw", "USA"),  # probe
        ("Mmarekani", "sw", "USA"),
        ("Wakenya", "sw", "KEN"),
        ("Mkenya", "sw", "KEN"),
        ("Wachina", "sw", "CHN"),
        ("Mchina", "sw", "CHN"),
        ("Waingereza", "sw", "GBR"),
        ("Mwingereza", "sw", "GBR"),
        ("Wafaransa", "sw", "FRA"),
        ("Warusi", "sw", "RUS"),
        ("Waganda", "sw", "UGA"),
        ("Mwisraeli", "sw", "ISR"),
        ("Tsina", "tl", "CHN"),  # probe; Phoenix
        ("Pransya", "tl", "FRA"),  # probe
        ("Pransiya", "tl", "FRA"),
        ("Gresya", "tl", "GRC"),
        ("Ehipto", "tl", "EGY"),
        ("Indonesya", "tl", "IDN"),
        ("Biyetnam", "tl", "VNM"),
        ("Taylandiya", "tl", "THA"),
        ("Suwisa", "tl", "CHE"),
        ("Suwesya", "tl", "SWE"),
        ("Ukranya", "tl", "UKR"),
        ("Sirya", "tl", "SYR"),
    ],
)
def test_swahili_people_and_tagalog_names(text: str, language: str, expected: str) -> None:
    assert country_code(text, language=language) == expected
    assert country_code(text) == expected


@pytest.mark.parametrize("text", ["mamayang hapon", "Inglatera"])  # probe: afternoon, England
def test_tagalog_words_left_out(text: str) -> None:
    assert country_code(text, language="tl") is None


def test_french_guyane() -> None:
    assert country_code("la Guyane", language="fr") == "GUF"  # probe
    assert country_code("Guyane") == "GUF"
    assert country_code("Guyana", language="fr") == "GUY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French Guyane", "GUF"),  # Phoenix (expected FRA, also GUF)
        ("British Gibraltar", "GIB"),  # Phoenix (expected GBR, also GIB)
        ("American Virgin Islands", "VIR"),  # Phoenix (expected USA, also VIR)
        ("Dutch Saint Martin", "SXM"),
        ("French Saint Martin", "MAF"),
        ("Danish Greenland", "GRL"),
    ],
)
def test_territory_after_its_sovereign(text: str, expected: str) -> None:
    assert country_code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "French Georgia",  # Georgia is no French territory
        "British Columbia",  # probe (blind file; round 9 holds it): a Canadian province
        "Norway, Svalbard and Jan Mayen",  # country_converter: a list, not SJM
    ],
)
def test_not_a_territory_of_that_sovereign(text: str) -> None:
    assert country_code(text) is None
