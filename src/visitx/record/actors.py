"""Whether a "visit" is diplomatic at all: museum visitors, tourists, a company's engineers
on a site visit, a relative at a hospital bed or a football team's away game are no
state's visit, and get no CAMEO 042/043 (or 036 when planned).

`not_diplomatic(visit)` is the word of `tables/actor_words.txt` by which such a visit
says so, when none of its participants is a state actor; else None (`record.codes`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from visitx.core import datafiles
from visitx.core.datafiles import read_sections
from visitx.core.textfold import fold
from visitx.record.phrases import phrase_expression

if TYPE_CHECKING:
    from visitx.core.models import Visit

__all__ = [
    "is_office_word",
    "not_diplomatic",
    "office_countries",
    "office_country_before",
    "state_actor_named",
]

_TABLE = "actor_words.txt"
# The sectors of a participant that acts for a state (`Participant.sector`).
_STATE_SECTORS = frozenset({"government", "diplomatic", "legislature", "military"})
# "of" between an office and its country: "King Abdullah II of Jordan", "roi Mohammed VI
# du Maroc", "presidente de Argentina", "Großherzog von Luxemburg".
_OF = re.compile(r"(?<!\w)(?:of|du|de|del|de la|des|von|der)\s+(?:the\s+|la\s+|l')?", re.IGNORECASE)
# Where the country after "of" ends: punctuation, "to" ("Ambassador of Japan to China").
_COUNTRY_END = re.compile(r"[,;:()]|\s(?:to|in|and|et|en|y|a|nach|in)\s", re.IGNORECASE)
# A word of a script that writes the country after the office in the genitive, with no
# "of" ("Король Иордании", "ملك الأردن").
_GENITIVE_SCRIPT = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
_WORD_REST = re.compile(r"[\w'’-]*")
_COUNTRY_WORDS = 4
# Case endings of a Cyrillic country's name, and the nominative endings a stem may take
# instead (Ukrainian "Польщі" -> "Польща", "Японії" -> "Японія", "Білорусі" -> "Білорусь").
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CASE_ENDINGS = ("ою", "ею", "ом", "ем", "і", "и", "ї", "ю", "у", "е")
_NOMINATIVES = ("а", "я", "ь", "й", "")
_MIN_STEM = 3
_GENITIVE_WORDS = 3


@functools.cache
def _words(section: str) -> re.Pattern[str]:
    """The section's words as one expression, the longest first."""
    entries = [
        entry
        for line in datafiles.entries(read_sections(_TABLE)[section])
        for entry in _entries(line)
    ]
    return phrase_expression(entries)


@functools.cache
def _phrases() -> frozenset[str]:
    """The titles of several words (`## phrases`): "prime minister*", "ولي العهد"."""
    return frozenset(datafiles.entries(read_sections(_TABLE)["phrases"]))


@functools.cache
def _other_side() -> frozenset[str]:
    """The prepositions of `## other side`, folded: "в", "في" (folded "فی"), "لدى"."""
    return frozenset(
        fold(word, accents=False) for word in datafiles.words(read_sections(_TABLE)["other side"])
    )


def _entries(line: str) -> list[str]:
    """A line's words, with the two- and three-word titles of `## phrases` kept whole
    ("prime minister", "head of state", "ولي العهد")."""
    words = line.split()
    phrases = _phrases()
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2):
            joined = " ".join(words[i : i + size])
            if joined in phrases:
                found.append(joined)
                i += size
                break
        else:
            found.append(words[i])
            i += 1
    return found


def office_countries(name: str, language: str | None = None) -> set[str]:
    """The countries a participant's name says it holds an office of: an office word of
    `## office`, then "of" (du, de, von) and a country's name ("King Abdullah II of
    Jordan", "the Emir of Qatar", "Ambassador of Japan to China"), or in Cyrillic or
    Arabic script the first country among the three words after the office word, before
    a preposition ("Король Иордании", "министр иностранных дел КНДР"). A part of a country
    (`tables/country_parts.txt`) names its country: "Crown Prince of Abu Dhabi" the United
    Arab Emirates, "Prince of Wales" the United Kingdom.

    Example:
        >>> sorted(office_countries("King Abdullah II of Jordan"))
        ['JOR']
        >>> sorted(office_countries("Ambassador of Japan to China Kenji Kanasugi"))
        ['JPN']
        >>> sorted(office_countries("Crown Prince of Abu Dhabi"))
        ['ARE']
        >>> sorted(office_countries("The Prince of Wales")), sorted(office_countries("Jordan"))
        (['GBR'], [])
        >>> sorted(office_countries("министр иностранных дел КНДР"))
        ['PRK']
    """
    folded = fold(name, accents=False)
    office = _words("office").search(folded)
    if office is None:
        return set()
    rest = _WORD_REST.match(folded, office.end())  # "министр*" in "министром"
    end = rest.end() if rest else office.end()
    local = folded[office.start() : end] in _parts_table()[2]
    found = set()
    for k, of in enumerate(_OF.finditer(name, end)):
        words = _COUNTRY_END.split(name[of.end() :], maxsplit=1)[0].split()[:_COUNTRY_WORDS]
        before = name[: of.start()].split()[-1:]
        part = (k == 0 and local) or fold(" ".join(before), accents=False) in _parts_table()[3]
        for size in range(len(words), 0, -1):
            if code := _country_or_part(" ".join(words[:size]), language, part):
                found.add(code)
                break
    if not found:
        found.update(_genitive_country(name[end:].split(), language))
    return found


def is_office_word(word: str) -> bool:
    """Whether `word` is (or starts as) an office word of `## office` ("Minister",
    "Президентом")."""
    return _words("office").match(fold(word, accents=False)) is not None


def office_country_before(words: str, language: str | None = None) -> set[str]:
    """The country of an office the words before a name end with: the office's country
    (`office_countries`) when it is their last word ("министром иностранных дел Лаоса",
    "послом КНДР"; not "Президент России принял", whose country is not the name's).

    Example:
        >>> sorted(office_country_before("министром иностранных дел Лаоса"))
        ['LAO']
        >>> office_country_before("Президент России принял")
        set()
    """
    found = office_countries(words, language)
    last = (words.split() or [""])[-1].strip(",.;:")
    own = _country_or_part(last, language) or _declined(last, language)
    return found if own in found else set()


def _country_or_part(words: str, language: str | None, part: bool = False) -> str | None:
    """The country `words` name, or whose part they name (`tables/country_parts.txt`:
    "Abu Dhabi" -> ARE, "Wales" -> GBR); with `part` (after a local office or a word for
    a part of a country), only a part: "Georgia" is the US state's USA."""
    from visitx.places.countries import country_code

    key = fold(words, accents=False)
    parts, homonyms = _parts_table()[:2]
    if part:
        return homonyms.get(key) or parts.get(key)
    return parts.get(key) or country_code(words, language=language)


def _genitive_country(after: list[str], language: str | None) -> list[str]:
    """In Cyrillic or Arabic script, the first country among the three words after an office
    word, before a preposition: "Король Иордании", "министр иностранных дел КНДР", "وزير
    خارجية قطر"; not "посол в КНДР", whose country is the other side."""
    for i, word in enumerate(after[:_GENITIVE_WORDS]):
        if not _GENITIVE_SCRIPT.match(word) or fold(word, accents=False) in _other_side():
            return []
        pair = fold(" ".join(after[i : i + 2]).strip(",.;:،"), accents=False)
        if code := _parts_table()[0].get(pair):  # "آذربایجان شرقی", "Республики Сербской"
            return [code]
        if code := _country_or_part(word.strip(",.;:"), language) or _declined(word, language):
            return [code]
    return []


def _declined(word: str, language: str | None) -> str | None:
    """The country a capitalised Cyrillic word names in a case the country index lacks
    (Ukrainian "України", "Польщі", "Японії"): its stem with a nominative ending."""
    from visitx.places.countries import country_code

    word = word.strip(",.;:")
    if not word[:1].isupper() or not _CYRILLIC.match(word):
        return None
    for ending in _CASE_ENDINGS:
        stem = word[: len(word) - len(ending)]
        if word.endswith(ending) and len(stem) >= _MIN_STEM:
            for nominative in _NOMINATIVES:
                if code := country_code(stem + nominative, language=language):
                    return code
    return None


@functools.cache
def _parts_table() -> tuple[dict[str, str], dict[str, str], frozenset[str], frozenset[str]]:
    """`tables/country_parts.txt`: parts and homonyms (folded part -> country), the local
    offices and the words for a part of a country (folded)."""
    sections = read_sections("country_parts.txt")

    def rows(tag: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for line in datafiles.entries(sections[tag]):
            code, _, rest = line.partition(" ")
            found.update((fold(p.strip(), accents=False), code) for p in rest.split(","))
        return found

    def words(tag: str) -> frozenset[str]:
        return frozenset(fold(w, accents=False) for w in datafiles.words(sections[tag]))

    return rows("parts"), rows("homonyms"), words("local offices"), words("subdivisions")


def state_actor_named(visit: Visit) -> bool:
    """Whether a participant acts for a state: its sector says so, or an evidence sentence
    or a participant's name or title holds an office word ("President", "minister",
    "ambassador", "Emir")."""
    if any(p.sector in _STATE_SECTORS for p in visit.participants):
        return True
    texts = [s.text for s in visit.evidence] + [
        t.text for p in visit.participants for t in (p.name, p.title) if t
    ] + [p.title_en for p in visit.participants if p.title_en]
    return any(_words("office").search(fold(t, accents=False)) for t in texts)


def not_diplomatic(visit: Visit) -> str | None:
    """The word (folded) by which a visit with no state actor among its participants
    says it is of tourists, visitors, a team, a company's staff or a relative; or None.

    Example:
        >>> from visitx.core.models import Span, Visit
        >>> def visit(sentence: str) -> Visit:
        ...     return Visit(id="x-0", type="visit", status="occurred", summary="s",
        ...                  evidence=[Span(text=sentence, start=0, end=len(sentence))])
        >>> not_diplomatic(visit("Two million Russian tourists visited Turkey in May."))
        'tourist'
        >>> not_diplomatic(visit("Modi toured the Louvre museum with President Macron.")) is None
        True
    """
    if state_actor_named(visit):
        return None
    texts = [s.text for s in visit.evidence if s.start is not None]
    texts += [p.name.text for p in visit.participants]
    for text in texts:
        if found := _words("leisure").search(fold(text, accents=False)):
            return found.group(0)
    return None
