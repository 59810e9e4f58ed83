"""Anthropic's Messages API through the anthropic SDK, replayed from cassettes.

Recorded against `tests/reference_wire.AnthropicReference` (Anthropic's wire format):
`pytest tests/llm/test_anthropic.py --record-mode=rewrite`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import visitx
from reference_wire import AnthropicReference
from visitx import Settings
from visitx.llm.provider import Provider
from wire_fixtures import Wire, assert_context_too_long, assert_refused_key, wire

from conftest import load_article

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

GERMAN = "004_9cac97c1ccfe093a"
PERSIAN = "003_b26aa6423f84ab65"
MODEL = "anthropic/claude-reference"


@pytest.fixture
def claude(request: pytest.FixtureRequest) -> Iterator[Wire]:
    yield from wire(request, AnthropicReference, MODEL)


def wrong_name(draft: dict[str, Any]) -> dict[str, Any]:
    draft["visits"][0]["participants"][0]["name"] = "Igor Babushkin"  # a translation
    return draft


@pytest.mark.vcr
def test_tool_use_is_the_default_mode(claude: Wire, tmp_path: Path) -> None:
    """Auto mode forces the Draft tool and reads the tool_use block's input."""
    text, entry = load_article(GERMAN)
    result = visitx.Extractor(claude.settings(tmp_path)).extract(text, published=entry["published"])
    body = claude.sent("anthropic", "test_tool_use_is_the_default_mode")[0]
    assert result.meta.mode == "tools"
    assert result.meta.model == "claude-reference"
    assert [p.name.text for p in result.visits[0].participants] == [
        "Deryageldi Orazov",
        "die turkmenische Delegation",
        "Jin Hyun Hwan",
    ]
    assert body["model"] == "claude-reference"
    assert body["tool_choice"]["type"] == "tool"
    assert body["tool_choice"]["name"] == body["tools"][0]["name"] == "Draft"


@pytest.mark.vcr
def test_json_schema_mode_asks_for_structured_output(claude: Wire, tmp_path: Path) -> None:
    """json_schema sends output_config.format with the draft schema and no tools."""
    text, _ = load_article(GERMAN)
    result = visitx.Extractor(claude.settings(tmp_path, mode="json_schema")).extract(text)
    body = claude.sent("anthropic", "test_json_schema_mode_asks_for_structured_output")[0]
    assert result.meta.mode == "json_schema"
    assert result.visits
    assert body["output_config"]["format"]["type"] == "json_schema"
    assert "visits" in body["output_config"]["format"]["schema"]["properties"]
    assert "tools" not in body


@pytest.mark.vcr
def test_json_mode_reads_the_text_answer(claude: Wire, tmp_path: Path) -> None:
    """json mode sends no tools and no output_config and parses the text block."""
    text, _ = load_article(GERMAN)
    result = visitx.Extractor(claude.settings(tmp_path, mode="json")).extract(text)
    body = claude.sent("anthropic", "test_json_mode_reads_the_text_answer")[0]
    assert result.meta.mode == "json"
    assert result.visits
    assert "tools" not in body
    assert "output_config" not in body


@pytest.mark.vcr
def test_system_block_is_cached_and_saved_tokens_reported(claude: Wire, tmp_path: Path) -> None:
    """The fixed system block carries cache_control; the second article reads it from cache."""
    first = visitx.Extractor(claude.settings(tmp_path))
    one = first.extract(load_article(GERMAN)[0])
    two = first.extract(load_article(PERSIAN)[0])
    bodies = claude.sent("anthropic", "test_system_block_is_cached_and_saved_tokens_reported")
    assert bodies[0]["system"][0]["cache_control"] == {"type": "ephemeral"}
    assert bodies[0]["system"][0]["text"] == bodies[1]["system"][0]["text"]
    assert one.meta.usage.cache_write_tokens > 0
    assert one.meta.usage.cache_read_tokens == 0
    assert two.meta.usage.cache_read_tokens == one.meta.usage.cache_write_tokens
    assert two.meta.usage.prompt_tokens >= two.meta.usage.cache_read_tokens


@pytest.mark.vcr
def test_overloaded_529_is_retried(claude: Wire, tmp_path: Path) -> None:
    """Anthropic's 529 overloaded_error is a transport retry, not a re-ask."""
    claude.script("529", "529")
    result = visitx.Extractor(claude.settings(tmp_path)).extract(load_article(GERMAN)[0])
    assert result.visits
    assert result.meta.attempts == 1
    assert len(claude.sent("anthropic", "test_overloaded_529_is_retried")) == 3


@pytest.mark.vcr
def test_rate_limit_with_retry_after_is_retried(claude: Wire, tmp_path: Path) -> None:
    """A 429 rate_limit_error with retry-after waits and sends the request again."""
    claude.script("429")
    result = visitx.Extractor(claude.settings(tmp_path)).extract(load_article(GERMAN)[0])
    assert result.visits
    assert result.meta.attempts == 1


@pytest.mark.vcr
def test_prompt_too_long_is_a_provider_error_with_the_fix(claude: Wire, tmp_path: Path) -> None:
    """Anthropic's 'prompt is too long' is not retried and names max_chars."""
    claude.script("context_length")
    assert_context_too_long(claude.failure(tmp_path, GERMAN))
    assert (
        len(claude.sent("anthropic", "test_prompt_too_long_is_a_provider_error_with_the_fix")) == 1
    )


@pytest.mark.vcr
def test_refused_key_fails_fast(claude: Wire, tmp_path: Path) -> None:
    """A 401 authentication_error is the 'key refused' kind that stops a batch at once."""
    claude.script("401")
    assert_refused_key(claude.failure(tmp_path, GERMAN))


@pytest.mark.vcr
def test_answer_cut_off_at_max_tokens(claude: Wire, tmp_path: Path) -> None:
    """stop_reason max_tokens is an ExtractionError that says the answer was cut off."""
    claude.assert_cut_off(tmp_path, GERMAN)


@pytest.mark.vcr
def test_invalid_draft_is_reasked(claude: Wire, tmp_path: Path) -> None:
    """A tool input quoting text the article lacks is re-asked with the problem named."""
    claude.script(("wrong", wrong_name))
    result = visitx.Extractor(claude.settings(tmp_path)).extract(load_article(PERSIAN)[0])
    bodies = claude.sent("anthropic", "test_invalid_draft_is_reasked")
    assert result.meta.attempts == 2
    assert "Igor Babushkin" in str(bodies[1]["messages"][-1])
    assert result.visits[0].participants[0].name.text == "ایگور بابوشکین"


@pytest.mark.vcr
async def test_aextract_uses_the_async_client(claude: Wire, tmp_path: Path) -> None:
    """aextract goes through anthropic.AsyncAnthropic with the same result."""
    result = await claude.aextract(tmp_path, GERMAN)
    assert result.meta.mode == "tools"
    assert result.visits


def test_key_comes_from_anthropic_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without VISITX_API_KEY, an anthropic/ model takes ANTHROPIC_API_KEY, not OpenAI's."""
    monkeypatch.setenv("OPENAI_API_KEY", "openai-key")
    monkeypatch.setenv("ANTHROPIC_API_KEY", "anthropic-key")
    assert Settings.from_env(model=MODEL).resolved_api_key() == "anthropic-key"
    assert Settings(model=MODEL).resolved_api_key() == "anthropic-key"


def test_missing_key_names_the_anthropic_variable(tmp_path: Path) -> None:
    """No key at all: the error names ANTHROPIC_API_KEY."""
    with pytest.raises(visitx.ConfigurationError, match="ANTHROPIC_API_KEY"):
        visitx.Extractor(Settings(model=MODEL, cache_dir=tmp_path)).check()


def test_cache_key_endpoint_is_anthropic(tmp_path: Path) -> None:
    """The draft cache keys an anthropic/ model by Anthropic's endpoint, or base_url's."""
    assert Provider(Settings(model=MODEL)).endpoint == "https://api.anthropic.com"
    assert Provider(Settings(model=MODEL, base_url="http://Gate.example:8/")).endpoint == (
        "http://gate.example:8"
    )
