"""A page's publication date, cross-checked: URL, metadata, the article's own dateline.

htmldate's fast search reads the page's metadata and `<time>` elements; its extensive
search also guesses from any date on the page, finding more dates and more wrong ones
(a copyright year, a comment, a sidebar's teaser). Each source errs in its own way, so a
date is taken when the sources that exist do not contradict each other:

1. a full date in the URL (`/2024/03/05/`, `2024-03-05`, `/2024/7/10/`) is the publication
   date, unless the metadata and the dateline agree on another day;
2. else the metadata date, when it falls in the URL's year and month (if the URL has
   them), is not later than a dateline (a later metadata date is a modification) and
   not in an earlier year than one the article names (an older text's date); read in
   the publisher's own UTC offset when the page gives one (`local_day`), and replaced
   by the page's visible date when that is the day after (a UTC stamp near midnight).
   The metadata is searched without the page's other texts (`without_other_dates`),
   then, if that finds none, in the whole page (a post's own footer holds its date),
   then in a blog's trackback RDF, inside an HTML comment (`trackback_day`). A later
   year the article puts ahead ("until 2019", "ab 2022") is a plan, not a younger text;
3. else a dateline, a short first line of the article with a full date in it, or the
   date printed under the headline (`head_day`) when the text has none - within the
   URL's year and month, not in an earlier year than the metadata's and not the day
   before it (a UTC stamp shown in the reader's zone, unless the stamp is in UTC at noon
   or later: `afternoon_utc_day`); it also plays the dateline's part in steps 1 and 2;
4. else the extensive search's date, when it fits the URL's year and month, is not a
   bare January 1st (how a copyright year reads) and not in an earlier year than one
   the article names (even one it puts ahead: a guess is doubted more).

No date after the day the page was read (or today; a day of grace for time zones ahead
of the reader's), and none before 1995, is taken.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
from collections.abc import Callable
from typing import Any

from visitx.core.datafiles import read_text
from visitx.io.dateline import dateline

EARLIEST = dt.date(1995, 1, 1)
# A page's visible date can sit a little lower, below section labels and the place.
_VISIBLE_LINES = 8
# Path segments such as /2024/03/05/, /2024-03-05-, _20240305_, /2024/03/.
_URL_FULL = re.compile(
    r"(?<!\d)(20\d\d|199\d)[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
_URL_MONTH = re.compile(r"/(20\d\d|199\d)/(0[1-9]|1[0-2])/")
# A path's year, month and day as folders without leading zeros: /2024/7/10/ (Al Jazeera).
_URL_SHORT = re.compile(r"/(20\d\d|199\d)/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/")
_URL_YEAR = re.compile(r"/(20\d\d|199\d)/")


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def url_date(url: str | None) -> tuple[dt.date | None, str | None]:
    """The full date in a URL's path, else its `YYYY-MM` or `YYYY` prefix (or None)."""
    if not url:
        return None, None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I).split("?")[0]
    for match in (*_URL_FULL.finditer(path), *_URL_SHORT.finditer(path)):
        try:
            return dt.date(*(int(g) for g in match.groups())), None
        except ValueError:
            continue
    month = _URL_MONTH.search(path)
    if month:
        return None, f"{month.group(1)}-{month.group(2)}"
    year = _URL_YEAR.search(path)
    return None, year.group(1) if year else None


# Parts of a page that carry other texts' dates: comments, teasers, sidebars, footers.
_ELSEWHERE = re.compile(
    r"comment|related|sidebar|teaser|recommend|more-news|read-more|readmore|widget|"
    r"footer|newsletter|share|social|trending|popular|most-read|ranking",
    re.I,
)


# Parts that date other texts in any page, even where a "footer" or "share" bar is the
# article's own (the lighter pruning of the second search).
# Not "sidebar": themes name the article's own column so ("sidebar_content", "mainwrap
# single-default sidebar"); a list of recent posts in it dates other texts.
_OTHER_TEXTS = re.compile(
    r"comment|related|teaser|recommend|more-news|read-more|readmore|trending|popular|"
    r"most-read|ranking|widget_recent|recent-posts",
    re.I,
)


def without_other_dates(tree: Any, *, light: bool = False) -> Any:
    """A copy of a parsed page without the parts that date other texts than the article.

    `<aside>`, `<footer>`, `<nav>` and `<form>`, and elements whose class or id says
    comments, related news, sidebar, footer (and the like), are dropped: a date there is
    a comment's, a teaser's or the site's copyright year, never the article's. The
    canonical address goes too, so that the metadata's date is independent of the URL's.
    With `light`, only comments, related and teaser lists, lists of recent posts,
    `<aside>` and `<nav>` go (a post's own footer or share bar can hold its date).
    An element that holds an `<h1>` stays, whatever its name: a "teaser" figure with the
    headline, a "social" intro, an ASP.NET `<form>` around the whole page, a content
    wrapper "with-sidebar" are the article's own head or body, not another text.
    """
    pruned = copy.deepcopy(tree)
    tags = {"aside", "nav"} if light else {"aside", "footer", "nav", "form"}
    names = _OTHER_TEXTS if light else _ELSEWHERE
    doomed = [
        element
        for element in pruned.iter()
        if isinstance(element.tag, str)
        and (
            element.tag in tags
            or names.search(f"{element.get('class', '')} {element.get('id', '')}")
        )
        and element.tag not in {"html", "body"}
        # Holding the page's headline, it is the article's own head, whatever its name.
        and not element.xpath(".//h1")
    ]
    # The page's own address too: its date is the URL's, a candidate of its own.
    doomed += pruned.xpath("//link[@rel='canonical']|//meta[@property='og:url']")
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    for script in pruned.xpath("//script[@type='application/ld+json']"):
        script.text = _only_works(script.text or "")
    return pruned


# JSON-LD nodes that describe the site, its publisher or a person, not a text: their
# dates (a site's `datePublished`, an organization's `foundingDate`) are not the article's.
_NOT_WORKS = frozenset(
    {"WebSite", "Organization", "NewsMediaOrganization", "Corporation", "Person", "Brand"}
)


def _only_works(data: str) -> str:
    """A JSON-LD block without the site's, the publisher's and persons' nodes.

    Yoast and other SEO plug-ins put an `@graph` whose first nodes are the `WebSite` and
    the `Organization`; htmldate reads a `datePublished` wherever it sits. A block that
    does not parse is left as it is.
    """
    try:
        parsed = json.loads(data)
    except ValueError:
        return data

    def works(nodes: list[Any]) -> list[Any]:
        return [n for n in nodes if not (isinstance(n, dict) and _not_work(n.get("@type")))]

    if isinstance(parsed, dict) and isinstance(parsed.get("@graph"), list):
        parsed["@graph"] = works(parsed["@graph"])
    elif isinstance(parsed, list):
        parsed = works(parsed)
    elif isinstance(parsed, dict) and _not_work(parsed.get("@type")):
        parsed = {}
    return json.dumps(parsed, ensure_ascii=False)


def _not_work(kind: Any) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return bool(kinds) and all(isinstance(k, str) and k in _NOT_WORKS for k in kinds)


def _fits(day: dt.date, prefix: str | None) -> bool:
    return prefix is None or day.isoformat().startswith(prefix)


# A publication timestamp with the publisher's UTC offset, in JSON-LD or meta tags.
_STAMP = re.compile(
    r"""(?:datePublished|published_time|dateCreated|pubdate|publish_date)["']?\s*"""
    r"""(?::|content\s*=)\s*["'](\d{4}-\d\d-\d\d)T\d\d:\d\d(?::\d\d(?:\.\d+)?)?"""
    r"""([+-]\d\d:?\d\d)["']""",
    re.I,
)
# The same in UTC, with its hour.
_UTC_STAMP = re.compile(
    r"""(?:datePublished|published_time|dateCreated|pubdate|publish_date)["']?\s*"""
    r"""(?::|content\s*=)\s*["'](\d{4}-\d\d-\d\d)T(\d\d):\d\d(?::\d\d(?:\.\d+)?)?"""
    r"""(?:Z|[+-]00:?00)["']""",
    re.I,
)
# No time zone is more than this many hours behind UTC: a UTC stamp at this hour or later
# is the same day everywhere west of Greenwich.
_WESTMOST_HOURS = 12
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TRACKBACK = re.compile(r"""dc:date\s*=\s*["'](\d{4}-\d\d-\d\d)""")
_YEAR = re.compile(r"(?<![\d.,/-])(199\d|20\d\d)(?![\d.,/-]?\d)")


def local_day(source: str) -> dt.date | None:
    """The day of the page's publication timestamp in the publisher's own UTC offset.

    `2020-12-25T01:59:50+02:00` is the 25th where it was published, though htmldate may
    read the page's other, UTC, stamp of the same moment (`2020-12-24T23:59:50Z`).
    Only a stamp with a non-zero offset counts: one in UTC says nothing of the local day.
    """
    for match in _STAMP.finditer(source[:500_000]):
        if match.group(2).replace(":", "") not in {"+0000", "-0000"}:
            return _day(match.group(1))
    return None


def afternoon_utc_day(source: str) -> dt.date | None:
    """The day of the page's publication timestamp when it is in UTC at noon or later
    (`2025-03-13T17:40:00Z`): no reader's time zone shows that moment on the day before,
    so a byline the day before it is the publisher's own date, not the stamp."""
    match = _UTC_STAMP.search(source[:500_000])
    if match is None or int(match.group(2)) < _WESTMOST_HOURS:
        return None
    return _day(match.group(1))


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# How many words before a year may put it ahead ("bis zum 30. Juni 2019": four).
_AHEAD_WORDS = 4


@functools.cache
def _ahead_words() -> frozenset[str]:
    lines = read_text("year_ahead_words.txt").splitlines()
    return frozenset(
        word.casefold() for line in lines if not line.startswith("#") for word in line.split()
    )


def trackback_day(source: str) -> str | None:
    """The `dc:date` day of a trackback RDF block in an HTML comment, as `YYYY-MM-DD`.

    Blog engines (Movable Type, TypePad, goo blog) print a post's trackback
    autodiscovery block, `<rdf:Description ... dc:date="2020-07-12T22:00:00+09:00">`,
    inside an HTML comment, where no parser of the page (nor htmldate) looks; on a post
    whose header date htmldate cannot read, it is the post's only machine-readable date.
    A stand-in for the metadata date when htmldate finds none, cross-checked like it.
    """
    for comment in _COMMENT.findall(source[:500_000]):
        if "rdf:Description" in comment:
            match = _TRACKBACK.search(comment)
            if match:
                return match.group(1)
    return None


def older_than_text(day: dt.date, text: str, latest: dt.date, *, ahead: bool = True) -> bool:
    """Whether the article names a later year than `day`'s (up to the reading year).

    A page's metadata or a date found elsewhere on it can be an older text's (a wiki
    page's creation, a recycled template); an article that reports on 2020 was not
    published in 2015. A year the text puts ahead ("until June 2019", "ab 2022", "d'ici
    à 2021": the words in `tables/year_ahead_words.txt` among the four before it) is a
    plan or a deadline, and does not count - unless `ahead` is false (for a date guessed
    from the page's text, where any later year is reason enough to doubt it).
    """
    words = _ahead_words() if ahead else frozenset()
    for match in _YEAR.finditer(text):
        if not day.year + 1 < int(match.group(1)) <= latest.year:
            continue
        before = _WORD.findall(text[max(0, match.start() - 60) : match.start()])
        if not words.intersection(word.casefold() for word in before[-_AHEAD_WORDS:]):
            return True
    return False


def cross_checked(
    *,
    url: str | None,
    meta: str | None,
    text: str,
    language: str | None,
    extensive: Callable[[], str | None],
    today: dt.date,
    local: dt.date | None = None,
    head: dt.date | None = None,
    afternoon: Callable[[], dt.date | None] = lambda: None,
) -> str | None:
    """The publication date the sources agree on, as `YYYY-MM-DD`, or None.

    Args:
        url: the page's address.
        meta: htmldate's fast (metadata) finding.
        text: the extracted article text (for a dateline).
        language: the page's language (to read a dateline's month names).
        extensive: htmldate's extensive search, called only when needed.
        today: the day the page was read; nothing later (but for a day of grace, for
            time zones) is a publication date.
        local: the publication day in the publisher's UTC offset (`local_day`), which
            replaces a metadata day one off from it (the same moment read in UTC).
        head: the date under the article's headline (`head_day`), which stands in for
            a dateline the extracted text does not have.
        afternoon: the day of a UTC publication stamp at noon or later
            (`afternoon_utc_day`), asked only for a headline's date the day before the
            metadata's: then it is no reading of that stamp in a reader's time zone.
    """

    # A day of grace: a page dated in a time zone ahead of the reader's is not "later".
    latest = today + dt.timedelta(days=1)
    full, prefix = url_date(url)
    full = _valid(full, latest)
    found = _metadata_day(meta, local=local, text=text, latest=latest)
    line = _valid(dateline(text, language), latest) or _head_line(
        head, found, prefix, latest, afternoon=afternoon
    )
    if full is not None:
        return _url_day(full, found=found, line=line).isoformat()
    if found is not None:
        visible = line or _valid(dateline(text, language, lines=_VISIBLE_LINES), latest)
        found = _visible_day(found, visible)
        if _fits(found, prefix) and (line is None or found <= line):
            return found.isoformat()
    if line is not None and _fits(line, prefix):
        return line.isoformat()
    guess = _extensive_day(extensive(), found=found, prefix=prefix, text=text, latest=latest)
    return guess.isoformat() if guess is not None else None


def _valid(day: dt.date | None, latest: dt.date) -> dt.date | None:
    """`day` when it can be a publication date: from 1995 up to `latest`."""
    return day if day is not None and EARLIEST <= day <= latest else None


def _metadata_day(
    meta: str | None, *, local: dt.date | None, text: str, latest: dt.date
) -> dt.date | None:
    """The metadata's day, read in the publisher's offset; None if it dates an older text."""
    found = _valid(_day(meta), latest)
    if found is not None and local is not None and abs((found - local).days) == 1:
        found = _valid(local, latest)
    if found is not None and older_than_text(found, text, latest):
        return None
    return found


def _head_line(
    head: dt.date | None,
    found: dt.date | None,
    prefix: str | None,
    latest: dt.date,
    *,
    afternoon: Callable[[], dt.date | None] = lambda: None,
) -> dt.date | None:
    """The headline's date as a dateline, unless the URL or the metadata rule it out.

    Not when it is outside the URL's year and month, in an earlier year than the
    metadata's (a forum member's "joined" date), or the day before the metadata's: a
    page may print the moment of a UTC stamp in the reader's time zone - unless that
    stamp is in UTC at noon or later (`afternoon`), which no time zone puts on the day
    before: the metadata then carries a later moment (an update's), and the byline
    the publication's.
    """
    head = _valid(head, latest)
    if head is None or not _fits(head, prefix):
        return None
    if found is None:
        return head
    shown_earlier = found - head == dt.timedelta(days=1) and found != afternoon()
    return None if head.year < found.year or shown_earlier else head


def _url_day(full: dt.date, *, found: dt.date | None, line: dt.date | None) -> dt.date:
    """Step 1: the URL's full date, unless the metadata and the dateline agree on another."""
    return found if found is not None and found == line and found != full else full


def _visible_day(found: dt.date, visible: dt.date | None) -> dt.date:
    """The page's visible date when it is the day after the metadata's (a UTC stamp)."""
    return visible if visible is not None and visible - found == dt.timedelta(days=1) else found


def _extensive_day(
    value: str | None, *, found: dt.date | None, prefix: str | None, text: str, latest: dt.date
) -> dt.date | None:
    """Step 4: the extensive search's day, when it fits the URL, the text and the metadata.

    A bare January 1st (how a copyright year reads) counts only when it is the metadata's.
    """
    guess = _valid(_day(value), latest)
    if guess is None or not _fits(guess, prefix):
        return None
    if older_than_text(guess, text, latest, ahead=False):
        return None
    if (guess.month, guess.day) == (1, 1) and guess != found:
        return None
    return guess
