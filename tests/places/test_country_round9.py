"""ISO codes that are words of a language with no full word list, and two names, found by
the ninth probe of `country_code`.

The probe's cases are in bench/country_round9_cases.json (the blind pass
`country_round9_blind.json` and the second pass `country_round9_more.json`; the cases
below marked "probe" come from there, the others were added for this fix).

A three-letter ISO code written in lower case with `language=` is read as that language's
word when it is a common one (README: "with `language=` no common word of that
language"). `tables/common_words.txt` has full lists for 14 languages only, so the words
of the others never stopped a code; `tables/code_words.txt` now lists, for the other
Latin-script languages of wordfreq 3.1.1, the ISO codes that are their words (Zipf >= 4.0,
checked by hand with `wordfreq.zipf_frequency`): Swedish `tur` "luck" 5.4, `som` "as" 7.2;
Romanian `sau` "or" 6.4; Danish `ind` "in, into" 6.1; Hungarian `egy` "one" 7.1; Czech
`pak` "then" 6.1; Norwegian Bokmål `bra` "good" 6.0; Latvian `tur` "there" 6.1. They count
only for a query in that language: without one, `sau`, `ind`, `som` stay Saudi Arabia,
India and Somalia (the rule without a language is unchanged: Italian `fra` stays a code,
Turkish `tur` "tour" 5.4 was already a word), and in capitals every code is its country.

Italian news writes `Olanda` (Holland) for the Netherlands as German writes `Holland` and
Spanish `Holanda` (Treccani, "Olanda": "nome con cui è comunemente indicato il Regno dei
Paesi Bassi"). Polish names in `-ś` take `-si` in the genitive, dative and locative and
`-sią` in the instrumental (Białoruś: Białorusi, Białorusią; Swan, *A Grammar of
Contemporary Polish*, feminine soft-stem nouns).

False friends of the languages with no full word list (`tables/country_false_friends.txt`,
sections `ca` to `sv`): words of wordfreq 3.1.1's lists (Zipf >= 3.5) that `country_code`
read as a country with that `language=`, each meaning checked by hand in a dictionary of
the language: Swedish `finns` "there is" (SAOL), `norra` "northern", `russin` "raisins";
Slovene `danes` "today", `spanje` "sleep", `rumeno` "yellow" (SSKJ); Finnish `suuria`
"large" (partitive plural), `maali` "goal; paint", `eron` "of the resignation" (Kielitoimiston
sanakirja); Czech `líbí` "likes", `daně` "taxes", `čili` "that is" (SSJČ); Romanian `măcar`
"at least", `cină` "dinner" (DEX); Latvian `cīņa` "struggle"; Icelandic `máli` "matter"
(dative of `mál`); Croatian `barem` "at least"; Hungarian `gabona` "grain", `kenu` "canoe";
Malay `cili` "chili"; Catalan `germans` "brothers", `guineu` "fox" (DIEC); Greek `λαός`
"people" (Laos is `Λάος`, Triantafyllidis); Bulgarian `бутон` "button"; Filipino `labanan`
"fight", `maliban` "except" (UP Diksiyonaryong Filipino). With that
language they are `None`; without one a word keeps its country, unless it is written with
letters no country's form of it has (README: `líbí`, `măcar`, `cīņa` are `None` in any
language), and a word a language itself names a country with stays that country (Catalan
`palau` is also Palau there, Lithuanian and Latvian `gana` also Ghana: not listed).
"""

from __future__ import annotations

import pytest

from visitx import country_code


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("tur", "sv"),  # probe
        ("sau", "ro"),  # probe
        ("ind", "da"),  # probe
        ("som", "sv"),
        ("egy", "hu"),
        ("pak", "cs"),
        ("bra", "no"),
        ("tur", "lv"),
    ],
)
def test_code_that_is_a_word_of_a_language_without_a_full_list_is_that_word(
    word: str, language: str
) -> None:
    assert country_code(word, language=language) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("sau", "SAU"),
        ("ind", "IND"),
        ("egy", "EGY"),
        ("som", "SOM"),
        ("pak", "PAK"),
        ("fra", "FRA"),
    ],
)
def test_those_codes_stay_codes_without_a_language(word: str, expected: str) -> None:
    assert country_code(word) == expected


@pytest.mark.parametrize(("code", "language"), [("TUR", "sv"), ("SAU", "ro"), ("IND", "da")])
def test_those_codes_in_capitals_stay_codes_in_that_language(code: str, language: str) -> None:
    assert country_code(code, language=language) == code


def test_a_code_that_is_no_word_there_stays_a_code() -> None:
    assert country_code("deu", language="sv") == "DEU"  # no Swedish word
    assert country_code("rou", language="ro") == "ROU"


@pytest.mark.parametrize(("text", "language"), [("Olanda", "it"), ("Olanda", None)])
def test_italian_olanda_is_the_netherlands(text: str, language: str | None) -> None:
    assert country_code(text, language=language) == "NLD"  # probe (with "it")


@pytest.mark.parametrize("text", ["Białorusi", "Białorusią"])
def test_polish_case_forms_of_bialorus(text: str) -> None:
    assert country_code(text, language="pl") == "BLR"  # Białorusi: probe
    assert country_code(text) == "BLR"


FALSE_FRIENDS = [
    ("finns", "sv"), ("norra", "sv"), ("russin", "sv"), ("danes", "sl"), ("spanje", "sl"),
    ("rumeno", "sl"), ("suuria", "fi"), ("maali", "fi"), ("eron", "fi"), ("líbí", "cs"),
    ("daně", "cs"), ("čili", "cs"), ("măcar", "ro"), ("cină", "ro"), ("cīņa", "lv"),
    ("máli", "is"), ("barem", "hr"), ("gabona", "hu"), ("kenu", "hu"), ("cili", "ms"),
    ("germans", "ca"), ("guineu", "ca"), ("λαός", "el"), ("бутон", "bg"), ("labanan", "fil"),
    ("maliban", "tl"),
]  # fmt: skip


@pytest.mark.parametrize(("word", "language"), FALSE_FRIENDS)
def test_false_friend_of_a_language_without_a_full_list_is_none_there(
    word: str, language: str
) -> None:
    assert country_code(word, language=language) is None


@pytest.mark.parametrize("word", ["líbí", "măcar", "cīņa", "máli", "cină", "λαός", "λαού"])
def test_false_friend_spelled_as_no_country_is_none_without_a_language(word: str) -> None:
    assert country_code(word) is None


@pytest.mark.parametrize(
    ("word", "expected"),
    [("finns", "FIN"), ("danes", "DNK"), ("germans", "DEU"), ("barem", "BHR")],
)
def test_false_friend_keeps_its_country_without_a_language(word: str, expected: str) -> None:
    assert country_code(word) == expected  # English `Finns`, `Danes`, `Germans`; Portuguese `Barém`


@pytest.mark.parametrize(
    ("word", "language", "expected"), [("gana", "lt", "GHA"), ("gana", "lv", "GHA")]
)
def test_a_word_its_language_names_a_country_with_stays_the_country(
    word: str, language: str, expected: str
) -> None:
    assert country_code(word, language=language) == expected
