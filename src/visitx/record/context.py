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
- `evidence_problem`: an evidence span must be a whole sentence of the article: not a
  heading or a caption (a short line with no sentence end) and not a piece that stops or
  starts in the middle of a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from visitx.core.models import Span

__all__ = ["evidence_problem", "in_paragraphs", "locate_within", "paragraph"]

Bounds = tuple[int, int]

# Sentence ends of the scripts visitx reads (Latin, Arabic, Devanagari, CJK), and what may
# close a sentence after its end (quotes, brackets).
SENTENCE_ENDS = ".!?…。！？؟۔।"
_CLOSERS = "\"'”’»›)]}」』）"
_OPENERS = "\"'“‘«‹([{「『（"
# A line with no sentence end is a heading or a caption up to this length; a longer one
# is a paragraph whose site dropped its full stops.
MAX_HEADING = 120
_MID_SENTENCE = ",،"  # before a span: it starts after a comma, inside a sentence


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
        40
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


def evidence_problem(text: str, start: int, end: int) -> str | None:
    """Why the located span `text[start:end]` is not a whole sentence, or None.

    A span is a whole sentence when it ends at a sentence end (its own, or the article's
    right after it: a model that drops the full stop still quotes the sentence) and does
    not start right after a word or comma of the same line. A short line with no
    sentence end is a heading or caption.

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
        line = text[line_start:line_end]
        short_line = not before.strip() and len(line.strip()) <= MAX_HEADING
        if short_line and not any(c in SENTENCE_ENDS for c in line):
            return "a heading or caption: a line with no sentence end"
    if before and (before[-1].isalnum() or before[-1] in _MID_SENTENCE):
        return "a part of a sentence: it starts in the middle of one"
    return None
