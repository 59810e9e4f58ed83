"""country_code on three categories of issue 22's held-out words: short Latin keys,
plurals of country names, English names written with diacritics.

Each case is from `bench/country_heldout.json` (wordfreq 3.1.1 words of ranks
8,000-50,000 that main read as countries, judged by hand in
`bench/country_words_not_countries.tsv`) or from the curated tables it names.
"""

from __future__ import annotations

import pytest

from visitx import country_code


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("fas", None),  # wordfreq en/pt: FAS, Portuguese fãs; Turkish Fas only in Turkish
        ("cad", "en"),  # wordfreq en rank 16,857: a cad (Turkish Çad = Chad)
        ("tay", "it"),  # wordfreq it: the river Tay (Turkish Tay = Thailand)
        ("cin", "id"),  # wordfreq id (Turkish Çin = China)
        ("leh", "id"),  # wordfreq id: Leh in Ladakh (Turkish Leh = Poland)
        ("eau", "en"),  # wordfreq en: French eau "water" (EAU = UAE in capitals)
        ("abd", "pl"),  # wordfreq pl: the name part Abd (Turkish ABD = USA in capitals)
        ("vae", None),  # wordfreq fr/nl (Dutch VAE = UAE in capitals)
        ("rf", "en"),  # wordfreq en rank 14,006: radio frequency (RF = Russia in capitals)
        ("Eau", None),  # the same, capitalized
        ("Rf", None),
    ],
)
def test_short_lower_case_word_is_no_country(text: str, language: str | None) -> None:
    """A key of at most three Latin letters in lower case is a word, not a country."""
    assert country_code(text, language=language) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Fas", None, "MAR"),  # Turkish name, Title Case (README promise)
        ("fas", "tr", "MAR"),  # wordfreq tr rank 25,000s: the naming language
        ("cad", "tr", "TCD"),  # Turkish Çad, written without its cedilla
        ("rf", "tr", "RUS"),  # Turkish RF in a Turkish text's lower case
        ("EAU", None, "ARE"),  # curated French/Spanish abbreviation, in capitals
        ("eau", "es", "ARE"),  # Spanish EAU with the naming language
        ("uae", None, "ARE"),  # English abbreviation, three letters
        ("Uae", None, "ARE"),  # Phoenix actors dictionary, Title Case
        ("prc", "en", "CHN"),  # English abbreviation
    ],
)
def test_short_key_in_capitals_title_case_or_its_language(
    text: str, language: str | None, expected: str
) -> None:
    """A short key is its country in capitals, Title Case, its language, or as English."""
    assert country_code(text, language=language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("jerseys", "en"),  # wordfreq en: shirts (German genitive of Jersey)
        ("Jerseys", None),
        ("guineas", None),  # wordfreq en: the coin (German genitive of Guinea)
        ("chiles", "es"),  # wordfreq en/es: chili peppers (German genitive of Chile)
    ],
)
def test_plural_of_a_country_name_is_a_word(text: str, language: str | None) -> None:
    """A plural generated from a country's name yields to the word it spells."""
    assert country_code(text, language=language) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Filipinos", "PHL"), ("Saudis", "SAU"), ("Mongols", "MNG")],  # wordfreq en, CLDR
)
def test_plural_of_a_demonym_stays_its_people(text: str, expected: str) -> None:
    """A people has a plural (`Saudis`), a country has none: demonym plurals stay."""
    assert country_code(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Germán", None),  # wordfreq es: the first name Germán (German is alemán)
        ("germán", "es"),
        ("Jordán", None),  # wordfreq es: the river Jordán (the country is Jordania)
        ("Thaís", None),  # wordfreq pt: the first name Thaís
    ],
)
def test_english_name_with_diacritics_is_another_word(text: str, language: str | None) -> None:
    """A word with diacritics is none of the English names no language writes so."""
    assert country_code(text, language=language) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Perú", "es", "PER"),  # CLDR es
        ("egípcio", "pt", "EGY"),  # Spanish egipcio's Portuguese spelling (heldout pt)
        ("azerí", "es", "AZE"),  # curated Spanish demonym (heldout es)
        ("Zaïre", None, "COD"),  # curated French name (heldout fr)
        ("São Tomé and Príncipe", None, "STP"),  # country_converter name_short
    ],
)
def test_names_written_with_diacritics_still_read(
    text: str, language: str | None, expected: str
) -> None:
    """Names some language writes with diacritics keep their country."""
    assert country_code(text, language=language) == expected
