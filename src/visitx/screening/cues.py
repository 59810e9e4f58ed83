"""The screen: could this article report an international visit, delegation or meeting?

It answers offline, with no model, from word lists: the cue lexicons in
`tables/cues/<language>.txt` (visit, delegation, talks, counterpart, ... in every language
visitx supports, with their inflections matched by word start), the titles of office listed
there, and the country names and demonyms visitx knows (its curated tables, CLDR's names
and the derived forms of `visitx.places.aliases`).

An article is kept (`relevant`) when it has a *strong* cue (visit, delegation, summit,
envoy, counterpart, ...), or a *weak* one (met, talks, signed, invited, postponed, ...)
together with a title of office or a country. The screen is meant to be generous: a
single sentence deep in the text is enough. All languages' cues are tried on every
article, since news mixes languages and language labels are often missing or wrong.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable

from visitx.core.datafiles import read_text
from visitx.core.textfold import fold

__all__ = ["CUE_LANGUAGES", "Screen", "screen"]

CUE_LANGUAGES = (
    "ar", "az", "de", "en", "es", "fa", "fr", "ja", "kk", "ko", "ru", "tr", "uz", "zh",
)  # fmt: skip
_KINDS = ("strong", "weak", "title")
_WORD = re.compile(r"\w+")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# Clitics written onto an Arabic-script word: conjunctions, prepositions, the article.
_ARABIC_CLITIC = re.compile("^(?:[وفبلک]?ال|لل|[وفبلک])(?=..)")
_KEY = 4  # prefix cues are indexed by their first four characters


@dataclasses.dataclass(frozen=True, slots=True)
class Screen:
    """What the screen decided about one article.

    Attributes:
        relevant: False only when the article cannot report a visit (no model is needed
            to know); True means "send it to the model".
        cues: what it found, in order: cue words as listed in the lexicon (`visit`,
            `görüş`), titles (`minister`), countries as ISO codes (`TUR`).
    """

    relevant: bool
    cues: tuple[str, ...] = ()


@dataclasses.dataclass
class _Lexicon:
    exact: dict[str, tuple[str, str]]  # folded word -> (kind, cue)
    prefix: dict[str, list[tuple[str, str, str]]]  # first _KEY chars -> (stem, kind, cue)
    short: dict[str, tuple[str, str]]  # stems shorter than _KEY chars
    anywhere: list[tuple[str, str, str]]  # (folded text, kind, cue), Latin and others
    anywhere_cjk: list[tuple[str, str, str]]  # only tried when the text has Han or kana
    cjk_countries: dict[str, list[tuple[str, str]]]  # language -> (folded name, code)
    names: dict[str, list[tuple[str, str]]]  # first word -> (longer country name, code)

    def add(self, entry: str, kind: str, cue: str) -> None:
        words = _WORD.findall(fold(entry.strip("=*"), accents=False))
        text = " ".join(words)  # as the article's words are joined for phrases
        if entry.startswith("*") or len(words) > 1:
            target = self.anywhere_cjk if _CJK.search(text) else self.anywhere
            target.append((text, kind, cue))
        elif entry.startswith("="):
            self.exact.setdefault(text, (kind, cue))
        elif len(text) < _KEY:
            self.short.setdefault(text, (kind, cue))
        else:
            self.prefix.setdefault(text[:_KEY], []).append((text, kind, cue))


def _entries(language: str) -> Iterable[tuple[str, str]]:
    kind = ""
    for raw in read_text(f"cues/{language}.txt").splitlines():
        line = raw.strip()
        if line.startswith("## "):
            kind = line[3:].strip()
            if kind not in _KINDS:
                raise ValueError(f"tables/cues/{language}.txt: unknown section {kind!r}")
        elif line and not line.startswith("#"):
            yield kind, line


@functools.cache
def _lexicon() -> _Lexicon:
    lex = _Lexicon({}, {}, {}, [], [], {}, {})
    for language in CUE_LANGUAGES:
        for kind, entry in _entries(language):
            lex.add(entry, kind, entry.strip("=*"))
    section = ""
    for line in read_text("cues/countries.txt").splitlines():
        if line.startswith("## "):
            section = line[3:]
            continue
        if not line or line.startswith("#"):
            continue
        code, _, form = line.partition(" ")
        # One-word names (and demonyms) match by word start, so that suffixes and
        # inflections (Türkiye'ye, Ирана, ایرانی) count; longer names as written.
        if section == "words":
            lex.prefix.setdefault(form[:_KEY], []).append((form, "country", code))
        elif section == "names":
            lex.names.setdefault(form.split(" ", 1)[0], []).append((form, code))
        else:  # Chinese and Japanese names, tried when the language says so
            lex.cjk_countries.setdefault(section, []).append((form, code))
    return lex


def _word_cue(lex: _Lexicon, word: str) -> tuple[str, str] | None:
    hit = lex.exact.get(word)
    if hit is not None:
        return hit
    for stem, kind, cue in lex.prefix.get(word[:_KEY], ()):
        if word.startswith(stem):
            return kind, cue
    return lex.short.get(word[:3]) or lex.short.get(word[:2])


class _Found:
    """Cues found so far, and whether they are enough."""

    def __init__(self) -> None:
        self.kinds: set[str] = set()
        self.cues: dict[str, None] = {}

    def add(self, kind: str, cue: str) -> bool:
        self.kinds.add(kind)
        self.cues.setdefault(cue, None)
        return self.enough

    @property
    def enough(self) -> bool:
        kinds = self.kinds
        return "strong" in kinds or ("weak" in kinds and bool(kinds & {"title", "country"}))


_FOLDED: dict[str, str] = {}
_MAX_FOLDED = 1 << 17


def _fold_word(word: str) -> str:
    folded = _FOLDED.get(word)
    if folded is None:
        if len(_FOLDED) >= _MAX_FOLDED:
            _FOLDED.clear()
        folded = _FOLDED[word] = fold(word, accents=False)
    return folded


def _words(text: str) -> list[str]:
    """The words of `text`, each folded (a word's fold is cached: news repeats words)."""
    if "İ" in text:
        text = text.replace("İ", "i")
    words = _WORD.findall(text.lower())
    if text.isascii():
        return words
    get = _FOLDED.get
    return [w if w.isascii() else (get(w) or _fold_word(w)) for w in words]


def _scan_words(lex: _Lexicon, words: list[str], folded: str, found: _Found) -> bool:
    for word in dict.fromkeys(words):
        hit = _word_cue(lex, word)
        if hit is None and word in lex.names:
            hit = next((("country", c) for n, c in lex.names[word] if n in folded), None)
        if hit is None and not word.isascii():
            bare = _ARABIC_CLITIC.sub("", word)
            if bare != word:
                hit = _word_cue(lex, bare)
        if hit is not None and found.add(*hit):
            return True
    return False


@functools.cache
def _pattern(group: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One regular expression for a group of anywhere-cues (one pass over the text)."""
    lex = _lexicon()
    if group == "latin":
        cues = lex.anywhere
    elif group == "cjk":
        cues = lex.anywhere_cjk
    else:
        cues = [(name, "country", code) for name, code in lex.cjk_countries.get(group, [])]
    found: dict[str, tuple[str, str]] = {}
    for text, kind, cue in cues:
        found.setdefault(text, (kind, cue))
    ordered = sorted(found, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)) or "(?!)"), found


def _scan_anywhere(lex: _Lexicon, folded: str, found: _Found, language: str | None) -> bool:
    groups = ["latin"]
    if _CJK.search(folded):
        groups += ["cjk", *([language] if language in lex.cjk_countries else [])]
    for group in groups:
        pattern, cues = _pattern(group)
        for match in pattern.finditer(folded):
            if found.add(*cues[match.group()]):
                return True
    return False


def screen(text: str, *, title: str | None = None, language: str | None = None) -> Screen:
    """Whether an article could report an international visit, decided offline.

    Args:
        text: the article.
        title: its headline, screened with the text.
        language: ISO 639-1 code. Cues of every language are tried whatever it says;
            for `zh` and `ja` it also turns on country names in that language (Chinese
            and Japanese have no spaces, so they are looked for one by one).

    Example:
        >>> screen("The Kazakh minister met his Turkish counterpart in Ankara.").relevant
        True
        >>> screen("Rain is expected on Sunday, with highs of 12 degrees.").relevant
        False
    """
    lex = _lexicon()
    words = _words(f"{title}\n{text}" if title else text)
    folded = " ".join(words)  # phrases and Chinese/Japanese cues are looked for in it
    found = _Found()
    relevant = _scan_words(lex, words, folded, found) or _scan_anywhere(
        lex, folded, found, language
    )
    return Screen(relevant=relevant, cues=tuple(found.cues))
