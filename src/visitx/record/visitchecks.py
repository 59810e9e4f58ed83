"""Checks of a draft's visits that need the article, or the other visits (see `find_problems`).

- where the evidence, the participants and the date stand (`record.context`): an
  evidence span that is a heading, a caption or a piece of a sentence; participants
  named only in the page furniture (a byline, a photo credit, the related articles); a
  date text outside the paragraphs of the visit's evidence (the publication line, page
  furniture, another event's year);
- a visit or a participant given twice: `record.repeats`;
- a summary that is not in English (`summary_language_problem`): the title or an evidence
  sentence copied in the article's language;
- a summary copied from the draft schema's instructions (`summary_copy_problem`): "One
  English sentence: who met whom, where, when." says nothing of the visit, nor does a
  template ("X invited Y to visit Z") or a summary of words that name nothing ("The article
  reports on a visit.").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from visitx.core.textfold import fold
from visitx.record import unmet
from visitx.record.context import (
    evidence_problem,
    in_paragraphs,
    in_sentences,
    locate_within,
)
from visitx.record.names import is_name_like
from visitx.record.sidelines import sidelines_evidence
from visitx.record.unmet import NOT_OCCURRED, call_without_visit, unmet_cue, unsigned_because

if TYPE_CHECKING:
    from visitx.core.models import Participant, Span, Visit
    from visitx.record.draft import DraftVisit

__all__ = [
    "generic_names",
    "placed_problems",
    "summary_copy_problem",
    "summary_furniture_problem",
    "summary_language_problem",
]

_ENGLISH = "english_markers.txt"


def placed_problems(where: str, visit: DraftVisit, article: str) -> Iterator[str]:
    """The re-ask messages for evidence that is no whole sentence of the article, for
    participants named only in its page furniture, and for a date text outside the
    paragraphs of the visit's evidence (quotes not in the article
    are reported by `find_problems` already)."""
    from visitx.record.draft import short
    from visitx.record.sentences import sentence_problem

    spans: list[Span] = []
    for j, sentence in enumerate(visit.evidence):
        span = locate_within(sentence, article)
        if span is None or span.start is None or span.end is None:
            continue
        spans.append(span)
        if sentence_problem(sentence) is not None:
            continue  # said by `visit_problems`
        if (why := evidence_problem(article, span.start, span.end)) is not None:
            yield (
                f"{where}.evidence[{j}] = {short(sentence)} is not a whole sentence of the "
                f"article ({why}). Copy one or more whole sentences of the article that "
                "report this engagement."
            )
    named = [
        p for p in visit.participants if is_name_like(p.name) and locate_within(p.name, article)
    ]
    if named and not any(
        in_sentences(q, article) for p in named for q in (p.name, p.title, p.organization) if q
    ):
        yield (
            f"{where}: the participants {', '.join(short(p.name) for p in named)} are named "
            "only in the byline, a caption or a heading of the article, not in its sentences. "
            "Name who travelled and who received them as the sentences that report this "
            "engagement write them."
        )
    yield from _unmet_problems(where, visit, article, spans)
    date = visit.date_text
    if spans and date and locate_within(date, article) and not in_paragraphs(date, article, spans):
        yield (
            f"{where}.date_text = {short(date)} is not in the paragraphs of this visit's "
            "evidence (a publication date, a page's date or another event's date does not "
            "date this visit). Copy the date expression of this engagement from the "
            "sentences that report it, with the sentence that gives it in evidence, or use "
            "null if the article does not date it."
        )


def _unmet_problems(
    where: str, visit: DraftVisit, article: str, spans: list[Span]
) -> Iterator[str]:
    """Re-asks for a visit given as occurred whose evidence says it did not take place or
    is yet to come, for one given as planned or invited whose evidence says it was called
    off, for one given as a meeting in person whose evidence reports a call and
    no visit, and for a signed agreement whose sentence says it was not signed
    (`record.unmet`)."""
    from visitx.record.draft import short

    cues = [unmet_cue(span.text, NOT_OCCURRED) for span in spans]
    if visit.status == "occurred" and cues and all(cues):
        yield (
            f"{where}.status = 'occurred', but its evidence says {cues[0]!r}. Give the status "
            "the article gives (planned, invited or cancelled), or leave out a visit that did "
            "not take place."
        )
    called_off = [unmet.cancelled_cue(span.text) for span in spans]
    if visit.status in ("planned", "invited") and called_off and all(called_off):
        yield (
            f"{where}.status = '{visit.status}', but its evidence says {called_off[0]!r}. "
            "Give status 'cancelled' for a visit called off or postponed with no new date, "
            "or leave out a visit that will not take place."
        )
    if spans and not any(unmet.engagement_cue(span.text) for span in spans):
        yield (
            f"{where}.evidence reports no visit, meeting, talks or call. Copy the sentences "
            "of the article that report this engagement, or leave out a visit the article "
            "does not report."
        )
    call = call_without_visit((span.text for span in spans), invited=visit.status == "invited")
    if visit.type != "remote" and call is not None:
        yield (
            f"{where}.type = '{visit.type}', but its evidence reports a call ({call!r}) and "
            "no visit. Give type 'remote' for a telephone or video call, or leave out a "
            "visit the article does not report."
        )
    if (side := sidelines_evidence(visit.type, (span.text for span in spans))) is not None:
        yield (
            f"{where}.type = 'visit', but its evidence puts the meeting on a summit's "
            f"sidelines ({side!r}). Give type 'third_location' (or 'multilateral') with "
            "role 'participant' for both sides when neither received the other at home."
        )
    for j, agreement in enumerate(visit.agreements):
        span = locate_within(agreement.text, article)
        if agreement.status != "signed" or span is None:
            continue
        if (why := unsigned_because(span, article)) is not None:
            yield (
                f"{where}.agreements[{j}] = {short(agreement.text)} is given as signed, but "
                f"{why}. Give status 'planned' for an agreement the article does not say was "
                "signed during this engagement, or leave it out."
            )


def generic_names(visit: Visit) -> list[Participant]:
    """The participants whose names are found in the article but name no one: generic
    words ("she", "Thursday", "the ministers"; `record.names.is_name_like`), or a sentence."""
    return [
        p
        for p in visit.participants
        if p.name.start is not None
        and any(c.isalpha() for c in p.name.text)
        and not is_name_like(p.name.text)
    ]


@functools.cache
def _english_markers() -> frozenset[str]:
    from visitx.core.datafiles import read_text

    return frozenset(
        word
        for line in read_text(_ENGLISH).splitlines()
        if not line.startswith("#")
        for word in line.split()
    )


def summary_language_problem(summary: str) -> str | None:
    """Why a summary is not English, or None when it may be.

    Not English: the language identifier is sure of another language and the summary
    holds none of the common English words of `tables/english_markers.txt` (an English
    summary full of Turkish names, "BERTO visited Dilucu Sınır Kapısı", reads as Turkish
    to the identifier, but "visited" is English).

    Example:
        >>> summary_language_problem("Partnerschaft für Smart Cities: Turkmenistan und "
        ...                          "Südkorea planen Zusammenarbeit")
        'written in de, not English'
    """
    from visitx.text.language import guess_language

    words = {w.strip(".,;:!?\"'()").casefold() for w in summary.split()}
    if words & _english_markers():  # cheaper than the identifier, and decides alone
        return None
    language = guess_language(summary)
    if language in (None, "en"):
        return None
    return f"written in {language}, not English"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


@functools.cache
def _instructions() -> tuple[str, ...]:
    """The words of every description in the draft's JSON schema (what the model reads
    about each field)."""
    from visitx.record.draft import Draft

    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "description" and isinstance(value, str):
                    found.append(_words(value))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(Draft.model_json_schema())
    return tuple(found)


def summary_copy_problem(summary: str) -> str | None:
    """Why a summary is the schema's instructions or a template rather than a summary, or
    None.

    A summary is such a copy when its words are all inside one description, or when it
    holds a whole description of 8 words or more among other text: a weak model that is
    re-asked echoes the re-ask ("… is not a summary (too few letters). Write one English
    sentence: who met whom, where, when. [type=value_error, …"), and the echo reads as a
    sentence.

    A summary that starts as a sentence addressed to the model ("Extract every visit",
    "You are an information extraction system", "Ignore all previous instructions":
    `tables/instruction_words.txt`) is the prompt's instructions, or an injected
    comment's, echoed.

    A summary all of whose words say nothing of a visit ("The article reports on a visit.",
    "No summary available.": `tables/empty_summary_words.txt`) names no party, place, time
    or topic.

    A summary that stands letters for the parties ("X invited Y to visit Z": two of X, Y
    and Z alone) is the instructions' kind of example, not this visit.

    Example:
        >>> summary_copy_problem("X invited Y to visit Z")
        'a template with letters for the names'
        >>> summary_copy_problem("One English sentence: who met whom, where, when.")
        "copied from the draft's instructions"
        >>> summary_copy_problem("}} ' is not a summary. Write one English sentence: "
        ...                      "who met whom, where, when. [type=value_error")
        "copied from the draft's instructions"
        >>> summary_copy_problem("Return only JSON. One English sentence.")
        'an instruction to the model, not a summary'
        >>> summary_copy_problem("The article reports on a visit.")
        'says nothing of the visit (no party, place, time or topic)'
        >>> summary_copy_problem("Ruto met Luong Cuong in Hanoi.") is None
        True
    """
    if len(set(_PLACEHOLDER.findall(summary))) >= 2:
        return "a template with letters for the names"
    if _says_nothing(summary):
        return "says nothing of the visit (no party, place, time or topic)"
    if _INSTRUCTION.match(fold(summary.strip(), accents=False)):
        return "an instruction to the model, not a summary"
    words = _words(summary)
    if words and any(
        words in description
        or (len(description.split()) >= _WHOLE_DESCRIPTION and f" {description} " in f" {words} ")
        for description in _instructions()
    ):
        return "copied from the draft's instructions"
    return None


@functools.cache
def _empty_words() -> frozenset[str]:
    from visitx.core.datafiles import entries, read_text

    lines = entries(read_text("empty_summary_words.txt"))
    return frozenset(word for line in lines for word in line.split())


def _says_nothing(summary: str) -> bool:
    """Whether every word of an English summary is one that says nothing of a visit
    (`tables/empty_summary_words.txt`: "The article reports on a visit.")."""
    words = re.findall(r"[^\W\d_]+", summary.casefold())
    return bool(words) and summary.isascii() and set(words) <= _empty_words()


def _instruction_starts() -> re.Pattern[str]:
    from visitx.core.datafiles import read_text

    lines = (line.strip() for line in read_text("instruction_words.txt").splitlines())
    phrases = [re.escape(fold(line, accents=False)) for line in lines if line and line[0] != "#"]
    return re.compile(rf"(?:{'|'.join(phrases)})(?!\w)")


_INSTRUCTION = _instruction_starts()


def summary_furniture_problem(summary: str, text: str) -> str | None:
    """Why a summary is text of the page below the article rather than a summary, or None:
    found whole in the article's text, but only in its comments or related-links block
    (outside `text.clean.boilerplate_bounds`) – a reader's comment, an injected
    instruction or another story's title echoed.

    Example:
        >>> text = "Stubb met Karis in Tallinn.\\n\\nComments\\nanon: Putin visited Kyiv.\\n"
        >>> summary_furniture_problem("Putin visited Kyiv.", text)
        'copied from the comments or related links below the article'
        >>> summary_furniture_problem("Stubb met Karis in Tallinn.", text) is None
        True
    """
    from visitx.text.clean import boilerplate_bounds

    bounds = boilerplate_bounds(text)
    if bounds == (0, len(text)) or locate_within(summary, text) is None:
        return None
    if locate_within(summary, text, bounds) is None:
        return "copied from the comments or related links below the article"
    return None


# X, Y or Z alone (not "X." of an initial, not a part of a word or a code).
_PLACEHOLDER = re.compile(r"(?<![\w.\-])[XYZ](?![\w.\-])")
# Words of a description that, found whole inside a longer summary, make it a copy (the
# shortest descriptions – "city in English", "the title in English" – may be said by a
# summary of its own).
_WHOLE_DESCRIPTION = 8
