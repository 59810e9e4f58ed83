"""A participant's country code that is the initials of the organisation it acts for.

A weak model asked for a country code writes the organisation's abbreviation: "AU" for
"African Union Commission Chairperson Mahmoud Ali Youssouf", "AL" for an envoy of the Arab
League, "UA" for "l'Union africaine". Read as ISO alpha-2 codes, "AU" is Australia, "AL"
Albania and "UA" Ukraine. A code (two to four letters) that is the initials of an
organisation's name in the participant's own name, title or organisation – capitalised
words ending with an organisation noun ("African Union", "Gulf Cooperation Council"), or
an organisation noun and the words after it ("Union africaine", "Liga Árabe") – is the
organisation's, not a country's: the record's country is null, with a warning
(`record.demonyms.country_against_article`). The nouns are in
`tables/organisation_words.txt`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from visitx.core.datafiles import entries, read_sections, words

__all__ = ["organisation_initials"]

_CODE = re.compile(r"[A-Za-z]{2,4}")
_TABLE = "organisation_words.txt"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The English-style and the Romance-style name, from the table's nouns."""
    sections = read_sections(_TABLE)
    after = "|".join(map(re.escape, words(sections["nouns after"])))
    before = "|".join(map(re.escape, words(sections["nouns before"])))
    links = "|".join(map(re.escape, entries(sections["links"])))
    english = re.compile(rf"(?:[A-Z][\w'-]* (?:of (?:the )?)?){{1,3}}(?:{after})\b")
    romance = re.compile(rf"\b(?:{before})(?: (?:{links}))?(?: [^\W\d_][\w'-]*){{1,2}}")
    return english, romance


@functools.cache
def _joining() -> frozenset[str]:
    sections = read_sections(_TABLE)
    return frozenset(w.casefold() for w in words(sections["joining"] + sections["links"]))


def organisation_initials(code: str | None, words: Iterable[str | None]) -> str | None:
    """The organisation's name in `words` (the participant's name, title, organisation,
    the words before its name) whose initials are the drafted country `code`, or None.

    Example:
        >>> organisation_initials("AU", ["Mahmoud Ali Youssouf", "African Union Commission Chairperson"])
        'African Union'
        >>> organisation_initials("UA", ["président de la Commission de l'Union africaine"])
        'Union africaine'
        >>> organisation_initials("US", ["United States Secretary of State"]) is None
        True
        >>> organisation_initials("SA", ["Prince Faisal bin Salman Al Saud"]) is None
        True
    """  # noqa: E501 (a doctest's line)
    if code is None or not _CODE.fullmatch(code.strip()):
        return None
    want = code.strip().upper()
    for text in words:
        for pattern in _patterns():
            for found in pattern.finditer(text or ""):
                phrase = _ending(found.group().split(), want)
                if phrase is not None:
                    return phrase
    return None


def _ending(words: list[str], want: str) -> str | None:
    """The words of the end of `words` whose initials spell `want` ("Union africaine"), or
    of its start for a Romance name ("Union africaine pour ..."), or None."""
    for phrase in (words[i:] for i in range(len(words))):
        if _initials(phrase) == want:
            return " ".join(phrase)
    for end in range(len(words), 0, -1):
        if _initials(words[:end]) == want:
            return " ".join(words[:end])
    return None


def _initials(words: list[str]) -> str:
    letters = "".join(w[0] for w in words if w.casefold() not in _joining() and w[0] != "l'")
    return unicodedata.normalize("NFKD", letters).encode("ascii", "ignore").decode().upper()
