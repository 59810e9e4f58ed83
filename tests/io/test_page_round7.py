"""Saved pages of the round-7 probe's kinds (bench/probe_pages_round7.py, bench/pages_round7/).

Each case comes from a page of that probe (written blind for it, pages round 7), cut down:
an old portal laid out in one table, the article's paragraphs split by `<br><br>` and a
table of readers' comments under it (p715, p739: the comments were kept and their date,
the day after, taken); a cookie or paywall notice the main-text search kept as the last
line (p704, p779); a windows-1252 Italian page served as UTF-8 (p754: "Consiglio
arrivata", its six accents lost) and a windows-1254 Turkish page declared ISO-8859-1
(p759: "Cumhurbaþkaný"); a "Latest" sidebar's date taken for a page with none (p712); a
URL's date without leading zeros under a "last updated" line (p803); a German "Stand:"
line over "Veröffentlicht:" (p741); Drupal's byline in the article's own `<footer>`
(p753); a Thai Buddhist-era year (p775) and a Hindi label before a date (p794). And three
real pages whose answers the first versions of these rules changed (htmldate's and
trafilatura's evaluation pages, bench/bench_real_pages.py): "Stand:" alone, a cell of short
lines, an article column named "sidebar_content".
"""

from __future__ import annotations

import datetime as dt

from visitx import read_html
from visitx.io.dateline import dateline
from visitx.io.maintext import without_layout_tables
from visitx.io.pagedate import without_other_dates
from visitx.text.clean import without_edge_notices

RU = [
    "Министр иностранных дел России Сергей Лавров прибыл в Пхеньян с двухдневным официальным "
    "визитом, сообщили в МИД.",
    "В аэропорту его встретила министр иностранных дел КНДР Чо Сон Хи. Стороны обсудят "
    "подготовку к визиту высших должностных лиц и вопросы двустороннего сотрудничества.",
    "По словам источника в делегации, особое внимание будет уделено восстановлению "
    "регулярного железнодорожного сообщения и туристическим поездкам.",
]
EN = [
    "Kenyan President William Ruto arrived at Andrews air base on Wednesday, opening the "
    "first state visit by an African head of state to Washington in many years.",
    "The White House said the two presidents would announce new investment in clean energy "
    "and a debt relief framework for developing countries during talks in the Oval Office.",
    "Ruto is also expected to visit Atlanta, where he will tour a technology campus and meet "
    "executives from companies looking to expand their operations in Nairobi.",
]
IT = [
    "La presidente del Consiglio è arrivata a Tunisi per una visita lampo, la quarta in poco "
    "più di un anno, per incontrare il presidente tunisino Kais Saied.",
    "Al centro dei colloqui la gestione dei flussi migratori nel Mediterraneo centrale, gli "
    "investimenti nelle energie rinnovabili e il cavo elettrico sottomarino che collegherà la "
    "Sicilia alla Tunisia.",
    "Secondo fonti di Palazzo Chigi, saranno firmati tre accordi su università e ricerca. La "
    "premier rientrerà a Roma in serata.",
]
TR = [
    "Cumhurbaşkanı Recep Tayyip Erdoğan, resmi ziyarette bulunmak üzere Macaristan'ın "
    "başkenti Budapeşte'ye geldi.",
    "Erdoğan, Başbakan Viktor Orbán ile Yüksek Düzeyli Stratejik İşbirliği Konseyi "
    "toplantısına eşbaşkanlık edecek ve iki ülke arasında çok sayıda anlaşma imzalanacak.",
    "Ziyarette enerji, savunma sanayii ve ulaştırma alanlarındaki işbirliğinin "
    "güçlendirilmesi ele alınacak.",
]


def _page(body: str, *, head: str = "", lang: str = "en", title: str = "Visit") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body>{body}</body></html>"
    )


def _portal(paragraphs: list[str], dateline_html: str, comments: list[tuple[str, str]]) -> str:
    """An old portal: one layout table, a menu cell, the article in <br><br> paragraphs and
    a table of readers' comments in the same cell (bench page p715)."""
    rows = "".join(
        f'<tr><td bgcolor="#eeeeee"><b>{who}</b> <font size="1">{when}</font></td></tr>'
        f"<tr><td>Опять пустые разговоры, лучше бы дороги починили у нас</td></tr>"
        for who, when in comments
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "<title>Лавров прибыл с визитом в Пхеньян</title></head><body>"
        '<table width="100%"><tr><td width="180" valign="top"><a href="/">Главная</a><br>'
        '<a href="/news.php">Новости</a></td><td valign="top"><font face="Verdana" size="2">'
        '<b class="title"><font size="3">Лавров прибыл с визитом в Пхеньян</font></b><br>'
        f"{dateline_html}<br><br>" + "<br><br>\n".join(paragraphs) + "</font>"
        f'<br><table width="100%" class="comments">{rows}</table></td></tr></table>'
        "</body></html>"
    )


def test_a_layout_table_is_read_as_blocks_without_its_comments_table() -> None:
    """p715: the paragraphs come out one a line, the comments and their date do not."""
    page = _portal(RU, '<font color="gray" size="1">Дата: 18.06.2024 14:22</font>',
                   [("Иван_П", "19.06.2024 08:15"), ("гость", "19.06.2024 09:40")])  # fmt: skip
    article = read_html(page.encode("cp1251"), today=dt.date(2024, 6, 20))
    assert RU[1] in article.text.splitlines()
    assert "дороги починили" not in article.text
    assert "|" not in article.text
    assert article.published == "2024-06-18"


def test_a_data_table_in_an_article_stays_a_table() -> None:
    """Short cells are data, not layout: the table is kept as a table (rows as lines)."""
    cells = "".join(f"<tr><td>Region {i}</td><td>{i * 10} tonnes</td></tr>" for i in range(1, 6))
    body = "<article><h1>Grain deliveries by region</h1>" + "".join(
        f"<p>{p}</p>" for p in EN
    ) + f"<table>{cells}</table></article>"  # fmt: skip
    text = read_html(_page(body), today=dt.date(2024, 5, 24)).text
    assert "Region 3" in text
    assert "30 tonnes" in text


def test_a_cookie_notice_and_a_paywall_notice_ending_the_text_are_left_out() -> None:
    """p704, p779: the notice sat inside the article's element, after its paragraphs."""
    for notice in (
        "We use cookies to improve your experience. By continuing to browse you agree to our "
        "use of cookies.",
        "이 기사는 유료 회원 전용입니다. 구독하고 계속 읽으세요.",
    ):
        body = "<article><h1>Kenya's president lands in Washington</h1>" + "".join(
            f"<p>{p}</p>" for p in EN
        ) + f'<div class="notice"><p>{notice}</p></div></article>'  # fmt: skip
        text = read_html(_page(body), today=dt.date(2024, 5, 24)).text
        assert notice not in text
        assert text.endswith("operations in Nairobi.")


def test_edge_notices_only_at_the_edges() -> None:
    """A line inside the text that mentions cookies stays; notices at either edge go."""
    inside = "The bakery's cookies use an old recipe, and we use butter, she said."
    text = (
        "この記事は会員限定です。続きを読むには無料会員登録が必要です。\n"
        f"Talks began.\n{inside}\nShe left.\n"
        "Ta strona korzysta z plików cookie w celu świadczenia usług.\n"
        "Weiterlesen mit Abo: Jetzt vier Wochen für nur 1 Euro testen."
    )
    assert without_edge_notices(text) == f"Talks began.\n{inside}\nShe left."
    assert without_edge_notices("Abonnez-vous pour lire la suite.") == (
        "Abonnez-vous pour lire la suite."
    )


def test_windows_1252_accents_served_as_utf8_are_read_as_windows_1252() -> None:
    """p754: no UTF-8 character, six bytes that are all accented letters: not damage."""
    body = "<article><h1>Meloni a Tunisi</h1>" + "".join(f"<p>{p}</p>" for p in IT) + "</article>"
    page = _page(body, lang="it").replace('<meta charset="utf-8">', "").encode("cp1252")
    text = read_html(page, encoding="utf-8", today=dt.date(2023, 6, 13)).text
    assert "il cavo elettrico sottomarino che collegherà la Sicilia" in text
    assert "La presidente del Consiglio è arrivata" in text


def test_windows_1254_turkish_declared_latin1_is_read_as_turkish() -> None:
    """p759: "Cumhurbaþkaný" reads as Turkish still, and Turkish is windows-1254."""
    body = "<article><h1>Erdoğan Budapeşte'de</h1>" + "".join(f"<p>{p}</p>" for p in TR)
    page = _page(body + "</article>", lang="").replace("utf-8", "iso-8859-1").encode("cp1254")
    text = read_html(page, today=dt.date(2024, 12, 20)).text
    assert "Yüksek Düzeyli Stratejik İşbirliği Konseyi" in text
    assert "þ" not in text


def test_a_latest_posts_sidebar_does_not_date_the_page() -> None:
    """p712: no date for the article; the sidebar's teasers are dated: None."""
    side = (
        '<div class="sidebar"><div class="widget widget_recent_entries"><h2>Latest</h2><ul>'
        '<li><a href="/n/1">Nairobi floods</a> <span class="post-date">May 21, 2024</span></li>'
        "</ul></div></div>"
    )
    body = (
        '<div class="row"><div class="col-md-8"><div class="news-detail"><h1 class="title">'
        "Kenya's president lands in Washington</h1>"
        + "".join(f"<p>{p}</p>" for p in EN)
        + f'</div></div><div class="col-md-4">{side}</div></div>'
    )
    article = read_html(
        _page(body), url="https://africawire.example/news/kenya-8812", today=dt.date(2024, 5, 24)
    )
    assert article.published is None


def test_a_url_date_without_leading_zeros_beats_a_last_updated_line() -> None:
    """p803: /news/2024/7/10/ is July 10th; "آخر تحديث: 11/7/2024" is the update."""
    paras = [
        "وصل وزير الخارجية السعودي إلى القاهرة اليوم في زيارة رسمية تستغرق يومين، يلتقي خلالها "
        "عددا من كبار المسؤولين المصريين.",
        "وذكرت وكالة الأنباء أن المباحثات ستتناول العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي "
        "بين البلدين، إضافة إلى تطورات الأوضاع في المنطقة.",
    ]
    body = (
        "<article><h1>وزير الخارجية السعودي يصل إلى القاهرة في زيارة رسمية</h1>"
        "<div><span>آخر تحديث: 11/7/2024</span></div>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</article>"
    )
    article = read_html(
        _page(body, lang="ar"),
        url="https://alkhabar.example/news/2024/7/10/saudi-fm-cairo",
        today=dt.date(2024, 7, 12),
    )
    assert article.published == "2024-07-10"


def _article(headline: str, byline: str, paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _page(f"<article>{headline}{byline}<div>{body}</div></article>", lang=lang)


def test_stand_names_an_update_in_a_german_byline() -> None:
    """p741: "Stand: 31.10.2023 08:15 Uhr" above "Veröffentlicht: 30.10.2023 14:12 Uhr"."""
    paras = [
        "Bundespräsident Frank-Walter Steinmeier ist am Montag zu einem viertägigen "
        "Staatsbesuch in Kenia eingetroffen. Am Flughafen in Nairobi wurde er begrüßt.",
        "Im Mittelpunkt der Gespräche stehen die Zusammenarbeit bei erneuerbaren Energien, die "
        "Fachkräfteeinwanderung nach Deutschland und der Klimaschutz.",
    ]
    page = _article(
        "<h1>Bundespräsident besucht Kenia und Tansania</h1>",
        '<div class="meta"><p>Stand: 31.10.2023 08:15 Uhr</p>'
        "<p>Veröffentlicht: 30.10.2023 14:12 Uhr</p></div>",
        paras,
        "de",
    )
    assert read_html(page, today=dt.date(2023, 11, 2)).published == "2023-10-30"


def test_a_drupal_byline_in_the_articles_footer_dates_it() -> None:
    """p753: "11 giugno 2023" in `<footer class="node__meta">` under the title."""
    page = _article(
        '<h1 class="page-title">Meloni a Tunisi, nuovo incontro con Saied sui migranti</h1>',
        '<footer class="node__meta"><div class="node__submitted">11 giugno 2023</div></footer>',
        IT,
        "it",
    )
    assert read_html(page, today=dt.date(2023, 6, 13)).published == "2023-06-11"


def test_thai_buddhist_year_and_a_hindi_label() -> None:
    """p775, p794: 2566 BE is 2023 AD (543 years); "प्रकाशित:" labels the date after it."""
    assert dateline("14 ธันวาคม 2566 เวลา 10:30 น.", "th") == dt.date(2023, 12, 14)
    assert dateline(
        "अपडेटेड: 22 सितंबर 2024 · प्रकाशित: 21 सितंबर 2024", "hi"
    ) == dt.date(2024, 9, 21)


def test_stand_alone_is_the_pages_date() -> None:
    """tagesschau.de's only date line (htmldate's evaluation page tagesschau.de.rheinmetall,
    hand-dated 2020-04-28): "Stand:" names an update only beside another date."""
    text = (
        "Interne Unterlagen im Netz Daten von Rheinmetall gehackt\n"
        "Stand: 28.04.2020 18:00 Uhr\n"
        "Der Rüstungskonzern Rheinmetall ist nach NDR-Recherchen von einem Datenleck betroffen."
    )
    assert dateline(text, "de") == dt.date(2020, 4, 28)
    assert dateline(text, "de", weak_too=False) is None


def test_tables_of_short_lines_or_scripts_are_not_layout_tables() -> None:
    """A cell of 40 names (harpers.org's signatories in trafilatura's evaluation pages) or
    of a long script (a udn forum page in htmldate's set) holds no prose: left a table."""
    names = "<br>".join(f"Writer Number{i}, University of Somewhere" for i in range(40))
    script = "<script>function f() { return " + "'x' + " * 80 + "'y'; }</script>"
    for cell in (names, script + "Join the city"):
        page = _page(f"<table><tr><td>{cell}</td><td>2</td></tr></table>")
        assert without_layout_tables(page) == page


def test_a_column_named_sidebar_keeps_its_date_for_the_light_search() -> None:
    """wara-enforcement.org (htmldate's set, 2016-09-27): the theme's article column is
    "sidebar_content"; only lists of recent posts leave the light pruning."""
    import lxml.html

    page = (
        '<html><body><div class="sidebar_content"><div class="post_detail">27 Sep 2016</div>'
        '<p>La Justice de paix de Macenta a tenu son audience.</p></div><div class="widget '
        'widget_recent_entries"><span class="post-date">3 Oct 2016</span></div></body></html>'
    )
    pruned = without_other_dates(lxml.html.document_fromstring(page), light=True)
    text = pruned.text_content()
    assert "27 Sep 2016" in text
    assert "3 Oct 2016" not in text


def test_a_declared_cyrillic_charset_is_the_sites_choice() -> None:
    """Only the Western default gives way to the text's language: KOI8-U Ukrainian
    declared `koi8-u` and windows-1251 Bulgarian declared `windows-1251` read as declared
    (bench pages p725, p726)."""
    uk = "Президент України прибув до Варшави з офіційним візитом, повідомив Офіс президента."
    bg = "Министър-председателят пристигна в Скопие за еднодневно официално посещение."
    for text, codec in ((uk, "koi8-u"), (bg, "windows-1251")):
        page = _page(f"<article><h1>{text[:30]}</h1>" + f"<p>{text}</p>" * 3 + "</article>")
        data = page.replace("utf-8", codec).encode(codec)
        assert text in read_html(data, today=dt.date(2024, 3, 16)).text
