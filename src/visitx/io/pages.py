"""Web pages in, articles out: main text, title, date and language of a saved or fetched page.

The main text is trafilatura's (navigation, cookie banners, related-article lists and
comments are left out); the title and publication date come from its metadata, which
reads htmldate's findings. The language comes from the page's markup, else from
`guess_language` on the text. The `Article` holds the extracted text, so every span of
the record indexes that text.

Nothing here fetches unless `read_url` is called.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

from visitx.core.article import Article
from visitx.core.errors import InputError
from visitx.io.fetch_errors import fetch_error
from visitx.text.language import guess_language

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_TIMEOUT = 30.0
# Less than this much text is a page without an article (an error page, a cookie wall).
MIN_TEXT_CHARS = 100
HTML_TYPES = ("text/html", "application/xhtml+xml")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# trafilatura drops characters that are not printable, among them the zero-width
# (non-)joiners that Persian, Kurdish and Indic spelling needs. They travel through it
# as printable stand-ins and are put back afterwards.
_JOINERS = {"\u200c": "\ua4fa", "\u200d": "\ua4fb"}
_USER_AGENT = "visitx (+https://example.invalid/visitx)"


def read_html(
    html: str | bytes,
    *,
    url: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """The article in a web page: main text, title, publication date, language.

    Args:
        html: the page, as text or as the bytes saved from the web.
        url: where the page lives; kept as `article.url`. Without it the page's own
            canonical address (`<link rel=canonical>`, `og:url`) is used, if it has one.
        encoding: the charset the server declared for bytes (a `Content-Type` header);
            without it the byte-order mark, then the page's `<meta charset>`, then UTF-8,
            then a detector decide.
        max_bytes: larger pages are refused rather than parsed.

    Returns:
        An `Article` whose `text` is the extracted main text.

    Raises:
        InputError: the page is empty, too large, cannot be decoded, or has no article.

    Example:
        >>> article = read_html(open("page.html", "rb").read())  # doctest: +SKIP
        >>> article.title, article.published, article.language  # doctest: +SKIP
        ('Özbek heyeti Konya OSB'yi ziyaret etti', '2024-11-22', 'tr')
    """
    if isinstance(html, bytes | bytearray):
        size = len(html)
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        source = decode_html(bytes(html), encoding)
    elif isinstance(html, str):
        source = html
        if len(source) > max_bytes:
            raise _too_large(len(source), max_bytes)
    else:
        raise InputError(f"A page must be str or bytes, not {type(html).__name__}.")
    if not source.strip():
        raise InputError("The page is empty; there is no article to read.")
    return _extract(source, url)


def _too_large(size: int, limit: int) -> InputError:
    return InputError(
        f"The page has {size:,} bytes, more than the limit of {limit:,}. "
        "Save the article alone, or pass a larger max_bytes."
    )


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Page bytes as text: byte-order mark, declared charset, `<meta charset>`, UTF-8, a guess.

    Raises:
        InputError: a declared charset is unknown or does not fit the bytes, or the bytes
            are in no charset the detector recognises.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    found = _META_CHARSET.search(data[:4096])
    for source, charset in (
        ("the declared charset", declared),
        ("the page's <meta charset>", found.group(1).decode("ascii") if found else None),
    ):
        if not charset:
            continue
        try:
            return data.decode(_codec(charset))
        except LookupError as exc:
            raise InputError(
                f"{source} {charset!r} is not a known character set; re-save the page as UTF-8."
            ) from exc
        except UnicodeDecodeError as exc:
            raise InputError(
                f"The page is not in {source} {charset!r} ({exc.reason} at byte {exc.start}); "
                "re-save it as UTF-8 or give the right encoding."
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError(
            "The page is not UTF-8 and declares no charset visitx could use; re-save it as "
            "UTF-8 or give the encoding."
        )
    return data.decode(best.encoding, errors="replace")


def _codec(charset: str) -> str:
    name = codecs.lookup(charset.strip().strip("\"'")).name
    # What browsers do (WHATWG Encoding): a page labelled Latin-1 is windows-1252.
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


def _extract(source: str, url: str | None) -> Article:
    import trafilatura

    protected = source
    for joiner, stand_in in _JOINERS.items():
        if stand_in not in source:
            protected = protected.replace(joiner, stand_in)
    markup = _markup(protected)
    document = trafilatura.bare_extraction(
        protected,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        # htmldate's extensive search guesses from any date on the page (a copyright
        # year, a sidebar); the page's own metadata and <time> elements are what count.
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    text = _unprotect(getattr(document, "text", None) or "", source)
    if len(text) < MIN_TEXT_CHARS:
        raise InputError(
            f"No article text found in the page ({len(text)} characters of main text). "
            "It may be an index, an error page or a cookie wall; save the article page itself."
        )
    title = _unprotect(getattr(document, "title", None) or "", source)
    return Article(
        text=text,
        url=url or markup.get("canonical") or getattr(document, "url", None) or None,
        title=title or None,
        published=getattr(document, "date", None) or None,
        language=markup.get("language") or guess_language(text),
    )


def _unprotect(value: str, source: str) -> str:
    """The joiners put back where their stand-ins travelled through trafilatura."""
    for joiner, stand_in in _JOINERS.items():
        if stand_in not in source:
            value = value.replace(stand_in, joiner)
    return value.strip()


def _markup(source: str) -> dict[str, str]:
    """The language the page declares and its canonical address."""
    import lxml.html

    found: dict[str, str] = {}
    # Bytes with the encoding stated: a str may hold an XML declaration, which lxml
    # refuses, and bytes alone would be read by the page's own (now wrong) <meta charset>.
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return found
    candidates: list[Any] = [
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
    ]
    candidates += tree.xpath(
        "//meta[translate(@http-equiv,'CONTENT-LANGUAGE','content-language')"
        "='content-language']/@content"
    )
    candidates += tree.xpath("//meta[@property='og:locale']/@content")
    for value in candidates:
        code = re.split(r"[-_,;\s]", str(value or "").strip().lower(), maxsplit=1)[0]
        if re.fullmatch(r"[a-z]{2}", code):
            found["language"] = code
            break
    for href in tree.xpath("//link[@rel='canonical']/@href") + tree.xpath(
        "//meta[@property='og:url']/@content"
    ):
        if str(href).startswith(("http://", "https://")):
            found["canonical"] = str(href).strip()
            break
    return found


def read_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Fetch a web page and read its article, as `read_html` does.

    Redirects are followed; `article.url` is the address the page was served from.

    Args:
        url: an `http://` or `https://` address.
        timeout: seconds to wait for the server at each step (connect, each read).
        max_bytes: a larger page is refused, and not downloaded past the limit.

    Raises:
        InputError: the address is not http(s), the server cannot be reached or answers
            with an error status, the page is not HTML, too large, or has no article.

    Example:
        >>> article = read_url("https://example.org/news/visit.html")  # doctest: +SKIP
    """
    import httpx2

    if not str(url).startswith(("http://", "https://")):
        raise InputError(f"{url!r} is not an http:// or https:// address.")
    try:
        with (
            httpx2.Client(
                timeout=timeout, follow_redirects=True, headers={"user-agent": _USER_AGENT}
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise InputError(
                    f"{url}: the server answered HTTP {response.status_code}; check the address."
                )
            kind, charset = _content_type(response.headers.get("content-type", ""))
            if kind and kind not in HTML_TYPES:
                raise InputError(
                    f"{url} is not an HTML page (content-type {kind}); visitx reads web "
                    "pages, .txt files and JSONL."
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise _too_large(int(declared), max_bytes)
            body = bytearray()
            for piece in response.iter_bytes():
                body += piece
                if len(body) > max_bytes:
                    raise _too_large(len(body), max_bytes)
            final = str(response.url)
    except (httpx2.HTTPError, httpx2.InvalidURL) as exc:
        raise (fetch_error(url, timeout, exc) or exc) from exc
    return read_html(bytes(body), url=final, encoding=charset, max_bytes=max_bytes)


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, rest = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", rest, re.I)
    return kind.strip().lower(), match.group(1) if match else None
