"""Whether a string the model gave as a sentence (an evidence span, a summary) reads as
one: enough letters in enough different words, not JSON, not one word written again and
again (`sentence_problem`). Scripts written without spaces count their letters alone.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["MIN_SENTENCE_LETTERS", "MIN_SENTENCE_WORDS", "sentence_problem"]

# A sentence has this many letters at least, in this many different words (scripts
# written without spaces count their letters alone).
MIN_SENTENCE_LETTERS = 12
MIN_SENTENCE_WORDS = 3
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL", "KHMER", "LAO", "MYANMAR")
_REPEATED = re.compile(r"(.+?)\1+", re.DOTALL)


@functools.lru_cache(maxsize=4096)  # pure; a draft's sentences are checked again in its record
def sentence_problem(text: str) -> str | None:
    """Why a string does not read as a sentence, or None when it does.

    A sentence has enough letters and at least three different words ("visit visit
    visit" has one), and is not JSON or a bracketed list (`{"who": ...}`, `["Ali",
    "Veli"]`); text in a script written without spaces (CJK, Thai) needs its letters
    alone, but not one word written again and again.

    Example:
        >>> sentence_problem("1992"), sentence_problem("visit visit visit")
        ('too few letters', 'one word repeated')
        >>> sentence_problem("The minister visited Ankara on Monday.") is None
        True
    """
    letters = [c for c in text if c.isalpha()]
    if len(letters) < MIN_SENTENCE_LETTERS:
        return "too few letters"
    stripped = text.strip()
    if stripped[:1] in ("{", "[") and stripped[-1:] in ("}", "]"):
        return "JSON or a list, not a sentence"
    tokens = [w.casefold() for w in re.findall(r"\w+", text) if any(c.isalpha() for c in w)]
    words = set(tokens)
    unspaced = 0 if text.isascii() else sum(  # no ASCII letter is of those scripts
        1 for c in letters if not c.isascii() and unicodedata.name(c, "").startswith(_UNSPACED))
    if unspaced >= len(letters) / 2:
        compact = "".join(c for c in text if c.isalnum())
        return "one word repeated" if _REPEATED.fullmatch(compact) else None
    if len(words) == 1 and len(tokens) > 1:
        return "one word repeated"
    if len(words) < MIN_SENTENCE_WORDS:
        return f"fewer than {MIN_SENTENCE_WORDS} different words"
    return None
