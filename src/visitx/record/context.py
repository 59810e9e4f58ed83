"""Where a quote stands in the article: inside the shown slice, beside the visit's evidence,
a whole sentence or not.

Grounding (`visitx.grounding.locate`) says that the article holds a string; these checks
say whether the place it holds it can support a visit:

- `locate_within`: with `strip_boilerplate`, the model was shown only the article's slice
  (`text.clean.boilerplate_bounds`); a quote found only in the comments, the related
  articles or the page furniture around it was not copied from what the model read.
- `in_paragraphs`: a visit's date text must stand in a paragraph (a line) of one of its
  evidence sentences; a date elsewhere (the publication line, page furniture, another
  event told in another paragraph) does not date this visit. Every date text of the
  reference drafts stands inside an evidence sentence.
- `in_sentences`: a visit is coded only when one of its participants is named in the
  article's sentences; a name found only in the byline ("By Lars Petersen | Asia Desk"), a
  photo credit or caption, a heading or the related articles' titles (short lines with
  no sentence end) names no one who took part.
- `named_in_paragraphs`: whether a participant is named in a paragraph of the visit's
  evidence (its name, title or organisation, or a word of its name: "Başkan
  Yılmazer'in" names "Hakan Yılmazer"); a visit none of whose participants is gets a
  warning. Every coded visit of the reference drafts has one.
- `evidence_problem`: an evidence span must be a whole sentence of the article: not a
  heading or a caption (a short line that does not end a sentence, whatever a credit
  before it ends with), not a line of a photo caption, a credit line or a note about the
  article (`record.captions`: "FILE PHOTO: ...", "... REUTERS/Eloisa Lopez",
  "(Reporting by ...; Editing by ...)", "Correction: ...") and not a piece that stops or
  starts in the middle of a sentence (a lead that names the source and ends with a comma,
  "According to Xinhua,", "به گزارش ایرنا،", may stand before it).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from visitx.core.datafiles import entries, read_sections
from visitx.core.models import Span
from visitx.record.captions import line_kind

__all__ = [
    "WORD_EDGES",
    "evidence_problem",
    "in_paragraphs",
    "in_sentences",
    "is_furniture",
    "locate_within",
    "named_in_paragraphs",
    "paragraph",
    "story_text",
]

Bounds = tuple[int, int]

# Sentence ends of the scripts visitx reads (Latin, Arabic, Devanagari, CJK, the Armenian
# full stop ։), and what may close a sentence after its end (quotes, brackets).
SENTENCE_ENDS = ".!?…。！？؟۔।։"
_CLOSERS = "\"'”’»›)]}」』）"
_OPENERS = "\"'“‘«‹([{「『（"
# A line with no sentence end is a heading or a caption up to this length; a longer one
# is a paragraph whose site dropped its full stops.
MAX_HEADING = 120
# What may stand at a word's edges and is no part of it (Latin, Arabic and CJK marks).
WORD_EDGES = ".,;:!?()[]{}«»\"'“”‘’،؛。、，"
_MID_SENTENCE = ",،"  # before a span: it starts after a comma, inside a sentence
# A Chinese wire dateline that opens a line, its first sentence after it with no stop
# between: "新华社北京4月14日电 国家主席习近平14日…", "中新网3月5日电", "本報台北5日電".
_WIRE_LINE = re.compile(r"\S{0,16}?(?:\d{1,2}月)?\d{1,2}日[电讯電訊]")


def locate_within(
    quote: str, text: str, bounds: Bounds | None = None, hint: int | None = None
) -> Span | None:
    """`locate(quote, text)`, counting only what stands inside `bounds` (all of it: None).

    Example:
        >>> text = "Ali met Veli.\\n3 Comments\\nAyşe: I met Veli too."
        >>> locate_within("Ayşe", text, (0, 13)) is None
        True
    """
    from visitx.grounding.locate import locate

    if bounds is None or bounds == (0, len(text)):
        return locate(quote, text, hint=hint)
    start, end = bounds
    found = locate(quote, text[start:end], hint=None if hint is None else hint - start)
    if found is None or found.start is None or found.end is None:
        return found
    return found.model_copy(update={"start": found.start + start, "end": found.end + start})


def paragraph(text: str, start: int, end: int) -> Bounds:
    """The lines of `text` that hold `[start, end)`, without their line breaks."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def in_paragraphs(
    quote: str, text: str, spans: Iterable[Span], bounds: Bounds | None = None
) -> Span | None:
    """`quote` located in the paragraph of one of `spans` (located ones only), else None;
    with `bounds`, only the part of a paragraph inside them counts (`locate_within`).

    Example:
        >>> text = "Published 5 March 2025\\nVarga arrived on Monday, 3 March 2025."
        >>> evidence = locate_within("Varga arrived on Monday, 3 March 2025.", text)
        >>> in_paragraphs("5 March 2025", text, [evidence]) is None
        True
        >>> in_paragraphs("3 March 2025", text, [evidence]).start
        48
    """
    seen: set[Bounds] = set()
    for span in spans:
        if span.start is None or span.end is None:
            continue
        start, end = paragraph(text, span.start, span.end)
        if bounds is not None:
            start, end = max(start, bounds[0]), min(end, bounds[1])
        if (start, end) in seen or start >= end:
            continue
        seen.add((start, end))
        found = locate_within(quote, text, (start, end), hint=span.start)
        if found is not None:
            return found
    return None


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture rather than a sentence: a short line with no
    sentence end at its end (a heading, a byline, a photo credit or caption, a title in a
    list of related articles), or a photo caption, a credit line or a note about the
    article whatever its end (`record.captions`)."""
    kept = line.strip().rstrip(_CLOSERS + " \t")
    if len(line.strip()) <= MAX_HEADING and not kept.endswith(tuple(SENTENCE_ENDS)):
        return True
    return line_kind(line) is not None


def in_sentences(quote: str, text: str, bounds: Bounds | None = None) -> Span | None:
    """`quote` located in the article's lines that are not page furniture
    (`is_furniture`), else None; with `bounds`, inside them (`locate_within`).

    Example:
        >>> text = "Varga visits Riga\\nBy Jane Doe\\nVarga met Brod in Riga on Monday."
        >>> in_sentences("Jane Doe", text) is None, in_sentences("Brod", text).start
        (True, 40)
    """
    return locate_within(quote, story_text(text), bounds)


@functools.lru_cache(maxsize=64)  # one article's participants and visits ask in turn
def story_text(text: str) -> str:
    """`text` with its furniture lines (`is_furniture`) blanked, same length, so offsets
    stand."""
    masked = [" " * len(line) if is_furniture(line) else line for line in text.split("\n")]
    return "\n".join(masked)


# A word of a name this long or longer counts inside a longer word (a suffix or a clitic
# attached: "Yılmazer’in", "والرشيدي"); a shorter one only as a whole word.
_PART_WORD = 4
# A name in a script written without spaces (Chinese, Japanese) counts by its first two
# characters: the family name ("中村副市長" names "中村浩二").
_UNSPACED_KEY = 2


def named_in_paragraphs(
    name: str, others: Sequence[str], text: str, spans: Iterable[Span], bounds: Bounds | None = None
) -> bool:
    """Whether a participant stands in the paragraph of one of `spans` (located ones):
    its `name` or one of `others` (its title, its organisation) found there, or a
    name-like word of its name (`record.names.name_words`) written there.

    Example:
        >>> text = "By Lars Petersen\\nBaşkan Yılmazer’in Kobuleti’ye ziyareti planlandı."
        >>> evidence = [Span(text="", start=17, end=len(text))]
        >>> named_in_paragraphs("Hakan Yılmazer", [], text, evidence)
        True
        >>> named_in_paragraphs("Lars Petersen", [], text, evidence)
        False
    """
    from visitx.core.textfold import fold
    from visitx.record.names import is_unspaced, name_words

    located = [(s.start, s.end) for s in spans if s.start is not None and s.end is not None]
    if any(in_paragraphs(q, text, spans, bounds) for q in [name, *others] if q):
        return True
    lines = []
    for first, last in located:
        start, end = paragraph(text, first, last)
        if bounds is not None:
            start, end = max(start, bounds[0]), min(end, bounds[1])
        lines.append(fold(text[start:end], accents=False))
    keys = [
        (w[:_UNSPACED_KEY], False) if is_unspaced(w) else (w, len(w) < _PART_WORD)
        for w in name_words(name)
    ]
    return any(_written(key, whole, line) for key, whole in keys for line in lines)


def _written(key: str, whole: bool, line: str) -> bool:
    """Whether the folded `key` is written in the folded `line` (as a `whole` word)."""
    if not whole:
        return key in line
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", line) is not None


def evidence_problem(text: str, start: int, end: int) -> str | None:
    """Why the located span `text[start:end]` is not a whole sentence, or None.

    A span is a whole sentence when it ends at a sentence end (its own, or the article's
    right after it: a model that drops the full stop still quotes the sentence) and does
    not start right after a word or comma of the same line. A span that ends a short
    line with no sentence end is a heading or caption, whatever stands before it on the
    line (a photo credit that ends with a full stop, "Photo: Reuters/M. Tran.").

    Example:
        >>> text = "Talks in Riga\\nVarga met Brod, and they signed a deal."
        >>> evidence_problem(text, 0, 13)
        'a heading or caption: a line with no sentence end'
        >>> evidence_problem(text, 14, 28)
        'a part of a sentence: it stops in the middle of one'
        >>> evidence_problem(text, 14, 55) is None
        True
    """
    line_start, line_end = paragraph(text, start, end)
    quoted = text[start:end].rstrip().rstrip(_CLOSERS)
    after = text[end:line_end].lstrip(_CLOSERS + " \t")
    before = text[line_start:start].rstrip().rstrip(_OPENERS + " \t")
    if not (quoted.endswith(tuple(SENTENCE_ENDS)) or after.startswith(tuple(SENTENCE_ENDS))):
        if after.strip():
            return "a part of a sentence: it stops in the middle of one"
        if len(text[line_start:line_end].strip()) <= MAX_HEADING:
            # The span ends a short line that has no sentence end: a heading, or a
            # caption after its credit ("Photo: Reuters/M. Tran. X greets Y in Hanoi").
            return "a heading or caption: a line with no sentence end"
    if (kind := line_kind(text[line_start:line_end])) is not None:
        return f"a {kind}, not a sentence of the story"
    if (
        before
        and (_word_end(before[-1]) or before[-1] in _MID_SENTENCE)
        and not _WIRE_LINE.fullmatch(before)
        and not _attribution().fullmatch(before)
    ):
        return "a part of a sentence: it starts in the middle of one"
    return None


@functools.cache
def _attribution() -> re.Pattern[str]:
    """A lead that names the report's source and ends with a comma, read from the
    `## before` phrases of `tables/source_words.txt`: "به گزارش ایرنا،" ("IRNA reports"),
    "به گزارش خبرگزاری جمهوری اسلامی (ایرنا)،", "According to Xinhua,", "Según EFE,". The
    sentence after it is the whole report, so a quote may start there."""
    phrases = entries(read_sections("source_words.txt")["before"])
    alternatives = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    return re.compile(rf"(?:{alternatives})\s[^\n.،,]{{1,80}}[،,]", re.IGNORECASE)


def _word_end(char: str) -> bool:
    """Whether `char` ends a word: a letter or digit, or a vowel sign or other mark written
    onto one (Devanagari "कि" ends with the sign "ि", which is not alphanumeric)."""
    return char.isalnum() or unicodedata.category(char).startswith("M")
