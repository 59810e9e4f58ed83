"""The level-1/level-2 normalized form of a string, with an offset map (see `_grounding`)."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

from visitx.core.textfold import fold, fold_char, is_arabic_letter

_SEPARATORS = frozenset("\u200b\u200c\u200d")  # ZWSP, ZWNJ, ZWJ: word-part separators

# Character kinds for the normalizer (the last three are invisible: `kind >= SPACE`).
_TEXT, _MARK, SPACE, _SEP, _DROP = range(5)


def _fold1(s: str) -> str:
    """Level-1 fold of one grapheme cluster (a base character and its marks)."""
    return fold(s)


class _CharInfo(dict[str, tuple[str, int]]):
    """Memo of (level-1 piece, kind) per character; filled on first sight."""

    def __missing__(self, ch: str) -> tuple[str, int]:
        if ch.isspace():
            info = (" ", SPACE)
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


INFO = _CharInfo()
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


def _joined_across_space(before: str, after: str) -> bool:
    """Whether a space between two letters is dropped: Arabic-script word parts (Persian
    writes them with a space, a ZWNJ or nothing), and Han or kana, which a model may space
    as a Western name ("岸田 文雄" for "岸田文雄")."""
    if is_arabic_letter(before) and is_arabic_letter(after):
        return True
    return bool(_HAN_KANA.match(before) and _HAN_KANA.match(after))


_HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


class Norm:
    """A normalized string with, per character, the original `[start, end)` range."""

    __slots__ = ("_folded", "_words", "ends", "norm", "seps", "starts")

    def __init__(self, norm: str, starts: list[int], ends: list[int], seps: bytearray) -> None:
        self.norm = norm
        self.starts = starts
        self.ends = ends
        # seps[k] == 1: a separator (ZWNJ, or a space between Arabic letters) was removed
        # just before character k, i.e. a word boundary the normalized text no longer shows.
        self.seps = seps
        self._folded: Norm | None = None
        self._words: tuple[list[int], list[int]] | None = None

    def folded(self) -> Norm:
        """The level-2 form, built on first use (only the fuzzy path needs it)."""
        if self._folded is None:
            self._folded = Norm(self.norm.translate(_FOLD2), self.starts, self.ends, self.seps)
        return self._folded

    def words(self) -> tuple[list[int], list[int]]:
        """Word index per character (-1 outside words) and the length of each word."""
        if self._words is None:
            self._words = word_bounds(self.norm, self.seps)
        return self._words

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original offsets of the normalized range `[a, b)`."""
        return self.starts[a], self.ends[b - 1]


def build_norm(s: str) -> Norm:
    """Level-1 normalize `s`, keeping the offset map."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seps = bytearray()
    # Bound methods: this loop runs once per character of every new article.
    emit, emit_start, emit_end, emit_sep = out.append, starts.append, ends.append, seps.append
    infos = list(map(INFO.__getitem__, s))
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
                if out and not _joined_across_space(out[-1], ch):
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
    return Norm("".join(out), starts, ends, seps)


class Range(NamedTuple):
    start: int
    end: int


def word_bounds(s: str, seps: bytes | bytearray) -> tuple[list[int], list[int]]:
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

