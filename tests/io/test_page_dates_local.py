"""Publication dates the real news pages taught (issue 22; bench/bench_real_pages.py).

Each page is small and written here, shaped after a page of htmldate's hand-dated news
set (named in each test); the expected day is read off the page by hand.
"""

from __future__ import annotations

import datetime as dt

from visitx import read_html
from visitx.io.pagedate import local_day, older_than_text

READ_ON = dt.date(2021, 7, 7)
ARABIC = (
    "انتشر خبر خلال الساعات الأخيرة على مواقع التواصل الاجتماعي بشأن إصابة الفنانة بفيروس "
    "كورونا. إلا أن الفنانة لم تثبت أو تنفِ الأمر، وأغلقت هاتفها المحمول طوال اليوم."
)
ITALIAN = (
    "La California ha certificato il voto per Joe Biden, confermando la vittoria dei "
    "democratici nello Stato. Il segretario di Stato ha firmato il documento ieri sera."
)
JAPANESE = (
    "2020年7月11日から12日に開催された競走では、フィリピントロフィーを勝った馬など、"
    "18頭のセール出身馬が優勝しました。2020年の通算勝利数は前年を上回っています。"
    "今週末も各地の競馬場で重賞レースが予定されており、セール出身馬の活躍が期待されます。"
    "詳しい成績は各競走の結果ページでご確認ください。"
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_local_offset_stamp_names_the_publishers_day() -> None:
    """23:59:50 UTC on the 24th is 01:59:50 on the 25th at +02:00: the page's day is the 25th.

    (Shaped after elbaladtv.net, which gives both stamps of the same moment.)
    """
    head = (
        '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2020-12-25T01:59:50+02:00"}</script>'
    )
    page = _page(head, f"<p>{ARABIC}</p>")
    assert local_day(page) == dt.date(2020, 12, 25)
    assert read_html(page, today=READ_ON).published == "2020-12-25"


def test_utc_stamp_alone_says_nothing_of_the_local_day() -> None:
    """A stamp in UTC (Z or +00:00) gives no local day."""
    page = _page('<meta property="article:published_time" content="2020-12-05T23:15:00Z">', "")
    assert local_day(page) is None


def test_visible_date_a_day_after_the_utc_metadata_wins() -> None:
    """Metadata 2020-12-05T23:15Z, the page shows "06 Dicembre 2020": the 6th.

    (Shaped after lagazzettadelmezzogiorno.it: section labels, the place, then the date.)
    """
    head = '<meta property="article:published_time" content="2020-12-05T23:15:00Z">'
    body = (
        "<p>NEWS DALLA SEZIONE</p><p>i più visti della sezione</p><p>WASHINGTON</p>"
        f"<p>06 Dicembre 2020</p><p>{ITALIAN}</p>"
    )
    assert read_html(_page(head, body), today=READ_ON).published == "2020-12-06"


def test_metadata_years_older_than_the_article_is_refused() -> None:
    """An article about 2020 dated 2015 by its metadata (a template's date) gets no date.

    (Shaped after blog.goo.ne.jp, whose only date is the blog's, years before the post.)
    """
    head = '<meta property="article:published_time" content="2015-07-21">'
    page = _page(head, f"<p>{JAPANESE}</p>")
    assert read_html(page, today=READ_ON).published is None


def test_a_year_ahead_in_the_article_does_not_refuse_a_date() -> None:
    """A 2020 article that names next year (a plan) keeps its date; two years on does not."""
    text = "The ring road's last section is to open in 2021."
    assert not older_than_text(dt.date(2020, 6, 29), text, READ_ON)
    assert older_than_text(dt.date(2019, 6, 29), text, READ_ON)


def test_date_in_the_posts_own_footer_is_found() -> None:
    """A blog post dated only in its "post-footer" (pruned as a footer) keeps that date.

    (Shaped after blog.python.org in htmldate's evaluation set: Blogger's post footer.)
    """
    body = (
        "<h1>Python 3.6.0 is now available!</h1>"
        "<p>Python 3.6.0, the newest major release of the Python language, is now "
        "available. It contains many new features and optimizations, among them "
        "formatted string literals and underscores in numeric literals.</p>"
        '<div class="post-footer">Posted by Ned Deily at <abbr class="published" '
        'title="2016-12-23T10:14:00-05:00">Friday, December 23, 2016</abbr></div>'
    )
    page = _page("<title>Python Insider</title>", body)
    url = "http://blog.python.org/2016/12/python-360-is-now-available.html"
    assert read_html(page, url=url, today=READ_ON).published == "2016-12-23"
