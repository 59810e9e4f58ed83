"""Names a draft gives in the nominative while the article inflects them (drafts round 8,
`bench/drafts_round8_cases.json`, written blind; `bench/probe_drafts_round8.py`). Each case
names its probe case; the expected spans are read off the article by hand."""

from __future__ import annotations

import pytest

from visitx.grounding.inflect import inflected_name
from visitx.grounding.locate import locate


@pytest.mark.parametrize(
    ("quote", "text", "found"),
    [
        # a01 (ru genitive)
        (
            "Владимир Путин",
            "16 мая в Пекине состоялись переговоры Владимира Путина и Си Цзиньпина.",
            "Владимира Путина",
        ),
        # a04 (ru instrumental)
        (
            "Владимир Путин",
            "9 июля он провел переговоры с Владимиром Путиным в Кремле.",
            "Владимиром Путиным",
        ),
        # a06 (ru instrumental, ё written е)
        (
            "Шавкат Мирзиеев",
            "с президентом Узбекистана Шавкатом Мирзиёевым в Ташкенте",
            "Шавкатом Мирзиёевым",
        ),
        # a07 (uk instrumental, soft sign dropped)
        (
            "Еммануель Макрон",
            "переговори з Президентом Франції Еммануелем Макроном.",
            "Еммануелем Макроном",
        ),
        # a52 (uk: й -> є, а -> ою)
        (
            "Анджей Дуда",
            "Володимир Зеленський провів переговори з Анджеєм Дудою в Києві.",
            "Анджеєм Дудою",
        ),
        # a10 (pl instrumental Dudą)
        ("Andrzej Duda", "gdzie spotkał się z prezydentem Andrzejem Dudą.", "Andrzejem Dudą"),
        # a13 (pl instrumental -iem)
        (
            "Donald Tusk",
            "Kanclerz spotkał się z premierem Donaldem Tuskiem w czwartek.",
            "Donaldem Tuskiem",
        ),
        # a53 (pl genitive)
        ("Emmanuel Macron", "Wizyta Emmanuela Macrona w Krakowie", "Emmanuela Macrona"),
        # a16 (cs instrumental)
        ("Fumio Kišida", "setkal s japonským premiérem Fumiem Kišidou.", "Fumiem Kišidou"),
        # a54 (cs genitive)
        ("Petr Fiala", "Setkání Petra Fialy s Emmanuelem Macronem", "Petra Fialy"),
        # a27 (fi -nen, genitive -sen)
        (
            "Antti Häkkänen",
            "tapasi Helsingissä puolustusministeri Antti Häkkäsen.",
            "Antti Häkkäsen",
        ),
        # a30 (hu -val after a vowel, ó lengthened)
        (
            "Robert Fico",
            "Orbán Viktor Pozsonyban tárgyalt Robert Ficóval, a szlovák",
            "Robert Ficóval",
        ),
        # a29 (hu -val doubling the g, and the Hungarian name order)
        (
            "Hszi Csin-ping",
            "Pekingben tárgyalt Hszi Csin-pinggel, Kína elnökével.",
            "Hszi Csin-pinggel",
        ),
        ("Viktor Orbán", "Orbán Viktor miniszterelnök július 8-án Pekingben", "Orbán Viktor"),
    ],
)
def test_a_nominative_name_is_found_inflected(quote: str, text: str, found: str) -> None:
    span = locate(quote, text)
    assert span is not None
    assert (span.text, span.match) == (found, "fuzzy")
    assert text[span.start : span.end] == found


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("Iran", "Iranian officials said."),  # one word: left to locate's own rule
        ("Andrzej Dudek", "z prezydentem Andrzejem Dudą."),  # another surname
        ("Petr Pavel", "se setkala s Petrem Pavlem."),  # a vowel dropped inside: not read
        ("prezydent Francji", "z prezydentem Francji Emmanuelem"),  # a title, not a name
        ("Владимир Путин", "Владимир Путятин прибыл"),  # another name with the same start
    ],
)
def test_what_is_no_inflection_of_the_name_is_not_found(quote: str, text: str) -> None:
    assert locate(quote, text) is None
    assert inflected_name(quote, text) == []


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("South Korea", "South Korean President Yoon Suk Yeol"),
        ("Saudi Arabia", "the Saudi Arabian foreign minister"),
    ],
)
def test_a_demonym_is_no_case_of_its_country(quote: str, text: str) -> None:
    """-n makes a demonym of a name: no ending of `tables/name_endings.txt` (locate's own
    rule grows the last word by a letter, which is not this module's)."""
    assert inflected_name(quote, text) == []


def test_the_words_must_stand_together() -> None:
    """a10's names, but with a comma between the words: two people, not one name."""
    assert inflected_name("Andrzej Duda", "spotkał Andrzeja, Dudę i Tuska") == []


def test_a_space_between_han_characters_is_dropped() -> None:
    """a48: the draft spaces "岸田 文雄" as a Western name; the article writes "岸田文雄"."""
    span = locate("岸田 文雄", "岸田文雄首相は７日、ソウルで尹錫悦大統領と会談した。")
    assert span is not None
    assert (span.text, span.start, span.end, span.match) == ("岸田文雄", 0, 4, "normalized")
