"""List the candidates of `tables/country_false_friends.txt` for judgement by hand.

A false friend is a word of language X that other languages use for a country but that
means something else in X (Italian `chino` "bent" is Spanish for Chinese). Candidates:
every key of the country index of more than three characters (shorter ones are left to
the short-key rules) that

* is a word of X's wordfreq list (`tables/common_words.txt`: Zipf 4.0 and up, or 2.5 and
  up for index keys),
* is named by other languages only (not by X, nor by a language sharing X's country
  words: Persian and Arabic, Russian and Ukrainian), and not by English (English names
  are borrowed with their meaning everywhere: `Jordan`, `british`),
* is none of the words X's CLDR locale writes in territory, language and currency names,
  with their Romance gender and number forms (Italian `cinese`, Portuguese `egípcia`,
  `cubanas`), and
* still answers a country with `language=X`.

Each printed line (language, key, code, Zipf in X, the naming languages) was judged: a
word that means something else in X goes into the table with its meaning; a country word
borrowed with the same meaning (English `deutsche`, `français`) or a cognate (Portuguese
`peruana`, Dutch `Thais`) stays out. On branch countries4 (2026-12-06), after the
table, it lists 112 candidates, all judged borrowed or cognate; the table's words no
longer appear (they answer None with their language).

    python bench/build_false_friends.py > candidates.tsv
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from visitx import country_code
from visitx.places import aliases
from visitx.places.build import table
from visitx.places.matching import common_words, key_of, kin_of
from visitx.places.sources import cldr_names, iso_names

_SPLIT = re.compile(r"[^\w\u200c]+")
_VARIANTS = {"pt": ("pt", "pt_PT"), "es": ("es", "es_419"), "fr": ("fr", "fr_CA")}
_GENDER = {
    "it": {"o": ("a", "i", "e"), "e": ("i",), "a": ("o", "i", "e")},
    "pt": {"o": ("a", "os", "as"), "a": ("o", "os", "as"), "es": ("esa", "eses", "esas"),
           "esa": ("es", "eses", "esas")},
    "es": {"o": ("a", "os", "as"), "a": ("o", "os", "as"), "es": ("esa", "eses", "esas")},
    "fr": {"": ("e", "s", "es"), "ien": ("ienne", "iennes"), "ais": ("aise", "aises")},
}  # fmt: skip


def _texts(language: str) -> Iterator[str]:
    from babel import Locale
    from babel.numbers import get_currency_name

    for identifier in _VARIANTS.get(language, (language,)):
        locale = Locale.parse(identifier)
        yield from locale.territories.values()
        yield from locale.languages.values()
        for currency in locale.currencies:
            for count in (1, 2, 5, 1.5):  # a count of each plural category
                yield get_currency_name(currency, count, locale)


def cldr_words(language: str) -> set[str]:
    """Keys of the words `language`'s CLDR locale writes in its names, with gender forms."""
    found: set[str] = set()
    for text in _texts(language):
        for word in _SPLIT.split(text):
            key = key_of(word)
            if key:
                found.add(key)
                for ending, others in _GENDER.get(language, {}).items():
                    if key.endswith(ending):
                        found.update(key[: len(key) - len(ending)] + other for other in others)
    return found


def naming_languages() -> dict[str, set[str]]:
    """Key -> the languages whose names, demonyms or their forms give it."""
    naming: defaultdict[str, set[str]] = defaultdict(set)
    names = [(name, language) for _, name, language in cldr_names()]
    names += [(name, language) for _, name, language in iso_names()]
    names += [(form, lang) for lang, text in aliases.NAMES.items() for _, form in table(text)]
    for name, language in names:
        for form in (name, re.split(r"\s*[,(（]", name, maxsplit=1)[0]):
            naming[key_of(form)].add(language)
        for form in aliases.forms_from_name(name, language):
            naming[key_of(form)].add(language)
    for language, text in aliases.DEMONYMS.items():
        for _, form in table(text):
            for written in (form, *aliases.forms_from_demonym(form, language)):
                naming[key_of(written)].add(language)
    return naming


def main() -> None:
    words = common_words()
    native = {language: cldr_words(language) for language in words.words}
    for key, naming in sorted(naming_languages().items()):
        if len(key) <= 3 or "en" in naming:
            continue
        for language in sorted(words.languages_using(key) - naming - kin_of(naming)):
            code = country_code(key, language=language)
            if key not in native[language] and code is not None:
                zipf = words.zipf(key, language)
                print(language, key, code, zipf, ",".join(sorted(naming)), sep="\t")


if __name__ == "__main__":
    main()
