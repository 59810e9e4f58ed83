"""Saved pages of the round-12 probe's kinds (bench/probe_pages_round12.py, bench/pages_round12/).

Each case comes from a page of that probe (written blind for it, pages round 12), cut down:
a Tanzanian story whose "READ ALSO" box holds an older story's date line and first paragraph
(p42), read as the page's date; a live blog's subscription box on its last line (p46); a
Colombian "Lea también" teaser. The guards keep what the README settles: a date line under
a long standfirst is still the article's dateline.
"""

from __future__ import annotations

import datetime as dt

from visitx import read_html
from visitx.io.dateline import dateline
from visitx.text.clean import without_edge_notices, without_inline_teasers

TODAY = dt.date(2026, 12, 8)
OSLO = (
    "President Samia Suluhu Hassan arrived in Oslo yesterday for a three-day state visit to "
    "Norway, the first by a Tanzanian head of state in more than two decades."
)
KING = (
    "She was received by King Harald V at the Royal Palace before holding talks with Prime "
    "Minister Jonas Gahr Støre on renewable energy and the blue economy."
)
EXCERPT = (
    "Tanzania and Norway have signed a Sh200 billion agreement to finance rural "
    "electrification projects in five regions, the Ministry of Energy said on Wednesday."
)


def test_date_line_after_two_paragraphs_is_another_texts() -> None:
    # p42: the extracted text's third line is the "READ ALSO" box's date, not a dateline.
    text = f"{OSLO}\n{KING}\nThursday, January 25, 2024\n{EXCERPT}"
    assert dateline(text, "en") is None


def test_date_line_under_a_long_standfirst_is_the_dateline() -> None:
    # Guard: one long line (a standfirst) above the byline's date leaves it the dateline.
    text = f"{OSLO}\nBy Citizen Reporter | Monday, February 12, 2024\n{KING}"
    assert dateline(text, "en") == dt.date(2024, 2, 12)


def test_read_also_box_date_is_not_the_pages() -> None:
    # p42 cut down: the byline's date (Monday, February 12, 2024) under the headline.
    page = (
        "<html lang='en'><head><meta charset='utf-8'><title>Samia arrives in Oslo</title>"
        "</head><body><article><h1>Samia arrives in Oslo for state visit</h1><p class='byline'>"
        "By Citizen Reporter <span class='date'>Monday, February 12, 2024</span></p>"
        f"<div class='article-body'><p>{OSLO}</p><p>{KING}</p><div class='read-also'><strong>"
        "READ ALSO:</strong> <a href='#'>Tanzania, Norway sign Sh200 billion energy deal</a>"
        f"<p class='ra-date'>Thursday, January 25, 2024</p><p>{EXCERPT}</p></div><p>The "
        "President will also attend the Oslo energy forum before travelling to Rome.</p>"
        "</div></article></body></html>"
    )
    url = "https://www.example-citizen.co.tz/news/samia-in-oslo"
    article = read_html(page, url=url, today=TODAY)
    assert article.published == "2024-02-12"


def test_cancel_anytime_box_on_the_last_line_is_a_notice() -> None:
    # p46: a live blog's subscription box kept as its last line.
    text = "Ramaphosa has landed in Beijing.\nSubscribe to News24 for R75 a month. Cancel anytime."
    assert without_edge_notices(text) == "Ramaphosa has landed in Beijing."


def test_lea_tambien_teaser_line_is_left_out() -> None:
    # Colombian usage ("Lea también", the formal form of "Lee también") before one headline.
    text = (
        "El canciller llegó este jueves a Caracas.\n"
        "Lea también: Gobierno anuncia nueva ruta para el diálogo con el ELN\n"
        "Murillo regresará a Bogotá el viernes."
    )
    assert without_inline_teasers(text) == (
        "El canciller llegó este jueves a Caracas.\nMurillo regresará a Bogotá el viernes."
    )
