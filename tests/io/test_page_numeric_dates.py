"""A page's numeric date whose order the page does not fix is no publication date.

htmldate reads `03/05/2024` in one order whatever the page: 3 May. A US reader reads 5
March. The pages below are written for this test (an English article; only the date
line, the declared `lang` and the metadata change); each expected day is the one a
reader of that page would name, or None where readers of English disagree.
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx import read_html
from visitx.io.numericdates import order_checked, order_unsure

BODY = (
    "New Zealand's prime minister met Japan's prime minister in Tokyo on Tuesday to "
    "discuss trade and security in the Pacific region. "
) * 6


def _page(lang: str, date_line: str, head: str = "", text: str = BODY) -> bytes:
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<html{lang_attr}><head><title>PM visits Tokyo</title>{head}</head><body><article>"
        f"<h1>New Zealand PM visits Tokyo</h1>{date_line}<p>{text}</p>"
        "</article></body></html>"
    ).encode()


GERMAN = (
    "Der neuseeländische Premierminister traf am Dienstag in Tokio den japanischen "
    "Regierungschef, um über Handel und Sicherheit im Pazifik zu sprechen. "
) * 6
META = '<meta property="article:published_time" content="2024-05-03T10:00:00Z">'


@pytest.mark.parametrize(
    ("lang", "date_line", "head", "text", "expected"),
    [
        # plain English: British and US readers disagree
        ("en", '<p class="date">03/05/2024</p>', "", BODY, None),
        ("", '<p class="date">03/05/2024</p>', "", BODY, None),
        ("en-US", '<p class="date">03/05/2024 - 05:43</p>', "", BODY, None),
        # htmldate reads 05/03/2024 as 5 March; a US reader as 3 May: no day
        ("en-US", '<p class="date">05/03/2024</p>', "", BODY, None),
        ("en-CA", '<p class="date">03/05/2024</p>', "", BODY, None),
        # British English, and a page declared or written in another language: day first
        ("en-GB", '<p class="date">03/05/2024</p>', "", BODY, "2024-05-03"),
        ("en-IN", '<p class="date">03.05.2024</p>', "", BODY, "2024-05-03"),
        ("fr", '<p class="date">03/05/2024</p>', "", BODY, "2024-05-03"),
        ("", '<p class="date">03.05.2024</p>', "", GERMAN, "2024-05-03"),
        # one order only, or the same day written year first in the metadata
        ("en", '<p class="date">13/05/2024</p>', "", BODY, "2024-05-13"),
        ("en", '<p class="date">05/05/2024</p>', "", BODY, "2024-05-05"),
        ("en", '<p class="date">03/05/2024</p>', META, BODY, "2024-05-03"),
        # a month's name says it
        ("en", '<p class="date">3 May 2024</p>', "", BODY, "2024-05-03"),
    ],
)
def test_page_numeric_date_needs_a_fixed_order(
    lang: str, date_line: str, head: str, text: str, expected: str | None
) -> None:
    url = "https://news.example/world/nz-pm-tokyo"
    page = _page(lang, date_line, head, text)
    assert read_html(page, url=url, today=dt.date(2024, 6, 1)).published == expected


def test_xml_lang_declares_the_region() -> None:
    """`xml:lang="en-GB"` on an XHTML page counts like `lang` (msn.com's UK pages)."""
    page = _page("", '<p class="date">03/05/2024</p>').replace(
        b"<html>", b'<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en-GB">'
    )
    url = "https://news.example/world/nz-pm-tokyo"
    assert read_html(page, url=url, today=dt.date(2024, 6, 1)).published == "2024-05-03"


@pytest.mark.parametrize(
    ("day", "source", "language", "declared", "unsure"),
    [
        (dt.date(2024, 5, 3), "<b>03/05/2024</b>", "en", None, True),
        (dt.date(2024, 5, 3), "<b>3-5-24</b>", "en", "en-AU", False),
        (dt.date(2024, 5, 3), "<b>03/05/2024</b>", "en", "de", False),
        (dt.date(2024, 5, 3), "<b>05/03/2024</b>", "en", "en-US", False),  # read month first
        (dt.date(2024, 5, 3), "<b>05/03/2024</b>", "en", "en-GB", True),
        (dt.date(2024, 5, 3), "<b>2024/05/03</b> <b>03/05/2024</b>", "en", None, False),
        (dt.date(2024, 5, 3), "<b>103/05/2024</b>", "en", None, False),  # not a date form
        (dt.date(2024, 5, 3), "<b>03/05/2024</b>", None, None, True),
    ],
)
def test_order_unsure(
    day: dt.date, source: str, language: str | None, declared: str | None, unsure: bool
) -> None:
    assert order_unsure(day, source, language, declared) is unsure


def test_order_checked_keeps_other_values() -> None:
    assert order_checked(None, "<b>03/05/2024</b>", "en", None) is None
    assert order_checked("2024-05-03", "<b>03/05/2024</b>", "en", None) is None
    assert order_checked("2024-05-03", "<b>03/05/2024</b>", "en", "en-GB") == "2024-05-03"
    assert order_checked("not a date", "", "en", None) == "not a date"
