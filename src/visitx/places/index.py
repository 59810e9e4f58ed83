"""The compiled country index and its compact data file ``tables/country_index.json.gz``.

`python -m visitx.places.build` compiles the index from its sources (CLDR through Babel,
pycountry, the curated tables, the common words) and writes it here; `country_code`
loads the file on its first call, which costs a decompression, one JSON parse and a
split per country (~20 ms instead of the ~0.6 s build, and no Babel or pycountry
import). `tests/places/test_country_index_file.py` checks that the shipped file equals
a rebuild from the sources, so an edited table or an upgraded Babel/pycountry cannot go
unnoticed.

File layout (JSON, gzip'd with a zero timestamp so a rebuild is byte-identical):

* ``plain``: code -> space-separated keys that name it (``""`` for keys that name no
  country: blocked, ambiguous or ordinary words); a key starting with ``*`` is a name
  (a typo target), not a demonym or generated form.
* ``by_language``: key -> language -> code (or null) where that language reads it differently.
* ``codes``, ``code_overrides``: ISO codes and the names in a language that beat them.
* ``candidates``: key -> the countries an ambiguous key may name (``Saint Martin``).
* ``abbreviations``: key -> code of curated upper-case abbreviations that are also
  ordinary words (``ABŞ``/German ``abs``, ``ROK``/Polish ``rok``): read only in capitals.
* ``sovereigns``: territory -> its sovereign state (``GUM`` -> ``USA``).
* ``spaced``: ``|``-separated Latin names with their word breaks (``papua new guinea``),
  for abbreviated queries; ``words``: space-separated keys of common words. Both are
  split only when a query needs them.
* ``code_words``: lower-case ISO code -> language -> Zipf frequency, for the codes that
  are also common words (``and``, Turkish ``ben``): read as codes in capitals only, or
  where they are no frequent word (see ``countries.code_is_word``).
* ``code_words_elsewhere``: the same for the languages with no full word list
  (``tables/code_words.txt``: Swedish ``tur`` "luck"), read only for a query in that
  language.
* ``plain_english``: space-separated keys that English names and no language writes
  with diacritics (``german``, ``jordan``, not ``peru``: Spanish ``Perú``); a query with
  diacritics is not one of them (Spanish ``Germán``, ``Jordán``: see
  ``countries.accent_fits``).
* ``false_friends``: key -> the words of ``tables/country_false_friends.txt`` with that
  key, in lower case, that are written with diacritics no country's form of the key has
  (``gineli``: Polish ``ginęli``): so written, the query is that word in any language
  (see ``countries.accent_fits``).
* ``short_names``: Latin key of at most three letters that names a country -> the
  languages naming it, ``"^"`` first when every one of them is a curated upper-case
  abbreviation (``EAU``, ``RF``): see ``countries.short_key_answers``.
"""

from __future__ import annotations

import functools
import gzip
import json
from typing import Any

__all__ = ["INDEX_FILE", "Index", "dump_index", "load_index"]

INDEX_FILE = "country_index.json.gz"
_NONE = ""


class Index:
    """Compiled lookup tables (a plain class: NamedTuple would cost ms at import)."""

    def __init__(
        self,
        *,
        plain: dict[str, str | None],  # key -> code, None if blocked, ambiguous or a word
        by_language: dict[str, dict[str, str | None]],  # key -> language -> code if different
        codes: dict[str, str],  # lower-case alpha-2/alpha-3 -> alpha-3
        code_overrides: dict[str, dict[str, str]],  # "nga" -> {"vi": "RUS"} (Vietnamese Nga)
        name_keys: frozenset[str],  # keys of names (not demonyms): the only typo targets
        candidates: dict[str, tuple[str, ...]] | None = None,
        abbreviations: dict[str, str] | None = None,
        sovereigns: dict[str, str] | None = None,
        spaced: str = "",
        words: str = "",
        code_words: dict[str, dict[str, float]] | None = None,
        code_words_elsewhere: dict[str, dict[str, float]] | None = None,
        short_names: dict[str, str] | None = None,
        plain_english: str = "",
        false_friends: dict[str, str] | None = None,
        clitic_names: str = "",
    ) -> None:
        self.plain, self.by_language, self.codes = plain, by_language, codes
        self.code_overrides, self.name_keys = code_overrides, name_keys
        self.candidates = candidates or {}
        self.abbreviations = abbreviations or {}
        self.sovereigns = sovereigns or {}
        self.spaced_text, self.words_text = spaced, words
        self.code_words = code_words or {}  # "and" -> {"en": 7.4, ...}: codes that are words
        self.code_words_elsewhere = code_words_elsewhere or {}  # "tur" -> {"sv": 5.4, ...}
        self.short_names = short_names or {}  # "fas" -> "tr", "eau" -> "^ es fr"
        self.plain_english_text = plain_english
        self.false_friends = false_friends or {}  # "gineli" -> "ginęli": words as written
        self.clitic_names_text = clitic_names

    @functools.cached_property
    def clitic_names(self) -> frozenset[str]:
        """Keys of Arabic and Hebrew names of one country (``مصر``, ``ישראל``), which a
        conjunction or preposition may be written on (``بمصر``, ``בישראל``)."""
        return frozenset(self.clitic_names_text.split())

    @functools.cached_property
    def plain_english(self) -> frozenset[str]:
        """Keys English names that no form writes with diacritics (``german``)."""
        return frozenset(self.plain_english_text.split())

    @functools.cached_property
    def by_shape(self) -> dict[tuple[str, int], list[str]]:
        """(first character, length) -> keys, for the typo check (built on first use)."""
        return _shapes(self.plain)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Keys of the common words of the supported languages."""
        return frozenset(self.words_text.split())

    @functools.cached_property
    def words_by_shape(self) -> dict[tuple[str, int], list[str]]:
        """(first character, length) -> common-word keys."""
        return _shapes(self.words)

    @functools.cached_property
    def spaced(self) -> list[tuple[str, str]]:
        """(a Latin name with single spaces between its words, its key), for abbreviations."""
        return [(name, name.replace(" ", "")) for name in self.spaced_text.split("|") if name]


def _shapes(keys: Any) -> dict[tuple[str, int], list[str]]:
    shapes: dict[tuple[str, int], list[str]] = {}
    for key in keys:
        shapes.setdefault((key[0], len(key)), []).append(key)
    return shapes


def dump_index(index: Index) -> bytes:
    """The compact, deterministic file content of `index`."""
    grouped: dict[str, list[str]] = {}
    for key in sorted(index.plain):
        code = index.plain[key]
        grouped.setdefault(code or _NONE, []).append("*" + key if key in index.name_keys else key)
    data = {
        "plain": {code: " ".join(keys) for code, keys in sorted(grouped.items())},
        "by_language": index.by_language,
        "codes": index.codes,
        "code_overrides": index.code_overrides,
        "candidates": {key: list(codes) for key, codes in index.candidates.items()},
        "abbreviations": index.abbreviations,
        "sovereigns": index.sovereigns,
        "spaced": index.spaced_text,
        "words": index.words_text,
        "code_words": index.code_words,
        "code_words_elsewhere": index.code_words_elsewhere,
        "short_names": index.short_names,
        "plain_english": index.plain_english_text,
        "false_friends": index.false_friends,
        "clitic_names": index.clitic_names_text,
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def load_index(content: bytes) -> Index:
    """The index stored in `content` (as written by :func:`dump_index`)."""
    data = json.loads(gzip.decompress(content))
    plain: dict[str, str | None] = {}
    names: list[str] = []
    for code, keys in data["plain"].items():
        value = code or None
        for stored in keys.split(" "):
            key = stored.lstrip("*")
            if key != stored:
                names.append(key)
            plain[key] = value
    return Index(
        plain=plain,
        by_language=data["by_language"],
        codes=data["codes"],
        code_overrides=data["code_overrides"],
        name_keys=frozenset(names),
        candidates={key: tuple(codes) for key, codes in data["candidates"].items()},
        abbreviations=data["abbreviations"],
        sovereigns=data["sovereigns"],
        spaced=data["spaced"],
        words=data["words"],
        code_words=data.get("code_words", {}),
        code_words_elsewhere=data.get("code_words_elsewhere", {}),
        short_names=data.get("short_names", {}),
        plain_english=data.get("plain_english", ""),
        false_friends=data.get("false_friends", {}),
        clitic_names=data.get("clitic_names", ""),
    )
