"""read_html reads bytes in their true charset: UTF-8 whatever is declared (issue 22).

The pages are written here in the style of real news pages; the cases are the kinds the
issue reports on 880 saved pages: UTF-8 bytes declared ISO-8859-1/-2 or windows-1252
(garbled before), UTF-8 declared euc-kr or gb2312 (rejected before), and a long UTF-8
page with one to three invalid bytes (rejected before).
"""

from __future__ import annotations

import pytest

from visitx import read_html
from visitx.core.errors import InputError
from visitx.io.charset import decode_html


def _page(lang: str, title: str, paragraphs: list[str], charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{title}</title></head><body>'
        '<nav><a href="/">Forside</a> <a href="/indland">Indland</a></nav>'
        f"<article><h1>{title}</h1>{body}</article>"
        "<footer>Kontakt · Privatlivspolitik</footer></body></html>"
    )


DANISH = [
    "Forstærket samarbejde mellem Danmark og Ghana blev aftalt, da en ghanesisk "
    "delegation besøgte Aarhus Havn i tirsdags.",
    "Delegationen mødte havnens direktør og drøftede grøn skibsfart og uddannelse af "
    "lodser, oplyser havnen i en pressemeddelelse.",
]
POLISH = [
    "Delegacja z Wietnamu odwiedziła w środę port w Gdańsku i spotkała się z zarządem portu.",
    "Rozmawiano o żegludze kontenerowej i wspólnym ośrodku szkoleniowym dla celników, "
    "poinformował rzecznik portu.",
]
GERMAN = [
    "Eine Delegation aus Südkorea hat am Dienstag das Stahlwerk in Duisburg besucht und "
    "sich über grünen Wasserstoff informiert.",
    "Die Gäste trafen die Geschäftsführung und besichtigten die neue Direktreduktionsanlage, "
    "teilte das Unternehmen mit.",
]
KOREAN = [
    "한국 경제사절단이 화요일 함부르크 항구를 방문해 항만청 관계자들과 만났다.",
    "양측은 친환경 해운과 물류 협력 방안을 논의했다고 항만청이 밝혔다.",
]
CHINESE = [
    "中国贸易代表团周二访问了汉堡港，并与港务局负责人举行会谈。",
    "双方就绿色航运和物流合作进行了交流，港务局在声明中表示。",
]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "declared", "word"),
    [
        ("da", DANISH, "iso-8859-1", "Forstærket"),
        ("pl", POLISH, "iso-8859-2", "odwiedziła"),
        ("de", GERMAN, "windows-1252", "Südkorea"),
    ],
)
def test_utf8_declared_single_byte_is_not_garbled(
    lang: str, paragraphs: list[str], declared: str, word: str
) -> None:
    """UTF-8 bytes under a stale single-byte <meta charset> come out as written."""
    data = _page(lang, paragraphs[0][:40], paragraphs, declared).encode("utf-8")
    text = read_html(data).text
    assert word in text
    assert "Ã" not in text
    assert "Å" not in text


@pytest.mark.parametrize(
    ("lang", "paragraphs", "declared", "word"),
    [("ko", KOREAN, "euc-kr", "함부르크"), ("zh", CHINESE, "gb2312", "汉堡港")],
)
def test_utf8_declared_multibyte_is_read(
    lang: str, paragraphs: list[str], declared: str, word: str
) -> None:
    """UTF-8 bytes declared euc-kr or gb2312 are read, not rejected."""
    data = _page(lang, paragraphs[0][:20], paragraphs * 2, declared).encode("utf-8")
    assert word in read_html(data).text


def test_utf8_with_header_charset_latin1_is_read() -> None:
    """A server's Content-Type charset=ISO-8859-1 over UTF-8 bytes does not garble them."""
    data = _page("da", "Havnebesøg", DANISH, None).encode("utf-8")
    assert "Forstærket" in read_html(data, encoding="ISO-8859-1").text


def test_a_few_bad_bytes_in_a_long_utf8_page_are_replaced() -> None:
    """Two invalid bytes in a long UTF-8 page become U+FFFD; the rest reads as written."""
    good = _page("de", "Besuch in Duisburg", GERMAN * 6, "utf-8").encode("utf-8")
    cut = good.index("Geschäftsführung".encode()) + len("Gesch")
    data = good[:cut] + b"\xe4\xff" + good[cut + 2 :]
    text = read_html(data).text
    assert "\ufffd" in text
    assert "Südkorea" in text


def test_three_bad_bytes_under_a_wrong_multibyte_declaration_are_read() -> None:
    """UTF-8 with three stray bytes declared euc-kr: UTF-8, bytes replaced, not rejected."""
    good = _page("ko", "경제사절단", KOREAN * 4, "euc-kr").encode("utf-8")
    data = good.replace("항구를".encode(), b"\x80\x81\x82" + "구를".encode(), 1)
    assert "함부르크" in read_html(data).text


def test_real_windows_1252_page_still_decodes_as_declared() -> None:
    """A page really in windows-1252 (every accent invalid as UTF-8) is read as declared."""
    data = _page("de", "Besuch", GERMAN, "windows-1252").encode("cp1252")
    assert "Südkorea" in read_html(data).text


def test_single_stray_latin1_byte_is_not_taken_for_utf8() -> None:
    """One non-ASCII byte and no UTF-8 characters: the declared charset decides ("é")."""
    assert decode_html(b"<p>caf\xe9</p>", "iso-8859-1") == "<p>café</p>"


def test_windows_1251_page_under_a_utf8_header_is_read_in_its_charset() -> None:
    """A windows-1251 page declared UTF-8: the declaration does not fit, the bytes decide.

    Before: "The page is not in the declared charset 'utf-8'" (a page lost to charset).
    """
    data = ("<p>" + "Делегация посетила порт. " * 20 + "</p>").encode("cp1251")
    assert decode_html(data, "utf-8").startswith("<p>Делегация посетила порт. Делегация")


def test_bytes_in_no_charset_stay_an_error() -> None:
    """Bytes no charset reads (every byte value over and over) are a clear InputError."""
    with pytest.raises(InputError, match="in no charset visitx could find"):
        read_html(bytes(range(256)) * 20)


ENGLISH = [
    "The foreign minister of Norway arrived in Ankara on Tuesday for two days of talks "
    "with his Turkish counterpart about trade, energy and regional security.",
    "The two ministers met for three hours at the foreign ministry and agreed to set up "
    "a joint working group on renewable energy, officials said.",
    "Norway is one of the largest investors in the energy sector, and bilateral trade "
    "reached a record last year, according to official figures.",
]


@pytest.mark.parametrize("bad", [b"\xe9", b"\x93\x94", b"\xff\xfe\xfd"])
def test_bad_bytes_in_a_declared_utf8_ascii_page_are_replaced(bad: bytes) -> None:
    """An English UTF-8 page (no other non-ASCII) with 1-3 bad bytes: replaced, not refused.

    Audit of issue 22: main raised "The page is not in the page's <meta charset> 'utf-8'";
    trafilatura's decode_file reads the same bytes.
    """
    good = _page("en", "Talks in Ankara", ENGLISH, "utf-8").encode("utf-8")
    cut = good.index(b"Norway")
    text = read_html(good[:cut] + bad + good[cut:]).text
    assert "\ufffd" * len(bad) + "Norway arrived in Ankara" in text


def test_bad_byte_under_a_utf8_header_is_replaced() -> None:
    """The same page with the server's charset=utf-8 and no <meta charset>."""
    good = _page("en", "Talks in Ankara", ENGLISH, None).encode("utf-8")
    cut = good.index(b"Norway")
    data = good[:cut] + b"\xe9" + good[cut:]
    assert "\ufffdNorway" in read_html(data, encoding="utf-8").text


def test_three_bad_bytes_under_a_stale_latin1_declaration_are_not_garbled() -> None:
    """A short Danish UTF-8 page (20 letters æøå), 3 stray bytes, <meta charset=iso-8859-1>.

    Audit of issue 22: main read it as windows-1252 ("ForstÃ¦rket", "besÃ¸gte").
    """
    good = _page("da", "Havnebesøg", DANISH * 2, "iso-8859-1").encode("utf-8")
    cut = good.index(b"samarbejde")
    text = read_html(good[:cut] + b"\xe9\xe9\xe9" + good[cut:]).text
    assert "Forstærket \ufffd\ufffd\ufffdsamarbejde" in text
    assert "Ã" not in text
