# ruff: noqa: E501
"""Page templates of the pages round 7 probe: how each kind of CMS lays out a news page.

Written blind for this probe (pages round 7), from general knowledge of the markup of
WordPress, Drupal, Arc XP, Next.js, AMP and Blogger pages and of old PHP portals.
``probe_pages_round7_cases.py`` lists the cases and writes the bytes.
"""

from __future__ import annotations

import html
import json


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def jsonld(headline: str, published: str | None, modified: str | None = None,
           kind: str = "NewsArticle", lang: str | None = None) -> str:
    data: dict[str, object] = {"@context": "https://schema.org", "@type": kind, "headline": headline}
    if published:
        data["datePublished"] = published
    if modified:
        data["dateModified"] = modified
    if lang:
        data["inLanguage"] = lang
    data["publisher"] = {"@type": "Organization", "name": "News"}
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def og(published: str | None, modified: str | None = None, locale: str | None = None) -> str:
    out = ['<meta property="og:type" content="article">']
    if locale:
        out.append(f'<meta property="og:locale" content="{locale}">')
    if published:
        out.append(f'<meta property="article:published_time" content="{published}">')
    if modified:
        out.append(f'<meta property="article:modified_time" content="{modified}">')
    return "\n".join(out)


def charset_tag(charset: str | None, style: str) -> str:
    if charset is None:
        return ""
    if style == "http-equiv":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    return f'<meta charset="{charset}">'


def lang_attr(lang: str | None) -> str:
    return f' lang="{lang}"' if lang else ""


def paras_p(paras: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{esc(p)}</p>" for p in paras)


def comments_html(items: list[tuple[str, str, str]], style: str) -> str:
    """items: (author, date shown, text)."""
    if not items:
        return ""
    if style == "wp":
        lis = "".join(
            f'<li class="comment even thread-even depth-1"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(a)}</b> <span class="says">says:</span></div>'
            f'<div class="comment-metadata"><time>{esc(d)}</time></div></footer>'
            f'<div class="comment-content"><p>{esc(t)}</p></div></article></li>'
            for a, d, t in items)
        return f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(items)} comments</h2><ol class="comment-list">{lis}</ol></div>'
    if style == "blogger":
        dl = "".join(
            f'<dt class="comment-author">{esc(a)} said...</dt><dd class="comment-body"><p>{esc(t)}</p></dd>'
            f'<dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">{esc(d)}</a></span></dd>'
            for a, d, t in items)
        return f'<div class="comments" id="comments"><a name="comments"></a><h4>{len(items)} comments:</h4><div id="comments-block-wrapper"><dl id="comments-block">{dl}</dl></div></div>'
    if style == "table":
        rows = "".join(
            f'<tr><td bgcolor="#eeeeee"><b>{esc(a)}</b> <font size="1">{esc(d)}</font></td></tr><tr><td>{esc(t)}</td></tr>'
            for a, d, t in items)
        return f'<br><table width="100%" class="comments" cellpadding="3">{rows}</table>'
    divs = "".join(
        f'<div class="comment"><div class="comment__author">{esc(a)}</div><div class="comment__date">{esc(d)}</div>'
        f'<div class="comment__text">{esc(t)}</div></div>'
        for a, d, t in items)
    return f'<section class="comments" id="comments"><h3 class="comments__title">Comments ({len(items)})</h3>{divs}</section>'


def related_html(heading: str, items: list[tuple[str, str]], style: str) -> str:
    """items: (headline, date shown or '')."""
    if not items:
        return ""
    lis = "".join(
        f'<li><a href="/news/{i + 1000}.html">{esc(h)}</a>' + (f' <span class="date">{esc(d)}</span>' if d else "") + "</li>"
        for i, (h, d) in enumerate(items))
    cls = {"wp": "jp-relatedposts", "drupal": "block-views-blockrelated-content", "arc": "b-inline-related",
           "next": "RelatedArticles_wrap__7Hq2x", "amp": "amp-related", "table": "related"}.get(style, "related-news")
    return f'<div class="{cls}"><h3>{esc(heading)}</h3><ul>{lis}</ul></div>'


NAV = '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>'


def page(cms: str, c: dict) -> str:
    """c: title, paras, head (extra head html), dateline (html), lang_html, lang_article,
    charset, charset_style, comments, comments_style, related_heading, related, notice, url."""
    t = esc(c["title"])
    head = "\n".join([charset_tag(c.get("charset"), c.get("charset_style", "meta")),
                      f"<title>{t}</title>", '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      f'<link rel="canonical" href="{c["url"]}">', c.get("head", "")])
    la = lang_attr(c.get("lang_html"))
    art_la = lang_attr(c.get("lang_article"))
    body = paras_p(c["paras"])
    com = comments_html(c.get("comments", []), c.get("comments_style", cms))
    rel = related_html(c.get("related_heading", ""), c.get("related", []), cms)
    notice = c.get("notice", "")
    dl = c.get("dateline", "")
    side = c.get("sidebar", "")
    if cms == "wp":
        return f"""<!DOCTYPE html>
<html{la} class="no-js">
<head>
{head}
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard">
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{esc(notice)}</span><span id="cn-notice-buttons"><a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Ok</a></span></div></div>
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Daily Courier</a></p></div>{NAV}</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-world"{art_la}>
<header class="entry-header"><h1 class="entry-title">{t}</h1>
<div class="entry-meta">{dl} <span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/desk/">News Desk</a></span></span></div></header>
<div class="entry-content">
{body}
{rel}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/world/" rel="category tag">World</a></span></footer>
</article>
{com}
</main></div>
<aside id="secondary" class="widget-area">{side}</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2008&ndash;2024 The Daily Courier. All rights reserved.</div></footer>
</div>
</body>
</html>
"""
    if cms == "drupal":
        return f"""<!DOCTYPE html>
<html{la} dir="{c.get('dir', 'ltr')}" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head>
{head}
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner">{NAV}</header>
<div class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>{esc(notice)}</p></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<article role="article" about="/node/93412" class="node node--type-article node--promoted node--view-mode-full"{art_la}>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{t}</span></h1>
<footer class="node__meta"><div class="node__submitted">{dl}</div></footer>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body}
</div>
<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">{com}</section>
</div>
</article>
{rel}
</div>
<aside class="layout-sidebar-second" role="complementary">{side}</aside>
</main>
<footer role="contentinfo"><div class="region region-footer">Powered by Drupal</div></footer>
</div></div>
</body>
</html>
"""
    if cms == "arc":
        return f"""<!DOCTYPE html>
<html{la}>
<head>
{head}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="news";Fusion.globalContent={c.get('fusion', '{}')};</script>
</head>
<body>
<div id="fusion-app" class="layout-section">
<header class="site-header">{NAV}</header>
<div class="paywall-overlay" data-paywall="true"><p class="paywall__text">{esc(notice)}</p></div>
<main class="main-content"><article class="b-article-body"{art_la}>
<h1 class="b-headline" data-testid="headline">{t}</h1>
<div class="c-attribution"><span class="c-byline">By <a href="/authors/staff/">Staff Writer</a></span> {dl}</div>
<div class="article-body-wrapper">
{paras_p(c["paras"], "c-paragraph")}
</div>
{rel}
</article>
<div class="b-right-rail"><div class="c-most-read"><h2>Most read</h2>{side}</div></div>
</main>
{com}
<footer class="c-footer"><p>&copy; 2024 News Media Group</p></footer>
</div>
</body>
</html>
"""
    if cms == "next":
        return f"""<!DOCTYPE html><html{la}><head>{head}<meta name="next-head-count" content="24"><link rel="preload" href="/_next/static/css/8a1b3c9e0d.css" as="style"></head><body><div id="__next"><div class="Layout_wrapper__x1Pz9"><header class="Header_header__Kq2l1">{NAV}</header><main class="Layout_main__a8Xc2"><article class="ArticleBody_article__aB3Ko"{art_la}><h1 class="Headline_h1__ZxQ1r">{t}</h1><div class="ArticleMeta_meta__qW7E2">{dl}</div><div class="ArticleBody_body__9KpLm">{paras_p(c["paras"], "Paragraph_p__1s9Xv")}</div><div class="Paywall_notice__T7yQ3"><p>{esc(notice)}</p></div></article>{rel}{com}<aside class="Sidebar_aside__Lk2c4">{side}</aside></main><footer class="Footer_footer__b2Zr0"><p>&#169; 2024 Daily Media</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{c.get('next_data', '{}')}</script></body></html>"""
    if cms == "amp":
        return f"""<!doctype html>
<html amp{la}>
<head>
{head}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none}}</style></noscript>
<style amp-custom>.amp-article{{max-width:700px}}</style>
</head>
<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-notice" id="consent-ui"><p>{esc(notice)}</p><button on="tap:consent.accept">OK</button></div></amp-consent>
<header class="amp-header"><a href="/">News</a></header>
<article class="amp-article"{art_la}>
<h1 class="amp-title">{t}</h1>
<div class="amp-meta">{dl}</div>
<amp-img src="/img/lead.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>
<div class="amp-article-body">
{body}
</div>
</article>
{rel}
{com}
<amp-social-share type="twitter"></amp-social-share>
<footer class="amp-footer">&copy; 2024</footer>
</body>
</html>
"""
    if cms == "blogger":
        brs = "<br />\n<br />\n".join(esc(p) for p in c["paras"])
        return f"""<!DOCTYPE html>
<html dir='ltr'{la} xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
{head}
<meta content='blogger' name='generator'/>
</head>
<body class='loading'>
<div class='content'><div class='content-outer'><div class='header-outer'><div class='Header widget' id='Header1'><h1 class='title'>Notes on the World</h1></div></div>
<div class='main-outer'><div class='main-inner'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer">{dl}
<div class="date-posts"><div class='post-outer'><div class='post hentry uncustomized-post-template'>
<a name='4512'></a><h3 class='post-title entry-title'>{t}</h3>
<div class='post-header'></div>
<div class='post-body entry-content' id='post-body-4512'>{brs}</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>{c.get('post_footer', '')}</div></div>
</div>
{com}
</div></div></div>
</div></div></div></div>
<div class='column-right-inner'><div class='sidebar section' id='sidebar-right-1'>{side}{rel}</div></div>
</div></div>
<div class='cookie-choices-info'><span class='cookie-choices-text'>{esc(notice)}</span></div>
</div></div>
</body>
</html>
"""
    if cms == "oldphp":
        brs = "<br><br>\n".join(esc(p) for p in c["paras"])
        return f"""<html{la}>
<head>
{head}
<link rel="stylesheet" href="/style.css" type="text/css">
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td colspan="2" bgcolor="#003366"><img src="/img/logo.gif" width="300" height="60" alt=""></td></tr>
<tr><td width="180" valign="top" bgcolor="#eeeeee"><a href="/">Main</a><br><a href="/news.php">News</a><br><a href="/archive.php">Archive</a><br><br>{side}</td>
<td valign="top"><font face="Verdana, Arial" size="2">
<b class="title"><font size="3">{t}</font></b><br>
{dl}<br><br>
{brs}
</font>
{rel}
{com}
</td></tr></table>
<center><font size="1">{esc(notice)}<br>&copy; 2001-2024</font></center>
</body>
</html>
"""
    # generic newspaper template (bootstrap-style regional sites)
    return f"""<!DOCTYPE html>
<html{la}>
<head>
{head}
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
</head>
<body>
<div class="cookie-bar" id="cookieBar">{esc(notice)} <button class="btn btn-sm">OK</button></div>
<div class="container"><header class="header">{NAV}</header>
<div class="row"><div class="col-md-8">
<div class="news-detail"{art_la}>
<h1 class="title-detail">{t}</h1>
<div class="date-time">{dl}</div>
<div class="detail-content">
{body}
</div>
<div class="tags">Tags: <a href="/tag/diplomacy">diplomacy</a></div>
</div>
{rel}
{com}
</div>
<div class="col-md-4"><div class="sidebar">{side}</div></div>
</div>
<footer class="footer"><p>&copy; 2024. All rights reserved.</p></footer>
</div>
</body>
</html>
"""
