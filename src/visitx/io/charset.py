"""Page bytes as text: what the bytes are, before what the page says they are.

Declarations go stale: a site moves to UTF-8 and keeps `<meta charset="iso-8859-1">`, a
CMS sends `euc-kr` for pages it stores as UTF-8. Bytes that decode as UTF-8 are UTF-8
(another charset reading them as such is all but impossible), so UTF-8 is tried before
any declaration; a long UTF-8 page with a handful of bad bytes (a truncated character, a
stray Latin-1 byte pasted in) is UTF-8 with those bytes replaced. UTF-16 shows itself by
its zero bytes, with or without a byte-order mark; ISO-2022-JP and ISO-2022-KR, all ASCII
bytes, by their escape sequences. Only then do the declarations decide
(the charset a server declared, each `<meta>` charset, the XML declaration): those that
fit the bytes, read as browsers read their labels (`tables/charsets.json`); a label no
one knows, or one that does not fit, is passed over as browsers pass it over. Several
that fit and disagree, or none: a detector (charset_normalizer) decides; when it reads
the page in a single-byte charset that is not one of the language the text reads as
(ISO-8859-2 Czech as windows-1252, windows-1252 French as windows-1250), that language's
own charset is taken. Declarations
that do not fit, with too few non-ASCII bytes for a detector: the few accents of a Latin
page, in its language's charset or windows-1252 (`few_accents`).
"""

from __future__ import annotations

import codecs
import re

from visitx.core.datafiles import read_json
from visitx.core.errors import InputError
from visitx.io.charsetlang import (
    ESCAPED,
    HIGH,
    MIN_DETECT_BYTES,
    SAMPLE,
    by_language,
    few_accents,
    legacy_accents,
    own_language,
)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# "A handful of bad bytes": at most this many (or one per `LONG_GOOD_PER_BAD` well-formed
# multi-byte characters on a long page), and no more than the well-formed multi-byte
# characters. A page in a single-byte charset read as UTF-8 fails on (nearly) every
# non-ASCII byte, a double-byte one (EUC-KR, GBK) on most of its characters, so neither
# passes. (Ten per bad byte let a short Danish page, 20 "æøå" and 3 stray bytes, be read
# as its stale Latin-1 declaration: "ForstÃ¦rket".)
MAX_BAD_BYTES = 8
GOOD_PER_BAD = 1
LONG_GOOD_PER_BAD = 20
# UTF-16 without a byte-order mark: markup's ASCII leaves every other byte zero.
_UTF16_SAMPLE = 4096
# Seven-bit escape charsets: the escapes that switch to their double-byte sets, and the
# codecs tried (ISO-2022-JP, then its extensions with more sets).
_ISO2022 = (
    (re.compile(rb"\x1b\$[@B]|\x1b\(J"), ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext")),
    (re.compile(rb"\x1b\$\)C"), ("iso2022_kr",)),
)
_UTF16_ZEROS = 0.4
_OTHER_ZEROS = 0.05


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes as text: byte-order mark, UTF-16, ISO-2022, UTF-8, the declarations, a guess.

    Args:
        data: the page as saved or served.
        declared: the charset a server declared (`Content-Type`), if any.

    Raises:
        InputError: the bytes are not UTF-8, no declared charset fits them, and the
            detector recognises none either.

    Example:
        >>> decode_html("Forstærket".encode("utf-8"), "iso-8859-1")
        'Forstærket'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    wide = _utf16(data)
    if wide:
        return data.decode(wide, errors="replace")
    seven = _seven_bit(data)
    if seven is not None:
        return seven
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly
    sources = [("the declared charset", declared)] if declared else []
    sources += [("the page's <meta charset>", m.group(1).decode("ascii"))
                for m in _META_CHARSET.finditer(data[:4096])]  # fmt: skip
    xml = _XML_ENCODING.match(data[:512])
    sources += [("the page's XML declaration", xml.group(1).decode("ascii"))] if xml else []
    fitting: list[str] = []
    problems: list[str] = []
    unknown = False
    for i, (source, label) in enumerate(sources):
        text, codec = _fit(data, label, from_page=i > 0 or not declared)
        if text is None:
            problems.append(_problem(source, label, codec))
            unknown = unknown or not codec
        elif codec == "utf-8":
            return text
        elif len(sources) == 1:
            return own_language(data, text, codec)
        elif codec not in fitting:
            fitting.append(codec)
    if len(fitting) == 1:
        return own_language(data, data.decode(fitting[0]), fitting[0])
    if problems and not fitting and len(HIGH.findall(data[:SAMPLE])) < MIN_DETECT_BYTES:
        # Too few non-ASCII bytes for a detector: a Latin page's few accents in its
        # language's charset or windows-1252 (a Portuguese page declared UTF-8 whose "ç"
        # and "ã" are single bytes), else say so (and always of a label no one knows).
        return (None if unknown else few_accents(data)) or _raise(problems[0])
    return _detected(data, fitting, [label for _, label in sources])


def _raise(problem: str) -> str:
    raise InputError(problem)


def _problem(source: str, label: str, codec: str) -> str:
    if not codec:
        return f"{source} {label!r} is not a known character set; re-save the page as UTF-8."
    return f"The page is not in {source} {label!r}; re-save it as UTF-8 or give the right encoding."


def _fit(data: bytes, label: str, *, from_page: bool) -> tuple[str | None, str]:
    """The bytes read in `label`'s charset (or its browsers' superset), if they fit it.

    Else None and the label's codec ("" when no registry knows the label).
    """
    tried = ""
    for codec in _codecs(label, from_page=from_page):
        tried = tried or codec
        if codec == "utf-8":
            # Declared UTF-8: a handful of bad bytes is damage, whatever the ratio; but
            # not when they are all a legacy page's accents, the page having no UTF-8.
            text = legacy_accents(data) or _nearly_utf8(data, declared=True)
            if text is not None:
                return text, codec
            continue
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return None, tried


def _detected(data: bytes, fitting: list[str], labels: list[str]) -> str:
    """The detector's reading: among the declared charsets that fit, else of all."""
    from charset_normalizer import from_bytes

    sample = data[:SAMPLE]
    best = from_bytes(sample, cp_isolation=fitting).best() if fitting else None
    if best is None and fitting:
        return data.decode(fitting[0])
    best = best or from_bytes(sample).best()
    if best is None:
        said = f" (it declares {', '.join(repr(label) for label in labels)})" if labels else ""
        raise InputError(
            f"The page is not UTF-8 and is in no charset visitx could find{said}; re-save "
            "it as UTF-8 or give the right encoding."
        )
    text = data.decode(best.encoding, errors="replace")
    if fitting or best.encoding not in read_json("charsets.json")["single_byte"]:
        return text
    return by_language(data, text, best.encoding) or text


def _utf16(data: bytes) -> str | None:
    """`utf-16-le` or `-be` when every other byte of the page's start is zero, else None."""
    sample = data[:_UTF16_SAMPLE]
    half = len(sample) // 2
    if half < 16:
        return None
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd >= _UTF16_ZEROS and even <= _OTHER_ZEROS:
        return "utf-16-le"
    if even >= _UTF16_ZEROS and odd <= _OTHER_ZEROS:
        return "utf-16-be"
    return None


def _seven_bit(data: bytes) -> str | None:
    """An ISO-2022-JP or ISO-2022-KR page, known by its escape sequences, else None.

    Their bytes are all ASCII, so they would pass for UTF-8 and come out as `$B4_ED`; the
    escape sequences that switch to the double-byte set (ESC $ B, ESC $ @, ESC $ ) C)
    occur in no other page.
    """
    if b"\x1b" not in data or HIGH.search(data):
        return None
    for escapes, names in _ISO2022:
        if escapes.search(data):
            for name in names:
                try:
                    return data.decode(name)
                except UnicodeDecodeError:
                    continue
    return None


def _nearly_utf8(data: bytes, *, declared: bool = False) -> str | None:
    """The bytes as UTF-8 if they are, or are but for a handful of bad bytes; else None.

    Undeclared, the bad bytes must also be no more than the well-formed multi-byte
    characters (a mostly-ASCII page with one stray byte may be Latin-1); `declared`
    (the page or server says UTF-8) drops that second condition.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(ESCAPED.findall(text))
    good = sum(1 for char in text if char > "\x7f") - bad
    if bad > max(MAX_BAD_BYTES, good // LONG_GOOD_PER_BAD):
        return None
    if not declared and good < bad * GOOD_PER_BAD:
        return None
    return ESCAPED.sub("\ufffd", text)


def _codecs(label: str, *, from_page: bool) -> list[str]:
    """The codecs a browser reads `label` with: its own, then its superset (if any).

    An unknown label gives none. A page's own UTF-16 label means UTF-8 (WHATWG: the page
    could not have been read to find it if it were UTF-16).
    """
    table = read_json("charsets.json")
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(table["labels"].get(label, label)).name
    except LookupError:
        return []
    if from_page and name.startswith("utf-16"):
        return ["utf-8"]
    name = table["read_as"].get(name, name)
    superset = table["supersets"].get(name)
    return [name, superset] if superset else [name]
