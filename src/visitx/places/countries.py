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
unified, tatweel dropped, digits as ASCII), then every space, ZWNJ, hyphen, dot
and quote removed, so
``Bosna-Hersek``/``Bosna Hersek`` and ``U.S.``/``US`` share a key.

Precedence, highest first:

1. **Blocked** strings (``_country_aliases.BLOCKED``: supranational bodies,
   states without an ISO code, regions, historical states, names shared by
   several countries such as ``Korea``/``Congo``) always give ``None``.
2. **Codes**: an input that is exactly two or three ASCII letters and an ISO
   alpha-2/alpha-3 code (or ``XK``/``XKX``) gives that country, in any case;
   the caller only passes country fields, so ``IN`` and ``NO`` are codes. Only
   a name in the caller's ``language`` beats it (Vietnamese ``Nga`` = Russia).
3. **Names**: CLDR territory names of :data:`CLDR_LOCALES` (through Babel),
   pycountry's English and translated ISO names, and the curated names and
   demonym base forms of ``_country_aliases``.
4. **Generated** forms: inflections of tier 3 (German adjective endings,
   Russian adjective and case endings, French/Spanish/Arabic gender and number,
   Turkish/Azerbaijani ``-lı``, Persian ``-ی``), used only for keys that no
   name claims, so a generated form never shadows a real name.

A key names a country only if all its entries of the best tier agree; if they
disagree it is ambiguous (``None``). With ``language``, only that language's
entries vote when it has any, which breaks ties between languages.

Ordinary words are no countries (:mod:`visitx.places.matching`): a key that is a
common word of another language (``tables/common_words.txt``) names its country only
for a query in a language that names it with that key (Latvian ``Čada`` is Chad,
Spanish ``cada`` "each"), unless it is an English name or a hand-made abbreviation.

A query that misses is retried without a leading article (``the``, ``la``,
``die`` ...), without a suffix after an apostrophe (``Türkiye'nin``, ``Iran's``)
and with the Arabic article ``ال`` removed or added. If it still misses and its
key has at least :data:`FUZZY_MIN_LENGTH` characters, one typo (a letter added,
dropped or two swapped) is tolerated under the strict conditions of
:func:`~visitx.places.matching.fuzzy`, never within one edit of a common word.

The index is built on the first call (under a second; Babel, pycountry and
rapidfuzz are only imported then), so ``import visitx`` stays cheap; after that
a call costs a normalisation and a dict lookup (~10 µs), and repeated strings
are memoised (<1 µs).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator

from visitx.places.matching import (
    CODE_SHAPE,
    EDGE_PUNCT,
    Entry,
    Index,
    common_words,
    compress,
    fold_name,
    fuzzy,
    key_of,
    lookup_key,
    query_keys,
    resolve_entries,
)

__all__ = ["CLDR_LOCALES", "FUZZY_MIN_LENGTH", "KOSOVO", "country_code"]

KOSOVO = "XKX"
"""User-assigned alpha-3 code for Kosovo (alpha-2 ``XK``), used by the EU and IMF."""

FUZZY_MIN_LENGTH = 7
"""Shortest key (after normalisation) for which one typo is tolerated."""

# Locales whose CLDR territory names are indexed. All ~1,100 Babel locales take
# about 3 s to load, so the list is restricted to languages that matter for
# international news (tr, fa, ar, de, ru, fr, es, en, az, uz, kk, zh, ja, ko,
# ps first), plus the script and regional variants whose names differ.
# fmt: off
CLDR_LOCALES: tuple[str, ...] = (
    "tr", "fa", "fa_AF", "ar", "de", "de_CH", "ru", "fr", "fr_CA", "es", "es_419",
    "en", "en_GB", "az", "az_Cyrl", "uz", "uz_Cyrl", "uz_Arab", "kk", "kk_Arab",
    "zh", "zh_Hant", "zh_Hant_HK", "ja", "ko", "ps", "ur", "ku", "ckb", "ky", "tg",
    "tk", "mn", "ug", "ka", "hy", "uk", "be", "pl", "cs", "sk", "hu", "ro", "bg",
    "sr", "sr_Latn", "hr", "bs", "sl", "mk", "sq", "el", "it", "pt", "pt_PT", "nl",
    "sv", "nb", "da", "fi", "et", "lv", "lt", "ca", "he", "hi", "bn", "pa",
    "pa_Arab", "id", "ms", "vi", "th", "fil", "sw", "am", "ha", "so", "ta", "ne",
    "my", "km", "lo", "si",
)
# fmt: on

# gettext domains of pycountry (ISO names translated by Debian iso-codes) for
# the core news languages; the key is the language tag used in the index.
_ISO_TRANSLATIONS = {"zh": "zh_CN"} | {
    lang: lang
    for lang in ("tr", "fa", "ar", "de", "ru", "fr", "es", "az", "uz", "kk", "ja", "ko", "ps", "uk")
}

_BLOCKED, _NAME, _GENERATED = 0, 1, 2
_ANY_LANGUAGE = ""

# Aliases callers may pass for `language`: Dari and Iranian Persian share
# CLDR's `fa`, Pashto variants share `ps`, and two deprecated ISO 639 codes.
_LANGUAGE_ALIASES = {"prs": "fa", "pes": "fa", "pbt": "ps", "pbu": "ps", "iw": "he", "in": "id"}


def _base_language(language: str | None) -> str | None:
    if not language:
        return None
    base = language.strip().replace("-", "_").split("_", 1)[0].lower()
    return _LANGUAGE_ALIASES.get(base, base)


class _Builder:
    """Collects (key → entries) from every source, then compiles an Index."""

    def __init__(self, valid_codes: set[str]) -> None:
        self.valid_codes = valid_codes
        self.entries: defaultdict[str, set[Entry]] = defaultdict(set)
        self.name_keys: set[str] = set()
        self._keys: dict[str, str] = {}  # CLDR repeats most names across locales

    def add(self, text: str, tier: int, code: str | None, language: str) -> str:
        if code is not None and code not in self.valid_codes:
            raise ValueError(f"unknown ISO alpha-3 code {code!r} for {text!r}")
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = key_of(text)
        if key:
            self.entries[key].add((tier, code, language))
        return key

    def add_name(self, name: str, code: str, language: str) -> None:
        """Add a name plus the short form before a comma or parenthesis.

        ``Iran, Islamic Republic of`` and ``Myanmar (Burma)`` are common in ISO
        and CLDR data; the short form ``Korea`` of two names ends up ambiguous.
        """
        for text in {name, re.split(r"\s*[,(（]", name, maxsplit=1)[0]}:
            self.name_keys.add(self.add(text, _NAME, code, language))

    def compile(self, codes: dict[str, str], curated: frozenset[str]) -> Index:
        """The index; keys of `curated` (hand-made abbreviations) are never demoted as words."""
        plain: dict[str, str | None] = {}
        by_language: dict[str, dict[str, str | None]] = {}
        by_shape: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        words = common_words()
        for key, entries in self.entries.items():
            by_shape[key[0], len(key)].append(key)
            naming = {language for _, code, language in entries if code is not None}
            if key not in curated and words.demoted(key, naming):
                # An ordinary word elsewhere: a country only in the languages naming it.
                plain[key] = default = None
            elif len({code for _, code, _ in entries}) == 1:  # most keys: nothing to resolve
                plain[key] = next(iter(entries))[1]
                continue
            else:
                plain[key] = default = resolve_entries(entries)
            overrides: dict[str, str | None] = {}
            for language in {entry[2] for entry in entries} - {_ANY_LANGUAGE}:
                chosen = resolve_entries(e for e in entries if e[2] in (language, _ANY_LANGUAGE))
                if chosen != default:
                    overrides[language] = chosen
            if overrides:
                by_language[key] = overrides
        code_overrides: dict[str, dict[str, str]] = {}
        for key in codes.keys() & self.entries.keys():
            for language in {entry[2] for entry in self.entries[key]} - {_ANY_LANGUAGE}:
                chosen = by_language.get(key, {}).get(language, plain[key])
                if chosen is not None and chosen != codes[key]:
                    code_overrides.setdefault(key, {})[language] = chosen
        return Index(
            plain=plain,
            by_language=by_language,
            by_shape=dict(by_shape),
            codes=codes,
            code_overrides=code_overrides,
            name_keys=frozenset(self.name_keys),
        )


def _cldr_names() -> Iterator[tuple[str, str, str]]:
    """(alpha-2, name, language) for every territory name of CLDR_LOCALES."""
    import pickle

    from babel import localedata  # imported here, like every heavy dependency, to keep
    # `import visitx` cheap: nothing below runs before the first country_code() call

    for identifier in CLDR_LOCALES:
        language = identifier.split("_", 1)[0]
        # Each locale's own file only: a variant holds just the names that differ
        # from its parent, which is indexed anyway, and merging the inherited data
        # would triple the cost. Not `localedata.load(merge_inherited=False)`: it
        # caches the unmerged data under the locale's name for every Babel user.
        with open(localedata.resolve_locale_filename(identifier), "rb") as file:
            data = pickle.load(file)
        for alpha2, name in data.get("territories", {}).items():
            yield alpha2, name, language


def _iso_names() -> Iterator[tuple[str, str, str]]:
    """(alpha-3, name, language) from pycountry's English and translated names."""
    import gettext

    import pycountry

    translators: dict[str, Callable[[str], str]] = {"en": str}
    for language, domain in _ISO_TRANSLATIONS.items():
        translation = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[domain], fallback=True
        )
        translators[language] = translation.gettext
    for country in pycountry.countries:
        for language, translate in translators.items():
            translated_short = key_of(re.split("[,،(]", translate(country.name), maxsplit=1)[0])
            for field in ("name", "official_name", "common_name"):
                english = getattr(country, field, None)
                translated = translate(english) if english else None
                if not translated or (translated == english and language != "en"):
                    continue
                # iso-codes has a few official names filed under the wrong
                # country (fa "State of Eritrea" -> "Palestine"): keep a
                # translated official name only if it contains the short name.
                mislabeled = language != "en" and translated_short not in key_of(translated)
                if field == "official_name" and mislabeled:
                    continue
                yield country.alpha_3, translated, language


def _table(text: str) -> Iterator[tuple[str, str]]:
    """(code, form) pairs of a ``_country_aliases`` table block."""
    for line in text.splitlines():
        code, _, forms = line.strip().partition(" ")
        if code and not code.startswith("#"):
            for form in forms.split(","):
                if form.strip():
                    yield code, form.strip()


@functools.cache
def _index() -> Index:
    import pycountry

    from visitx.places import aliases

    alpha3_of = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    alpha3_of["XK"] = KOSOVO
    builder = _Builder(set(alpha3_of.values()))

    for line in aliases.BLOCKED.splitlines():
        if not line.startswith("#"):
            for text in line.split(","):
                builder.add(text, _BLOCKED, None, _ANY_LANGUAGE)

    names: list[tuple[str, str, str]] = []  # (code, name, language)
    for alpha2, name, language in _cldr_names():
        if alpha2 in alpha3_of:  # skip regions (001, 150), EU, EZ, UN, QO, ZZ
            names.append((alpha3_of[alpha2], name, language))
    names.extend(_iso_names())
    for language, text in aliases.NAMES.items():
        names.extend((code, name, language) for code, name in _table(text))
    for code, name, language in names:
        builder.add_name(name, code, language)

    demonyms = [
        (code, form, language)
        for language, text in aliases.DEMONYMS.items()
        for code, form in _table(text)
    ]
    for code, form, language in demonyms:
        builder.add(form, _NAME, code, language)
        for derived in aliases.forms_from_demonym(form, language):
            builder.add(derived, _GENERATED, code, language)
    for code, name, language in names:
        for derived in aliases.forms_from_name(name, language):
            builder.add(derived, _GENERATED, code, language)
    codes = {alpha2.lower(): alpha3 for alpha2, alpha3 in alpha3_of.items()}
    codes.update((alpha3.lower(), alpha3) for alpha3 in alpha3_of.values())
    # Hand-made abbreviations (`U.S.A.`, `ABŞ`, `KSA`) are never ordinary words.
    curated = frozenset(
        key_of(form)
        for table in (aliases.NAMES, aliases.DEMONYMS)
        for text in table.values()
        for _, form in _table(text)
        if form.isupper() or "." in form
    )
    return builder.compile(codes, curated)


@functools.lru_cache(maxsize=16384)
def _lookup(name: str, language: str | None) -> str | None:
    index = _index()
    raw = name.strip(EDGE_PUNCT)
    if CODE_SHAPE.fullmatch(raw) and raw.lower() in index.codes:
        # Exact ASCII codes win over names (``IN``, ``NO``, ``rus``), except a
        # name in the caller's language (Vietnamese ``Nga`` is Russia, not NGA).
        overrides = index.code_overrides.get(raw.lower(), {})
        return overrides.get(language or "", index.codes[raw.lower()])
    folded = fold_name(name)
    found, code = lookup_key(index, compress(folded), language)
    if found:  # the common case: skip the article/suffix variants
        return code
    keys = query_keys(folded, lambda key: lookup_key(index, key, language)[1])
    for key in keys:
        found, code = lookup_key(index, key, language)
        if found:
            return code
    # A word of the query that is itself a country name (`Ireland` in a misspelt
    # `Republic of Ireland`) outvotes a typo reading that lands on another country.
    named = {lookup_key(index, compress(word), language)[1] for word in folded.split()}
    named.discard(None)
    written = compress(folded)
    for key in keys:
        # A typo is tolerated in what was written, not in a key lengthened by an
        # added Arabic article (`خیابان` "street" is no typo of `الیابان`, Japan).
        added_article = key.startswith("ال") and not written.startswith("ال")
        if len(key) >= FUZZY_MIN_LENGTH and not added_article:
            code = fuzzy(index, key, language)
            if code is not None:
                return code if not named or named == {code} else None
    return None


def country_code(name: str, *, language: str | None = None) -> str | None:
    """Return the ISO 3166-1 alpha-3 code of the country `name` refers to.

    `name` may be a country's name or short name in any of the indexed
    languages, a demonym or adjective (``russischen``, ``İranlı``, ``الروسية``),
    a usual abbreviation (``ABD``, ``ОАЭ``, ``U.S.``) or an ISO alpha-2/alpha-3
    code in any case. Case, Latin diacritics, Arabic/Persian letter variants,
    leading articles, surrounding punctuation and Turkish case suffixes after an
    apostrophe are ignored. Kosovo is ``XKX``.

    Args:
        name: A country field as it appears in news text.
        language: Optional BCP 47 / ISO 639 tag of the text (``"tr"``,
            ``"fa-IR"``, ``"prs"``). It only breaks ties between languages that
            read the same string differently.

    Returns:
        The alpha-3 code, or ``None`` for unknown strings, entities without an
        ISO code (``KKTC``), regions and cities, supranational bodies (``EU``,
        ``NATO``) and ambiguous strings (``Korea``, ``Congo``).

    Example:
        >>> country_code("Türkiye'nin")
        'TUR'
        >>> country_code("russischen"), country_code("ОАЭ"), country_code("Korea")
        ('RUS', 'ARE', None)
    """
    if not name or not name.strip():
        return None
    return _lookup(name, _base_language(language))
