# ruff: noqa: E501
"""Page templates for the round 11 page probe (written blind for this probe (pages round 11)).

Each function returns the page as text; `build.py` encodes it as the case says.
"""

from __future__ import annotations

import json
from typing import Any


def ps(paras: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paras)


def ld(obj: Any) -> str:
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False)
            + "</script>")


def head(c: dict[str, Any]) -> str:
    out = []
    if c.get("meta_charset"):
        out.append(f'<meta charset="{c["meta_charset"]}">')
    if c.get("http_equiv"):
        out.append(f'<meta http-equiv="Content-Type" content="text/html; charset={c["http_equiv"]}">')
    out.append(f"<title>{c['title']}{c.get('title_suffix', '')}</title>")
    out.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    for k, v in c.get("metas", []):
        attr = "property" if k.startswith(("og:", "article:")) else "name"
        out.append(f'<meta {attr}="{k}" content="{v}">')
    if c.get("canonical"):
        out.append(f'<link rel="canonical" href="{c["canonical"]}">')
    for obj in c.get("jsonld", []):
        out.append(ld(obj))
    out.extend(c.get("head_extra", []))
    return "\n".join(out)


def html_open(c: dict[str, Any]) -> str:
    attrs = []
    if c.get("lang_attr"):
        attrs.append(f'lang="{c["lang_attr"]}"')
    if c.get("dir"):
        attrs.append(f'dir="{c["dir"]}"')
    if c.get("amp"):
        attrs.insert(0, "\u26a1")
    return "<!DOCTYPE html>\n<html " + " ".join(attrs) + ">\n<head>\n" + head(c) + "\n</head>\n"


def nav(items: list[str]) -> str:
    return "<nav class=\"main-nav\"><ul>" + "".join(
        f'<li><a href="/s/{i}">{t}</a></li>' for i, t in enumerate(items)) + "</ul></nav>"


def related(headline: str, items: list[str]) -> str:
    return (f'<section class="related"><h3>{headline}</h3><ul>'
            + "".join(f'<li><a href="/a/{i}">{t}</a></li>' for i, t in enumerate(items))
            + "</ul></section>")


def comments(headline: str, items: list[str]) -> str:
    return (f'<section id="comments" class="comments-area"><h3>{headline}</h3><ol class="comment-list">'
            + "".join(f'<li class="comment"><div class="comment-author">user{i}</div>'
                      f'<div class="comment-content"><p>{t}</p></div></li>' for i, t in enumerate(items))
            + "</ol></section>")


def cookie(text: str) -> str:
    return f'<div id="cookie-banner" class="cookie-consent"><p>{text}</p><button>OK</button></div>'


def figure(caption: str, src: str = "/img/photo.jpg") -> str:
    return f'<figure class="wp-block-image"><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>'


def generic(c: dict[str, Any]) -> str:
    """An ordinary news site: header nav, article with h1, dateline, body, aside, footer."""
    body = [html_open(c), "<body>"]
    if c.get("cookie"):
        body.append(cookie(c["cookie"]))
    body.append(f'<header class="site-header"><a class="logo" href="/">{c.get("site", "")}</a>'
                + nav(c.get("nav", [])) + "</header>")
    body.append('<main><article class="article">')
    if c.get("kicker"):
        body.append(f'<div class="kicker">{c["kicker"]}</div>')
    body.append(f"<h1>{c['title']}</h1>")
    if c.get("dateline_html"):
        body.append(c["dateline_html"])
    elif c.get("dateline"):
        body.append(f'<div class="meta"><span class="byline">{c.get("byline", "")}</span> '
                    f'<span class="date">{c["dateline"]}</span></div>')
    if c.get("caption"):
        body.append(figure(c["caption"]))
    body.append('<div class="article-body">' + ps(c["paras"]) + "</div>")
    if c.get("after_body"):
        body.append(c["after_body"])
    body.append("</article>")
    if c.get("related"):
        body.append(related(*c["related"]))
    if c.get("comments"):
        body.append(comments(*c["comments"]))
    body.append("</main>")
    body.append(f'<footer class="site-footer"><p>{c.get("footer", "")}</p></footer></body></html>')
    return "\n".join(body)


def drupal(c: dict[str, Any]) -> str:
    body = [html_open(c), '<body class="path-node page-node-type-article">']
    body.append('<div class="dialog-off-canvas-main-canvas"><header role="banner">'
                + f'<div class="block-system-branding-block"><a href="/">{c.get("site", "")}</a></div>'
                + '<nav role="navigation" class="block-menu"><ul class="menu">'
                + "".join(f'<li class="menu-item"><a href="/t/{i}">{t}</a></li>'
                          for i, t in enumerate(c.get("nav", [])))
                + "</ul></nav></header>")
    body.append('<main role="main"><div class="region region-content">'
                '<article role="article" class="node node--type-article node--view-mode-full">')
    body.append(f'<h1 class="page-title"><span class="field field--name-title">{c["title"]}</span></h1>')
    if c.get("dateline"):
        body.append(f'<footer class="node__meta"><div class="node__submitted">{c["dateline"]}</div></footer>')
    if c.get("caption"):
        body.append('<div class="field field--name-field-image">' + figure(c["caption"]) + "</div>")
    body.append('<div class="node__content"><div class="clearfix text-formatted field field--name-body '
                'field--type-text-with-summary field__item">' + ps(c["paras"]) + "</div>")
    if c.get("tags"):
        body.append('<div class="field field--name-field-tags"><div class="field__label">Tags</div>'
                    + "".join(f'<div class="field__item"><a href="/taxonomy/term/{i}">{t}</a></div>'
                              for i, t in enumerate(c["tags"])) + "</div>")
    body.append("</div></article>")
    if c.get("related"):
        body.append('<div class="views-element-container block-views-blockrelated-content-block-1">'
                    + related(*c["related"]) + "</div>")
    if c.get("comments"):
        body.append(comments(*c["comments"]))
    body.append("</div></main>")
    body.append(f'<footer role="contentinfo"><div class="region-footer">{c.get("footer", "")}</div></footer>'
                "</div></body></html>")
    return "\n".join(body)


def ghost(c: dict[str, Any]) -> str:
    body = [html_open(c), '<body class="post-template">']
    body.append('<div class="gh-viewport"><header id="gh-head" class="gh-head">'
                f'<a class="gh-head-logo" href="/">{c.get("site", "")}</a>'
                '<nav class="gh-head-menu"><ul class="nav">'
                + "".join(f'<li><a href="/tag/{i}/">{t}</a></li>' for i, t in enumerate(c.get("nav", [])))
                + '</ul></nav><div class="gh-head-actions"><a href="#/portal/signup" data-portal="signup">'
                'Subscribe</a></div></header>')
    body.append('<main id="gh-main" class="gh-main"><article class="gh-article post">')
    body.append('<header class="gh-article-header gh-canvas">')
    body.append(f'<h1 class="gh-article-title">{c["title"]}</h1>')
    if c.get("excerpt"):
        body.append(f'<p class="gh-article-excerpt">{c["excerpt"]}</p>')
    body.append('<div class="gh-article-meta"><span class="gh-article-author-name">'
                f'{c.get("byline", "")}</span>' + c.get("time_html", "") + "</div>")
    if c.get("caption"):
        body.append('<figure class="gh-article-image"><img src="/content/images/x.jpg">'
                    f'<figcaption>{c["caption"]}</figcaption></figure>')
    body.append('</header><section class="gh-content gh-canvas">' + ps(c["paras"]))
    body.append('<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">'
                f'{c.get("signup", "Sign up for more like this.")}</h2>'
                '<form data-members-form><input type="email" placeholder="Your email">'
                '<button>Subscribe</button></form></div>')
    body.append("</section></article>")
    if c.get("related"):
        h, items = c["related"]
        body.append(f'<aside class="gh-readmore gh-canvas"><h4 class="gh-readmore-title">{h}</h4>'
                    + "".join(f'<article class="gh-card"><a class="gh-card-link" href="/p{i}/">'
                              f'<h3 class="gh-card-title">{t}</h3></a></article>' for i, t in enumerate(items))
                    + "</aside>")
    body.append(f'</main><footer class="gh-foot"><div class="gh-copyright">{c.get("footer", "")}'
                "</div><div class=\"gh-powered-by\"><a href=\"https://ghost.org/\">Powered by Ghost</a></div>"
                "</footer></div></body></html>")
    return "\n".join(body)


def substack(c: dict[str, Any]) -> str:
    body = [html_open(c), "<body>"]
    body.append('<div id="entry"><div class="main-menu"><div class="topbar-content">'
                f'<a class="navbar-title-link" href="/">{c.get("site", "")}</a>'
                '<button class="button primary subscribe-btn">Subscribe</button>'
                '<a class="sign-in-link">Sign in</a></div></div>')
    body.append('<div class="container"><div class="single-post"><article class="typography newsletter-post post">')
    body.append(f'<div class="post-header"><h1 class="post-title published">{c["title"]}</h1>')
    if c.get("subtitle"):
        body.append(f'<h3 class="subtitle">{c["subtitle"]}</h3>')
    body.append('<div class="post-meta"><div class="profile-hover-card-target">'
                f'<a href="https://substack.com/@x">{c.get("byline", "")}</a></div>'
                f'<div class="pencraft pc-reset">{c.get("dateline", "")}</div></div></div>')
    body.append('<div class="available-content"><div dir="auto" class="body markup">' + ps(c["paras"][:2]))
    body.append('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
                f'<div class="preamble"><p>{c.get("preamble", "")}</p></div>'
                '<form class="form"><input type="email" placeholder="Type your email…">'
                '<input type="submit" value="Subscribe"></form></div></div>')
    body.append(ps(c["paras"][2:]) + "</div></div>")
    body.append('<div class="post-footer"><a class="like-button">❤️ 214</a> <a class="post-ufi-comment-button">'
                '37</a> <a>Share</a></div></article>')
    if c.get("comments"):
        h, items = c["comments"]
        body.append(f'<div class="comments-section"><h4 class="comments-heading">{h}</h4>'
                    + "".join(f'<div class="comment"><div class="comment-meta">reader{i}</div>'
                              f'<div class="comment-body"><p>{t}</p></div></div>' for i, t in enumerate(items))
                    + "</div>")
    if c.get("related"):
        h, items = c["related"]
        body.append(f'<div class="post-end-cta-full"><h3>{h}</h3>'
                    + "".join(f'<div class="post-preview"><a class="post-preview-title">{t}</a></div>'
                              for t in items) + "</div>")
    body.append("</div></div></div><footer><div class=\"footer-slogan\">Substack is the home for great "
                "culture</div></footer></body></html>")
    return "\n".join(body)


def medium(c: dict[str, Any]) -> str:
    body = [html_open(c), "<body>"]
    body.append('<div id="root"><div class="a b c"><div class="l"><a aria-label="Homepage" href="/">Medium</a>'
                '<a href="/new-story">Write</a><a href="/m/signin">Sign in</a></div>')
    body.append('<div class="ab ca"><article><div class="l"><section><div class="gn go gp">')
    body.append(f'<h1 class="pw-post-title" data-testid="storyTitle">{c["title"]}</h1>')
    body.append('<div class="speechify-ignore"><div class="ab"><a data-testid="authorName" href="/@a">'
                f'{c.get("byline", "")}</a><span>·</span><button>Follow</button></div>'
                f'<div class="ab"><span data-testid="storyReadTime">6 min read</span><span>·</span>'
                f'<span data-testid="storyPublishDate">{c.get("dateline", "")}</span></div>'
                '<div class="ab"><span class="pw-multi-vote-count">1.2K</span>'
                '<span class="pw-responses-count">18</span></div></div>')
    if c.get("caption"):
        body.append(f'<figure class="paragraph-image"><img src="x.jpeg"><figcaption class="mw">{c["caption"]}'
                    "</figcaption></figure>")
    body.append("".join(f'<p class="pw-post-body-paragraph" data-selectable-paragraph="">{p}</p>'
                        for p in c["paras"]))
    body.append("</div></section></div></article>")
    body.append('<div class="speechify-ignore"><div class="pw-author-name"><h2>Written by '
                f'{c.get("byline", "")}</h2><p>2.1K Followers</p></div>')
    if c.get("related"):
        h, items = c["related"]
        body.append(f"<h2>{h}</h2>" + "".join(f'<div class="post-preview"><h2>{t}</h2></div>' for t in items))
    if c.get("comments"):
        h, items = c["comments"]
        body.append(f"<h2>{h}</h2>" + "".join(f'<pre class="responses">{t}</pre>' for t in items))
    body.append('</div></div><div class="footer"><a href="/about">About</a> <a href="/help">Help</a> '
                '<a href="/policy">Terms</a> <a href="/privacy">Privacy</a></div></div></body></html>')
    return "\n".join(body)


def wordpress(c: dict[str, Any]) -> str:
    body = [html_open(c), '<body class="post-template-default single single-post">']
    if c.get("cookie"):
        body.append('<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner">'
                    f'<div class="cmplz-message"><p>{c["cookie"]}</p></div>'
                    '<button class="cmplz-accept">Accept</button></div></div>')
    body.append('<div id="page" class="site"><header id="masthead" class="site-header">'
                f'<p class="site-title"><a href="/">{c.get("site", "")}</a></p>'
                '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">'
                + "".join(f'<li class="menu-item"><a href="/category/{i}/">{t}</a></li>'
                          for i, t in enumerate(c.get("nav", [])))
                + "</ul></nav></header>")
    body.append('<div id="content" class="site-content"><div id="primary" class="content-area">'
                '<main id="main" class="site-main"><article class="post type-post status-publish format-standard">')
    body.append(f'<header class="entry-header"><h1 class="entry-title">{c["title"]}</h1>'
                f'<div class="entry-meta">{c.get("dateline_html", "")}</div></header>')
    if c.get("caption"):
        body.append(figure(c["caption"]))
    body.append('<div class="entry-content">' + ps(c["paras"]))
    if c.get("share"):
        body.append('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">'
                    f'{c["share"]}</h3><ul><li>Facebook</li><li>X</li><li>WhatsApp</li></ul></div>')
    if c.get("related"):
        h, items = c["related"]
        body.append(f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
                    f"<em>{h}</em></h3>"
                    + "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title">'
                              f'<a href="/r{i}">{t}</a></h4></div>' for i, t in enumerate(items)) + "</div>")
    body.append('</div><footer class="entry-footer">' + c.get("entry_footer", "") + "</footer></article>")
    if c.get("comments"):
        h, items = c["comments"]
        body.append(f'<div id="comments" class="comments-area"><h2 class="comments-title">{h}</h2>'
                    '<ol class="comment-list">'
                    + "".join(f'<li class="comment"><article class="comment-body"><footer class="comment-meta">'
                              f'<b class="fn">reader{i}</b></footer><div class="comment-content"><p>{t}</p></div>'
                              "</article></li>" for i, t in enumerate(items))
                    + '</ol><div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>'
                    "</div></div>")
    body.append("</main></div>")
    if c.get("sidebar"):
        h, items = c["sidebar"]
        body.append(f'<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
                    f'<h2 class="widget-title">{h}</h2><ul>'
                    + "".join(f'<li><a href="/w{i}">{t}</a></li>' for i, t in enumerate(items))
                    + "</ul></section></aside>")
    body.append(f'</div><footer id="colophon" class="site-footer"><div class="site-info">{c.get("footer", "")}'
                "</div></footer></div></body></html>")
    return "\n".join(body)


def amp(c: dict[str, Any]) -> str:
    c = dict(c, amp=True)
    extra = ['<script async src="https://cdn.ampproject.org/v0.js"></script>',
             '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>',
             '<style amp-custom>.x{color:red}</style>']
    c["head_extra"] = extra + c.get("head_extra", [])
    body = [html_open(c), "<body>"]
    if c.get("cookie"):
        body.append('<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">'
                    f'<p>{c["cookie"]}</p><button on="tap:consent.accept">Accept</button></div></amp-consent>')
    body.append('<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>'
                + "".join(f'<li><a href="/amp/s{i}">{t}</a></li>' for i, t in enumerate(c.get("nav", [])))
                + "</ul></amp-sidebar>")
    body.append(f'<header class="amp-header"><button on="tap:sidebar.toggle">☰</button>'
                f'<a href="/">{c.get("site", "")}</a></header>')
    body.append(f'<article class="amp-article"><h1 class="amp-title">{c["title"]}</h1>')
    body.append(f'<div class="amp-meta">{c.get("dateline", "")}</div>')
    if c.get("caption"):
        body.append('<figure><amp-img src="/i.jpg" width="1200" height="675" layout="responsive"></amp-img>'
                    f'<figcaption>{c["caption"]}</figcaption></figure>')
    body.append('<div class="amp-body">' + ps(c["paras"]) + "</div>")
    body.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"></amp-ad></article>')
    if c.get("related"):
        h, items = c["related"]
        body.append(f'<div class="amp-related"><h2>{h}</h2>'
                    + "".join(f'<a href="/amp/r{i}"><h3>{t}</h3></a>' for i, t in enumerate(items)) + "</div>")
    body.append('<amp-analytics type="gtag" data-credentials="include"><script type="application/json">'
                '{"vars":{"gtag_id":"G-XXXX"}}</script></amp-analytics>')
    body.append(f'<footer class="amp-footer">{c.get("footer", "")}</footer></body></html>')
    return "\n".join(body)


def yahoo(c: dict[str, Any]) -> str:
    """A syndicated copy on an aggregator (caas-body)."""
    body = [html_open(c), "<body>"]
    body.append('<div id="ybar"><a href="/">' + c.get("site", "") + "</a>" + nav(c.get("nav", [])) + "</div>")
    body.append('<div id="module-article"><div class="caas-container"><header class="caas-header">'
                f'<h1 data-test-locator="headline">{c["title"]}</h1></header>')
    body.append('<div class="caas-attr"><div class="caas-attr-provider">'
                f'<span class="caas-logo">{c.get("provider", "")}</span></div>'
                f'<div class="caas-attr-meta">{c.get("dateline", "")}</div></div>')
    if c.get("caption"):
        body.append('<figure class="caas-figure"><img src="x.jpg"><figcaption class="caption-collapse">'
                    f'{c["caption"]}</figcaption></figure>')
    paras = c["paras"]
    half = max(1, len(paras) // 2)
    body.append('<div class="caas-body">' + ps(paras[:half]))
    body.append('<div class="caas-readmore"><button>Story continues</button></div>' + ps(paras[half:]))
    if c.get("after_body"):
        body.append(c["after_body"])
    body.append("</div></div></div>")
    if c.get("related"):
        h, items = c["related"]
        body.append(f'<div id="recommended"><h2>{h}</h2><ul>'
                    + "".join(f'<li class="stream-item"><h3><a href="/n/{i}">{t}</a></h3></li>'
                              for i, t in enumerate(items)) + "</ul></div>")
    body.append(f'<footer>{c.get("footer", "")}</footer></body></html>')
    return "\n".join(body)


def portal(c: dict[str, Any]) -> str:
    """An old portal: one table, font tags, a list of links, the article cell, a link list with dates."""
    body = [html_open(c), '<body bgcolor="#ffffff" topmargin="0">']
    body.append('<table width="960" border="0" cellpadding="0" cellspacing="0" align="center"><tr>'
                + "".join(f'<td><a href="/ch{i}.html"><font color="#003366">{t}</font></a></td>'
                          for i, t in enumerate(c.get("nav", []))) + "</tr></table>")
    body.append('<table width="960" border="0" align="center"><tr><td width="640" valign="top">')
    body.append(f'<h1><font size="5">{c["title"]}</font></h1>')
    body.append(f'<div class="info"><font size="2" color="#666666">{c.get("dateline", "")}</font></div>')
    if c.get("caption"):
        body.append(f'<p align="center"><img src="/pic/1.jpg"><br><font size="2">{c["caption"]}</font></p>')
    body.append('<div id="artibody" class="content"><font size="3">' + ps(c["paras"]) + "</font></div>")
    if c.get("editor"):
        body.append(f'<p align="right">{c["editor"]}</p>')
    if c.get("related"):
        h, items = c["related"]
        body.append(f'<table class="xgxw" width="100%"><tr><td colspan="2"><b>{h}</b></td></tr>'
                    + "".join(f'<tr><td><a href="/n/{i}.html">{t}</a></td><td>{d}</td></tr>'
                              for i, (t, d) in enumerate(items)) + "</table>")
    if c.get("comments"):
        h, items = c["comments"]
        body.append(f'<div class="comment"><b>{h}</b>'
                    + "".join(f'<p class="cmt">{t}</p>' for t in items) + "</div>")
    body.append('</td><td width="300" valign="top">')
    if c.get("sidebar"):
        h, items = c["sidebar"]
        body.append(f'<div class="rank"><b>{h}</b><ol>' + "".join(f"<li><a href=\"/h{i}.html\">{t}</a></li>"
                                                            for i, t in enumerate(items)) + "</ol></div>")
    body.append('</td></tr></table>')
    body.append(f'<div class="footer"><font size="2">{c.get("footer", "")}</font></div></body></html>')
    return "\n".join(body)


TEMPLATES = {"generic": generic, "drupal": drupal, "ghost": ghost, "substack": substack, "medium": medium,
             "wordpress": wordpress, "amp": amp, "yahoo": yahoo, "portal": portal}
