"""Names a draft gives in the nominative while the article inflects them.

A model copies "Владимир Путин" from "переговоры Владимира Путина", "Andrzej Duda" from
"z prezydentem Andrzejem Dudą", "Robert Fico" from "Robert Ficóval": the person is the
article's, the case ending is the model's grammar. `locate` finds none of these (a
hit must end on a word edge, and a grown word may add at most two letters to a short
word). `inflected_name` finds a name of two to four capitalised words whose every word
stands, in order, as consecutive words of the article, each the name's word (or the name's
word without its last vowel) followed by a case ending of `tables/name_endings.txt`; a
two-word name is also found with its words swapped (Hungarian "Orbán Viktor" for
"Viktor Orbán"). Only names: a one-word quote ("Iran" is not "Iranian"), a quote with a
lower-case word (a title, a sentence) or in a script without case (Arabic, Chinese) is
left to `locate`'s own levels.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

from visitx.core.datafiles import entries, read_sections
from visitx.core.textfold import fold

__all__ = ["inflected_name"]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PIECE = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[\s\u00a0\u00ad'’-]*")  # what may stand between two words of a name
_MOST_WORDS = 4
_LAST_VOWELS = "аaoeьиyя"  # a stem's last vowel the ending replaces (й folds to и)
_MIN_STEM = 3


@functools.cache
def _endings() -> dict[str, frozenset[str]]:
    sections = read_sections("name_endings.txt")
    return {
        name: frozenset(fold(line, accents=False) for line in entries(body))
        for name, body in sections.items()
    }


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _inflects(name_word: str, word: str) -> bool:
    """Whether the article's `word` is `name_word` with a case ending (both folded)."""
    if word == name_word:
        return True
    endings = _endings()
    own = endings["cyrillic" if _is_cyrillic(name_word) else "latin"]
    stems = [name_word]
    if name_word[-1] in _LAST_VOWELS and len(name_word) > _MIN_STEM:
        stems.append(name_word[:-1])
    if name_word[-1] == "ь" and len(name_word) == _MIN_STEM:  # "Ёль" -> "Ёлем": the sign goes
        stems.append(name_word[:-1])
    for stem in stems:
        shortest = _MIN_STEM - (stem != name_word and name_word[-1] == "ь")
        if len(stem) >= shortest and word.startswith(stem) and word[len(stem) :] in own:
            return True
    rest = word[len(name_word) :]
    if word.startswith(name_word) and len(rest) == 3 and rest[0] == name_word[-1]:
        return rest[1:] in endings["doubled"]  # Lavrov -> Lavrovval, ping -> pinggel
    if name_word.endswith("nen") and len(name_word) > 5:
        stem = name_word[:-3] + "s"
        return word.startswith(stem) and word[len(stem) :] in endings["finnish_nen"]
    return False


def _name_words(quote: str) -> list[tuple[str, str]] | None:
    """(as written, folded) of each word piece of a name of 2-4 capitalised words, else
    None (a hyphen splits a word: "Csin-ping" is two pieces)."""
    words = _WORD.findall(quote)
    if not 2 <= len(words) <= _MOST_WORDS or len(" ".join(words)) < len(quote.strip()) - 2:
        return None
    if not all(w[0].isupper() and len(w) > 1 for w in words):
        return None
    pieces = [(p, fold(p, accents=False)) for w in words for p in _PIECE.findall(w)]
    if not all(_PIECE.fullmatch(folded) for _, folded in pieces):
        return None
    return pieces


def _runs(words: list[tuple[str, str]], text: str) -> Iterator[tuple[int, int]]:
    """Where the article writes the pieces `words` in order, each inflected. Only the places
    where a word starts with the first piece's first letters are read (a stem keeps them)."""
    n = len(words)
    start = re.compile(rf"(?<!\w){re.escape(words[0][0][:_MIN_STEM])}", re.IGNORECASE)
    for m in start.finditer(text):
        run = [(fold(p.group(), accents=False), p.start(), p.end())
               for p in itertools.islice(_PIECE.finditer(text, m.start()), n)]  # fmt: skip
        if len(run) < n:
            continue
        if not all(_inflects(w, a[0]) for (_, w), a in zip(words, run, strict=True)):
            continue
        if all(_GAP.fullmatch(text[a[2] : b[1]]) for a, b in itertools.pairwise(run)):
            yield run[0][1], run[-1][2]


def inflected_name(quote: str, text: str) -> list[tuple[int, int]]:
    """The [start, end) of each place where the article writes the name `quote` inflected
    (or, for two words, swapped); [] when `quote` is no name of 2-4 capitalised words.

    Example:
        >>> text = "16 мая состоялись переговоры Владимира Путина и Си Цзиньпина."
        >>> [text[s:e] for s, e in inflected_name("Владимир Путин", text)]
        ['Владимира Путина']
        >>> text = "Orbán Viktor Pozsonyban tárgyalt Robert Ficóval."
        >>> [text[s:e] for q in ("Robert Fico", "Viktor Orbán") for s, e in inflected_name(q, text)]
        ['Robert Ficóval', 'Orbán Viktor']
        >>> inflected_name("Iran Air", "Iranian airlines"), inflected_name("Iran", "Irana")
        ([], [])
    """
    words = _name_words(quote)
    if words is None:
        return []
    hits = list(_runs(words, text))
    if not hits and len(words) == 2:
        hits = list(_runs(words[::-1], text))
    return hits
