"""Dates that name a place or an event: `avenida 5 de Mayo`, `rue du 4-Septembre`,
`Straße des 17. Juni`, `улица 8 Марта`, `ميدان 6 أكتوبر`, `خیابان ۱۵ خرداد`, `19 Mayıs
Caddesi`; `ثورة 25 يناير`, `les attentats du 13 novembre`, `15 Temmuz darbe girişimi`.

Streets, squares, bridges, cities, stadiums and schools are named after days across
Latin America, France, the former Soviet Union, Egypt, Iran and Turkey; read as a date,
such a name is the most recent such day, a date the text does not give. A text with a
place noun right before a day (`places`; after it in Turkish, with a month word
between) names no date: None. An event named by a day without a year (`events`:
revolution, attack, coup, war, uprising, massacre, earthquake) is None as English `the
Sept. 11 attacks` is (which year?); with a year (`ثورة 25 يناير 2011`) it is read. A
fiscal year (`Geschäftsjahr 2024`, `l'exercice 2024`, `العام المالي 2024`, `2024财年`) is
None as English `fiscal 2024` is: fiscal years start in any month. The words are data
(`date_names` and `fiscal_years` in `tables/date_words.json`), compared after
`tables.normalize` (case, diacritics, Arabic letter variants, digits folded).
"""

from __future__ import annotations

import functools
import re

from visitx.dates import phrasebook, tables

__all__ = ["named"]


def _alternatives(forms: str) -> str:
    """`forms` (`|`-separated regex alternatives) normalized as the text is."""
    return "|".join(tables.normalize(form) for form in phrasebook.split_forms(forms))


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The place and the event patterns of `lang`, None for a language without nouns."""
    words = phrasebook.table("date_names").get(lang)
    if not isinstance(words, dict):
        return None
    clitics = rf"(?:{words['clitics']})?" if "clitics" in words else ""
    links = rf"(?: (?:{words['links']}))?" if words["links"] else ""
    found = []
    for kind in ("places", "events"):
        nouns = _alternatives(words[kind])
        if words.get("after"):  # `19 mayis caddesi`: day, month word, noun
            regex = rf"(?<!\d)\d{{1,2}}\.? \w+ (?:{nouns})(?!\w)"
        else:  # `avenida 5 de mayo`, `rue du 4-septembre`, `میدان 6 اکتوبر`
            regex = rf"(?<!\w){clitics}(?:{nouns}){links} ?\d"
        found.append(re.compile(regex))
    return found[0], found[1]


@functools.cache
def _fiscal(lang: str) -> re.Pattern[str] | None:
    """The fiscal-year words of `lang` beside a year (`exercice 2024`, `ejercicio fiscal
    2024`, `2024财年`; not `l'exercice du 5 mai`, a drill), None for a language without them."""
    words = phrasebook.table("fiscal_years").get(lang)
    if not isinstance(words, str) or lang.startswith("_"):
        return None
    nouns = rf"(?<![^\W\d_])(?:{_alternatives(words)})(?![^\W\d_])"
    return re.compile(rf"{nouns}(?: \S+)? ?\d{{4}}|(?<!\d)\d{{4}}\S{{0,3}} ?{nouns}")


def _guessed(table: str) -> list[str]:
    """The languages of `table` looked for without a language (not `guess: false`)."""
    found: dict[str, object] = phrasebook.table(table)
    return [
        tag
        for tag, words in found.items()
        if not tag.startswith("_") and not (isinstance(words, dict) and words.get("guess") is False)
    ]


def named(text: str, lang: str | None) -> bool:
    """Whether `text` holds a date that names a place, an event without its year, or a
    fiscal year (without a language: in any language whose words are not English too)."""
    norm = " ".join(tables.normalize(text).split())
    for tag in [lang] if lang is not None else _guessed("fiscal_years"):
        fiscal = _fiscal(tag)
        if fiscal is not None and fiscal.search(norm):
            return True
    for tag in [lang] if lang is not None else _guessed("date_names"):
        patterns = _patterns(tag)
        if patterns is None:
            continue
        place, event = patterns
        if place.search(norm) or (event.search(norm) and not re.search(r"\d{4}", norm)):
            return True
    return False
