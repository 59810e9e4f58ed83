"""A light clean-up of scraped plain text that never moves an offset.

Scraped article text often starts or ends with page furniture: the site's name (alone or
glued to the first sentence, `Haberankara.comKahramanmaraş ...`), runs of section labels
and dates (`GÜNDEM 24 Kasım 2024GÜNDEM ...`), a cookie notice, a tag list, a "related
news" heading, a comment form. `boilerplate_bounds` finds where the article itself starts
and ends; what lies between is a plain slice of the original, so an offset found in the
cleaned text is the same offset plus `start` in the original, and a verbatim quote from
it is verbatim in the original too. Furniture inside the body is left alone: a slice
is what keeps the clean-up safe.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from visitx.core.datafiles import read_json

# A tail line longer than this is article text, whatever it mentions.
_MAX_FURNITURE_LINE = 200
_DOMAIN = re.compile(
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|gov|edu|"
    r"[a-z]{2})(?:\.[a-z]{2})?(?:/\S*)?",
    re.IGNORECASE,
)
# A site name glued to the first word: "Haberankara.comKahramanmaraş".
_GLUED = re.compile(r"(?:www\.)?[A-Za-z][\w-]{2,}\.[a-z]{2,4}(?:\.[a-z]{2})?(?=[^\W\d_])")
# A day, a month word or number, and a year: "24 Kasım 2024", "07.11.2014", "2024-11-24".
_DATE = re.compile(
    r"\d{1,2}[\s./-]+(?:\w+|\d{1,2})[\s./-]+\d{4}(?:[\s,]+\d{1,2}:\d{2})?|\d{4}-\d{2}-\d{2}"
)


# A headline in a list of links: no sentence punctuation at its end (quotes and brackets
# aside); a truncated teaser's "…" or "..." counts as a headline's end.
_SENTENCE_END = tuple(".!:;,。！：；，،؛")
_CLOSERS = "\"'”’»›)]」』）"
# After a list heading, before one headline on its line: "Lesen Sie auch: ...", "Lire aussi | ...".
_SEPARATOR = re.compile(r"\s*[:|»›>–—-]\s*")
# A line of up to this many characters after a list heading is a link, whatever its end.
_SHORT = 80


# The count a heading carries: "3 Comments", "Comments (3)", "Kommentare [12]", "댓글 5".
_COUNT = re.compile(r"^\(?\d+\)?\s+|\s*[(\[]\d+[)\]]$|\s+\d+$")


@dataclass(frozen=True, slots=True)
class _Tables:
    cookie: tuple[str, ...]
    consent: tuple[str, ...]
    paywall: tuple[str, ...]
    prefixes: tuple[str, ...]
    headers: frozenset[str]
    phrases: tuple[str, ...]
    blocks: frozenset[str]
    lists: frozenset[str]


@functools.cache
def _tables() -> _Tables:
    raw = read_json("boilerplate.json")
    return _Tables(
        cookie=tuple(raw["cookie"]),
        consent=tuple(raw["consent"]),
        paywall=tuple(raw["paywall"]),
        prefixes=tuple(raw["prefixes"]),
        headers=frozenset(raw["headers"]),
        phrases=tuple(raw["phrases"]),
        blocks=frozenset(raw["blocks"]),
        lists=frozenset(raw["lists"]),
    )


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    spans = []
    start = 0
    for match in re.finditer(r"\r\n|\n|\r", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _is_label_run(line: str) -> bool:
    """Section labels and dates only: `GÜNDEM`, `24 Kasım 2024GÜNDEM`, `EKONOMİ 12.03.2024`."""
    rest = _DATE.sub(" ", line)
    words = rest.split()
    dated = rest != line
    if not words:
        return dated
    letters = "".join(words)
    capitals = letters.isalpha() and letters == letters.upper() and letters != letters.lower()
    return capitals and len(words) <= (4 if dated else 1)


def _is_headline(line: str) -> bool:
    """Whether a line reads as a headline: not longer than a furniture line, no sentence end."""
    stripped = line.strip()
    if len(stripped) > _MAX_FURNITURE_LINE:
        return False
    if stripped.endswith(("…", "...")):
        return True
    return not stripped.rstrip(_CLOSERS).endswith(_SENTENCE_END)


def _is_inline_list(folded: str, headings: frozenset[str]) -> bool:
    """Whether a folded line is a list heading, a separator and one headline."""
    for separator in _SEPARATOR.finditer(folded, 0, 48):
        rest = folded[separator.end() :]
        if folded[: separator.start()] in headings and rest and _is_headline(rest):
            return True
    return False


def _kind(line: str) -> str | None:
    """What kind of furniture a line is: `block` (a comments or related-articles heading),
    `list` (the heading of a list of other articles), `marker` (starts the furniture),
    `line`, `blank`, or None (the article)."""
    stripped = line.strip()
    if not stripped:
        return "blank"
    folded = stripped.replace("İ", "i").casefold()  # "İlgili" -> "ilgili", not "i̇lgili"
    tables = _tables()
    heading = _COUNT.sub("", folded.rstrip(" :：»›>")).rstrip(" :：»›>")
    if heading in tables.blocks:
        return "block"
    if heading in tables.headers:
        return "marker"
    if heading in tables.lists:
        return "list"
    if _is_inline_list(folded, tables.lists):
        return "list"
    if len(stripped) > _MAX_FURNITURE_LINE:
        return None
    if folded.startswith(tables.prefixes) or any(p in folded for p in tables.phrases):
        return "marker"
    if any(w in folded for w in tables.cookie) and any(w in folded for w in tables.consent):
        return "line"
    if _DOMAIN.fullmatch(stripped) or _is_label_run(stripped):
        return "line"
    return None


def _before_block(kinds: list[str | None], first: int, last: int) -> int:
    """The last line before the first comments/related heading that follows article text."""
    seen_article = False
    for index in range(first, last + 1):
        if kinds[index] is None:
            seen_article = True
        elif kinds[index] == "block" and seen_article:
            return index - 1
    return last


def _furniture_start(
    text: str, lines: list[tuple[int, int]], kinds: list[str | None], first: int, last: int
) -> int:
    """The first marker after which every article line is short (`last + 1` if none).

    After a list heading, headlines count as short lines too: the list's links.
    """
    short = headlines = True  # every article line after the one looked at is short / ...
    cut = last + 1
    for index in range(last, first - 1, -1):
        kind = kinds[index]
        if kind is None:
            line = text[slice(*lines[index])]
            short = short and len(line.strip()) <= _SHORT
            headlines = headlines and (len(line.strip()) <= _SHORT or _is_headline(line))
            if not headlines:
                break
        elif (kind in {"marker", "block"} and short) or (kind == "list" and headlines):
            cut = index
    return cut


def boilerplate_bounds(text: str) -> tuple[int, int]:
    """Where the article starts and ends in scraped text: `text[start:end]` is the article.

    Leading and trailing furniture is left out (site names, section labels and dates,
    cookie notices, tag lists, related-article and comment blocks); nothing inside is
    touched, so offsets into the slice plus `start` are offsets into `text`. A comments
    or related-articles heading after the start of the article ends it, however long the
    lines after it are: readers' comments are not the article (and are where a prompt
    injection would be planted). A list heading ("Read more", "Lesen Sie auch",
    "Читайте также", also "Lire aussi | <headline>") ends it when every line after it
    is furniture, short, or a headline (no sentence punctuation at its end); followed by
    an article paragraph it is a box inside the article and cuts nothing.

    Example:
        >>> text = "Haberankara.comBakan Ankara'da heyeti kabul etti.\\nEtiketler: Ankara"
        >>> start, end = boilerplate_bounds(text)
        >>> text[start:end]
        "Bakan Ankara'da heyeti kabul etti."
    """
    lines = _lines(text)
    kinds = [_kind(text[a:b]) for a, b in lines]
    first, last = 0, len(lines) - 1
    while first <= last and kinds[first] in {"blank", "line"}:
        first += 1
    while last >= first and kinds[last] in {"blank", "line"}:
        last -= 1
    last = _before_block(kinds, first, last)
    last = _furniture_start(text, lines, kinds, first, last) - 1
    while last >= first and kinds[last] is not None:
        last -= 1
    if first > last:
        return 0, len(text)  # nothing but furniture: better to keep it than to keep nothing
    start, end = lines[first][0], lines[last][1]
    glued = _GLUED.match(text, start)
    if glued and glued.end() < end and text[glued.end()].isupper():
        start = glued.end()
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clean_text(text: str) -> str:
    """The article without the furniture around it: `text[start:end]` of `boilerplate_bounds`.

    Example:
        >>> clean_text("GÜNDEM\\nHeyet fabrikayı gezdi.\\nTüm hakları saklıdır.")
        'Heyet fabrikayı gezdi.'
    """
    start, end = boilerplate_bounds(text)
    return text[start:end]


def _is_notice(line: str) -> bool:
    """Whether a line is a cookie notice or a subscription (paywall) notice."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_FURNITURE_LINE:
        return False
    folded = stripped.replace("İ", "i").casefold()
    tables = _tables()
    if any(w in folded for w in tables.paywall):
        return True
    return any(w in folded for w in tables.cookie) and any(w in folded for w in tables.consent)


def without_edge_notices(text: str) -> str:
    """The text without the cookie and subscription notices on its first and last lines
    ("We use cookies to improve your experience ...", "この記事は会員限定です。", "Weiterlesen
    mit Abo ..."): a page's banner or paywall box that the main-text search kept. A text
    that is nothing else is left as it is.

    Example:
        >>> without_edge_notices("Talks began.\\nSubscribe to continue reading this story.")
        'Talks began.'
    """
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or _is_notice(lines[-1])):
        lines.pop()
    while lines and (not lines[0].strip() or _is_notice(lines[0])):
        lines.pop(0)
    return "\n".join(lines) if lines else text


def without_inline_teasers(text: str) -> str:
    """The text without its lines that are a list heading and one other article's headline
    ("READ ALSO: Opposition walks out of parliament", "Lire aussi | ...", "Читайте также:
    ..."): a news site's teaser set between the article's paragraphs. A text that is
    nothing else is left as it is.

    Example:
        >>> without_inline_teasers("Talks began.\\nREAD ALSO: Fuel prices rise\\nShe left.")
        'Talks began.\\nShe left.'
    """
    lists = _tables().lists
    kept = [
        line
        for line in text.split("\n")
        if not _is_inline_list(line.strip().replace("İ", "i").casefold(), lists)
    ]
    rest = "\n".join(kept)
    return rest if rest.strip() else text
