# ruff: noqa: E501
"""Pages round 7 probe: blind page cases written as bytes.

Written blind for this probe (pages round 7).  Each case is a saved news page (bytes,
with the HTTP Content-Type it was served with and the fetch date) and the hand-checked
answer: snippets that must be in the body, snippets that must not be (comments, related
blocks, cookie / paywall notices), the publication date (or None) and the language.

Run ``python bench/probe_pages_round7_cases.py`` to (re)write ``bench/pages_round7/``:
one ``<id>.html`` per case and ``cases.json`` with the answers.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from probe_pages_round7_build import esc, jsonld, og, page
from probe_pages_round7_texts import ARTICLES, COMMENTS, NOTICES, RELATED

SOURCE = "written blind for this probe (pages round 7)"
OUT = Path(__file__).parent / "pages_round7"
BAD = "\ue000"  # marks where a stray byte goes into a UTF-8 page

ZH_HANT_COMMENTS = [("訪客", "這次出訪花費多少納稅人的錢"), ("路人甲", "希望能帶回實質的合作成果")]
ZH_HANT_RELATED = ("相關新聞", ["颱風來襲各地停班停課", "台股收盤小漲"])
ZH_HANT_NOTICE = "本網站使用Cookie以提升您的瀏覽體驗。"

CASES: list[dict] = []


def case(cid: str, art: str, cms: str, enc: str, *, fetched: str, date: str | None,
         lang: str | None = None, charset: str | None = "same", charset_style: str = "meta",
         http: str | None = None, bom: bytes = b"", bad: bytes = b"", url: str = "",
         lang_html: str | None = "same", lang_article: str | None = None, head: str = "",
         dateline: str = "", comments: list[tuple[str, str]] | None = None,
         sidebar: list[tuple[str, str]] | None = None, related_dates: list[str] | None = None,
         extra_para: str = "", first_prefix: str = "", note: str = "", **extra: str) -> None:
    a = ARTICLES[art]
    alang = str(a["lang"])
    hant = art == "zh2"
    paras = list(a["paras"])  # type: ignore[arg-type]
    if first_prefix:
        paras[0] = first_prefix + paras[0]
    if extra_para:
        paras.insert(2, extra_para)
    if bad:
        first, _, rest = paras[-1].partition(" ")
        paras[-1] = first + " " + BAD + rest
    com_src = ZH_HANT_COMMENTS if hant else COMMENTS[alang]
    rel_head, rel_items = ZH_HANT_RELATED if hant else RELATED[alang]
    notice = ZH_HANT_NOTICE if hant else NOTICES[alang]
    cdates = comments or []
    com = [(au, cdates[i] if i < len(cdates) else "", tx) for i, (au, tx) in enumerate(com_src)] if comments is not None else []
    rdates = related_dates or []
    rel = [(h, rdates[i] if i < len(rdates) else "") for i, h in enumerate(rel_items)]
    side_html = ""
    if sidebar:
        side_html = '<div class="widget widget_recent_entries"><h2 class="widget-title">Latest</h2><ul>' + "".join(
            f'<li><a href="/n/{i}">{esc(h)}</a> <span class="post-date">{esc(d)}</span></li>' for i, (h, d) in enumerate(sidebar)) + "</ul></div>"
    ctx = {
        "title": a["title"], "paras": paras, "head": head, "dateline": dateline,
        "lang_html": alang if lang_html == "same" else lang_html, "lang_article": lang_article,
        "charset": enc if charset == "same" else charset, "charset_style": charset_style,
        "comments": com, "comments_style": {"wp": "wp", "blogger": "blogger", "oldphp": "table"}.get(cms, "div"),
        "related_heading": rel_head, "related": rel, "notice": notice, "url": url or f"https://news.example/{cid}.html",
        "sidebar": side_html, **extra,
    }
    if alang in ("ar", "fa", "he"):
        ctx["dir"] = "rtl"
    text = page(cms, ctx)
    if alang == "fa" and enc == "cp1256":
        text = text.replace("\u06cc", "\u064a")  # legacy Persian pages wrote Arabic yeh
    codec = enc
    data = text.encode(codec, errors="xmlcharrefreplace")
    if bad:
        data = data.replace(BAD.encode(codec), bad)
    data = bom + data
    must = [str(m) for m in a["must"]]  # type: ignore[attr-defined]
    if alang == "fa" and enc == "cp1256":
        must = [m.replace("\u06cc", "\u064a") for m in must]
    must_not = [com_src[0][1]] if comments is not None else []
    must_not += [rel_items[0], notice]
    if alang == "fa" and enc == "cp1256":
        must_not = [m.replace("\u06cc", "\u064a") for m in must_not]
    CASES.append({
        "id": cid, "cms": cms, "bytes_encoding": enc, "http_content_type": http, "url": ctx["url"],
        "fetched": fetched, "must_have": must,
        "must_not": must_not, "date": date, "lang": lang or alang, "note": note, "source": SOURCE,
        "_bytes": data,
    })


def wp_time(pub: str, shown: str, mod: str | None = None, mod_shown: str = "") -> str:
    out = f'<span class="posted-on"><a href="#" rel="bookmark"><time class="entry-date published" datetime="{pub}">{esc(shown)}</time>'
    if mod:
        out += f'<time class="updated" datetime="{mod}">{esc(mod_shown)}</time>'
    return out + "</a></span>"


def build() -> None:  # noqa: PLR0915 - a list of cases
    en_c = ["August 31, 2024 at 7:12 am", "September 1, 2024 at 11:40 pm"]
    # ---- en1: Modi in Tokyo, published 2024-08-29, fetched 2024-09-02
    case("p701", "en1", "wp", "utf-8", fetched="2024-09-02", date="2024-08-29", lang_html="en-US",
         url="https://dailycourier.example/2024/08/29/modi-tokyo-summit/",
         dateline=wp_time("2024-08-29T21:40:00+09:00", "August 29, 2024", "2024-08-30T08:05:00+09:00", "August 30, 2024"),
         comments=en_c, sidebar=[("Typhoon nears Kyushu", "September 1, 2024"), ("Yen slides", "August 31, 2024")],
         note="WordPress published + updated time; later comment and sidebar dates")
    case("p702", "en1", "generic", "utf-16-le", fetched="2024-09-02", date="2024-08-29", charset="utf-8",
         bom=b"\xff\xfe", dateline="<span>Thursday, August 29, 2024</span>",
         note="UTF-16LE with BOM whose meta claims utf-8: the BOM wins")
    case("p703", "en1", "amp", "utf-8", fetched="2024-09-02", date="2024-08-29", lang_html="hi",
         head=jsonld(str(ARTICLES["en1"]["title"]), "2024-08-29T21:40:00+09:00", "2024-08-30T08:05:00+09:00"),
         dateline="<time>29 Aug 2024, 06:10 PM IST</time>",
         note="AMP page of a Hindi outlet's English edition: html lang=hi, text English")
    case("p704", "en1", "next", "utf-8", fetched="2024-09-02", date="2024-08-29", lang_html="en",
         url="https://worldnews.example/world/asia/2024/08/29/modi-lands-in-tokyo",
         next_data=json.dumps({"props": {"pageProps": {"article": {"id": "a1", "publishedAt": "2024-08-29T13:10:00.000Z",
                                                                    "updatedAt": "2024-08-30T02:00:00.000Z"}}}, "page": "/[...slug]"}),
         dateline="<span>Aug 29, 2024, 06:40 PM IST</span>",
         note="Next.js page with no JSON-LD: __NEXT_DATA__ publishedAt, URL date and visible date agree")
    # ---- en2: Gulf tour, published 2024-02-05, fetched 2024-02-10
    case("p705", "en2", "arc", "utf-8", fetched="2024-02-10", date="2024-02-05", lang_html="en-GB",
         head=jsonld(str(ARTICLES["en2"]["title"]), "2024-02-05T07:00:00Z", "2024-02-06T16:30:00Z"),
         dateline='<div class="c-date-updated">Updated 6 February 2024</div><time class="c-date" datetime="2024-02-05T07:00:00Z">First published on Mon 5 Feb 2024 07.00 GMT</time>',
         sidebar=[("Storm Isha cleanup continues", "9 February 2024")],
         fusion=json.dumps({"_id": "X1", "display_date": "2024-02-05T07:00:00Z", "first_publish_date": "2024-02-05T07:00:00Z",
                            "last_updated_date": "2024-02-06T16:30:00Z"}),
         note="Arc: Updated shown first, first published below; JSON-LD published/modified")
    case("p706", "en2", "drupal", "utf-8", fetched="2024-02-10", date="2024-02-05", lang_html="en-GB",
         head=og("2024-02-05T09:12:00+00:00", "2024-02-06T10:00:00+00:00"),
         dateline="Submitted by newsdesk on Mon, 05/02/2024 - 09:12", comments=["06/02/2024 - 21:14", "07/02/2024 - 08:02"],
         note="Drupal submitted line in d/m/Y; og published time")
    case("p707", "en2", "oldphp", "cp1252", fetched="2024-02-10", date="2024-02-05", charset="iso-8859-1",
         charset_style="http-equiv", lang_html=None,
         dateline="<font size=\"1\" color=\"gray\">Monday, 5 February 2024 \u2013 09:12 GMT</font>",
         extra_para="\u201cWe will keep talking,\u201d one Gulf diplomat said. \u201cThat\u2019s how these things work.\u201d",
         comments=["06 Feb 2024", "08 Feb 2024"],
         note="declared iso-8859-1, bytes windows-1252 with curly quotes and en dash")
    case("p708", "en2", "blogger", "utf-8", fetched="2024-02-10", date="2024-02-05", lang_html=None,
         charset="UTF-8", charset_style="http-equiv",
         dateline="<h2 class='date-header'><span>Monday, February 5, 2024</span></h2>",
         post_footer="<span class='post-timestamp'>at <a class='timestamp-link' href='#'><abbr class='published' itemprop='datePublished' title='2024-02-05T10:15:00Z'>10:15 AM</abbr></a></span>",
         comments=["February 7, 2024 at 10:02 PM", "February 9, 2024 at 8:30 AM"],
         sidebar=[("Archive: January", "January 30, 2024")],
         note="Blogger date header and abbr published; comment dates later")
    # ---- en3: Ruto in Washington, published 2024-05-22, fetched 2024-05-24
    case("p709", "en3", "next", "utf-8", fetched="2024-05-24", date="2024-05-22", lang_html="en-US",
         head=jsonld(str(ARTICLES["en3"]["title"]), "2024-05-22T14:03:00-04:00", "2024-05-23T09:00:00-04:00"),
         next_data=json.dumps({"props": {"pageProps": {"story": {"updatedAt": "2024-05-23T13:00:00Z"}}}}),
         dateline="<time dateTime=\"2024-05-23T13:00:00Z\">Updated May 23, 2024</time>",
         related_dates=["May 23, 2024", "May 24, 2024"],
         note="Next.js: only the update time is visible; JSON-LD has the published date")
    case("p710", "en3", "wp", "utf-8", fetched="2024-05-24", date="2024-05-22", lang_html="en-US",
         url="https://capitalreport.example/2024/05/22/ruto-state-visit/",
         head=jsonld(str(ARTICLES["en3"]["title"]), "2024-06-22T10:00:00-04:00", kind="Article"),
         dateline='<span class="posted-on">May 22, 2024</span>',
         note="JSON-LD date a month after the fetch (a typo): URL and visible date agree on May 22")
    case("p711", "en3", "generic", "utf-8", fetched="2024-05-24", date="2024-05-22",
         url="https://africawire.example/2024/05/22/kenya-us-state-visit",
         head=jsonld(str(ARTICLES["en3"]["title"]), "1970-01-01T00:00:00Z"),
         dateline="Wednesday 22 May 2024",
         note="CMS epoch bug in JSON-LD; URL and dateline right")
    case("p712", "en3", "generic", "utf-8", fetched="2024-05-24", date=None,
         url="https://africawire.example/news/kenya-us-state-visit-8812",
         comments=["May 23, 2024", "May 24, 2024"],
         sidebar=[("Nairobi floods: death toll rises", "May 21, 2024"), ("Shilling firms", "May 24, 2024")],
         note="no article date anywhere; only comment and sidebar dates")
    case("p713", "en3", "drupal", "utf-8", fetched="2024-05-24", date="2024-05-22", lang_html="en",
         head=og("2024-05-22T23:45:00-04:00"),
         dateline="May 22, 2024 11:45 PM ET",
         note="late-evening US Eastern time: UTC is the next day, the publisher's date is the 22nd")
    case("p714", "en3", "generic", "utf-8", fetched="2024-05-24", date="2024-05-22",
         first_prefix="WASHINGTON, May 22 (Reuters) - ",
         sidebar=[("Markets wrap", "May 24, 2024"), ("Fed minutes", "May 23, 2024")],
         note="wire dateline without year in the first paragraph only")
    # ---- ru1: Lavrov in Pyongyang, published 2024-06-18, fetched 2024-06-20
    ru_c = ["19.06.2024 08:15", "19.06.2024 09:40"]
    case("p715", "ru1", "oldphp", "cp1251", fetched="2024-06-20", date="2024-06-18", charset="windows-1251",
         charset_style="http-equiv", http="text/html", lang_html=None,
         dateline="<font color=\"gray\" size=\"1\">Дата: 18.06.2024 14:22</font>", comments=ru_c,
         sidebar=[("Новости дня", "19.06.2024")], note="old PHP portal windows-1251 http-equiv")
    case("p716", "ru1", "generic", "koi8-r", fetched="2024-06-20", date="2024-06-18", http="text/html; charset=windows-1251",
         head=jsonld(str(ARTICLES["ru1"]["title"]), "2024-06-18T14:22:00+03:00"),
         dateline="18 июня 2024, 14:22", note="KOI8-R bytes and meta; the server header says windows-1251")
    case("p717", "ru1", "wp", "utf-8", fetched="2024-06-20", date="2024-06-18", charset="windows-1251",
         lang_html="en-US", dateline=wp_time("2024-06-18T14:22:00+03:00", "18.06.2024"), comments=ru_c,
         note="UTF-8 bytes with a leftover windows-1251 meta; WordPress default lang en-US, text Russian")
    case("p718", "ru1", "generic", "cp1251", fetched="2024-06-20", date="2024-06-18", charset=None, lang_html=None,
         dateline="18 июня 2024, 14:22", related_dates=["19 июня 2024", "20 июня 2024"],
         note="windows-1251 without any declaration")
    # ---- ru2: Tokayev to Moscow, published 2024-11-20, fetched 2024-11-22
    case("p719", "ru2", "arc", "utf-8", fetched="2024-11-22", date="2024-11-20", lang_html="kk",
         head=jsonld(str(ARTICLES["ru2"]["title"]), "2024-11-20T11:05:00+05:00", "2024-11-21T09:00:00+05:00"),
         dateline='<time class="c-date" datetime="2024-11-20T11:05:00+05:00">20 ноября 2024, 11:05</time>',
         note="Kazakh site's html lang=kk on a Russian article")
    case("p720", "ru2", "drupal", "utf-8", fetched="2024-11-22", date="2024-11-20",
         dateline="Опубликовано: 20.11.2024 · Обновлено: 21.11.2024",
         comments=["21.11.2024 10:00"], note="published and updated labels in Russian")
    case("p721", "ru2", "generic", "utf-8", fetched="2024-11-22", date="2024-11-20", charset=None, bom=b"\xef\xbb\xbf",
         http="text/html; charset=windows-1251", url="https://kz-news.example/2024/11/20/tokaev-moskva/",
         dateline="Сегодня, 14:30", note="UTF-8 BOM beats a windows-1251 header; relative date, URL date")
    case("p722", "ru2", "amp", "utf-8", fetched="2024-11-22", date="2024-11-20",
         dateline="<span>20 ноября 2024</span>", comments=["21 ноября 2024", "22 ноября 2024"],
         note="AMP page, dateline only")
    # ---- uk1: Zelensky in Warsaw, published 2023-04-05, fetched 2023-04-07
    case("p723", "uk1", "wp", "utf-8", fetched="2023-04-07", date="2023-04-05", lang_html="ru-RU",
         dateline=wp_time("2023-04-05T10:41:00+03:00", "05.04.2023"), comments=["06.04.2023"],
         note="Ukrainian text, html lang ru-RU left from the old site")
    case("p724", "uk1", "oldphp", "cp1251", fetched="2023-04-07", date="2023-04-05", charset="windows-1251", lang_html=None,
         dateline="05.04.2023 10:41", note="windows-1251 Ukrainian with і ї є")
    case("p725", "uk1", "generic", "koi8-u", fetched="2023-04-07", date="2023-04-05", lang_html=None,
         dateline="5 квітня 2023, 10:41", note="KOI8-U declared and used")
    # ---- bg1: Bulgarian PM in Skopje, published 2024-03-14, fetched 2024-03-16
    case("p726", "bg1", "oldphp", "cp1251", fetched="2024-03-16", date="2024-03-14", charset="windows-1251",
         dateline="14 март 2024 | 11:05", comments=["15 март 2024"], note="Bulgarian windows-1251")
    case("p727", "bg1", "drupal", "utf-8", fetched="2024-03-16", date="2024-03-14", lang_html=None,
         head=og("2024-03-14T11:05:00+02:00"), dateline="14.03.2024", note="Bulgarian, no lang attribute")
    case("p728", "bg1", "generic", "cp1251", fetched="2024-03-16", date="2024-03-14", charset=None, lang_html="ru",
         dateline="14.03.2024 11:05", note="undeclared windows-1251 Bulgarian, html lang=ru wrong")
    # ---- ar1: Saudi FM in Cairo, published 2024-07-10, fetched 2024-07-12
    case("p729", "ar1", "oldphp", "cp1256", fetched="2024-07-12", date="2024-07-10", charset="windows-1256",
         charset_style="http-equiv", dateline="الأربعاء 10 يوليو 2024", comments=["11 يوليو 2024"],
         note="windows-1256 portal")
    case("p730", "ar1", "wp", "utf-8", fetched="2024-07-12", date="2024-07-10", head=og("2024-07-10T15:20:00+03:00"),
         dateline="<span>١٠ يوليو ٢٠٢٤</span>", note="Arabic-Indic digits in the dateline")
    case("p731", "ar1", "generic", "cp1256", fetched="2024-07-12", date="2024-07-10", charset="utf-8",
         dateline="10/07/2024 - 15:20", note="windows-1256 bytes, meta claims utf-8")
    case("p732", "ar1", "amp", "utf-8", fetched="2024-07-12", date="2024-07-10", lang_html="en",
         head=jsonld(str(ARTICLES["ar1"]["title"]), "2024-07-10T15:20:00+03:00", "2024-07-11T08:00:00+03:00"),
         note="AMP, html lang=en on an Arabic article")
    # ---- ar2: Emir of Qatar's Asian tour, published 2024-04-21, fetched 2024-04-23
    case("p733", "ar2", "arc", "utf-8", fetched="2024-04-23", date="2024-04-21",
         head=jsonld(str(ARTICLES["ar2"]["title"]), "2024-04-21T09:00:00+03:00", "2024-04-22T12:00:00+03:00"),
         dateline="الأحد 21 نيسان 2024", note="Levantine month name")
    case("p734", "ar2", "drupal", "cp1256", fetched="2024-04-23", date="2024-04-21", charset=None,
         http="text/html; charset=windows-1256",
         dateline="الأحد 12 شوال 1445 هـ - 21 أبريل 2024 م", note="header-only charset; Hijri and Gregorian dateline")
    case("p735", "ar2", "generic", "utf-8", fetched="2024-04-23", date="2024-04-21", bad=b"\xe3\xd5\xd1",
         dateline="2024-04-21", comments=["2024-04-22"], note="a few windows-1256 bytes pasted into a UTF-8 page")
    # ---- fa1: Iranian FM in Moscow, published 2024-03-15 (25 Esfand 1402), fetched 2024-03-17
    case("p736", "fa1", "generic", "utf-8", fetched="2024-03-17", date="2024-03-15", lang_html="ar",
         head=jsonld(str(ARTICLES["fa1"]["title"]), "2024-03-15T10:30:00+03:30"),
         dateline="۲۵ اسفند ۱۴۰۲ - ۱۰:۳۰", comments=["۲۶ اسفند ۱۴۰۲"], note="Persian text, html lang=ar")
    case("p737", "fa1", "next", "utf-8", fetched="2024-03-17", date="2024-03-15",
         head=jsonld(str(ARTICLES["fa1"]["title"]), "2024-03-15T10:30:00+03:30", "2024-03-16T09:00:00+03:30"),
         dateline="<time>۱۴۰۲/۱۲/۲۵</time>", comments=["۱۴۰۲/۱۲/۲۶"], note="Next.js Persian")
    case("p809", "fa1", "oldphp", "cp1256", fetched="2024-03-17", date="2024-03-15", charset="windows-1256",
         lang_html=None, dateline="1402/12/25", note="windows-1256 Persian with Arabic yeh; Solar Hijri date only")
    # ---- de1: Steinmeier in Kenya, published 2023-10-30, fetched 2023-11-02
    de_c = ["31.10.2023 um 07:12 Uhr", "01.11.2023 um 19:40 Uhr"]
    case("p738", "de1", "wp", "utf-8", fetched="2023-11-02", date="2023-10-30", lang_html="de-DE",
         dateline=wp_time("2023-10-30T14:12:00+01:00", "30. Oktober 2023", "2023-10-31T08:15:00+01:00", "31. Oktober 2023"),
         comments=de_c, note="WordPress German")
    case("p739", "de1", "oldphp", "cp1252", fetched="2023-11-02", date="2023-10-30", charset="iso-8859-1", lang_html=None,
         dateline="30.10.2023, 14:12 Uhr",
         extra_para="\u201eWir kommen als Partner\u201c, sagte der Bundespr\u00e4sident \u2013 und nicht als Lehrmeister.",
         comments=de_c, note="iso-8859-1 declared, windows-1252 German quotes and dash")
    case("p740", "de1", "arc", "utf-8", fetched="2023-11-02", date="2023-10-30", charset="iso-8859-1",
         http="text/html; charset=ISO-8859-1",
         head=jsonld(str(ARTICLES["de1"]["title"]), "2023-10-30T14:12:00+01:00", "2023-10-31T08:15:00+01:00"),
         dateline='<time class="c-date">30.10.2023</time>', note="UTF-8 bytes, header and meta say ISO-8859-1")
    case("p741", "de1", "next", "utf-8", fetched="2023-11-02", date="2023-10-30",
         dateline="<p>Stand: 31.10.2023 08:15 Uhr</p><p>Veröffentlicht: 30.10.2023 14:12 Uhr</p>",
         note="Stand (updated) shown before Veröffentlicht; paywall teaser")
    case("p742", "de1", "generic", "utf-8", fetched="2023-11-02", date="2023-10-30",
         url="https://nachrichten.example/politik/2023/10/30/steinmeier-kenia-tansania.html",
         dateline="Aktualisiert am 31.10.2023", note="only the update date visible; URL has the published date")
    # ---- fr1: Senegalese president in Paris, published 2024-06-19, fetched 2024-06-21
    case("p743", "fr1", "drupal", "utf-8", fetched="2024-06-21", date="2024-06-19",
         dateline="Publié le 19/06/2024 à 18h30 · Mis à jour le 20/06/2024 à 09h12",
         comments=["20/06/2024 à 07h10"], note="Publié / Mis à jour")
    case("p744", "fr1", "wp", "utf-8", fetched="2024-06-21", date="2024-06-19", lang_html="en-US", lang_article="fr",
         dateline=wp_time("2024-06-19T18:30:00+02:00", "19 juin 2024"), note="html lang en-US, article lang fr")
    case("p745", "fr1", "generic", "cp1252", fetched="2024-06-21", date="2024-06-19", charset=None, lang_html=None,
         dateline="Le 19 juin 2024 à 18:30",
         extra_para="\u00ab Nous voulons une relation d\u2019\u00e9gal \u00e0 \u00e9gal \u00bb, a d\u00e9clar\u00e9 un conseiller \u0153uvrant \u00e0 la pr\u00e9sidence.",
         note="undeclared windows-1252 French with curly apostrophe and oe ligature")
    case("p746", "fr1", "amp", "utf-8", fetched="2024-06-21", date="2024-06-19",
         head=jsonld(str(ARTICLES["fr1"]["title"]), "2024-06-19T18:30:00+02:00", "2024-06-20T09:12:00+02:00"),
         dateline="<span>Il y a 2 jours</span>", note="relative dateline; JSON-LD")
    # ---- es1: Chilean president in China, published 2024-10-14, fetched 2024-10-16
    case("p747", "es1", "arc", "utf-8", fetched="2024-10-16", date="2024-10-14",
         head=jsonld(str(ARTICLES["es1"]["title"]), "2024-10-14T12:00:00-03:00", "2024-10-15T01:10:00-03:00"),
         dateline="<time>14 oct 2024 - 12:00 CLST</time><span>Actualizado a las 01:10 CLST del 15 oct 2024</span>",
         note="Arc Spanish, actualizado")
    case("p748", "es1", "oldphp", "cp1252", fetched="2024-10-16", date="2024-10-14", charset="iso-8859-1", lang_html=None,
         dateline="Lunes, 14 de octubre de 2024", comments=["15/10/2024"], note="iso-8859-1 portal")
    case("p749", "es1", "next", "utf-8", fetched="2024-10-16", date="2024-10-14", lang_html="pt-BR",
         head=jsonld(str(ARTICLES["es1"]["title"]), "2024-10-14T12:00:00-03:00"),
         dateline="14/10/2024", note="Spanish article, html lang pt-BR")
    # ---- pt1: Lula in Luanda, published 2023-08-24, fetched 2023-08-26
    case("p750", "pt1", "wp", "utf-8", fetched="2023-08-26", date="2023-08-24", lang_html="pt-BR",
         dateline="24/08/2023 às 18h42 · Atualizado há 2 dias", comments=["25/08/2023 às 08h00"],
         note="Brazilian d/m/Y dateline")
    case("p751", "pt1", "generic", "utf-8", fetched="2023-08-26", date="2023-08-24", lang_html="es",
         head=og("2023-08-24T18:42:00-03:00"), note="Portuguese article, html lang es")
    case("p752", "pt1", "oldphp", "iso-8859-1", fetched="2023-08-26", date="2023-08-24", lang_html=None,
         dateline="quinta-feira, 24 de agosto de 2023", note="iso-8859-1 Portuguese")
    # ---- it1: Meloni in Tunis, published 2023-06-11, fetched 2023-06-13
    case("p753", "it1", "drupal", "utf-8", fetched="2023-06-13", date="2023-06-11",
         dateline="11 giugno 2023", comments=["12 giugno 2023"], note="Drupal Italian")
    case("p754", "it1", "generic", "cp1252", fetched="2023-06-13", date="2023-06-11", charset=None,
         http="text/html; charset=utf-8", lang_html=None, dateline="11/06/2023 - 13:45",
         note="windows-1252 bytes served as utf-8")
    case("p755", "it1", "amp", "utf-8", fetched="2023-06-13", date="2023-06-11",
         head=jsonld(str(ARTICLES["it1"]["title"]), "2023-06-11T13:45:00+02:00"), comments=["12/06/2023"],
         note="AMP Italian")
    # ---- nl1: Dutch state visit to Vietnam, published 2023-12-12, fetched 2023-12-14
    case("p756", "nl1", "wp", "utf-8", fetched="2023-12-14", date="2023-12-12", lang_html="nl-NL",
         dateline="12 december 2023", comments=["13 december 2023 om 08:14"], note="WordPress Dutch")
    case("p757", "nl1", "drupal", "iso-8859-1", fetched="2023-12-14", date="2023-12-12", lang_html=None,
         dateline="di 12 dec 2023, 10:15", note="iso-8859-1 Dutch, abbreviated weekday and month")
    # ---- tr1: Erdogan in Budapest, published 2024-12-18, fetched 2024-12-20
    case("p758", "tr1", "oldphp", "iso-8859-9", fetched="2024-12-20", date="2024-12-18", lang_html=None,
         dateline="18.12.2024 11:20", comments=["19.12.2024"], note="iso-8859-9 Turkish")
    case("p759", "tr1", "generic", "cp1254", fetched="2024-12-20", date="2024-12-18", charset="iso-8859-1", lang_html=None,
         dateline="18 Aralık 2024 Çarşamba", note="windows-1254 bytes declared iso-8859-1")
    case("p760", "tr1", "next", "utf-8", fetched="2024-12-20", date="2024-12-18",
         head=jsonld(str(ARTICLES["tr1"]["title"]), "2024-12-18T11:20:00+03:00", "2024-12-19T09:00:00+03:00"),
         dateline="Güncelleme: 19.12.2024 09:00 · Yayınlanma: 18.12.2024 11:20", note="Turkish updated/published")
    # ---- ja1: PM to India, published 2024-08-19, fetched 2024-08-21
    case("p761", "ja1", "oldphp", "shift_jis", fetched="2024-08-21", date="2024-08-19", charset="Shift_JIS",
         charset_style="http-equiv", lang_html=None, dateline="2024年8月19日 10時05分", comments=["2024/08/20 09:12"],
         note="Shift_JIS portal")
    case("p762", "ja1", "next", "utf-8", fetched="2024-08-21", date="2024-08-19", lang_html="zh-CN",
         head=jsonld(str(ARTICLES["ja1"]["title"]), "2024-08-19T10:05:00+09:00"), note="Japanese, html lang zh-CN")
    case("p763", "ja1", "generic", "cp932", fetched="2024-08-21", date="2024-08-19", charset="shift_jis", lang_html="ja",
         dateline="2024年8月19日", extra_para="同行する経済団体には㈱日立製作所など①電機②自動車の大手が名を連ねる。",
         note="declared shift_jis, bytes cp932 with NEC special characters")
    case("p764", "ja1", "generic", "shift_jis", fetched="2024-08-21", date="2024-08-19", charset=None, lang_html=None,
         dateline="2024/08/19 10:05", note="undeclared Shift_JIS")
    # ---- ja2: FM in Brazil, published 2024-07-13 (JST), fetched 2024-07-15
    case("p765", "ja2", "generic", "euc-jp", fetched="2024-07-15", date="2024-07-13", charset="EUC-JP",
         dateline="2024年7月13日 08:31", note="EUC-JP declared")
    case("p766", "ja2", "generic", "euc-jp", fetched="2024-07-15", date="2024-07-13", charset=None, lang_html=None,
         http="text/html; charset=Shift_JIS", url="https://nhk-like.example/news/html/20240713/k10014510211000.html",
         dateline="7月13日 8時31分", note="EUC-JP bytes served as Shift_JIS; date in URL, dateline without year")
    case("p767", "ja2", "amp", "utf-8", fetched="2024-07-15", date="2024-07-13",
         head=jsonld(str(ARTICLES["ja2"]["title"]), "2024-07-13T08:31:00+09:00", "2024-07-13T12:00:00+09:00"),
         comments=["2024/07/14 22:10"], note="AMP Japanese")
    # ---- zh1: Vietnamese president in Beijing, published 2024-08-18, fetched 2024-08-20
    case("p768", "zh1", "generic", "gbk", fetched="2024-08-20", date="2024-08-18", charset="gb2312", lang_html=None,
         dateline="2024年08月18日 16:32 来源：新华网",
         extra_para="朱镕基时代启动的合作项目也被多次提及，双方官员对此给予积极评价。",
         note="declared gb2312, bytes gbk with a character outside GB2312")
    case("p769", "zh1", "generic", "gb18030", fetched="2024-08-20", date="2024-08-18", charset="GB18030", lang_html="zh-CN",
         dateline="2024-08-18 16:32", comments=["2024-08-19 08:00"], note="GB18030 declared")
    case("p770", "zh1", "next", "utf-8", fetched="2024-08-20", date="2024-08-18", lang_html="en",
         head=jsonld(str(ARTICLES["zh1"]["title"]), "2024-08-18T16:32:00+08:00"), note="Chinese, html lang en")
    case("p771", "zh1", "generic", "gbk", fetched="2024-08-20", date="2024-08-18", charset=None, lang_html=None,
         dateline="2024年08月18日16:32", related_dates=["2024-08-19", "2024-08-20"], note="undeclared GBK")
    # ---- zh2: Taiwan president departs, published 2023-08-12, fetched 2023-08-14
    case("p772", "zh2", "oldphp", "big5", fetched="2023-08-14", date="2023-08-12", charset="big5", lang_html=None,
         dateline="中華民國112年8月12日 09:40", comments=["112/08/13"], note="Big5 with ROC year dateline")
    case("p773", "zh2", "generic", "big5", fetched="2023-08-14", date="2023-08-12", charset=None, lang_html=None,
         dateline="2023/08/12 09:40", note="undeclared Big5")
    case("p774", "zh2", "wp", "utf-8", fetched="2023-08-14", date="2023-08-12", lang_html="zh-Hant-TW",
         dateline=wp_time("2023-08-12T09:40:00+08:00", "2023 年 8 月 12 日"), comments=["2023 年 8 月 13 日 上午 10:02"],
         note="WordPress Traditional Chinese")
    # ---- th1: Thai PM to Japan, published 2023-12-14, fetched 2023-12-16
    case("p775", "th1", "oldphp", "tis-620", fetched="2023-12-16", date="2023-12-14", charset="tis-620", lang_html=None,
         dateline="14 ธันวาคม 2566 เวลา 10:30 น.", note="TIS-620 portal with Buddhist year")
    case("p776", "th1", "generic", "tis-620", fetched="2023-12-16", date="2023-12-14", charset="windows-874", lang_html=None,
         head=og("2023-12-14T10:30:00+07:00"), dateline="14 ธ.ค. 66", note="windows-874 declared, TIS-620 bytes")
    case("p777", "th1", "amp", "utf-8", fetched="2023-12-16", date="2023-12-14", lang_html="en",
         head=jsonld(str(ARTICLES["th1"]["title"]), "2023-12-14T10:30:00+07:00"), note="Thai AMP, html lang en")
    # ---- ko1: Korean president to Vietnam, published 2023-06-22, fetched 2023-06-24
    case("p778", "ko1", "oldphp", "cp949", fetched="2023-06-24", date="2023-06-22", charset="euc-kr", lang_html=None,
         dateline="2023.06.22 10:31", comments=["2023.06.23 08:11"], note="declared euc-kr, bytes cp949 (UHC)")
    case("p779", "ko1", "next", "utf-8", fetched="2023-06-24", date="2023-06-22",
         head=jsonld(str(ARTICLES["ko1"]["title"]), "2023-06-22T10:31:00+09:00", "2023-06-23T09:00:00+09:00"),
         dateline="입력 2023.06.22 10:31 수정 2023.06.23 09:00", note="Korean input/modified labels")
    # ---- el1: Greek PM in Ankara, published 2023-12-07, fetched 2023-12-09
    case("p780", "el1", "generic", "cp1253", fetched="2023-12-09", date="2023-12-07", charset="windows-1253",
         dateline="07/12/2023 - 09:15", comments=["08/12/2023"], note="windows-1253 Greek")
    case("p781", "el1", "wp", "utf-8", fetched="2023-12-09", date="2023-12-07", lang_html="en-US",
         dateline=wp_time("2023-12-07T09:15:00+02:00", "7 Δεκεμβρίου 2023"), note="Greek, html lang en-US")
    # ---- he1: Israeli PM in Washington, published 2023-09-18, fetched 2023-09-20
    case("p782", "he1", "oldphp", "cp1255", fetched="2023-09-20", date="2023-09-18", charset="windows-1255",
         dateline="18/09/2023 22:15", comments=["19/09/2023"], note="windows-1255 Hebrew")
    case("p783", "he1", "generic", "cp1255", fetched="2023-09-20", date="2023-09-18", charset="iso-8859-8-i",
         dateline="18.09.2023", note="iso-8859-8-i declared (Python has no such codec name)")
    case("p784", "he1", "wp", "utf-8", fetched="2023-09-20", date="2023-09-18", lang_html="he-IL",
         dateline=wp_time("2023-09-18T22:15:00+03:00", "18 בספטמבר 2023"), comments=["19 בספטמבר 2023"],
         note="WordPress Hebrew")
    # ---- pl1: Polish president in Kyiv, published 2024-02-28, fetched 2024-03-01
    case("p785", "pl1", "oldphp", "iso-8859-2", fetched="2024-03-01", date="2024-02-28", lang_html=None,
         dateline="28.02.2024 08:12", comments=["29.02.2024"], note="iso-8859-2 Polish")
    case("p786", "pl1", "generic", "cp1250", fetched="2024-03-01", date="2024-02-28", charset="iso-8859-2", lang_html=None,
         dateline="28 lutego 2024", note="windows-1250 bytes declared iso-8859-2 (ą ś ź differ)")
    case("p787", "pl1", "next", "utf-8", fetched="2024-03-01", date="2024-02-28", lang_html="en",
         head=jsonld(str(ARTICLES["pl1"]["title"]), "2024-02-28T08:12:00+01:00"), note="Polish, html lang en")
    # ---- cs1: Czech PM to Japan, published 2024-04-15, fetched 2024-04-17
    case("p788", "cs1", "drupal", "cp1250", fetched="2024-04-17", date="2024-04-15", charset="windows-1250",
         dateline="15. dubna 2024 10:22", note="windows-1250 Czech")
    case("p789", "cs1", "generic", "cp1250", fetched="2024-04-17", date="2024-04-15", charset=None, lang_html=None,
         dateline="15.04.2024", note="undeclared windows-1250")
    case("p790", "cs1", "amp", "utf-8", fetched="2024-04-17", date="2024-04-15",
         head=jsonld(str(ARTICLES["cs1"]["title"]), "2024-04-15T10:22:00+02:00"), note="AMP Czech")
    # ---- vi1: Vietnamese PM to Japan, published 2024-09-25, fetched 2024-09-27
    case("p791", "vi1", "generic", "utf-8", fetched="2024-09-27", date="2024-09-25", lang_html="en",
         dateline="Thứ tư, 25/9/2024, 16:40 (GMT+7)", note="Vietnamese, html lang en")
    case("p792", "vi1", "wp", "utf-8", fetched="2024-09-27", date="2024-09-25", bad=b"\x92",
         dateline=wp_time("2024-09-25T16:40:00+07:00", "25/09/2024"), comments=["26/09/2024"],
         note="one stray windows-1252 byte in a UTF-8 page")
    # ---- hi1: Modi to the US, published 2024-09-21, fetched 2024-09-23
    case("p793", "hi1", "generic", "utf-8", fetched="2024-09-23", date="2024-09-21", lang_html="en",
         head=jsonld(str(ARTICLES["hi1"]["title"]), "2024-09-21T09:00:00+05:30"), note="Hindi, html lang en")
    case("p794", "hi1", "amp", "utf-8", fetched="2024-09-23", date="2024-09-21",
         dateline="अपडेटेड: 22 सितंबर 2024 · प्रकाशित: 21 सितंबर 2024", note="Hindi updated/published")
    # ---- id1: Indonesian president in Canberra, published 2023-07-03, fetched 2023-07-05
    case("p795", "id1", "wp", "utf-8", fetched="2023-07-05", date="2023-07-03", lang_html="id-ID",
         dateline="Senin, 03 Jul 2023 17:45 WIB", comments=["04 Jul 2023 08:00"], note="Indonesian")
    case("p796", "id1", "blogger", "utf-8", fetched="2023-07-05", date="2023-07-03", lang_html=None, charset="UTF-8",
         charset_style="http-equiv", dateline="<h2 class='date-header'><span>Senin, 03 Juli 2023</span></h2>",
         comments=["5 Juli 2023 pukul 09.10"], note="Blogger Indonesian")
    case("p797", "id1", "generic", "utf-16-be", fetched="2023-07-05", date="2023-07-03", charset=None, lang_html=None,
         bom=b"\xfe\xff", dateline="3 Juli 2023", note="UTF-16BE with BOM, no declaration")
    # ---- extra conflicts
    case("p798", "de1", "drupal", "utf-8", fetched="2023-11-02", date=None,
         dateline="", sidebar=[("Bahn: Streik angekündigt", "01.11.2023")], comments=["31.10.2023"],
         note="no date for the article, a sidebar and comments have dates")
    case("p799", "es1", "wp", "utf-8", fetched="2024-10-16", date="2024-10-14", lang_html="es-ES",
         url="https://diario.example/2024/10/14/boric-china/",
         head=og("2024-10-14T12:00:00-03:00", "2024-10-15T08:00:00-03:00"),
         dateline="<span>Actualizado: 15/10/2024</span>", related_dates=["15/10/2024", "16/10/2024"],
         note="Actualizado shown; og published and URL agree")
    case("p800", "ru1", "next", "utf-8", fetched="2024-06-20", date="2024-06-18",
         head=jsonld(str(ARTICLES["ru1"]["title"]), "2024-06-18T14:22:00+03:00", "2024-06-25T10:00:00+03:00"),
         note="dateModified after the fetch date; published is fine")
    case("p801", "fr1", "generic", "utf-8", fetched="2024-06-21", date=None,
         head=jsonld(str(ARTICLES["fr1"]["title"]), "2024-07-19T18:30:00+02:00"),
         note="the only date is a month after the fetch: None")
    case("p802", "en2", "amp", "utf-8", fetched="2024-02-10", date="2024-02-05", lang_html="en",
         url="https://gulfdaily.example/2024/02/05/foreign-secretary-riyadh",
         head=jsonld(str(ARTICLES["en2"]["title"]), "2024-02-05T07:00:00Z"),
         comments=["2024-02-06", "2024-02-09"], sidebar=[("Oil prices", "2024-02-09")],
         note="AMP English with comments in ISO dates")
    case("p803", "ar1", "next", "utf-8", fetched="2024-07-12", date="2024-07-10",
         url="https://alkhabar.example/news/2024/7/10/saudi-fm-cairo",
         dateline="<span>آخر تحديث: 11/7/2024</span>", note="Arabic: only last update visible, URL date")
    case("p804", "pt1", "amp", "utf-8", fetched="2023-08-26", date="2023-08-24", lang_html="pt",
         head=jsonld(str(ARTICLES["pt1"]["title"]), "2023-08-24T18:42:00-03:00", "2023-08-25T10:00:00-03:00"),
         comments=["25/08/2023"], note="AMP Portuguese")
    case("p805", "ko1", "generic", "utf-8", fetched="2023-06-24", date="2023-06-22", lang_html="en",
         dateline="기사입력 2023-06-22 10:31", note="Korean, html lang en")
    case("p806", "th1", "wp", "utf-8", fetched="2023-12-16", date="2023-12-14", lang_html="th",
         dateline=wp_time("2023-12-14T10:30:00+07:00", "14 ธันวาคม 2566"), comments=["15 ธันวาคม 2566"],
         note="WordPress Thai with Buddhist year display")
    case("p807", "vi1", "amp", "utf-8", fetched="2024-09-27", date="2024-09-25",
         head=jsonld(str(ARTICLES["vi1"]["title"]), "2024-09-25T16:40:00+07:00"), comments=["26/09/2024 08:15"],
         note="AMP Vietnamese")
    case("p808", "uk1", "arc", "utf-8", fetched="2023-04-07", date="2023-04-05", lang_html="uk",
         head=jsonld(str(ARTICLES["uk1"]["title"]), "2023-04-05T10:41:00+03:00", "2023-04-06T08:00:00+03:00"),
         note="Arc Ukrainian")


def main() -> None:
    build()
    OUT.mkdir(exist_ok=True)
    meta = []
    for c in CASES:
        data = c.pop("_bytes")
        (OUT / f"{c['id']}.html").write_bytes(data)
        meta.append(c)
    (OUT / "cases.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(meta)} cases written to {OUT}")


if __name__ == "__main__":
    main()
