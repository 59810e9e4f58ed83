# ruff: noqa: E501  (page templates and case tables: one long line each)
"""Page layouts for the round-8 blind pages: WordPress, Arc, Drupal, AMP, Blogger, phpBB,
an old table portal, a plain news portal, a live blog and a print page (written blind)."""

from __future__ import annotations

import datetime as dt
import json
from html import escape
from typing import Any

from words import COMMENTS_WORD, MONTHS, NAV, RELATED_WORD, WEEKDAYS

Case = dict[str, Any]
Art = dict[str, Any]


def vis(lang: str, iso: str, weekday: bool = False) -> str:
    """A date as the page's language prints it under a headline."""
    d = dt.date.fromisoformat(iso[:10])
    y, m, n = d.year, d.month, d.day
    names = MONTHS.get(lang, MONTHS["en"]).split()
    mon = names[m - 1]
    wd = ""
    if weekday and lang in WEEKDAYS:
        sep = "|" if "|" in WEEKDAYS[lang] else " "
        wd = WEEKDAYS[lang].split(sep)[d.weekday()] + ", "
    if lang == "en":
        return f"{wd}{mon} {n}, {y}"
    if lang in ("de", "cs"):
        return f"{wd}{n}. {mon} {y}"
    if lang in ("es", "pt"):
        return f"{wd}{n} de {mon} de {y}"
    if lang == "hu":
        return f"{y}. {mon} {n}."
    if lang == "th":
        return f"{n} {mon} {y + 543}"
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{n}日"
    if lang == "ko":
        return f"{y}.{m:02d}.{n:02d}"
    if lang == "vi":
        return f"{wd}{n:02d}/{m:02d}/{y}"
    if lang in MONTHS:
        return f"{wd}{n} {mon} {y}"
    return f"{y}-{m:02d}-{n:02d}"


def hhmm(iso: str) -> str:
    return iso[11:16] if len(iso) > 15 else "10:00"


def charset_tag(c: Case) -> str:
    label = c.get("decl")
    if not label:
        return ""
    style = c.get("decl_style", "meta")
    if style == "http":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    return f'<meta charset="{label}">'


def ld_json(a: Art, c: Case, kind: str = "NewsArticle") -> str:
    if "ld" not in c["where"]:
        return ""
    node: dict[str, Any] = {"@context": "https://schema.org", "@type": kind, "headline": a["T"],
                            "mainEntityOfPage": c["url"]}
    if c.get("pub"):
        node["datePublished"] = c["pub"]
        if kind == "LiveBlogPosting":
            node["coverageStartTime"] = c["pub"]
    if c.get("mod"):
        node["dateModified"] = c["mod"]
    node["author"] = {"@type": "Person", "name": c.get("author", "Staff Reporter")}
    node["publisher"] = {"@type": "Organization", "name": a["site"],
                         "logo": {"@type": "ImageObject", "url": f"https://{a['host']}/logo.png"}}
    site = {"@context": "https://schema.org", "@type": "WebSite", "name": a["site"], "url": f"https://{a['host']}/",
            "dateCreated": "2009-01-01"}
    return ('<script type="application/ld+json">' + json.dumps(site, ensure_ascii=False) + "</script>"
            '<script type="application/ld+json">' + json.dumps(node, ensure_ascii=False) + "</script>")


def head(a: Art, c: Case, extra: str = "", kind: str = "NewsArticle", amp: bool = False) -> str:
    lang = c.get("lang_attr", a["lang"])
    lang_html = f' lang="{lang}"' if lang else ""
    metas = [f'<meta property="og:title" content="{escape(a["T"])}">', '<meta property="og:type" content="article">',
             f'<meta property="og:site_name" content="{a["site"]}">']
    if "meta" in c["where"] and c.get("pub"):
        metas.append(f'<meta property="article:published_time" content="{c["pub"]}">')
        if c.get("mod"):
            metas.append(f'<meta property="article:modified_time" content="{c["mod"]}">')
    canon = c["url"].replace("/amp/", "/") if amp else c["url"]
    bolt = " ⚡" if amp else ""
    return (f"<!DOCTYPE html><html{bolt}{lang_html}><head>{charset_tag(c)}"
            f"<title>{escape(a['T'])} - {a['site']}</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="canonical" href="{canon}">' + "".join(metas) + ld_json(a, c, kind) + extra +
            "<style>body{font-family:sans-serif}</style></head>")


def nav(a: Art, c: Case, tag: str = "li") -> str:
    words = NAV.get(c.get("nav_lang", a["lang"]), NAV["en"]).split(" | ")
    return "".join(f'<{tag}><a href="/{i}/">{escape(w)}</a></{tag}>' for i, w in enumerate(words))


def paras(a: Art, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in a["P"]).replace("⟦BAD⟧", "\x00BAD\x00")


def comment_list(a: Art, c: Case) -> list[tuple[str, str, str]]:
    """(name, date, text) of the page's readers' comments."""
    base = dt.date.fromisoformat((c.get("pub") or c.get("cdate") or "2024-05-05")[:10])
    out = []
    names = ["rk_1987", "Observer", "M. Haddad", "anon", "truthseeker", "Lina", "k.w.", "Jean P."]
    for i in range(c.get("ncom", 2)):
        text = a["C"][i % len(a["C"])]
        if i >= len(a["C"]):
            text = f"{text} ({i + 1})"
        out.append((names[i % len(names)], (base + dt.timedelta(days=1 + i // 3)).isoformat(), text))
    return out


def related(a: Art, c: Case, heading: str = "h2") -> str:
    base = dt.date.fromisoformat((c.get("pub") or "2024-05-05")[:10])
    word = RELATED_WORD.get(c.get("nav_lang", a["lang"]), RELATED_WORD["en"])
    items = "".join(
        f'<li><a href="/news/{i}">{escape(r)}</a> <span class="date">{vis(a["lang"], (base - dt.timedelta(days=i + 2)).isoformat())}</span></li>'
        for i, r in enumerate(a["R"]))
    return f'<div class="related-news"><{heading}>{word}</{heading}><ul>{items}</ul></div>'


def footer(a: Art, c: Case) -> str:
    year = (c.get("pub") or "2025")[:4]
    return f'<footer class="site-footer"><p>© 2005-{year} {a["site"]}. All rights reserved.</p></footer>'


def wordpress(a: Art, c: Case) -> str:
    pub, mod = c.get("pub"), c.get("mod")
    posted = ""
    if pub and "time" in c["where"]:
        posted = (f'<a href="{c["url"]}" rel="bookmark"><time class="entry-date published" datetime="{pub}">'
                  f'{vis(a["lang"], pub)}</time>')
        if mod:
            posted += f'<time class="updated" datetime="{mod}">{vis(a["lang"], mod)}</time>'
        posted += "</a>"
    elif pub and "vis" in c["where"]:
        posted = c.get("vis_line") or vis(a["lang"], pub, weekday=True)
    coms = comment_list(a, c)
    items = "".join(
        f'<li id="comment-{i}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<div class="comment-author vcard"><b class="fn">{n}</b> <span class="says">says:</span></div>'
        f'<div class="comment-metadata"><a href="#comment-{i}"><time datetime="{d}T09:14:00+00:00">'
        f'{vis(a["lang"], d)} at 9:14 am</time></a></div></footer>'
        f'<div class="comment-content"><p>{escape(t)}</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for i, (n, d, t) in enumerate(coms))
    comments = (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(coms)} thoughts on '
                f'“{escape(a["T"])}”</h2><ol class="comment-list">{items}</ol>'
                '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>'
                '<form><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea></form></div></div>')
    return (head(a, c) + '<body class="post-template-default single single-post"><header id="masthead" class="site-header">'
            f'<p class="site-title"><a href="/">{a["site"]}</a></p><nav class="main-navigation"><ul>{nav(a, c)}</ul></nav></header>'
            '<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-4821" class="post-4821 post type-post status-publish">'
            f'<header class="entry-header"><h1 class="entry-title">{escape(a["T"])}</h1><div class="entry-meta"><span class="posted-on">{posted}</span>'
            '<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/desk/">News Desk</a></span></span></div></header>'
            f'<div class="entry-content">{paras(a)}<div class="sharedaddy"><h3 class="sd-title">Share this:</h3><ul><li>Facebook</li><li>X</li><li>WhatsApp</li></ul></div>'
            f'<div id="jp-relatedposts" class="jp-relatedposts">{related(a, c, "h3")}</div></div>'
            '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/world/">World</a></span></footer></article>'
            f'{comments}</main><aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>'
            f'<ul><li><a href="/r1">{escape(a["R"][0])}</a></li></ul></section></aside></div>{footer(a, c)}</body></html>')


def arc(a: Art, c: Case) -> str:
    pub = c.get("pub")
    line = c.get("vis_line") or (vis(a["lang"], pub) if pub and "vis" in c["where"] else "")
    return (head(a, c) + '<body><div id="fusion-app"><header class="site-header"><nav class="nav-sections"><ul>'
            f'{nav(a, c)}</ul></nav></header><main class="main-content"><article class="article-body-wrapper">'
            f'<h1 class="headline" data-qa="headline">{escape(a["T"])}</h1>'
            f'<div class="byline" data-qa="author-name">{c.get("author", "Staff Reporter")}</div>'
            f'<div class="timestamp" data-qa="timestamp">{escape(line)}</div>'
            f'<figure><img src="/photo.jpg" alt=""><figcaption>{escape(a["site"])} / Reuters</figcaption></figure>'
            f'<div class="article-body">{paras(a, "article-body-text")}</div></article>'
            f'<aside class="related-stories">{related(a, c)}</aside>{_comment_block(a, c)}</main>{footer(a, c)}</div></body></html>')


def _comment_block(a: Art, c: Case) -> str:
    if not c.get("ncom"):
        return ""
    word = COMMENTS_WORD.get(c.get("nav_lang", a["lang"]), "Comments")
    items = "".join(f'<div class="comment"><span class="user">{n}</span> <span class="ctime">{vis(a["lang"], d)}</span>'
                    f"<p>{escape(t)}</p></div>" for n, d, t in comment_list(a, c))
    return f'<section id="comments" class="comments"><h3>{word} ({c["ncom"]})</h3>{items}</section>'


def drupal(a: Art, c: Case) -> str:
    pub = c.get("pub")
    created = c.get("vis_line") or (vis(a["lang"], pub) if pub and "vis" in c["where"] else "")
    return (head(a, c) + '<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas">'
            f'<header role="banner"><nav role="navigation"><ul class="menu">{nav(a, c)}</ul></nav></header>'
            '<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{escape(a["T"])}</span></h1>'
            '<footer class="node__meta"><div class="node__submitted">Submitted by <span class="field--name-uid">editor</span> on '
            f'<span class="field--name-created">{escape(created)}</span></div></footer><div class="node__content">'
            f'<div class="clearfix text-formatted field field--name-body field__item">{paras(a)}</div>'
            f'{_comment_block(a, c)}</div></article></div><div class="region region-sidebar-second">'
            f'<div class="views-element-container block">{related(a, c)}</div></div></main>{footer(a, c)}</div></body></html>')


def amp(a: Art, c: Case) -> str:
    pub = c.get("pub")
    stamp = ""
    if pub and "time" in c["where"]:
        stamp = f'<time datetime="{pub}">{vis(a["lang"], pub)}</time>'
    return (head(a, c, '<script async src="https://cdn.ampproject.org/v0.js"></script>'
                 "<style amp-boilerplate>body{visibility:hidden}</style>", amp=True) +
            f'<body><header class="amp-header"><a href="/">{a["site"]}</a><amp-sidebar id="sidebar" layout="nodisplay"><ul>{nav(a, c)}</ul></amp-sidebar></header>'
            f'<article class="amp-article"><h1 class="amp-title">{escape(a["T"])}</h1><div class="amp-meta"><span class="amp-author">{c.get("author", "Staff Reporter")}</span> {stamp}</div>'
            f'<amp-img src="/img.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><div class="amp-article-body">{paras(a)}</div>'
            '<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad></article>'
            f'<section class="amp-related">{related(a, c)}</section>{footer(a, c)}</body></html>')


def blogger(a: Art, c: Case) -> str:
    pub = c["pub"]
    header = c.get("vis_line") or vis(a["lang"], pub, weekday=True)
    body = "<br /><br />".join(escape(p) for p in a["P"]).replace("⟦BAD⟧", "\x00BAD\x00")
    coms = comment_list(a, c)
    items = "".join(f'<dt class="comment-author">{n} said...</dt><dd class="comment-body"><p>{escape(t)}</p></dd>'
                    f'<dd class="comment-footer"><span class="comment-timestamp"><a title="comment permalink">{vis(a["lang"], d)} at 9:14 AM</a></span></dd>'
                    for n, d, t in coms)
    return (head(a, c) + f'<body><div class="outer-wrapper"><div class="header"><h1 class="title">{a["site"]}</h1></div>'
            f'<div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>{escape(header)}</span></h2>'
            f'<div class="date-posts"><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">{escape(a["T"])}</h3>'
            f'<div class="post-header"></div><div class="post-body entry-content" id="post-body-123">{body}</div>'
            f'<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">{c.get("author", "Admin")}</span></span> '
            f'<span class="post-timestamp">at <a class="timestamp-link" rel="bookmark" title="permanent link"><abbr class="published" title="{pub}">{hhmm(pub)}</abbr></a></span>'
            '<span class="post-labels">Labels: <a href="/search/label/News">News</a></span></div></div>'
            f'<div class="comments" id="comments"><h4>{len(coms)} comments:</h4><dl id="comments-block">{items}</dl><p class="comment-footer"><a href="#">Post a Comment</a></p></div>'
            f'</div></div></div></div><div class="sidebar"><div class="widget PopularPosts"><h2>Popular Posts</h2><ul><li><a href="/p1">{escape(a["R"][0])}</a></li></ul></div>'
            '<div class="widget BlogArchive"><h2>Blog Archive</h2><ul><li>2025 (312)</li><li>January (41)</li></ul></div></div></div></div></body></html>')
