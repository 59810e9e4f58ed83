"""Web pages in, articles out: main text, title, date and language of a saved or fetched page.

The main text is trafilatura's (navigation, cookie banners, related-article lists and
comments are left out), from its precise pass, or its default pass when the precise one
keeps next to nothing, without the "READ ALSO: <headline>" lines between its paragraphs;
the title comes from its metadata. The publication date is the
one the URL, htmldate's metadata search and the article's dateline agree on (`pagedate`).
The language is the text's when `guess_language` is confident, else the page's markup's
(None when the text all but rules the markup's out).
The bytes are read as UTF-8 when they are UTF-8, whatever the page declares (`charset`).
The `Article` holds the extracted text, so every span of the record indexes that text.

Work is bounded before trafilatura runs (bytes, elements, text); `read_url` has a total
deadline and can refuse private addresses (`netguard`). Nothing here fetches unless
`read_url` is called.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from typing import Any

from visitx.core.article import Article
from visitx.core.errors import InputError
from visitx.io.charset import decode_html
from visitx.io.fetch_errors import mapped_fetch_errors, too_slow
from visitx.io.maintext import (
    FALLBACK_BELOW,
    MIN_TEXT_CHARS,
    has_layout_table,
    main_text,
    prefers_default,
    text_weight,
    without_layout_tables,
)
from visitx.io.pubdate import published_day
from visitx.text.clean import without_edge_notices, without_inline_teasers
from visitx.text.language import page_language

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_TIMEOUT = 30.0
# Pages with more elements are refused before trafilatura runs: its time grows faster
# than the page (10,000 paragraphs take 3 s or more, 20,000 take 10 s or more); news
# pages have a few thousand elements.
DEFAULT_MAX_ELEMENTS = 20_000
# Nor more text than this (scripts and styles aside): no news page has it.
MAX_PAGE_TEXT = 2_000_000
_START_TAG = re.compile(r"<[A-Za-z]")
_SCRIPTS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
HTML_TYPES = ("text/html", "application/xhtml+xml")

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
    max_elements: int = DEFAULT_MAX_ELEMENTS,
    today: dt.date | None = None,
) -> Article:
    """The article in a web page: main text, title, publication date, language.

    Args:
        html: the page, as text or as the bytes saved from the web.
        url: where the page lives; kept as `article.url`. Without it the page's own
            canonical address (`<link rel=canonical>`, `og:url`) is used, if it has one.
        encoding: the charset the server declared for bytes (a `Content-Type` header).
            Bytes that decode as UTF-8 are read as UTF-8 whatever is declared (a long
            UTF-8 page with a handful of bad bytes too, those bytes replaced); else the
            byte-order mark, this charset, the page's `<meta charset>`, then a detector.
        max_bytes: larger pages are refused rather than parsed.
        max_elements: pages with more HTML elements (scripts and styles aside) are
            refused before the main text is searched for.
        today: the day the page was read (default: today, UTC); a later publication
            date is not taken.

    Returns:
        An `Article` whose `text` is the extracted main text. The publication date is
        the one the URL, the page's metadata and the article's dateline agree on (see
        `visitx.io.pagedate`); the language is the one the text is confidently in, else
        the one the page declares, unless the text all but rules that out (then None).

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
    day = today or dt.datetime.now(dt.UTC).date()
    return _extract(source, url, max_elements=max_elements, today=day)


class PageTooLarge(InputError):
    """A page over the size limit (`size` and `limit` in bytes), refused before parsing."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"The page has {size:,} bytes, more than the limit of {limit:,}. "
            "Save the article alone, or pass a larger max_bytes."
        )
        self.size, self.limit = size, limit


def _too_large(size: int, limit: int) -> PageTooLarge:
    return PageTooLarge(size, limit)


def _extract(source: str, url: str | None, *, max_elements: int, today: dt.date) -> Article:
    protected = source
    for joiner, stand_in in _JOINERS.items():
        if stand_in not in source:
            protected = protected.replace(joiner, stand_in)
    _count_tags(protected, max_elements)
    markup = _markup(protected, max_elements)
    blocks = without_layout_tables(protected) if markup.get("layout") else protected
    document = main_text(blocks, url, precise=True)
    text = _unprotect(getattr(document, "text", None) or "", source)
    if len(text) < FALLBACK_BELOW:
        # The precise pass sometimes keeps nothing, or only a reprint notice or a teaser,
        # of an article; the default pass then finds it.
        fuller = main_text(blocks, url, precise=False)
        more = _unprotect(getattr(fuller, "text", None) or "", source)
        if prefers_default(text, more):
            document, text = fuller, more
    text = without_edge_notices(without_inline_teasers(text))
    if text_weight(text) < MIN_TEXT_CHARS:
        raise InputError(
            f"No article text found in the page ({len(text)} characters of main text). "
            "It may be an index, an error page or a cookie wall; save the article page itself."
        )
    title = _unprotect(getattr(document, "title", None) or "", source)
    language = page_language(markup.get("language"), text)
    address = url or markup.get("canonical") or getattr(document, "url", None) or None
    return Article(
        text=text,
        url=address,
        title=title or None,
        published=published_day(blocks, address, text, language, today),
        language=language,
    )


def _unprotect(value: str, source: str) -> str:
    """The joiners put back where their stand-ins travelled through trafilatura."""
    for joiner, stand_in in _JOINERS.items():
        if stand_in not in source:
            value = value.replace(stand_in, joiner)
    return value.strip()


def _count_tags(source: str, max_elements: int) -> None:
    """Refuse a page with more start tags than `max_elements`, scripts and styles aside.

    A regular expression over the text: a page of a million paragraphs is refused in a
    fraction of a second, before anything parses it.
    """
    count = sum(1 for _ in _START_TAG.finditer(_SCRIPTS.sub("", source)))
    if count > max_elements:
        raise _too_many(count, max_elements)


def _too_many(count: int, limit: int) -> InputError:
    return InputError(
        f"The page has {count:,} HTML elements, more than the limit of {limit:,}; it is "
        "not a news page visitx can read in reasonable time. Save the article alone, or "
        "pass a larger max_elements."
    )


def _check_size(tree: Any, max_elements: int) -> None:
    """Refuse a page whose elements or text are beyond any news page's."""
    for dropped in tree.xpath("//script|//style|//noscript|//template|//svg"):
        dropped.drop_tree()
    count = sum(1 for _ in tree.iter())
    if count > max_elements:
        raise _too_many(count, max_elements)
    chars = len(tree.text_content())
    if chars > MAX_PAGE_TEXT:
        raise InputError(
            f"The page has {chars:,} characters of text, more than the limit of "
            f"{MAX_PAGE_TEXT:,}; split the document and read its parts as text."
        )


def _markup(source: str, max_elements: int) -> dict[str, str]:
    """The language the page declares, its canonical address, and whether an old
    portal's table lays it out (`layout`: `maintext.without_layout_tables`).

    Raises:
        InputError: the page has more elements, or more text, than a news page has
            (trafilatura's time grows faster than the page: refused before it runs).
    """
    import lxml.html

    found: dict[str, str] = {}
    # Bytes with the encoding stated: a str may hold an XML declaration, which lxml
    # refuses, and bytes alone would be read by the page's own (now wrong) <meta charset>.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
    try:
        tree = lxml.html.document_fromstring(source.encode("utf-8"), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return found
    _check_size(tree, max_elements)
    if has_layout_table(tree):
        found["layout"] = "table"
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
    allow_private: bool = True,
    clock: Callable[[], float] = time.monotonic,
) -> Article:
    """Fetch a web page and read its article, as `read_html` does.

    Redirects are followed; `article.url` is the address the page was served from.

    Args:
        url: an `http://` or `https://` address.
        timeout: seconds the whole fetch may take (connecting, redirects, download). A
            server that sends a byte now and then is cut off at this deadline (checked as
            each piece arrives; a silent server is cut off after `timeout` without one).
        max_bytes: a larger page is refused, and not downloaded past the limit.
        allow_private: with False, refuse addresses that are not public (loopback,
            private networks, link-local and cloud metadata addresses, ...), checked on
            every redirect and after DNS resolution, and ignore proxy settings from the
            environment. Pass False when the URL comes from someone else (a web form, an
            API call): otherwise it can make this process fetch from its own network.
        clock: seconds, monotonic; the deadline is measured with it (a seam for tests).

    Raises:
        InputError: the address is not http(s) or not allowed, the server cannot be
            reached, answers with an error status or too slowly, the page is not HTML,
            too large, or has no article.

    Example:
        >>> article = read_url("https://example.org/news/visit.html")  # doctest: +SKIP
    """
    import httpx2

    from visitx.io import netguard

    if not str(url).startswith(("http://", "https://")):
        raise InputError(f"{url!r} is not an http:// or https:// address.")
    deadline = clock() + timeout
    hooks: dict[str, list[Callable[[Any], None]]] = (
        {}
        if allow_private
        else {"request": [netguard.request_hook], "response": [netguard.response_hook]}
    )
    with (
        mapped_fetch_errors(url, timeout),
        httpx2.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"user-agent": _USER_AGENT},
            event_hooks=hooks,
            trust_env=allow_private,
        ) as client,
        client.stream("GET", url) as response,
    ):
        if response.status_code >= 400:
            raise _status_error(url, response.status_code)
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
            if clock() > deadline:
                raise too_slow(url, timeout)
        final = str(response.url)
    return read_html(bytes(body), url=final, encoding=charset, max_bytes=max_bytes)


def _status_error(url: str, status: int) -> InputError:
    """A 4xx is the address's fault; a 5xx the server's own failure, not the address."""
    if status >= 500:
        return InputError(
            f"{url}: the server failed (HTTP {status}); retry later, or check the "
            "server's log if it is yours."
        )
    return InputError(f"{url}: the server answered HTTP {status}; check the address.")


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, rest = header.partition(";")
    match = re.search(r"charset\s*=\s*[\"']?([^\"';\s]+)", rest, re.I)
    return kind.strip().lower(), match.group(1) if match else None
