"""Whether a participant's name names someone: a name-like word, not only generic words.

A weak model copies any word of the article into a participant's name: "the", "A",
"delegation", "officials". Those are found in the article, so grounding cannot catch
them; they must not earn a visit its codes. A name counts when at least one of its words
is a name-like token: not a single letter, a number or punctuation, and not a word of
`tables/participant_words.txt` (the function words of the 14 languages and generic role
and collective nouns, in every language). When in doubt a name counts: "the Iranian
foreign minister", "Turkey's president", "Außenminister Wadephul", "US officials" do.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from visitx.core import datafiles
from visitx.core.clitics import Clitics, arabic_clitics
from visitx.core.datafiles import read_sections
from visitx.core.textfold import fold

__all__ = [
    "function_words",
    "is_name_like",
    "is_unspaced",
    "name_words",
    "reads_as_sentence",
    "visitor_and_host",
]

_TABLE = "participant_words.txt"
_WORD = re.compile(r"\w+")
_DOTTED_ACRONYM = re.compile(r"(?<!\w)(?:[A-Z]\.){2,}")
# A web address: a host name with a common top-level domain, maybe a scheme and a path.
_WEB_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*"
    r"\.(?:com|org|net|info|news|tv|gov|edu|ir|tr|de|ru|az|kz|uz|cn|jp|kr|fr|es|uk)"
    r"(?:\.[a-z]{2})?(?:/\S*)?",
    re.IGNORECASE,
)
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA")


@dataclass(frozen=True)
class _Words:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    pieces: tuple[str, ...]  # Chinese/Japanese entries, longest first

    def listed(self, word: str) -> bool:
        return word in self.exact or word.startswith(self.prefixes) or word.endswith(self.suffixes)


@functools.cache
def _words() -> _Words:
    exact: set[str] = set()
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    pieces: set[str] = set()
    for section in read_sections(_TABLE).values():
        for line in datafiles.entries(section):
            for entry in line.split():
                word = fold(entry.strip("*"), accents=False)
                if is_unspaced(word):
                    pieces.add(word)
                elif entry.endswith("*"):
                    prefixes.add(word)
                elif entry.startswith("*"):
                    suffixes.add(word)
                else:
                    exact.add(word)
    return _Words(
        exact=frozenset(exact),
        prefixes=tuple(sorted(prefixes)),
        suffixes=tuple(sorted(suffixes)),
        pieces=tuple(sorted(pieces, key=len, reverse=True)),
    )


@functools.cache
def function_words() -> frozenset[str]:
    """The folded words of the `## function <lang>` sections (articles, prepositions,
    conjunctions, pronouns): where a title before a name starts ("with", "с", "and")."""
    return frozenset(
        fold(word, accents=False)
        for tag, section in read_sections(_TABLE).items()
        if tag.startswith("function")
        for word in datafiles.words(section)
    )


def is_unspaced(text: str) -> bool:
    """Whether `text` has letters of a script written without spaces (Chinese, Japanese)."""
    return any(unicodedata.name(c, "").startswith(_UNSPACED) for c in text if c.isalpha())


@functools.lru_cache(maxsize=2)
def _folded(clitics: Clitics) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Folded conjunctions and folded clitic sequences that end with the article."""
    conjunctions = tuple(dict.fromkeys(fold(c, accents=False) for c in clitics.conjunctions))
    with_article = tuple(dict.fromkeys(fold(p, accents=False) for p in clitics.article_prefixes))
    return conjunctions, with_article


def _arabic_forms(word: str) -> list[str]:
    """`word`, without its conjunction, and without clitics that end with the article.

    The clitics are those of `tables/arabic_clitics.txt`; at least two letters are left.
    """
    conjunctions, with_article = _folded(arabic_clitics())
    forms = [word]
    if word.startswith(conjunctions) and len(word) > 3:
        forms.append(word[1:])
    forms += [word[len(p) :] for p in with_article if word.startswith(p) and len(word) - len(p) > 1]
    return forms


def _is_name_word(word: str, words: _Words) -> bool:
    """Whether one folded word of a name is name-like (see the module docstring)."""
    if is_unspaced(word):
        rest = word
        for piece in words.pieces:
            rest = rest.replace(piece, "")
        return any(c.isalpha() for c in rest)
    if len(word) < 2 or not any(c.isalpha() for c in word):
        return False
    return not any(words.listed(form) for form in _arabic_forms(word))


def is_name_like(name: str) -> bool:
    """Whether a participant's name holds at least one name-like word.

    A two-letter word in capitals is an acronym and counts ("US", "UN", "EU"), and so do
    capitals with full stops ("U.S. officials", "T.C. Başkonsolosluğu"). A web
    address alone ("Haberankara.com", the outlet's name at the foot of the page) names a
    site, not a participant, and a sentence of the article (`reads_as_sentence`) names
    no one.

    Example:
        >>> is_name_like("the delegation"), is_name_like("A"), is_name_like("1")
        (False, False, False)
        >>> is_name_like("Turkey's president"), is_name_like("US officials")
        (True, True)
    """
    if _WEB_ADDRESS.fullmatch(name.strip()) or reads_as_sentence(name):
        return False
    if any(len(w) == 2 and w.isalpha() and w.isupper() for w in _WORD.findall(name)):
        return True
    if _DOTTED_ACRONYM.search(name):
        return True
    words = _words()
    return any(_is_name_word(w, words) for w in _WORD.findall(fold(name, accents=False)))


# A name of this many words or more that ends a sentence, or twice as many, is a sentence.
_SENTENCE_WORDS = 7
_SENTENCE_END = (".", "!", "?", "。", "؟", "…")


def reads_as_sentence(name: str) -> bool:
    """Whether a participant's "name" is a sentence (or most of one) copied from the
    article: 7 words or more ending with a full stop, or 14 words or more. (SmolLM2-135M
    gave "Talks resumed in 2023 after a pause of almost two years, and a draft was
    circulated on 14 February 2024." as a visitor; found in the article, it earned the
    visit 036.) A long organisation's name ("Ministry of Foreign Affairs of the Republic
    of Azerbaijan", 9 words) ends with no full stop; one with "Co., Ltd." is short.

    Example:
        >>> reads_as_sentence("Talks resumed in 2023 after a pause of almost two years.")
        True
        >>> reads_as_sentence("Ministry of Foreign Affairs of the Republic of Azerbaijan")
        False
    """
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    ends = name.rstrip().endswith(_SENTENCE_END)
    return len(words) >= 2 * _SENTENCE_WORDS or (ends and len(words) >= _SENTENCE_WORDS)


def name_words(name: str) -> list[str]:
    """The name-like words of a name, folded (accents dropped), in order: what names
    someone in it (see `is_name_like`), without "the", "minister" or "delegation".

    Example:
        >>> name_words("the Iranian delegation"), name_words("Başkan Hakan Yılmazer")
        (['iranian'], ['hakan', 'yilmazer'])
    """
    words = _words()
    return [w for w in _WORD.findall(fold(name, accents=False)) if _is_name_word(w, words)]


def visitor_and_host(participants: Iterable[tuple[str, str]]) -> list[str]:
    """The names given both as a visitor and as a host, from (role, name) pairs, compared
    folded (case, spaces): the visitor travelled and the host received them, so one
    person in both roles is a draft that contradicts itself.

    Example:
        >>> visitor_and_host([("visitor", "William Ruto"), ("host", "WILLIAM  RUTO")])
        ['WILLIAM  RUTO']
        >>> visitor_and_host([("visitor", "Ruto"), ("host", "Luong Cuong")])
        []
    """
    pairs = [(role, name, " ".join(fold(name).split())) for role, name in participants]
    visitors = {key for role, _, key in pairs if role == "visitor"}
    return [name for role, name, key in pairs if role == "host" and key in visitors]
