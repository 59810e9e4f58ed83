"""The date under the article's headline as a cross-check (issue 22; bench/bench_real_pages.py).

Real news pages often print the article's date in its byline, under the `<h1>`, where
trafilatura's text leaves it out. Seen on htmldate's mediacloud 2020 news pages: a site
header with the day the page was saved ("Tuesday, (08 Dec 2020)", news.az), which
htmldate took for the publication date, above a headline dated "13 Oct 2020 18:29"; a
URL with the day the story was created (the Washington Post's `/2020/07/08/`) where the
metadata and the byline give the day it went out. The pages here are small, written for
these tests (hosts end in `.example`); the expected days are read off them by hand.
"""

from __future__ import annotations

import datetime as dt

import lxml.html

from visitx import read_html
from visitx.io.headday import head_day
from visitx.io.pagedate import cross_checked

READ_ON = dt.date(2021, 7, 7)
LATE_READ = dt.date(2023, 9, 1)
BODY = (
    "<p>The visiting delegation met the minister on the first day of the talks, and the "
    "two sides signed an agreement on trade, transport and energy before the press, "
    "as the foreign ministry's spokesperson told reporters at the end of the meeting.</p>"
    "<p>Officials said the next round of talks would be held in the capital, where both "
    "delegations are expected to review the progress of the joint projects.</p>"
    "<p>The minister thanked the guests for the visit and said that cooperation between "
    "the two countries had grown over the past years in every field they discussed.</p>"
)


def _page(head: str, after_h1: str, *, meta: str = "", logo: str = "") -> str:
    return (
        f"<html lang='en'><head><title>Envoy says talks will go on</title>{meta}</head>"
        f"<body><header>{logo}</header><main><article>"
        f"<h1>Envoy says the talks will go on next month</h1>{after_h1}{BODY}"
        f"</article></main>{head}</body></html>"
    )


def _tree(html: str) -> object:
    return lxml.html.document_fromstring(html)


def test_metadata_with_the_saving_day_yields_to_the_byline_date() -> None:
    """news.az: the page's machine-readable date is the day it was saved, not the article's.

    There htmldate read the site header's "today" (Tuesday, (08 Dec 2020)); here the
    page's `<meta name="date">` carries it. The byline under the headline gives the
    article's own day, two months earlier: a metadata date later than the article's own
    is a modification or the site's, never the publication.
    """
    page = (
        "<html lang='en'><head><title>Envoy says talks will go on | News</title>"
        "<meta name='date' content='2020-12-08'></head>"
        "<body><h1><a href='/'>News</a></h1><main>"
        "<h1>Envoy says the talks will go on next month</h1>"
        "<ul class='nav meta'><li><a href='/time/2020-10-13'>13 Oct 2020 18:29</a></li>"
        f"<li>1479 views</li></ul>{BODY}</main></body></html>"
    )
    article = read_html(page, url="https://news.example/news/envoy-talks", today=READ_ON)
    assert article.published == "2020-10-13"


def test_the_byline_and_metadata_overrule_the_day_the_url_was_created() -> None:
    """The Washington Post: the URL's `/2020/07/08/` is the day the story was filed.

    Its `datePublished` is 2020-07-09 10:04 UTC and the byline shows July 9; when both
    agree on another day than the URL's, the URL's is the creation day, not the
    publication.
    """
    meta = (
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"datePublished": "2020-07-09T10:04:04Z"}</script>'
    )
    after = "<div class='byline'>By <a href='/people/a'>A. Writer</a></div>"
    after += "<div class='display-date'>July 9, 2020 at 6:40 PM EDT</div>"
    page = _page("", after, meta=meta)
    url = "https://post.example/politics/envoy-talks/2020/07/08/c3d2_story.html"
    assert read_html(page, url=url, today=READ_ON).published == "2020-07-09"


def test_head_day_skips_a_logo_heading() -> None:
    """A site name in an `<h1>` ("News.az", "Fútbol") is not the headline; the next is."""
    html = (
        "<html><body><h1>News</h1><p>Tuesday, (08 Dec 2020)</p>"
        "<h1>Envoy says the talks will go on next month</h1><p>13 Oct 2020 18:29</p>"
        "</body></html>"
    )
    assert head_day(_tree(html), "en") == dt.date(2020, 10, 13)


def test_head_day_stops_at_the_article_text_and_quoted_posts() -> None:
    """A date in an embedded post (refinery29's Instagram `<blockquote>`) or after the
    first paragraph is another text's, not the byline's."""
    quoted = (
        "<html><body><h1>Envoy says the talks will go on next month</h1>"
        "<blockquote class='instagram-media'><p>A post shared on Mar 27, 2018</p></blockquote>"
        f"{BODY}<p>27 March 2018</p></body></html>"
    )
    assert head_day(_tree(quoted), "en") is None


def test_head_day_ignores_a_link_address() -> None:
    """A cited address with a date in its path (publikum.net) is not a byline date."""
    html = (
        "<html><body><h1>Envoy says the talks will go on next month</h1>"
        "<p>https://blog.example/2017/02/14/a-post/</p><p>30 July 2023, 18:55</p></body></html>"
    )
    assert head_day(_tree(html), "en") == dt.date(2023, 7, 30)


def _checked(*, meta: str | None, head: dt.date | None, url: str | None = None) -> str | None:
    return cross_checked(
        url=url,
        meta=meta,
        text="The delegation met the minister.",
        language="en",
        extensive=lambda: None,
        today=LATE_READ,
        head=head,
    )


def test_a_head_date_years_before_the_metadata_is_not_the_article_s() -> None:
    """hypixel.net: under a forum thread's title, "May 11, 2017" is the poster's joining day."""
    assert _checked(meta="2020-03-18", head=dt.date(2017, 5, 11)) == "2020-03-18"


def test_a_head_date_a_day_before_a_utc_stamp_leaves_the_metadata() -> None:
    """breakingsoup.com, diariodelsur.com.co: the byline shows a UTC stamp's moment in
    another time zone, the day before; the metadata's day stands (as annotated)."""
    assert _checked(meta="2020-09-28", head=dt.date(2020, 9, 27)) == "2020-09-28"


def test_a_head_date_outside_the_url_month_is_not_taken() -> None:
    """A URL's `/2022/08/` rules out a byline date of June (a date of another text)."""
    url = "https://news.example/de/kirche/news/2022/08/pater-kolbe.html"
    assert _checked(meta="2022-08-14", head=dt.date(2022, 6, 14), url=url) == "2022-08-14"


def test_a_head_date_a_year_before_the_metadata_is_not_taken() -> None:
    """vaticannews.va: "14/08/2021" under the headline of a page dated 2022-08-14 (a typo)."""
    assert _checked(meta="2022-08-14", head=dt.date(2021, 8, 14)) == "2022-08-14"


def test_a_byline_date_dates_a_page_without_metadata() -> None:
    """almadenahnews.com: no metadata date; the byline's day, not a guess, dates the page."""
    assert _checked(meta=None, head=dt.date(2020, 4, 24)) == "2020-04-24"


def test_a_later_metadata_day_yields_to_the_head_date() -> None:
    """The metadata two months after the byline's day is the site's, not the article's."""
    assert _checked(meta="2020-12-08", head=dt.date(2020, 10, 13)) == "2020-10-13"
