"""Page bytes as text: what the bytes are, before what the page says they are.

Declarations go stale: a site moves to UTF-8 and keeps `<meta charset="iso-8859-1">`, a
CMS sends `euc-kr` for pages it stores as UTF-8. Bytes that decode as UTF-8 are UTF-8
(another charset reading them as such is all but impossible), so UTF-8 is tried before
any declaration; a long UTF-8 page with a handful of bad bytes (a truncated character, a
stray Latin-1 byte pasted in) is UTF-8 with those bytes replaced. Only then do the
declared charset, the `<meta charset>` and a detector decide.
"""

from __future__ import annotations

import codecs
import re

from visitx.core.errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# "A handful of bad bytes": at most this many, and at most one per this many well-formed
# multi-byte characters. A page in a single-byte charset read as UTF-8 fails on (nearly)
# every non-ASCII byte, so it never passes both. (Ten per bad byte let a short Danish
# page, 20 "æøå" and 3 stray bytes, be read as its stale Latin-1 declaration: "ForstÃ¦rket";
# three changes none of the 2,414 real saved pages of bench_real_pages.py.)
MAX_BAD_BYTES = 8
GOOD_PER_BAD = 3
_ESCAPED = re.compile("[\udc80-\udcff]")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes as text: byte-order mark, UTF-8, declared charset, `<meta charset>`, a guess.

    Args:
        data: the page as saved or served.
        declared: the charset a server declared (`Content-Type`), if any.

    Raises:
        InputError: the bytes are not UTF-8 and a declared charset is unknown or does not
            fit them, or they are in no charset the detector recognises.

    Example:
        >>> decode_html("Forstærket".encode("utf-8"), "iso-8859-1")
        'Forstærket'
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return nearly
    found = _META_CHARSET.search(data[:4096])
    for source, charset in (
        ("the declared charset", declared),
        ("the page's <meta charset>", found.group(1).decode("ascii") if found else None),
    ):
        if not charset:
            continue
        try:
            codec = _codec(charset)
            if codec == "utf-8":
                # Declared UTF-8: a handful of bad bytes is damage, whatever the ratio.
                return _nearly_utf8(data, declared=True) or data.decode(codec)
            return data.decode(codec)
        except LookupError as exc:
            raise InputError(
                f"{source} {charset!r} is not a known character set; re-save the page as UTF-8."
            ) from exc
        except UnicodeDecodeError as exc:
            raise InputError(
                f"The page is not in {source} {charset!r} ({exc.reason} at byte {exc.start}); "
                "re-save it as UTF-8 or give the right encoding."
            ) from exc
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(
            "The page is not UTF-8 and declares no charset visitx could use; re-save it as "
            "UTF-8 or give the encoding."
        )
    return data.decode(best.encoding, errors="replace")


def _nearly_utf8(data: bytes, *, declared: bool = False) -> str | None:
    """The bytes as UTF-8 if they are, or are but for a handful of bad bytes; else None.

    Undeclared, the bad bytes must also be few beside the well-formed multi-byte
    characters (a mostly-ASCII page with one stray byte may be Latin-1); `declared`
    (the page or server says UTF-8) drops that second condition.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    bad = len(_ESCAPED.findall(text))
    if bad > MAX_BAD_BYTES:
        return None
    good = sum(1 for char in text if char > "\x7f") - bad
    if not declared and good < bad * GOOD_PER_BAD:
        return None
    return _ESCAPED.sub("\ufffd", text)


def _codec(charset: str) -> str:
    name = codecs.lookup(charset.strip().strip("\"'")).name
    # What browsers do (WHATWG Encoding): a page labelled Latin-1 is windows-1252.
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name
