"""The dates a page prints around its headline: the byline's date, and updates' dates.

`head_day` is the date a reader sees as the article's where the extracted text leaves it
out: under the headline (a byline) or just above it (a ministry's or agency's date line
over the title). `update_days` are the days the page names as updates ("Updated: January
18, 2024", "Güncelleme: 06.03.2024"), which htmldate's searches read as dates like any
other and which are not the publication's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from visitx.io.dateline import (
    DATELINE_CHARS,
    UPDATE_LINE_CHARS,
    dateline,
    names_print,
    names_update,
    names_weak_update,
    print_day,
    update_day,
)
from visitx.io.maintext import text_weight

# How many text pieces after the headline a byline's date may sit (author, photo
# caption, "Share" buttons come first on news sites), before the article's paragraphs.
_HEAD_PIECES = 15
_PARAGRAPH_CHARS = 200
# A site's logo or a section label in an `<h1>` ("News.az", "Fútbol") is shorter. A
# Chinese, Japanese or Korean letter counts twice: "王毅同印度尼西亚外长举行会谈" (14
# letters) is a headline.
_HEADLINE_CHARS = 20
# How many elements before the headline, in its own parent, a date line may be.
_ABOVE_SIBLINGS = 2
# A full date has a four-digit year, or a year of an era: "令和6年3月5日", the Minguo
# year of a Taiwanese date line ("中華民國113年3月5日").
# A numeric date with its year last ("11/01/2021", "08.11.2024"): its order is the site's.
_DAY_FIRST_OR_MONTH_FIRST = re.compile(r"(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\d./-])")
_FULL_YEAR = re.compile(
    r"(?<!\d)\d{4}(?!\d)|(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年|(?:民國|民国)\s*(?:\d{1,3}|元)\s*年"
)


def _headline(tree: Any) -> tuple[Any, bool]:
    """The page's headline, and whether it is an `<h1>`: its first `<h1>` of a headline's
    length; on a page without one, the first `<h2>` or `<h3>` whose text is the page's
    `<title>` (or the title with a shorter site name after it), as ministries' press
    pages print the release's title."""
    for h1 in tree.xpath("//h1"):
        if text_weight(h1.text_content().strip()) >= _HEADLINE_CHARS:
            return h1, True
    title = " ".join(" ".join(tree.xpath("//title/text()")).split())
    for heading in tree.xpath("//body//h2|//body//h3"):
        text = " ".join(heading.text_content().split())
        rest = title[len(text) :] if title.startswith(text) else None
        if text_weight(text) >= _HEADLINE_CHARS and rest is not None and len(rest) < len(text):
            return heading, False
    return None, False


def head_day(tree: Any, language: str | None) -> dt.date | None:
    """The date printed under the article's headline (its byline's), or just above it.

    The first short piece of text with a full date and a four-digit (or era) year among the
    `_HEAD_PIECES` after the page's headline (`_headline`), before the first paragraph,
    outside quoted posts (`<blockquote>`), tables (a wiki's revision list: "Revision as
    of 07:47, 28 March 2020") and links' addresses; else a short date line in one of the
    two elements before a title in `<h2>`/`<h3>` in its own parent, or in its parent's
    when it opens it (a Blogger post's date header over its title; a ministry's
    "۱۴۰۲/۱۲/۱۵ - ۰۹:۳۰" or "令和6年3月5日" over the release's title), or before an
    `<h1>` when its month is a word or marked or its year comes first ("1 جمادى الآخرة
    1446 هـ", "2024年4月9日"). A print-out's day ("Printed: 20 May 2025") is none.
    Pass the page without other texts' dates (`without_other_dates`): a short article's
    comments and teasers follow its headline closely.
    It is what a reader sees as the article's date where the extracted text leaves it
    out ("13 Oct 2020 18:29" under news.az's headline, below a header with the day the
    page was saved; "July 9, 2020 at 6:40 PM EDT" under the Washington Post's).
    """
    heading, is_h1 = _headline(tree)
    if heading is None:
        return None
    pieces = heading.xpath(
        "following::text()[normalize-space()]"
        "[not(ancestor::script or ancestor::style or ancestor::blockquote or ancestor::table)]"
        f"[position() <= {_HEAD_PIECES}]"
    )
    weak: dt.date | None = None  # "Stand: ...": the day unless a later piece gives one
    for raw in pieces:
        piece = " ".join(str(raw).split()).lstrip("-–—|·•:, ")
        in_paragraph = raw.getparent() is not None and raw.getparent().tag == "p"
        if len(piece) > _PARAGRAPH_CHARS or (in_paragraph and len(piece) > DATELINE_CHARS):
            break  # the article's text has begun
        found = _piece_day(piece, language)
        if found is not None and names_weak_update(piece):
            weak = weak or found
        elif found is not None:
            return found
    if weak is not None:
        return weak
    for sibling in _above(heading, climb=not is_h1):
        if isinstance(sibling.tag, str) and sibling.tag not in {"script", "style"}:
            line = " ".join(sibling.text_content().split())
            if is_h1:
                # Over an `<h1>` sit section labels with dates in the site's own order
                # ("Zweirad 11/01/2021" on motor.at for November 1st): only a date with
                # its month in words or marked (年月日), or year first, is read there.
                line = _DAY_FIRST_OR_MONTH_FIRST.sub(" ", line)
            found = _piece_day(line, language)
            if found is not None:
                return found
    return None


def _above(heading: Any, *, climb: bool) -> list[Any]:
    """The `_ABOVE_SIBLINGS` elements just above the headline, nearest first: its own
    parent's; with `climb`, when it opens its parent (a blog's post title, first in the
    post's `<div>` under the day's date header), its parent's or grandparent's."""
    element = heading
    for _ in range(3 if climb else 1):
        parent = element.getparent()
        if parent is None:
            return []
        at = parent.index(element)
        before = [e for e in parent[max(0, at - _ABOVE_SIBLINGS) : at] if isinstance(e.tag, str)]
        if before:
            return before[::-1]
        element = parent
    return []


def _piece_day(piece: str, language: str | None) -> dt.date | None:
    if len(piece) > DATELINE_CHARS or "://" in piece or "www." in piece or names_print(piece):
        return None
    return dateline(piece, language, lines=1) if _FULL_YEAR.search(piece) else None


def update_days(tree: Any, language: str | None) -> frozenset[dt.date]:
    """The days a page names as updates, on short lines ("Updated: January 18, 2024").

    A line that gives the same day outside its update part ("Published March 5 |
    Updated March 5, 14:00") does not count: that day is the publication's as well.
    """
    return _named_days(tree, language, names_update, update_day, shared=False)


def print_days(tree: Any, language: str | None) -> frozenset[dt.date]:
    """The days a print page names as the print-out's, on short lines ("Printed: 20 May
    2025", "Imprimé le 27/05/2025"): the day it was printed or saved, not published."""
    return _named_days(tree, language, names_print, print_day, shared=True)


def _named_days(
    tree: Any,
    language: str | None,
    names: Callable[[str], bool],
    day_of: Callable[[str, str | None], dt.date | None],
    *,
    shared: bool,
) -> frozenset[dt.date]:
    """The days short lines give after a word `names` finds (`day_of`); with `shared`
    False, not a day the line also gives outside that part."""
    days: set[dt.date] = set()
    texts = tree.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
    for raw in texts:
        if not names(str(raw)):
            continue
        element = raw.getparent()
        for _ in range(3):  # the word's element, its parent, its grandparent
            if element is None:
                break
            line = " ".join(element.text_content().split())
            if len(line) > UPDATE_LINE_CHARS:
                break
            day = day_of(line, language)
            if day is not None:
                if shared or dateline(line, language, lines=1, weak_too=False) != day:
                    days.add(day)
                break
            element = element.getparent()
    return frozenset(days)
