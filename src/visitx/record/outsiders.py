"""Participants the article names, but not as parties of the visit: its author, and
people of another year.

- `byline_author`: a name on a byline line ("By Sarah Johnson", "Von Anna Müller,
  Kairo": a short line with no sentence end that opens with a word of
  `tables/byline_words.txt`) is the article's author, also when a bio sentence names
  them again;
- `other_years`: a name every sentence of which in the article holds a year before the
  visit's and reports an engagement ("When Prime Minister Shinzo Abe came here in 2015,
  ...", "Bereits 2018 hatte Joachim Gauck das Land besucht") is a person of an earlier
  engagement, not of this one.

Both count only for a participant not named in the paragraphs of the visit's evidence
(`record.context.named_in_paragraphs`): the record keeps the participant and says so in
a warning (`record.sources.not_parties`).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from visitx.core.datafiles import entries, read_json, read_text
from visitx.record.context import is_furniture, named_in_paragraphs
from visitx.record.unmet import engagement_cue, sentence_at

if TYPE_CHECKING:
    from visitx.core.models import Participant, Visit

__all__ = ["byline_author", "other_years", "outsiders"]

_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)")


@functools.cache
def _byline() -> re.Pattern[str]:
    words = [re.escape(w) for w in entries(read_text("byline_words.txt"))]
    words.sort(key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(words)})\s*:?\s+(?=\w)", re.IGNORECASE)


def byline_author(name: str, text: str) -> bool:
    """Whether `name` stands on a byline line of `text`.

    Example:
        >>> text = ("Ties upgraded\\nBy Sarah Johnson\\nAlbanese met Chinh.\\n"
        ...         "Sarah Johnson is a correspondent.")
        >>> byline_author("Sarah Johnson", text), byline_author("Albanese", text)
        (True, False)
    """
    key = name.strip().casefold()
    if not key:
        return False
    for line in text.split("\n"):
        opened = _byline().match(line)
        if opened and is_furniture(line) and key in line[opened.end() :].casefold():
            return True
    return False


@functools.cache
def _since_words() -> frozenset[str]:
    """"since" in the languages of `tables/date_words.json` `since_words`, and English."""
    words = {"since"}
    for alternatives in read_json("date_words.json")["since_words"].values():
        words.update(alternatives.split("|"))
    return frozenset(words)


def _since(before: str) -> bool:
    """Whether the word right before a year starts a period up to now ("since 2017",
    "seit 2017", "منذ 2017"): the year dates no earlier engagement."""
    words = before.split()
    return bool(words) and words[-1].casefold() in _since_words()


def _sentences_with(name: str, text: str) -> list[str]:
    """The sentences of `text` (cut at sentence ends and line breaks) that hold `name`."""
    return [sentence_at(text, m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def other_years(name: str, text: str, year: int) -> int | None:
    """The latest year before `year` that every sentence naming `name` in `text` holds
    beside a word of an engagement (`record.unmet.engagement_cue`: "came", "besucht",
    "زار"), or None when one holds none; a year after "since" ("seit", "depuis", "منذ")
    starts a period up to now: "Safadi, minister since 2017, hailed the talks" is no
    earlier visit.

    Example:
        >>> text = ("Kamikawa met Khurelsukh on Tuesday. "
        ...         "\\"When Abe came here in 2015, he promised a road,\\" he said.")
        >>> other_years("Abe", text, 2024), other_years("Kamikawa", text, 2024)
        (2015, None)
        >>> other_years("Safadi", "Safadi, minister since 2017, hailed the talks.", 2024)
    """
    sentences = _sentences_with(name, text)
    latest: list[int] = []
    for sentence in sentences:
        years = [
            int(m.group(1))
            for m in _YEAR.finditer(sentence)
            if int(m.group(1)) < year and not _since(sentence[: m.start()])
        ]
        if not years or engagement_cue(sentence) is None:
            return None
        latest.append(max(years))
    return max(latest) if latest else None


def outsiders(visit: Visit, text: str, published: str | None) -> list[tuple[Participant, str]]:
    """The visit's participants that the article names only as its author or in sentences
    of earlier years, each with the reason, worded for a warning."""
    start = visit.date.start if visit.date and visit.date.start else published
    year = int(start[:4]) if start and start[:4].isdigit() else None
    found: list[tuple[Participant, str]] = []
    for p in visit.participants:
        if p.name.match is None or named_in_paragraphs(
            p.name.text, [], text, visit.evidence
        ):
            continue
        if byline_author(p.name.text, text):
            found.append((p, "is the article's author (named in its byline)"))
        elif year is not None and (earlier := other_years(p.name.text, text, year)):
            found.append((p, f"is named only in sentences about an earlier year ({earlier})"))
    return found
