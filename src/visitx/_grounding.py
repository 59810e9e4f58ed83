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
   space or nothing between Arabic-script letters alike; digits of every script as
   ASCII; typographic quotes, apostrophes and dashes unified; white space collapsed;
   format characters dropped. These change how a string is typed, never what it says.
3. ``fuzzy``: a substring after *level-2* normalization (level 1 with Latin, Greek and
   Cyrillic diacritics dropped: `Cuneyt Calik` for `Cüneyt Çalık`), or a near match by
   edit distance on the level-2 text.

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
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import NamedTuple

from visitx._models import MatchKind, Span
from visitx._textfold import fold, fold_char, is_arabic_letter

__all__ = ["locate", "normalize"]

# Strings shorter than this (level-1 normalized) never match fuzzily, not even without
# diacritics: too many short names and numbers are a letter away from a different one.
_MIN_FUZZY = 5
# One edit per this many characters (similarity >= 0.9): no edit at all under 10.
_CHARS_PER_EDIT = 10
# A damaged word needs at least this many words around it (one damaged word in four).
_WORDS_PER_DAMAGED = 4
# Words shorter than this must match exactly even in a fuzzy match.
_MIN_SLIP_WORD = 4
# Bounds on the fuzzy search effort for pathological quotes (say, one letter repeated).
_MAX_ANCHORS = 4096
_MAX_GROUPS = 64
_BUDGET = 2048  # a Levenshtein distance costs 1, a word-by-word check 16
# Candidate windows per match that get the (slow) word-by-word check.
_MAX_WORD_CHECKS = 3

_SEPARATORS = frozenset("\u200b\u200c\u200d")  # ZWSP, ZWNJ, ZWJ: word-part separators
_DIGIT_RUNS = re.compile(r"[0-9]+")

# Character kinds for the normalizer (the last three are invisible: `kind >= _SPACE`).
_TEXT, _MARK, _SPACE, _SEP, _DROP = range(5)


def _fold1(s: str) -> str:
    """Level-1 fold of one grapheme cluster (a base character and its marks)."""
    return fold(s)


class _CharInfo(dict[str, tuple[str, int]]):
    """Memo of (level-1 piece, kind) per character; filled on first sight."""

    def __missing__(self, ch: str) -> tuple[str, int]:
        if ch.isspace():
            info = (" ", _SPACE)
        elif ch in _SEPARATORS:
            info = ("", _SEP)
        else:
            cat = unicodedata.category(ch)
            # Other format characters (soft hyphen, bidi marks, BOM, word joiner) go.
            kind = _DROP if cat == "Cf" else _MARK if cat[0] == "M" else _TEXT
            info = ("" if kind == _DROP else _fold1(ch), kind)
        if len(self) < 20_000:  # bounded: adversarial input must not grow it forever
            self[ch] = info
        return info


_INFO = _CharInfo()
_fold_cluster = functools.lru_cache(maxsize=4096)(_fold1)


class _Fold2(dict[int, str]):
    """`str.translate` table for level 2: Latin, Greek and Cyrillic diacritics dropped.

    One character in, one out (`ç` → `c`, `ł` → `l`), so the level-1 offset map serves
    level 2 unchanged. Other scripts are left alone: in Indic or Hebrew scripts the marks
    are letters, and dropping them would merge different words.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch < "\u0530" or "\u1e00" <= ch <= "\u1fff":
            ch = fold_char(ch)
        if len(self) < 20_000:  # bounded: adversarial input must not grow it forever
            self[code] = ch
        return ch


_FOLD2 = _Fold2()


class _Norm:
    """A normalized string with, per character, the original `[start, end)` range."""

    __slots__ = ("_folded", "_words", "ends", "norm", "seps", "starts")

    def __init__(self, norm: str, starts: list[int], ends: list[int], seps: bytearray) -> None:
        self.norm = norm
        self.starts = starts
        self.ends = ends
        # seps[k] == 1: a separator (ZWNJ, or a space between Arabic letters) was removed
        # just before character k, i.e. a word boundary the normalized text no longer shows.
        self.seps = seps
        self._folded: _Norm | None = None
        self._words: tuple[list[int], list[int]] | None = None

    def folded(self) -> _Norm:
        """The level-2 form, built on first use (only the fuzzy path needs it)."""
        if self._folded is None:
            self._folded = _Norm(self.norm.translate(_FOLD2), self.starts, self.ends, self.seps)
        return self._folded

    def words(self) -> tuple[list[int], list[int]]:
        """Word index per character (-1 outside words) and the length of each word."""
        if self._words is None:
            self._words = _words(self.norm, self.seps)
        return self._words

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of the normalized range `[a, b)`."""
        return self.starts[a], self.ends[b - 1]


def _build(s: str) -> _Norm:
    """Level-1 normalize `s`, keeping the offset map."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seps = bytearray()
    # Bound methods: this loop runs once per character of every new article.
    emit, emit_start, emit_end, emit_sep = out.append, starts.append, ends.append, seps.append
    infos = list(map(_INFO.__getitem__, s))
    n = len(s)
    ws_start = -1  # start of a pending white-space run (emitted lazily, see below)
    ws_end = 0
    pending_sep = 0
    skip_to = 0
    for i, (char_piece, kind) in enumerate(infos):
        if i < skip_to:  # a combining mark already folded into its base character
            continue
        j = i + 1
        piece = char_piece
        if kind == _TEXT:
            # A base character and its combining marks form one unit, so that NFKC can
            # compose them and a match can never end between a letter and its accent.
            if j < n and infos[j][1] == _MARK:
                while j < n and infos[j][1] == _MARK:
                    j += 1
                piece = _fold_cluster(s[i:j])
                skip_to = j
        elif kind == _SEP:
            pending_sep = 1
            continue
        for ch in piece:
            if ch == " ":
                if ws_start < 0:
                    ws_start = i
                ws_end = j
                continue
            if ws_start >= 0:
                # Spaces are emitted only before the next character, which drops leading
                # and trailing space and lets Persian word parts join across a space.
                if out and not (is_arabic_letter(out[-1]) and is_arabic_letter(ch)):
                    emit(" ")
                    emit_start(ws_start)
                    emit_end(ws_end)
                    emit_sep(0)
                else:
                    pending_sep = 1
                ws_start = -1
            if ch == "'" and out and out[-1] == "'" and ends[-1] == i and not pending_sep:
                # Two apostrophes typed as a double quote (common in Turkish news).
                out[-1] = '"'
                ends[-1] = j
                continue
            emit(ch)
            emit_start(i)
            emit_end(j)
            emit_sep(pending_sep)
            pending_sep = 0
    return _Norm("".join(out), starts, ends, seps)


def normalize(s: str) -> str:
    """Level-1 normalize a string the way `locate` compares quotes with the article.

    Example:
        >>> normalize("ISTANBUL’da  ۱۶ مي شود")
        "istanbul'da 16 میشود"
    """
    return _build(s).norm


@functools.lru_cache(maxsize=32)
def _index(text: str) -> _Norm:
    return _build(text)


def _trim(s: str) -> str:
    """Strip white space and invisible format characters (ZWNJ, bidi marks) at both ends."""
    i, j = 0, len(s)
    while i < j and _INFO[s[i]][1] >= _SPACE:
        i += 1
    while j > i and _INFO[s[j - 1]][1] >= _SPACE:
        j -= 1
    return s[i:j]


class _Range(NamedTuple):
    start: int
    end: int


def _pick(hits: list[_Range], hint: int | None) -> _Range:
    """The first hit, or the one nearest to `hint` (ties: the earlier one)."""
    if hint is None:
        return min(hits)
    return min(hits, key=lambda h: (max(h.start - hint, hint - h.end + 1, 0), h.start))


def _exact(quote: str, text: str, first_only: bool) -> list[_Range]:
    hits: list[_Range] = []
    pos = text.find(quote)
    while pos >= 0:
        end = pos + len(quote)
        # An exact hit that stops before a combining mark would cut a grapheme.
        if end == len(text) or unicodedata.category(text[end])[0] != "M":
            hits.append(_Range(pos, end))
            if first_only:
                break
        pos = text.find(quote, pos + 1)
    return hits


def _normalized(needle: _Norm, hay: _Norm, first_only: bool) -> list[_Range]:
    hits: list[_Range] = []
    m = len(needle.norm)
    pos = hay.norm.find(needle.norm)
    while pos >= 0:
        hits.append(_Range(*hay.span(pos, pos + m)))
        pos = -1 if first_only else hay.norm.find(needle.norm, pos + 1)
    return hits


def _words(s: str, seps: bytes | bytearray) -> tuple[list[int], list[int]]:
    """Word index per character of `s` (-1 outside words) and the length of each word."""
    word = [-1] * len(s)
    lengths: list[int] = []
    for p, ch in enumerate(s):
        if ch.isalnum():
            if p == 0 or word[p - 1] < 0 or seps[p]:
                lengths.append(0)
            word[p] = len(lengths) - 1
            lengths[-1] += 1
    return word, lengths


def _words_ok(quote: _Norm, window: str, window_seps: bytes | bytearray) -> bool:
    """Whether the edits from `quote` to `window` are slips inside words.

    Character edit distance alone would accept a swapped short word (`ve` for `de`), a
    dropped word or a moved number; these are different statements, so each word must
    survive, short words must survive intact and damage must be spread thin.
    """
    from rapidfuzz.distance import Levenshtein  # lazy: keeps `import visitx` cheap

    q = quote.norm
    q_word, q_len = quote.words()
    w_word, w_len = _words(window, window_seps)
    edits = [0] * len(q_len)  # edits inside or next to each quote word
    lost = [0] * len(q_len)  # its characters deleted or replaced
    new = [0] * len(w_len)  # characters of each window word inserted or replaced
    for op in Levenshtein.editops(q, window):
        p, d = op.src_pos, op.dest_pos
        if op.tag != "insert" and q_word[p] >= 0:
            edits[q_word[p]] += 1
            lost[q_word[p]] += 1
        elif op.tag != "delete" and w_word[d] >= 0:
            # A letter added at or next to a quote word (`insanları,` for `insanlarına`)
            # is an edit of that word.
            near = (q_word[x] for x in (p, p - 1, p + 1) if 0 <= x < len(q))
            owner = next((w for w in near if w >= 0), -1)
            if owner >= 0:
                edits[owner] += 1
        if op.tag != "delete" and w_word[d] >= 0:
            new[w_word[d]] += 1
    if any(n == size for n, size in zip(lost, q_len, strict=True)):
        return False  # a quote word is not in the article
    if any(n == size for n, size in zip(new, w_len, strict=True)):
        return False  # an article word is not in the quote
    damaged = [i for i, n in enumerate(edits) if n]
    if len(damaged) > len(q_len) // _WORDS_PER_DAMAGED:
        return False
    # Short words are function words and numbers: one letter makes a different word. A
    # longer word may carry one slip, two from 10 letters on.
    return all(q_len[i] >= _MIN_SLIP_WORD and edits[i] <= 1 + q_len[i] // 10 for i in damaged)


def _boundaries(hay: _Norm, lo: int, hi: int) -> list[int]:
    """Word-boundary positions `p` in `[lo, hi]`, i.e. between `hay.norm[p-1]` and `[p]`."""
    t, seps, n = hay.norm, hay.seps, len(hay.norm)
    found: list[int] = []
    prev = 0 < lo <= n and t[lo - 1].isalnum()
    for p in range(lo, hi + 1):
        cur = p < n and t[p].isalnum()
        if not (prev and cur) or seps[p]:
            found.append(p)
        prev = cur
    return found


def _windows(quote: _Norm, hay: _Norm, first: int, last: int) -> Iterator[_Range]:
    """Quote-long windows (±k) starting in `[first, last]`; both ends on word boundaries."""
    t, m, n = hay.norm, len(quote.norm), len(hay.norm)
    k = m // _CHARS_PER_EDIT
    bounds = _boundaries(hay, max(0, first), min(n, last + m + k))
    ends = [p for p in bounds if p > 0 and t[p - 1] != " "]
    for s in bounds:
        if s <= last and s < n and t[s] != " ":
            for e in ends[bisect_left(ends, s + m - k) : bisect_right(ends, s + m + k)]:
                yield _Range(s, e)


def _near(quote: _Norm, hay: _Norm) -> list[_Range]:
    """All acceptable edit-distance matches, in level-2 coordinates, left to right."""
    from rapidfuzz.distance import Levenshtein

    q, t = quote.norm, hay.norm
    m = len(q)
    k = m // _CHARS_PER_EDIT
    if k == 0 or len(t) < m - k:
        return []
    # Pigeonhole: cut the quote into k + 1 pieces. A window within k edits of the quote
    # holds at least one piece unchanged, at most k characters from its place in the
    # quote, so fast exact searches for the pieces find every possible match start.
    size = m // (k + 1)
    anchors: set[int] = set()
    found = 0
    for i in range(k + 1):
        offset = i * size
        piece = q[offset : offset + size] if i < k else q[offset:]
        pos = t.find(piece)
        while pos >= 0 and found < _MAX_ANCHORS:
            anchors.add(pos - offset)
            found += 1
            pos = t.find(piece, pos + 1)
    # Anchors close together point at the same candidate match.
    groups: list[list[int]] = []
    for x in sorted(anchors):
        if groups and x - groups[-1][0] <= 2 * k:
            groups[-1].append(x)
        else:
            groups.append([x])
    digits = _DIGIT_RUNS.findall(q)
    budget = _BUDGET  # bounds the work on pathological input ("ha ha ha ...")
    hits: list[_Range] = []
    for group in groups[:_MAX_GROUPS]:
        # Cheap test first: the quote-long window at a true anchor is within 4k edits
        # (k in the match, k at its start, 2k at its end).
        budget -= len(group)
        if all(
            Levenshtein.distance(q, t[max(0, x) : x + m], score_cutoff=4 * k) > 4 * k for x in group
        ):
            continue
        scored: list[tuple[int, int, int, int]] = []
        for s, e in _windows(quote, hay, group[0] - k, group[-1] + k):
            budget -= 1
            d = Levenshtein.distance(q, t[s:e], score_cutoff=k)
            if d <= k:
                scored.append((d, abs(e - s - m), s, e))
        # The closest few windows cover the same words; if they fail the word test, wider
        # or narrower ones will too, and the word test is the expensive part.
        for *_, s, e in sorted(scored)[:_MAX_WORD_CHECKS]:
            budget -= 16
            window = t[s:e]
            # Dates and amounts are facts: a changed digit is a different fact.
            if _DIGIT_RUNS.findall(window) == digits and _words_ok(quote, window, hay.seps[s:e]):
                if not hits or s >= hits[-1].end:
                    hits.append(_Range(s, e))
                break
        if budget < 0:
            break
    return hits


def locate(quote: str, text: str, *, hint: int | None = None) -> Span | None:
    """Find a verbatim quote in the article and return where it stands.

    Tries an exact match, then a normalized one, then a strict fuzzy one; the first level
    with a hit wins. Within that level, the first occurrence wins, or with `hint` the one
    nearest to that position (ties: the earlier one).

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
    """
    q = _trim(quote)
    if not q or not text:
        return None
    first_only = hint is None
    hits = _exact(q, text, first_only)
    match: MatchKind = "exact"
    if not hits:
        article = _index(text)
        needle = _build(q)
        if not needle.norm:
            return None
        hits = _normalized(needle, article, first_only)
        match = "normalized" if hits else "fuzzy"
        if not hits and len(needle.norm) >= _MIN_FUZZY:
            needle2, article2 = needle.folded(), article.folded()
            hits = _normalized(needle2, article2, first_only)
            if not hits:
                hits = [_Range(*article2.span(*h)) for h in _near(needle2, article2)]
    if not hits:
        return None
    start, end = _pick(hits, hint)
    return Span(text=text[start:end], start=start, end=end, match=match)
