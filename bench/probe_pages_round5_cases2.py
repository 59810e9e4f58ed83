# ruff: noqa: E501
# fmt: off
"""Round-5 saved pages (2/3): site families' markup, written blind from memory of real CMSs.

Each template takes the title, the paragraphs, the page language's boilerplate and the case's
options (`o`), and returns the head's extra markup and the body. Dates appear only where the case
puts them, so every date a page shows is one its case chose. Source: written blind for this
probe (pages round 5).
"""

from __future__ import annotations

import json
from typing import Any

from probe_pages_round5_cases import BOILER

Opt = dict[str, Any]


def nav(lang: str) -> str:
    items = "".join(f'<li><a href="/{n}">{w}</a></li>' for n, w in enumerate(BOILER[lang][0]))
    return f'<nav class="main-nav"><ul>{items}</ul></nav>'


def related(lang: str, o: Opt, cls: str = "related-posts", head: str = "Related") -> str:
    if not o.get("related", True):
        return ""
    dates = o.get("related_dates", ["", ""])
    items = "".join(
        f'<li><a href="/news/{9000 + n}">{h}</a> <span class="date">{d}</span></li>'
        for n, (h, d) in enumerate(zip(BOILER[lang][1], dates, strict=False))
    )
    return f'<div class="{cls}"><h3>{head}</h3><ul>{items}</ul></div>'


def comments(lang: str, o: Opt) -> str:
    if "comment_iso" not in o:
        return ""
    iso, vis = o["comment_iso"], o.get("comment_vis", "")
    return (
        '<div id="comments" class="comments-area"><h2 class="comments-title">2 Comments</h2>'
        '<ol class="comment-list"><li class="comment even thread-even depth-1" id="comment-4411">'
        '<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
        '<b class="fn">Citizen J</b> <span class="says">says:</span></div><div class="comment-metadata">'
        f'<a href="#comment-4411"><time datetime="{iso}">{vis}</time></a></div></footer>'
        f'<div class="comment-content"><p>{BOILER[lang][2]}</p></div></article></li></ol>'
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>'
        '<form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form>'
        "</div></div>"
    )


def cookie(lang: str, o: Opt) -> str:
    if not o.get("cookie"):
        return ""
    return (
        '<div id="cmp-banner" class="cookie-consent" role="dialog"><div class="cmp-inner">'
        f"<p>{BOILER[lang][3]}</p><p>{BOILER[lang][3]}</p>"
        '<button class="accept">OK</button><button class="manage">Settings</button></div></div>'
    )


def ld(o: Opt, kind: str = "NewsArticle") -> str:
    if "ld_pub" not in o and "ld_mod" not in o:
        return ""
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": kind,
                            "headline": o.get("title", "")}  # fmt: skip
    if "ld_pub" in o:
        data["datePublished"] = o["ld_pub"]
    if "ld_mod" in o:
        data["dateModified"] = o["ld_mod"]
    if "ld_start" in o:
        data["coverageStartTime"] = o["ld_start"]
    data["publisher"] = {"@type": "Organization", "name": o.get("site", "News")}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def og(o: Opt) -> str:
    out = ""
    for key, prop in (("og_pub", "article:published_time"), ("og_mod", "article:modified_time")):
        if key in o:
            out += f'<meta property="{prop}" content="{o[key]}">'
    if "og_image" in o:
        out += f'<meta property="og:image" content="{o["og_image"]}">'
    return out + "".join(f'<meta name="{k}" content="{v}">' for k, v in o.get("meta", {}).items())


def ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{p}</p>" for p in paras)


def footer(o: Opt) -> str:
    return f'<footer class="site-footer"><p>{o.get("copyright", "")}</p></footer>'


def wordpress(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    times = ""
    if "pub_iso" in o:
        times += f'<time class="entry-date published" datetime="{o["pub_iso"]}">{o["pub_vis"]}</time>'
    elif "pub_vis" in o:
        times += f'<span class="entry-date">{o["pub_vis"]}</span>'
    if "mod_iso" in o:
        times += f'<time class="updated" datetime="{o["mod_iso"]}">{o.get("mod_vis", "")}</time>'
    img = o.get("img", "/wp-content/uploads/2019/06/IMG_2041-1024x683.jpg")
    inline = paras[:2] + ([f"<strong>READ ALSO:</strong> <a href='/x'>{BOILER[lang][1][0]}</a>"]
                          if o.get("read_also") else []) + paras[2:]  # fmt: skip
    body = (
        f'<div id="page" class="site">{cookie(lang, o)}<header id="masthead" class="site-header">'
        f'<p class="site-title">{o.get("site", "")}</p>{nav(lang)}</header>'
        '<div id="content" class="site-content"><main id="main" class="site-main">'
        '<article id="post-48213" class="post-48213 post type-post status-publish format-standard '
        'has-post-thumbnail hentry category-news">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'<div class="entry-meta"><span class="posted-on">{o.get("posted", "Posted on")} '
        f'<a href="/p/48213" rel="bookmark">{times}</a></span> <span class="byline">by '
        f'<span class="author vcard"><a class="url fn n" href="/author/desk">{o.get("author", "News Desk")}</a>'
        "</span></span></div></header>"
        f'<div class="entry-content"><figure class="wp-block-image"><img src="{img}" alt=""></figure>'
        f"{ps(inline)}"
        f"{related(lang, o, 'jp-relatedposts', 'Related')}</div>"
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/news">News</a></span>'
        "</footer></article>"
        f"{comments(lang, o)}</main>"
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        f"<h2>Recent Posts</h2>{related(lang, {}, 'recent')}</section></aside></div>"
        f"{footer(o)}</div>"
    )
    return og(o) + ld(o), body


def arc(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    fusion = ""
    if "fusion" in o:
        fusion = f"<script>window.Fusion=window.Fusion||{{}};Fusion.globalContent={json.dumps(o['fusion'])};</script>"
    body = (
        f'<div id="fusion-app"><header class="c-nav">{nav(lang)}</header>{cookie(lang, o)}'
        '<main><article class="b-article-body">'
        f'<h1 class="c-heading">{title}</h1>'
        f'<div class="c-byline">By <a href="/people/x">{o.get("author", "Staff")}</a></div>'
        f'<div class="c-date"><time datetime="{o.get("time_iso", "")}">{o.get("time_vis", "")}</time></div>'
        f"{ps(paras, 'c-paragraph')}</article>"
        f'{related(lang, o, "c-related-content", "Most Read")}</main>{footer(o)}{fusion}</div>'
    )
    return og(o) + ld(o), body


def drupal(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    created = ""
    if "dc_iso" in o:
        created = f'<span property="dc:date dc:created" content="{o["dc_iso"]}" class="rdf-meta"></span>'
    body = (
        '<div class="dialog-off-canvas-main-canvas"><div class="layout-container">'
        f'<header role="banner">{nav(lang)}</header>{cookie(lang, o)}<main role="main">'
        '<div class="region region-content"><article role="article" about="/node/12345" '
        'class="node node--type-article node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{title}</span></h1>{created}'
        f'<div class="node__meta">{o.get("submitted", "")}</div>'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        f'field--label-hidden field__item">{ps(paras)}</div>{comments(lang, o)}</article>'
        '<div class="views-element-container block-views-blockrelated-articles-block-1">'
        f"{related(lang, o)}</div></div></main>{footer(o)}</div></div>"
    )
    return og(o) + ld(o), body


def blogger(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    text = "<br /><br />".join(paras)
    archive = "".join(f'<li class="archivedate"><a>{y}</a></li>' for y in o.get("archive", []))
    body = (
        '<div class="content-outer"><div class="main-inner"><div class="blog-posts hfeed">'
        f'<div class="date-outer"><h2 class="date-header"><span>{o.get("header", "")}</span></h2>'
        '<div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" '
        'itemscope itemtype="http://schema.org/BlogPosting">'
        f'<h3 class="post-title entry-title" itemprop="name">{title}</h3>'
        '<div class="post-body entry-content" id="post-body-7731" itemprop="description articleBody">'
        f'<div dir="ltr" style="text-align: left;">{text}</div></div>'
        '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Kiri</span>'
        '</span> <span class="post-timestamp">at <a class="timestamp-link" href="/p.html" rel="bookmark">'
        f'<abbr class="published" itemprop="datePublished" title="{o.get("abbr", "")}">'
        f'{o.get("abbr_vis", "")}</abbr></a></span></div></div>{comments(lang, o)}</div></div></div></div>'
        f'<div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul>{archive}</ul>'
        f"</div>{related(lang, o, 'widget PopularPosts', 'Popular Posts')}</div></div></div>{footer(o)}"
    )
    return og(o), body


def cn_portal(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    rel = "".join(f'<li><a href="/x/{n}.shtml">{h}</a><span>{d}</span></li>'
                  for n, (h, d) in enumerate(zip(BOILER[lang][1], o.get("related_dates", ["", ""]), strict=False)))
    body = (
        f'<div class="header">{nav(lang)}</div><div class="con_left"><div class="content">'
        f'<h1>{title}</h1><div class="left-t" style="display:block;">{o.get("left_t", "")}</div>'
        f'<div class="left_zw" style="position:relative">{ps(paras)}</div>'
        f'<div class="adEditor"><div class="left_name">{o.get("editor", "【编辑:王磊】")}</div></div>'
        f'</div><div class="xwzxdd"><h3>相关新闻</h3><ul>{rel}</ul></div></div>'
        f'<div id="bottom">{o.get("copyright", "")}</div>'
    )
    return og(o), body


def ria(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    blocks = "".join(f'<div class="article__block" data-type="text"><div class="article__text">{p}'
                     "</div></div>" for p in paras)  # fmt: skip
    if o.get("read_also"):
        blocks = blocks.replace("</div></div>", "</div></div>" + (
            '<div class="article__block" data-type="article"><div class="article__article">'
            f'<a class="article__article-title" href="/x">{BOILER[lang][1][0]}</a>'
            f'<div class="article__article-info">{o.get("read_also", "")}</div></div></div>'), 1)
    body = (
        f'<div class="page">{nav(lang)}<div class="article"><div class="article__header">'
        f'<div class="article__info"><div class="article__info-date"><a href="/x">{o.get("pub_vis", "")}'
        f'</a> <span class="article__info-date-modified">{o.get("mod_vis", "")}</span></div></div>'
        f'<h1 class="article__title">{title}</h1></div><div class="article__body">{blocks}</div>'
        f'</div>{related(lang, o, "lenta")}{footer(o)}</div>'
    )
    return og(o) + ld(o), body


def news(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    """A generic regional news portal: date line above the title, inline 'read also'."""
    inline = list(paras)
    if o.get("read_also"):
        inline.insert(1, f'<a class="also" href="/x">{o["read_also"]} {BOILER[lang][1][1]}</a>')
    body = (
        f'{cookie(lang, o)}<div class="wrapper"><header>{nav(lang)}</header>'
        f'<div class="breadcrumb">{o.get("crumb", "")}</div><div class="news-detail">'
        f'<div class="news-date">{o.get("date_vis", "")}</div><h1>{title}</h1>'
        f'<div class="lead">{o.get("lead", "")}</div><div class="news-text" itemprop="articleBody">'
        f'{ps(inline)}</div><div class="tags">{o.get("tags", "")}</div></div>'
        f'{related(lang, o, "more-news", o.get("related_head", "Related"))}{comments(lang, o)}'
        f"</div>{footer(o)}"
    )
    return og(o) + ld(o), body


def table(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    """An old table-layout site with no metadata at all."""
    rows = "".join(f"<tr><td class='txt'>{p}</td></tr>" for p in paras)
    menu = "".join(f"<td class='menu'><a href='/{n}'>{w}</a></td>" for n, w in enumerate(BOILER[lang][0]))
    body = (
        f"<table width='100%' border='0'><tr>{menu}</tr></table><table width='780' align='center'>"
        f"<tr><td class='date'>{o.get('date_vis', '')}</td></tr><tr><td class='title'><b>{title}</b>"
        f"</td></tr>{rows}<tr><td>{related(lang, o)}</td></tr></table>"
        f"<table><tr><td class='copy'>{o.get('copyright', '')}</td></tr></table>"
    )
    return og(o), body


def amp(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    head = (
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
        f'<link rel="canonical" href="{o.get("canonical", "")}">'
        "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
        "</style>"
    )
    body = (
        f'<amp-sidebar id="sidebar" layout="nodisplay" side="left">{nav(lang)}</amp-sidebar>'
        f'<header class="amp-header"><a href="/">{o.get("site", "")}</a></header>'
        f'<article class="amp-article"><h1>{title}</h1><div class="amp-meta">{o.get("date_vis", "")}</div>'
        '<amp-img src="/img/2023/08/file.jpg" width="800" height="450" layout="responsive"></amp-img>'
        f'{ps(paras)}</article>{related(lang, o, "amp-related", "Related stories")}'
        f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{BOILER[lang][3]}</div>'
        f"</amp-consent>{footer(o)}"
    )
    return head + og(o) + ld(o), body


def printpage(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    body = (
        f'<div class="print-header"><img src="/logo.png" alt="logo"> {o.get("printed", "")}</div>'
        f'<h1>{title}</h1><div class="print-byline">{o.get("byline", "")}</div>'
        f'<div class="print-body">{ps(paras)}</div>'
        f'<div class="print-footer">{o.get("copyright", "")}</div>'
    )
    return og(o) + ld(o), body


def live(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    stamps = o["stamps"]  # newest first, one per paragraph from the last
    entries = "".join(
        f'<article class="block liveblog-entry"><time datetime="{iso}">{vis}</time><p>{p}</p></article>'
        for (iso, vis), p in zip(stamps, reversed(paras), strict=False)
    )
    body = (
        f"<header>{nav(lang)}</header><main><h1>{title}</h1>"
        f'<div class="live-meta">{o.get("date_vis", "")}</div><div class="liveblog-body">{entries}</div>'
        f'{related(lang, o, "onward", "More on this story")}</main>{footer(o)}'
    )
    return og(o) + ld(o, "LiveBlogPosting"), body


def wire(title: str, paras: list[str], lang: str, o: Opt) -> tuple[str, str]:
    stamp = o.get("stamp", "")
    body = (
        f'<div id="root"><header>{nav(lang)}</header>{cookie(lang, o)}<main>'
        f'<div class="article-header"><h1 data-testid="Heading">{title}</h1>'
        f'<div class="info-content">{stamp}</div></div>'
        f'<div class="article-body__content">{ps(paras, "text__paragraph")}'
        f'<p class="trust">{o.get("trust", "")}</p></div>'
        f'{related(lang, o, "recommended", "Read Next")}</main>{footer(o)}</div>'
    )
    return og(o) + ld(o), body


TEMPLATES = {
    "wordpress": wordpress, "arc": arc, "drupal": drupal, "blogger": blogger,
    "cn_portal": cn_portal, "ria": ria, "news": news, "table": table, "amp": amp,
    "print": printpage, "live": live, "wire": wire,
}  # fmt: skip


def doc(head: str, body: str, *, title: str, lang: str | None, decl: str, prolog: str = "",
        html_attrs: str = "") -> str:  # fmt: skip
    lang_attr = "" if lang is None else f' lang="{lang}"'
    return (
        f"{prolog}<!DOCTYPE html>\n<html{lang_attr}{html_attrs}><head>{decl}"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    )
