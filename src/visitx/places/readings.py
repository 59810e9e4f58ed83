"""Second readings of a country field that matched no key as written.

Tried by `country_code` after the exact key and its variants (`variants.query_keys`)
missed, before any typo tolerance:

* :func:`repair_mojibake`: UTF-8 read as Latin-1 or windows-1252, once or twice
  (``CÃ´te d'Ivoire`` is ``Côte d'Ivoire``).
* :func:`excluding`: ``China excluding Hong Kong`` is China when what is excluded is a
  country or territory with its own ISO code (the code of the first already leaves it
  out); ``Sweden except Stockholm`` names no ISO entity and stays None.
* :func:`sovereign_reading`: a territory qualified by its sovereign (``Guam (US)``,
  ``Saint Martin (French)``) is that territory, but only when the qualifier's country is
  the territory's sovereign (``tables/country_sovereigns.txt``): ``Georgia (US)`` is no
  territory of the United States and stays None.
* :func:`abbreviated`: words cut short (``P. N. Guinea``, ``Rep. Ireland``), initials in
  capitals (``FS Micronesia``) and joining words left out (``Saint
  Vincent/Grenadines``) match a name whose words they begin, in order, with ``of``,
  ``the``, ``and`` free to skip. Every name so matched must be of one country, and at
  least one word of four letters or more must be written in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from visitx.places.index import Index
from visitx.places.matching import compress, fold_name

__all__ = ["abbreviated", "excluding", "repair_mojibake", "sovereign_reading"]

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
    """The territory of `Head (Sovereign)` when the sovereign is the territory's own."""
    match = _PARENTHESIS.match(raw)
    if not match:
        return None
    head, qualifier = match.group(1), match.group(2)
    sovereign = resolve(qualifier)
    if sovereign is None:
        return None
    found = resolve(head)
    # `Saint Martin` is MAF in English, but either part of the island by its candidates.
    possible = {found, *index.candidates.get(compress(fold_name(head)), ())}
    territories = [code for code in possible if code and index.sovereigns.get(code) == sovereign]
    return territories[0] if len(territories) == 1 else None


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
