"""Meetings on the sidelines of a summit given as a visit to a host.

A weak model gives every meeting of two leaders as type `visit`, one the visitor, the
other the host: "Xi Jinping met Joe Biden on the sidelines of the APEC summit in Lima",
"En marge du sommet de l'ASEAN à Vientiane, Ishiba s'est entretenu avec Marcos", "На
полях саммита ШОС в Астане Путин провёл встречу с Эрдоганом". Both sides are guests of the
summit: the meeting is CAMEO 044 (type `third_location` or `multilateral`), not 042/043.
`sidelines_evidence` gives the phrase when every located evidence sentence of a visit
given as type `visit` holds a phrase of `tables/sideline_words.txt` beside a word of a
summit or another multilateral event (`## event all`) and none reports a
state, official or working visit (`## visit all`); such a visit is re-asked, then gets no
codes (`record.codes.Uncodable.SIDELINES`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from visitx.core import datafiles
from visitx.core.datafiles import read_sections
from visitx.core.textfold import fold
from visitx.record.phrases import phrase_expression

__all__ = ["sidelines_cue", "sidelines_evidence"]

_TABLE = "sideline_words.txt"


@functools.cache
def _phrases(kind: str) -> re.Pattern[str]:
    """The phrases of the table's `## <kind> ...` sections as one expression."""
    return phrase_expression(
        entry
        for tag, body in read_sections(_TABLE).items()
        if tag.split()[0] == kind
        for entry in datafiles.entries(body)
    )


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
    """For a visit of type `kind` given as `visit`: the sidelines phrase of its first
    evidence sentence when every one of `sentences` (its located evidence) holds one
    (`sidelines_cue`), else None."""
    if kind != "visit":
        return None
    cues = [sidelines_cue(s) for s in sentences]
    return cues[0] if cues and all(cues) else None
