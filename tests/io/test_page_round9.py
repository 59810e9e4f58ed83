"""Saved pages of the round-9 probe's kinds (bench/probe_pages_round9.py, bench/pages_round9/).

Each case comes from a page of that probe (written blind for it, pages round 9), cut down:
an old portal laid out in tables whose article cell ends with a table of other stories,
each headline with its date, beside a menu bar that is a table of links (ru01 in KOI8-R,
he01 in windows-1255, zh01 in GB2312, sv02 in ISO-8859-1: the precise pass took the
link tables for the page's content and the related stories' dates for its date); an
Arc XP page whose byline says "Опубліковано: 12 березня 2025" and whose JSON-LD carries
the update's moment, `2025-03-13T17:40:00Z` (uk01: the byline was taken for that stamp
shown in a reader's time zone); a Hindi print view whose only date is the print-out's
(hi03). The guards keep what the README settles: a data table in the article stays, and
a byline the day before a UTC stamp of the early hours is that stamp in another zone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from visitx import read_html
from visitx.io.pagedate import afternoon_utc_day

TODAY = dt.date(2026, 12, 7)

RU = [
    "Делегация Национальной ассамблеи Лаоса во вторник прибыла в Казань, где встретилась с "
    "руководством Государственного Совета Татарстана.",
    "Стороны обсудили подготовку специалистов для энергетики и сельского хозяйства, а также "
    "поставки грузовиков и автобусов из республики.",
]
HE = [
    "שר החוץ של קפריסין הגיע היום לביקור רשמי בישראל ונפגש בירושלים עם שר החוץ הישראלי לשיחה "
    "על שיתוף הפעולה בתחום האנרגיה.",
    "מחר יבקר השר הקפריסאי בנמל חיפה וייפגש עם נציגי הקהילה הקפריסאית בעיר.",
]
ZH = [
    "应广西壮族自治区人大常委会邀请，越南国会对外委员会代表团于本周二抵达南宁，开始为期三天的友好访问。",
    "代表团与自治区有关负责同志举行会谈，双方就边境口岸建设、农产品贸易以及青年交流等议题深入交换了意见。",
    "访问期间，代表团还将前往凭祥友谊关口岸和中国东盟博览会场馆参观考察。",
]
SV = [
    "Finlands president inledde på tisdagen ett tvådagars statsbesök i Sverige och togs emot "
    "av kungaparet på Stockholms slott med militär högtidlighet.",
    "På onsdagen reser presidenten vidare till Umeå, där han besöker universitetet och "
    "träffar företrädare för den finskspråkiga minoriteten i norra Sverige.",
]


def _portal(title: str, dateline: str, paragraphs: list[str], menu: list[str],
            related: tuple[str, list[tuple[str, str]]], *, charset: str, lang: str,
            inner: str = "") -> str:  # fmt: skip
    """The round-9 probe's old-portal template (bench/pages_round9/layouts.py, `table`)."""
    cells = "".join(
        f'<td class="menu"><a href="/{n}.html">{w}</a></td>' for n, w in enumerate(menu)
    )
    heading, items = related
    rows = "".join(
        f'<tr><td class="small"><a href="/n{n}.html">{h}</a> ({d})</td></tr>'
        for n, (h, d) in enumerate(items)
    )
    body = "<br><br>\n".join(paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
        f"<title>{title}</title>\n</head>\n<body>\n"
        f'<table width="100%" border="0"><tr>{cells}</tr></table>\n'
        '<table width="780" border="0"><tr><td valign="top" width="600">\n'
        f'<font size="4"><b>{title}</b></font><br>\n'
        f'<font size="2" color="#666666">{dateline}</font><br><br>\n'
        f'<font size="3">{body}</font>{inner}\n'
        f"<br><br><table><tr><td><b>{heading}</b></td></tr>{rows}</table>\n"
        '</td><td valign="top" width="180">&nbsp;</td></tr></table>\n</body></html>\n'
    )


PORTALS = [
    # ru01: KOI8-R, declared
    (
        "Делегация Лаоса посетила Казань", "21.05.2024 12:30", RU,
        ["Главная", "Политика", "Экономика", "Общество", "Спорт"],
        ("Читайте также", [("В центре города перекроют движение на выходные", "19.05.2024"),
                           ("Тарифы на проезд вырастут с января", "22.05.2024")]),
        "koi8-r", "ru", "2024-05-21",
    ),
    # he01: windows-1255, declared
    (
        "שר החוץ של קפריסין ביקר בירושלים", "14/11/2024 10:25", HE,
        ["ראשי", "חדשות", "כלכלה", "ספורט", "תרבות"],
        ("כתבות נוספות", [("עבודות בכביש החוף יימשכו עד הקיץ", "12/11/2024"),
                          ("מחירי הדירות ממשיכים לעלות", "15/11/2024")]),
        "windows-1255", "he", "2024-11-14",
    ),
    # zh01: GB2312, declared
    (
        "越南国会代表团访问广西南宁", "2024年06月18日 09:12 来源：广西日报", ZH,
        ["首页", "时政", "国际", "财经", "体育"],
        ("相关新闻", [("市区多条道路周末将实行交通管制", "2024-06-15"),
                      ("本市今年新建三十所幼儿园", "2024-06-19")]),
        "gb2312", "zh", "2024-06-18",
    ),
    # sv02: ISO-8859-1, declared
    (
        "Finlands president på statsbesök i Sverige", "tisdag 13 maj 2025", SV,
        ["Start", "Inrikes", "Utrikes", "Ekonomi", "Sport"],
        ("Relaterat", [("Tågtrafiken ställs in på grund av snöoväder", "2025-05-10"),
                       ("Kommunen bygger ny förskola i centrum", "2025-05-14")]),
        "iso-8859-1", "sv", "2025-05-13",
    ),
]


@pytest.mark.parametrize(
    ("title", "dateline", "paragraphs", "menu", "related", "charset", "lang", "day"), PORTALS
)
def test_an_old_portals_tables_of_links_are_left_out_with_their_dates(
    title: str,
    dateline: str,
    paragraphs: list[str],
    menu: list[str],
    related: tuple[str, list[tuple[str, str]]],
    charset: str,
    lang: str,
    day: str,
) -> None:
    """ru01, he01, zh01, sv02: the article's `<br>` paragraphs are the text, not the menu
    bar nor the other stories' headlines, and its dateline, not theirs, the date."""
    page = _portal(title, dateline, paragraphs, menu, related, charset=charset, lang=lang)
    article = read_html(page.encode(charset), today=TODAY)
    assert all(p in article.text for p in paragraphs)
    assert all(headline not in article.text for headline, _ in related[1])
    assert menu[1] not in article.text
    assert str(article.published) == day
    assert article.language == lang


def test_a_data_table_in_an_old_portals_article_stays() -> None:
    """A table of figures inside the article's cell (no links) is the article's."""
    figures = (
        "<table><tr><td>Грузовики</td><td>120 шт.</td></tr>"
        "<tr><td>Автобусы</td><td>45 шт.</td></tr></table>"
    )
    title, dateline, paragraphs, menu, related, charset, lang, _ = PORTALS[0]
    page = _portal(title, dateline, paragraphs, menu, related, charset=charset, lang=lang,
                   inner=figures)  # fmt: skip
    article = read_html(page.encode(charset), today=TODAY)
    assert "Грузовики" in article.text
    assert "120 шт." in article.text


UK = [
    "Прем’єр-міністрка Естонії у середу відвідала Житомирську область, яку Естонія допомагає "
    "відбудовувати з 2022 року.",
    "Вона оглянула відновлені школи та дитячий садок у Малині, а також зустрілася з очільником "
    "обласної військової адміністрації.",
    "«Ми залишаємося тут настільки, наскільки це потрібно», — сказала вона журналістам після "
    "зустрічі з місцевими вчителями.",
]


def _arc(byline: str, stamp: str) -> str:
    """The round-9 probe's Arc XP template (`arc`), cut down: uk01."""
    return (
        '<!DOCTYPE html><html lang="uk"><head><meta charset="utf-8">'
        "<title>Прем’єр-міністрка Естонії відвідала Житомирщину</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"NewsArticle", "datePublished": "{stamp}"}}</script></head><body>'
        '<header class="headline-wrapper"><h1 class="headline">Прем’єр-міністрка Естонії '
        f'відвідала Житомирщину</h1><div class="date timestamp">{byline}</div></header>'
        '<article class="article-body">'
        + "".join(f"<p>{p}</p>" for p in UK)
        + "</article></body></html>"
    )


def test_a_byline_the_day_before_an_afternoon_utc_stamp_is_the_publication_day() -> None:
    """uk01: "Опубліковано: 12 березня 2025, 11:05 | Оновлено: 13 березня 2025, 19:40"
    under the headline, JSON-LD `2025-03-13T17:40:00Z` (the update's moment, 19:40 in
    Kyiv). No time zone shows 17:40 UTC on the 12th: the byline is the publisher's."""
    byline = "Опубліковано: 12 березня 2025, 11:05 | Оновлено: 13 березня 2025, 19:40"
    article = read_html(_arc(byline, "2025-03-13T17:40:00Z"), today=TODAY)
    assert str(article.published) == "2025-03-12"


def test_a_byline_the_day_before_an_early_utc_stamp_is_that_stamp_elsewhere() -> None:
    """es05's kind (README): 03:10 UTC is the evening before west of Greenwich, so a byline
    the day before is that stamp shown in another zone, and the stamp's day is the page's."""
    article = read_html(_arc("12 березня 2025, 22:10", "2025-03-13T03:10:00Z"), today=TODAY)
    assert str(article.published) == "2025-03-13"


@pytest.mark.parametrize(
    ("source", "day"),
    [
        ('"datePublished": "2025-03-13T17:40:00Z"', dt.date(2025, 3, 13)),  # uk01
        ('"datePublished":"2024-08-14T12:00:00.000+00:00"', dt.date(2024, 8, 14)),
        (
            '<meta property="article:published_time" content="2024-02-19T13:30:00Z">',
            dt.date(2024, 2, 19),
        ),
        ('"datePublished": "2024-10-15T03:10:00Z"', None),  # es05: the early hours
        ('"datePublished": "2025-03-13T17:40:00+02:00"', None),  # not UTC
        ('"dateModified": "2025-03-13T17:40:00Z"', None),  # not a publication field
    ],
)
def test_afternoon_utc_day(source: str, day: dt.date | None) -> None:
    assert afternoon_utc_day(source) == day


def test_a_hindi_print_views_print_day_is_no_publication_date() -> None:
    """hi03: a print view whose only date is "प्रिंट तिथि: 25/11/2024" (the print-out's)."""
    paragraphs = [
        "नेपाल के प्रधानमंत्री शुक्रवार को दो दिन के दौरे पर वाराणसी पहुंचे, जहां हवाई अड्डे पर "
        "उत्तर प्रदेश के मुख्यमंत्री ने उनका स्वागत किया।",
        "प्रधानमंत्री ने काशी विश्वनाथ मंदिर में पूजा की और बाद में काशी हिंदू विश्वविद्यालय में "
        "नेपाली छात्रों से मुलाकात की।",
    ]
    page = (
        '<!DOCTYPE html><html lang="hi"><head><meta charset="utf-8"><title>नेपाल के प्रधानमंत्री '
        'का वाराणसी दौरा</title></head><body class="print"><div class="print-header">'
        "kashisamachar.example – प्रिंट तिथि: 25/11/2024</div><h1>नेपाल के प्रधानमंत्री का "
        'वाराणसी दौरा</h1><div class="print-body">'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + '</div><div class="print-footer">प्रिंट तिथि: 25/11/2024</div></body></html>'
    )
    article = read_html(page, today=TODAY)
    assert paragraphs[0] in article.text
    assert article.published is None
