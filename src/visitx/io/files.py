"""Reading articles and results from files, lazily, for the command line and scripts."""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from visitx.core.article import Article, BadInput, check_fields
from visitx.core.errors import InputError
from visitx.core.models import Extraction
from visitx.core.urls import redact_urls
from visitx.io.results import index_results, records

log = logging.getLogger("visitx")

HTML_SUFFIXES = {".html", ".htm"}
_SUFFIXES = {".txt", ".jsonl", *HTML_SUFFIXES}
_ARTICLE_SUFFIXES = {".txt", *HTML_SUFFIXES}
_SNIFF_BYTES = 65536
_KINDS = ".txt or .html files, folders of them, .jsonl files, http(s) URLs or - (stdin)"


def check_paths(paths: Iterable[str]) -> list[str]:
    """The paths, after checking that each exists and has a readable kind."""
    checked = []
    for raw in paths:
        if raw == "-" or is_url(raw):
            checked.append(raw)
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or directory.")
        if not (path.is_file() or path.is_dir()):
            raise InputError(
                f"{raw}: a pipe or device, not a file, so its kind cannot be told (a shell's "
                "<(...) is one). Pipe JSONL into `-` (stdin: `... | visitx extract -`), or "
                "save it as a .jsonl or .txt file."
            )
        if path.is_file() and path.suffix.lower() not in _SUFFIXES:
            raise InputError(f"{raw}: visitx reads {_KINDS}.")
        if path.is_file():
            _check_text_file(path, raw)
        checked.append(raw)
    if not checked:
        raise InputError(f"No input given: name {_KINDS}.")
    return checked


def _check_text_file(path: Path, raw: str) -> None:
    """Refuse a file given by name that cannot be read, or is binary rather than text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        raise InputError(f"{raw}: cannot be read ({exc.strerror or exc}).") from exc
    wide = _wide_encoding(head)
    if wide is not None:
        raise InputError(
            f"{raw}: {wide} text, not UTF-8; save it as UTF-8 "
            f"(e.g. iconv -f {wide.lower()} -t utf-8 {raw} > {Path(raw).stem}-utf8{path.suffix})."
        )
    if b"\x00" in head:
        raise InputError(
            f"{raw}: a binary file, not text; visitx reads {_KINDS} (UTF-8 text)."
        )
    if path.suffix.lower() in HTML_SUFFIXES:
        return  # a page declares its own charset
    try:
        head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not merely a character cut at the end of the sample
            raise InputError(
                f"{raw}: not UTF-8 text (byte {exc.start}: {exc.reason}); save it as UTF-8 "
                "(e.g. iconv -f windows-1254 -t utf-8)."
            ) from exc


def _wide_encoding(head: bytes) -> str | None:
    """UTF-16 or UTF-32 when the file starts with that encoding's byte-order mark."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "UTF-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    return None


def count_articles(paths: Iterable[str]) -> int | None:
    """How many inputs the paths hold, for a progress bar; None when stdin is one of them."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        if is_url(raw):
            total += 1
        elif path.is_dir():
            total += sum(1 for f in path.rglob("*") if f.suffix.lower() in _ARTICLE_SUFFIXES)
        elif path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                return None
        else:
            total += 1
    return total


def is_url(raw: str) -> bool:
    """Whether a command-line argument is a web address (fetched only when given as one)."""
    return raw.startswith(("http://", "https://"))


def iter_articles(
    paths: Iterable[str],
    *,
    allow_paths: Iterable[str | Path] = (),
    allow_private: bool = True,
) -> Iterator[Article | BadInput]:
    """Articles from .txt and .html files, folders of them, .jsonl files, URLs or `-`.

    With `allow_private=False` a URL is fetched only from public addresses (see
    `read_url`): for paths that come from someone else.

    A file's id is its path and a URL's id the URL; a JSONL line's id is its `id` key,
    else `file:line`. A page is read with `read_html` (main text, title, date, language);
    a JSONL line may carry `html` instead of `text`, and its own `title`, `published` and
    `language` win over the page's. A `url` key is kept as metadata, never fetched.

    A JSONL line's `path` names a .txt, .html or .htm file inside the JSONL file's folder
    (for stdin, the current folder), links followed; anything else – an absolute path
    elsewhere, `../`, another kind of file such as `.env` – is a failed input, never read.
    `allow_paths` adds folders whose files a `path` may name too (`--allow-path DIR`).
    """
    allowed = tuple(Path(folder).resolve() for folder in allow_paths)
    for raw in paths:
        if raw == "-":
            with _stdin() as handle:
                yield from _jsonl(_lines(handle), "<stdin>", base=Path.cwd(), allowed=allowed)
            continue
        if is_url(raw):
            yield _fetched(raw, allow_private=allow_private)
            continue
        path = Path(raw)
        if path.is_dir():
            files = (f for f in path.rglob("*") if f.suffix.lower() in _ARTICLE_SUFFIXES)
            for file in sorted(files):
                yield _file(file)
        elif path.suffix.lower() == ".jsonl":
            with path.open("rb") as handle:
                yield from _jsonl(_lines(handle), raw, base=path.parent, allowed=allowed)
        else:
            yield _file(path)


def _file(path: Path) -> Article | BadInput:
    if path.suffix.lower() not in HTML_SUFFIXES:
        return _text_file(path)
    from visitx.io.pages import DEFAULT_MAX_BYTES, read_html

    try:
        size = path.stat().st_size
        if size > DEFAULT_MAX_BYTES:  # refused before it is read into memory
            return BadInput(
                str(path),
                f"{path}: {size:,} bytes, more than the {DEFAULT_MAX_BYTES:,} "
                "a page may have; save the article alone.",
            )
        page = read_html(path.read_bytes())
    except OSError as exc:
        return BadInput(str(path), f"{path}: cannot be read ({exc.strerror or exc}).")
    except InputError as exc:
        return BadInput(str(path), f"{path}: {exc}")
    return Article(**{**_fields(page), "id": str(path)})


def _fetched(url: str, *, allow_private: bool) -> Article | BadInput:
    from visitx.io.pages import PageTooLarge, read_url

    try:
        page = read_url(url, allow_private=allow_private)
    except PageTooLarge as exc:  # `max_bytes` is not the caller's to raise here
        return BadInput(
            url,
            redact_urls(
                f"{url}: the page has {exc.size:,} bytes, more than the {exc.limit:,} a page "
                "may have; save the article's text alone as a .txt file and give that file."
            ),
        )
    except InputError as exc:
        message = str(exc) if str(exc).startswith(url) else f"{url}: {exc}"
        return BadInput(url, redact_urls(message))  # printed: no password or ?key=...
    return Article(**{**_fields(page), "url": page.url or url, "id": url})


def _text_file(path: Path) -> Article | BadInput:
    try:
        return Article(text=path.read_text(encoding="utf-8"), id=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        return BadInput(str(path), f"{path}: cannot be read as UTF-8 text ({exc}).")


def _stdin() -> contextlib.AbstractContextManager[IO[bytes]]:
    """Standard input for the batch's input thread: a reader of its own on a copy of the
    descriptor (closed at the end), or `sys.stdin.buffer` when it has none (a test runner's).

    When a run stops early (an error, a dead endpoint) while the producer keeps the pipe
    open, the input thread is still waiting in that reader. Python's shutdown closes
    `sys.stdin`; had the thread been waiting in it, the shutdown would abort with a fatal
    `_enter_buffered_busy` error instead of exiting with the run's exit code.
    """
    try:
        fd = sys.stdin.buffer.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
        return contextlib.nullcontext(sys.stdin.buffer)
    return open(os.dup(fd), "rb")  # closed by the caller's `with`


def _lines(handle: IO[bytes]) -> Iterator[str | UnicodeDecodeError]:
    """The lines of a byte stream as text, or the decoding error of a line that is not UTF-8.

    `readline` returns as soon as a line has arrived, so a slow stdin is read line by line.
    """
    first = True
    while line := handle.readline():
        try:
            yield line.decode("utf-8-sig" if first else "utf-8")
        except UnicodeDecodeError as exc:
            yield exc
        first = False


def _jsonl(
    lines: Iterable[str | UnicodeDecodeError],
    name: str,
    *,
    base: Path,
    allowed: tuple[Path, ...] = (),
) -> Iterator[Article | BadInput]:
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        if isinstance(line, UnicodeDecodeError):
            yield BadInput(where, f"{where}: not UTF-8 text ({line.reason}).")
            continue
        if not line.strip():
            continue
        try:
            data: Any = json.loads(line)
            if isinstance(data, dict):
                check_fields(data)  # every field, before any of them is used
            if isinstance(data, dict) and "path" in data:
                article = _from_path(data, base, allowed)
            elif isinstance(data, dict) and "html" in data:
                article = _from_page(data)
            else:
                article = Article.coerce(data)
        except (ValueError, InputError, RecursionError) as exc:
            yield BadInput(where, f"{where}: not an article ({exc}).")
            continue
        yield article if article.id is not None else Article(**{**_fields(article), "id": where})


def _from_path(data: dict[str, Any], base: Path, allowed: tuple[Path, ...] = ()) -> Article:
    """An article from an index line: `path` names its file, relative to the index."""
    fields = dict(data)
    raw = fields.pop("path")
    if "text" in fields or "html" in fields:
        raise InputError("give one of `path`, `text` or `html`")
    if not isinstance(raw, str) or not raw:
        raise InputError("`path` must name a .txt or .html file")
    path = confined(base / raw, base, allowed, shown=raw)
    read = _file(path)
    if isinstance(read, BadInput):
        raise InputError(read.message)
    merged = {k: v for k, v in _fields(read).items() if v is not None}
    merged.update({k: v for k, v in fields.items() if v is not None})
    merged.setdefault("id", raw)
    return Article.coerce(merged)


def confined(path: Path, base: Path, allowed: tuple[Path, ...] = (), *, shown: str) -> Path:
    """`path` if it is a .txt/.html/.htm file inside `base` or an allowed folder.

    Links are followed before the check, so a link cannot lead outside.

    Raises:
        InputError: saying which rule the path breaks and how to allow it.
    """
    if path.suffix.lower() not in _ARTICLE_SUFFIXES:
        raise InputError(
            f"`path` {shown!r} is not a .txt, .html or .htm file; visitx reads no other "
            "kind of file named in a JSONL file"
        )
    try:
        real = path.resolve()
        roots = (base.resolve(), *allowed)
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise InputError(f"`path` {shown!r} cannot be resolved ({exc})") from exc
    if not any(real.is_relative_to(root) for root in roots):
        raise InputError(
            f"`path` {shown!r} is outside {base.resolve()}, the JSONL file's folder; "
            "visitx reads only files inside it unless you allow another folder "
            "(--allow-path DIR, or iter_articles(..., allow_paths=[DIR]))"
        )
    return real


def _from_page(data: dict[str, Any]) -> Article:
    """An article from a JSONL line with `html`: the line's own fields win over the page's."""
    from visitx.io.pages import PageTooLarge, read_html

    fields = dict(data)
    html = fields.pop("html")
    if "text" in fields:
        raise InputError("give either `text` or `html`, not both")
    if not isinstance(html, str):
        raise InputError("`html` must be a string holding the page")
    try:
        page = read_html(html, url=fields.get("url"))
    except PageTooLarge as exc:  # `max_bytes` is not the caller's to raise here
        raise InputError(
            f"the page has {exc.size:,} bytes, more than the {exc.limit:,} a page may "
            "have; give the article's text as `text` instead of the whole page as `html`"
        ) from exc
    merged = {k: v for k, v in _fields(page).items() if v is not None}
    merged.update({k: v for k, v in fields.items() if v is not None})
    return Article.coerce(merged)


def _fields(article: Article) -> dict[str, Any]:
    return {
        "text": article.text,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "language": article.language,
    }


def read_results(path: str | Path) -> Iterator[Extraction]:
    """The current records of a results JSONL file: the latest one per article.

    A file that re-runs appended to may hold an article more than once (a failure, then
    its success; the same article under another model). The record that counts is the
    last success, else the last failure; records come in the order their articles first
    appear. A last line cut short (a full disk, a crash) is skipped with a warning.

    The file is read twice, one line at a time (an index of where each article's record
    starts, then the records), so memory stays flat however large it is.

    Raises:
        InputError: the file cannot be read, or a line is not a record (the message
            names the file, the line and the first problem); raised before any record.

    Example:
        >>> df = visitx.to_frame(read_results("visits.jsonl"))  # doctest: +SKIP
    """
    index = index_results(path)
    try:
        if index.torn:
            log.warning("visitx: %s ends in a line cut short; it is skipped", path)
        yield from records(index)
    finally:
        index.close()
