"""Checks of an article's text and metadata before it is extracted (`InputError`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from visitx.core.errors import InputError


def check_text(text: Any, max_chars: int) -> str:
    """The article text, or an `InputError` saying what is wrong with it."""
    if not isinstance(text, str):
        raise InputError(
            f"The article must be a str, not {type(text).__name__}. Decode bytes first "
            "(e.g. data.decode('utf-8')) and pass the text."
        )
    if not text.strip():
        raise InputError("The article is empty (or only white space); there is nothing to read.")
    if len(text) > max_chars:
        raise InputError(
            f"The article has {len(text):,} characters, more than max_chars={max_chars:,}. "
            "Split it: long_articles='chunk' (VISITX_LONG_ARTICLES=chunk) extracts it in "
            "parts of at most max_chars; or raise max_chars (VISITX_MAX_CHARS) if your "
            "model's context allows."
        )
    return text


def check_published(published: str | dt.date | None) -> str | None:
    """The publication date as `YYYY-MM-DD`, from every form `parse_date` reads it in; an
    empty or blank string (a row's empty cell) is no date, as None is."""
    from visitx.dates.parse import read_published

    if isinstance(published, str) and not published.strip():
        return None
    day = read_published(published)
    return None if day is None else day.isoformat()


def check_language(language: str | None, *, strict: bool = True) -> str | None:
    """An ISO 639-1 code (`tr`, `fa`, ...), lower-cased; region subtags are dropped."""
    if language is None:
        return None
    code = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    if re.fullmatch(r"[a-z]{2}", code):
        return code
    if strict:
        raise InputError(
            f"language={language!r} is not an ISO 639-1 code. Use two letters, e.g. 'tr', 'fa'."
        )
    return None
