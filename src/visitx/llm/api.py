"""The module-level convenience functions: `extract` and `aextract`."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from visitx.core.models import Extraction
from visitx.core.settings import Settings
from visitx.llm.extractor import Extractor

if TYPE_CHECKING:
    import openai


@functools.lru_cache(maxsize=8)
def _shared(settings: Settings, client: openai.OpenAI | openai.AsyncOpenAI | None) -> Extractor:
    # Reusing one Extractor per configuration keeps HTTP connections and the cache open.
    return Extractor(settings, client=client)


def forget_extractors() -> None:
    """Drop the Extractors that `extract` and `aextract` keep per configuration.

    The next call builds a new one; for test isolation and for processes that must not
    reuse a client or cache handle from before.
    """
    _shared.cache_clear()


def extract(
    text: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
    settings: Settings | None = None,
    client: openai.OpenAI | None = None,
) -> Extraction:
    """Extract the international visits and meetings an article reports.

    Args:
        text: the article, in any language.
        url: where it came from; copied into the record.
        title: its headline, if you have it apart from the text.
        published: publication date (`YYYY-MM-DD` or a date); resolves "yesterday",
            "on Friday" and dates without a year.
        language: ISO 639-1 code if known; otherwise the model tells.
        settings: a `Settings`; default `Settings.from_env()`.
        client: a ready `openai.OpenAI` (or `AzureOpenAI`) to use instead of building one.

    Returns:
        The `Extraction`: the article, its visits with every quoted value located in the
        text, and `meta` (model, attempts, token usage, warnings).

    Raises:
        InputError: the text is not a str, is empty, or is longer than `max_chars`.
        ConfigurationError: no API key and no base URL, or bad settings.
        ProviderError: the provider kept failing after the transport retries.
        ExtractionError: the model's output never fit the schema.

    Example:
        >>> from visitx import extract
        >>> result = extract(text, published="2023-04-08")  # doctest: +SKIP
        >>> [p.name.text for p in result.visits[0].participants]  # doctest: +SKIP
        ['ایگور بابوشکین', 'اسدالله عباسی']
    """
    extractor = _shared(settings if settings is not None else Settings.from_env(), client)
    return extractor.extract(text, url=url, title=title, published=published, language=language)


async def aextract(
    text: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: str | dt.date | None = None,
    language: str | None = None,
    settings: Settings | None = None,
    client: openai.AsyncOpenAI | None = None,
) -> Extraction:
    """Async `extract`: same arguments (with an `openai.AsyncOpenAI` client), same result."""
    extractor = _shared(settings if settings is not None else Settings.from_env(), client)
    return await extractor.aextract(
        text, url=url, title=title, published=published, language=language
    )
