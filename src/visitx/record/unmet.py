"""Whether the article's own sentences say that a visit did not take place (or is yet to
come), or that an agreement was not signed.

A weak model gives the status `occurred` to "Manalo did not travel to Pyongyang", "a visit
... has been postponed" or "Pham Minh Chinh will visit Nairobi", and `signed` to "they
discussed a rice supply agreement but did not sign it". The phrases that say so are in
`tables/unmet_words.txt` (English, French, Spanish, German, Turkish and Russian; every
section applies whatever the article's language; the other languages have none yet):

- `unmet_cue(sentence, NOT_OCCURRED)`: a visit given as occurred whose every evidence
  sentence says it did not take place gets no codes (`record.codes`). A sentence says so
  by a phrase that denies, cancels or postpones it ("did not travel") that no "but"
  separates from a phrase that reports a completed visit ("arrived", "met"), or by a
  future phrase ("will visit", "is expected to") beside no such phrase: "arrived on
  Monday and will visit Da Nang on Wednesday" reports the visit;
- `unsigned_because(span, text, year)`: a signed agreement whose mention stands in a
  heading or the related articles' titles, in a sentence that says it was not signed, or
  that names only years before the visit's, earns no CAMEO 057.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Literal

from visitx.core.datafiles import read_sections
from visitx.core.textfold import fold
from visitx.record.context import SENTENCE_ENDS, is_furniture, paragraph

if TYPE_CHECKING:
    from visitx.core.models import Span

__all__ = ["NOT_OCCURRED", "NOT_SIGNED", "sentence_at", "unmet_cue", "unsigned_because"]

_TABLE = "unmet_words.txt"
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FIRST_YEAR, _LAST_YEAR = 1600, 2100
Kind = Literal["not_occurred", "not_signed"]
NOT_OCCURRED: Kind = "not_occurred"
NOT_SIGNED: Kind = "not_signed"
# The table's other sections: what is yet to come, what reports a completed visit, and the
# words ("but") after which a sentence may turn from what did not happen to what did.
_FUTURE, _OCCURRED, _CONTRAST = "future", "occurred", "contrast"


@functools.cache
def _phrases(kind: str) -> re.Pattern[str]:
    alternatives: list[str] = []
    for tag, body in read_sections(_TABLE).items():
        if tag.split()[0] != kind:
            continue
        for line in body.splitlines():
            entry = line.strip()
            if not entry or entry.startswith("#"):
                continue
            phrase = re.escape(fold(entry.rstrip("*"), accents=False))
            alternatives.append(phrase if entry.endswith("*") else phrase + r"(?!\w)")
    alternatives.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


def unmet_cue(sentence: str, kind: Kind) -> str | None:
    """The phrase (folded) by which `sentence` says a visit did not take place or is yet
    to come (`NOT_OCCURRED`), or that an agreement was not signed (`NOT_SIGNED`), or None.

    For `NOT_OCCURRED`: the first phrase that denies, cancels or postpones that no
    contrast word ("but") separates from a phrase that reports a completed visit; else,
    when no such phrase stands in the sentence, its first future phrase.

    Example:
        >>> unmet_cue("Manalo did not travel to Pyongyang last week.", NOT_OCCURRED)
        'did not travel'
        >>> unmet_cue("Ziyaret ileri bir tarihe ertelendi.", NOT_OCCURRED)
        'ertelen'
        >>> unmet_cue("Ruto will visit Hanoi next month.", NOT_OCCURRED)
        'will visit'
        >>> unmet_cue("Ruto arrived in Hanoi and will visit Da Nang.", NOT_OCCURRED) is None
        True
        >>> unmet_cue("Manalo did not visit Pyongyang but met Kim.", NOT_OCCURRED) is None
        True
    """
    folded = fold(sentence, accents=False)
    if kind == NOT_SIGNED:
        found = _phrases(kind).search(folded)
        return None if found is None else found.group(0)
    denied = list(_phrases(NOT_OCCURRED).finditer(folded))
    future = list(_phrases(_FUTURE).finditer(folded))
    cues = [(m.start(), m.end()) for m in denied + future]
    done = [
        (m.start(), m.end())
        for m in _phrases(_OCCURRED).finditer(folded)
        if not any(m.start() < end and start < m.end() for start, end in cues)
    ]
    turns = [m.start() for m in _phrases(_CONTRAST).finditer(folded)]
    for cue in denied:
        if not any(_turns_between((cue.start(), cue.end()), d, turns) for d in done):
            return cue.group(0)
    return future[0].group(0) if future and not done else None


def _turns_between(one: tuple[int, int], other: tuple[int, int], turns: list[int]) -> bool:
    """Whether a contrast word starts between two phrases that do not overlap."""
    low, high = min(one[1], other[1]), max(one[0], other[0])
    return any(low <= turn < high for turn in turns)


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of `text` that holds `[start, end)`: from the sentence end before it
    to the one after it, inside its line.

    Example:
        >>> text = "They signed a port deal. They discussed a rail deal but did not sign it."
        >>> sentence_at(text, 42, 51)
        'They discussed a rail deal but did not sign it.'
    """
    first, last = paragraph(text, start, end)
    begin = max((text.rfind(c, first, start) for c in SENTENCE_ENDS), default=-1)
    begin = first if begin < first else begin + 1
    stops = [i for c in SENTENCE_ENDS if (i := text.find(c, end, last)) >= 0]
    return text[begin : min(stops) + 1 if stops else last].strip()


def unsigned_because(span: Span, text: str, year: str | None = None) -> str | None:
    """Why a located agreement mention does not show an agreement signed at the visit, or
    None: it stands in page furniture (a heading, the related articles' titles), its
    sentence says it was not signed ("did not sign it", "still being negotiated"), or it
    names only years before the visit's `year` (the start of its date: "the 1992 trade
    treaty" is not signed at a visit of 2025).

    Example:
        >>> text = "Related\\nIndonesia and Brazil sign biofuel pact\\nThey did not sign a deal."
        >>> from visitx.core.models import Span
        >>> unsigned_because(Span(text="biofuel pact", start=34, end=46), text)
        'it stands in a heading or a list of titles, not in a sentence'
        >>> unsigned_because(Span(text="deal", start=67, end=71), text)
        "its sentence says it was not signed ('did not sign')"
    """
    if span.start is None or span.end is None:
        return None
    first, last = paragraph(text, span.start, span.end)
    if is_furniture(text[first:last]):
        return "it stands in a heading or a list of titles, not in a sentence"
    cue = unmet_cue(sentence_at(text, span.start, span.end), NOT_SIGNED)
    if cue is not None:
        return f"its sentence says it was not signed ({cue!r})"
    years = [int(y) for y in _YEAR.findall(span.text) if _FIRST_YEAR <= int(y) <= _LAST_YEAR]
    if year is not None and years and max(years) < int(year[:4]):
        return f"it names {max(years)}, before the visit ({year[:4]})"
    return None
