"""Table phrases as regular expressions: one table line -> one pattern, many lines -> one
expression, the longest first.

The phrase tables of `record` (`unmet_words.txt`, `sideline_words.txt`,
`actor_words.txt`) are compared with text folded by `visitx.core.textfold.fold(text,
accents=False)`; `phrase_pattern` folds each line the same way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from visitx.core.datafiles import entries, read_sections
from visitx.core.textfold import HEBREW_PREFIXES, fold, is_arabic_letter, is_hebrew_letter

__all__ = ["UNSPACED", "phrase_expression", "phrase_pattern", "section_expression"]

# Han and kana: scripts written without spaces, where a phrase may start and end anywhere.
UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACED = re.compile(f"(?![{UNSPACED.pattern[1:-1]}])\\w")  # a letter of a spaced script
# A space between two Arabic-script letters, escaped: Persian writes `می‌کند`, `می کند`
# and `میکند`.
_ARABIC_SPACE = re.compile(r"(?<=[\u0600-\u06ff])\\ (?=[\u0600-\u06ff])")
# Where a phrase may start: after no letter (a word start), also after a conjunction و or
# ف written onto an Arabic-script word, or anywhere (Han, kana, punctuation, `*`).
_WORD_START = r"(?<!\w)"
_ARABIC_START = r"(?:(?<!\w)|(?<=(?<!\w)[وف]))"
# Hebrew writes one or two one-letter words onto the next (`HEBREW_PREFIXES`: "בביקור",
# "during the visit").
_HEBREW_START = (
    rf"(?:(?<!\w)|(?<=(?<!\w)[{HEBREW_PREFIXES}])|(?<=(?<!\w)[{HEBREW_PREFIXES}]{{2}}))"
)


def phrase_pattern(entry: str) -> tuple[str, str]:
    """One table line as (where it may start, a regular expression): it starts where a
    word starts (after a conjunction و or ف written onto an Arabic-script word too, and
    after one or two of the one-letter words ו ה ב ל מ ש כ written onto a Hebrew one)
    unless it begins with `*`, Han, kana or punctuation, and ends where a word ends
    unless it ends with `*`, Han, kana or punctuation; a space between two Arabic-script
    letters may be missing.

    Example:
        >>> phrase_pattern("will visit")
        ('(?<!\\\\w)', 'will\\\\ visit(?!\\\\w)')
        >>> phrase_pattern("postpone*")
        ('(?<!\\\\w)', 'postpone')
    """
    phrase = fold(entry.strip("*"), accents=False)
    body = re.escape(phrase)
    if is_arabic_letter(phrase[0]):
        body = _ARABIC_SPACE.sub(" ?", body)
        start = _ARABIC_START
    elif is_hebrew_letter(phrase[0]):
        start = _HEBREW_START
    elif entry.startswith("*") or not _SPACED.match(phrase[0]):
        start = ""
    else:
        start = _WORD_START
    end = "" if entry.endswith("*") or not _SPACED.match(phrase[-1]) else r"(?!\w)"
    return start, f"{body}{end}"


def phrase_expression(entries: Iterable[str]) -> re.Pattern[str]:
    """Table lines as one expression, the longest first, grouped by where they may start,
    each group behind its start condition once: a position inside a word then fails once,
    not once per phrase (a table has hundreds). No lines: an expression that never
    matches.

    Example:
        >>> expression = phrase_expression(["visit", "state visit", "访问"])
        >>> [m.group() for m in expression.finditer("a state visit; 访问")]
        ['state visit', '访问']
        >>> phrase_expression([]).search("visit") is None
        True
    """
    groups: dict[str, list[tuple[int, str]]] = {
        _WORD_START: [], _ARABIC_START: [], _HEBREW_START: [], "": []
    }  # fmt: skip
    for entry in entries:
        start, pattern = phrase_pattern(entry)
        groups[start].append((len(entry.strip("*")), pattern))
    parts = []
    for start, alternatives in groups.items():
        if alternatives:
            alternatives.sort(key=lambda pair: pair[0], reverse=True)  # the longest first
            parts.append(f"{start}(?:{'|'.join(pattern for _, pattern in alternatives)})")
    return re.compile("|".join(parts) or "(?!)")


@functools.cache
def section_expression(table: str, kind: str) -> re.Pattern[str]:
    """The phrases of the `## <kind> ...` sections of `tables/<table>` (`## future en`,
    `## future ar` for "future") as one `phrase_expression`."""
    return phrase_expression(
        entry
        for tag, body in read_sections(table).items()
        if tag.split()[0] == kind
        for entry in entries(body)
    )
