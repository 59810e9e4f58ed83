"""The article input type of the batch functions, and the marker of an input that is not one."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from visitx.core.errors import InputError

__all__ = ["FIELDS", "Article", "BadInput"]

FIELDS = ("text", "url", "title", "published", "language", "id")


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
        id: your own identifier; it comes back as `result.article.source_id`.
    """

    text: str
    url: str | None = None
    title: str | None = None
    published: str | dt.date | None = None
    language: str | None = None
    id: str | None = None

    @classmethod
    def coerce(cls, item: Any) -> Article:
        """An `Article` from a str, an `Article`, or a mapping with its keys."""
        if isinstance(item, Article):
            return item
        if isinstance(item, BadInput):
            raise InputError(item.message)
        if isinstance(item, str):
            return cls(text=item)
        if isinstance(item, Mapping):
            unknown = set(item) - set(FIELDS)
            if unknown:
                raise InputError(
                    f"Unknown article key(s) {', '.join(sorted(map(str, unknown)))}; "
                    f"use {', '.join(FIELDS)}."
                )
            values: dict[str, Any] = {k: item.get(k) for k in FIELDS}
            if values["id"] is not None:
                values["id"] = str(values["id"])
            return cls(**values)
        raise InputError(
            f"An article must be a str, a visitx.Article or a mapping, not {type(item).__name__}."
        )
