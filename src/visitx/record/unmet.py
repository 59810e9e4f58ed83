"""Whether the article's own sentences say that a visit did not take place (or is yet to
come), or that an agreement was not signed.

A weak model gives the status `occurred` to "Manalo did not travel to Pyongyang", "a visit
... has been postponed" or "Pham Minh Chinh will visit Nairobi", and `signed` to "they
discussed a rice supply agreement but did not sign it". The phrases that say so are in
`tables/unmet_words.txt` (the 14 languages visitx reads; every section applies whatever
the article's language):

- `unmet_cue(sentence, NOT_OCCURRED)`: a visit given as occurred whose every evidence
  sentence says it did not take place gets no codes (`record.codes`). A sentence says so
  by a phrase that denies, cancels or postpones it ("did not travel") that no "but"
  separates from a phrase that reports a completed visit ("arrived", "met"), or by a
  future phrase ("will visit", "is expected to") beside no such phrase: "arrived on
  Monday and will visit Da Nang on Wednesday" reports the visit;
- `call_cue(sentence)` and `in_person_cue(sentence)`: a visit given as a meeting in person
  whose evidence reports a telephone or video call and no visit gets no codes
  (`record.codes`);
- `unsigned_because(span, text, year)`: a signed agreement whose mention stands in a
  heading or the related articles' titles, in a sentence that says it was not signed, or
  that names only years before the visit's, earns no CAMEO 057.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from visitx.core.textfold import fold
from visitx.record.context import SENTENCE_ENDS, is_furniture, paragraph
from visitx.record.phrases import UNSPACED, section_expression

if TYPE_CHECKING:
    from visitx.core.models import Span

__all__ = [
    "NOT_OCCURRED",
    "NOT_SIGNED",
    "call_cue",
    "call_without_visit",
    "cancelled_cue",
    "engagement_cue",
    "in_person_cue",
    "sentence_at",
    "unmet_cue",
    "unsigned_because",
]

_TABLE = "unmet_words.txt"
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FIRST_YEAR, _LAST_YEAR = 1600, 2100
Kind = Literal["not_occurred", "not_signed"]
NOT_OCCURRED: Kind = "not_occurred"
NOT_SIGNED: Kind = "not_signed"
# The table's other sections: what is yet to come, what reports a completed visit, and the
# words ("but") after which a sentence may turn from what did not happen to what did.
_FUTURE, _OCCURRED, _CONTRAST = "future", "occurred", "contrast"
# Phrases that report a telephone or video call.
_CALL = "call"
# Phrases that deny, rule out or negate a plan, read for a visit given as planned.
_RULED_OUT = "ruled_out"
# Phrases that deny a plan only for a visit given as planned ("neither" in "Neither side
# gave details" follows many a real meeting).
_PLAN_DENIED = "plan_denied"
# Phrases that negate or refuse a ruling-out ("did not rule out", "n'exclut pas").
_NOT_RULED_OUT = "not_ruled_out"
# Words of an invitation (`call_without_visit`).
_INVITATION = "invitation"
# Words that report a visit, a meeting, talks or a call (beside every section above).
_ENGAGEMENT = "engagement"
# A written message sent ("направил приветствие"): its verb reports no engagement.
_MESSAGE = "message"
# Kana: a text with them is Japanese, not Chinese.
_KANA = re.compile("[\u3040-\u30ff]")
_phrases = functools.partial(section_expression, _TABLE)


def unmet_cue(sentence: str, kind: Kind) -> str | None:
    """The phrase (folded) by which `sentence` says a visit did not take place or is yet
    to come (`NOT_OCCURRED`), or that an agreement was not signed (`NOT_SIGNED`), or None.

    For `NOT_OCCURRED`: the first phrase that denies, cancels or postpones that no
    contrast word ("but") separates from a phrase that reports a completed visit; else,
    when no such phrase stands in the sentence, its first future phrase, or a phrase that
    rules a plan out followed by an engagement word ("ruled out a visit").

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
        >>> unmet_cue("The Kremlin ruled out a visit to Pyongyang.", NOT_OCCURRED)
        'ruled out'
        >>> unmet_cue("In Beijing, Scholz ruled out recognising Taiwan.", NOT_OCCURRED) is None
        True
    """
    folded = fold(sentence, accents=False)
    if kind == NOT_SIGNED:
        found = _phrases(kind).search(folded)
        return None if found is None else found.group(0)
    denied = list(_phrases(NOT_OCCURRED).finditer(folded))
    future = list(_phrases(_FUTURE).finditer(folded))
    if not denied and not future and not _phrases(_RULED_OUT).search(folded):
        return None  # most evidence sentences: nothing more to look for
    done = _reported(folded, denied, future)
    standing = _standing_denials(folded, denied, done)
    if standing:
        return standing[0].group(0)
    if done:
        return None
    if future:
        return future[0].group(0)
    # A plan ruled out ("ruled out a visit to Moscow", "schloss einen Besuch in Moskau
    # aus") with no completed visit beside it: nothing took place, when what it rules out
    # is an engagement ("ruled out recognising Taiwan" rules out none).
    cue = _ruled_out(folded, denied, future, (_RULED_OUT,))
    if cue is None or engagement_cue(folded[cue.start():]) is None:
        return None
    return cue.group(0)


def cancelled_cue(sentence: str) -> str | None:
    """The phrase (folded) by which `sentence` says a visit was called off, postponed or
    will not take place, for a visit given as planned or invited; or None.

    It is a denying phrase of `unmet_cue` that no contrast word turns to a completed
    visit and that no future phrase follows ("was postponed and will now take place in
    March" plans the visit anew); a future phrase before it ("had been expected to visit
    but cancelled") does not. Else a phrase of `## ruled_out` that denies the plan after
    it ("ruled out a trip by Putin", "will not travel", "ne se rendra pas", "nicht
    geplant"; `_ruled_out`).

    Example:
        >>> cancelled_cue("Duda has called off a planned trip to Lisbon.")
        'called off'
        >>> cancelled_cue("The visit was postponed and will take place in March.") is None
        True
        >>> cancelled_cue("Ruto will visit Hanoi next month.") is None
        True
        >>> cancelled_cue("Ankara denied reports that Erdogan would visit Damascus.")
        'denied reports'
    """
    folded = fold(sentence, accents=False)
    denied = list(_phrases(NOT_OCCURRED).finditer(folded))
    future = list(_phrases(_FUTURE).finditer(folded))
    for cue in _standing_denials(folded, denied, _reported(folded, denied, future)):
        if not any(f.start() >= cue.end() for f in future):
            return cue.group(0)
    found = _ruled_out(folded, denied, future, (_RULED_OUT, _PLAN_DENIED))
    return None if found is None else found.group(0)


def _ruled_out(
    folded: str, denied: list[re.Match[str]], future: list[re.Match[str]], kinds: tuple[str, ...]
) -> re.Match[str] | None:
    """The first phrase of the `kinds` sections (`## ruled_out`, and `## plan_denied` for a
    planned visit) that denies the plan after it: no future phrase
    ends before it, no contrast word and no denying phrase of `## not_occurred` follows it
    ("denied reports that the trip had been called off" plans the trip), and no phrase of
    `## not_ruled_out` overlaps or follows it ("did not rule out a visit", "schloss eine
    Reise nicht aus")."""
    turns = [m.start() for m in _phrases(_CONTRAST).finditer(folded)]
    negated = [m.end() for m in _phrases(_NOT_RULED_OUT).finditer(folded)]
    cues = sorted((m for k in kinds for m in _phrases(k).finditer(folded)), key=re.Match.start)
    for cue in cues:
        if any(f.end() <= cue.start() for f in future) or any(n > cue.start() for n in negated):
            continue
        if any(t >= cue.end() for t in turns) or any(d.start() >= cue.end() for d in denied):
            continue
        return cue
    return None


def _standing_denials(
    folded: str, denied: list[re.Match[str]], done: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """The denying phrases that no contrast word separates from a completed-visit phrase
    ("did not visit Pyongyang but met Kim in Beijing" has none)."""
    turns = [m.start() for m in _phrases(_CONTRAST).finditer(folded)]
    return [
        cue
        for cue in denied
        if not any(_turns_between((cue.start(), cue.end()), d, turns) for d in done)
    ]


def call_cue(sentence: str) -> str | None:
    """The phrase (folded) by which `sentence` reports a telephone or video call, or None.

    Example:
        >>> call_cue("Blinken spoke by phone with Wang Yi on Wednesday.")
        'by phone'
        >>> call_cue("Путин провёл телефонный разговор с Токаевым.")
        'телефон'
        >>> call_cue("Ruto arrived in Hanoi on Monday.") is None
        True
    """
    found = _phrases(_CALL).search(fold(sentence, accents=False))
    return None if found is None else found.group(0)


def in_person_cue(sentence: str) -> str | None:
    """The phrase (folded) by which `sentence` reports a visit made or to come ("arrived",
    "met", "will visit"), or None.

    Example:
        >>> in_person_cue("Ruto arrived in Hanoi on Monday.")
        'arrived'
        >>> in_person_cue("No visit was announced.") is None
        True
    """
    folded = fold(sentence, accents=False)
    found = _phrases(_OCCURRED).search(folded) or _phrases(_FUTURE).search(folded)
    return None if found is None else found.group(0)


def engagement_cue(sentence: str) -> str | None:
    """The first word or phrase (folded) by which `sentence` reports a visit, a meeting,
    talks or a call – made, to come, called off or by telephone – or None: a sentence
    without one reports no engagement (`## engagement` and every other section of
    `tables/unmet_words.txt`).

    Example:
        >>> engagement_cue("Analysts said demand in China remained the main uncertainty.")
        >>> engagement_cue("The ministers discussed uranium supplies.")  # discuss*
        'discuss'
        >>> engagement_cue("Visitors from abroad made up almost half of the total.") is None
        True

    The phrases of a written message sent (`## message`: "направил приветствие", a
    greeting sent) are read as no words first: their verb is no engagement.
    """
    folded = _phrases(_MESSAGE).sub(" ", fold(sentence, accents=False))
    for kind in (_ENGAGEMENT, _OCCURRED, _FUTURE, NOT_OCCURRED, _CALL):
        if found := _phrases(kind).search(folded):
            return found.group(0)
    return None


def call_without_visit(sentences: Iterable[str], invited: bool = False) -> str | None:
    """The call phrase of the first of `sentences` that reports a telephone or video call
    (`call_cue`), when none of the others reports a visit made or to come
    (`in_person_cue`); else None. For a visit given as `invited`, also None when one of
    them holds a word of an invitation (`## invitation all`): an invitation made in a call
    invites a visit to come.

    Example:
        >>> call_without_visit(["Blinken spoke by phone with Wang Yi.", "No visit was announced."])
        'by phone'
        >>> call_without_visit(["They spoke by phone in March.", "Ruto arrived in Hanoi."]) is None
        True
    """
    found = None
    for sentence in sentences:
        cue = call_cue(sentence)
        if cue is None and in_person_cue(sentence) is not None:
            return None
        if invited and _phrases(_INVITATION).search(fold(sentence, accents=False)):
            return None
        found = found or cue
    return found


def _reported(
    folded: str, denied: list[re.Match[str]], future: list[re.Match[str]]
) -> list[tuple[int, int]]:
    """Where the sentence's phrases of a completed visit stand, but those inside a denying
    or future phrase ("never visited") and, in Chinese (Han without kana), those after
    its first future phrase: Chinese verbs carry no tense, and 将, 拟, 预计 govern the
    verbs that follow them ("将于5日抵达北京" is no arrival)."""
    cues = [(m.start(), m.end()) for m in denied + future]
    chinese = bool(future) and UNSPACED.search(folded) and not _KANA.search(folded)
    last = future[0].start() if chinese else len(folded)
    return [
        (m.start(), m.end())
        for m in _phrases(_OCCURRED).finditer(folded)
        if m.start() < last and not any(m.start() < end and start < m.end() for start, end in cues)
    ]


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
