"""The article's text in a page: trafilatura's precise pass, or its default pass where the
precise one keeps too little (`read_html` in `visitx.io.pages` uses both).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# Less than this much text is a page without an article (an error page, a cookie wall);
# a Chinese, Japanese or Korean letter counts twice (`text_weight`).
MIN_TEXT_CHARS = 100
_WIDE_SCRIPTS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


def text_weight(text: str) -> int:
    """A text's length with each Chinese, Japanese or Korean letter counted twice: such a
    letter carries about what two of an alphabet do (a 91-character Korean news brief of
    two sentences is an article; "页面不存在，请返回首页" is not)."""
    wide = sum(
        1 for c in text if ord(c) > 0x2E7F and unicodedata.name(c, "").startswith(_WIDE_SCRIPTS)
    )
    return len(text) + wide
# A precise main text shorter than this is checked against trafilatura's default pass,
# which replaces it when it is at least FALLBACK_RATIO times as long and keeps the lines
# of the precise text (FALLBACK_KEPT of their characters): more of the same article, not
# another text (a paywall's scrambled paragraphs without the lede). On trafilatura's 990
# evaluation pages: 10 more wanted snippets found, 1 unwanted one fewer kept.
FALLBACK_BELOW = 2_000
FALLBACK_RATIO = 3
FALLBACK_KEPT = 0.8
# Under this, the precise text is next to nothing: any default text twice as long wins.
NEXT_TO_NOTHING = 300


def prefers_default(precise: str, default: str) -> bool:
    """Whether trafilatura's default pass gives the article where its precise pass kept
    too little: next to nothing (under NEXT_TO_NOTHING characters) against a default text
    twice as long and of MIN_TEXT_CHARS; or a short text (under FALLBACK_BELOW) against a
    default text at least FALLBACK_RATIO times as long that keeps the precise text's lines
    (FALLBACK_KEPT of their characters: more of the same article, a reprint notice or a
    teaser and then the article). Never a default text of one line against a precise
    text of several: that is trafilatura's baseline, the page's text run together.

    Example:
        >>> notice = "Reprinted with the kind permission of the Hanley Gazette."
        >>> body = "The delegation visited the port of Hanley on Tuesday. " * 10
        >>> prefers_default(notice, notice + " " + body)
        True
        >>> lede = "Beuel: a new mural on the walls of the foundation's building. " * 5
        >>> prefers_default(lede + "\\n" + "Xqz vbn qwe. " * 10, "Xqz vbn qwe. " * 200)
        False
    """
    if "\n" in precise.strip() and "\n" not in default.strip():
        # One line against the precise pass's paragraphs: trafilatura's baseline, the
        # page's text run together (headline, byline, teasers and all), not more article.
        return False
    if len(precise) < NEXT_TO_NOTHING:
        return len(default) >= max(2 * len(precise), MIN_TEXT_CHARS)
    if len(precise) >= FALLBACK_BELOW:
        return False
    if len(default) < FALLBACK_RATIO * len(precise):
        return False
    lines = [line.strip() for line in precise.splitlines() if line.strip()]
    found = sum(len(line) for line in lines if line in default)
    return found >= FALLBACK_KEPT * sum(len(line) for line in lines)


# A table cell with this much text (`text_weight`) lays out a page: no data table's cell
# holds an article's paragraphs.
LAYOUT_CELL_CHARS = 300
HEADED_CELL_CHARS = 150
PROSE_RUN_CHARS = 80
_TABLE_CELL = re.compile(r"<t[dh][\s>]", re.I)
_CELL_TEXT = ".//text()[not(ancestor::script or ancestor::style)]"


def _lays_out(cell: Any) -> bool:
    """Whether a table cell holds prose: LAYOUT_CELL_CHARS of text, a run of it a sentence's
    length (a list of names or a spam page's word lines, one short line each, is data); or
    the page's headline (`<h1>`, not in a table of its own) over HEADED_CELL_CHARS of other
    text. No data table's cell holds the page's headline, and a one-table portal's short
    article (two sentences of Chinese of 37 letters each under its `<h1>`) is under
    LAYOUT_CELL_CHARS; a row of the headline alone is not the article's cell."""
    runs = [" ".join(str(run).split()) for run in cell.xpath(_CELL_TEXT)]
    weight = text_weight("".join(runs))
    headlines = [h1 for h1 in cell.iter("h1") if _own(cell, h1)]
    if headlines:
        heads = sum(text_weight(" ".join(h1.text_content().split())) for h1 in headlines)
        if weight - heads >= HEADED_CELL_CHARS:
            return True
    if weight < LAYOUT_CELL_CHARS:
        return False
    return any(text_weight(run) >= PROSE_RUN_CHARS for run in runs)


def _own(cell: Any, element: Any) -> bool:
    """Whether `element` is in `cell` itself, not in a table inside it."""
    parent = element.getparent()
    while parent is not None and parent is not cell:
        if parent.tag == "table":
            return False
        parent = parent.getparent()
    return True


def without_layout_tables(source: str) -> str:
    """The page with its layout tables made blocks: an old portal's page is one `<table>`
    whose cells hold the menu, the article (paragraphs split by `<br><br>`) and a table of
    readers' comments. trafilatura reads such a table as data, each row a line of cells
    run together with the comments; as blocks, the article's paragraphs are its lines and
    the comments table is left out as comments. A table is a layout table when one of its
    own cells holds prose (`_lays_out`); a data table inside it stays a table.
    The page is returned as it is when it has no such table.
    """
    if not _TABLE_CELL.search(source):
        return source
    import lxml.html

    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return source
    layout = _layout_tables(tree)
    if not layout:
        return source
    for table in _link_tables(tree, {id(elements[0]) for elements in layout}):
        table.drop_tree()
    for elements in layout:
        for element in elements:
            element.tag = "div"
    return str(lxml.html.tostring(tree, encoding="unicode"))


# A table of links on an old portal's page: its cells' text is mostly link text, in one
# cell or more (the menu bar, "Читайте также" and its headlines with their dates, also a
# list of one other story: "כתבות נוספות" over one headline and its date).
LINK_TABLE_SHARE = 0.5
_LINK_TEXT = ".//a[@href]//text()[not(ancestor::script or ancestor::style)]"


def _link_tables(tree: Any, layout: set[int]) -> list[Any]:
    """The tables of links of a page laid out in tables (`without_layout_tables`): the
    menu bar and the lists of other stories (headlines with their dates), left out as
    navigation. trafilatura's precise pass otherwise takes such a table, inside the
    article's cell, for the page's content over a short article's `<br>` paragraphs,
    and the dates beside the headlines for the page's. A table whose cells hold more
    than links (a data table: figures, names, a table of results) stays."""
    found = []
    for table in tree.iter("table"):
        if id(table) in layout or table.xpath(".//table"):
            continue
        cells = table.xpath("./tr/td|./tbody/tr/td|./thead/tr/td|./tr/th|./tbody/tr/th")
        if not any(cell.xpath(".//a[@href]") for cell in cells):
            continue
        words = text_weight("".join(" ".join(str(t).split()) for t in table.xpath(_CELL_TEXT)))
        links = text_weight("".join(" ".join(str(t).split()) for t in table.xpath(_LINK_TEXT)))
        if words and links >= LINK_TABLE_SHARE * words:
            found.append(table)
    return found


def has_layout_table(tree: Any) -> bool:
    """Whether a parsed page has a layout table (`without_layout_tables`): a page parsed
    anyway is checked before it is parsed again to be rewritten."""
    return bool(_layout_tables(tree))


def _layout_tables(tree: Any) -> list[list[Any]]:
    """Each layout table with its row groups, rows and cells (the elements to rename)."""
    layout = []
    for table in tree.iter("table"):
        rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
        cells = [cell for row in rows for cell in row.xpath("./td|./th")]
        if any(_lays_out(cell) for cell in cells):
            layout.append([table, *table.xpath("./thead|./tbody|./tfoot"), *rows, *cells])
    return layout


def main_text(source: str, url: str | None, *, precise: bool) -> Any:
    """trafilatura's main text and metadata of a page (`favor_precision` when `precise`)."""
    import trafilatura

    return trafilatura.bare_extraction(
        source,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=precise,
        # The date is cross-checked in `pagedate`; trafilatura's own is not used.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
