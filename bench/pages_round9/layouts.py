# ruff: noqa: E501  (page templates and case tables: one long line each)
"""Page templates of the round-9 page probe, written blind for this probe (pages round 9).

Each layout takes the page spec (see build.py) with the article already in the page's
charset-safe text and returns the page as a str; build.py encodes it.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

Spec = dict[str, Any]


def _e(text: str) -> str:
    return escape(text, quote=False)


def _meta_charset(s: Spec) -> str:
    label = s.get("decl")
    mode = s.get("decl_mode", "meta")
    if not label or mode == "none":
        return ""
    if mode == "http-equiv":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">\n'
    return f'<meta charset="{label}">\n'


def _jsonld(s: Spec) -> str:
    ld = s.get("ld")
    if not ld:
        return ""
    node = {"@context": "https://schema.org", "@type": ld.get("type", "NewsArticle"),
            "headline": s["title"], "mainEntityOfPage": s["url"]}
    for key in ("datePublished", "dateModified", "coverageStartTime", "inLanguage"):
        if key in ld:
            node[key] = ld[key]
    node["publisher"] = {"@type": "Organization", "name": s["site"],
                         "foundingDate": ld.get("founded", "1998-01-01")}
    nodes: list[Any] = [node]
    if ld.get("website"):
        nodes.append({"@context": "https://schema.org", "@type": "WebSite", "name": s["site"],
                      "url": s["home"], "datePublished": ld["website"]})
    body = json.dumps(nodes if len(nodes) > 1 else node, ensure_ascii=False)
    return f'<script type="application/ld+json">{body}</script>\n'


def head(s: Spec, extra: str = "") -> str:
    parts = []
    if s.get("decl_mode") == "late":
        parts.append("<title>" + _e(s["title"]) + " | " + _e(s["site"]) + "</title>\n")
        parts.append("<script>\n" + LATE_SCRIPT + "</script>\n")
        parts.append(_meta_charset(s))
    else:
        parts.append(_meta_charset(s))
        parts.append("<title>" + _e(s["title"]) + " | " + _e(s["site"]) + "</title>\n")
    parts.append('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    if s.get("canonical", True):
        parts.append(f'<link rel="canonical" href="{s["url"]}">\n')
    parts.append(f'<meta property="og:title" content="{escape(s["title"])}">\n')
    if s.get("og_locale"):
        parts.append(f'<meta property="og:locale" content="{s["og_locale"]}">\n')
    if s.get("pub"):
        parts.append(f'<meta property="article:published_time" content="{s["pub"]}">\n')
    if s.get("mod"):
        parts.append(f'<meta property="article:modified_time" content="{s["mod"]}">\n')
    parts.append(_jsonld(s))
    parts.append(s.get("head", ""))
    parts.append(extra)
    return "".join(parts)


LATE_SCRIPT = (
    "window.dataLayer = window.dataLayer || [];\n"
    "function gtag(){dataLayer.push(arguments);}\n"
    + "".join(
        f"gtag('config', 'G-{n:04d}XYZ', {{'page_path': location.pathname, 'section': 'news', 'slot': {n}}});\n"
        for n in range(24)
    )
)


def html_open(s: Spec, attrs: str = "") -> str:
    lang = s.get("html_lang")
    lang_attr = f' lang="{lang}"' if lang else ""
    dir_attr = ' dir="rtl"' if s["lang"] in ("ar", "fa", "ur", "he") else ""
    return f"<!DOCTYPE html>\n<html{lang_attr}{dir_attr}{attrs}>\n"


def nav(s: Spec) -> str:
    items = "".join(f'<li><a href="/{i}">{_e(w)}</a></li>' for i, w in enumerate(s["fur"]["nav"]))
    return f'<header class="site-header"><a class="logo" href="/">{_e(s["site"])}</a><nav class="main-nav"><ul>{items}</ul></nav></header>\n'


def cookie(s: Spec) -> str:
    return f'<div id="cookie-notice" class="cookie-banner"><p>{_e(s["fur"]["cookie"])}</p><button>OK</button></div>\n'


def paras(s: Spec, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "".join(f"<p{c}>{_e(p)}</p>\n" for p in s["paras"])


def related(s: Spec, tag: str = "aside") -> str:
    f = s["fur"]
    dates = s.get("rel_dates", ["", ""])
    items = "".join(
        f'<li><a href="/news/{i}">{_e(h)}</a> <time datetime="{d}">{_e(d)}</time></li>'
        for i, (h, d) in enumerate(zip(f["rel"], dates, strict=False))
    )
    return f'<{tag} class="related-posts"><h3>{_e(f["related"])}</h3><ul>{items}</ul></{tag}>\n'


def mostread(s: Spec) -> str:
    f = s["fur"]
    items = "".join(f'<li><a href="/popular/{i}">{_e(h)}</a></li>' for i, h in enumerate(f["mr"]))
    return f'<div class="widget most-read"><h3>{_e(f["mostread"])}</h3><ol>{items}</ol></div>\n'


def comments(s: Spec) -> str:
    f = s["fur"]
    d = s.get("com_date", "")
    return (
        f'<section id="comments" class="comments-area"><h2 class="comments-title">{_e(f["comments"])} (1)</h2>'
        f'<ol class="comment-list"><li class="comment"><div class="comment-author">reader_77</div>'
        f'<div class="comment-metadata"><time datetime="{d}">{_e(d)}</time></div>'
        f'<div class="comment-content"><p>{_e(f["comment"])}</p></div></li></ol></section>\n'
    )


def footer(s: Spec) -> str:
    year = s.get("copyright", "2026")
    return f'<footer class="site-footer"><p>\u00a9 {year} {_e(s["site"])}</p><p><a href="/contact">Contact</a> \u00b7 <a href="/privacy">Privacy</a></p></footer>\n'


def wp(s: Spec) -> str:
    dl = s.get("dl", "")
    meta = (f'<div class="entry-meta"><span class="posted-on">{dl}</span> '
            f'<span class="byline">{_e(s.get("author", "Newsroom"))}</span></div>') if dl else ""
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body class=\"post-template-default single single-post\">\n"
        + cookie(s) + nav(s)
        + '<div id="content" class="site-content"><main id="main">\n<article class="post type-post status-publish">\n'
        + f'<header class="entry-header"><h1 class="entry-title">{_e(s["title"])}</h1>{meta}</header>\n'
        + '<div class="entry-content">\n' + paras(s) + "</div>\n"
        + '<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/visit">visit</a></span></footer>\n'
        + "</article>\n" + related(s, "div") + comments(s) + "</main>\n"
        + '<aside id="secondary" class="widget-area">' + mostread(s) + "</aside></div>\n"
        + footer(s) + "</body></html>\n"
    )


def drupal(s: Spec) -> str:
    dl = s.get("dl", "")
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body class=\"path-node page-node-type-article\">\n"
        + nav(s) + '<div class="layout-container"><main role="main"><div class="region region-content">\n'
        + f'<article role="article" class="node node--type-article node--view-mode-full">\n<h1 class="page-title"><span>{_e(s["title"])}</span></h1>\n'
        + (f'<footer class="node__meta"><div class="node__submitted">{dl}</div></footer>\n' if dl else "")
        + '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary">\n'
        + paras(s) + "</div></div>\n</article>\n"
        + '<div class="views-element-container block-views-blockmost-read">' + mostread(s) + "</div>\n"
        + related(s, "section") + "</div></main></div>\n" + footer(s) + "</body></html>\n"
    )


def arc(s: Spec) -> str:
    dl = s.get("dl", "")
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body>\n<div id=\"fusion-app\">\n" + nav(s)
        + '<div class="article-layout"><header class="headline-wrapper">'
        + f'<h1 class="headline default__StyledHeadline-sc-1uxcg60-0">{_e(s["title"])}</h1>'
        + f'<div class="byline"><span class="byline-by">{_e(s.get("author", "Staff"))}</span></div>'
        + (f'<div class="date timestamp">{dl}</div>' if dl else "") + "</header>\n"
        + '<article class="article-body">\n' + paras(s, "default__StyledText-sc-1wxyvyl-0 body-paragraph") + "</article>\n"
        + '<div class="right-rail">' + mostread(s) + "</div>\n" + related(s, "div")
        + "</div></div>\n" + footer(s) + "</body></html>\n"
    )


def agency(s: Spec) -> str:
    dl = s.get("dl", "")
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body>\n" + nav(s)
        + '<div class="container"><div class="row"><div class="col-md-8 news-detail">\n'
        + f'<h1 class="news-title">{_e(s["title"])}</h1>\n'
        + (f'<div class="news-info"><span class="news-date">{dl}</span></div>\n' if dl else "")
        + '<div class="news-text" itemprop="articleBody">\n' + paras(s) + "</div>\n"
        + '<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>\n'
        + related(s, "div") + '</div><div class="col-md-4 sidebar">' + mostread(s) + "</div></div></div>\n"
        + footer(s) + "</body></html>\n"
    )


def amp(s: Spec) -> str:
    dl = s.get("dl", "")
    extra = ('<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
             "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>"
             "<noscript><style amp-boilerplate>body{-webkit-animation:none}</style></noscript>\n"
             '<style amp-custom>.article{max-width:700px}</style>\n')
    return (
        html_open(s, " \u26a1") + "<head>\n" + head(s, extra) + "</head>\n<body>\n"
        + f'<header class="amp-header"><a href="/">{_e(s["site"])}</a></header>\n'
        + '<article class="article">\n'
        + f'<h1>{_e(s["title"])}</h1>\n' + (f'<p class="meta">{dl}</p>\n' if dl else "")
        + '<amp-img src="/img/photo.jpg" width="700" height="400" layout="responsive" alt=""></amp-img>\n'
        + paras(s) + "</article>\n" + related(s, "div")
        + '<amp-social-share type="facebook"></amp-social-share>\n' + footer(s) + "</body></html>\n"
    )


def live(s: Spec) -> str:
    times = s.get("live_times", ["18:40", "16:05", "12:30"])
    entries = "".join(
        f'<div class="live-post" id="post-{i}"><div class="live-post__time"><time>{t}</time></div>'
        f'<div class="live-post__body"><p>{_e(p)}</p></div></div>\n'
        for i, (t, p) in enumerate(zip(times, s["paras"], strict=False))
    )
    dl = s.get("dl", "")
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body>\n" + nav(s)
        + '<main><div class="liveblog">\n'
        + f'<h1>{_e(s["title"])}</h1>\n' + (f'<div class="liveblog-meta">{dl}</div>\n' if dl else "")
        + '<div class="live-feed">\n' + entries + "</div></div>\n"
        + mostread(s) + "</main>\n" + footer(s) + "</body></html>\n"
    )


def print_view(s: Spec) -> str:
    dl = s.get("dl", "")
    pr = s.get("printed", "")
    return (
        html_open(s) + "<head>\n" + head(s) + '<meta name="robots" content="noindex">\n</head>\n'
        + '<body onload="window.print()" class="print">\n'
        + f'<div class="print-header">{_e(s["site"])} \u2013 {pr}</div>\n'
        + f'<h1>{_e(s["title"])}</h1>\n' + (f'<p class="date">{dl}</p>\n' if dl else "")
        + '<div class="print-body">\n' + paras(s) + "</div>\n"
        + f'<div class="print-footer">{_e(s["url"])}<br>{pr}</div>\n</body></html>\n'
    )


def table(s: Spec) -> str:
    dl = s.get("dl", "")
    body = "<br><br>\n".join(_e(p) for p in s["paras"])
    f = s["fur"]
    navcells = "".join(f'<td class="menu"><a href="/{i}.html">{_e(w)}</a></td>' for i, w in enumerate(f["nav"]))
    rel = "".join(f'<tr><td class="small"><a href="/n{i}.html">{_e(h)}</a> ({_e(d)})</td></tr>'
                  for i, (h, d) in enumerate(zip(f["rel"], s.get("rel_dates", ["", ""]), strict=False)))
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body bgcolor=\"#ffffff\">\n"
        + f'<table width="100%" border="0"><tr>{navcells}</tr></table>\n'
        + '<table width="780" border="0" cellpadding="4"><tr><td valign="top" width="600">\n'
        + f'<font size="4"><b>{_e(s["title"])}</b></font><br>\n'
        + (f'<font size="2" color="#666666">{dl}</font><br><br>\n' if dl else "")
        + f'<font size="3">{body}</font>\n'
        + f'<br><br><table><tr><td><b>{_e(f["related"])}</b></td></tr>{rel}</table>\n'
        + '</td><td valign="top" width="180">' + mostread(s) + "</td></tr></table>\n"
        + footer(s) + "</body></html>\n"
    )


def ghost(s: Spec) -> str:
    dl = s.get("dl", "")
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body class=\"post-template\">\n" + nav(s)
        + '<main class="site-main"><article class="article post">\n<header class="article-header gh-canvas">'
        + f'<h1 class="article-title">{_e(s["title"])}</h1>'
        + (f'<div class="article-byline-meta">{dl}</div>' if dl else "") + "</header>\n"
        + '<section class="gh-content gh-canvas">\n' + paras(s) + "</section>\n</article>\n"
        + '<section class="article-comments gh-canvas">' + comments(s) + "</section>\n"
        + '<aside class="read-more-wrap">' + related(s, "div") + "</aside></main>\n"
        + footer(s) + "</body></html>\n"
    )


def gov(s: Spec) -> str:
    dl = s.get("dl", "")
    return (
        html_open(s) + "<head>\n" + head(s) + "</head>\n<body>\n" + nav(s)
        + '<div id="main"><div class="breadcrumb"><a href="/">Home</a> / <a href="/press">Press</a></div>\n'
        + '<div class="press-release">\n' + (f'<div class="pr-date">{dl}</div>\n' if dl else "")
        + f'<h2 class="pr-title">{_e(s["title"])}</h2>\n'
        + '<div class="pr-body">\n' + paras(s) + "</div></div>\n"
        + related(s, "div") + "</div>\n" + footer(s) + "</body></html>\n"
    )


LAYOUTS = {"wp": wp, "drupal": drupal, "arc": arc, "agency": agency, "amp": amp, "live": live,
           "print": print_view, "table": table, "ghost": ghost, "gov": gov}
