"""Second readings of country fields and the ordinary-word rules of issue 22.

Sources of the cases: `cc` = country_converter's data and tests (IndEcol/country_converter
at 4d579e7: tests/test_regex_misc.txt, test_regex_china_taiwan_etc.txt,
test_regex_korea.txt, should_not_match.txt, country_data.tsv); `issue` = the examples of
issue 22; `wordfreq` = a common word (Zipf >= 4.0) of that language in wordfreq 3.1.1;
`hand` = written here, meaning checked by hand.
"""

from __future__ import annotations

import pytest

from visitx.places.countries import country_code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Guam (US)", "GUM", id="cc-us-territory"),
        pytest.param("American Samoa (US)", "ASM", id="cc-us-territory-two-words"),
        pytest.param("Saint Martin (French)", "MAF", id="cc-french-part"),
        pytest.param("Saint Martin (Dutch)", "SXM", id="cc-dutch-part"),
        pytest.param("South Georgia and the South Sandwichs Islands (UK)", "SGS", id="cc-typo"),
        pytest.param("Falkland Islands (UK)", "FLK", id="hand-uk-in-capitals"),
    ],
)
def test_territory_qualified_by_its_sovereign(text: str, expected: str) -> None:
    """`Territory (Sovereign)` is the territory when the qualifier is its sovereign."""
    assert country_code(text, language="en") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Georgia (US)", id="issue-us-state"),
        pytest.param("Georgia (US state)", id="cc-should-not-match"),
        pytest.param("Guam (France)", id="hand-wrong-sovereign"),
        pytest.param("Jersey (US)", id="hand-new-jersey-reading"),
    ],
)
def test_qualifier_that_is_not_the_sovereign_keeps_none(text: str) -> None:
    """A country qualifier that is not the head's sovereign leaves the field unsure."""
    assert country_code(text) is None
    assert country_code(text, language="en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("P. N. Guinea", "PNG", id="cc-initial-dots"),
        pytest.param("Rep. Ireland", "IRL", id="cc-rep-without-of"),
        pytest.param("FS Micronesia", "FSM", id="cc-initials-in-capitals"),
        pytest.param("Occ. Palestinian Terr.", "PSE", id="cc-occupied-territory"),
        pytest.param("Wallis and Futuna Isds", "WLF", id="cc-isds"),
        pytest.param("Saint Vincent/Grenadines", "VCT", id="cc-slash-for-and-the"),
        pytest.param("N. Korea", "PRK", id="hand-north"),
    ],
)
def test_abbreviated_names(text: str, expected: str) -> None:
    """Cut-short words, initials and left-out joining words match one country's name."""
    assert country_code(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("N. Ireland", id="hand-blocked-northern-ireland"),
        pytest.param("U. of Georgia", id="hand-university"),
        pytest.param("S. Africa Co.", id="hand-company"),
    ],
)
def test_abbreviations_reaching_no_single_country_stay_none(text: str) -> None:
    """An abbreviation that matches a blocked name, or none, gives None."""
    assert country_code(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Bosnia and herzegowina", "BIH", id="cc-changed-letter-long-key"),
        pytest.param("Territory of the Cocos (Keeling) Islands", "CCK", id="cc-official"),
        pytest.param("Korea, Republic", "KOR", id="cc-inverted-without-of"),
        pytest.param("China excluding Hong Kong", "CHN", id="cc-excluding-territory"),
        pytest.param("CÃ´te d'Ivoire", "CIV", id="cc-mojibake-once"),
        pytest.param("CÃ\x83Â´te d'Ivoire", "CIV", id="cc-mojibake-twice"),
    ],
)
def test_other_second_readings(text: str, expected: str) -> None:
    """Mojibake, `excluding`, inverted forms and a changed letter in a long name resolve."""
    assert country_code(text, language="en") == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sweden except Stockholm", id="cc-should-not-match"),
        pytest.param("duminica", id="hand-short-key-changed-letter"),
        pytest.param("Jordanian", id="hand-demonym-stays"),
    ],
)
def test_readings_that_must_not_reach_a_different_answer(text: str) -> None:
    """A city excluded, or a short word one letter from a name, is no new country."""
    expected = {"Jordanian": "JOR"}.get(text)
    assert country_code(text) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("belge", "tr", id="wordfreq-tr-document-is-french-belgian"),
        pytest.param("belge", None, id="wordfreq-tr-without-language"),
        pytest.param("hint", "en", id="wordfreq-en-hint-is-turkish-indian"),
        pytest.param("indie", None, id="wordfreq-en-indie-is-polish-india"),
        pytest.param("yaman", "tr", id="wordfreq-tr-yaman-is-malay-yemen"),
        pytest.param("abs", None, id="wordfreq-de-abs-is-azerbaijani-abs"),
        pytest.param("rok", None, id="wordfreq-pl-year-is-rok"),
        pytest.param("bee", None, id="wordfreq-en-bee-is-azerbaijani-bee"),
        pytest.param("مان", None, id="wordfreq-fa-man-is-no-germans-without-article"),
        pytest.param("بانی", None, id="wordfreq-fa-founder-is-no-albanian"),
        pytest.param("جزایر", "fa", id="wordfreq-fa-islands-is-no-algeria"),
        pytest.param("Salvador", None, id="wordfreq-es-first-name"),
        pytest.param("kanalda", None, id="wordfreq-tr-on-the-channel-is-no-typo-of-kanada"),
        pytest.param("kamarku", None, id="wordfreq-id-my-room-is-no-typo-of-kamerun"),
        pytest.param("polmoni", "it", id="wordfreq-it-lungs"),
        pytest.param("المالديف", None, id="iso-codes-ar-common-name-of-moldova-is-maldives"),
    ],
)
def test_common_words_of_other_languages_are_no_countries(text: str, language: str | None) -> None:
    """A common word is no country in its language, nor without one when a name elsewhere."""
    assert country_code(text, language=language) is None


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("belge", "fr", "BEL", id="hand-french-belgian"),
        pytest.param("Hint", "tr", "IND", id="hand-turkish-indian"),
        pytest.param("ABŞ", None, "USA", id="hand-azerbaijani-usa-in-capitals"),
        pytest.param("ROK", None, "KOR", id="hand-rok-in-capitals"),
        pytest.param("BAE", None, "ARE", id="hand-turkish-uae-in-capitals"),
        pytest.param("ترک", "fa", "TUR", id="hand-persian-turk"),
        pytest.param("روس", "ar", "RUS", id="hand-arabic-russians-shared-with-persian"),
        pytest.param("italiano", "it", "ITA", id="hand-italian-without-demonym-table"),
        pytest.param("El Salvador", None, "SLV", id="hand-full-name"),
        pytest.param("UK", None, "GBR", id="hand-uk"),
    ],
)
def test_country_words_in_the_language_that_uses_them(
    text: str, language: str | None, expected: str
) -> None:
    """The same strings stay countries in the language naming them, or in capitals."""
    assert country_code(text, language=language) == expected


@pytest.mark.parametrize(
    "text",
    ["Bank of England", "University of Georgia", "Jordan Peterson", "Turkey sandwich",
     "Indiana", "French fries", "the Georgia state senate", "Congo River", "Sudanese pound",
     "Swiss franc", "Panama hat", "Brazil nut", "Peru, Indiana", "Denmark Street",
     "Norway spruce", "Irish coffee", "Guinea fowl", "Chinese checkers", "Air India", "Iran Air",
     "Swiss Re"],
)  # fmt: skip
def test_things_named_after_countries_are_no_countries(text: str) -> None:
    """A field value naming a food, currency, river, person or institution is None (hand)."""
    assert country_code(text) is None
    assert country_code(text, language="en") is None
