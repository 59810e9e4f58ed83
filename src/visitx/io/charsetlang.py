"""Which single-byte charset a page's language or script says it is in.

A declaration or a detector can name a charset of the wrong language: ISO-8859-9 Turkish
declared ISO-8859-1 ("Cumhurbaşkanı" as "Cumhurbaþkaný"), windows-1256 Arabic declared
ISO-8859-1 ("æÕá ÑÆíÓ"), ISO-8859-2 Czech that charset_normalizer reads as windows-1252,
ISO-8859-7 Greek it reads as windows-1253 ("¶γκυρα"), a windows-1252 page served as UTF-8
whose accents come out as bad bytes. The language the text reads as, or the share of its
letters that are not ASCII, says which charset it is in (`tables/charsets.json`).
"""

from __future__ import annotations

import re

from visitx.core.datafiles import read_json

ESCAPED = re.compile("[\udc80-\udcff]")
# A detector overrules what the page declares only on enough evidence: this many
# non-ASCII bytes (a short snippet in a wrong charset stays an InputError).
MIN_DETECT_BYTES = 64
HIGH = re.compile(rb"[\x80-\xff]")
SAMPLE = 200_000
# How much of the page is read to tell its language.
_LANGUAGE_SAMPLE = 20_000
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_TAGS = re.compile(r"<[^>]*>")
_C1 = re.compile("[\x80-\x9f]")
_WEB_DEFAULT = "cp1252"
_FOREIGN_RUN = re.compile(r"[^\W\d_a-zA-Z]{3,}")


# The Western defaults a site declares without thinking (ISO-8859-1 is read as cp1252).
_WESTERN = frozenset({"cp1252", "iso8859-1", "iso8859-15"})


def own_language(data: bytes, text: str, codec: str) -> str:
    """The page in its language's own single-byte charset where it declares the Western
    default: ISO-8859-9 Turkish declared ISO-8859-1 reads as "Cumhurbaþkaný", which still
    reads as Turkish (`by_language`); a page whose letters, so read, are mostly not ASCII
    is another script's (windows-1256 Arabic declared ISO-8859-1 reads as "æÕá ÑÆíÓ"),
    and the detector reads it (`_other_script`). Another declared charset (windows-1251,
    KOI8-R) is the site's choice and stays."""
    if codec not in _WESTERN:
        return text
    return _other_script(data, text) or by_language(data, text, codec) or text


# A Latin-script text has a few accented letters among its ASCII ones (Hungarian, the
# most, about one in eight); another script's bytes read as windows-1252 are mostly
# accented letters ("æÕá ÑÆíÓ ãÌáÓ").
_OTHER_SCRIPT_SHARE = 0.5


def _other_script(data: bytes, text: str) -> str | None:
    """The detector's reading of a page declared in the Western default whose visible
    letters, read so, are mostly not ASCII, when it has enough non-ASCII bytes for a
    detector and the detector names another charset; else None."""
    from charset_normalizer import from_bytes

    visible = _TAGS.sub(" ", _SCRIPTS.sub(" ", text[:_LANGUAGE_SAMPLE]))
    letters = [char for char in visible if char.isalpha()]
    foreign = sum(1 for char in letters if char > "\x7f")
    if not letters or foreign < _OTHER_SCRIPT_SHARE * len(letters):
        return None
    if len(HIGH.findall(data[:SAMPLE])) < MIN_DETECT_BYTES:
        return None
    best = from_bytes(data[:SAMPLE]).best()
    if best is None or best.encoding in _WESTERN:
        return None
    read = data.decode(best.encoding, errors="replace")
    if best.encoding not in read_json("charsets.json")["single_byte"]:
        return read
    return by_language(data, read, best.encoding) or read


def few_accents(data: bytes) -> str | None:
    """A mostly-ASCII page whose declaration does not fit its few non-ASCII bytes: in the
    single-byte charset of the language its text reads as (`by_language`), else in
    windows-1252 (the web's default for Latin pages) when it defines every byte; else
    None. A reading with three non-ASCII letters in a row is not a Latin text's accents
    but another script's letters ("Делегация" in windows-1251 reads "Äåëåãàöèÿ"): None."""
    try:
        text = data.decode(_WEB_DEFAULT)
    except UnicodeDecodeError:
        return None
    text = by_language(data, text, _WEB_DEFAULT) or text
    return None if _FOREIGN_RUN.search(text) else text


def by_language(data: bytes, text: str, guessed: str) -> str | None:
    """The page in its language's own single-byte charset, when the detector's is not one.

    charset_normalizer reads undeclared ISO-8859-2 Czech and ISO-8859-9 Turkish as
    windows-1252 ("Var¹avì", "Dýþiþleri"); the language still shows through its
    mostly-ASCII letters. Its charsets (`tables/charsets.json`) are tried in order, and
    the first that decodes the bytes without C1 controls (U+0080-U+009F: an ISO-8859
    charset's there, a windows- one's punctuation) wins. When the detector's charset is
    one of the language's, another of them may read the page better (`_sibling`).
    """
    from visitx.text.language import guess_language

    visible = _TAGS.sub(" ", _SCRIPTS.sub(" ", text[:_LANGUAGE_SAMPLE]))
    codecs_of = read_json("charsets.json")["languages"].get(guess_language(visible) or "", [])
    if guessed in codecs_of:
        return _sibling(data, visible, guessed, codecs_of)
    for codec in codecs_of:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if not _C1.search(decoded):
            return decoded
    return None


# A sign that a single-byte charset has where its language's other charset has a letter,
# glued to the letters after it: ISO-8859-7 Greek read as windows-1253 prints "Άγκυρα"
# as "¶γκυρα".
_SIGN_IN_WORD = re.compile(r"[¤¦§¨¯´¶¸΅](?=[^\W\d_])")


def _sibling(data: bytes, visible: str, guessed: str, codecs_of: list[str]) -> str | None:
    """The page in its language's other single-byte charset, when the detector's reading
    puts signs inside words (`_SIGN_IN_WORD`) and the other's, without C1 controls, puts
    fewer; else None (the detector's reading stands)."""
    signs = len(_SIGN_IN_WORD.findall(visible))
    if not signs:
        return None
    for codec in codecs_of:
        if codec == guessed:
            continue
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        seen = _TAGS.sub(" ", _SCRIPTS.sub(" ", decoded[:_LANGUAGE_SAMPLE]))
        if not _C1.search(decoded) and len(_SIGN_IN_WORD.findall(seen)) < signs:
            return decoded
    return None


# At least this many bad bytes that are accented letters make a page declared UTF-8 that
# has no UTF-8 character a legacy page: "collegher\xe0", "pi\xf9", "\xe8". The rest may be
# the signs a legacy page's template carries (the footer's "©", guillemets, curly quotes,
# dashes, a no-break space), fewer than the letters.
MIN_LEGACY_ACCENTS = 3
_LEGACY_SIGNS = frozenset("©®°«»“”„‘’‚–—…€£§·\xa0")


def legacy_accents(data: bytes) -> str | None:
    """A page declared UTF-8 that is in a single-byte charset (`few_accents`), or None.

    It has no well-formed UTF-8 character, at least MIN_LEGACY_ACCENTS bytes that are
    not UTF-8, and they read as letters (an Italian page's "è", "più",
    "università" served as UTF-8): its accents, not damage, also beside the template's
    signs ("©", "«", "–": `_LEGACY_SIGNS`) when the letters outnumber them. A stray byte
    or two, bytes that read mostly as punctuation or as another script's letters stay
    damage (U+FFFD).
    """
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(ESCAPED.findall(text))
    if bad < MIN_LEGACY_ACCENTS or bad != sum(1 for char in text if char > "\x7f"):
        return None
    legacy = few_accents(data)
    if legacy is None:
        return None
    high = [char for char in legacy if char > "\x7f"]
    letters = sum(1 for char in high if char.isalpha())
    signs = sum(1 for char in high if char in _LEGACY_SIGNS)
    if letters < MIN_LEGACY_ACCENTS or letters + signs < len(high) or signs >= letters:
        return None
    return legacy
