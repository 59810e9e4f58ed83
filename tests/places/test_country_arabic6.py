"""Arabic nisba demonyms of `country_code` and of the record's demonym check
(bench/country_arabic6_cases.json, written blind for the Arabic nisba probe).

Each nisba is the country's Arabic name with the relative ending `ـي` (Wehr, A Dictionary
of Modern Written Arabic: `تشادي` of `تشاد`, `أوغندي` of `أوغندا`, `بنمي` of `بنما`),
its feminine `ـية` and sound plurals `ـيون`/`ـيين`, as Arabic news writes them with the
article and the clitics `و ف ب ل ك` before it; the ISO codes were checked by hand.
`الكوري الجنوبي` takes the article on both words (an adjective phrase), `الجنوب أفريقي`
on the first only (a noun before a nisba).
"""

from __future__ import annotations

import pytest

from visitx import country_code
from visitx.places.aliases import forms_from_demonym
from visitx.record.demonyms import demonym_countries

NISBAS = [
    ("الإريتري", "ERI"),
    ("الأوغندي", "UGA"),
    ("التشادي", "TCD"),
    ("الكاميروني", "CMR"),
    ("الأنغولي", "AGO"),
    ("الزامبي", "ZMB"),
    ("الناميبي", "NAM"),
    ("الملغاشي", "MDG"),
    ("الليبيري", "LBR"),
    ("الإيفواري", "CIV"),
    ("البوركيني", "BFA"),
    ("التوغولي", "TGO"),
    ("الغابوني", "GAB"),
    ("النيبالي", "NPL"),
    ("المالديفي", "MDV"),
    ("الكمبودي", "KHM"),
    ("القرغيزي", "KGZ"),
    ("التركمانستاني", "TKM"),
    ("المالطي", "MLT"),
    ("اللوكسمبورغي", "LUX"),
    ("البوليفي", "BOL"),
    ("الأوروغوياني", "URY"),
    ("الباراغوياني", "PRY"),
    ("البنمي", "PAN"),
    ("الجامايكي", "JAM"),
    ("الغواتيمالي", "GTM"),
    ("النيكاراغوي", "NIC"),
    ("الكوستاريكي", "CRI"),
    ("الدومينيكاني", "DOM"),
]

# Derived forms of the new rows: feminine, plurals, clitics before the article.
DERIVED = [
    ("التشيلية", "CHL"),  # feminine
    ("التشيليين", "CHL"),  # oblique plural
    ("الهايتيون", "HTI"),  # nominative plural
    ("البنميين", "PAN"),
    ("للكاميرونيين", "CMR"),  # ل + ال contracted
    ("بالإريترية", "ERI"),
    ("الميانمارية", "MMR"),
    ("البورمي", "MMR"),
    ("الكوري الجنوبي", "KOR"),  # the article on both words
    ("الكوري الشمالي", "PRK"),
    ("الكورية الجنوبية", "KOR"),
    ("الكورية الشمالية", "PRK"),
]

# Left out of the table on purpose: each is also an ordinary word or another place.
NOT_COUNTRIES = [
    "المالية",  # "finance" (وزارة المالية), feminine of مالي
    "القمري",  # "lunar", also the nisba of the Comoros
    "المقدوني",  # also ancient Macedon (الإسكندر المقدوني)
    "الدمشقي",  # Damascene, a city
    "الخليجي",  # of the Gulf, a region
    "الكردي",  # a people without a state
]


@pytest.mark.parametrize(("text", "code"), NISBAS + DERIVED)
def test_arabic_nisba(text: str, code: str) -> None:
    """The nisba of a smaller country, its inflections and clitics name that country."""
    assert country_code(text, language="ar") == code


@pytest.mark.parametrize("text", NOT_COUNTRIES)
def test_arabic_words_like_a_nisba(text: str) -> None:
    """A word that ends like a nisba but names no one country is None."""
    assert country_code(text, language="ar") is None


def test_definite_adjective_phrase() -> None:
    """An adjective phrase takes the article on each word; a noun phrase does not."""
    assert forms_from_demonym("كوري جنوبي", "ar") == (
        "كورية جنوبية",
        "الكوري الجنوبي",
        "الكورية الجنوبية",
    )
    assert forms_from_demonym("جنوب أفريقي", "ar") == ("جنوب أفريقية",)


@pytest.mark.parametrize(
    ("texts", "named"),
    [
        (["الرئيس التشادي"], {"TCD"}),  # "the Chadian President"
        (["رئيسة الوزراء المالطية"], {"MLT"}),  # "the Maltese Prime Minister" (f.)
        (["والرئيس الأوغندي"], {"UGA"}),  # with the conjunction
        (["المسؤولين البوليفيين"], {"BOL"}),  # "the Bolivian officials"
        (["وزير المالية"], set()),  # "the Minister of Finance"
    ],
)
def test_record_reads_the_new_nisbas(texts: list[str | None], named: set[str]) -> None:
    """The record's demonym check reads the same rows in a participant's title."""
    assert demonym_countries(texts) == named
