"""Resolve country names, demonyms, abbreviations and codes to ISO 3166-1 alpha-3.

News text names countries in every language and shape: official and short
names (``Российская Федерация``, ``Rusya``), exonyms CLDR spells differently
(``Ruanda``), adjectives (``russischen``, ``الروسية``, ``ژاپنی``), abbreviations
(``ABD``, ``ОАЭ``, ``U.S.``) and codes (``tr``, ``RUS``). :func:`country_code`
maps them to one alpha-3 code (``XKX`` for Kosovo), or to ``None`` when the
string is not a country or could be more than one. Never a guess.

One index maps a *key* to the countries it may name. Index entries and queries
get the same normalisation (:func:`~visitx.places.matching.fold_name`,
:func:`~visitx.places.matching.compress`): the shared
``_textfold.fold`` without accents (case folding with Turkish ``İ``/``ı``,
Latin/Cyrillic diacritics and Arabic harakat dropped, Arabic-script variants
unified, tatweel dropped, digits as ASCII; here also the Devanagari nukta dropped),
then every space, ZWNJ, hyphen, dot
and quote removed, so
``Bosna-Hersek``/``Bosna Hersek`` and ``U.S.``/``US`` share a key.

Precedence, highest first:

1. **Blocked** strings (``tables/country_blocked.txt``: supranational bodies,
   states without an ISO code, regions, historical states, names shared by
   several countries such as ``Korea``/``Congo``) always give ``None``.
2. **Codes**: an input that is exactly two or three ASCII letters and an ISO
   alpha-2/alpha-3 code (or ``XK``/``XKX``) gives that country in capitals;
   the caller only passes country fields, so ``IN`` and ``NO`` are codes. In
   lower or title case it is a code unless it is a word (``and``, ``in``,
   Italian ``per``, Spanish ``mar``, French ``fin``, Turkish ``Ben`` with
   ``language="tr"``: see :func:`code_is_word`). Only a name in the caller's
   ``language`` beats it (Vietnamese ``Nga`` = Russia).
3. **Names**: CLDR territory names of :data:`CLDR_LOCALES` (through Babel),
   pycountry's English and translated ISO names, and the curated names and
   demonym base forms of ``tables/country_names.txt`` and ``country_demonyms.txt``.
4. **Generated** forms: inflections of tier 3 (German adjective endings,
   Russian adjective and case endings, French/Spanish/Arabic gender and number,
   Turkish/Azerbaijani ``-lı``, Persian ``-ی``), used only for keys that no
   name claims, so a generated form never shadows a real name.

A key names a country only if all its entries of the best tier agree; if they
disagree it is ambiguous (``None``). With ``language``, only that language's
entries vote when it has any, which breaks ties between languages.
A name not English that is one letter added, dropped or swapped inside the word from
another country's English name is ambiguous too (Latvian ``Nigera``, Niger, and
``Nigeria``: :mod:`visitx.places.ties`), except in the languages naming it.

Ordinary words are no countries (:mod:`visitx.places.matching`): a key that is a
common word of another language (``tables/common_words.txt``) names its country only
for a query in a language that names it with that key (Latvian ``Čada`` is Chad,
Spanish ``cada`` "each"), unless it is an English name or a hand-made abbreviation.
Below the common words the table keeps, down to Zipf 2.5, the rarer words that are
index keys (German ``ungern`` is Swedish for Hungary, English ``Tunis`` Croatian for
Tunisia): they outvote a name read without a language unless the name is among its own
language's most frequent words (``Deutschland``) or a demonym
(:meth:`~visitx.places.matching.CommonWords.rival`).

Short keys, plurals and accents (:func:`short_key_answers`, :func:`accent_fits`): a
Latin key of at most three letters that is no ISO code names its country in capitals,
with a ``language`` naming it, in Title Case when it is a name (Turkish ``Fas``), or as
a three-letter English abbreviation (``uae``), never as a lower-case word (``fas``,
``eau``, ``rf``); a plural generated from a country's name yields to a word of any
language (``jerseys``); one word with diacritics is none of the English names that no
language writes with them (Spanish ``Germán``, ``Jordán``).

False friends (``tables/country_false_friends.txt``, judged by hand from the words
each language's word list shares with other languages' country names): with
``language=`` set to the friend's language the word is ``None`` (Italian ``chino``
"bent", Dutch ``indien`` "if"); without a language it keeps its country, unless it is
written as its own language writes it and no country's form does (Polish ``ginęli``,
Arabic ``مراكش`` with ``ك``), or, between Arabic and Persian, the word is as frequent as
the name (``مالت``). No short form is cut from inside a name (``Cocos`` of ``Cocos
(Keeling) Islands``).

A field value that names something other than a country is ``None``: a person,
institution, river, state, food or currency whose name holds a country word
(``Bank of England``, ``Jordan Peterson``, ``Georgia (US state)``, ``Niger Delta``,
``Turkey sandwich``, ``Sudanese pound``), and a query that is itself a common word
naming no country. Curated abbreviations that are also words (``ABŞ``/German
``abs``, ``ROK``/Polish ``rok``) are read only in capitals.

A query that misses is retried without a leading article (``the``, ``la``,
``die`` ...), without a suffix after an apostrophe (``Türkiye'nin``, ``Iran's``),
with the Arabic article ``ال`` removed or added, then read a second way
(:mod:`visitx.places.readings`: mojibake repaired, ``X excluding Y``, a territory
qualified by its sovereign, a lower-case preposition before a declined name, ``во
Франции``, a Hebrew or Arabic clitic on a name, ``בישראל``, ``بمصر`` – also when the
whole is a common word –, abbreviated words). If it still misses and its key has
at least :data:`FUZZY_MIN_LENGTH` characters, one typo (a letter added, dropped or
two swapped; in keys of :data:`~visitx.places.matching.SUBSTITUTION_MIN_LENGTH` or
more also one changed; in a key one character shorter only a letter dropped from a
name, ``Kyrgystan``) is tolerated under the strict conditions of
:func:`~visitx.places.matching.fuzzy`, never within one edit of a common word.

The index is compiled ahead of time (``python -m visitx.places.build``) into
``tables/country_index.json.gz`` and loaded on the first call (~20 ms; no Babel or
pycountry import), so ``import visitx`` stays cheap; after that a call costs a
normalisation and a dict lookup (~10 µs), and repeated strings are memoised (<1 µs).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources

from visitx.core.once import once
from visitx.places import readings
from visitx.places.build import CLDR_LOCALES, KOSOVO
from visitx.places.index import INDEX_FILE, Index, load_index
from visitx.places.matching import (
    CODE_SHAPE,
    EDGE_PUNCT,
    SUPPORTED_LANGUAGES,
    compress,
    fold_name,
    fuzzy,
    lookup_key,
)
from visitx.places.variants import capitals_after_article, query_keys

__all__ = [
    "CLDR_LOCALES", "CODE_WORD_ZIPF", "CODE_WORD_ZIPF_ANY_LANGUAGE", "CODE_WORD_ZIPF_READ",
    "FUZZY_MIN_LENGTH", "KOSOVO", "code_is_word", "country_code",
    "accent_fits", "shipped_index", "short_key_answers",
]  # fmt: skip

FUZZY_MIN_LENGTH = 10
"""Shortest key (after normalisation) for which one typo is tolerated. Shorter words of
the word-list languages, rarer than its common words, and first names lie one edit from
names too often: Turkish `kanalda` "on the channel" and `Kanada`, Indonesian `kamarku`
"my room" and `Kamerun`, French `australe` "southern", `anguille` "eel", `Georgina`."""

_LANGUAGE_ALIASES = {"prs": "fa", "pes": "fa", "pbt": "ps", "pbu": "ps", "iw": "he", "in": "id"}
"""Aliases callers may pass for `language`: Dari and Iranian Persian share CLDR's `fa`,
Pashto variants share `ps`, and two deprecated ISO 639 codes."""


def _base_language(language: str | None) -> str | None:
    if not language:
        return None
    base = language.strip().replace("-", "_").split("_", 1)[0].lower()
    return _LANGUAGE_ALIASES.get(base, base)


@once  # one load per process, also when many batch workers ask at once
def shipped_index() -> Index:
    """The country index shipped in `tables/` (built by `visitx.places.build`), loaded once."""
    content = resources.files("visitx").joinpath("tables", INDEX_FILE).read_bytes()
    return load_index(content)


def _code(index: Index, raw: str, language: str | None) -> str | None:
    """An exact ISO code (``IN``, ``NO``, ``rus``), unless a name in `language` beats it."""
    overrides = index.code_overrides.get(raw.lower(), {})
    return overrides.get(language or "", index.codes[raw.lower()])


# A code written in lower or title case that is a word is that word (`and`, `in`,
# Turkish `Ben`, Italian `per`, Spanish `mar` "sea", English `lie`, `guy`), from these
# Zipf frequencies (wordfreq counts the capitals too: English `usa` 4.8 is mostly `USA`):
# in the query's language from CODE_WORD_ZIPF (three letters: every common word, Zipf
# 4.0; two letters from 4.5, since below that the lists hold abbreviations, `th`, `cc`,
# and the country's own, Turkish `tr`); without a language from CODE_WORD_ZIPF_READ in a
# language with date tables (French `fin`, German `tun`, English `ago`), from
# CODE_WORD_ZIPF_ANY_LANGUAGE in the other word-list languages (Italian `che`; Italian
# `fra`, Portuguese `deu`, Polish `pol` stay codes). The languages with no full word list
# count only for a query in them (`tables/code_words.txt`: Swedish `tur` "luck", Romanian
# `sau` "or", Danish `ind` "in"). In capitals it is a code. A code that English or the
# query's language names the country with is that country (`usa`).
CODE_WORD_ZIPF = {2: 4.5, 3: 4.0}
CODE_WORD_ZIPF_READ = {2: 5.0, 3: 5.0}
CODE_WORD_ZIPF_ANY_LANGUAGE = {2: 5.0, 3: 6.0}


def code_is_word(index: Index, raw: str, language: str | None) -> bool:
    """Whether `raw`, shaped as an ISO code, is read as a word of `language` instead."""
    code = raw.lower()
    uses = index.code_words.get(code, {})
    elsewhere = index.code_words_elsewhere.get(code, {}).get(language or "", 0.0)
    if raw.isupper() or not (uses or elsewhere):
        return False
    naming = index.short_names.get(code, "").split()
    if len(code) == 3 and ("en" in naming or language in naming):
        return False  # `usa`: an English name; Turkish `Fin` (Finnish) with `language="tr"`
    if language is not None:  # Swedish `tur` "luck" only with `language="sv"`
        return max(uses.get(language, 0.0), elsewhere) >= CODE_WORD_ZIPF[len(code)]
    read, other = CODE_WORD_ZIPF_READ[len(code)], CODE_WORD_ZIPF_ANY_LANGUAGE[len(code)]
    return any(
        zipf >= (read if lang in SUPPORTED_LANGUAGES else other) for lang, zipf in uses.items()
    )


def short_key_answers(index: Index, raw: str, key: str, language: str | None) -> bool:
    """Whether a Latin key of at most three letters may name its country as `raw` is written.

    Short keys are words of some language far too often (English `cad`, French `eau`,
    `rf`, the name part `abd`): in capitals, or with a `language` that names the key, it
    is that country; a curated abbreviation of another language than English (`EAU`,
    `VAE`, `ABD`) is read only so; a Title Case name (Turkish `Fas`, `Çad`) and an English
    abbreviation of three letters (`Uae`, `prc`) also without a language; a two-letter
    abbreviation that is no ISO code (`RF`) only in capitals or with a language naming it
    other than English (`rf` is radio frequency).
    """
    listed = index.short_names.get(key)
    if listed is None or raw.isupper():
        return True
    naming = set(listed.split())
    abbreviation = "^" in naming
    if abbreviation and len(key) == 2:
        return language in naming - {"en"}
    if language in naming:
        return True
    if raw[:1].isupper():
        return not abbreviation or "en" in naming
    return "en" in naming and len(key) == 3


def accent_fits(index: Index, raw: str, key: str) -> bool:
    """Whether `raw`'s diacritics may be those of a name of `key`.

    English writes no diacritics: a word with diacritics whose key only English names
    without them (and no language with them) is another word: Spanish `Germán` (a first
    name) and `Jordán` (the river) are no `German` or `Jordan`; Spanish `Perú` and
    Portuguese `egípcio` keep their country (their keys have accented forms). Nor is a
    false friend (``tables/country_false_friends.txt``) written as its own language writes
    it, with diacritics no country's form has, a country in any language (Polish `ginęli`
    "they perished" is no Turkish `Gineli`, `polonią` no Spanish `Polonia`). Names of
    several words are spelt in too many ways for that (`São Tomé and Príncipe` beside
    CLDR's `São Tomé & Príncipe`).
    """
    plain_letters = all(character.isascii() for character in raw if character.isalpha())
    if plain_letters or any(character.isspace() for character in raw):
        return True  # `Guinea–Bissau`: an en dash is no diacritic
    if unicodedata.normalize("NFC", raw.lower()) in index.false_friends.get(key, "").split():
        return False
    return key not in index.plain_english


@functools.lru_cache(maxsize=16384)
def _lookup(name: str, language: str | None) -> str | None:
    index = shipped_index()
    raw = readings.repair_mojibake(name).strip(EDGE_PUNCT)
    # `'Nam` (Vietnam) is no code `NAM`: a code starts with no apostrophe.
    quoted = name.lstrip()[:1] in "'’‘"
    is_code = CODE_SHAPE.fullmatch(raw) and raw.lower() in index.codes and not quoted
    if is_code and not code_is_word(index, raw, language):
        return _code(index, raw, language)
    folded = fold_name(raw)
    written = compress(folded)
    head = re.split("['’]", raw, maxsplit=1)[0]  # `ABD'ye`: a Turkish suffix after capitals
    if head.isupper() and (short := compress(fold_name(head))) in index.abbreviations:
        return index.abbreviations[short]  # `ABŞ`, `ROK`: in capitals only
    if written in index.false_friends and written not in index.plain:
        return None  # a false friend that is no key (`البنين`, "the sons"): no variant
    if not short_key_answers(index, raw, written, language) or not accent_fits(index, raw, written):
        return None
    found, code = lookup_key(index, written, language)
    if found:  # the common case: skip the article/suffix variants
        return code
    capitals = capitals_after_article(raw)  # `the US`, `die USA`: an abbreviation in capitals
    if capitals is not None:  # (not a bare code: `the PRI` is a Mexican party)
        after = compress(fold_name(capitals))
        code = index.abbreviations.get(after) or lookup_key(index, after, language)[1]
        if code is not None:
            return code

    def resolve(text: str) -> str | None:
        return _lookup(text, language) if text != raw else None

    def names(key: str) -> str | None:  # what a qualifier in parentheses names
        return lookup_key(index, key, language)[1] or index.abbreviations.get(key)

    keys = query_keys(folded, names)
    word = written in index.words
    for key in keys:
        if word and key.startswith("ال") and not written.startswith("ال"):
            continue  # `مان` is a word, not `المان` (Germans) without its article
        found, code = lookup_key(index, key, language)
        if found:
            return code
    if word:  # an ordinary word that names no country: no second reading, but a clitic
        return readings.after_proclitic(raw, resolve, index)  # on a name (`بمصر`)
    for reading in (
        readings.excluding,
        readings.sovereign_reading,
        readings.after_preposition,
        readings.after_proclitic,
    ):
        code = reading(raw, resolve, index)
        if code is not None:
            return code
    code = readings.abbreviated(raw, folded, index)
    if code is not None:
        return code
    return _typo(index, folded, keys, language)


def _typo(index: Index, folded: str, keys: list[str], language: str | None) -> str | None:
    """The one country a typo in a long query stands for, or None."""
    # A word of the query that is itself a country name (`Ireland` in a misspelt
    # `Republic of Ireland`) outvotes a typo reading that lands on another country,
    # unless that name is part of the one read (`Georgia` in `South Georgia and the
    # South Sandwichs Islands`).
    named = {
        compress(word): lookup_key(index, compress(word), language)[1] for word in folded.split()
    }
    written = compress(folded)
    # A typo makes a word that is no word: `Iran Air` and `Swiss Re` (a two-letter
    # abbreviation) hold none; a letter split off by a ZWNJ (`کره‌ی جنوبی`) is one.
    suspect = [
        word
        for word in named
        if word not in index.plain and (len(word) == 1 or word not in index.words)
    ]
    if len(named) > 1 and not [word for word in suspect if len(word) != 2]:
        return None
    for key in keys:
        # A typo is tolerated in what was written, not in a key lengthened by an
        # added Arabic article (`خیابان` "street" is no typo of `الیابان`, Japan).
        added_article = key.startswith("ال") and not written.startswith("ال")
        # One letter short of FUZZY_MIN_LENGTH, only a letter dropped from a name of
        # that length is read (`Kyrgystan`, `Azerbajan`): the neighbours are longer.
        deltas = (-1, 0, 1) if len(key) >= FUZZY_MIN_LENGTH else (1,)
        if len(key) >= FUZZY_MIN_LENGTH - 1 and not added_article:
            found = fuzzy(index, key, language, deltas)
            if found is not None:
                code, neighbours = found
                vetoes = [
                    word
                    for word, other in named.items()
                    if other not in (None, code) and not any(word in n for n in neighbours)
                ]
                return None if vetoes else code
    return None


def country_code(name: str, *, language: str | None = None) -> str | None:
    """Return the ISO 3166-1 alpha-3 code of the country `name` refers to.

    `name` may be a country's name or short name in any of the indexed
    languages, a demonym or adjective (``russischen``, ``İranlı``, ``الروسية``),
    a usual abbreviation (``ABD``, ``ОАЭ``, ``U.S.``) or an ISO alpha-2/alpha-3
    code (in lower or title case only where it is no word: ``and``, ``in``,
    Spanish ``mar`` give None). Case, Latin diacritics, Arabic/Persian letter
    variants, leading articles, surrounding punctuation and Turkish case suffixes
    after an apostrophe are ignored. Kosovo is ``XKX``.

    Args:
        name: A country field as it appears in news text.
        language: Optional BCP 47 / ISO 639 tag of the text (``"tr"``,
            ``"fa-IR"``, ``"prs"``). It only breaks ties between languages that
            read the same string differently.

    Returns:
        The alpha-3 code, or ``None`` for unknown strings, entities without an
        ISO code (``KKTC``), regions and cities, supranational bodies (``EU``,
        ``NATO``), ambiguous strings (``Korea``, ``Congo``), anything else named
        after a country (``Bank of England``, ``Georgia (US)``, ``Turkey
        sandwich``), common words that name a country only in another
        language (``belge`` without ``language="fr"``) and false friends in
        their own language (``chino`` with ``language="it"``: "bent").

    Example:
        >>> country_code("Türkiye'nin")
        'TUR'
        >>> country_code("russischen"), country_code("ОАЭ"), country_code("Korea")
        ('RUS', 'ARE', None)
    """
    if not name or not name.strip():
        return None
    return _lookup(name, _base_language(language))
