"""Reading articles and results from files, lazily, for the command line and scripts."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ._batch import Article, BadInput
from ._errors import InputError
from ._models import Extraction

HTML_SUFFIXES = {".html", ".htm"}
_SUFFIXES = {".txt", ".jsonl", *HTML_SUFFIXES}
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
        if path.is_file() and path.suffix.lower() not in _SUFFIXES:
            raise InputError(f"{raw}: visitx reads {_KINDS}.")
        checked.append(raw)
    if not checked:
        raise InputError(f"No input given: name {_KINDS}.")
    return checked


def is_url(raw: str) -> bool:
    """Whether a command-line argument is a web address (fetched only when given as one)."""
    return raw.startswith(("http://", "https://"))


def iter_articles(paths: Iterable[str]) -> Iterator[Article | BadInput]:
    """Articles from .txt and .html files, folders of them, .jsonl files, URLs or `-`.

    A file's id is its path and a URL's id the URL; a JSONL line's id is its `id` key,
    else `file:line`. A page is read with `read_html` (main text, title, date, language);
    a JSONL line may carry `html` instead of `text`, and its own `title`, `published` and
    `language` win over the page's. A `url` key is kept as metadata, never fetched.
    """
    for raw in paths:
        if raw == "-":
            yield from _jsonl(sys.stdin, "<stdin>")
            continue
        if is_url(raw):
            yield _fetched(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            files = (f for f in path.rglob("*") if f.suffix.lower() in {".txt", *HTML_SUFFIXES})
            for file in sorted(files):
                yield _file(file)
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                yield from _jsonl(handle, raw)
        else:
            yield _file(path)


def _file(path: Path) -> Article | BadInput:
    if path.suffix.lower() not in HTML_SUFFIXES:
        return _text_file(path)
    from ._read import DEFAULT_MAX_BYTES, read_html

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


def _fetched(url: str) -> Article | BadInput:
    from ._read import read_url

    try:
        page = read_url(url)
    except InputError as exc:
        return BadInput(url, str(exc) if str(exc).startswith(url) else f"{url}: {exc}")
    return Article(**{**_fields(page), "url": page.url or url, "id": url})


def _text_file(path: Path) -> Article | BadInput:
    try:
        return Article(text=path.read_text(encoding="utf-8"), id=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        return BadInput(str(path), f"{path}: cannot be read as UTF-8 text ({exc}).")


def _jsonl(handle: IO[str], name: str) -> Iterator[Article | BadInput]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            data: Any = json.loads(line)
            article = (
                _from_page(data)
                if isinstance(data, dict) and "html" in data
                else (Article.coerce(data))
            )
        except (ValueError, InputError) as exc:
            yield BadInput(where, f"{where}: not an article ({exc}).")
            continue
        yield article if article.id is not None else Article(**{**_fields(article), "id": where})


def _from_page(data: dict[str, Any]) -> Article:
    """An article from a JSONL line with `html`: the line's own fields win over the page's."""
    from ._read import read_html

    fields = dict(data)
    html = fields.pop("html")
    if "text" in fields:
        raise InputError("give either `text` or `html`, not both")
    if not isinstance(html, str):
        raise InputError("`html` must be a string holding the page")
    page = read_html(html, url=fields.get("url"))
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
    """The records of a results JSONL file, one `Extraction` per non-blank line, lazily.

    Raises:
        InputError: the file cannot be read, or a line is not a record (the message
            names the file, the line and the first problem).
    """
    from pydantic import ValidationError

    try:
        # utf-8-sig: a byte-order mark written by some Windows tools is not a JSON error.
        handle = Path(path).open(encoding="utf-8-sig")  # noqa: SIM115  # closed below; opening is what may fail
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = Extraction.model_validate_json(line)
                except ValidationError as exc:
                    error = exc.errors()[0]
                    where = ".".join(str(part) for part in error["loc"])
                    raise InputError(
                        f"{path}:{number} is not a visitx record: "
                        f"{where + ': ' if where else ''}{error['msg']}"
                    ) from exc
                yield upgrade(record)
        except UnicodeDecodeError as exc:
            raise InputError(f"Cannot read {path}: not UTF-8 text ({exc.reason}).") from exc


def upgrade(record: Extraction) -> Extraction:
    """A schema-1 record with the schema-2 fields derived (`Place.geo`, `Visit.international`)."""
    if record.meta.schema_version != "1":
        return record
    from ._geo import geocode, is_international

    for visit in record.visits:
        if visit.location is not None and visit.location.geo is None:
            visit.location.geo = geocode(visit.location)
        visit.international = is_international(visit)
    return record


def done_ids(path: Path) -> set[str]:
    """Article ids already extracted without error in an output file (for append-safe reruns)."""
    done: set[str] = set()
    if not path.exists():
        return done
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash: that article is redone
            if isinstance(record, dict) and record.get("error") is None:
                article = record.get("article") or {}
                if isinstance(article.get("id"), str):
                    done.add(article["id"])
    return done
