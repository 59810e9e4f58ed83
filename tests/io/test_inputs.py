"""Bad input and bad configuration fail before any request, with messages that say what to do."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import visitx
from visitx import ConfigurationError, InputError, Settings


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(b"bytes", "Decode bytes first", id="bytes"),
        pytest.param(None, "must be a str", id="none"),
        pytest.param(42, "must be a str", id="int"),
        pytest.param("", "empty", id="empty"),
        pytest.param(" \n\t\u00a0 ", "empty", id="whitespace-only"),
    ],
)
def test_bad_text_raises_input_error(text: Any, message: str, settings: Settings) -> None:
    """A non-str or empty article raises InputError naming the problem."""
    with pytest.raises(InputError, match=message):
        visitx.extract(text, settings=settings)


def test_too_long_text_raises_input_error(settings: Settings) -> None:
    """An article over max_chars is refused and the message names the setting."""
    with pytest.raises(InputError, match="max_chars=10"):
        visitx.extract("x" * 11, settings=settings.replace(max_chars=10))


@pytest.mark.parametrize("published", ["yesterday", "2024-13-01", "03/04/2024", 20241124])
def test_bad_published_raises_input_error(published: Any, settings: Settings) -> None:
    """published must name one day (`24.11.2024` does; `03/04/2024` may be either order)."""
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        visitx.extract("Some article.", published=published, settings=settings)


def test_bad_language_raises_input_error(settings: Settings) -> None:
    """language must be an ISO 639-1 code."""
    with pytest.raises(InputError, match="ISO 639-1"):
        visitx.extract("Some article.", language="Turkish", settings=settings)


def test_input_error_is_a_value_error() -> None:
    """InputError is also a ValueError, so generic handlers catch it."""
    assert issubclass(InputError, ValueError)
    assert issubclass(InputError, visitx.VisitxError)


def test_no_key_names_both_variables(tmp_path: Any) -> None:
    """Without a key or a base URL the message names VISITX_API_KEY and OPENAI_API_KEY."""
    settings = Settings(cache_dir=tmp_path)
    with pytest.raises(ConfigurationError) as info:
        visitx.extract("Some article.", settings=settings)
    assert "VISITX_API_KEY" in str(info.value)
    assert "OPENAI_API_KEY" in str(info.value)


def test_unknown_mode_is_a_configuration_error() -> None:
    """An unknown mode lists the valid ones."""
    with pytest.raises(ConfigurationError, match="auto, tools, json_schema, json, md_json"):
        Settings(mode="xml")  # type: ignore[arg-type]


def test_async_client_for_sync_extract_is_refused(settings: Settings) -> None:
    """Passing an AsyncOpenAI to extract() says which client it needs."""
    import openai

    client = openai.AsyncOpenAI(api_key="sk-test", base_url="http://reference.invalid/v1")
    with pytest.raises(ConfigurationError, match=r"needs an openai\.OpenAI"):
        visitx.Extractor(settings, client=client).extract("Some article.")


def test_published_accepts_dates(settings: Settings) -> None:
    """published may be a date or datetime; it is stored as YYYY-MM-DD."""
    from visitx.llm.extractor import check_published

    assert check_published(dt.date(2024, 11, 24)) == "2024-11-24"
    assert check_published(dt.datetime(2024, 11, 24, 13, 5)) == "2024-11-24"
    assert check_published("2024-11-24T10:00:00Z") == "2024-11-24"


@pytest.mark.parametrize("blank", ["", "  ", "\t\n"])
def test_an_empty_published_cell_is_no_date(blank: str) -> None:
    """A row's empty `published` (CSV, JSONL, a DataFrame column) is no publication date at
    the input boundary, as None is; `parse_date(published="")` itself raises (the caller
    passed an empty value on purpose: tests/dates/test_published.py)."""
    from visitx.llm.extractor import check_published

    assert visitx.Article.coerce({"text": "Some article.", "published": blank}).published is None
    assert check_published(blank) is None
    with pytest.raises(InputError, match=r"is empty\. Pass None"):
        visitx.parse_date("yesterday", published=blank)
