"""The language and date cases of `probe_pages.py` (see `probe_pages_cases.py`), by hand.

Language: a declared `lang` against the text's language both ways, `en-GB`, `xml:lang`
and `Content-Language` forms, no declaration, short texts, an English page with German
readers' comments or a German notice. Dates (read on 2024-06-01, no default metadata):
published against modified metadata and JSON-LD, dates in the URL, datelines, "Updated"
lines, `<time>`, comments and related stories with their own days, days after the
reading, copyright years.
"""

# ruff: noqa: E501  (a table of cases)
from __future__ import annotations

from typing import Any


def language_cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    pairs = [("de", "en"), ("en", "de"), ("fr", "en"), ("en", "fr"), ("es", "en"), ("en", "es"),
             ("ru", "en"), ("en", "ru"), ("tr", "en"), ("en", "tr"), ("ar", "en"), ("en", "ar"),
             ("zh", "en"), ("en", "zh")]  # fmt: skip
    for declared, text in pairs:
        out.append({"id": f"lang-declared-{declared}-text-{text}", "cat": "lang disagrees",
                    "text": text, "codec": "utf-8", "decl": [("meta", "utf-8")], "lang": declared})  # fmt: skip
    forms = [("lang-en-GB", "en", "lang", "en-GB"), ("lang-xml-lang-fr", "fr", "xml_lang", "fr"),
             ("lang-content-language-es", "es", "content_language", "es"),
             ("lang-de-AT", "de", "lang", "de-AT"), ("lang-zh-CN", "zh", "lang", "zh-CN"),
             ("lang-zh-Hant-TW", "zh-hant", "lang", "zh-Hant-TW"), ("lang-uppercase-TR", "tr", "lang", "TR"),
             ("lang-content-language-en-text-de", "de", "content_language", "en")]  # fmt: skip
    for name, text, key, value in forms:
        out.append({"id": name, "cat": "lang forms", "text": text, "codec": "utf-8",
                    "decl": [("meta", "utf-8")], key: value})  # fmt: skip
    for text in ["de", "fr", "tr", "ar", "cs", "pl"]:
        out.append({"id": f"lang-none-{text}", "cat": "lang undeclared", "text": text, "codec": "utf-8",
                    "decl": [("meta", "utf-8")]})  # fmt: skip
    short_de = [
        "Der Bundespräsident besucht am Freitag Wien und trifft dort den österreichischen Bundeskanzler."
    ]
    out += [
        {
            "id": "lang-short-de-declared",
            "cat": "lang short",
            "text": "de",
            "codec": "utf-8",
            "decl": [("meta", "utf-8")],
            "lang": "de",
            "paras_html": short_de,
            "fragment": "besucht am Freitag Wien",
        },
        {
            "id": "lang-short-de-undeclared",
            "cat": "lang short",
            "text": "de",
            "codec": "utf-8",
            "decl": [("meta", "utf-8")],
            "paras_html": short_de,
            "fragment": "besucht am Freitag Wien",
        },
        {
            "id": "lang-short-fr-declared-fr",
            "cat": "lang short",
            "text": "fr",
            "codec": "utf-8",
            "decl": [("meta", "utf-8")],
            "lang": "fr",
            "paras_html": ["Le président tunisien est attendu jeudi à Paris."],
            "fragment": "attendu jeudi à Paris",
        },
        {
            "id": "lang-en-page-german-comments",
            "cat": "lang mixed",
            "text": "en",
            "codec": "utf-8",
            "decl": [("meta", "utf-8")],
            "lang": "en",
            "after": '<section class="comments" id="comments"><h3>Kommentare (3)</h3>'
            '<div class="comment"><p class="comment-author">Klaus M. schrieb am 6. März 2024:</p><p>Das ist eine sehr gute Nachricht für beide Länder, hoffentlich folgen bald weitere Abkommen über Wasserstoff und Handel.</p></div>'
            '<div class="comment"><p class="comment-author">Petra schrieb am 7. März 2024:</p><p>Ich finde es wichtig, dass auch kleine Länder mitreden. Warum berichten die deutschen Zeitungen nicht darüber?</p></div>'
            '<div class="comment"><p class="comment-author">Hans schrieb am 8. März 2024:</p><p>Endlich wird über die Zusammenarbeit im Pazifik gesprochen, das hätte man schon vor Jahren machen sollen.</p></div></section>',
        },
        {
            "id": "lang-en-page-german-html-comment",
            "cat": "lang mixed",
            "text": "en",
            "codec": "utf-8",
            "decl": [("meta", "utf-8")],
            "byline": "<!-- Hinweis der Redaktion: Dieser Artikel wurde aus dem Englischen übernommen und wird von der deutschen Redaktion nicht bearbeitet. Bitte keine Änderungen vornehmen, bevor die Rechte geklärt sind. -->",
        },
        {
            "id": "lang-de-declared-en-with-de-box",
            "cat": "lang mixed",
            "text": "en",
            "codec": "utf-8",
            "decl": [("meta", "utf-8")],
            "lang": "de",
            "byline": '<p class="notice">Dieser Artikel ist nur auf Englisch verfügbar.</p>',
        },
    ]
    return out


def date_cases() -> list[dict[str, Any]]:
    base = {
        "cat": "dates",
        "text": "en",
        "codec": "utf-8",
        "decl": [("meta", "utf-8")],
        "meta_date": None,
    }
    ld = '<script type="application/ld+json">{body}</script>'
    rows: list[dict[str, Any]] = [
        {
            "id": "date-published-vs-modified",
            "date": "2024-03-05",
            "head": '<meta property="article:modified_time" content="2024-04-10T12:00:00+00:00">'
            '<meta property="article:published_time" content="2024-03-05T08:00:00+00:00">',
        },
        {
            "id": "date-jsonld-modified-first",
            "date": "2024-03-05",
            "head": ld.format(
                body='{"@context":"https://schema.org","@type":"NewsArticle","headline":"New Zealand\'s Prime Minister visits Tokyo","dateModified":"2024-04-10T12:00:00Z","datePublished":"2024-03-05T08:00:00Z"}'
            ),
        },
        {
            "id": "date-jsonld-graph",
            "date": "2024-03-05",
            "head": ld.format(
                body='{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2019-01-01T00:00:00Z","dateModified":"2024-05-30T00:00:00Z"},{"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00Z","dateModified":"2024-04-10T12:00:00Z"}]}'
            ),
            "note": "the WebPage node is the site's, the NewsArticle node is the story's",
        },
        {
            "id": "date-url-slashes",
            "date": "2024-03-05",
            "url": "https://news.example/2024/03/05/nz-pm-tokyo-visit",
        },
        {
            "id": "date-url-compact",
            "date": "2024-03-05",
            "url": "https://news.example/world/nz-pm-tokyo-visit-20240305",
        },
        {
            "id": "date-url-dashes",
            "date": "2024-03-05",
            "url": "https://news.example/world/2024-03-05/nz-pm-tokyo-visit.html",
        },
        {
            "id": "date-dateline-en",
            "date": "2024-03-05",
            "paras_first": "TOKYO, March 5, 2024 (Example News) — ",
        },
        {
            "id": "date-dateline-de",
            "date": "2024-03-05",
            "text": "de",
            "paras_first": "Lissabon, 5. März 2024 (dpa) – ",
        },
        {
            "id": "date-dateline-ru",
            "date": "2024-03-05",
            "text": "ru",
            "paras_first": "ТАШКЕНТ, 5 марта 2024 года. ",
        },
        {
            "id": "date-updated-line",
            "date": "2024-03-05",
            "byline": '<p class="byline">By Jane Doe · Published 5 March 2024 · Updated 12 April 2024</p>',
        },
        {
            "id": "date-updated-only-and-meta",
            "date": "2024-03-05",
            "head": '<meta property="article:published_time" content="2024-03-05T08:00:00+00:00">',
            "byline": '<p class="byline">Last updated: April 12, 2024</p>',
        },
        {
            "id": "date-time-element",
            "date": "2024-03-05",
            "byline": '<p class="byline">By Jane Doe, <time datetime="2024-03-05T08:00:00Z">5 March 2024</time></p>',
        },
        {
            "id": "date-comments-after-article-date",
            "date": "2024-03-05",
            "byline": '<p class="byline">By Jane Doe | March 5, 2024</p>',
            "after": '<section id="comments" class="comments"><h3>2 Comments</h3><div class="comment"><p class="date">April 2, 2024 at 10:14 am</p><p>Great news for both countries, I hope the hydrogen plans work out.</p></div><div class="comment"><p class="date">May 20, 2024 at 8:01 pm</p><p>About time someone talked about fisheries in the Pacific.</p></div></section>',
        },
        {
            "id": "date-comments-only",
            "date": None,
            "after": '<section id="comments" class="comments"><h3>2 Comments</h3><div class="comment"><p class="date">April 2, 2024 at 10:14 am</p><p>Great news for both countries, I hope the hydrogen plans work out.</p></div><div class="comment"><p class="date">May 20, 2024 at 8:01 pm</p><p>About time someone talked about fisheries in the Pacific.</p></div></section>',
            "note": "only readers' comments are dated: the article's day is unknown",
        },
        {
            "id": "date-related-after-article-date",
            "date": "2024-03-05",
            "byline": '<p class="byline">By Jane Doe | 5 March 2024</p>',
            "after": '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Japan and Australia sign defence pact</a> <span class="date">20 May 2024</span></li><li><a href="/b">Kobe hydrogen plant opens</a> <span class="date">18 May 2024</span></li></ul></aside>',
        },
        {
            "id": "date-related-only",
            "date": None,
            "after": '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Japan and Australia sign defence pact</a> <span class="date">20 May 2024</span></li><li><a href="/b">Kobe hydrogen plant opens</a> <span class="date">18 May 2024</span></li></ul></aside>',
            "note": "the related stories' days are theirs",
        },
        {
            "id": "date-future-only",
            "date": None,
            "head": '<meta property="article:published_time" content="2024-07-15T08:00:00+00:00">',
            "note": "read on 2024-06-01: a later day cannot be the publication's",
        },
        {
            "id": "date-future-meta-dateline",
            "date": "2024-03-05",
            "head": '<meta property="article:published_time" content="2024-09-05T08:00:00+00:00">',
            "paras_first": "TOKYO, March 5, 2024 (Example News) — ",
        },
        {
            "id": "date-future-url",
            "date": None,
            "url": "https://news.example/2024/08/05/nz-pm-tokyo-visit",
        },
        {
            "id": "date-copyright-only",
            "date": None,
            "footer": "<footer><p>© 2023 Example News Ltd. All rights reserved.</p></footer>",
        },
        {
            "id": "date-copyright-range",
            "date": None,
            "footer": "<footer><p>Copyright © 2010–2024 Example News Ltd.</p></footer>",
        },
        {
            "id": "date-meta-and-copyright",
            "date": "2024-03-05",
            "head": '<meta property="article:published_time" content="2024-03-05T08:00:00+00:00">',
            "footer": "<footer><p>© 2024 Example News Ltd.</p></footer>",
        },
        {
            "id": "date-offset-next-day",
            "date": "2024-03-05",
            "head": '<meta property="article:published_time" content="2024-03-05T23:30:00+09:00">',
            "note": "the publisher's own day (Tokyo time); 14:30 UTC, the same day",
        },
        {
            "id": "date-meta-and-url-agree",
            "date": "2024-03-05",
            "url": "https://news.example/2024/03/05/nz-pm-tokyo-visit",
            "head": '<meta name="date" content="2024-03-05">',
        },
    ]
    # Added after reading the page reader: byline date lines in other languages, several
    # with an update stamp before or after the publication's.
    bylines = [
        ("zh", "2024年03月05日 09:30 来源：新华网"),
        ("ja", "2024年3月5日 10時30分"),
        ("ar", "الثلاثاء 5 مارس 2024 - 10:30"),
        ("tr", "05.03.2024 10:30 | Güncelleme: 06.03.2024 11:00"),
        ("de", "Veröffentlicht am 05.03.2024, aktualisiert am 12.04.2024"),
        ("ru", "5 марта 2024, 10:30 Обновлено 12 апреля 2024"),
        ("fr", "Publié le 5 mars 2024 à 10h30, mis à jour le 12 avril 2024"),
        ("es", "Actualizado 12/04/2024 - 09:00 | Publicado 05/03/2024 - 10:30"),
        ("en", "Updated April 12, 2024 | First published March 5, 2024"),
        ("ko", "입력 2024.03.05 10:30 수정 2024.04.12 09:00"),
    ]
    rows += [
        {"id": f"date-byline-{text}", "date": "2024-03-05", "text": text,
         "cat": "dates, after reading", "byline": f'<p class="date">{line}</p>'}
        for text, line in bylines
    ]  # fmt: skip
    return [{**base, **row, "id": row["id"]} for row in rows]
