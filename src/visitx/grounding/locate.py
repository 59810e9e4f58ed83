"""Ground the model's verbatim strings to character offsets in the article.

The model is asked to copy names, titles, dates and evidence sentences verbatim, but what
comes back is not always byte-identical to the article: Persian text gains or loses
zero-width non-joiners, Arabic `ي`/`ك` replace Persian `ی`/`ک`, digits switch script,
curly quotes turn straight, `İstanbul` comes back as `Istanbul`. `locate` finds the
string anyway and says how close the match is:

1. ``exact``: the quote is a plain substring of the article.
2. ``normalized``: a substring after *level-1* normalization of both sides (`normalize`,
   the shared `_textfold.fold` with an offset map): NFKC; case folding with `I ı İ i`
   alike; Arabic/Persian letter variants merged; harakat and tatweel dropped; ZWNJ, a
   space or nothing between Arabic-script letters alike, and between Han or kana; digits
   of every script as ASCII; typographic quotes, apostrophes and dashes unified; white
   space collapsed; format characters dropped. These change how a string is typed, never
   what it says.
3. ``fuzzy``: a substring after *level-2* normalization (level 1 with Latin, Greek and
   Cyrillic diacritics dropped: `Cuneyt Calik` for `Cüneyt Çalık`), or a near match by
   edit distance on the level-2 text; or, for a name of two to four capitalised words, the
   name with case endings on its words (`grounding.inflect`: "Andrzejem Dudą").

Offsets: every normalized character keeps the `[start, end)` range of the original
characters it came from. A base letter and its combining marks are one unit, and removed
characters (ZWNJ, tatweel, extra space) fall between kept ones, so a match maps back to
offsets that never cut a grapheme and never start or end on white space. The normalized
article is cached per text, so a visit's worth of lookups normalizes it once.

Why fuzzy is strict: a grounded span tells the reader "the article says this", so a
hallucinated name, number or statement must not be grounded because it looks similar.
A near match needs at least 10 characters and at most one edit per 10 characters
(similarity >= 0.9), the same digit runs in the same order, window edges on word
boundaries, every word of the quote and of the window present on the other side, short
words (under 4 letters) intact, at most one slip per longer word (two from 10 letters)
and at most one damaged word in four. Invented names, changed numbers, translations,
paraphrases and reorderings fail these tests and `locate` returns None. Candidates are
found by the pigeonhole principle (with k edits allowed, one of k + 1 pieces of the quote
occurs unchanged), so the slow path runs exact searches plus a few bounded
`rapidfuzz` Levenshtein computations, never a scan of every window.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import OrderedDict

from visitx.core.clitics import arabic_clitics
from visitx.core.models import MatchKind, Span
from visitx.core.textfold import HEBREW_PREFIXES, fold, is_arabic_letter, is_hebrew_letter
from visitx.grounding.inflect import inflected_name
from visitx.grounding.near import MIN_FUZZY, QUOTE_MARKS, doubling, near, without_quotes
from visitx.grounding.norm import INFO, SPACE, Norm, Range, build_norm

__all__ = ["locate", "normalize"]

# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
# Myanmar) and Hangul, whose particles attach to the noun: no word edges to check.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
# An in-word hit may be extended to its whole word when what follows reads as an
# inflection: at most 2 letters after a word of 4 or more (`problem` → `problems`),
# at most 4 after a word of 6 or more (Turkic case endings: `salonu` → `salonunda`,
# `Сейітов` → `Сейітовпен`). More, or after a shorter word, is another word
# (`Napro` → `Naprosyn`, `Iran` → `Iranian`, `Ali` → `Alinejad`).
_INFLECTIONS = ((4, 2), (6, 4))  # (letters in the quote's last word, letters added)


def normalize(s: str) -> str:
    """Level-1 normalize a string the way `locate` compares quotes with the article.

    Example:
        >>> normalize("ISTANBUL’da  ۱۶ مي شود")
        "istanbul'da 16 میشود"
    """
    return build_norm(s).norm


@functools.lru_cache(maxsize=32)
def _index(text: str) -> Norm:
    return build_norm(text)


@functools.lru_cache(maxsize=32)
def _unquoted(folded: Norm) -> Norm | None:
    """The level-2 article without quotation marks, or None when it has none.

    Keyed by the article's cached `Norm` object, so it is built once per article.
    """
    if not any(mark in folded.norm for mark in QUOTE_MARKS):
        return None
    return without_quotes(folded)


def _trim(s: str) -> str:
    """Strip white space and invisible format characters (ZWNJ, bidi marks) at both ends."""
    i, j = 0, len(s)
    while i < j and INFO[s[i]][1] >= SPACE:
        i += 1
    while j > i and INFO[s[j - 1]][1] >= SPACE:
        j -= 1
    return s[i:j]


def _pick(hits: list[Range], hint: int | None) -> Range:
    """The first hit, or the one nearest to `hint` (ties: the earlier one)."""
    if hint is None:
        return min(hits)
    return min(hits, key=lambda h: (_distance(h, hint), h.start))


def _exact(quote: str, text: str, first_only: bool) -> list[Range]:
    hits: list[Range] = []
    pos = text.find(quote)
    while pos >= 0:
        end = pos + len(quote)
        # An exact hit that stops before a combining mark would cut a grapheme.
        if end == len(text) or unicodedata.category(text[end])[0] != "M":
            hits.append(Range(pos, end))
            if first_only:
                break
        pos = text.find(quote, pos + 1)
    return hits


def _normalized(needle: Norm, hay: Norm, first_only: bool) -> list[Range]:
    hits: list[Range] = []
    m = len(needle.norm)
    pos = hay.norm.find(needle.norm)
    while pos >= 0:
        hits.append(Range(*hay.span(pos, pos + m)))
        pos = -1 if first_only else hay.norm.find(needle.norm, pos + 1)
    return hits


def _base_before(text: str, i: int) -> str:
    """The character before position `i`, skipping combining marks; "" at the start."""
    while i > 0 and unicodedata.category(text[i - 1])[0] == "M":
        i -= 1
    return text[i - 1] if i > 0 else ""


def _joins(a: str, b: str) -> bool:
    """Whether two adjacent characters belong to one word (`a` before `b`)."""
    if not (a and b and a.isalnum() and b.isalnum()) or a.isdigit() != b.isdigit():
        return False
    return not (_UNSPACED.match(a) or _UNSPACED.match(b))


def _left_ok(text: str, start: int) -> bool:
    before, first = _base_before(text, start), text[start]
    if not _joins(before, first):
        return True
    if is_hebrew_letter(first):
        return _after_hebrew_prefix(text, start)
    if not is_arabic_letter(first):
        return False
    # Clitics (`tables/arabic_clitics.txt`) written without a space before the word.
    for prefix in arabic_clitics().prefixes:
        p = start - len(prefix)
        if p >= 0 and text[p:start] == prefix and not _joins(_base_before(text, p), text[p]):
            return True
    return False


def _after_hebrew_prefix(text: str, start: int) -> bool:
    """Whether one or two of the one-letter words ו ה ב ל מ ש כ, written onto the word,
    stand right before `start` at a word's start ("בירושלים" holds "ירושלים",
    "ובוושינגטון" holds "וושינגטון")."""
    for size in (1, 2):
        p = start - size
        if p >= 0 and all(c in HEBREW_PREFIXES for c in text[p:start]) and not _joins(
            _base_before(text, p), text[p]
        ):
            return True
    return False


def _right_end(text: str, end: int) -> int:
    """The end of the word that the hit `[.., end)` stops inside (`end` if none)."""
    while end < len(text) and _joins(_base_before(text, end), text[end]):
        end += 1
        while end < len(text) and unicodedata.category(text[end])[0] == "M":
            end += 1
    return end


def _inflected(text: str, hit: Range) -> Range | None:
    """`hit` grown to the end of its word if what is added reads as an inflection."""
    end = _right_end(text, hit.end)
    added = sum(ch.isalnum() for ch in text[hit.end : end])
    last_word = 0
    i = hit.end
    while i > hit.start and (text[i - 1].isalnum() or unicodedata.category(text[i - 1])[0] == "M"):
        last_word += text[i - 1].isalnum()
        i -= 1
    fits = any(last_word >= size and added <= most for size, most in _INFLECTIONS)
    if not fits or text[hit.end - 1].isdigit():
        return None
    return Range(hit.start, end)


def _sort_by_edges(text: str, hits: list[Range]) -> tuple[list[Range], list[Range]]:
    """Hits whose both edges are word edges, and in-word hits that can grow to a word."""
    whole: list[Range] = []
    grown: list[Range] = []
    for hit in hits:
        if not _left_ok(text, hit.start):
            continue
        if _right_end(text, hit.end) == hit.end:
            whole.append(hit)
        elif (longer := _inflected(text, hit)) is not None:
            grown.append(longer)
    return whole, grown


def _close_quote(text: str, hit: Range) -> Range:
    """`hit` with the closing mark of a quotation it opens (`"كوسوفا` → `"كوسوفا"`)."""
    marks = sum(fold(ch) in QUOTE_MARKS for ch in text[hit.start : hit.end])
    if marks % 2 and hit.end < len(text) and fold(text[hit.end]) in QUOTE_MARKS:
        return Range(hit.start, hit.end + 1)
    return hit


def locate(quote: str, text: str, *, hint: int | None = None) -> Span | None:
    """Find a verbatim quote in the article and return where it stands.

    Tries an exact match, then a normalized one, then a strict fuzzy one; the first level
    with a hit wins. A hit must start and end on word edges: `Iran` is not found in
    `Iranian`, nor `Ali` in `Alinejad`. Clitics that Arabic script writes without a space
    (`و`, `ب`, `ال` ...) may precede the quote, and words of scripts without spaces
    (Chinese, Japanese) have no edges to check. When the quote only occurs inside a
    longer word, the span grows to the whole word, as a `fuzzy` match, if what is added
    reads as an inflection (`heart problem` → `heart problems`, `salonu` → `salonunda`);
    otherwise it is another word (`Napro` in `Naprosyn`). The fuzzy level also accepts
    a name with one letter doubled or undoubled (`Hinterseeh` for `Hinterseh`) and a
    title whose quotation marks were dropped. A name of two to four capitalised words
    that none of these levels finds is found inflected, as a `fuzzy` match
    (`grounding.inflect`: "Владимир Путин" in "Владимира Путина", "Andrzej Duda" in
    "Andrzejem Dudą", "Viktor Orbán" in "Orbán Viktor"). Within a level, the first occurrence
    wins, or with `hint` the one nearest to that position (ties: the earlier one);
    with `hint`, an inflected form nearer than every whole-word occurrence wins as a
    `fuzzy` match.

    Args:
        quote: The string as the model copied it.
        text: The article text.
        hint: A character position in `text` near which the quote is expected, e.g. the
            start of the visit's evidence; used to choose among repeated occurrences.

    Returns:
        A `Span` whose `text` is `text[start:end]` (the article's own characters) and
        whose `match` is `"exact"`, `"normalized"` or `"fuzzy"`; None when the quote is
        empty or not found.

    Example:
        >>> span = locate("Istanbul'da", "Toplantı İstanbul’da yapıldı.")
        >>> (span.text, span.start, span.end, span.match)
        ('İstanbul’da', 9, 20, 'normalized')
        >>> locate("Iran", "Iranian officials said.") is None
        True
    """
    q = _trim(quote)
    if not q or not text:
        return None
    found, grown = _find_once(q, text)
    if found is None:
        return None
    hits, match = found
    start, end = _pick(hits, hint)
    if hint is not None and match != "fuzzy" and grown:
        # An inflected form next to the visit beats the bare word far away; it is
        # still not the quote as written, so it is fuzzy.
        near = _pick(grown, hint)
        if _distance(near, hint) < _distance(Range(start, end), hint):
            (start, end), match = near, "fuzzy"
    return Span(text=text[start:end], start=start, end=end, match=match)


# Located quotes of the last few articles: the draft's validator locates each quote to
# ask the model again when one is missing, then the record builder locates it once more
# (with a hint). Both get the same hits; the second reads them from here. Keyed by the
# article's text (its hash is computed once per str), at most _MEMO_TEXTS articles.
_MEMO_TEXTS = 64
_Found = tuple[tuple[list[Range], MatchKind] | None, list[Range]]
_memo: OrderedDict[str, dict[str, _Found]] = OrderedDict()
_memo_lock = threading.Lock()


def _find_once(q: str, text: str) -> _Found:
    """`_find`'s answer and in-word hits for a quote in a text, computed once per pair."""
    with _memo_lock:
        quotes = _memo.get(text)
        if quotes is not None:
            _memo.move_to_end(text)
            known = quotes.get(q)
            if known is not None:
                return known
    grown: list[Range] = []
    found = (_find(q, text, grown), grown)
    with _memo_lock:
        quotes = _memo.get(text)
        if quotes is None:
            quotes = _memo[text] = {}
            if len(_memo) > _MEMO_TEXTS:
                _memo.popitem(last=False)
        quotes[q] = found
    return found


def _distance(hit: Range, hint: int) -> int:
    return max(hit.start - hint, hint - hit.end + 1, 0)


def _find(q: str, text: str, grown: list[Range]) -> tuple[list[Range], MatchKind] | None:
    """All whole-word hits of the best level, with its match kind; `grown` collects the
    in-word hits of the levels tried, extended to their inflected word."""

    def whole(hits: list[Range]) -> list[Range]:
        kept, longer = _sort_by_edges(text, hits)
        grown.extend(longer)
        return kept

    hits = whole(_exact(q, text, first_only=False))
    if hits:
        return hits, "exact"
    article = _index(text)
    needle = build_norm(q)
    if not needle.norm:
        return None
    hits = whole(_normalized(needle, article, first_only=False))
    if hits:
        return hits, "normalized"
    fuzzy_ok = len(needle.norm) >= MIN_FUZZY
    if fuzzy_ok:
        needle2, article2 = needle.folded(), article.folded()
        hits = whole(_normalized(needle2, article2, first_only=False))
    if not hits and grown:
        return sorted(set(grown)), "fuzzy"
    if not hits and fuzzy_ok:
        bare_article = _unquoted(article2)
        bare = without_quotes(needle2)
        if bare_article is not None and bare.norm:
            hits = [_close_quote(text, h) for h in whole(_normalized(bare, bare_article, False))]
        if not hits:
            hits = whole([Range(*article2.span(*h)) for h in doubling(needle2, article2)])
        if not hits:
            hits = whole([Range(*article2.span(*h)) for h in near(needle2, article2)])
    if not hits:  # a name the article inflects ("Andrzejem Dudą" for "Andrzej Duda")
        hits = [Range(s, e) for s, e in inflected_name(q, text)]
    return (hits, "fuzzy") if hits else None
