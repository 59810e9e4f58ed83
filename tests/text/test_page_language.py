"""A page's declared lang does not beat a confident guess from its text (issue 22).

The issue's cases: English pages declared `de` and German pages declared `en` (a site's
template language); the pages here are written for visitx in that shape.
"""

from __future__ import annotations

import pytest

from visitx import read_html
from visitx.text.language import page_language

ENGLISH = (
    "A trade delegation from Veloria led by Deputy Minister Anna Keller visited the port of "
    "Hanley on Tuesday and met the harbour authority's board. The two sides discussed new "
    "ferry connections and a joint training centre for customs officers."
)
GERMAN = (
    "Eine Delegation aus Marvonien unter Leitung von Staatssekretär Jonas Berger hat am "
    "Dienstag den Hafen von Nordstadt besucht und sich mit der Hafenverwaltung getroffen. "
    "Beide Seiten sprachen über neue Fährverbindungen."
)
PORTUGUESE = (
    "Uma delegação de Valdória, chefiada pela vice-ministra Clara Morais, visitou na terça-feira "
    "o porto de Santo Arel e reuniu-se com o conselho da autoridade portuária."
)


def _page(lang: str, text: str) -> str:
    return (
        f'<html lang="{lang}"><head><title>News</title></head><body><nav>Home</nav>'
        f"<article><p>{text}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("declared", "text", "expected"), [("de", ENGLISH, "en"), ("en", GERMAN, "de")]
)
def test_confident_text_beats_a_stale_declaration(declared: str, text: str, expected: str) -> None:
    """An English page declared de reads as en; a German page declared en as de."""
    assert read_html(_page(declared, text)).language == expected


def test_declaration_that_agrees_is_kept() -> None:
    """A German page declared de stays de."""
    assert read_html(_page("de", GERMAN)).language == "de"


def test_declaration_stands_when_the_text_cannot_tell() -> None:
    """A text too short for a confident guess keeps the declared language."""
    assert page_language("tr", "Ankara 2024") == "tr"


def test_close_language_declaration_is_kept() -> None:
    """A page declared Galician whose text the identifier takes for Portuguese stays gl."""
    assert page_language(None, PORTUGUESE) == "pt"
    assert page_language("gl", PORTUGUESE) == "gl"


def test_no_declaration_takes_the_guess() -> None:
    """Without a declaration the confident guess is the language."""
    assert page_language(None, ENGLISH) == "en"


# Shaped after trafilatura's eval page colours-of-the-soul.alhelm.net (a German blog whose
# extracted text opens with PHP notices in English) and pocketpc.ch (a German forum).
NOTICE = "".join(
    f"Strict Standards: Non-static method nggGallery::get_option() should not be called "
    f"statically in /www/htdocs/blog/wp-content/plugins/nextgen-gallery/nggfunctions.php "
    f"on line {line}\n"
    for line in range(60, 68)
)
GERMAN_ARTICLE = "\n".join(
    [
        "Am Montag hat eine Delegation aus der Partnerstadt das Rathaus besucht.",
        "Die Gäste wurden von der Bürgermeisterin im Ratssaal empfangen und trugen sich in "
        "das Goldene Buch der Stadt ein.",
        "Anschließend besichtigten sie die neue Berufsschule, in der seit dem Herbst auch "
        "Auszubildende aus beiden Städten gemeinsam unterrichtet werden.",
        "Bei einem Mittagessen im Stadtpark sprachen beide Seiten über einen Austausch von "
        "Schülerinnen und Schülern, über gemeinsame Projekte der Feuerwehren und über eine "
        "direkte Busverbindung in den Sommermonaten.",
        "Am Nachmittag stand ein Besuch im Heimatmuseum auf dem Programm, wo eine kleine "
        "Ausstellung an die Gründung der Städtepartnerschaft vor dreißig Jahren erinnert.",
        "Die Delegation reist am Mittwoch weiter in die Landeshauptstadt, wo sie mit "
        "Vertretern der Landesregierung zusammentreffen wird.",
    ]
    * 3
)


def test_english_notice_above_a_german_article_keeps_german() -> None:
    """An English opening (PHP notices) does not overrule `de` when the article is German."""
    text = NOTICE + GERMAN_ARTICLE
    assert len(NOTICE) > 1000
    assert page_language("de", text) == "de"
    assert page_language(None, text) == "de"


# Ukrainian writes і, ї, є, ґ and never ы, э, ъ; Russian the reverse (written for visitx,
# bench/probe_pages_round4.py: a site template's `ru` on a Ukrainian article and back).
UKRAINIAN = (
    "Міністр закордонних справ України у вівторок прибув до Варшави з робочим візитом, під "
    "час якого зустрівся зі своїм польським колегою. Сторони обговорили питання експорту "
    "української агропродукції та роботу прикордонних пунктів пропуску."
)
RUSSIAN = (
    "Министр иностранных дел России во вторник прибыл в Пхеньян с официальным визитом. В "
    "ходе переговоров стороны обсудили подготовку визита на высшем уровне и вопросы "
    "торгово-экономического сотрудничества, а также ситуацию на Корейском полуострове."
)
BELARUSIAN = (
    "Міністр замежных спраў Беларусі ў аўторак прыбыў у Пекін з афіцыйным візітам. Бакі "
    "абмеркавалі пытанні гандлёва-эканамічнага супрацоўніцтва і падрыхтоўку да візіту на "
    "вышэйшым узроўні."
)


@pytest.mark.parametrize(
    ("declared", "text", "want"),
    [
        ("ru", UKRAINIAN, "uk"),
        ("uk", RUSSIAN, "ru"),
        ("be", RUSSIAN, "ru"),
        ("ru", BELARUSIAN, "ru"),
    ],
)
def test_russian_and_ukrainian_are_told_by_their_letters(
    declared: str, text: str, want: str
) -> None:
    # Belarusian writes ы and і both: the letters do not decide, the declaration stays.
    assert page_language(declared, text) == want
