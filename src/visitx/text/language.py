"""Which language a text is in: the script first, then an offline identifier, None when unsure.

Deterministic and offline. Scripts used by one language (Hangul, kana, Greek, Georgian,
Armenian, Hebrew, Thai, Gujarati, Tamil, ...) decide at once; Han without kana is Chinese.
Everything else (Latin, Cyrillic, Arabic, Devanagari, Bengali script) goes to py3langid,
whose model ships inside the package, and its answer is kept only when it is confident and
fits the script.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections import Counter
from typing import Any

from visitx.core.once import once

# Below this many letters a guess is not worth making.
MIN_LETTERS = 12
# The identifier's normalized probability a guess needs before it is returned.
MIN_CONFIDENCE = 0.80

_SINGLE_LANGUAGE_SCRIPTS = {
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "GREEK": "el",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "HEBREW": "he",
    "THAI": "th",
    # South and South-East Asian scripts of one language each (a Gujarati news page
    # declared `en` was read as English while these were unknown scripts: issue 22).
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "ORIYA": "or",
    "TAMIL": "ta",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "SINHALA": "si",
    "KHMER": "km",
    "LAO": "lo",
    "MYANMAR": "my",
}
# Languages the identifier may return for a text mostly in each script; any other answer
# (a Latin-script language for a Cyrillic text, say) is treated as a mistake.
_SCRIPT_LANGUAGES = {
    "LATIN": None,  # any
    "CYRILLIC": {"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "uz"},
    "ARABIC": {"ar", "fa", "ur", "ps", "ku", "ug", "sd"},
    "DEVANAGARI": {"hi", "mr", "ne"},
    "BENGALI": {"bn", "as"},
}

# Languages of the other scripts that no text in Latin letters is in (Serbian, Uzbek and
# Kurdish are written in Latin letters too): the identifier's answer for a text mostly in
# Latin letters with a quotation in Cyrillic ("Putin told reporters: «Для этого мы сюда и
# приехали…»") is not one of them.
_NOT_LATIN = (
    frozenset().union(*(codes for codes in _SCRIPT_LANGUAGES.values() if codes))
    | frozenset(_SINGLE_LANGUAGE_SCRIPTS.values())
    | {"zh", "ja"}
) - {"sr", "uz", "ku"}


def _fits(script: str, code: str) -> bool:
    """Whether a language the identifier names is written in `script`."""
    allowed = _SCRIPT_LANGUAGES.get(script, set())
    return code not in _NOT_LATIN if allowed is None else code in allowed


def _in_script(text: str, script: str) -> str:
    """`text` with the letters of other scripts than `script` blanked out (a quotation)."""
    return "".join(c if not c.isalpha() or _script(c) == script else " " for c in text)


@functools.lru_cache(maxsize=8192)  # a text's letters repeat: look each one up once
def _script(char: str) -> str | None:
    try:
        name = unicodedata.name(char)
    except ValueError:
        return None
    if name.startswith("CJK UNIFIED") or name.startswith("CJK COMPATIBILITY IDEOGRAPH"):
        return "HAN"
    head = name.split(" ", 1)[0]
    if head in _SINGLE_LANGUAGE_SCRIPTS or head in _SCRIPT_LANGUAGES:
        return head
    return "OTHER"


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in, or None when unsure.

    Conservative on purpose: a short text, a mix of scripts with no clear majority, or a
    guess the identifier is not confident about gives None rather than a wrong code.

    Args:
        text: any text; only its letters count.

    Returns:
        A two-letter code such as `"tr"`, `"fa"` or `"zh"`, or None.

    Example:
        >>> guess_language("Türkiye ile Ruanda arasındaki işbirlikleri görüşüldü.")
        'tr'
        >>> guess_language("OK") is None
        True
    """
    if not isinstance(text, str):
        return None
    scripts = Counter(_script(c) for c in text if c.isalpha())
    letters = sum(scripts.values())
    if letters < MIN_LETTERS // 3 or not scripts:
        return None
    if scripts["HANGUL"] >= letters * 0.3:
        return "ko"
    if scripts["HIRAGANA"] + scripts["KATAKANA"] >= letters * 0.05 and (
        scripts["HIRAGANA"] + scripts["KATAKANA"] + scripts["HAN"] >= letters * 0.5
    ):
        return "ja"
    if scripts["HAN"] >= letters * 0.5:
        return "zh"
    script, count = scripts.most_common(1)[0]
    if script in _SINGLE_LANGUAGE_SCRIPTS and count >= letters * 0.5:
        return _SINGLE_LANGUAGE_SCRIPTS[script]
    if letters < MIN_LETTERS or script not in _SCRIPT_LANGUAGES or count < letters * 0.6:
        return None
    code, confidence = _identifier().classify(text)
    if not _fits(script, code):
        # The words in other scripts (a quotation) outweigh the text's own: the text is
        # identified on its words in its main script.
        code, confidence = _identifier().classify(_in_script(text, script))
    if confidence < MIN_CONFIDENCE or len(code) != 2 or not _fits(script, code):
        return None
    return str(code)


@once
def _identifier() -> Any:
    """py3langid's bundled model with normalized probabilities, loaded once per process
    under a lock: memory-mapped from visitx's cache folder in milliseconds
    (`text.langmodel`; the first process on a machine writes that copy, about 1 s)."""
    from visitx.text.langmodel import load_identifier

    return load_identifier()


_starting = threading.Lock()
_started: list[threading.Thread] = []


def start_loading() -> None:
    """Start loading py3langid's model in a daemon thread, once per process.

    From visitx's memory-mapped copy the load takes milliseconds; the first process on a
    machine makes that copy (mostly LZMA decompression, which runs without the GIL, so
    on a second core it overlaps whatever the caller does next). A guess made before it
    is done waits for it instead of loading the model again.
    """
    if _started:  # every request calls this: no lock once a thread was started
        return
    with _starting:
        if _started or _identifier.loaded():
            return
        thread = threading.Thread(target=_identifier, name="visitx-language", daemon=True)
        _started.append(thread)
    thread.start()


# Bumped whenever `guess_language` changes its answers: a guess stored with a cached draft
# is reused only while this matches, so an improvement reaches cached articles too.
GUESSER_VERSION = "script+py3langid/3"
# The opening of an article tells its language as well as the whole (and costs a third).
_SAMPLE = 1000


def text_language(text: str) -> str | None:
    """`guess_language` on the article's opening: what the record's language is checked with."""
    return guess_language(text[:_SAMPLE])


def settle_language(reported: str | None, guessed: str | None) -> str | None:
    """The article's language from what the model reported and what the text says.

    The model's code is kept when the text agrees or when the text alone cannot tell;
    when the text clearly says another language (a model that answers "en" for a Turkish
    article), the text wins. A language the caller gave is never settled here: it wins.
    """
    if guessed is not None:
        return guessed
    return reported


# Languages close enough for the identifier to take one for another on a page's text; a
# page declaring one of them while the text reads as another of them keeps its own.
_CLOSE_LANGUAGES = (
    frozenset({"ms", "id"}),
    frozenset({"no", "nb", "nn", "da"}),
    frozenset({"sr", "hr", "bs", "sh"}),
    frozenset({"cs", "sk"}),
    frozenset({"gl", "pt"}),
    frozenset({"ca", "es"}),
    frozenset({"ru", "uk", "be"}),
    frozenset({"bg", "mk"}),
    frozenset({"fa", "prs"}),
    frozenset({"tr", "az"}),
    frozenset({"kk", "ky", "tt", "ba"}),
)
# Enough of a page's text for the identifier (as `text_language`): the whole costs more
# and tells no more.
_PAGE_SAMPLE = 1000
# How much of the text a guess that disagrees with the page is checked on.
_PAGE_WIDE = 8000


def page_language(declared: str | None, text: str) -> str | None:
    """A web page's language: the text's, when `guess_language` is confident, else the declared.

    A page's `lang` attribute is a template's setting and goes stale (an English page of
    a site whose templates say `de`), so a confident guess from the text wins when the
    two disagree, unless the two are close languages the identifier confuses. A guess
    from the text's opening that disagrees with the page is taken only if it holds on
    the first 8,000 characters (an opening notice in English above a German article);
    an opening the identifier is unsure of (English quotes above a Tagalog article) is
    read on those 8,000 characters too. When no guess is confident and the identifier
    finds the declared language all but impossible in the text (a Papiamento page
    declared `en`), the answer is the likelier of a close pair the identifier splits its
    confidence between (an Indonesian text: `id` 0.75, `ms` 0.25), else None: the
    declaration is not kept against the text.

    Example:
        >>> page_language("de", "The delegation visited the port and met the minister.")
        'en'
        >>> page_language("de", "OK")
        'de'
    """
    guessed = guess_language(text[:_PAGE_SAMPLE])
    if len(text) > _PAGE_SAMPLE and (guessed is None or guessed != declared):
        # The opening can be in another language than the article (an English error
        # notice or forum header above a German text): a guess that would overrule the
        # page must hold on more of the text; an unsure opening is read on more of it.
        wide = guess_language(text[:_PAGE_WIDE])
        guessed = wide if guessed is None else wide or (None if declared else guessed)
    if guessed is None and declared is not None and _contradicted(declared, text):
        return _close_guess(text[:_PAGE_SAMPLE])
    if guessed is None or declared is None or guessed == declared:
        return guessed or declared
    if any(declared in group and guessed in group for group in _CLOSE_LANGUAGES):
        return _east_slavic(text) or declared
    return guessed


# Letters that only Russian writes (ы and э are Belarusian too, which has no ъ: the
# Belarusian page keeps its declaration) and letters that only Ukrainian writes (і is
# Belarusian too).
_RUSSIAN_LETTERS = frozenset("ыэъЫЭЪ")
_UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")
# How many of one side's letters the text needs, and how few of the other's (a quoted
# name) it may have: one in ten.
_LETTERS_NEEDED = 5
_LETTERS_RATIO = 10


def _east_slavic(text: str) -> str | None:
    """`ru` or `uk` when the text's own letters say so, for a page declared the other.

    The identifier's guess between the two is not trusted against a page's declaration,
    but the spelling is plain: Ukrainian writes і, ї, є, ґ and never ы, э, ъ; Russian the
    reverse. A text with many of one side's letters and next to none of the other's is
    in that language, whatever the template's `lang` says. None when the letters do not
    decide (a Belarusian text: ы and і both).
    """
    sample = text[:_PAGE_WIDE]
    russian = sum(1 for c in sample if c in _RUSSIAN_LETTERS)
    ukrainian = sum(1 for c in sample if c in _UKRAINIAN_LETTERS)
    if russian >= _LETTERS_NEEDED and ukrainian * _LETTERS_RATIO <= russian:
        return "ru"
    if ukrainian >= _LETTERS_NEEDED and russian * _LETTERS_RATIO <= ukrainian:
        return "uk"
    return None


def _close_guess(text: str) -> str | None:
    """The likelier of two close languages the identifier splits its confidence between
    ("id" 0.75, "ms" 0.25 on an Indonesian text), when together they are confident and
    the text is in one script the guess fits; else None. For a page whose declared
    language the text rules out: the text is in that pair, whichever of the two."""
    ranked = dict(_identifier().rank(text))
    scripts = Counter(_script(c) for c in text if c.isalpha())
    script, count = scripts.most_common(1)[0] if scripts else ("", 0)
    for group in _CLOSE_LANGUAGES:
        if sum(ranked.get(code, 0.0) for code in group) >= MIN_CONFIDENCE:
            code = max(group, key=lambda c: ranked.get(c, 0.0))
            fits = count >= sum(scripts.values()) * 0.6 and _fits(script or "", code)
            return code if fits and len(code) == 2 else None
    return None


# The identifier's probability below which a declared language is contradicted by the text
# (on htmldate's, trafilatura's and the article benchmark's 2,171 pages: at most 4e-5 for
# pages whose text is in another language, at least 0.06 where the declaration is right).
_CONTRADICTED_BELOW = 0.001


def _contradicted(declared: str, text: str) -> bool:
    """Whether the identifier finds `declared` (or a close language) all but impossible.

    Checked on the opening and on the first 8,000 characters; a language the identifier
    does not know, or a text too short or not mostly in one script, is never contradicted.
    """
    group = next((g for g in _CLOSE_LANGUAGES if declared in g), frozenset({declared}))
    for sample in {text[:_PAGE_SAMPLE], text[:_PAGE_WIDE]}:
        letters = [c for c in sample if c.isalpha()]
        if len(letters) < _PAGE_SAMPLE // 4:
            return False
        ranked = dict(_identifier().rank(sample))
        if not any(code in ranked for code in group):
            return False
        if sum(ranked.get(code, 0.0) for code in group) >= _CONTRADICTED_BELOW:
            return False
    return True
