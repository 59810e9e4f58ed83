"""Where a key of the country index is another language's word (`places.build`).

Per-language overrides of a key's reading (Turkish `belge` is "document", French
`belge` Belgian), false friends used about as often as the name (`مالت`), the ISO codes
that are common words (`and`), and the letters that tell spellings apart. The common-word
lists and their rules are `places.matching`'s `CommonWords`.
"""

from __future__ import annotations

import unicodedata

from visitx.places import aliases
from visitx.places.matching import (
    COMMON_ZIPF,
    SUPPORTED_LANGUAGES,
    ZIPF_MARGIN,
    CommonWords,
    Entry,
    key_of,
    kin_of,
    resolve_entries,
)

__all__ = [
    "ANY_LANGUAGE",
    "code_words",
    "code_words_elsewhere",
    "false_friends_of",
    "language_overrides",
    "letters",
    "outvoted",
]

ANY_LANGUAGE = ""
"""The language of an entry that holds in every language (the blocked words)."""


def false_friends_of(
    key_letters: dict[str, set[str]],
) -> tuple[dict[str, set[str]], dict[str, list[str]]]:
    """Key -> the languages where it is a false friend, and key -> the false friends
    written with letters no country's form of the key has (Polish `ginęli`).

    `key_letters`: key -> the non-ASCII letters of the countries' forms of it.
    """
    false_friends: dict[str, set[str]] = {}
    spellings: dict[str, list[str]] = {}
    for language, listed in aliases.false_friends().items():
        for word in sorted(listed):
            key = key_of(word)
            false_friends.setdefault(key, set()).add(language)
            spelled = spellings.setdefault(key, [])
            if not letters(word) <= key_letters.get(key, set()):
                spelled.append(unicodedata.normalize("NFC", word.lower()))
    return false_friends, spellings


def outvoted(
    key: str, naming: set[str], false_friends: dict[str, set[str]], words: CommonWords
) -> bool:
    """Whether a false friend of a language with date tables is used about as often as the
    name (Zipf within 0.3): Arabic `مالت` "malt" (3.2) and Persian `مالت`, Malta (3.3),
    languages that otherwise share their country words. Without a language it is unsure,
    unless the two are spelt apart (Persian `مراکش`, Morocco; Arabic `مراكش`, Marrakesh)."""
    named = max((words.zipf(key, language) for language in naming), default=0.0)
    friends = false_friends.get(key, set()) & SUPPORTED_LANGUAGES
    rival = max((words.zipf(key, language) for language in friends), default=0.0)
    return bool(named and rival) and round(named - rival, 1) <= ZIPF_MARGIN


def letters(text: str) -> set[str]:
    """The non-ASCII letters of `text` in lower case (accented Latin, Arabic, Cyrillic)."""
    return {char for char in unicodedata.normalize("NFC", text.lower()) if not char.isascii()}


def code_words(codes: dict[str, str], words: CommonWords) -> dict[str, dict[str, float]]:
    """Lower-case code -> language -> Zipf, for the codes that are common words (``and``)."""
    found: dict[str, dict[str, float]] = {}
    for code in sorted(codes):
        uses = {lang: words.zipf(code, lang) for lang in sorted(words.words)}
        uses = {lang: zipf for lang, zipf in uses.items() if zipf >= COMMON_ZIPF}
        if uses:
            found[code] = uses
    return found


def code_words_elsewhere(codes: dict[str, str]) -> dict[str, dict[str, float]]:
    """Lower-case code -> language -> Zipf, for the codes that are words of the languages
    with no full word list (``tables/code_words.txt``: Swedish ``tur``, Romanian ``sau``)."""
    found: dict[str, dict[str, float]] = {}
    for language, words in sorted(aliases.code_words_elsewhere().items()):
        for code in sorted(words.keys() & codes.keys()):
            found.setdefault(code, {})[language] = words[code]
    return found


def language_overrides(
    key: str,
    entries: set[Entry],
    default: str | None,
    naming: set[str],
    words: CommonWords,
    is_name: bool,
) -> dict[str, str | None]:
    """Language -> code where a query in that language reads `key` differently."""
    overrides: dict[str, str | None] = {}
    for language in {entry[2] for entry in entries} - {ANY_LANGUAGE}:
        chosen = resolve_entries(e for e in entries if e[2] in (language, ANY_LANGUAGE))
        if chosen != default:
            overrides[language] = chosen
    if default is not None and "en" not in naming:
        # A common word of the query's language that this language uses for no country:
        # Turkish `belge` is "document" (French `belge` is Belgian).
        # Languages with their own demonym tables: Italian `italiano` is also the
        # Spanish word for Italian, and Arabic `روس` the Persian word for Russians.
        # Other languages only for a country name no naming language uses as a word:
        # Ukrainian `мали` ("had") is rare in Russian, where `Мали` is Mali (demonyms and
        # their forms are shared: Portuguese `portuguesa` is the Spanish form too).
        # (the words below Zipf 4.0 are kept only as rivals: Russian `мали` at 3.x is still
        # unused, and a rival only where `CommonWords.rival` says so: `Deutschland` stays
        # Germany with `language="en"`, `Fas` is no Morocco there)
        unused = is_name and not any(
            words.zipf(key, language) >= COMMON_ZIPF for language in naming
        )
        for language in words.languages_using(key) - naming:
            short = len(key) <= 3 and key.isascii()  # `fas`, `cad`: English rarer words
            if not (words.rival(key, language, naming, is_name=is_name or short)):
                continue
            if unused or (language in SUPPORTED_LANGUAGES and language not in kin_of(naming)):
                overrides[language] = None
    return overrides
