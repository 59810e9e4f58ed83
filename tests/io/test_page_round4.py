"""Saved pages of the round-4 probe's site families (bench/probe_pages_round4.py).

Written for these tests in the markup of the families the probe imitates: a ministry's
press page that prints the date over an `<h2>` title (Iran's in Solar Hijri, Saudi
Arabia's in Hijri, Japan's in the Reiwa era), a Chinese headline of 14 letters, a byline
in parts ("Comunicado 45/2024 · 5 de marzo de 2024"), an "Updated:" line whose date
htmldate's fast search takes, an `@graph` with only the site's and publisher's nodes, an
archive listing, a Korean brief of 91 letters. The calendars were converted by hand and
checked against `jdatetime` and `hijridate`: 15 Esfand 1402 = 24 Sha'ban 1445 = Reiwa 6,
March 5 = Tuesday, 5 March 2024.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from visitx import read_html
from visitx.io.dateline import dateline, update_day
from visitx.io.pubdate import is_listing

READ_ON = dt.date(2024, 3, 12)
EN_BODY = (
    "<p>Turkey and Iraq agreed on a framework for sharing the waters of the Tigris and "
    "Euphrates during a visit by the Iraqi prime minister to Ankara, officials said.</p>"
    "<p>The two leaders signed 24 memorandums covering energy, transport and security, "
    "including a plan to build a road and rail corridor to the Turkish border.</p>"
)


def _ministry(lang: str, title: str, date_line: str, body: str) -> bytes:
    """A ministry press page: the date in a div above the release's `<h2>` title."""
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/press/">Press</a></div>'
        f'<div class="news-detail"><div class="news-date">{date_line}</div>'
        f'<h2 class="news-title">{title}</h2><div class="news-text">{body}</div></div>'
        "</body></html>"
    ).encode()


FA_BODY = (
    "<p>وزیر امور خارجه کشورمان صبح سه‌شنبه در رأس هیئتی سیاسی برای دیداری دو روزه وارد مسکو "
    "شد.</p><p>وی در این سفر با همتای روس خود درباره همکاری‌های اقتصادی، کریدور شمال ـ جنوب و "
    "تحولات منطقه گفت‌وگو خواهد کرد. قرار است دو طرف سندی درباره همکاری‌های کنسولی نیز امضا "
    "کنند.</p>"
)
AR_BODY = (
    "<p>استقبل صاحب السمو وزير الخارجية في مقر الوزارة بالرياض اليوم وزيرة خارجية جمهورية "
    "إندونيسيا التي تزور المملكة حالياً.</p><p>وجرى خلال الاستقبال استعراض العلاقات الثنائية "
    "بين البلدين الشقيقين وسبل تعزيزها في مختلف المجالات، إضافة إلى مناقشة المستجدات الإقليمية."
    "</p>"
)
JA_BODY = (
    "<p>上川外務大臣は、3月5日から7日までインドネシア共和国を訪問し、同国外務大臣と会談を行い"
    "ました。</p><p>会談では、両大臣は日インドネシア包括的戦略的パートナーシップの下での協力の"
    "進展を歓迎し、エネルギー移行、海洋安全保障、人材交流の分野で協力を一層強化していくことで"
    "一致しました。</p>"
)


@pytest.mark.parametrize(
    ("lang", "title", "date_line", "body"),
    [
        ("fa", "سفر وزیر امور خارجه به مسکو", "۱۴۰۲/۱۲/۱۵ - ۰۹:۳۰", FA_BODY),
        ("fa", "سفر وزیر امور خارجه به مسکو", "سه‌شنبه ۱۵ اسفند ۱۴۰۲", FA_BODY),
        ("ar", "وزير الخارجية يستقبل نظيره الإندونيسي", "الثلاثاء 24 شعبان 1445هـ", AR_BODY),
        ("ja", "上川外務大臣のインドネシア訪問", "令和6年3月5日", JA_BODY),
    ],
)
def test_a_date_line_over_a_ministrys_h2_title(
    lang: str, title: str, date_line: str, body: str
) -> None:
    page = read_html(_ministry(lang, title, date_line, body), today=READ_ON)
    assert (page.published, page.language) == ("2024-03-05", lang)


def test_a_chinese_headline_of_fourteen_letters_has_its_byline_read() -> None:
    html = (
        '<html lang="zh"><head><meta charset="utf-8"><title>x</title></head><body>'
        "<h1>王毅同印度尼西亚外长举行会谈</h1><div class='meta'>发布时间：2024年03月05日 18:30 "
        "来源：外交部</div><p>3月5日，外交部长王毅在北京同来华进行正式访问的印度尼西亚外长举行"
        "会谈。</p><p>王毅表示，中方愿同印尼一道，落实两国领导人达成的重要共识，推进雅万高铁后续"
        "合作，深化经贸、海洋和人文交流。</p></body></html>"
    ).encode()
    assert read_html(html, today=READ_ON).published == "2024-03-05"


def test_a_byline_in_parts_gives_the_part_with_the_date() -> None:
    assert dateline("Comunicado 45/2024 · 5 de marzo de 2024", "es") == dt.date(2024, 3, 5)
    assert dateline("Redacción | 5 de marzo de 2024", "es") == dt.date(2024, 3, 5)


def test_the_date_an_update_line_gives() -> None:
    assert update_day("Updated: January 18, 2024", "en") == dt.date(2024, 1, 18)
    assert update_day("05.03.2024 - 14:22 | Güncelleme: 06.03.2024 - 09:10", "tr") == dt.date(
        2024, 3, 6
    )
    assert update_day("Published March 5, 2024", "en") is None


TR_BODY = (
    "<p>Dışişleri Bakanı, salı günü resmi ziyaret amacıyla gittiği Bağdat'ta Iraklı mevkidaşı "
    "ile bir araya geldi.</p><p>Görüşmede iki ülke arasındaki ticaret hacminin artırılması, "
    "Kalkınma Yolu Projesi, su meselesi ve terörle mücadelede iş birliği ele alındı.</p>"
)


def _byline_page(byline: str, lang: str = "en", head: str = "") -> bytes:
    body = TR_BODY if lang == "tr" else EN_BODY
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>x</title>{head}</head><body>'
        "<h1>Turkish and Iraqi leaders agree water-sharing framework</h1>"
        f"<div class='meta'>{byline}</div>{body}</body></html>"
    ).encode()


def test_an_update_is_not_the_publication() -> None:
    # htmldate's fast search reads the visible "Güncelleme" (update) date; the byline's
    # first date is the publication's.
    tr = _byline_page("05.03.2024 - 14:22 | Güncelleme: 06.03.2024 - 09:10", "tr")
    assert read_html(tr, today=READ_ON).published == "2024-03-05"
    # Only an update's date: it is the page's only date, and kept (htmldate's hand-dated
    # news pages date moneycontrol.com's "Last Updated : Apr 08, 2020" page so).
    only = _byline_page("Updated: March 8, 2024")
    assert read_html(only, today=READ_ON).published == "2024-03-08"


def test_an_update_on_the_day_of_a_published_stamp_keeps_it() -> None:
    stamp = '<meta property="article:published_time" content="2024-03-08T09:30:00+00:00">'
    page = _byline_page("Updated: March 8, 2024 14:00", head=stamp)
    assert read_html(page, today=READ_ON).published == "2024-03-08"


def test_a_graph_of_the_site_and_its_publisher_dates_no_article() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "The Herald", "datePublished": "2015-06-01"},
            {"@type": "Organization", "name": "The Herald", "foundingDate": "1911-04-02"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert (
        read_html(_byline_page("By the Ankara bureau", head=head), today=READ_ON).published is None
    )
    graph["@graph"].append({"@type": "NewsArticle", "datePublished": "2024-03-05T09:30:00Z"})
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    page = _byline_page("By the Ankara bureau", head=head)
    assert read_html(page, today=READ_ON).published == "2024-03-05"


def test_an_archive_listing_has_no_publication_date() -> None:
    items = "".join(
        f"<li><a href='/n/{n}'>Indonesian president lands in Canberra, part {n}</a> "
        f"<span class='date'>2024-03-{12 - n:02d}</span></li>"
        for n in range(1, 9)
    )
    html = (
        f"<html lang='en'><head><title>Archive</title></head><body><ul>{items}</ul></body></html>"
    )
    page = read_html(html.encode(), today=READ_ON)
    assert page.published is None
    assert is_listing("Headline\n2024-03-11\nOther\n2024-03-10", "en") is False


def test_a_korean_brief_of_ninety_one_letters_is_an_article() -> None:
    text = (
        "국무총리는 오늘 정부서울청사에서 방한 중인 캄보디아 총리와 회담을 갖고 교역 확대와 "
        "개발 협력, 인적 교류 강화 방안을 논의하였다."
    )
    html = (
        f"<html><head><title>x</title></head><body><article><p>{text}</p></article></body></html>"
    )
    page = read_html(html.encode(), today=READ_ON)
    assert (page.text, page.language) == (text, "ko")
