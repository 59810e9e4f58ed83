"""The countries a participant's own words name by a demonym ("Kenyan President", "the
Vietnamese side"), to catch a country code the draft gives against them.

A weak model gives the guest the host's country, or the host the guest's: "William Ruto"
with title "Kenyan President" as `VNM`. The demonyms and adjectives of
`tables/country_demonyms.txt` (English, German, French, Spanish, Turkish, Russian,
Persian, Arabic, Azerbaijani, Kazakh, Uzbek and Hindi, with their inflections from
`places.aliases.forms_from_demonym`) are
read in the participant's name, title and organisation; a country code that is none of
the countries they name is set to null, with a warning (and re-asked). Only demonyms
count: a country's name in a title ("ambassador to Turkey", "envoy for Afghanistan")
often names the other side, an adjective names the side the person belongs to. A form
that two countries share names neither.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from visitx.core.textfold import fold

if TYPE_CHECKING:
    from visitx.record.draft import DraftVisit

__all__ = ["country_against_demonyms", "demonym_countries", "demonym_problems"]

# A word: `\w` and the Indic vowel signs, viramas and nuktas, which are marks, not `\w`
# (Hindi `रूसी`, Russian, is one word, not `र स`, which would be in `रूस`, Russia, too).
_WORD = re.compile(r"[\w\u0900-\u0dff]+")
_LONGEST = 3  # words in the longest demonym ("South African", "کره جنوبی")


@functools.cache
def _forms() -> dict[str, str]:
    """Folded demonym form -> its one country (forms two countries share are left out)."""
    from visitx.places.aliases import DEMONYMS, forms_from_demonym

    seen: dict[str, set[str]] = {}
    for language, block in DEMONYMS.items():
        for line in block.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            code, _, rest = line.partition(" ")
            for form in (f.strip() for f in rest.split(",")):
                for each in (form, *forms_from_demonym(form, language)):
                    key = " ".join(_WORD.findall(fold(each, accents=False)))
                    if key:
                        seen.setdefault(key, set()).add(code)
    return {key: next(iter(codes)) for key, codes in seen.items() if len(codes) == 1}


def demonym_countries(texts: Iterable[str | None]) -> set[str]:
    """The countries named by a demonym in any of `texts` (runs of up to three words).

    Example:
        >>> sorted(demonym_countries(["Kenyan President", None, "the Vietnamese side"]))
        ['KEN', 'VNM']
        >>> demonym_countries(["ambassador to Turkey", "Außenminister"])
        set()
    """
    forms = _forms()
    found: set[str] = set()
    for text in texts:
        words = _WORD.findall(fold(text or "", accents=False))
        for size in range(1, _LONGEST + 1):
            for i in range(len(words) - size + 1):
                if (code := forms.get(" ".join(words[i : i + size]))) is not None:
                    found.add(code)
    return found


def country_against_demonyms(code: str | None, texts: Iterable[str | None]) -> list[str]:
    """The countries the participant's words name when `code` is none of them, else [].

    Example:
        >>> country_against_demonyms("VNM", ["William Ruto", "Kenyan President"])
        ['KEN']
        >>> country_against_demonyms("KEN", ["William Ruto", "Kenyan President"])
        []
    """
    if code is None:
        return []
    named = demonym_countries(texts)
    return [] if not named or code in named else sorted(named)


def demonym_problems(where: str, visit: DraftVisit, language: str | None) -> Iterator[str]:
    """The re-ask message for each participant whose country is none of the countries its
    name, title or organisation names by a demonym."""
    from visitx.places.countries import country_code

    for j, person in enumerate(visit.participants):
        code = country_code(person.country, language=language) if person.country else None
        words = (person.name, person.title, person.organization)
        if against := country_against_demonyms(code, words):
            yield (
                f"{where}.participants[{j}].country = {person.country!r}, but its name, title "
                f"or organisation names {', '.join(against)}. Give the country the participant "
                "represents (the guest's for the guest, the host's for the host)."
            )
