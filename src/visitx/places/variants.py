"""The variants of a country query that `country_code` tries in turn, most literal first.

Abbreviations spelled out (`Cayman Isds`), a qualifier in parentheses moved or dropped
(`Congo (Democratic Republic of the)`, `American Samoa (US)`), ISO's inverted order
(`China, People's Republic of`), the Persian ezafe, `Territory of ...`, a leading
article (`tables/place_words.txt`), a suffix after an apostrophe (`Türkiye'nin`), an Arabic
conjunction or preposition before the article (`والروس`), and the Arabic article on or off.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from visitx.core.clitics import arabic_clitics
from visitx.core.datafiles import read_sections, words
from visitx.places.matching import compress

__all__ = ["capitals_after_article", "query_keys"]

_WORDS = "place_words.txt"
# A Turkish (or English possessive) suffix after the last apostrophe.
_APOSTROPHE_SUFFIX = re.compile(r"^(.*\w)'[^\W\d_]{1,8}$")
_ARABIC_ARTICLE = "ال"


def _is_arabic_script(key: str) -> bool:
    return bool(key) and "\u0600" <= key[0] <= "\u06ff"


# Abbreviations of statistical and trade tables (`Cayman Isds`, `Br. Virgin Is.`,
# `Rep. of Moldova`, `Occ. Palestinian Terr.`), spelled out in a second query.
_ABBREVIATIONS = {
    "is": "islands", "isds": "islands", "isl": "islands", "rep": "republic",
    "dem": "democratic", "terr": "territory", "br": "british", "n": "northern",
    "st": "saint", "fed": "federated", "sts": "states", "occ": "occupied", "utd": "united",
}  # fmt: skip
_ABBREVIATION = re.compile(r"\b(" + "|".join(_ABBREVIATIONS) + r")\b\.?")
_INVERTED = re.compile(r"^([^,]+),\s*(.+\bof(?: the)?)$")
_FORM_OF_STATE = re.compile(
    r"^([^,]+),\s*((?:\w+ )*(?:republic|kingdom|state|federation|principality))$"
)
_EZAFE = re.compile(r"(?<=ه) ی(?= )")
_TERRITORY_OF = re.compile(r"^(?:the )?territory of (?:the )?")
_PARENTHESIS_INSIDE = re.compile(r"\s*\([^()]*\)\s*")
# A trailing qualifier in parentheses: `American Samoa (US)`, `Slovakia (slovak republic)`.
_PARENTHESIS = re.compile(r"^(.*\S)\s*\(([^()]*)\)?$")  # `_fold` strips the `)`


def query_keys(folded: str, names: Callable[[str], str | None]) -> list[str]:
    """Keys to try for a folded query, most literal first.

    `names(key)` is the country a key names: a qualifier in parentheses is dropped only
    when it names no country or the same one (`Slovakia (slovak republic)`), never when
    it names another (`Georgia (US)`, `Saint Martin (Dutch)`).
    """
    keys = [compress(variant) for variant in _variants(folded, names)]
    keys.extend(_without_clitics(key) for key in list(keys) if _is_arabic_script(key))
    for key in list(keys):
        if key.startswith(_ARABIC_ARTICLE) and len(key) > 4:
            keys.append(key[len(_ARABIC_ARTICLE) :])
        elif _is_arabic_script(key):
            keys.append(_ARABIC_ARTICLE + key)
    return list(dict.fromkeys(key for key in keys if key))


def _without_clitics(key: str) -> str:
    """`والروس` -> `الروس`, `للأتراك` -> `الأتراك`: a conjunction or preposition written
    before the article (`tables/arabic_clitics.txt`) dropped; "" without one."""
    for prefix in arabic_clitics().article_prefixes:
        rest = key[len(prefix) :]
        if prefix != _ARABIC_ARTICLE and key.startswith(prefix) and len(rest) > 2:
            return _ARABIC_ARTICLE + rest
    return ""


def _variants(folded: str, names: Callable[[str], str | None]) -> list[str]:
    """The query rewritten as written forms (before compressing into keys)."""
    variants = [folded]
    spelled = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], folded)
    if spelled != folded:
        variants.append(spelled)
        if "islands" in spelled:  # `Christmas Isds`, `Norfolk Isds`: one island
            variants.append(spelled.replace("islands", "island"))
    for variant in list(variants):
        match = _PARENTHESIS.match(variant)
        if match:  # `Congo (Democratic Republic of the)`: inverted, then the head alone
            head, qualifier = match.group(1), match.group(2)
            variants.append(f"{qualifier} {head}")
            if _droppable(qualifier, head, names):
                variants.append(head)
    inverted = _INVERTED.match(folded)
    if inverted:  # `China, People's Republic of`: ISO's inverted order
        variants.append(f"{inverted.group(2)} {inverted.group(1)}")
    elif (form_of_state := _FORM_OF_STATE.match(folded)) is not None:
        # `Korea, Republic`: the same without `of`
        variants.append(f"{form_of_state.group(2)} of {form_of_state.group(1)}")
    if _EZAFE.search(folded):  # `کره‌ی جنوبی`: the Persian ezafe after a ZWNJ
        variants.append(_EZAFE.sub(" ", folded))
    territory = _TERRITORY_OF.sub("", folded, count=1)
    if territory != folded:  # `Territory of the Cocos (Keeling) Islands`
        variants.append(territory)
        variants.append(_PARENTHESIS_INSIDE.sub(" ", territory))
    without_article = _leading_articles().sub("", folded, count=1)
    if without_article and without_article != folded:
        variants.append(without_article)
    for variant in list(variants):
        match = _APOSTROPHE_SUFFIX.match(variant)
        if match:
            variants.append(match.group(1))
    return variants


@functools.cache
def _table_words(section: str) -> tuple[str, ...]:
    """The words of a section of `tables/place_words.txt`, in the table's order."""
    return tuple(words(read_sections(_WORDS)[section]))


@functools.cache
def _leading_article() -> re.Pattern[str]:
    """A leading article and the space after it (`the`, `la`, `die` ...), or French `l'`."""
    return re.compile(rf"^(?:{'|'.join(_table_words('articles'))})\s+|^l'")


@functools.cache
def _leading_articles() -> re.Pattern[str]:
    """One or two leading articles, plain or fused with `of` (`della`, `de la`, `de l'`,
    Italian `dell'`), and the space after each."""
    fused = _table_words("articles") + _table_words("articles fused with of")
    one = rf"(?:(?:{'|'.join(re.escape(word) for word in fused)})\s+|l'|dell')"
    return re.compile(rf"^{one}{one}?")


def capitals_after_article(raw: str) -> str | None:
    """What follows a leading article when it is written in capitals, as written (`the US`,
    `die USA`, `les É.-U.`: an abbreviation read as one), or None."""
    match = _leading_article().match(raw.lower())
    rest = raw[match.end() :] if match else ""
    return rest if rest == rest.upper() and any(char.isalpha() for char in rest) else None


@functools.cache
def _not_the_country() -> frozenset[str]:
    """Qualifier words of a place of another kind: `Georgia (US state)`, `Jordan (river)`."""
    return frozenset(_table_words("not the country"))


def _droppable(qualifier: str, head: str, names: Callable[[str], str | None]) -> bool:
    """Whether `head (qualifier)` may be read as `head` alone.

    Only when the qualifier names no other country, neither whole nor by one of its
    words (`Georgia (US state)`), and says nothing of a place of another kind.
    """
    country = names(compress(head))
    words = qualifier.split()
    if any(word in _not_the_country() for word in words):
        return False
    named = {names(compress(part)) for part in (qualifier, *words)} - {None}
    return not named or named == {country}
