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


def check_paths(paths: Iterable[str]) -> list[str]:
    """The paths, after checking that each exists and has a readable kind."""
    checked = []
    for raw in paths:
        if raw == "-":
            checked.append(raw)
            continue
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{raw}: no such file or directory.")
        if path.is_file() and path.suffix not in {".txt", ".jsonl"}:
            raise InputError(
                f"{raw}: visitx reads .txt files, folders of them, .jsonl files or - (stdin)."
            )
        checked.append(raw)
    if not checked:
        raise InputError("No input given: name .txt files, folders, .jsonl files or -.")
    return checked


def iter_articles(paths: Iterable[str]) -> Iterator[Article | BadInput]:
    """Articles from .txt files, folders of .txt files, .jsonl files or `-` (stdin JSONL).

    A .txt file's id is its path; a JSONL line's id is its `id` key, else `file:line`.
    """
    for raw in paths:
        if raw == "-":
            yield from _jsonl(sys.stdin, "<stdin>")
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob("*.txt")):
                yield _text_file(file)
        elif path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as handle:
                yield from _jsonl(handle, raw)
        else:
            yield _text_file(path)


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
            article = Article.coerce(data)
        except (ValueError, InputError) as exc:
            yield BadInput(where, f"{where}: not an article ({exc}).")
            continue
        yield article if article.id is not None else Article(**{**_fields(article), "id": where})


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
