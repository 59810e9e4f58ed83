"""Gemini through the google-genai SDK, replayed from cassettes.

Recorded against `tests/reference_wire.GeminiReference` (the Gemini API's wire format):
`pytest tests/llm/test_gemini.py --record-mode=rewrite`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import visitx
from reference_wire import GeminiReference
from visitx import Settings
from visitx.llm.provider import Provider
from wire_fixtures import Wire, assert_context_too_long, assert_refused_key, wire

from conftest import load_article

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

GERMAN = "004_9cac97c1ccfe093a"
MODEL = "google/gemini-reference"


@pytest.fixture
def gemini(request: pytest.FixtureRequest) -> Iterator[Wire]:
    yield from wire(request, GeminiReference, MODEL)


@pytest.mark.vcr
def test_response_schema_is_the_default_mode(gemini: Wire, tmp_path: Path) -> None:
    """Auto mode asks for JSON constrained by the draft schema and reads the text part."""
    text, entry = load_article(GERMAN)
    ex = visitx.Extractor(gemini.settings(tmp_path))
    result = ex.extract(text, published=entry["published"])
    body = gemini.sent("gemini", "test_response_schema_is_the_default_mode")[0]
    config = body["generationConfig"]
    assert result.meta.mode == "json_schema"
    assert result.meta.model == "gemini-reference"
    assert [p.name.text for p in result.visits[0].participants] == [
        "Deryageldi Orazov",
        "die turkmenische Delegation",
        "Jin Hyun Hwan",
    ]
    assert config["responseMimeType"] == "application/json"
    assert "visits" in str(config.get("responseSchema") or config.get("responseJsonSchema"))
    assert config["maxOutputTokens"] == 4096
    assert "tools" not in body


@pytest.mark.vcr
def test_tools_mode_forces_the_function_call(gemini: Wire, tmp_path: Path) -> None:
    """tools mode declares the Draft function, requires it, and reads functionCall.args."""
    text, _ = load_article(GERMAN)
    result = visitx.Extractor(gemini.settings(tmp_path, mode="tools")).extract(text)
    body = gemini.sent("gemini", "test_tools_mode_forces_the_function_call")[0]
    calling = body["toolConfig"]["functionCallingConfig"]
    assert result.meta.mode == "tools"
    assert result.visits
    assert body["tools"][0]["functionDeclarations"][0]["name"] == "Draft"
    assert calling["mode"] == "ANY"
    assert calling["allowedFunctionNames"] == ["Draft"]


@pytest.mark.vcr
def test_usage_is_reported(gemini: Wire, tmp_path: Path) -> None:
    """usageMetadata's counts reach meta.usage."""
    result = visitx.Extractor(gemini.settings(tmp_path)).extract(load_article(GERMAN)[0])
    usage = result.meta.usage
    assert usage.prompt_tokens > 0
    assert usage.completion_tokens > 0
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens


@pytest.mark.vcr
def test_resource_exhausted_is_retried(gemini: Wire, tmp_path: Path) -> None:
    """A 429 RESOURCE_EXHAUSTED with a RetryInfo delay is a transport retry."""
    gemini.script("429")
    result = visitx.Extractor(gemini.settings(tmp_path)).extract(load_article(GERMAN)[0])
    assert result.visits
    assert result.meta.attempts == 1
    assert len(gemini.sent("gemini", "test_resource_exhausted_is_retried")) == 2


@pytest.mark.vcr
def test_unavailable_503_is_retried(gemini: Wire, tmp_path: Path) -> None:
    """A 503 UNAVAILABLE (model overloaded) is retried."""
    gemini.script("503")
    result = visitx.Extractor(gemini.settings(tmp_path)).extract(load_article(GERMAN)[0])
    assert result.visits
    assert len(gemini.sent("gemini", "test_unavailable_503_is_retried")) == 2


@pytest.mark.vcr
def test_too_many_input_tokens_is_a_provider_error(gemini: Wire, tmp_path: Path) -> None:
    """Gemini's 'input token count exceeds' is not retried and names max_chars."""
    gemini.script("context_length")
    assert_context_too_long(gemini.failure(tmp_path, GERMAN))
    assert len(gemini.sent("gemini", "test_too_many_input_tokens_is_a_provider_error")) == 1


@pytest.mark.vcr
def test_invalid_key_fails_fast(gemini: Wire, tmp_path: Path) -> None:
    """Gemini's 400 API_KEY_INVALID counts as a refused key (fail-fast in a batch)."""
    gemini.script("401")
    assert_refused_key(gemini.failure(tmp_path, GERMAN))


@pytest.mark.vcr
def test_max_tokens_finish_is_a_cut_off(gemini: Wire, tmp_path: Path) -> None:
    """finishReason MAX_TOKENS is an ExtractionError that says the answer was cut off."""
    gemini.assert_cut_off(tmp_path, GERMAN)


@pytest.mark.vcr
async def test_aextract_uses_the_async_client(gemini: Wire, tmp_path: Path) -> None:
    """aextract goes through the SDK's aio client with the same result."""
    result = await gemini.aextract(tmp_path, GERMAN)
    assert result.meta.mode == "json_schema"
    assert result.visits


def test_key_comes_from_gemini_or_google_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without VISITX_API_KEY, a google/ model takes GEMINI_API_KEY, else GOOGLE_API_KEY."""
    monkeypatch.setenv("OPENAI_API_KEY", "openai-key")
    monkeypatch.setenv("GOOGLE_API_KEY", "google-key")
    assert Settings(model=MODEL).resolved_api_key() == "google-key"
    monkeypatch.setenv("GEMINI_API_KEY", "gemini-key")
    assert Settings.from_env(model=MODEL).resolved_api_key() == "gemini-key"
    monkeypatch.setenv("VISITX_API_KEY", "visitx-key")
    assert Settings(model=MODEL).resolved_api_key() == "visitx-key"


def test_cache_key_endpoint_is_google(tmp_path: Path) -> None:
    """The draft cache keys a google/ model by Google's endpoint."""
    assert Provider(Settings(model=MODEL)).endpoint == "https://generativelanguage.googleapis.com"


@pytest.mark.vcr
def test_a_gemini_request_leaves_the_shared_schema_alone(gemini: Wire, tmp_path: Path) -> None:
    """google-genai rewrites schemas in place; the draft schema other providers send stays."""
    import json

    from visitx.llm.wire import instructor_draft

    before = json.dumps(instructor_draft().model_json_schema(), sort_keys=True)
    visitx.Extractor(gemini.settings(tmp_path)).extract(load_article(GERMAN)[0])
    assert json.dumps(instructor_draft().model_json_schema(), sort_keys=True) == before
