"""Exact keys one slip away from another country's name, read as ties (issue 22).

A name of one language can be a frequent misspelling of another country's English name:
Latvian ``Nigera`` (Niger) is ``Nigeria`` with a letter dropped, Spanish ``nigerina``
(Nigerien) ``Nigeria`` with one added; a name only languages without date tables use
yields to those languages' names too (Urdu ``کینیڈا``, Canada, and Persian ``کینیا``,
Kenya), but their names do not yield to each other (Persian ``هند`` India, ``هلند`` the
Netherlands). Such a key is
ambiguous (``None``) unless the query's ``language`` names it; the languages naming it
keep their reading (``by_language``). English names are never tied: they are what
country fields are written in. One edit is a letter added, dropped or two swapped inside
the word; not a changed letter (``Irak`` and ``Iran`` are both names, and related
languages spell other words so: see `matching.SUBSTITUTION_MIN_LENGTH`) nor one at the
end (``Nigeri`` beside ``Niger``: that is how demonyms and cases are formed).
"""

from __future__ import annotations

from collections.abc import Mapping

from visitx.places.matching import SUPPORTED_LANGUAGES, Entry, one_edit

__all__ = ["one_edit_ties", "tie_keys"]

_NAME_TIER = 1
_RIVAL_LANGUAGES = SUPPORTED_LANGUAGES | {"en"}


def one_edit_ties(
    entries: Mapping[str, set[Entry]], name_keys: set[str], plain: Mapping[str, str | None]
) -> dict[str, str]:
    """Key -> the other country a key not named in English is one inner edit from.

    The other country's name is English, or for a key that only languages without date
    tables name (Latvian `Nigera`), also a name of a language with them.
    """
    from rapidfuzz.distance import Levenshtein

    english: dict[tuple[str, int], list[str]] = {}  # names in English
    read: dict[tuple[str, int], list[str]] = {}  # and in the languages with date tables
    for key in name_keys:
        named = {lang for tier, code, lang in entries[key] if code and tier == _NAME_TIER}
        if plain.get(key) is not None and named & _RIVAL_LANGUAGES:
            read.setdefault((key[0], len(key)), []).append(key)
            if "en" in named:
                english.setdefault((key[0], len(key)), []).append(key)
    ties: dict[str, str] = {}
    for key, code in sorted(plain.items()):
        naming = {lang for _, named, lang in entries[key] if named}
        if code is None or "en" in naming:
            continue
        # A name of a language with date tables yields only to an English name: those
        # languages' own names differ by a letter (Persian `هند` India, `هلند`).
        rivals = english if naming & _RIVAL_LANGUAGES else read
        for rival, length in one_edit(key, rivals, (-1, 1, 0)):
            other = plain[rival]
            changed = length == len(key) and Levenshtein.distance(key, rival) == 1
            at_end = rival.startswith(key) or key.startswith(rival)
            if other != code and not changed and not at_end:
                ties[key] = str(other)
    return ties


def tie_keys(
    entries: Mapping[str, set[Entry]],
    name_keys: set[str],
    plain: dict[str, str | None],
    by_language: dict[str, dict[str, str | None]],
) -> dict[str, str]:
    """Make every one-edit tie ambiguous except in the languages naming it; return them."""
    ties = one_edit_ties(entries, name_keys, plain)
    for key in ties:
        naming = {lang for _, code, lang in entries[key] if code is not None and lang}
        kept: dict[str, str | None] = dict.fromkeys(sorted(naming), plain[key])
        by_language[key] = kept | by_language.get(key, {})
        plain[key] = None
    return ties
