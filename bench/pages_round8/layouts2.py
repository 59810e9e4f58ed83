# ruff: noqa: E501  (page templates and case tables: one long line each)
"""More layouts for the round-8 blind pages: phpBB, table portal, news portal, live blog, print page."""

from __future__ import annotations

import datetime as dt
from html import escape

from layouts import Art, Case, _comment_block, comment_list, footer, head, nav, paras, related, vis
from words import COMMENTS_WORD, NAV


def forum(a: Art, c: Case) -> str:
    body = "<br /><br />".join(escape(p) for p in a["P"])
    posts = [(c.get("author", "newsbot"), c["vis_line"], body + f"<br /><br />Source: {a['site']}")]
    posts += [(n, line, escape(t)) for (n, _, t), line in zip(comment_list(a, c), c["reply_lines"], strict=False)]
    html = ""
    for i, (user, line, text) in enumerate(posts):
        title = escape(a["T"]) if i == 0 else "Re: " + escape(a["T"])
        first = ' class="first"' if i == 0 else ""
        html += (f'<div id="p{i + 1}" class="post has-profile bg{2 - i % 2}"><div class="inner"><dl class="postprofile">'
                 f'<dt><a class="username" href="/memberlist.php?u={i}">{user}</a></dt><dd class="profile-posts"><strong>Posts:</strong> {4512 - i * 700}</dd></dl>'
                 f'<div class="postbody"><h3{first}><a href="#p{i + 1}">{title}</a></h3><p class="author">'
                 f'<span class="responsive-hide">by <strong>{user}</strong> » </span>{escape(line)}</p>'
                 f'<div class="content">{text}</div></div></div></div>')
    return (head(a, c) + f'<body id="phpbb" class="section-viewtopic"><div id="wrap"><div class="headerbar"><h1>{a["site"]} Forum</h1></div>'
            '<div class="navbar"><ul class="linklist"><li>FAQ</li><li>Members</li><li>Login</li><li>Register</li></ul></div>'
            f'<h2 class="topic-title"><a href="#">{escape(a["T"])}</a></h2>{html}'
            '<div class="action-bar">Display posts from previous: All posts</div><p>Powered by phpBB® Forum Software © phpBB Limited</p></div></body></html>')


def table_portal(a: Art, c: Case) -> str:
    lang = c.get("lang_attr", a["lang"])
    lang_html = f' lang="{lang}"' if lang else ""
    words = NAV.get(c.get("nav_lang", a["lang"]), NAV["en"]).split(" | ")
    menu = "".join(f'<a href="/{i}.html">{escape(w)}</a><br>' for i, w in enumerate(words))
    body = "<br><br>".join(escape(p) for p in a["P"]).replace("⟦BAD⟧", "\x00BAD\x00")
    rows = "".join(f'<tr><td class="cm"><b>{n}</b> {vis(a["lang"], d)}<br>{escape(t)}</td></tr>' for n, d, t in comment_list(a, c))
    line = c.get("vis_line") or (vis(a["lang"], c["pub"]) if c.get("pub") else "")
    return (f'<html{lang_html}><head>{_charset(c)}<title>{escape(a["T"])}</title></head><body bgcolor="#ffffff">'
            '<table width="990" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/img/logo.gif" alt=""> '
            f'{" | ".join(escape(w) for w in words)}</td></tr><tr><td width="180" valign="top" class="menu">{menu}</td>'
            f'<td valign="top"><font class="date">{escape(line)}</font><br><b class="title">{escape(a["T"])}</b><br><br>{body}<br><br>'
            f'<table class="comments" width="100%"><tr><td><b>{COMMENTS_WORD.get(c.get("nav_lang", a["lang"]), "Comments")}</b></td></tr>{rows}</table></td></tr>'
            f'<tr><td colspan="2" align="center">Copyright (c) 2001-{(c.get("pub") or "2024")[:4]} {a["site"]}</td></tr></table></body></html>')


def _charset(c: Case) -> str:
    label = c.get("decl")
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">' if label else ""


def portal(a: Art, c: Case) -> str:
    pub = c.get("pub")
    line = c.get("vis_line") or (vis(a["lang"], pub) + " " + pub[11:16] if pub and "vis" in c["where"] else "")
    words = NAV.get(c.get("nav_lang", a["lang"]), NAV["en"]).split(" | ")
    return (head(a, c) + f'<body><div class="top"><div class="logo"><a href="/">{a["site"]}</a></div><ul class="nav">{nav(a, c)}</ul></div>'
            f'<div class="con"><div class="left"><div class="crumb"><a href="/">{escape(words[0])}</a> &gt; <a href="/w/">{escape(words[2])}</a></div>'
            f'<h1>{escape(a["T"])}</h1><div class="info"><span class="time">{escape(line)}</span> <span class="source">{a["site"]}</span></div>'
            f'<div class="article-content" id="articleBody">{paras(a)}</div>'
            f'<div class="share">f | t | in</div>{related(a, c, "h3")}{_comment_block(a, c)}</div>'
            f'<div class="right"><div class="hot"><h3>Top</h3><ul><li><a href="/h1">{escape(a["R"][-1])}</a></li></ul></div></div></div>'
            f'{footer(a, c)}</body></html>')


def liveblog(a: Art, c: Case) -> str:
    start = dt.datetime.fromisoformat(c["pub"])
    step = dt.timedelta(minutes=c.get("step_min", 95))
    posts = []
    for i, p in enumerate(a["P"]):
        at = start + step * i
        posts.append(f'<div class="live-post" id="post-{i}"><time datetime="{at.isoformat()}">{at:%H:%M} IST</time>'
                     f'<div class="live-post-body"><p>{escape(p)}</p></div><div class="share">Share</div></div>')
    line = c.get("vis_line", "")
    return (head(a, c, kind="LiveBlogPosting") + f'<body><header><ul>{nav(a, c)}</ul></header><main><article class="live-blog">'
            f'<h1>{escape(a["T"])}</h1><div class="live-meta"><span class="live-badge">LIVE</span> {escape(line)}</div>'
            f'<div class="live-feed">{"".join(reversed(posts))}</div></article><aside>{related(a, c)}</aside>'
            f'{_comment_block(a, c)}</main>{footer(a, c)}</body></html>')


def print_page(a: Art, c: Case) -> str:
    return (head(a, c) + f'<body onload="window.print()"><div class="print-header"><img src="/logo.png" alt=""> {a["site"]}</div>'
            f'<p class="print-date">{escape(c["print_line"])}</p><h1>{escape(a["T"])}</h1>'
            f'<p class="byline">By {c.get("author", "Staff Reporter")} | {escape(c.get("vis_line") or vis(a["lang"], c["pub"]))}</p>'
            f'<div class="story">{paras(a)}</div><p class="print-url">Article URL: {c["url"]}</p>{footer(a, c)}</body></html>')


LAYOUTS = {"forum": forum, "table": table_portal, "portal": portal, "live": liveblog, "print": print_page}
