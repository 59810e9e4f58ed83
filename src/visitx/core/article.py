"""The article input type of the batch functions, and the marker of an input that is not one.

Every field is checked where an input is read (`Article.coerce`, used by the batch engine,
provider batches and the JSONL reader): a field of the wrong type, or text that is not
valid Unicode, is an `InputError` that names the field, so the article becomes a failure
record and the batch goes on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from visitx.core.errors import InputError

__all__ = ["FIELDS", "Article", "BadInput", "check_fields", "usable_text"]

FIELDS = ("text", "url", "title", "published", "language", "id")
_OPTIONAL_TEXT = ("url", "title", "language")
_SOURCES = ("html", "path")  # where a JSONL line may take its text from


@dataclasses.dataclass(frozen=True, slots=True)
class BadInput:
    """An input line that is not an article (e.g. bad JSON); recorded as a failure."""

    id: str
    message: str


@dataclasses.dataclass(frozen=True, slots=True)
class Article:
    """One input article for the batch functions.

    Attributes:
        text: the article, in any language.
        url, title, published, language: as for `extract()`.
        id: your own identifier; it comes back as `result.article.source_id` (a whole
            number is taken as its decimal string).
    """

    text: str
    url: str | None = None
    title: str | None = None
    published: str | dt.date | None = None
    language: str | None = None
    id: str | None = None

    @classmethod
    def coerce(cls, item: Any) -> Article:
        """An `Article` from a str, an `Article`, or a mapping with its keys; fields checked.

        Raises:
            InputError: not an article, an unknown key, or a field of the wrong type or
                not valid Unicode (the message names the field).
        """
        if isinstance(item, BadInput):
            raise InputError(item.message)
        if isinstance(item, Article):
            values = {name: getattr(item, name) for name in FIELDS}
        elif isinstance(item, str):
            values = {"text": item}
        elif isinstance(item, Mapping):
            unknown = set(item) - set(FIELDS)
            if unknown:
                raise InputError(
                    f"Unknown article key(s) {', '.join(sorted(map(str, unknown)))}; "
                    f"use {', '.join(FIELDS)}."
                )
            values = {k: item.get(k) for k in FIELDS}
        else:
            raise InputError(
                "An article must be a str, a visitx.Article or a mapping, not "
                f"{type(item).__name__}."
            )
        return cls(**check_fields(values))


def check_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    """The article fields among `values`, checked: `text` a str, `url`, `title` and
    `language` a str or None, `published` a str, a date or None (an empty or blank string,
    a row's empty cell, is None), `id` a str, a whole number or None; every string valid
    Unicode. A JSONL line's `html` or `path` (a str)
    stands in for `text`. Keys other than `FIELDS` are left out.

    Raises:
        InputError: naming the first field that is wrong and what it holds.
    """
    checked: dict[str, Any] = {}
    for name in _SOURCES:  # a JSONL line may name the text's source instead
        if values.get(name) is not None:
            _string(name, values[name])
    text = values.get("text")
    if text is None and not any(values.get(name) is not None for name in _SOURCES):
        raise InputError("`text` is missing: give the article's text as a string.")
    checked["text"] = None if text is None else _string("text", text)
    for name in _OPTIONAL_TEXT:
        value = values.get(name)
        checked[name] = None if value is None else _string(name, value)
    published = values.get("published")
    if isinstance(published, dt.date) or published is None:
        checked["published"] = published
    else:  # a row's empty cell (CSV, JSONL, a DataFrame) is no publication date
        given = _string("published", published, "a date (YYYY-MM-DD)")
        checked["published"] = given if given.strip() else None
    ident = values.get("id")
    if isinstance(ident, int) and not isinstance(ident, bool):
        ident = str(ident)
    checked["id"] = None if ident is None else _string("id", ident, "a string or a whole number")
    return checked


def _string(name: str, value: Any, wanted: str = "a string") -> str:
    if not isinstance(value, str):
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
        raise InputError(f"`{name}` must be {wanted}, not {type(value).__name__} ({shown}).")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"`{name}` is not valid Unicode: a lone surrogate "
            f"(U+{ord(value[exc.start]):04X}) at character {exc.start}. Fix the input's "
            "encoding (e.g. a JSON \\ud800 escape without its pair)."
        ) from None
    return value


def usable_text(value: Any) -> str | None:
    """`value` if it is a str that is valid Unicode, else None (for failure records)."""
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return None
    return value
