"""A visit or a participant a draft gives twice.

A weak model repeats a visit word for word, with the roles swapped, one field dropped or a
word added (`same_visit`), and each copy would count as an event; it writes one visitor
eight times (`repeated_participants`), and each copy would count as a party.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from visitx.core.textfold import fold

if TYPE_CHECKING:
    from visitx.record.draft import DraftVisit

__all__ = ["repeated_participants", "same_visit", "visit_key"]


def visit_key(visit: DraftVisit) -> tuple[object, ...]:
    """What makes two visits of a draft the same one: type, status, participants (role
    and name), place, date text and evidence, folded (case, spaces, format characters)."""
    return (
        visit.type,
        visit.status,
        frozenset((p.role, _key(p.name)) for p in visit.participants),
        _key(visit.location.name) if visit.location else "",
        _key(visit.date_text),
        frozenset(_key(s) for s in visit.evidence),
    )


def same_visit(
    visits: Sequence[DraftVisit], day: Callable[[str], str | None] | None = None
) -> dict[int, int]:
    """Each visit that repeats an earlier one -> the index of that one.

    A visit repeats another when their `visit_key`s are equal, or when they have the same
    type and status, the same participants' names (whatever their roles), an evidence
    sentence in common, and no two different date texts or places (one left empty is no
    difference, nor a preposition or an article: `Monday` and `on Monday`): a weak model
    gives one visit twice with the roles swapped, one field dropped or a word added. "X met
    Y on Monday and again on Wednesday", two visits in one sentence, keep their two date
    texts.

    With `day` (a date text -> the single day it reads as, or None), a visit also repeats
    another of the same type, status and participants' names, with no two different
    places, whose date text reads as the same single day ("mardi" and "Hier" in an article
    of Wednesday): the second sentence tells more of the same meeting.
    """
    kept: list[int] = []
    repeats: dict[int, int] = {}
    for i, visit in enumerate(visits):
        earlier = next(
            (j for j in kept if _repeats(visit, visits[j]) or _same_day(visit, visits[j], day)),
            None,
        )
        if earlier is None:
            kept.append(i)
        else:
            repeats[i] = earlier
    return repeats


def _key(text: str | None) -> str:
    """`text` folded (case, format characters) with its spaces collapsed; "" for None."""
    return " ".join(fold(text or "").split())


def _repeats(one: DraftVisit, other: DraftVisit) -> bool:
    """Whether two visits of a draft are one (see `same_visit`)."""
    if visit_key(one) == visit_key(other):
        return True
    names = {_key(p.name) for p in one.participants}
    place, place2 = (_key(v.location.name) if v.location else "" for v in (one, other))
    date, date2 = _key(one.date_text), _key(other.date_text)
    return bool(
        (one.type, one.status) == (other.type, other.status)
        and names
        and _same_people(names, {_key(p.name) for p in other.participants})
        and {_key(e) for e in one.evidence} & {_key(e) for e in other.evidence}
        and (not date or not date2 or _same_words(date, date2))
        and (not place or not place2 or _same_words(place, place2, countries=True))
    )


def _same_day(
    one: DraftVisit, other: DraftVisit, day: Callable[[str], str | None] | None
) -> bool:
    """Whether two visits of the same type, status and people, with no two different
    places, are dated the same single day by `day`."""
    if day is None or not one.date_text or not other.date_text:
        return False
    names = {_key(p.name) for p in one.participants}
    place, place2 = (_key(v.location.name) if v.location else "" for v in (one, other))
    when = day(one.date_text)
    return bool(
        (one.type, one.status) == (other.type, other.status)
        and names
        and _same_people(names, {_key(p.name) for p in other.participants})
        and (not place or not place2 or _same_words(place, place2, countries=True))
        and when is not None
        and when == day(other.date_text)
    )


def _same_people(names: set[str], names2: set[str]) -> bool:
    """Whether two sets of folded names are the same people, a name also matching its own
    last words ("erdoğan" and "recep tayyip erdoğan": a surname given once, the full name
    once)."""
    if len(names) != len(names2):
        return False
    left = set(names2)
    for name in sorted(names, key=len, reverse=True):
        match = next((other for other in sorted(left) if _one_name(name, other)), None)
        if match is None:
            return False
        left.discard(match)
    return True


def _one_name(name: str, other: str) -> bool:
    words, words2 = sorted((name.split(), other.split()), key=len)
    if not words:  # a blank name is only another blank one
        return not words2
    return words == words2[len(words2) - len(words) :] and len(words[-1]) > _SHORT


_SHORT = 3  # a word this long or shorter, not a number, is a preposition or an article
_WORDS = re.compile(r"\w+")


def _same_words(one: str, other: str, countries: bool = False) -> bool:
    """Whether two folded texts differ only by short words (`Monday` and `on Monday`, `the
    Kremlin` and `Kremlin`), or with `countries` by a country's name (`Nakhchivan` and
    `Nakhchivan, Azerbaijan`), not by a day, a number or a name (`Monday and Wednesday`).

    Example:
        >>> _same_words("monday", "on monday"), _same_words("monday", "monday and wednesday")
        (True, False)
        >>> _same_words("may", "12 may"), _same_words("baku", "baku, azerbaijan", countries=True)
        (False, True)
    """
    words, words2 = _WORDS.findall(one), _WORDS.findall(other)
    short, long = sorted((words, words2), key=len)
    rest = list(long)
    for word in short:
        if word not in rest:
            return False
        rest.remove(word)
    if all(len(word) <= _SHORT and not any(c.isdigit() for c in word) for word in rest):
        return True
    if not countries:
        return False
    from visitx.places.countries import country_code

    named = [w for w in rest if len(w) > _SHORT or any(c.isdigit() for c in w)]
    return country_code(" ".join(named)) is not None


def repeated_participants(names: Sequence[tuple[str, str]]) -> list[int]:
    """The indexes of (role, name) pairs that repeat an earlier one, compared folded (a
    weak model writes one visitor eight times; each copy would count as a party).

    Example:
        >>> repeated_participants([("visitor", "Nurtleu"), ("visitor", "NURTLEU"),
        ...                        ("host", "Nurtleu")])
        [1]
    """
    seen: set[tuple[str, str]] = set()
    repeats = []
    for i, (role, name) in enumerate(names):
        key = (role, _key(name))
        if key in seen:
            repeats.append(i)
        seen.add(key)
    return repeats
