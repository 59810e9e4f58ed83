"""How `country_code` matches a query against the country index.

The index (built in `places.countries`) maps normalized *keys* to countries. This
module holds what a query goes through: the normalization shared with the index
(`fold_name`, `compress`; the variants of a query tried in turn are `places.variants`), the
language tie-break (`lookup_key`), the typo tolerance (`fuzzy`), and the guard
against ordinary words (`CommonWords`).

Ordinary words are the common words of the supported languages
(`tables/common_words.txt`, from wordfreq's frequency lists: Zipf >= 4.0, and below
that, to Zipf 2.5, only the words that are index keys; see `CommonWords.rival`). A key
that is such a word in a language that does not name the country with it (Latvian
`Čada` is Chad, Spanish `cada` is "each"; German `Island` is Iceland, English
`island` is not; the German genitive `Islands`) names the country only for a query in
a language that does; so does a Latin key of at most three letters that only
languages without date tables name (Vietnamese `Úc`, Australia), and never for
typos. A query that is a common word, or one edit from one, is never corrected
into a country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping

from visitx.core.textfold import fold
from visitx.places.index import Index

__all__ = [
    "CODE_SHAPE", "COMMON_ZIPF", "EDGE_PUNCT", "OWN_NAME_ZIPF", "SUBSTITUTION_MIN_LENGTH",
    "SUPPORTED_LANGUAGES", "ZIPF_MARGIN", "CommonWords",
    "Entry", "common_words", "compress",
    "fold_name", "fuzzy", "key_of", "kin_of", "lookup_key", "near_common_word",
    "one_edit", "resolve_entries",
]  # fmt: skip

# Everything that is not part of a word: whitespace, ASCII and general
# punctuation (quotes, dashes, ZWNJ, bidi controls), CJK and Arabic punctuation.
_NON_WORD = re.compile(
    r"[\s!-/:-@\[-`{-~\u00a1-\u00bf\u2000-\u206f\u3000-\u303f\u30fb"
    r"\u060c\u061b\u061f\u066a-\u066d\u06d4\ufe00-\ufe0f]+"
)
EDGE_PUNCT = " \t\n.,;:!?\"'()[]{}<>«»“”„…-–—*"

CODE_SHAPE = re.compile("[A-Za-z]{2,3}")


def fold_name(text: str) -> str:
    """Case-fold and strip accents and script variants, keeping word breaks; the
    Devanagari nukta is dropped too (Hindi `फ्रांस` and CLDR's `फ़्रांस` are one name)."""
    return fold(text, accents=False).replace("\u093c", "").strip(EDGE_PUNCT)


def compress(folded: str) -> str:
    """Drop spaces and punctuation from a folded string to get an index key."""
    return _NON_WORD.sub("", folded)


def key_of(text: str) -> str:
    """The index key of a name or query."""
    return compress(fold_name(text))


# How much more often (in Zipf units: 0.3 is twice) a word must be used in a language
# that does not name a country with it than in one that does, to be that word there.
# Below it the two are the same word (`روس`, Russians, in Persian and in Arabic).
ZIPF_MARGIN = 0.3
COMMON_ZIPF = 4.0
"""Zipf frequency of the full word lists; below it `tables/common_words.txt` keeps only the
words that are index keys (German `ungern`, `malte`, English `tunis`), as rivals."""
OWN_NAME_ZIPF = 4.85
"""A name this frequent in a language naming it (`Deutschland` 5.8, `Italia` 5.9, `España`
5.5, `Suisse` 4.9) is that language's word for the country, not outvoted by a rarer word
of another language; names less frequent at home (`Malte` 3.7, `Maurice` 4.4, `Granada`
4.5, `Hollande` 4.8: first names, cities, a president) are."""


class CommonWords:
    """Keys of common words, with their Zipf frequency in each language."""

    def __init__(self, words: dict[str, dict[str, float]]) -> None:
        self.words = words  # language -> key -> Zipf frequency
        self.keys: frozenset[str] = frozenset().union(*words.values())

    @functools.cached_property
    def by_shape(self) -> dict[tuple[str, int], list[str]]:
        """(first character, length) -> keys, for the typo check (built on first use)."""
        shapes: dict[tuple[str, int], list[str]] = {}
        for key in self.keys:
            shapes.setdefault((key[0], len(key)), []).append(key)
        return shapes

    def zipf(self, key: str, language: str) -> float:
        """The Zipf frequency of `key` in `language` (0.0 when it is no common word)."""
        return self.words.get(language, {}).get(key, 0.0)

    def rival(self, key: str, language: str, naming: set[str], *, is_name: bool) -> bool:
        """Whether `language`'s use of `key` as a word speaks against the names `naming`.

        A word of the full lists always does. A rarer word (below Zipf 4.0, kept only
        because it is a key) does not outvote a name among its own language's most
        frequent words (`Deutschland`, de 5.8, stays Germany whatever English text does
        with it), nor a demonym (`Filipinos`, `Mongols`: English words for the same
        people); it does outvote a name rarer at home (`Malte`, fr 3.7; `Maurice`).
        """
        zipf = self.zipf(key, language)
        if zipf >= COMMON_ZIPF:
            return True
        return bool(zipf) and is_name and self.home(key, naming) < OWN_NAME_ZIPF

    def home(self, key: str, naming: set[str]) -> float:
        """The highest Zipf of `key` in `naming` or in languages that are no rivals of them.

        Languages without date tables are no rivals of a name of one with them, and use
        the word the same way (Italian `italiano` and Spanish `italiano`).
        """
        supported = bool(naming & SUPPORTED_LANGUAGES)
        return max(
            (zipf for language, listed in self.words.items()
             if (zipf := listed.get(key, 0.0))
             and (language in naming or (supported and language not in SUPPORTED_LANGUAGES))),
            default=0.0,
        )  # fmt: skip

    def languages_using(self, key: str, min_zipf: float = 0.0) -> set[str]:
        """The languages in which `key` is a common word (at least `min_zipf`)."""
        return {
            language for language, listed in self.words.items() if listed.get(key, -1.0) >= min_zipf
        }

    def demoted(self, key: str, naming: set[str], *, is_name: bool = True) -> bool:
        """Whether `key`, named by the languages `naming`, is an ordinary word elsewhere.

        It is when a language that does not name a country with it uses it at least
        twice as often as every language that does (`island`: English 5.0, German 4.5;
        `cada`), or when it is a common word of a supported language that neither names
        it nor shares its vocabulary with one that does (Turkish `belge`, "document", is
        French for Belgian; English `hint` is Turkish for Indian), so a country name
        only other languages share stays one (`Mali` in Turkish, where `mali` is also
        "financial"; Arabic and Persian `روس`). An English name is never demoted:
        frequency lists of other languages hold English names as borrowed proper nouns
        (`Austria` in German, `Bahrain` in Arabic text).
        """
        if "en" in naming:
            return False  # English names are what country fields are written in
        if key in self.keys:
            # A name in a supported language yields only to a supported language's word
            # (Turkish `Fas`, Morocco, stays one whatever Portuguese `fãs` is).
            rivals = SUPPORTED_LANGUAGES if naming & SUPPORTED_LANGUAGES else None
            kin = kin_of(naming)
            named = max((self.zipf(key, language) for language in naming), default=0.0)
            other = 0.0
            for language, listed in self.words.items():
                zipf = listed.get(key, 0.0)
                if language in naming or not (rivals is None or language in rivals):
                    continue
                # Nor is a Latin key of three letters outvoted by a rarer word (lower-case
                # lists hold acronyms there: English `fas`; Turkish `Fas`, Morocco, stays
                # one; with `language="en"` it is None).
                short = len(key) <= 3 and key.isascii()
                if not self.rival(key, language, naming, is_name=is_name) or (
                    short and zipf < COMMON_ZIPF
                ):
                    continue
                other = max(other, zipf)
                if zipf and language in SUPPORTED_LANGUAGES and language not in kin:
                    return True  # a word of a supported language of its own
            if round(other - named, 1) > ZIPF_MARGIN:  # Zipf values have one decimal
                return True
        short_latin = len(key) <= 3 and key.isascii() and key.isalpha()
        return short_latin and not naming & SUPPORTED_LANGUAGES


def kin_of(naming: set[str]) -> set[str]:
    """The languages that share their country words with one of `naming`."""
    return {language for group in _KIN for language in group if naming & group}


# Languages that share their words for countries (a Persian name is an Arabic word for
# the same country), so one's list never demotes the other's name.
_KIN = (
    frozenset({"fa", "ar", "ps", "ur", "ku", "ckb"}),
    frozenset({"ru", "uk", "be", "kk", "ky", "bg"}),
)


SUPPORTED_LANGUAGES = frozenset(
    {"en", "tr", "de", "fr", "es", "ru", "az", "uz", "kk", "fa", "ps", "ar", "zh", "ja", "ko"}
)
"""Languages with date tables: a name in one of them is a name, whatever its length."""


@functools.cache
def common_words() -> CommonWords:
    """The common words of `tables/common_words.txt` (read on first use)."""
    from visitx.places import aliases

    return CommonWords(aliases.common_words())


def near_common_word(key: str, index: Index) -> bool:
    """Whether `key` is a common word or one Damerau edit from one that names no country."""
    if key in index.words:
        return True
    return any(
        index.plain.get(word) is None  # `germany` is a word, and a country
        for word, _ in one_edit(key, index.words_by_shape)
    )


def one_edit(
    key: str,
    by_shape: Mapping[tuple[str, int], list[str]],
    deltas: tuple[int, ...] = (-1, 0, 1),
) -> Iterator[tuple[str, int]]:
    """(word, its length) of the words of `by_shape` ((first character, length) -> words)
    one Damerau edit from `key` that start with its first character, found lazily, their
    lengths `len(key) + delta` in the order of `deltas`."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    for length in (len(key) + delta for delta in deltas):
        for word, _, _ in process.extract(
            key,
            by_shape.get((key[0], length), ()),
            scorer=DamerauLevenshtein.distance,
            score_cutoff=1,
            limit=None,
        ):
            yield word, length


SUBSTITUTION_MIN_LENGTH = 12
"""Shortest key in which a changed letter is tolerated (``Bosnia and herzegowina``):
shorter words of related languages differ from country names by one letter
(Romanian ``duminica``, Sunday, and ``Dominica``)."""

# (tier, code or None, language): one source naming a key.
Entry = tuple[int, str | None, str]


def resolve_entries(entries: Iterable[Entry]) -> str | None:
    """Code named by the best tier of `entries`, or None if blocked/ambiguous."""
    entries = list(entries)
    best = min(tier for tier, _, _ in entries)
    codes = {code for tier, code, _ in entries if tier == best}
    return codes.pop() if len(codes) == 1 else None


def lookup_key(index: Index, key: str, language: str | None) -> tuple[bool, str | None]:
    """(found, code) for one key, applying the language tie-break."""
    if key not in index.plain:
        return False, None
    if language is not None:
        overrides = index.by_language.get(key)
        if overrides is not None and language in overrides:
            return True, overrides[language]
    return True, index.plain[key]


def fuzzy(
    index: Index, key: str, language: str | None, deltas: tuple[int, ...] = (-1, 0, 1)
) -> tuple[str, list[str]] | None:
    """The single country one typo away from `key` with its neighbour keys, or None.

    A neighbour is any key one letter added, dropped or two swapped away (changed
    only in keys of SUBSTITUTION_MIN_LENGTH or more: `duminica` is Romanian for Sunday,
    not a slip for `Dominica`) that starts
    with the same character (``Siberia`` is not a typo of ``Liberia``) and is not `key` with a
    character added or removed at the end, which is how demonyms and
    inflections are formed (``Dominican`` is not ``Dominica``). At least one
    neighbour must be a country name, and all neighbours must agree: a blocked,
    ambiguous or second country among them means no guess. And `key` must be
    neither a common word of the supported languages nor one edit from one:
    `service` is an English word, never a typo of a country. `deltas` are the
    neighbours' lengths less `key`'s (`(1,)`: only a letter dropped from a name).
    """
    from rapidfuzz.distance import Levenshtein

    if near_common_word(key, index):
        return None
    outcomes: set[str | None] = set()
    neighbours: list[str] = []
    named = False
    for neighbour, length in one_edit(key, index.by_shape, deltas):
        if neighbour.startswith(key) or key.startswith(neighbour):
            continue
        changed = length == len(key) and Levenshtein.distance(key, neighbour) == 1
        if changed and len(key) < SUBSTITUTION_MIN_LENGTH:
            continue  # a changed letter is how related languages spell other words
        outcomes.add(lookup_key(index, neighbour, language)[1])
        neighbours.append(neighbour)
        named = named or neighbour in index.name_keys
    code = outcomes.pop() if named and len(outcomes) == 1 else None
    return (code, neighbours) if code is not None else None
