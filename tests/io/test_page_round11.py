"""Saved pages of the round-11 probe's kinds (bench/probe_pages_round11.py, bench/pages_round11/).

Each case comes from a page of that probe (written blind for it, pages round 11), cut down:
one-table portals with a short article under its `<h1>` (p44 in Hebrew, windows-1255; p52
in Chinese, Big5, its only date a Minguo date line `中華民國113年3月5日`; p63 in Korean,
EUC-KR), whose menu row and list of one other story with its date were read as the
article's; and an English article with a Russian quotation (p77), read as Russian. The
guards keep what the README settles: a data table stays a table, a Russian text with an
English name stays Russian.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from visitx import guess_language, read_html
from visitx.io.headday import head_day
from visitx.io.maintext import without_layout_tables

TODAY = dt.date(2026, 12, 8)


def _portal(
    lang: str, title: str, dateline: str, paragraphs: list[str], more: str, other: tuple[str, str]
) -> str:
    """The probe's old portal (bench/pages_round11/tpl.py, `portal`): a menu table, then one
    table whose first cell holds the `<h1>`, the date line, the paragraphs and a table of one
    other story with its date."""
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head>"
        "<body><table width='960'><tr><td><a href='/a'>One</a></td><td><a href='/b'>Two</a>"
        "</td><td><a href='/c'>Three</a></td></tr></table><table width='960'><tr>"
        f"<td width='640'><h1><font size='5'>{title}</font></h1><div class='info'>"
        f"<font size='2'>{dateline}</font></div><div id='artibody'><font size='3'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"</font></div><table class='xgxw'><tr><td colspan='2'><b>{more}</b></td></tr>"
        f"<tr><td><a href='/n/1.html'>{other[0]}</a></td><td>{other[1]}</td></tr></table>"
        "</td><td width='300'><b>Top</b></td></tr></table></body></html>"
    )  # fmt: skip


HE = _portal(
    "he", "נתניהו נחת בקליפורניה", "פורסם: 19.09.23, 08:12",
    ["ראש הממשלה בנימין נתניהו נחת הלילה בסן פרנסיסקו, בתחילת ביקור בארצות הברית שיימשך שבוע.",
     "נתניהו צפוי להיפגש עם אילון מאסק במפעל טסלה בפרמונט, ולאחר מכן ימריא לניו יורק "
     "לעצרת האו\"ם."],
    "כתבות נוספות", ("מחירי הדלק יעלו בחודש הבא", "18.09.23"),
)  # fmt: skip
ZH = _portal(
    "zh-TW", "巴拉圭總統抵台 蔡總統軍禮歡迎", "中華民國113年3月5日 星期二",
    ["巴拉圭總統貝尼亞今天抵台展開國是訪問，蔡英文總統上午在總統府前以軍禮歡迎。",
     "貝尼亞將下榻國賓大飯店，並將參訪科學園區及農業試驗所。這是他就任後第二度訪台。"],
    "延伸閱讀", ("立法院今起審查預算", "113/03/04"),
)  # fmt: skip
KO = _portal(
    "ko", "윤 대통령, 영국 국빈 방문 시작", "기사입력 2023-11-21 17:45 | 최종수정 2023-11-22 09:10",
    ["윤석열 대통령은 21일(현지시간) 영국 런던에 도착해 찰스 3세 국왕 주최 공식 환영식에 참석했다.",
     "윤 대통령은 버킹엄궁에서 열리는 국빈 만찬에 참석한 뒤 22일 의회에서 연설할 예정이다."],
    "관련기사", ("김건희 여사, 런던 한국문화원 방문", "2023-11-22"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("page", "first", "last", "menu", "other"),
    [
        # p44: the article is 172 letters, under the 300 a cell of prose needs.
        (HE, "ראש הממשלה בנימין נתניהו נחת הלילה", "לעצרת האו\"ם.", "Three", "מחירי הדלק יעלו"),
        # p52: two sentences of 37 and 39 letters, neither of them a run of 80.
        (ZH, "巴拉圭總統貝尼亞今天抵台", "第二度訪台。", "Three", "立法院今起審查預算"),
        # p63: two Korean sentences.
        (KO, "윤석열 대통령은 21일", "연설할 예정이다.", "Three", "런던 한국문화원"),
    ],
)  # fmt: skip
def test_a_short_article_under_its_headline_in_a_table_is_read_without_the_link_tables(
    page: str, first: str, last: str, menu: str, other: str
) -> None:
    text = read_html(page, url="https://portal.example/n/1.html", today=TODAY).text
    assert text.startswith(first)
    assert text.endswith(last)
    assert menu not in text  # the menu bar's table of links
    assert other not in text  # the list of one other story with its date


def test_the_minguo_date_line_under_the_headline_is_the_date() -> None:
    # p52: 民國113年 is 2024 (113 + 1911); 5 March 2024 was a Tuesday (星期二).
    page = read_html(ZH, url="https://news.example/news/politics/paper/1634411", today=TODAY)
    assert page.published == "2024-03-05"
    # As read_html reads it: the layout table made blocks.
    tree = lxml.html.document_fromstring(without_layout_tables(ZH))
    assert head_day(tree, "zh") == dt.date(2024, 3, 5)
    # Guard: a Minguo year without its month and day is no date line.
    lone = ZH.replace("中華民國113年3月5日 星期二", "中華民國113年")
    assert head_day(lxml.html.document_fromstring(without_layout_tables(lone)), "zh") is None


def test_a_row_of_the_headline_alone_is_not_the_articles_cell() -> None:
    # Guard (tests/io/test_page_round6.py's portal): the `<h1>` in a row of its own, the
    # date line and the paragraphs in the rows below, the cells under 300: a table read
    # as a table, its date line a line of the text.
    page = (
        "<html><body><table><tr><td><a href='/'>Portal</a></td></tr><tr><td><h1>外交部長出訪"
        "瓜地馬拉 深化雙邊合作</h1></td></tr><tr><td>發布日期：113年08月03日</td></tr><tr><td>"
        "<p>外交部長率團抵達瓜地馬拉市，展開為期四天的訪問。</p></td></tr></table></body></html>"
    )
    assert without_layout_tables(page) == page


def test_a_data_table_with_a_headline_outside_it_stays_a_table() -> None:
    # Guard: the `<h1>` is above the table, not in one of its cells; the cells are short.
    page = (
        "<html><body><h1>Delegations at the summit</h1><table><tr><td><a href='/fr'>France</a>"
        "</td><td>12 members</td></tr><tr><td><a href='/de'>Germany</a></td><td>9 members</td>"
        "</tr></table></body></html>"
    )
    assert without_layout_tables(page) == page


def test_a_headline_in_a_table_inside_a_cell_does_not_make_the_outer_table_layout() -> None:
    # Guard: the outer cell holds only a table whose own cell holds the `<h1>` over 168
    # characters of text; that inner table lays out the page, the outer one stays.
    page = (
        "<html><body><table id='outer'><tr><td>x</td><td><table id='inner'><tr><td>"
        "<h1>Delegation visits the port</h1><p>The delegation of the province visited the "
        "port on Tuesday and met its director. Talks covered the new container terminal and "
        "a ferry line to the islands.</p></td></tr></table></td></tr>"
        "</table></body></html>"
    )
    tree = lxml.html.document_fromstring(without_layout_tables(page))
    assert tree.xpath("//table[@id='outer']")
    assert not tree.xpath("//table[@id='inner']")


def test_an_english_article_with_a_russian_quotation_is_english() -> None:
    # p77: 260 Latin letters, 105 Cyrillic ones in the quotation; py3langid says ru (0.99)
    # on the whole, a language no text in Latin letters is in.
    text = (
        "North Korean leader Kim Jong Un met Vladimir Putin on Wednesday at the Vostochny "
        "cosmodrome in Russia's Amur region, after a two-day journey on his armoured train.\n"
        "Putin told Russian reporters: «Для этого мы сюда и приехали. Руководитель КНДР "
        "проявляет большой интерес к ракетной технике, они пытаются развивать и космос».\n"
        "Kim later travelled to Komsomolsk-on-Amur and Vladivostok, where he inspected "
        "fighter jet factories and the Pacific Fleet."
    )
    assert guess_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Guards: a Russian text with an English name, a Serbian text in Latin letters.
        ("Делегация компании Microsoft провела переговоры в Екатеринбурге с губернатором.", "ru"),
        ("Predsednik Srbije Aleksandar Vučić sastao se danas u Beogradu sa delegacijom Kine "
         "i razgovarao o investicijama u industriju i infrastrukturu.", None),
    ],
)  # fmt: skip
def test_texts_in_their_own_script_keep_their_guess(text: str, language: str | None) -> None:
    got = guess_language(text)
    if language is None:
        assert got in {"sr", "hr", "bs", None}  # a Latin-script guess, never a Cyrillic-only one
    else:
        assert got == language
