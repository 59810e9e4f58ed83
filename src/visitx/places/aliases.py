"""Curated country aliases, demonyms and blocked strings for ``_countries``.

The tables are edited by hand in ``tables/country_names.txt``,
``tables/country_demonyms.txt`` and ``tables/country_blocked.txt`` (read when the
country index is first built); this module loads them and holds the small
derivation rules. Each table is a block of text with one line per country: an ISO
3166-1 alpha-3 code (``XKX`` for Kosovo), a space, then the forms separated by
commas. Lines starting with ``#`` are comments. Forms are written as they
appear in print; ``_countries`` normalises case, accents and letter variants,
so ``Türkiye`` also covers ``TURKIYE`` and ``türkiye``.

``NAMES`` holds what CLDR lacks or spells differently from the news: short and
official names, colloquial names and abbreviations. ``DEMONYMS`` holds base
adjective / nationality forms; the derivation rules at the end of this module
add the inflections (German ``-e/-en/-er/-es/-em`` of an adjective in ``-sch``, not of
a noun, Russian case endings from ``-ий``, French plural, Spanish gender and number,
Arabic feminine ``ة`` and plural ``ون``/``ين``, Italian, Portuguese, Polish, Dutch and
Swedish adjective endings (``_adjective_forms``), the plural of a people in Turkish,
Azerbaijani, Kazakh, Uzbek and Persian: ``people_plurals``) and the forms built on names
(Turkish ``-lı`` and its plural ``-lılar``, Uzbek ``-lik``, Kazakh ``-лық``, Persian
``-ی`` with their plurals, Chinese/Japanese ``人`` and Korean ``인``, German genitive,
Russian cases), so list only base forms and irregular ones (Arabic broken plurals
``أتراك``, Russian nouns ``россияне``).
Tags are ISO 639-1 languages; they only matter to the ``language`` tie-break.

Editorial choices (tests pin them):

* A bare "Korean" adjective (``koreanisch``, ``корейский``, ``كوري``, ``کره‌ای``)
  means South Korea in news, where the North is always "North Korean"; the
  bare name ``Korea`` stays ambiguous and is blocked.
* Bare "America" (``Amerika``, ``آمریکا``, ``أمريكا``, ``Америка``) is the United
  States, as in news usage; continents are not country fields.
* ``İngiltere`` (tr), ``انگلیس``/``انگلستان`` (fa) and ``İngiltərə`` (az) are the
  standard names of the United Kingdom in those languages' news and map to
  GBR, while English/German ``England`` is a constituent country and is blocked.
* ``GKRY``/``Güney Kıbrıs`` is the Turkish press name of the Republic of Cyprus.
* ``آذربایجان`` (fa) is the Republic of Azerbaijan; Iran's provinces are always
  qualified (``آذربایجان شرقی``) and are not indexed.
* Bare ``Guinea`` is ISO's and CLDR's short name of GIN in every locale; the
  other Guineas are always qualified (Guinea-Bissau, Equatorial Guinea, Papua
  New Guinea). Bare ``Norfolk`` (Norfolk Island or the English county) is
  blocked.
* ``Guiana`` is French Guiana in English (the other Guianas are named
  Guyana and Suriname) but Guyana in Portuguese, so without a ``language``
  it is ambiguous (``None``).
"""

from __future__ import annotations

import functools

from visitx.core.datafiles import entries, read_sections, read_text
from visitx.places import cases

# Strings that must resolve to None whatever else the index says: bodies that
# are not countries, states without an ISO code, regions and cities that are
# close to country names (so a typo tolerance can never reach a country), and
# short names shared by several countries. ISO codes are never listed here
# (``BM`` is Bermuda even though Turkish uses it for the UN).
BLOCKED: str = read_text("country_blocked.txt")
# Language tag -> table block of names CLDR lacks or spells differently.
NAMES: dict[str, str] = read_sections("country_names.txt")
# Language tag -> table block of base demonyms and adjectives.
DEMONYMS: dict[str, str] = read_sections("country_demonyms.txt")


@functools.cache
def common_words() -> dict[str, dict[str, float]]:
    """Language tag -> its common words and their Zipf frequencies, read on first use.

    From ``tables/common_words.txt`` (rebuilt by ``bench/build_common_words.py``); see
    ``visitx.places.matching`` for how they keep ordinary words from being countries.
    """
    return _read_common_words(peak=False)


@functools.cache
def common_word_peaks() -> dict[str, dict[str, float]]:
    """Like :func:`common_words`, but a key that several spellings fold to has the Zipf
    of its most frequent one (Turkish `çok` "very" 6.8, not `cok` 4.9), where
    :func:`common_words` keeps the last listed, least frequent; read when the index is
    built, for the ISO codes that are words (``code_words``)."""
    return _read_common_words(peak=True)


@functools.cache
def code_words_elsewhere() -> dict[str, dict[str, float]]:
    """Language tag -> the ISO codes that are its words and their Zipf frequencies, for
    the languages ``tables/common_words.txt`` has no full list for (``tables/code_words.txt``:
    Swedish `tur` "luck", Romanian `sau` "or"); read when the index is built."""
    return _read_common_words(peak=True, table="code_words.txt")


def _read_common_words(
    *, peak: bool, table: str = "common_words.txt"
) -> dict[str, dict[str, float]]:
    found: dict[str, dict[str, float]] = {}
    for language, block in read_sections(table).items():
        words = found[language] = {}
        for line in entries(block):
            zipf, *listed = line.split()
            if listed:
                for word in listed:
                    earlier = words.get(word, 0.0) if peak else 0.0
                    words[word] = max(earlier, float(zipf))
    return found


@functools.cache
def false_friends() -> dict[str, frozenset[str]]:
    """Language tag -> words of that language that name no country there, though other
    languages name one with them (``tables/country_false_friends.txt``: Italian `chino`
    "bent", Spanish for Chinese), as written; read when the index is built."""
    found: dict[str, frozenset[str]] = {}
    for language, block in read_sections("country_false_friends.txt").items():
        found[language] = frozenset(line.split("\t", 1)[0] for line in entries(block))
    return found


# ---------------------------------------------------------------------------
# Derivation rules. ``_countries`` indexes these forms below every listed name
# (a derived form never shadows a real one) and drops derived forms that two
# countries share, so the rules only need to be right for the common case.
# ---------------------------------------------------------------------------

GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
# Russian country adjectives all end in -ский/-цкий (velar stem), so one
# paradigm covers every gender, number and case.
RUSSIAN_ADJECTIVE_ENDINGS = (
    "ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими",
)  # fmt: skip
# Chinese and Japanese 人, Korean 인 after a country's name: its people (美国人, 미국인).
PERSON_SUFFIX = {"zh": "人", "ja": "人", "ko": "인"}
# The plural of the Turkish -lI demonym (İranlı -> İranlılar); Azerbaijani writes -lər.
TURKIC_PLURAL = {"lı": "lar", "lu": "lar", "li": "ler", "lü": "ler"}
# Turkish and Azerbaijani -lI follows the last vowel of the name.
TURKIC_HARMONY = {"a": "lı", "ı": "lı", "e": "li", "i": "li", "ə": "li", "o": "lu", "u": "lu",
                  "ö": "lü", "ü": "lü"}  # fmt: skip


def forms_from_name(name: str, language: str) -> tuple[str, ...]:
    """Demonyms and oblique cases derived from a country name in `language`."""
    one_word = " " not in name and "\u200c" not in name and not name.isupper()
    if language in ("tr", "az"):
        return _turkic_demonym(name, language)
    if language in PERSON_SUFFIX and one_word and not name.isascii():
        return (name + PERSON_SUFFIX[language],)  # 法国人, インド人, 미국인
    if language == "fa" and one_word:
        demonym = _persian_demonym(name)
        return (demonym, *people_plurals(demonym, language))
    if language in ("kk", "uz") and one_word and _is_cyrillic_or_latin(name):
        demonym = _lik_demonym(name, language)
        return (demonym, *people_plurals(demonym, language))
    if language == "sw" and one_word and name.isalpha():
        return _swahili_people(name)
    if language == "de" and one_word and not name.endswith(("s", "x", "z", "ß")):
        return (name + "s",)  # genitive: Russlands, Irans, Frankreichs
    if language == "ru" and one_word:
        return _russian_cases(name)
    if language in cases.DECLINING and one_word:  # Saksasta, Németországban, Rosji
        friends = false_friends().get(language, frozenset())
        return tuple(f for f in cases.case_forms(name, language) if f.lower() not in friends)
    return ()


def _turkic_demonym(name: str, language: str) -> tuple[str, ...]:
    """Rusya -> Rusyalı, Rusyalılar; Güney Kore -> Güney Koreli (-lI after the last vowel)."""
    words = name.split()
    # Long official names and possessive compounds (Fildişi Sahili) take no suffix.
    if len(words) > 2 or name.isupper() or (len(words) == 2 and name[-1] in "ıiuü"):
        return ()
    vowels = [TURKIC_HARMONY[char] for char in name.lower() if char in TURKIC_HARMONY]
    if not vowels:
        return ()
    suffix = vowels[-1]
    plural = TURKIC_PLURAL[suffix].replace("e", "ə") if language == "az" else TURKIC_PLURAL[suffix]
    return (name + suffix, name + suffix + plural)


def _swahili_people(name: str) -> tuple[str, ...]:
    """Marekani -> Mmarekani, Wamarekani; Uingereza -> Mwingereza, Waingereza.

    A Swahili person of a country is M- (Mw- before a vowel), its people Wa-, on the name
    without the U- of the names that have one (Ufaransa, Urusi, Uchina, Uganda)."""
    stem = name[1:] if name.startswith("U") and len(name) > 4 else name[0].lower() + name[1:]
    singular = ("Mw" if stem[0] in "aeiou" else "M") + stem
    return (singular, "Wa" + stem)


def _persian_demonym(name: str) -> str:
    """ژاپن -> ژاپنی, آمریکا -> آمریکایی, کره -> کره‌ای."""
    if name.endswith(("ا", "و")):
        return name + "یی"
    if name.endswith("ی"):
        return name + "ایی"
    return name + ("\u200cای" if name.endswith("ه") else "ی")


def _russian_cases(name: str) -> tuple[str, ...]:
    """Турция -> Турции, Турцию, Турцией: the oblique cases of a one-word name."""
    stem, last = name[:-1], name[-1]
    if name.endswith("ия"):
        return (stem + "и", stem + "ю", stem + "ей")
    if last == "а":
        genitive = "и" if stem[-1:] in ("к", "г", "х", "ж", "ш", "ч", "щ") else "ы"
        return (stem + genitive, stem + "у", stem + "ой", stem + "е")
    if last in "йь":
        return (stem + "я", stem + "ю", stem + "ем", stem + "е")
    if last.isalpha() and last not in "аеёиоуыэюя":
        return (name + "а", name + "у", name + "ом", name + "е")
    return ()


def forms_from_demonym(form: str, language: str) -> tuple[str, ...]:
    """Inflections of a base demonym listed in DEMONYMS."""
    if language in PLURAL_LANGUAGES:
        return people_plurals(form, language)
    if language == "de" and form.endswith("sch"):  # russisch -> russische ...; no noun
        return tuple(form + ending for ending in GERMAN_ADJECTIVE_ENDINGS)
    if language == "ru" and form.endswith(("ий", "ой", "ый")):
        return tuple(form[:-2] + ending for ending in RUSSIAN_ADJECTIVE_ENDINGS)
    if language == "fr" and not form.endswith(("s", "x")):
        return (form + "s",)
    if language == "es":  # accents are folded away in keys: alemán + a = alemana
        if form.endswith("o"):
            return (form[:-1] + "a", form + "s", form[:-1] + "as")
        if form.endswith(("a", "e")):
            return (form + "s",)
        if form.endswith(("i", "í")):
            return (form + "es", form + "s")
        return (form + "a", form + "es", form + "as")
    if language == "ar" and form.endswith("ي"):  # روسي -> روسية, كوري جنوبي -> كورية جنوبية
        feminine = " ".join(word + "ة" if word.endswith("ي") else word for word in form.split())
        # The people's plural of a one-word nisba: مصري -> مصريون, مصريين
        plurals = () if " " in form else (form + "ون", form + "ين")
        return (feminine, *plurals, *_arabic_definite(form), *_arabic_definite(feminine))
    if language == "en" and form.endswith(("an", "i")):
        return (form + "s",)
    return _adjective_forms(form, language)


def _arabic_definite(form: str) -> tuple[str, ...]:
    """An adjective phrase of nisbas takes the article on each word: كوري جنوبي -> الكوري
    الجنوبي (`جنوب أفريقي`, a noun before a nisba, takes it on the first word only, which
    the lookup adds itself)."""
    words = form.split()
    if len(words) < 2 or not all(word.endswith(("ي", "ية")) for word in words):
        return ()
    return (" ".join("ال" + word for word in words),)


# The gender, number and case endings of a base adjective in the languages whose demonym
# rows are adjectives only: Italian `cinese` -> cinesi, `russo` -> russa, russi, russe;
# Portuguese `russo` -> russa, russos, russas, `chinês` -> chinesa, chineses, chinesas;
# Polish `rosyjski` -> rosyjska, rosyjskie, rosyjskiego ...; Dutch `Russisch` -> Russische,
# `Chinees` -> Chinese, `Indiaas` -> Indiase; Swedish `rysk` -> ryska, ryskt. Irregular
# forms are listed.
_POLISH_ENDINGS = ("a", "ie", "iego", "iej", "iemu", "im", "ich", "imi", "ą")


def _adjective_forms(form: str, language: str) -> tuple[str, ...]:
    if language == "it":  # the plurals of -co, -go (tedeschi, greci) are listed
        if form.endswith(("co", "go")):
            return (form[:-1] + "a",)
        if form.endswith("o"):
            return (form[:-1] + "a", form[:-1] + "i", form[:-1] + "e")
        return (form[:-1] + "i",) if form.endswith("e") and not form.endswith("he") else ()
    if language == "pt":
        if form.endswith("o"):
            return (form[:-1] + "a", form + "s", form[:-1] + "as")
        return (form + "a", form + "es", form + "as") if form.endswith("ês") else (form + "s",)
    if language == "pl" and form.endswith("i"):
        return tuple(form[:-1] + ending for ending in _POLISH_ENDINGS)
    if language == "nl":  # an open syllable keeps one vowel: Chinese, Indiase
        return (form[:-3] + form[-2] + "se",) if form.endswith(("ees", "aas")) else (form + "e",)
    if language == "sv":
        return (form + "a", form + "t")
    return ()


# ---------------------------------------------------------------------------
# The plural of a people, from its singular (a demonym of the table or one derived from
# a name): Turkish and Azerbaijani -lAr after the last vowel (Türkler, Ruslar; ruslar,
# türklər), Kazakh -лАр/-дАр/-тАр after the last sound and vowel (орыстар, қытайлар,
# француздар), Uzbek -lar (ruslar, o'zbeklar), Persian -ها and, after -ی, -ان
# (روس‌ها, ایرانیان). Arabic and Russian plurals are listed or derived above.
# ---------------------------------------------------------------------------

PLURAL_LANGUAGES = frozenset({"tr", "az", "kk", "uz", "fa"})
_BACK_VOWELS = {"tr": "aıou", "az": "aıou", "kk": "аоұыя"}
_FRONT_VOWELS = {"tr": "eiöü", "az": "eəiöü", "kk": "әөүіеэ"}
# Kazakh suffixes start with л after a vowel or р й у, д after л м н ң з ж, т otherwise.
_KAZAKH_L = "аәеиоөуұүыіэюяйр"
_KAZAKH_D = "лмнңзж"
_PERSIAN_PLURAL = "\u200cها"


def people_plurals(form: str, language: str) -> tuple[str, ...]:
    """The plural forms of the people `form` names in `language` (none if unsure)."""
    if language == "fa":
        # ایرانی -> ایرانی‌ها, ایرانیان; روس -> روس‌ها (the ZWNJ is folded away in keys).
        learned = (form + "ان",) if form.endswith("ی") else ()
        return (form + _PERSIAN_PLURAL, *learned)
    if language == "uz":
        return (form + ("лар" if _is_cyrillic(form) else "lar"),)
    backs = _harmony(form, language)
    if language == "kk":
        first = _kazakh_onset(form)
        return tuple(first + ("ар" if back else "ер") for back in backs)
    if language == "az":
        return tuple(form + ("lar" if back else "lər") for back in backs)
    return tuple(form + ("lar" if back else "ler") for back in backs)


def _harmony(form: str, language: str) -> tuple[bool, ...]:
    """Whether the suffix takes a back vowel: by the last vowel that decides; both
    readings where none does (Kazakh и, у, ю in loanwords: украин)."""
    back, front = _BACK_VOWELS[language], _FRONT_VOWELS[language]
    for char in reversed(form.lower()):
        if char in back or char in front:
            return (char in back,)
    return (True, False)


def _kazakh_onset(form: str) -> str:
    """`form` with the first letter of a Kazakh suffix after it (орыс -> орыст)."""
    last = form[-1:].lower()
    return form + ("л" if last in _KAZAKH_L else "д" if last in _KAZAKH_D else "т")


def _lik_demonym(name: str, language: str) -> str:
    """Uzbek Eron -> eronlik, Хитой -> Хитойлик; Kazakh Ресей -> ресейлік, Иран -> ирандық."""
    if language == "uz":
        return name + ("лик" if _is_cyrillic(name) else "lik")
    back = _harmony(name, "kk")[0]
    return _kazakh_onset(name) + ("ық" if back else "ік")


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def _is_cyrillic_or_latin(text: str) -> bool:
    return _is_cyrillic(text) or all(char.isascii() or char in "ʻ‘’ʼ" for char in text)
