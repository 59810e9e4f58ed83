"""Second readings of a country field that matched no key as written.

Tried by `country_code` after the exact key and its variants (`variants.query_keys`)
missed, before any typo tolerance:

* :func:`repair_mojibake`: UTF-8 read as Latin-1 or windows-1252, once or twice
  (``CÃ´te d'Ivoire`` is ``Côte d'Ivoire``).
* :func:`excluding`: ``China excluding Hong Kong`` is China when what is excluded is a
  country or territory with its own ISO code (the code of the first already leaves it
  out); ``Sweden except Stockholm`` names no ISO entity and stays None.
* :func:`sovereign_reading`: a territory qualified by its sovereign (``Guam (US)``,
  ``Saint Martin (French)``), or by its sovereign's name or demonym first (``French
  Guyane``), is that territory, but only when the qualifier's country is
  the territory's sovereign (``tables/country_sovereigns.txt``): ``Georgia (US)`` is no
  territory of the United States and stays None.
* :func:`after_preposition`: a lower-case preposition kept before a declined name (``во
  Франции``, ``w Polsce``, ``u Hrvatskoj``, ``στην Κύπρο``; ``tables/place_words.txt``) is
  that name's country.
* :func:`after_proclitic`: a Hebrew or Arabic name with a conjunction or preposition
  written on its front (``בישראל``, ``לצרפת``; Arabic ``بمصر``, ``لروسيا``, where the article
  is not there to carry it: ``tables/arabic_clitics.txt``) is that name's country.
* :func:`abbreviated`: words cut short (``P. N. Guinea``, ``Rep. Ireland``), initials in
  capitals (``FS Micronesia``) and joining words left out (``Saint
  Vincent/Grenadines``) match a name whose words they begin, in order, with ``of``,
  ``the``, ``and`` free to skip. Every name so matched must be of one country, and at
  least one word of four letters or more must be written in full.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from visitx.core.clitics import arabic_clitics
from visitx.core.datafiles import read_sections, words
from visitx.places.index import Index
from visitx.places.matching import compress, fold_name

__all__ = [
    "abbreviated", "after_preposition", "after_proclitic", "excluding", "repair_mojibake",
    "sovereign_reading",
]  # fmt: skip

Resolve = Callable[[str], "str | None"]

_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u0152-\u2122]")


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 read as Latin-1/windows-1252 undone (at most twice)."""
    for _ in range(2):
        if not _MOJIBAKE.search(text):
            break
        for codec in ("latin-1", "cp1252"):
            try:
                text = text.encode(codec).decode("utf-8")
                break
            except UnicodeError:
                continue
        else:
            break
    return text


_EXCLUDING = re.compile(
    r"^(.+?)\s+(?:excluding|except|without|excl|ex)\b\.?\s+(.+)$", re.IGNORECASE
)


def excluding(raw: str, resolve: Resolve, index: Index) -> str | None:
    """The country of `X excluding Y` when Y is an ISO entity other than X."""
    match = _EXCLUDING.match(raw)
    if not match:
        return None
    head, excluded = resolve(match.group(1)), resolve(match.group(2))
    if head is None or excluded is None or excluded == head:
        return None
    return head


_PARENTHESIS = re.compile(r"^(.*\S)\s*\(([^()]*)\)?$")


def sovereign_reading(raw: str, resolve: Resolve, index: Index) -> str | None:
    """The territory of `Head (Sovereign)`, or of `Sovereign Head` with the sovereign's
    name or demonym first (`French Guyane`, `Dutch Saint Martin`), when the sovereign is
    the territory's own."""
    match = _PARENTHESIS.match(raw)
    if match:
        head, qualifier = match.group(1), match.group(2)
    else:
        qualifier, space, head = raw.partition(" ")  # a word: `Norway, Svalbard` is a list
        if not space or not qualifier.isalpha() or not head[:1].isupper():
            return None
    sovereign = resolve(qualifier)
    if sovereign is None:
        return None
    found = resolve(head)
    # `Saint Martin` is MAF in English, but either part of the island by its candidates.
    possible = {found, *index.candidates.get(compress(fold_name(head)), ())}
    territories = [code for code in possible if code and index.sovereigns.get(code) == sovereign]
    return territories[0] if len(territories) == 1 else None


@functools.cache
def _words(section: str) -> frozenset[str]:
    """The words of a section of `tables/place_words.txt`."""
    return frozenset(words(read_sections("place_words.txt")[section]))


def after_preposition(raw: str, resolve: Resolve, index: Index) -> str | None:
    """The country of `preposition Name` (`во Франции`): the preposition in lower case as
    listed, the name in capitals, so `U Thant` or `S Korea` is no preposition."""
    word, space, rest = raw.partition(" ")
    if not space or word not in _words("prepositions") or not rest[:1].isupper():
        return None
    return resolve(rest.strip())


@functools.cache
def _proclitics() -> tuple[str, ...]:
    """Hebrew prefixes and Arabic conjunctions and prepositions without the article (an
    Arabic sequence with the article is a variant of its own), longest first; not Arabic
    `ك` "as", which news seldom writes on a country (`كروس`, Kroos, `كيران`, Kieran)."""
    clitics = arabic_clitics()
    written = (p for p in clitics.prefixes if p not in clitics.article_prefixes)
    arabic = [p for p in written if not _KAF.search(p)]
    hebrew = sorted(_words("hebrew prefixes"), key=len, reverse=True)
    return (*arabic, *hebrew)


def after_proclitic(raw: str, resolve: Resolve, index: Index) -> str | None:
    """The country of one Hebrew or Arabic word whose front letters are a clitic (`בישראל`,
    `بمصر`), when what follows is an Arabic or Hebrew name of one country as written
    (`Index.clitic_names`: not a people, Arabic `وترك` "and left" is no Turks; not a false
    friend, `بمراكش` is "in Marrakesh"; not read again, `بلغنا` "reached us" is no Ghana)."""
    if not raw.isalpha() or not _HEBREW_OR_ARABIC.match(raw) or _PERSIAN_LETTERS.search(raw):
        return None  # Persian and Urdu write no such clitics (`بروسیا` is Prussia)
    for prefix in _proclitics():
        key = compress(fold_name(raw[len(prefix) :]))
        if raw.startswith(prefix) and len(key) >= 3 and key in index.clitic_names:
            return index.plain.get(key)
    return None


_HEBREW_OR_ARABIC = re.compile("[\u05d0-\u05ea\u0600-\u06ff]")
_PERSIAN_LETTERS = re.compile("[یکگچپژہےۀ]")
_KAF = re.compile("[كک]")


_SKIPPABLE = "(?: (?:of|the|and|et|de|la))*"
_TOKEN = re.compile(r"[^\W\d_]+\.?|\d+")


def abbreviated(raw: str, folded: str, index: Index) -> str | None:
    """The one country whose name the abbreviated query `folded` stands for, or None."""
    tokens = _TOKEN.findall(folded.replace("/", " "))
    upper = set(_TOKEN.findall(raw))
    if len(tokens) < 2 or not any(len(t) >= 4 and not t.endswith(".") for t in tokens):
        return None
    parts = []
    for token in tokens:
        word = token.rstrip(".")
        if token.endswith(".") or len(word) == 1:
            parts.append(re.escape(word) + r"\w*")
        elif word.upper() in upper and 2 <= len(word) <= 3 and word not in index.plain:
            parts.append(" ".join(re.escape(letter) + r"\w*" for letter in word))  # `FS`
        else:
            parts.append(re.escape(word))
    pattern = re.compile(_SKIPPABLE.join(" " + part for part in parts)[1:] + "$")
    full = max((t for t in tokens if not t.endswith(".")), key=len)  # a cheap filter first
    codes = {
        index.plain.get(key) for name, key in index.spaced if full in name and pattern.match(name)
    }
    if len(codes) == 1:
        return codes.pop()
    return None
