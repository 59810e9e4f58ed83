"""`visitx.record.actors` reads its phrases and prepositions from `tables/actor_words.txt`.

Hand-checked: an ambassador or minister "in"/"to"/"at" a country (Arabic في, إلى, لدى;
Persian در; Russian в) holds no office of that country; the country right after the office
word in the genitive is the office's own ("وزير خارجية قطر" is Qatar's foreign minister).
The Arabic prepositions never matched before: the table held them as written while the
words were compared folded (ي → ی, إ → ا), so "سفير في قطر" read as Qatar's ambassador.
"""

from __future__ import annotations

import pytest

from visitx.record.actors import office_countries


@pytest.mark.parametrize(
    ("name", "language", "countries"),
    [
        ("سفير في قطر", "ar", []),  # an ambassador in Qatar
        ("وزير إلى قطر", "ar", []),  # a minister (sent) to Qatar
        ("السفير لدى قطر", "ar", []),  # the ambassador to (accredited at) Qatar
        ("سفیر در قطر", "fa", []),  # Persian: an ambassador in Qatar
        ("посол в КНДР", "ru", []),  # an ambassador in North Korea
        ("سفير الصين في قطر", "ar", ["CHN"]),  # China's ambassador in Qatar
        ("وزير خارجية قطر", "ar", ["QAT"]),  # Qatar's foreign minister
        ("Король Иордании", "ru", ["JOR"]),  # the King of Jordan
    ],
)
def test_the_country_after_a_preposition_is_the_other_side(
    name: str, language: str, countries: list[str]
) -> None:
    assert sorted(office_countries(name, language)) == countries


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Prime Minister of Japan", ["JPN"]),  # `prime minister*` is one phrase of the table
        ("Crown Prince of Bahrain", ["BHR"]),
        ("Vice President of Ghana", ["GHA"]),
        ("Foreign Secretary of India", ["IND"]),
    ],
)
def test_titles_of_several_words_are_one_office(name: str, countries: list[str]) -> None:
    assert sorted(office_countries(name)) == countries
