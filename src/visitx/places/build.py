"""Compile the country index from its sources into ``tables/country_index.json.gz``.

Sources: CLDR territory names of :data:`CLDR_LOCALES` (through Babel), pycountry's
English and translated ISO names, the curated tables (``tables/country_names.txt``,
``country_demonyms.txt``, ``country_blocked.txt``, ``country_sovereigns.txt``) and the
common words (``tables/common_words.txt``). Run after editing a table or upgrading
Babel or pycountry (a test fails until the shipped file matches a rebuild):

    python -m visitx.places.build

See :mod:`visitx.places.countries` for the precedence of the tiers and
:mod:`visitx.places.matching` for the ordinary-word rules applied here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from visitx.core import datafiles
from visitx.core.datafiles import read_sections
from visitx.places import aliases, cases
from visitx.places.index import INDEX_FILE, Index, dump_index
from visitx.places.matching import (
    COMMON_ZIPF,
    SUPPORTED_LANGUAGES,
    CommonWords,
    Entry,
    common_words,
    fold_name,
    key_of,
    kin_of,
    resolve_entries,
)
from visitx.places.rivals import (
    ANY_LANGUAGE,
    code_words,
    code_words_elsewhere,
    false_friends_of,
    language_overrides,
    letters,
    outvoted,
)
from visitx.places.sources import CLDR_LOCALES, cldr_names, iso_names
from visitx.places.ties import tie_keys

__all__ = ["CLDR_LOCALES", "KOSOVO", "build_index", "main", "table"]

KOSOVO = "XKX"
"""User-assigned alpha-3 code for Kosovo (alpha-2 ``XK``), used by the EU and IMF."""

BLOCKED_TIER, NAME_TIER, GENERATED_TIER = 0, 1, 2
CLITIC_LANGUAGES = frozenset({"ar", "he"})
"""Languages whose conjunctions and prepositions are written on a name's front."""
# A name whose short form would be cut from its middle: words after a parenthesis
# (`Cocos (Keeling) Islands`), or only "island(s)" after an inverting comma (`Salomon,
# Îles`, `Comores, Islas`).
_TRUNCATED = re.compile(r"^[^,(（]+[(（][^)）]*[)）]\s*\S|^[^,(（]+,\s*(?:Îles?|Islas?|Islands?)$")
_NON_WORD = re.compile(r"[^\w]+")


def table(text: str) -> Iterator[tuple[str, str]]:
    """(code, form) pairs of a curated table block (``CODE form, form``)."""
    for line in datafiles.entries(text):
        code, _, forms = line.partition(" ")
        for form in forms.split(","):
            if form.strip():
                yield code, form.strip()


class _Builder:
    """Collects (key → entries) from every source, then compiles an Index."""

    def __init__(self, valid_codes: set[str]) -> None:
        self.valid_codes = valid_codes
        self.entries: defaultdict[str, set[Entry]] = defaultdict(set)
        self.name_keys: set[str] = set()
        self.spaced: set[str] = set()  # Latin names with word breaks, for abbreviations
        self._keys: dict[str, str] = {}  # CLDR repeats most names across locales
        self.demonym_keys: set[str] = set()  # keys the demonym tables wrote (`saudi`)
        self.demonym_forms: set[str] = set()  # keys inflected from them (`indias`, `saudis`)
        self.accented: set[str] = set()  # Latin keys of a form with accents (`peru`: Perú)
        self.letters: dict[str, set[str]] = {}  # key -> the non-ASCII letters of its forms
        self.spelled: set[str] = set()  # keys of some form not in capitals (`Fas`, not `EAU`)
        self.declined: set[str] = set()  # keys of a name's case form (`Saksasta`, `Rosji`)

    def add(self, text: str, tier: int, code: str | None, language: str) -> str:
        if code is not None and code not in self.valid_codes:
            raise ValueError(f"unknown ISO alpha-3 code {code!r} for {text!r}")
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = key_of(text)
        if key:
            self.entries[key].add((tier, code, language))
            if code is not None and not (text.isupper() or "." in text):
                self.spelled.add(key)
            if code is not None and key.isascii() and not text.isascii():
                self.accented.add(key)
            if code is not None and not text.isascii():
                self.letters.setdefault(key, set()).update(letters(text))
            if tier != GENERATED_TIER and key.isascii() and len(key) > 3:
                self.spaced.add(" ".join(_NON_WORD.sub(" ", fold_name(text)).split()))
        return key

    def add_name(self, name: str, code: str, language: str) -> None:
        """Add a name plus the short form before a comma or parenthesis.

        ``Iran, Islamic Republic of`` and ``Myanmar (Burma)`` are common in ISO
        and CLDR data; the short form ``Korea`` of two names ends up ambiguous. No
        short form is cut from the middle of a name (``Cocos (Keeling) Islands``: bare
        ``Cocos`` is coconuts) or from before the islands of an inverted one (``Salomon,
        Îles``: bare ``Salomon`` is Solomon).
        """
        texts = {name}
        if not _TRUNCATED.search(name):
            texts.add(re.split(r"\s*[,(（]", name, maxsplit=1)[0])
        for text in texts:
            self.name_keys.add(self.add(text, NAME_TIER, code, language))

    def is_name(self, key: str) -> bool:
        """Whether `key` is a country's name (not a demonym) where it matters.

        Where a language with date tables names it, one of those must name it as a name:
        `Filipina` is Indonesian for the Philippines but only a Spanish demonym form.
        """
        if key not in self.name_keys:
            return False
        entries = self.entries[key]
        supported = {language for _, code, language in entries if code} & SUPPORTED_LANGUAGES
        named = {language for tier, code, language in entries if code and tier == NAME_TIER}
        return not supported or bool(named & supported)

    def rivalled(self, key: str) -> bool:
        """Whether a rarer word of another language outvotes `key`: a name rare at home, or
        a plural generated from a country's name (German `Jerseys`, `Guineas`, `Chiles`:
        English jerseys, guineas, chiles). A country has no plural; its people do
        (`Filipinos`, `Saudis` stay)."""
        return self.plural(key) or self.is_name(key) or self.declined_only(key)

    def declined_only(self, key: str) -> bool:
        """Whether `key` is only a case form of a name (`cases`): a rarer word of another
        language outvotes it as it does a name (English `butane`, no Serbian `Butane`)."""
        generated = all(tier == GENERATED_TIER for tier, code, _ in self.entries[key] if code)
        return generated and key in self.declined

    def plural(self, key: str) -> bool:
        """Whether `key` is only a plural generated from a country's name (`Jerseys`)."""
        generated = all(tier == GENERATED_TIER for tier, code, _ in self.entries[key] if code)
        singular = key[:-1]
        plural = generated and key.endswith("s") and singular in self.name_keys
        plural = plural and key not in self.demonym_forms  # Spanish `indias`: Indian women
        return plural and singular not in self.demonym_keys  # `Saudi`: a name and a people

    def compile(
        self, codes: dict[str, str], curated: dict[str, str], sovereigns: dict[str, str]
    ) -> Index:
        """The index; `curated` maps keys of hand-made upper-case abbreviations to codes."""
        words = common_words()
        false_friends, spellings = false_friends_of(self.letters)
        plain: dict[str, str | None] = {}
        by_language: dict[str, dict[str, str | None]] = {}
        candidates: dict[str, tuple[str, ...]] = {}
        abbreviations: dict[str, str] = {}
        for key, entries in self.entries.items():
            naming = {language for _, code, language in entries if code is not None}
            named_codes = {code for _, code, _ in entries if code is not None}
            # Only the full lists: the rarer words are rivals of names read without a
            # language, never a reason to read `UAE`, `prc` in capitals only.
            foreign = words.languages_using(key, COMMON_ZIPF) - naming - kin_of(naming)
            if key in curated and named_codes == {curated[key]} and foreign:
                # `ABŞ`, `ROK`: an abbreviation in capitals, a word (`abs`, `rok`) otherwise.
                plain[key] = default = None
                abbreviations[key] = curated[key]
            elif key not in curated and self._ordinary(
                key, naming, words, false_friends, spellings
            ):
                # An ordinary word elsewhere: a country only in the languages naming it.
                plain[key] = default = None
            elif len({code for _, code, _ in entries}) == 1:  # most keys: nothing to resolve
                plain[key] = default = next(iter(entries))[1]
            else:
                plain[key] = default = resolve_entries(entries)
            if default is None and len(named_codes) > 1:
                candidates[key] = tuple(sorted(named_codes))
            is_name = key in self.name_keys
            overrides = language_overrides(key, entries, default, naming, words, is_name)
            # False friends: a word of the query's language that means something else
            # there (Italian `chino`, "bent", is Spanish for Chinese).
            overrides |= dict.fromkeys(false_friends.get(key, set()) - naming)

            if overrides:
                by_language[key] = overrides
        # `Nigera`: Nigeria? An abbreviation only written in capitals (`RSA`) is no name
        # a word misspells (Spanish `rusa`).
        capitals_only = curated.keys() - self.spelled
        tie_keys(self.entries, self.name_keys - capitals_only, plain, by_language)
        code_overrides: dict[str, dict[str, str]] = {}
        for key in codes.keys() & self.entries.keys():
            for language in {entry[2] for entry in self.entries[key]} - {ANY_LANGUAGE}:
                chosen = by_language.get(key, {}).get(language, plain[key])
                if chosen is not None and chosen != codes[key]:
                    code_overrides.setdefault(key, {})[language] = chosen
        return Index(
            plain=plain,
            by_language=by_language,
            codes=codes,
            code_overrides=code_overrides,
            name_keys=frozenset(self.name_keys),
            candidates=candidates,
            abbreviations=abbreviations,
            sovereigns=sovereigns,
            spaced="|".join(sorted(self.spaced)),
            words=" ".join(sorted(words.keys - {k for k, v in plain.items() if v is not None})),
            code_words=code_words(codes, CommonWords(aliases.common_word_peaks())),
            code_words_elsewhere=code_words_elsewhere(codes),
            short_names=self._short_names(curated),
            plain_english=" ".join(sorted(self._plain_english())),
            false_friends={key: " ".join(spelled) for key, spelled in sorted(spellings.items())},
            clitic_names=" ".join(sorted(self._clitic_names(plain))),
        )

    def _clitic_names(self, plain: dict[str, str | None]) -> set[str]:
        """Keys of names (not generated forms, not demonyms) in a language that writes its
        conjunctions and prepositions on the name (Arabic `بمصر`, Hebrew `בישראל`), of one
        country. A name the false-friend table lists for its language takes none, nor one of
        `tables/place_words.txt`'s names that take no clitic."""
        listed = aliases.false_friends()
        alone = read_sections("place_words.txt")["names that take no clitic"]
        friends = {key_of(word) for word in datafiles.entries(alone)}
        friends |= {key_of(word) for lang in CLITIC_LANGUAGES for word in listed.get(lang, ())}
        names = self.name_keys - self.demonym_keys - friends  # `ياباني` is a people's
        return {
            key
            for key, entries in self.entries.items()
            if plain.get(key) is not None
            and key in names
            and any(t == NAME_TIER and c and lang in CLITIC_LANGUAGES for t, c, lang in entries)
        }

    def _ordinary(
        self,
        key: str,
        naming: set[str],
        words: CommonWords,
        false_friends: dict[str, set[str]],
        spellings: dict[str, list[str]],
    ) -> bool:
        """Whether `key` is an ordinary word, read as a country only with a language naming
        it: a common word elsewhere (`CommonWords.demoted`), a plural of a name that is a
        false friend (Portuguese `perus`, turkeys, is no German genitive of Peru: a country
        has no plural), or a kin language's false friend as frequent as the name (`مالت`)."""
        return (
            words.demoted(key, naming, is_name=self.rivalled(key))
            or (self.plural(key) and key in false_friends)
            or (not spellings.get(key) and outvoted(key, naming, false_friends, words))
        )

    def _plain_english(self) -> set[str]:
        """Latin keys English names, that no form of any language writes with diacritics."""
        english = {
            key
            for key, entries in self.entries.items()
            if any(code and language == "en" for _, code, language in entries)
        }
        return {key for key in english if key.isascii() and key not in self.accented}

    def _short_names(self, curated: dict[str, str]) -> dict[str, str]:
        """Latin key of at most three letters -> its naming languages (``^`` first when
        every entry is a curated upper-case abbreviation), for `short_key_answers`."""
        found: dict[str, str] = {}
        for key, entries in sorted(self.entries.items()):
            if len(key) > 3 or not (key.isascii() and key.isalpha()):
                continue
            naming = sorted({language for _, code, language in entries if code})
            if naming:
                marker = ["^"] if key in curated and key not in self.spelled else []
                found[key] = " ".join(marker + naming)
        return found


def build_index() -> Index:
    """Compile the index from every source (about a second)."""
    import pycountry

    from visitx.core.datafiles import read_text
    from visitx.places import aliases

    alpha3_of = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    alpha3_of["XK"] = KOSOVO
    builder = _Builder(set(alpha3_of.values()))

    for line in datafiles.entries(aliases.BLOCKED):
        for text in line.split(","):
            builder.add(text, BLOCKED_TIER, None, ANY_LANGUAGE)

    names: list[tuple[str, str, str]] = []  # (code, name, language)
    for alpha2, name, language in cldr_names():
        if alpha2 in alpha3_of:  # skip regions (001, 150), EU, EZ, UN, QO, ZZ
            names.append((alpha3_of[alpha2], name, language))
    names.extend(iso_names())
    for language, text in aliases.NAMES.items():
        names.extend((code, name, language) for code, name in table(text))
    for code, name, language in names:
        builder.add_name(name, code, language)

    demonyms = [
        (code, form, language)
        for language, text in aliases.DEMONYMS.items()
        for code, form in table(text)
    ]
    for code, form, language in demonyms:
        builder.demonym_keys.add(builder.add(form, NAME_TIER, code, language))
        for derived in aliases.forms_from_demonym(form, language):
            builder.demonym_forms.add(builder.add(derived, GENERATED_TIER, code, language))
    for code, name, language in names:
        for derived in aliases.forms_from_name(name, language):
            key = builder.add(derived, GENERATED_TIER, code, language)
            if language in cases.DECLINING:
                builder.declined.add(key)
    codes = {alpha2.lower(): alpha3 for alpha2, alpha3 in alpha3_of.items()}
    codes.update((alpha3.lower(), alpha3) for alpha3 in alpha3_of.values())
    # Hand-made abbreviations (`U.S.A.`, `ABŞ`, `KSA`): never demoted as words, but
    # read only in capitals where they are one (`ABŞ` and German `abs`).
    curated = {
        key_of(form): code
        for table_text in (aliases.NAMES, aliases.DEMONYMS)
        for text in table_text.values()
        for code, form in table(text)
        if form.isupper() or "." in form
    }
    sovereigns = {
        territory: sovereign for sovereign, territory in table(read_text("country_sovereigns.txt"))
    }
    return builder.compile(codes, curated, sovereigns)


def index_path() -> Path:
    """Where the shipped index file lives in the source tree."""
    return Path(__file__).resolve().parents[1] / "tables" / INDEX_FILE


def main() -> None:
    """Rebuild ``tables/country_index.json.gz`` from the sources."""
    content = dump_index(build_index())
    index_path().write_bytes(content)
    print(f"wrote {index_path()} ({len(content):,} bytes)")


if __name__ == "__main__":
    main()
