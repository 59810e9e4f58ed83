"""Page templates for `probe_pages_round4.py`: the markup of real site families, by hand.

Each template takes the article (title, paragraphs) and slots: `head` (extra head markup),
`byline` (the line under the title), `after` (comments, related stories after the article),
`side` (a sidebar), `foot` (the site footer). The families: WordPress (Twenty-style theme),
Drupal 9 article node, Arc XP (Fusion), Brightspot, AMP, Blogger, a ministry press release,
a wire agency story, a regional paper in table layout, and a bare page.
"""

from __future__ import annotations

import json
from typing import Any

NAV = (
    '<nav class="main-navigation"><ul>' + "".join(
        f'<li class="menu-item"><a href="/{w.lower()}/">{w}</a></li>'
        for w in ("Home", "World", "Politics", "Business", "Sport", "Culture", "Opinion",
                  "Video", "Podcasts", "Newsletters", "Subscribe", "Contact")
    ) + "</ul></nav>"
)  # fmt: skip


def _paras(paragraphs: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{p}</p>" for p in paragraphs)


def doc(body: str, *, head: str = "", lang: str | None = None, title: str = "",
        prolog: str = "", html_attrs: str = "") -> str:  # fmt: skip
    attrs = html_attrs + (f' lang="{lang}"' if lang is not None else "")
    return (
        f"{prolog}<!DOCTYPE html><html{attrs}><head>{head}<title>{title}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"</head><body>{body}</body></html>"
    )


def wordpress(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">'
        'Skip to content</a><header id="masthead" class="site-header"><div class="site-branding">'
        f'<p class="site-title"><a href="/" rel="home">The Herald</a></p></div>{NAV}</header>'
        '<div id="content" class="site-content"><div id="primary" class="content-area">'
        '<main id="main" class="site-main"><article id="post-4821" class="post-4821 post '
        'type-post status-publish format-standard hentry category-world">'
        f'<header class="entry-header"><h1 class="entry-title">{t}</h1>'
        f'<div class="entry-meta">{s.get("byline", "")}</div></header>'
        f'<div class="entry-content">{_paras(ps)}</div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/world/">'
        "World</a></span></footer></article>"
        f'{s.get("after", "")}</main></div><aside id="secondary" class="widget-area">'
        f'{s.get("side", "")}</aside></div><footer id="colophon" class="site-footer">'
        f"{s.get('foot', '')}</footer></div>"
    )


def drupal(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        f'<div class="dialog-off-canvas-main-canvas"><header role="banner">{NAV}</header>'
        '<main role="main"><div class="region region-content"><article role="article" '
        'class="node node--type-article node--promoted node--view-mode-full">'
        f'<h1 class="page-title"><span class="field field--name-title">{t}</span></h1>'
        f'<div class="node__meta">{s.get("byline", "")}</div><div class="node__content">'
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary'
        f' field--label-hidden field__item">{_paras(ps)}</div></div></article>'
        f'{s.get("after", "")}</div></main><aside class="layout-sidebar-first">'
        f'{s.get("side", "")}</aside><footer role="contentinfo">{s.get("foot", "")}</footer></div>'
    )


def arc(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        f'<div id="fusion-app" class="layout-section"><header class="site-header">{NAV}</header>'
        '<div class="b-article-body"><article class="article-body-wrapper">'
        f'<h1 class="headline" data-testid="headline">{t}</h1>'
        f'<div class="byline-wrapper">{s.get("byline", "")}</div>'
        + "".join(
            f'<p class="c-paragraph" data-el="text" dir="null">{p}</p>'
            + ('<div class="ad-container"><div class="ad-label">Advertisement</div></div>'
               if i == 1 else "")
            for i, p in enumerate(ps)
        )
        + f'</article>{s.get("after", "")}</div><div class="right-rail">{s.get("side", "")}'
        f'</div><footer class="c-footer">{s.get("foot", "")}</footer></div>'
    )  # fmt: skip


def brightspot(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        f'<bsp-header class="Page-header">{NAV}</bsp-header><main class="Page-main">'
        f'<div class="Page-articleHeader"><h1 class="Page-headline">{t}</h1>'
        f'<div class="Page-byline">{s.get("byline", "")}</div></div>'
        '<div class="Page-articleBody"><div class="RichTextArticleBody RichTextBody">'
        f'{_paras(ps)}</div></div>{s.get("after", "")}<bsp-list-loadmore class="ListD">'
        f'{s.get("side", "")}</bsp-list-loadmore></main><footer class="Page-footer">'
        f"{s.get('foot', '')}</footer>"
    )


def amp(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        f'<header class="amp-header"><amp-sidebar id="sidebar" layout="nodisplay" side="left">'
        f'{NAV}</amp-sidebar></header><article class="amp-wp-article">'
        f'<header class="amp-wp-article-header"><h1 class="amp-wp-title">{t}</h1>'
        f'<div class="amp-wp-meta">{s.get("byline", "")}</div></header>'
        '<figure class="amp-wp-article-featured-image"><amp-img src="/a.jpg" width="1200" '
        'height="675" layout="responsive"></amp-img></figure>'
        f'<div class="amp-wp-article-content">{_paras(ps)}</div></article>'
        f'{s.get("after", "")}{s.get("side", "")}<footer class="amp-wp-footer">'
        f"{s.get('foot', '')}</footer>"
    )


def blogger(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        '<div class="content-outer"><div class="header-outer"><div class="Header widget">'
        '<h1 class="title">Notes from the Embassy Quarter</h1></div></div>'
        '<div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer">'
        f'{s.get("byline", "")}<div class="date-posts"><div class="post-outer">'
        '<div class="post hentry uncustomized-post-template">'
        f'<h3 class="post-title entry-title">{t}</h3>'
        '<div class="post-body entry-content" id="post-body-7734">'
        + "<br /><br />".join(ps)
        + '</div><div class="post-footer">Posted by <span class="fn">Rana</span></div>'
        f'</div>{s.get("after", "")}</div></div></div></div></div>'
        f'<div class="sidebar section">{s.get("side", "")}</div>'
        f'<div class="footer-outer">{s.get("foot", "")}</div></div></div>'
    )  # fmt: skip


def gov(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        '<div class="top-bar"><a href="/">Ministry of Foreign Affairs</a> | '
        '<a href="/en/">English</a> | <a href="/sitemap">Sitemap</a></div>'
        f'<div class="menu">{NAV}</div><div class="breadcrumb"><a href="/">Home</a> &gt; '
        '<a href="/press/">Press releases</a></div><div class="container"><div class="row">'
        '<div class="col-md-9"><div class="news-detail">'
        f'<div class="news-date">{s.get("byline", "")}</div><h2 class="news-title">{t}</h2>'
        f'<div class="news-text">{_paras(ps)}</div>'
        '<div class="share">Print | Email | Facebook | X</div></div>'
        f'{s.get("after", "")}</div><div class="col-md-3">{s.get("side", "")}</div></div></div>'
        f'<div class="footer">{s.get("foot", "")}</div>'
    )


def wire(t: str, ps: list[str], s: dict[str, str]) -> str:
    dateline = s.get("dateline", "")
    first = f"{dateline}{ps[0]}"
    return (
        f'<header class="site-header">{NAV}</header><main id="main-content">'
        f'<article class="article-wrapper"><h1 data-testid="Heading">{t}</h1>'
        f'<div class="article-info">{s.get("byline", "")}</div>'
        f'<div class="article-body__content">{_paras([first, *ps[1:]], "text__paragraph")}'
        '<p class="sign-off">Reporting by the Ankara bureau; Editing by the World desk</p>'
        f'</div></article>{s.get("after", "")}</main><div class="sidebar">{s.get("side", "")}'
        f"</div><footer>{s.get('foot', '')}</footer>"
    )


def regional(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="masthead">'
        '<img src="/logo.gif" alt="The Valley Courier"> Serving the valley since 1911</td></tr>'
        f'<tr><td class="leftnav" width="180">{NAV}{s.get("side", "")}</td>'
        f'<td class="story" valign="top"><font size="5"><b>{t}</b></font><br>'
        f'<font size="2" class="dateline">{s.get("byline", "")}</font><br><br>'
        + "<br><br>".join(ps)
        + f'<br><br>{s.get("after", "")}</td></tr><tr><td colspan="2" class="footer">'
        f'{s.get("foot", "")}</td></tr></table>'
    )  # fmt: skip


def bare(t: str, ps: list[str], s: dict[str, str]) -> str:
    return (
        f'<div class="header">{s.get("side", "")}</div><div class="main"><h1>{t}</h1>'
        f'<div class="meta">{s.get("byline", "")}</div><div class="article">{_paras(ps)}</div>'
        f'{s.get("after", "")}</div><div class="footer">{s.get("foot", "")}</div>'
    )


TEMPLATES = {
    "wp": wordpress, "drupal": drupal, "arc": arc, "brightspot": brightspot, "amp": amp,
    "blogger": blogger, "gov": gov, "wire": wire, "regional": regional, "bare": bare,
}  # fmt: skip


def jsonld(obj: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def meta(prop: str, value: str, attr: str = "property") -> str:
    return f'<meta {attr}="{prop}" content="{value}">'


def comments(items: list[tuple[str, str, str]]) -> str:
    """A WordPress comment list: (author, date shown, text)."""
    lis = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{a}</b> <time datetime="{d}">{d}</time> says:</footer>'
        f'<div class="comment-content"><p>{x}</p></div></article></li>'
        for a, d, x in items
    )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} '
        f'thoughts on this story</h2><ol class="comment-list">{lis}</ol>'
        '<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><p>Your email address '
        "will not be published. Required fields are marked *</p></div></div>"
    )


def related(items: list[tuple[str, str]], heading: str = "Related stories") -> str:
    """A related-stories block: (headline, date shown)."""
    lis = "".join(
        f'<li class="related-item"><a href="/story/{i}">{h}</a> <span class="date">{d}</span></li>'
        for i, (h, d) in enumerate(items)
    )
    return f'<section class="related-posts"><h3>{heading}</h3><ul>{lis}</ul></section>'


def footer(year: str = "2024", owner: str = "The Herald Media Group") -> str:
    return (
        f'<p>© {year} {owner}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> '
        '| <a href="/terms">Terms of use</a> | <a href="/cookies">Cookie settings</a> | '
        '<a href="/advertise">Advertise with us</a></p>'
    )


def calendar(month: str, days: int, event: str) -> str:
    """A calendar widget of a month after the article, with an event link."""
    cells = "".join(f"<td>{d}</td>" + ("</tr><tr>" if d % 7 == 0 else "")
                    for d in range(1, days + 1))  # fmt: skip
    return (
        f'<section class="widget widget_calendar"><h2 class="widget-title">Events</h2>'
        f'<table id="wp-calendar"><caption>{month}</caption><tr>{cells}</tr></table>'
        f'<p class="upcoming">{event}</p></section>'
    )
