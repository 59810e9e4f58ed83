"""ISO codes that are frequent words under another spelling (issue 22 acceptance review).

`tables/common_words.txt` lists words folded into index keys, so Turkish `çok` ("very",
Zipf 6.8) and `cok` (4.9) are both the key `cok`; a code is read as a word by the
frequency of its most frequent spelling, not of the last one listed.
"""

from __future__ import annotations

import pytest

from visitx import country_code


@pytest.mark.parametrize(
    ("word", "language"),
    [
        ("cok", "tr"),  # çok "very" without its cedilla, not the Cook Islands
        ("sen", "tr"),  # "you", not Senegal
        ("mac", "tr"),  # maç "match", not Macao
        ("tur", "tr"),  # "tour", not Türkiye's code
        ("no", "es"),  # Spanish "no", not Norway
        ("de", "fr"),  # French "de", not Germany
        ("ca", "fr"),  # French ça "that", not Canada
    ],
)
def test_lower_case_code_that_is_a_frequent_word_of_the_language_is_none(
    word: str, language: str
) -> None:
    """A lower-case code that the query's language writes as a frequent word is no code."""
    assert country_code(word, language=language) is None


def test_cok_without_a_language_is_none() -> None:
    """`cok` alone is Turkish çok "very" (Zipf 6.8 ≥ 6.0 for any language), not COK."""
    assert country_code("cok") is None


@pytest.mark.parametrize(("code", "expected"), [("COK", "COK"), ("SEN", "SEN"), ("NO", "NOR")])
def test_the_same_codes_in_capitals_stay_codes(code: str, expected: str) -> None:
    """In capitals they are ISO codes, in any language."""
    assert country_code(code, language="tr") == expected
