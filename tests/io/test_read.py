"""read_html()/read_url(): saved and served news pages in, articles out."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from visitx import InputError, read_html, read_url

from conftest import ROOT, PageSite, Route

PAGES = ROOT / "tests" / "fixtures" / "pages"
# read_url is tried against a server of this module on 127.0.0.1, and nowhere else.
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

# Per page: title, publication date, language, canonical URL, a sentence of the article
# that must be kept, and page furniture that must be gone (all read off the pages by hand).
EXPECTED: dict[str, dict[str, Any]] = {
    "tr_osb_visit.html": {
        "title": "Özbek heyeti Konya OSB'yi ziyaret etti",
        "published": "2024-11-22",
        "language": "tr",
        "url": "https://anadolusanayi.example/ekonomi/ozbek-heyeti-konya-osb",
        "kept": "Konya OSB Başkanı Mehmet Akbaş, misafirlerini bölge müdürlüğünde ağırladı.",
        "gone": [
            "çerez",
            "İlgili Haberler",
            "Kazak iş insanları",
            "Yorumlar",
            "istihdama",
            "Etiketler",
            "Tüm hakları saklıdır",
            "SPOR",
        ],
    },
    "fa_rtl_governor.html": {
        "title": "دیدار استاندار گیلان با سفیر ارمنستان",
        "published": "2023-05-14",
        "language": "fa",
        "url": None,
        "kept": "سفیر ارمنستان در تهران روز یکشنبه ۲۴ اردیبهشت ۱۴۰۲ در سفر به رشت",
        "gone": ["اخبار پیشنهادی", "افتتاح نمایشگاه کتاب", "آدرس ایمیل", "کلیه حقوق", "صفحه اصلی"],
    },
    "ar_windows1256.html": {
        "title": "أمير منطقة القصيم يستقبل وفداً تجارياً من كازاخستان",
        "published": "2023-10-03",
        "language": "ar",  # no lang attribute: identified from the text
        "url": None,
        "kept": "برئاسة نائب وزير التجارة والتكامل أيدار ساديكوف",
        "gone": ["أخبار ذات صلة", "مهرجان التمور", "أضف تعليقك", "جميع الحقوق"],
    },
    "de_cookie_comments.html": {
        "title": "Delegation aus Taschkent besucht Chemnitzer Maschinenbauer",
        "published": "2024-06-05",
        "language": "de",
        "url": "https://sachsen-kurier.example/wirtschaft/taschkent-delegation-chemnitz",
        "kept": "Empfangen wurde die Gruppe von Oberbürgermeister Sven Schulze im Rathaus.",
        "gone": [
            "Cookies",
            "Alle akzeptieren",
            "Das könnte Sie auch interessieren",
            "Freibäder",
            "Kommentare",
            "Arbeitsplätze",
            "Impressum",
        ],
    },
    "ja_mou.html": {
        "title": "ウズベキスタン代表団が浜松市を訪問 技能実習で覚書",
        "published": "2024-02-08",
        "language": "ja",
        "url": None,
        "kept": "浜松市とフェルガナ州は人材育成に関する覚書に署名した。",
        "gone": ["クッキー", "関連記事", "ランキング", "静岡空港", "Copyright"],
    },
    "en_no_lang.html": {
        "title": "Kenyan trade mission tours Port of Tauranga",
        "published": "2024-09-12",
        "language": "en",  # no lang attribute: identified from the text
        "url": "https://baybusiness.example/news/kenyan-trade-mission-tauranga",
        "kept": "invited a New Zealand business delegation to Nairobi in March.",
        "gone": [
            "Sign up",
            "More from Business",
            "Dairy prices",
            "Log in",
            "local growers",
            "All rights reserved",
        ],
    },
    "ru_windows1251.html": {
        "title": "Делегация Вьетнама посетила Екатеринбург",
        "published": "2024-04-17",
        "language": "ru",
        "url": None,
        "kept": "провела переговоры с губернатором Свердловской области Денисом Паслером",
        "gone": ["cookie", "Читайте также", "Иннопром", "Погода", "Главная"],
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_main_text_kept(name: str) -> None:
    """The article's sentences are in the extracted text."""
    article = read_html((PAGES / name).read_bytes())
    assert EXPECTED[name]["kept"] in article.text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_boilerplate_gone(name: str) -> None:
    """Navigation, cookie banners, related lists, comments and footers are left out."""
    text = read_html((PAGES / name).read_bytes()).text
    assert [junk for junk in EXPECTED[name]["gone"] if junk in text] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata(name: str) -> None:
    """Title, publication date, language and canonical URL come from the page."""
    article = read_html((PAGES / name).read_bytes())
    expected = EXPECTED[name]
    got = {
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "url": article.url,
    }
    assert got == {k: expected[k] for k in ("title", "published", "language", "url")}


def test_zero_width_non_joiner_survives() -> None:
    """Persian spelling keeps its zero-width non-joiners (همکاری‌های, not همکاریهای)."""
    text = read_html((PAGES / "fa_rtl_governor.html").read_bytes()).text
    assert "همکاری\u200cهای" in text


def test_given_url_wins_over_canonical() -> None:
    """`url=` is the page's address and is kept as article.url."""
    article = read_html((PAGES / "de_cookie_comments.html").read_bytes(), url="https://a.example/x")
    assert article.url == "https://a.example/x"


def test_str_input_reads_like_bytes() -> None:
    """A page passed as text gives the same article as its UTF-8 bytes."""
    data = (PAGES / "tr_osb_visit.html").read_bytes()
    assert read_html(data.decode("utf-8")) == read_html(data)


def test_declared_charset_is_honoured() -> None:
    """Bytes in windows-1251 with the charset given (as a server would) decode right."""
    data = (PAGES / "ru_windows1251.html").read_bytes()
    assert "Екатеринбург" in read_html(data, encoding="windows-1251").text


def test_wrong_declared_charset_is_an_input_error() -> None:
    """A charset that does not fit the bytes is a clear InputError, not mojibake."""
    data = "<html><body><p>Делегация</p></body></html>".encode("cp1251")
    with pytest.raises(InputError, match="not in the declared charset 'utf-8'"):
        read_html(data, encoding="utf-8")


def test_unknown_charset_is_an_input_error() -> None:
    """Non-UTF-8 bytes declaring a charset no codec knows get an InputError naming it."""
    with pytest.raises(InputError, match="'x-klingon' is not a known character set"):
        read_html(b'<meta charset="x-klingon"><p>caf\xe9 cr\xe8me</p>')


@pytest.mark.parametrize("page", [b"", b"   \n", ""])
def test_empty_page_is_an_input_error(page: bytes | str) -> None:
    """An empty page is an InputError."""
    with pytest.raises(InputError, match="empty"):
        read_html(page)


def test_page_without_article_is_an_input_error() -> None:
    """A page with navigation and a cookie banner but no body is an InputError."""
    with pytest.raises(InputError, match="No article text found"):
        read_html((PAGES / "no_article.html").read_bytes())


def test_huge_page_is_an_input_error() -> None:
    """A page over max_bytes is refused before parsing."""
    with pytest.raises(InputError, match="more than the limit of 1,000"):
        read_html(b"<p>" + b"x" * 2000 + b"</p>", max_bytes=1000)


def test_non_page_is_an_input_error() -> None:
    """Something that is neither str nor bytes is an InputError."""
    with pytest.raises(InputError, match="str or bytes"):
        read_html(42)  # type: ignore[arg-type]


# -- read_url against a local server -----------------------------------------------------


# The fixture pages, with chosen headers.
SITE_ROUTES: dict[str, Route] = {
    "/tr": (
        200,
        {"content-type": "text/html; charset=utf-8"},
        (PAGES / "tr_osb_visit.html").read_bytes(),
    ),
    "/ru": (
        200,
        {"content-type": "text/html; charset=windows-1251"},
        (PAGES / "ru_windows1251.html").read_bytes(),
    ),
    "/old": (301, {"location": "/tr"}, b""),
    "/pdf": (200, {"content-type": "application/pdf"}, b"%PDF-1.7"),
    "/big": (200, {"content-type": "text/html"}, b"<p>" + b"x" * 50_000 + b"</p>"),
    "/gone": (404, {"content-type": "text/html"}, b"<h1>Not found</h1>"),
}



@pytest.fixture(scope="module")
def site() -> Iterator[PageSite]:
    with PageSite(SITE_ROUTES) as server:
        yield server


def test_read_url_reads_the_page(site: PageSite) -> None:
    """A served page gives its article, with the address it was served from as url."""
    article = read_url(site.url("/tr"))
    assert EXPECTED["tr_osb_visit.html"]["kept"] in article.text
    assert (article.url, article.published) == (site.url("/tr"), "2024-11-22")


def test_read_url_honours_the_header_charset(site: PageSite) -> None:
    """The charset in the Content-Type header decodes a windows-1251 page."""
    assert "Денисом Паслером" in read_url(site.url("/ru")).text


def test_read_url_follows_redirects(site: PageSite) -> None:
    """A redirect is followed and the final address kept."""
    assert read_url(site.url("/old")).url == site.url("/tr")


def test_read_url_refuses_non_html(site: PageSite) -> None:
    """A PDF is refused with an InputError naming its content type."""
    with pytest.raises(InputError, match="not an HTML page \\(content-type application/pdf\\)"):
        read_url(site.url("/pdf"))


def test_read_url_refuses_a_huge_page(site: PageSite) -> None:
    """A page over max_bytes is refused."""
    with pytest.raises(InputError, match="more than the limit of 10,000"):
        read_url(site.url("/big"), max_bytes=10_000)


def test_read_url_error_status_is_an_input_error(site: PageSite) -> None:
    """HTTP 404 is an InputError naming the status."""
    with pytest.raises(InputError, match="HTTP 404"):
        read_url(site.url("/missing"))


def test_read_url_unreachable_is_an_input_error(site: PageSite) -> None:
    """A closed port is an InputError, not an httpx2 exception."""
    port = site.httpd.server_address[1]
    probe = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    closed = probe.server_address[1]
    probe.server_close()
    assert closed != port
    with pytest.raises(InputError, match="could not fetch the page"):
        read_url(f"http://127.0.0.1:{closed}/tr")


def test_read_url_needs_http(tmp_path: Path) -> None:
    """A file path or another scheme is refused: read_url fetches only web addresses."""
    with pytest.raises(InputError, match="not an http:// or https:// address"):
        read_url(str(tmp_path / "page.html"))


def test_xhtml_string_with_xml_declaration() -> None:
    """An XHTML page given as str, XML declaration and all, is read with its language."""
    body = "Der Botschafter Kasachstans besuchte am Montag das Rathaus von Leipzig. " * 3
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de"><head><title>Besuch</title>'
        f"</head><body><article><p>{body}</p></article></body></html>"
    )
    article = read_html(page)
    assert article.language == "de"
    assert "Rathaus von Leipzig" in article.text


def test_content_language_meta_gives_the_language() -> None:
    """Without a lang attribute, <meta http-equiv="Content-Language"> names the language."""
    body = "Делегация Казахстана провела переговоры в Бишкеке о поставках зерна. " * 3
    page = (
        '<html><head><meta http-equiv="Content-Language" content="ru-RU"></head>'
        f"<body><article><p>{body}</p></article></body></html>"
    )
    assert read_html(page).language == "ru"
