"""One text folding for every comparison visitx makes: quotes, country names, dates.

Grounding (`_grounding`), country names (`_countries`) and date words (`_dates`)
all compare what a model or an article typed with a reference form. They fold both
sides the same way, with the rules below, so that a spelling the grounding layer calls
`normalized` is also one the country index and the date tables recognise.

Meaning-preserving folds (`fold(text)`, what `locate` calls a *normalized* match):

* compatibility forms: NFKC (full-width digits and punctuation, ligatures, NBSP);
* case: `casefold`, with Turkish `İ`/`ı` folded to `i` first (`casefold("İ")` is `i` +
  U+0307, which would keep `İstanbul` apart from `istanbul`);
* Arabic-script letter variants that keyboards and news sites mix: `ي ى ۍ ې` → `ی`,
  `ك` → `ک`, `ة ۀ ە ہ` → `ه`, `أ إ آ ٱ` → `ا`, `ؤ` → `و`, `ئ` → `ی`; tatweel and
  harakat dropped; Arabic comma, semicolon, question mark and percent as ASCII;
* digits of every script as ASCII;
* typographic apostrophes, quotes and dashes as `'`, `"` and `-`;
* ZWNJ and every white-space character as one space: a ZWNJ separates the parts of a
  Persian word the way a space does (`_grounding` further lets a space between two
  Arabic-script letters match nothing); ZWJ, bidi controls and other format
  characters are dropped.

Accent folds (`fold(text, accents=False)`), for fuzzy grounding and for lookups in
tables: combining diacritics (U+0300–U+036F) dropped after NFKD, the Latin letters
people type without their mark (`ø ł đ ð ħ ŧ ə`) as their base letter, and `æ`/`œ`
spelled out. Marks of other
scripts (kana voicing, Indic vowel signs) are letters and stay.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "HEBREW_PREFIXES",
    "ascii_digits",
    "fold",
    "fold_char",
    "is_arabic_letter",
    "is_hebrew_letter",
]

# Before NFKC and casefold: `casefold("İ")` would leave a combining dot behind, and
# NFKC would turn the spacing accents into a space and a combining mark.
_PRE = str.maketrans({"İ": "i", "ı": "i", "´": "'", "˝": '"'})

# One character to one character (or to nothing), applied after case folding.
_VARIANTS: dict[int, str | None] = {
    **dict.fromkeys(map(ord, "يىۍې"), "ی"),
    ord("ك"): "ک",
    **dict.fromkeys(map(ord, "ةۀەہ"), "ه"),
    **dict.fromkeys(map(ord, "أإآٱٲٳ"), "ا"),
    ord("ؤ"): "و",
    ord("ئ"): "ی",
    **{ord(a): b for a, b in zip("،؛؟٪٫", ",;?%.", strict=True)},
    ord("\u0640"): None,  # tatweel
    **dict.fromkeys(range(0x064B, 0x0660), None),  # harakat, hamza and madda above/below
    ord("\u0670"): None,  # superscript alef
    **dict.fromkeys(range(0x0610, 0x061B), None),  # Quranic honorifics and small letters
    **dict.fromkeys(range(0x06D6, 0x06EE), None),  # Quranic annotation marks
    **dict.fromkeys(map(ord, "‘’‚‛`´ʹʻʼ′‹›"), "'"),
    **dict.fromkeys(map(ord, "“”„‟«»″"), '"'),
    **dict.fromkeys(map(ord, "‐‑‒–—―−"), "-"),
    **dict.fromkeys(map(ord, "\u200b\u200c"), " "),  # ZWSP, ZWNJ: word-part separators
}
# Latin letters without a decomposition that people type without their mark.
_BASE_LETTERS = {
    **{ord(a): b for a, b in zip("øłđðħŧə", "olddhte", strict=True)},
    ord("æ"): "ae",
    ord("œ"): "oe",
}
# Both folds in one table for the accent-free path (one pass over the string).
_VARIANTS_BASE = {**_VARIANTS, **_BASE_LETTERS}
_ACCENT_MARKS = re.compile("[\u0300-\u036f]")
_WHITE = re.compile(r"\s+")
_DIGIT = re.compile(r"[^\W\D0-9]")  # a decimal digit other than ASCII's
_ASCII_VARIANTS = str.maketrans({"`": "'", "\t": " ", "\n": " ", "\r": " "})


def _ascii_digit(m: re.Match[str]) -> str:
    return str(unicodedata.decimal(m.group()))


# Format characters (Unicode category Cf) but ZWSP and ZWNJ, which become spaces.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200d-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def _drop_format(text: str) -> str:
    return _FORMAT.sub("", text)


def fold(text: str, *, accents: bool = True) -> str:
    """`text` folded for comparison (see the module docstring); runs of space collapse.

    Args:
        text: Any string.
        accents: False to drop Latin, Greek and Cyrillic diacritics too.

    Example:
        >>> fold("İSTANBUL’da  ۱۶ كيلو")
        "istanbul'da 16 کیلو"
        >>> fold("Çalık", accents=False)
        'calik'
    """
    if text.isascii():
        folded = text.translate(_ASCII_VARIANTS).lower()
        return _WHITE.sub(" ", folded) if "  " in folded else folded
    text = _drop_format(text)
    if "İ" in text or "ı" in text or "´" in text or "˝" in text:
        text = text.translate(_PRE)
    if accents:
        folded = unicodedata.normalize("NFKC", text).casefold().translate(_VARIANTS)
    else:
        folded = unicodedata.normalize("NFKD", text).casefold().translate(_VARIANTS_BASE)
        folded = unicodedata.normalize("NFC", _ACCENT_MARKS.sub("", folded))
    if not folded.isascii():
        folded = _DIGIT.sub(_ascii_digit, folded)
    return _WHITE.sub(" ", folded)


def ascii_digits(text: str) -> str:
    """Only the digits of `text` folded to ASCII; everything else as written."""
    return text if text.isascii() else _DIGIT.sub(_ascii_digit, text)


@functools.lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """One character (or grapheme cluster) folded with accents dropped, if that keeps it
    one character; else the character itself. For offset maps that need 1:1 folds."""
    base = fold(ch, accents=False)
    return base if len(base) == 1 else ch


# The one-letter words Hebrew writes onto the next word: "and", "the", "in", "to", "from",
# "that", "as" (ו ה ב ל מ ש כ: "ונפגש", "and met"; "בירושלים", "in Jerusalem").
HEBREW_PREFIXES = "והבלמשכ"


def is_hebrew_letter(ch: str) -> bool:
    """Whether `ch` is a letter of the Hebrew alphabet (final forms included)."""
    return "\u05d0" <= ch <= "\u05ea"


def is_arabic_letter(ch: str) -> bool:
    """Whether `ch` is a letter of the Arabic script (Arabic, Persian, Urdu, Pashto ...)."""
    o = ord(ch)  # the Arabic, Arabic Supplement and Arabic Extended-A blocks
    return (0x620 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0x8A0 <= o <= 0x8FF) and ch.isalpha()
