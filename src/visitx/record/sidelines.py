"""Meetings on the sidelines of a summit given as a visit to a host.

A weak model gives every meeting of two leaders as type `visit`, one the visitor, the
other the host: "Xi Jinping met Joe Biden on the sidelines of the APEC summit in Lima",
"En marge du sommet de l'ASEAN à Vientiane, Ishiba s'est entretenu avec Marcos", "На
полях саммита ШОС в Астане Путин провёл встречу с Эрдоганом". Both sides are guests of the
summit: the meeting is CAMEO 044 (type `third_location` or `multilateral`), not 042/043.
`sidelines_evidence` gives the phrase when every located evidence sentence of a visit
given as type `visit` holds a phrase of `tables/sideline_words.txt` or names the summit
itself, a word of a summit or another multilateral event (`## event all`) stands among
them, and none reports a state, official or working visit (`## visit all`); such a visit
is re-asked, then gets no codes (`record.codes.Uncodable.SIDELINES`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from visitx.core.textfold import fold
from visitx.record.phrases import section_expression

__all__ = ["sidelines_cue", "sidelines_evidence"]

_TABLE = "sideline_words.txt"
_phrases = functools.partial(section_expression, _TABLE)


def sidelines_cue(sentence: str) -> str | None:
    """The phrase (folded) by which `sentence` puts a meeting on the sidelines of a summit
    or another multilateral event (a word of `## event all` in the sentence), when it
    reports no state, official or working visit; else None.

    Example:
        >>> sidelines_cue("Xi met Biden on the sidelines of the APEC summit in Lima.")
        'on the sidelines of'
        >>> sidelines_cue("Tokayev received Xi for a state visit on the sidelines of the summit.")
        >>> sidelines_cue("Scholz met Ruto in Nairobi on Monday.")
        >>> sidelines_cue("Am Rande der Konsultationen traf Wadephul Sikorski.")
    """
    folded = fold(sentence, accents=False)
    found = _phrases("sidelines").search(folded)
    if found is None or _phrases("event").search(folded) is None:
        return None
    return None if _phrases("visit").search(folded) else found.group(0)


def sidelines_evidence(kind: str, sentences: Iterable[str]) -> str | None:
    """For a visit of type `kind` given as `visit`: the first sidelines phrase of its
    located evidence `sentences` when each of them holds one or names the summit or
    event itself, one names the event, and none reports a state, official or working
    visit (`sidelines_cue` for a single sentence; "Leaders of the 27 EU member states met
    in Brussels on Thursday." and "On the sidelines, Martin held a bilateral meeting with
    Montenegro." drafted as one visit); else None.

    Example:
        >>> sidelines_evidence("visit", ["EU leaders met for a summit in Brussels.",
        ...                              "On the sidelines, Martin met Montenegro."])
        'on the sidelines'
        >>> sidelines_evidence("visit", ["EU leaders met for a summit in Brussels.",
        ...                              "Martin then flew to Lisbon to meet Montenegro."])
    """
    if kind != "visit":
        return None
    folded = [fold(s, accents=False) for s in sentences]
    sides = [_phrases("sidelines").search(f) for f in folded]
    events = [_phrases("event").search(f) is not None for f in folded]
    if not any(sides) or not any(events) or any(_phrases("visit").search(f) for f in folded):
        return None
    if not all(side is not None or event for side, event in zip(sides, events, strict=True)):
        return None
    return next(side.group(0) for side in sides if side is not None)
