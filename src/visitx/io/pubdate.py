"""A page's publication date: htmldate's searches, cross-checked (`pagedate.cross_checked`).

htmldate's fast search (metadata, `<time>` elements, dated class names) runs on the page
without other texts' dates (comments, teasers, sidebars), then with a lighter pruning;
its extensive search only when nothing else gives a date. A day either gives is dropped
when the page prints it as an update's ("Güncelleme: 06.03.2024"), the byline gives
another day and no publication field gives it; a print page's print-out day never is,
nor the first of a month the extensive search reads off a path's year and month (an
upload folder). A list of dated items (an archive, a sitemap) has no publication date.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import re
from typing import Any

from visitx.io.dateline import dateline
from visitx.io.headday import head_day, print_days, update_days
from visitx.io.numericdates import order_checked
from visitx.io.pagedate import (
    afternoon_utc_day,
    cross_checked,
    local_day,
    trackback_day,
    without_other_dates,
)

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A machine-readable publication day, in JSON-LD or a meta tag.
_PUBLISHED_FIELD = re.compile(
    r"""(?:datePublished|published_time|dateCreated|pubdate|publish_date|date\.issued)"""
    r"""["']?\s*(?::|content\s*=)\s*["'](\d{4}-\d\d-\d\d)""",
    re.I,
)


# An archive or a sitemap: this many different days, each a line of its own.
_LISTING_DAYS = 5
_DATE_LINE_CHARS = 24
_LISTING_LINES = 200


def is_listing(text: str, language: str | None) -> bool:
    """Whether the extracted text is a list of dated items: an archive, a sitemap, a
    search result. Five or more different days, each a line of its own (24 characters at
    most: the date and perhaps a time) among the first 200 lines ("Headline (1)\n
    2024-03-11\nHeadline (2)\n2024-03-10"), date the items, not the page; an article's
    chronology or a table of donations writes its dates beside other words."""
    days = set()
    for raw in text.splitlines()[:_LISTING_LINES]:
        line = raw.strip()
        if line and len(line) <= _DATE_LINE_CHARS and any(c.isdigit() for c in line):
            day = dateline(line, language, lines=1)
            if day is not None:
                days.add(day)
                if len(days) >= _LISTING_DAYS:
                    return True
    return False


def month_of_a_path(value: str | None, source: str) -> str | None:
    """None for a guessed first of a month that the page writes only as a path's year and
    month (an upload folder, `/wp-content/uploads/2019/06/photo.jpg`): a month, not a day."""
    if value is None or value[8:10] != "01":
        return value
    year, month = value[:4], value[5:7]
    if f"/{year}/{month}/" in source and not re.search(
        rf"{year}[/.-]{month}[/.-]01(?!\d)|{value[:10]}", source
    ):
        return None
    return value


def published_day(
    source: str, url: str | None, text: str, language: str | None, today: dt.date
) -> str | None:
    """The publication date the URL, the metadata and the dateline agree on."""
    import lxml.html
    from htmldate import find_date

    if is_listing(text, language):
        return None
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree = lxml.html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return None
    pruned = without_other_dates(tree)

    def search(extensive: bool, page: Any = pruned) -> str | None:
        # Without the URL: its date is a candidate of its own in `cross_checked`. No
        # max_date either: htmldate answers a later date with max_date itself; the
        # cross-check drops dates after `today`.
        return find_date(
            copy.deepcopy(page),
            extensive_search=extensive,
            original_date=True,
        )

    # The pruning can take the article's own date with it (a blog's "post-footer", a
    # "share" bar with the date): a lighter pruning's metadata then, before any guess.
    # Neither finds one: a blog's trackback RDF in an HTML comment, where it does not look.
    declared = tree.get("lang") or tree.get("xml:lang") or tree.get(_XML_LANG)
    lightly = functools.cache(lambda: without_other_dates(tree, light=True))
    # A byline in the article's own <footer> under the headline (Drupal's "node__meta").
    head = head_day(pruned, language) or head_day(lightly(), language)
    stamped = {match.group(1) for match in _PUBLISHED_FIELD.finditer(source[:500_000])}
    # An update's day where the byline gives the publication's; with nothing else, the
    # "Last Updated" date is the page's only date (and htmldate's labels take it).
    updates = (
        {day.isoformat() for day in update_days(pruned, language) if day != head}
        if head is not None
        else set()
    )

    # A print page's "Printed: 20 May 2025" is the day it was printed, whatever else.
    printed = {day.isoformat() for day in print_days(tree, language)}

    def sure(value: str | None) -> str | None:
        # Not a numeric date of unsure order, nor an update's or a print-out's day.
        value = order_checked(value, source, language, declared)
        if value is not None and value[:10] in updates | printed and value[:10] not in stamped:
            return None
        return value

    meta = (
        sure(search(False))
        or sure(search(False, lightly()))
        or trackback_day(source)
    )
    return cross_checked(
        url=url,
        meta=meta,
        text=text,
        language=language,
        extensive=lambda: month_of_a_path(sure(search(True)), source),
        today=today,
        local=local_day(source),
        head=head,
        afternoon=lambda: afternoon_utc_day(source),
    )
