"""Fuzzy grounding: near matches by edit distance, doubled letters, dropped quotation marks.

See `_grounding` for the rules; this module finds the candidates.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from visitx.core.textfold import is_arabic_letter
from visitx.grounding.norm import Norm, Range, word_bounds

# Strings shorter than this (level-1 normalized) never match fuzzily, not even without
# diacritics: too many short names and numbers are a letter away from a different one.
MIN_FUZZY = 5
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
_DIGIT_RUNS = re.compile(r"[0-9]+")
# Quotation marks the model drops from titles (`جمهورية "كوسوفا"`), after level 1.
QUOTE_MARKS = frozenset('"\u300c\u300d\u300e\u300f')
# Longest quote that gets the doubled/dropped letter search (2 finds per character):
# the slip is one models make on names, and names are short.
_MAX_DOUBLING = 40



def _words_ok(quote: Norm, window: str, window_seps: bytes | bytearray) -> bool:
    """Whether the edits from `quote` to `window` are slips inside words.

    Character edit distance alone would accept a swapped short word (`ve` for `de`), a
    dropped word or a moved number; these are different statements, so each word must
    survive, short words must survive intact and damage must be spread thin.
    """
    q_word, q_len = quote.words()
    w_word, w_len = word_bounds(window, window_seps)
    edits, lost, new = _word_edits(quote.norm, window, q_word, w_word, len(q_len), len(w_len))
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


def _word_edits(
    q: str, window: str, q_word: list[int], w_word: list[int], q_words: int, w_words: int
) -> tuple[list[int], list[int], list[int]]:
    """Per quote word: edits inside or next to it, and its characters deleted or replaced;
    per window word: its characters inserted or replaced (`q_word`, `w_word`: the word
    index of each character, -1 outside words)."""
    from rapidfuzz.distance import Levenshtein  # lazy: keeps `import visitx` cheap

    edits = [0] * q_words
    lost = [0] * q_words
    new = [0] * w_words
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
    return edits, lost, new


def _boundaries(hay: Norm, lo: int, hi: int) -> list[int]:
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


def _windows(quote: Norm, hay: Norm, first: int, last: int) -> Iterator[Range]:
    """Quote-long windows (±k) starting in `[first, last]`; both ends on word boundaries."""
    t, m, n = hay.norm, len(quote.norm), len(hay.norm)
    k = m // _CHARS_PER_EDIT
    bounds = _boundaries(hay, max(0, first), min(n, last + m + k))
    ends = [p for p in bounds if p > 0 and t[p - 1] != " "]
    for s in bounds:
        if s <= last and s < n and t[s] != " ":
            for e in ends[bisect_left(ends, s + m - k) : bisect_right(ends, s + m + k)]:
                yield Range(s, e)


def _anchor_groups(q: str, t: str, k: int) -> list[list[int]]:
    """Where in `t` a match of `q` within `k` edits may start, in groups of nearby starts.

    Pigeonhole: cut the quote into k + 1 pieces. A window within k edits of the quote
    holds at least one piece unchanged, at most k characters from its place in the
    quote, so fast exact searches for the pieces find every possible match start.
    Anchors close together point at the same candidate match.
    """
    size = len(q) // (k + 1)
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
    groups: list[list[int]] = []
    for x in sorted(anchors):
        if groups and x - groups[-1][0] <= 2 * k:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def near(quote: Norm, hay: Norm) -> list[Range]:
    """All acceptable edit-distance matches, in level-2 coordinates, left to right."""
    from rapidfuzz.distance import Levenshtein

    q, t = quote.norm, hay.norm
    m = len(q)
    k = m // _CHARS_PER_EDIT
    if k == 0 or len(t) < m - k:
        return []
    groups = _anchor_groups(q, t, k)
    digits = _DIGIT_RUNS.findall(q)
    budget = _BUDGET  # bounds the work on pathological input ("ha ha ha ...")
    hits: list[Range] = []
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
                    hits.append(Range(s, e))
                break
        if budget < 0:
            break
    return hits


def without_quotes(norm: Norm) -> Norm:
    """`norm` with quotation marks removed, spaces re-joined as `build_norm` joins them."""
    t = norm.norm
    keep: list[int] = []
    seps = bytearray()
    sep = 0
    for i, ch in enumerate(t):
        if ch in QUOTE_MARKS:
            continue
        if ch == " ":
            nxt = next((c for c in t[i + 1 :] if c not in QUOTE_MARKS), "")
            prev = t[keep[-1]] if keep else ""
            if prev in ("", " ") or nxt in ("", " ") or (
                is_arabic_letter(prev) and is_arabic_letter(nxt)
            ):
                sep = sep or int(bool(prev and nxt and prev != " "))
                continue
        keep.append(i)
        seps.append(sep or norm.seps[i])
        sep = 0
    return Norm(
        "".join(t[i] for i in keep),
        [norm.starts[i] for i in keep],
        [norm.ends[i] for i in keep],
        seps,
    )


def doubling(needle: Norm, hay: Norm) -> list[Range]:
    """Hits of the quote with one letter doubled or undoubled (`Hinterseeh`, `Сафет`).

    Only a letter inside a word of at least `_MIN_SLIP_WORD` letters, never a digit:
    `Saffet` and `Safet` are one name typed twice; `2013` and `20113` are not.
    """
    q, t = needle.norm, hay.norm
    if len(q) > _MAX_DOUBLING:
        return []
    word, lengths = needle.words()
    variants: set[str] = set()
    for i, ch in enumerate(q):
        if not ch.isalpha() or word[i] < 0 or lengths[word[i]] < _MIN_SLIP_WORD:
            continue
        variants.add(q[: i + 1] + ch + q[i + 1 :])
        if i + 1 < len(q) and q[i + 1] == ch:
            variants.add(q[:i] + q[i + 1 :])
    hits: list[Range] = []
    for variant in sorted(variants):
        pos = t.find(variant)
        while pos >= 0:
            hits.append(Range(pos, pos + len(variant)))
            pos = t.find(variant, pos + 1)
    return sorted(set(hits))

