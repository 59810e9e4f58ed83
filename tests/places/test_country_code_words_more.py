"""Lower-case ISO codes that are words, and names one edit from another country's name.

Issue 22 acceptance review on branch countries5. Zipf frequencies are wordfreq 3.1.1's
(checked by hand with `wordfreq.zipf_frequency`): Spanish `mar` "sea" 5.1, `pan` "bread"
4.8, English `lie` 4.8, `nor` 4.8, `arm` 4.7, `ago` 5.4, `guy` 5.4, French `fin` "end"
5.7, Spanish `ven` "come!" 5.1, German `tun` "to do" 5.6, `gab` "gave" 5.5, Italian
`fra` "between" 5.5, Portuguese `deu` "gave" 5.4. Latvian `Nigera` is Niger in CLDR and
`Nigeria` with a letter dropped.
"""

from __future__ import annotations

import pytest

from visitx import country_code


@pytest.mark.parametrize(
    ("word", "language"),
    [("mar", "es"), ("pan", "es"), ("lie", "en"), ("nor", "en"), ("arm", "en"),
     ("fra", "it"), ("deu", "pt")],
)  # fmt: skip
def test_lower_case_code_that_is_a_word_of_the_language_is_none(word: str, language: str) -> None:
    """A three-letter code that the query's language uses as a common word is that word."""
    assert country_code(word, language=language) is None


@pytest.mark.parametrize("word", ["mar", "fin", "ven", "tun", "gab", "ago", "guy"])
def test_lower_case_code_that_is_a_frequent_word_of_a_read_language_is_none(word: str) -> None:
    """Without a language, a frequent word (Zipf 5.0+) of a language with date tables is a word."""
    assert country_code(word) is None


@pytest.mark.parametrize("word", ["Guy", "Fin", "Tun", "Mar"])
def test_title_case_code_that_is_a_word_is_none(word: str) -> None:
    """Title Case is read like lower case: `Guy` is a first name, not Guyana."""
    assert country_code(word) is None


@pytest.mark.parametrize(
    ("code", "language", "expected"),
    [("MAR", "es", "MAR"), ("PAN", "es", "PAN"), ("LIE", "en", "LIE"), ("ARM", "en", "ARM"),
     ("FIN", None, "FIN"), ("GUY", None, "GUY"), ("TUN", "de", "TUN")],
)  # fmt: skip
def test_codes_in_capitals_stay_codes(code: str, language: str | None, expected: str) -> None:
    """An upper-case ISO code is a code whatever word it spells."""
    assert country_code(code, language=language) == expected


@pytest.mark.parametrize(("word", "expected"), [("deu", "DEU"), ("fra", "FRA"), ("pol", "POL")])
def test_word_of_a_language_without_date_tables_stays_a_code_without_language(
    word: str, expected: str
) -> None:
    """Portuguese `deu`, Italian `fra`, Polish `pol` (below Zipf 6.0) do not outvote the code."""
    assert country_code(word) == expected


@pytest.mark.parametrize("language", ["de", "es"])
def test_code_that_english_names_the_country_with_is_the_country(language: str) -> None:
    """`usa` (German 5.3, Spanish 4.9, mostly `USA` in the lists) is the United States."""
    assert country_code("usa", language=language) == "USA"


def test_code_that_the_language_names_the_country_with_is_the_country() -> None:
    """Turkish `Fin` is Finnish: `fin` with `language="tr"` is Finland, not French "end"."""
    assert country_code("fin", language="tr") == "FIN"


def test_two_letter_code_below_the_abbreviation_band_stays_a_code() -> None:
    """Russian `ru` (Zipf 4.4, the domain) is under the two-letter threshold 4.5: Russia."""
    assert country_code("ru", language="ru") == "RUS"


def test_name_one_letter_from_another_countrys_english_name_is_none() -> None:
    """`Nigera` is Latvian for Niger and a misspelt Nigeria: without a language, None."""
    assert country_code("Nigera") is None


def test_name_one_letter_from_another_country_keeps_its_language() -> None:
    """With Latvian given, `Nigera` is that language's name of Niger."""
    assert country_code("Nigera", language="lv") == "NER"


def test_name_one_letter_from_another_country_is_none_in_another_language() -> None:
    """With English given, `Nigera` is no English name: None, not Niger."""
    assert country_code("Nigera", language="en") is None


def test_demonym_one_letter_from_another_countrys_name_needs_its_language() -> None:
    """Spanish `nigerina` (Nigerien) is `Nigeria` plus a letter: NER only with Spanish."""
    assert (country_code("nigerina"), country_code("nigerina", language="es")) == (None, "NER")


def test_a_changed_letter_is_no_tie() -> None:
    """`Irak` differs from `Iran` by a changed letter: it stays Iraq's name in many languages."""
    assert country_code("Irak") == "IRQ"


@pytest.mark.parametrize(("name", "expected"), [("هند", "IND"), ("هلند", "NLD")])
def test_names_of_read_languages_do_not_tie_each_other(name: str, expected: str) -> None:
    """Persian `هند` (India) and `هلند` (the Netherlands) are one letter apart and both names."""
    assert country_code(name) == expected


def test_name_of_an_unread_language_ties_with_a_read_languages_name() -> None:
    """Urdu `کینیڈا` (Canada) is one letter from Persian `کینیا` (Kenya): None without Urdu."""
    assert (country_code("کینیڈا"), country_code("کینیڈا", language="ur")) == (None, "CAN")
