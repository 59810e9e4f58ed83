# ruff: noqa: E501
"""CMS-family page builders for the round-6 page probe, written blind (pages round 6).

Each builder takes an article and a page spec and returns the page as text; the probe
encodes it to bytes afterwards (with the spec's true encoding, BOM and bad bytes).
"""

from __future__ import annotations

import html
import json
from typing import Any

from probe_pages_round6_texts import ARTICLES

UI: dict[str, tuple[str, str, str, str, str]] = {
    # home, world, related, comments, rights
    "en": ("Home", "World", "Related stories", "Comments", "All rights reserved."),
    "es": ("Portada", "Internacional", "Noticias relacionadas", "Comentarios", "Todos los derechos reservados."),
    "fr": ("Accueil", "International", "À lire aussi", "Commentaires", "Tous droits réservés."),
    "de": ("Startseite", "Ausland", "Mehr zum Thema", "Kommentare", "Alle Rechte vorbehalten."),
    "ru": ("Главная", "В мире", "Читайте также", "Комментарии", "Все права защищены."),
    "uk": ("Головна", "Світ", "Читайте також", "Коментарі", "Усі права захищено."),
    "zh": ("首页", "国际", "相关新闻", "评论", "版权所有"),
    "ja": ("トップ", "国際", "関連記事", "コメント", "無断転載を禁じます。"),
    "ko": ("홈", "국제", "관련 기사", "댓글", "무단 전재 및 재배포 금지"),
    "tr": ("Ana Sayfa", "Dünya", "İlgili Haberler", "Yorumlar", "Tüm hakları saklıdır."),
    "ar": ("الرئيسية", "عربي ودولي", "أخبار ذات صلة", "التعليقات", "جميع الحقوق محفوظة"),
    "fa": ("صفحه اصلی", "بین‌الملل", "اخبار مرتبط", "نظرات", "کلیه حقوق محفوظ است"),
    "hi": ("होम", "दुनिया", "संबंधित खबरें", "टिप्पणियां", "सर्वाधिकार सुरक्षित"),
    "pt": ("Início", "Mundo", "Leia também", "Comentários", "Todos os direitos reservados."),
    "it": ("Home", "Esteri", "Leggi anche", "Commenti", "Tutti i diritti riservati."),
    "pl": ("Strona główna", "Świat", "Zobacz także", "Komentarze", "Wszelkie prawa zastrzeżone."),
    "id": ("Beranda", "Internasional", "Berita terkait", "Komentar", "Hak cipta dilindungi."),
    "vi": ("Trang chủ", "Thế giới", "Tin liên quan", "Bình luận", "Bản quyền thuộc về"),
    "he": ("ראשי", "חדשות חוץ", "כתבות נוספות", "תגובות", "כל הזכויות שמורות"),
    "ur": ("صفحہ اول", "دنیا", "متعلقہ خبریں", "تبصرے", "جملہ حقوق محفوظ ہیں"),
}


def esc(text: str) -> str:
    return html.escape(text, quote=True)


UI_HANT = ("首頁", "國際", "相關新聞", "評論", "版權所有")


def ui(spec: dict[str, Any]) -> tuple[str, str, str, str, str]:
    if spec["art"] == "zh_tw":
        return UI_HANT
    lang = ARTICLES[spec["art"]][0]
    return UI.get(lang, UI["en"])


def head(spec: dict[str, Any], extra: str = "") -> str:
    """<head> with the spec's charset declaration (meta charset or http-equiv) and title."""
    _lang, title, _paras = ARTICLES[spec["art"]]
    decl, where = spec.get("decl"), spec.get("decl_at", "meta")
    parts = ["<head>"]
    if decl and where == "meta":
        parts.append(f'<meta charset="{decl}">')
    if decl and where == "http-equiv":
        parts.append(f'<meta http-equiv="Content-Type" content="text/html; charset={decl}">')
    parts.append(f"<title>{esc(title)} | {esc(spec.get('site', 'News'))}</title>")
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    parts.append(f'<meta property="og:title" content="{esc(title)}">')
    parts.append(f'<link rel="canonical" href="{esc(spec["url"])}">')
    if extra:
        parts.append(extra)
    parts.append("</head>")
    return "\n".join(parts)


def html_open(spec: dict[str, Any], amp: bool = False) -> str:
    prolog = ""
    if spec.get("decl_at") == "xml":
        prolog = f'<?xml version="1.0" encoding="{spec["decl"]}"?>\n'
        prolog += ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                   '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
    else:
        prolog = "<!DOCTYPE html>\n"
    lang = spec.get("lang_attr")
    attrs = ' xmlns="http://www.w3.org/1999/xhtml"' if spec.get("decl_at") == "xml" else ""
    if lang:
        attrs += f' lang="{lang}"'
    if amp:
        attrs = " ⚡" + attrs
    if ARTICLES[spec["art"]][0] in ("ar", "fa", "he", "ur"):
        attrs += ' dir="rtl"'
    return f"{prolog}<html{attrs}>"


def paras_html(spec: dict[str, Any]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in ARTICLES[spec["art"]][2])


def nav(spec: dict[str, Any]) -> str:
    home, world, *_ = ui(spec)
    items = "".join(f'<li><a href="/{i}">{esc(w)}</a></li>' for i, w in enumerate((home, world)))
    return f'<header class="site-header"><a class="logo" href="/">{esc(spec.get("site", "News"))}</a><nav><ul>{items}</ul></nav></header>'


def related(spec: dict[str, Any]) -> str:
    items = spec.get("related") or []
    if not items:
        return ""
    label = ui(spec)[2]
    rows = "".join(f'<li><a href="/r{i}">{esc(h)}</a> <span class="date">{esc(d)}</span></li>' for i, (h, d) in enumerate(items))
    return f'<aside class="related"><h3>{esc(label)}</h3><ul>{rows}</ul></aside>'


def comments(spec: dict[str, Any]) -> str:
    items = spec.get("comments") or []
    if not items:
        return ""
    label = ui(spec)[3]
    rows = "".join(
        f'<li class="comment"><span class="comment-author">{esc(a)}</span> '
        f'<span class="comment-date">{esc(d)}</span><div class="comment-text"><p>{esc(t)}</p></div></li>'
        for a, d, t in items)
    return f'<section id="comments"><h3>{len(items)} {esc(label)}</h3><ol>{rows}</ol></section>'


def footer(spec: dict[str, Any]) -> str:
    year = spec.get("copyright", "2024")
    return f'<footer class="site-footer"><p>© {year} {esc(spec.get("site", "News"))}. {esc(ui(spec)[4])}</p></footer>'


def jsonld(spec: dict[str, Any], kind: str = "NewsArticle") -> str:
    _lang, title, _paras = ARTICLES[spec["art"]]
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": title,
                            "mainEntityOfPage": spec["url"]}
    if spec.get("pub"):
        data["datePublished"] = spec["pub"]
    if spec.get("mod"):
        data["dateModified"] = spec["mod"]
    if spec.get("ld_lang"):
        data["inLanguage"] = spec["ld_lang"]
    data["publisher"] = {"@type": "Organization", "name": spec.get("site", "News")}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def og_dates(spec: dict[str, Any]) -> str:
    out = []
    if spec.get("pub") and not spec.get("no_og"):
        out.append(f'<meta property="article:published_time" content="{spec["pub"]}">')
    if spec.get("mod") and not spec.get("no_og"):
        out.append(f'<meta property="article:modified_time" content="{spec["mod"]}">')
    return "\n".join(out)


def shown(spec: dict[str, Any]) -> str:
    return esc(spec.get("shown") or "")


def wordpress(spec: dict[str, Any]) -> str:
    _lang, title, _paras = ARTICLES[spec["art"]]
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": spec["url"], "datePublished": spec.get("pub"), "dateModified": spec.get("mod")},
        {"@type": "Article", "headline": title, "datePublished": spec.get("pub"), "dateModified": spec.get("mod")}]}
    ld = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>'
    times = ""
    if spec.get("pub"):
        times += f'<time class="entry-date published" datetime="{spec["pub"]}">{shown(spec)}</time>'
    if spec.get("mod"):
        times += f'<time class="updated" datetime="{spec["mod"]}">{esc(spec.get("shown_mod", ""))}</time>'
    body = (f'<body class="post-template-default single single-post">{nav(spec)}<main id="main" class="site-main">'
            f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>'
            f'<div class="entry-meta"><span class="posted-on">{times}</span> <span class="byline">{esc(spec.get("author", "Staff"))}</span></div></header>'
            f'<div class="entry-content">{paras_html(spec)}</div></article>{related(spec)}{comments(spec)}</main>{footer(spec)}</body></html>')
    return f"{html_open(spec)}\n{head(spec, og_dates(spec) + ld)}\n{body}"


def drupal(spec: dict[str, Any]) -> str:
    _lang, title, _paras = ARTICLES[spec["art"]]
    created = f'<span property="schema:dateCreated" content="{spec["pub"]}" class="rdf-meta hidden"></span>' if spec.get("pub") else ""
    body = (f'<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">{nav(spec)}'
            f'<main role="main"><article role="article" about="/node/48213" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{esc(title)}</span></h1>'
            f'<div class="node__meta"><span class="field field--name-uid">{esc(spec.get("author", "admin"))}</span> '
            f'<span class="field field--name-created">{shown(spec)}</span>{created}</div>'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{paras_html(spec)}</div>'
            f'</article>{related(spec)}{comments(spec)}</main>{footer(spec)}</div></body></html>')
    extra = og_dates(spec) + (f'<meta name="dcterms.date" content="{spec["dc"]}">' if spec.get("dc") else "")
    return f"{html_open(spec)}\n{head(spec, extra)}\n{body}"


def arc(spec: dict[str, Any]) -> str:
    _lang, title, _paras = ARTICLES[spec["art"]]
    fusion = {"_id": "ABC123XYZ", "type": "story", "headlines": {"basic": title},
              "display_date": spec.get("pub"), "first_publish_date": spec.get("first") or spec.get("pub"),
              "last_updated_date": spec.get("mod"), "language": spec.get("lang_attr") or ""}
    script = f'<script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(fusion, ensure_ascii=False)};</script>'
    paras = "".join(f'<p class="c-paragraph" data-el="text">{esc(p)}</p>' for p in ARTICLES[spec["art"]][2])
    body = (f'<body><div id="fusion-app">{nav(spec)}<main><article class="b-article-body">'
            f'<h1 class="c-heading" data-testid="headline">{esc(title)}</h1>'
            f'<div class="c-byline">By {esc(spec.get("author", "Staff"))}</div>'
            f'<div class="c-date"><time datetime="{spec.get("pub") or ""}">{shown(spec)}</time></div>'
            f'{paras}</article>{related(spec)}</main>{footer(spec)}</div>{script}</body></html>')
    return f"{html_open(spec)}\n{head(spec, og_dates(spec) + jsonld(spec))}\n{body}"


def nextjs(spec: dict[str, Any]) -> str:
    _lang, title, paras = ARTICLES[spec["art"]]
    data = {"props": {"pageProps": {"article": {"title": title, "publishedAt": spec.get("next_pub", spec.get("pub")),
                                                  "updatedAt": spec.get("mod"), "locale": spec.get("lang_attr"),
                                                  "body": [{"type": "paragraph", "text": p} for p in paras]}}},
            "page": "/[section]/[slug]", "query": {}, "buildId": "x8Fq2", "isFallback": False}
    body_paras = "".join(f'<p class="article-body__paragraph">{esc(p)}</p>' for p in paras)
    body = (f'<body><div id="__next">{nav(spec)}<main><article><h1 class="headline">{esc(title)}</h1>'
            f'<div class="meta"><span class="timestamp">{shown(spec)}</span></div>'
            f'<div class="article-body">{body_paras}</div></article>{related(spec)}{comments(spec)}</main>{footer(spec)}</div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>')
    extra = jsonld(spec) if spec.get("pub") and not spec.get("no_ld") else ""
    return f"{html_open(spec)}\n{head(spec, extra + og_dates(spec))}\n{body}"


def amp(spec: dict[str, Any]) -> str:
    _lang, title, _paras = ARTICLES[spec["art"]]
    extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script>'
             '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>'
             '<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>'
             '<style amp-custom>.art{font-family:serif}</style>' + jsonld(spec))
    body = (f'<body><header class="amp-header"><a href="/">{esc(spec.get("site", "News"))}</a></header>'
            f'<article class="art"><h1>{esc(title)}</h1><div class="byline">{shown(spec)}</div>'
            f'<amp-img src="/img/lead.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
            f'{paras_html(spec)}</article>{related(spec)}{footer(spec)}</body></html>')
    return f"{html_open(spec, amp=True)}\n{head(spec, extra)}\n{body}"


def blogger(spec: dict[str, Any]) -> str:
    _lang, title, _paras = ARTICLES[spec["art"]]
    archive = "".join(f'<li class="archivedate"><a href="/{y}/">{y}</a> ({n})</li>' for y, n in (("2024", 14), ("2023", 31), ("2022", 27)))
    body = (f"<body class='variant-simple'><div class='header-outer'><h1 class='title'>{esc(spec.get('site', 'Blog'))}</h1></div>"
            f"<div class='main-inner'><div class='date-outer'><h2 class='date-header'><span>{shown(spec)}</span></h2>"
            f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'>{esc(title)}</h3>"
            f"<div class='post-body entry-content'>{paras_html(spec)}</div>"
            f"<div class='post-footer'>Posted by <span class='fn'>{esc(spec.get('author', 'Admin'))}</span> at "
            f"<abbr class='published' title='{spec.get('pub') or ''}'>{esc(spec.get('shown_time', '10:12'))}</abbr></div>"
            f"</div>{comments(spec)}</div></div></div><div class='sidebar'><h2>Blog Archive</h2><ul>{archive}</ul>{related(spec)}</div>"
            f"{footer(spec)}</body></html>")
    return f"{html_open(spec)}\n{head(spec)}\n{body}"


def legacy(spec: dict[str, Any]) -> str:
    """An old table-layout portal page: the date only in the visible text line."""
    _lang, title, _paras = ARTICLES[spec["art"]]
    paras = "".join(f"<p>{esc(p)}</p>" for p in ARTICLES[spec["art"]][2])
    info = esc(spec.get("shown") or "")
    body = (f'<body bgcolor="#ffffff"><table width="980" align="center"><tr><td>{nav(spec)}</td></tr>'
            f'<tr><td class="title" align="center"><h1>{esc(title)}</h1></td></tr>'
            f'<tr><td class="info" align="center">{info}</td></tr>'
            f'<tr><td class="content" id="Content">{paras}</td></tr>'
            f'<tr><td>{related(spec)}</td></tr><tr><td>{footer(spec)}</td></tr></table></body></html>')
    extra = og_dates(spec) + (f'<meta name="publishdate" content="{spec["meta_pub"]}">' if spec.get("meta_pub") else "")
    return f"{html_open(spec)}\n{head(spec, extra)}\n{body}"


BUILDERS = {"wordpress": wordpress, "drupal": drupal, "arc": arc, "nextjs": nextjs, "amp": amp,
            "blogger": blogger, "legacy": legacy}
