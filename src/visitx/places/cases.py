"""The oblique cases of a country's name in the languages that decline names.

A country field copied out of a sentence keeps the case the sentence gave it: Finnish
``Saksasta`` (from Germany), Hungarian ``Németországban`` (in Germany), Polish ``Rosji``,
Ukrainian ``України``, Romanian ``României``, Greek ``Τουρκίας``. Read while the country
index is built (:mod:`visitx.places.build`): the endings are data
(``tables/country_case_endings.txt``), and the forms are the index's generated tier,
which never shadows a name and is dropped where two countries share a form.
"""

from __future__ import annotations

import functools
import unicodedata

from visitx.core.datafiles import entries, read_sections

__all__ = ["DECLINING", "case_forms"]

_TABLE = "country_case_endings.txt"
_CONSONANT = "_"
_DOUBLE = "="
_VOWELS = frozenset("aeiouyαεηιουωаеёиоуыэюяіїєьй")


@functools.cache
def _rules() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Language -> (end of the nominative, its replacements), as the table lists them."""
    found: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    for language, block in read_sections(_TABLE).items():
        rules = []
        for line in entries(block):
            end, colon, endings = line.partition(":")
            if colon:
                rules.append((end.strip(), tuple(endings.split())))
        found[language] = tuple(rules)
    return found


DECLINING = frozenset(_rules())
"""The languages whose case endings the table lists."""


def _script(character: str) -> str:
    return unicodedata.name(character, "?").split()[0]


def _is_vowel(character: str) -> bool:
    base = unicodedata.normalize("NFD", character.lower())[:1]
    return base in _VOWELS


def case_forms(name: str, language: str) -> tuple[str, ...]:
    """The oblique cases of the one-word `name` in `language` (none for other names).

    The longest end the table lists for the language is replaced by each of its endings;
    a name ending in a consonant that no listed end matches takes the `_` endings of its
    own script (``Iran`` -> ``Iranissa``; ``Németország`` -> ``Németországgal``).
    """
    rules = _rules().get(language, ())
    if not name or " " in name or name.isupper() or not name[-1].isalpha():
        return ()
    lower = name.lower()
    ends = [rule for rule in rules if rule[0] != _CONSONANT and lower.endswith(rule[0])]
    if ends:
        end, endings = max(ends, key=lambda rule: len(rule[0]))
        return tuple(name[: len(name) - len(end)] + ending for ending in endings)
    if _is_vowel(name[-1]):
        return ()
    script = _script(name[-1])
    forms: list[str] = []
    for end, endings in rules:
        if end != _CONSONANT or _script(endings[0].lstrip(_DOUBLE)[0]) != script:
            continue
        for ending in endings:
            stem = name + name[-1] if ending.startswith(_DOUBLE) else name
            forms.append(stem + ending.lstrip(_DOUBLE))
    return tuple(forms)
