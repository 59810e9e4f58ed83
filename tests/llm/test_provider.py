"""The provider boundary against servers that behave like the real ones.

These tests run the reference server on 127.0.0.1 (no cassette): in its own flavour, as
llama-cpp-python (HTTP 500 for `json_schema`) and as upstream llama.cpp (context-size
errors, answers cut off at `max_tokens`), with scripted failures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import diskcache
import pytest

import visitx
from visitx import Settings
from visitx.llm.failures import is_response_format_rejection

from conftest import load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

GERMAN = "004_9cac97c1ccfe093a"
PERSIAN = "003_b26aa6423f84ab65"


def formats(server: Any) -> list[str | None]:
    """The response_format type of every request the server received."""
    return [(body.get("response_format") or {}).get("type") for body in server.requests]


def wrong_name(draft: dict[str, Any]) -> dict[str, Any]:
    draft["visits"][0]["participants"][0]["name"] = "Igor Babushkin"  # a translation
    return draft


@pytest.mark.parametrize("local_server", ["llama-cpp-python"], indirect=True)
def test_500_naming_json_schema_falls_back_and_is_remembered(
    local_server: Any, tmp_path: Path
) -> None:
    """llama-cpp-python's 500 for json_schema: JSON mode, and the next article skips json_schema."""
    text, _ = load_article(GERMAN)
    other, _ = load_article(PERSIAN)
    ex = visitx.Extractor(local_settings(local_server, tmp_path))
    first = ex.extract(text)
    second = ex.extract(other)
    assert (first.meta.mode, second.meta.mode) == ("json", "json")
    assert first.visits
    assert second.visits
    assert formats(local_server) == ["json_schema", "json_object", "json_object"]


@pytest.mark.parametrize("local_server", ["llama-cpp-python"], indirect=True)
def test_explicit_json_schema_mode_does_not_fall_back(local_server: Any, tmp_path: Path) -> None:
    """Only auto mode changes the mode: json_schema asked for is json_schema or an error."""
    text, _ = load_article(GERMAN)
    ex = visitx.Extractor(local_settings(local_server, tmp_path, mode="json_schema"))
    with pytest.raises(visitx.ProviderError) as info:
        ex.extract(text)
    assert info.value.status_code == 500
    assert formats(local_server) == ["json_schema"]  # a request-validation 500 is not retried
    assert "Retry later" not in str(info.value)
    assert "VISITX_MODE" in str(info.value)


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_context_length_error_does_not_switch_modes(local_server: Any, tmp_path: Path) -> None:
    """A prompt too long for the context fails that article only; json_schema stays."""
    text, _ = load_article(GERMAN)
    other, _ = load_article(PERSIAN)
    local_server.script("context_length")
    ex = visitx.Extractor(local_settings(local_server, tmp_path))
    with pytest.raises(visitx.ProviderError) as info:
        ex.extract(text)
    message = str(info.value)
    assert info.value.status_code == 400
    assert "max_chars" in message
    assert "max_tokens" in message
    assert "Retry later" not in message
    assert ex.extract(other).meta.mode == "json_schema"
    assert formats(local_server) == ["json_schema", "json_schema"]


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_answer_cut_off_at_max_tokens_is_an_extraction_error(
    local_server: Any, tmp_path: Path
) -> None:
    """finish_reason 'length' says the answer was cut off and how to raise the limit."""
    text, _ = load_article(GERMAN)
    ex = visitx.Extractor(local_settings(local_server, tmp_path, max_tokens=32, max_reasks=0))
    with pytest.raises(visitx.ExtractionError) as info:
        ex.extract(text)
    assert "cut off" in str(info.value)
    assert "max_tokens=32" in str(info.value)
    assert "Settings.max_tokens" in str(info.value)
    assert info.value.attempts == 1
    assert info.value.usage.total_tokens > 0
    assert local_server.requests[0]["max_tokens"] == 32


def test_max_tokens_is_sent_as_max_tokens_to_other_servers(
    local_server: Any, tmp_path: Path
) -> None:
    """Settings.max_tokens reaches a non-OpenAI server as `max_tokens`."""
    text, _ = load_article(GERMAN)
    visitx.Extractor(local_settings(local_server, tmp_path, max_tokens=3000)).extract(text)
    assert local_server.requests[0]["max_tokens"] == 3000
    assert "max_completion_tokens" not in local_server.requests[0]


def test_json_mode_sends_the_schema_in_response_format(local_server: Any, tmp_path: Path) -> None:
    """JSON mode asks for json_object with the schema, which llama.cpp servers enforce."""
    text, _ = load_article(GERMAN)
    visitx.Extractor(local_settings(local_server, tmp_path, mode="json")).extract(text)
    body = local_server.requests[0]
    assert body["response_format"]["type"] == "json_object"
    assert body["response_format"]["schema"]["properties"]["visits"]["maxItems"] == 12
    assert '"visits":' in body["messages"][0]["content"]  # compact, for servers that ignore it


def test_json_schema_mode_keeps_the_schema_out_of_the_prompt(
    local_server: Any, tmp_path: Path
) -> None:
    """Where the server enforces the schema, the prompt does not repeat it (tokens)."""
    text, _ = load_article(GERMAN)
    visitx.Extractor(local_settings(local_server, tmp_path, mode="json_schema")).extract(text)
    body = local_server.requests[0]
    assert body["response_format"]["type"] == "json_schema"
    assert all('"properties"' not in m["content"] for m in body["messages"])


def test_a_rejected_schema_key_is_dropped_for_that_endpoint(
    local_server: Any, tmp_path: Path
) -> None:
    """A server that refuses `schema` inside json_object gets plain json_object from then on."""
    text, _ = load_article(GERMAN)
    other, _ = load_article(PERSIAN)
    local_server.script("reject_schema_key")
    ex = visitx.Extractor(local_settings(local_server, tmp_path, mode="json"))
    assert ex.extract(text).visits
    assert ex.extract(other).visits
    sent = [body["response_format"] for body in local_server.requests]
    assert ["schema" in fmt for fmt in sent] == [True, False, False]


def test_failed_reask_keeps_the_first_draft_flagged(local_server: Any, tmp_path: Path) -> None:
    """A provider error during a re-ask keeps the first answer, its bad value flagged."""
    text, _ = load_article(PERSIAN)
    local_server.script(("wrong", wrong_name), "500", "500", "500")
    ex = visitx.Extractor(local_settings(local_server, tmp_path, max_retries=2))
    result = ex.extract(text)
    name = result.visits[0].participants[0].name
    assert (name.text, name.match) == ("Igor Babushkin", None)
    assert result.visits[1].grounded is True
    assert any("a re-ask failed" in w and "HTTP 500" in w for w in result.meta.warnings)
    assert result.meta.attempts == 1  # one completion came back; the 500s returned none


def test_usage_and_attempts_are_reported_for_failures(local_server: Any, tmp_path: Path) -> None:
    """Output that never fits: the error carries the completions and tokens it cost."""
    text, _ = load_article(GERMAN)
    local_server.script("garbage", "garbage", "garbage")
    ex = visitx.Extractor(local_settings(local_server, tmp_path, max_reasks=2, mode="json"))
    with pytest.raises(visitx.ExtractionError) as info:
        ex.extract(text)
    assert info.value.attempts == 3
    assert info.value.usage.total_tokens > 0
    assert len(info.value.errors) == len(set(info.value.errors))
    assert ".." not in str(info.value)


def test_failed_batch_record_counts_what_was_paid(local_server: Any, tmp_path: Path) -> None:
    """In a batch, the failed article's record says how many completions and tokens it cost."""
    text, _ = load_article(GERMAN)
    local_server.script("garbage", "garbage")
    settings = local_settings(local_server, tmp_path, max_reasks=1, mode="json")
    [result] = visitx.extract_many([text], settings=settings, progress=False)
    assert result.error is not None
    assert result.meta.attempts == 2
    assert result.meta.usage.total_tokens > 0


def test_draft_cache_hit_rebuilds_with_todays_deterministic_layer(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change of the record builder shows on a cache hit: drafts are cached, not records."""
    text, _ = load_article(GERMAN)
    settings = local_settings(local_server, tmp_path)
    first = visitx.Extractor(settings).extract(text)
    assert first.visits[0].codes.plover_event == "CONSULT"
    import visitx.record.build as record

    monkeypatch.setattr(
        record, "derive_codes", lambda visit, text=None, reasons=None: visitx.Codes(cameo=["999"])
    )
    again = visitx.Extractor(settings).extract(text)
    assert again.meta.cached is True
    assert again.visits[0].codes.cameo == ["999"]
    assert len(local_server.requests) == 1


def test_the_mode_the_endpoint_and_max_tokens_separate_cache_entries(
    local_server: Any, tmp_path: Path
) -> None:
    """Another mode, endpoint or token limit is another request, so it is not a cache hit."""
    from reference_server import ReferenceServer

    text, _ = load_article(GERMAN)
    settings = local_settings(local_server, tmp_path)
    visitx.Extractor(settings).extract(text)
    assert visitx.Extractor(settings.replace(mode="tools")).extract(text).meta.cached is False
    assert visitx.Extractor(settings.replace(max_tokens=2000)).extract(text).meta.cached is False
    other = ReferenceServer().start()
    try:
        moved = visitx.Extractor(settings.replace(base_url=other.base_url)).extract(text)
    finally:
        other.stop()
    assert moved.meta.cached is False
    assert len(other.requests) == 1
    assert visitx.Extractor(settings).extract(text).meta.cached is True


def test_an_entry_in_the_old_record_format_is_a_miss(local_server: Any, tmp_path: Path) -> None:
    """A record cached by visitx 0.1 is not read as a draft: the article is asked again."""
    text, _ = load_article(GERMAN)
    settings = local_settings(local_server, tmp_path)
    ex = visitx.Extractor(settings)
    job = ex.prepare(text, url=None, title=None, published=None, language=None)
    old_record = {"article": {"id": "sha256:0", "text": text}, "visits": [], "meta": {}}
    assert ex.cache is not None
    with diskcache.Cache(str(ex.cache.directory)) as raw:  # as visitx 0.1 wrote it
        raw.set(ex.key(job, "json_schema"), json.dumps(old_record))
    result = ex.extract(text)
    assert (result.meta.cached, len(local_server.requests)) == (False, 1)
    assert result.visits


def test_a_failed_cache_write_returns_the_paid_result(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A full disk under the cache: the record comes back, with a warning, and is logged."""
    from visitx.llm.cache import DraftCache

    def refuse(self: DraftCache, key: str, value: dict[str, Any]) -> None:
        raise visitx.CacheError("Cannot write to the cache at /x: [Errno 28] No space left")

    monkeypatch.setattr(DraftCache, "set", refuse)
    text, _ = load_article(GERMAN)
    result = visitx.Extractor(local_settings(local_server, tmp_path)).extract(text)
    assert result.visits
    assert any("not cached" in w and "No space left" in w for w in result.meta.warnings)
    assert "the draft was not stored" in caplog.text


def test_sync_rate_limit_counts_retried_requests(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """requests_per_minute holds for the sync client, and a retried 429 is a request too."""
    from visitx.llm.limits import Limits

    taken: list[float] = []
    monkeypatch.setattr(Limits, "acquire", lambda self, tokens=0.0: taken.append(tokens))
    local_server.script("429")
    text, _ = load_article(GERMAN)
    settings = local_settings(local_server, tmp_path, requests_per_minute=30)
    assert visitx.Extractor(settings).extract(text).visits
    assert len(taken) == 2 == len(local_server.requests)


async def test_async_rate_limit_goes_through_the_same_limits(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The async client takes from the same buckets (`aacquire`)."""
    from visitx.llm.limits import Limits

    taken: list[float] = []

    async def record(self: Limits, tokens: float = 0.0) -> None:
        taken.append(tokens)

    monkeypatch.setattr(Limits, "aacquire", record)
    text, _ = load_article(GERMAN)
    settings = local_settings(local_server, tmp_path, tokens_per_minute=100_000)
    ex = visitx.Extractor(settings)
    assert (await ex.aextract(text)).visits
    await ex.aclose()
    assert len(taken) == 1
    assert taken[0] > settings.max_tokens  # the prompt's estimate plus the longest answer


def test_response_format_rejection_is_told_apart_from_other_errors() -> None:
    """Only errors about the structured-output option count as a rejection of it."""
    import httpx2
    import openai

    def status(code: int, message: str) -> openai.APIStatusError:
        request = httpx2.Request("POST", "http://127.0.0.1/v1/chat/completions")
        response = httpx2.Response(code, request=request)
        return openai.APIStatusError(message, response=response,
                                     body={"error": {"message": message}})

    assert is_response_format_rejection(status(400, "response_format json_schema unsupported"))
    assert is_response_format_rejection(
        status(500, "[{'loc': ('body', 'response_format', 'type'), 'msg': \"Input should be "
                    "'text' or 'json_object'\"}]")
    )
    assert not is_response_format_rejection(
        status(400, "This model's maximum context length is 8192 tokens (response_format ...)")
    )
    assert not is_response_format_rejection(status(400, "content policy violation"))
    assert not is_response_format_rejection(status(401, "invalid json_schema key"))


def test_settings_with_no_key_use_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No key in Settings: VISITX_API_KEY, then OPENAI_API_KEY; an argument still wins."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    assert Settings().resolved_api_key() == "sk-openai"
    monkeypatch.setenv("VISITX_API_KEY", "sk-visitx")
    assert Settings().resolved_api_key() == "sk-visitx"
    assert Settings(api_key="sk-arg").resolved_api_key() == "sk-arg"
    visitx.Extractor(Settings(model="m")).check()  # no ConfigurationError: the env has a key


def test_no_key_anywhere_is_a_configuration_error() -> None:
    """Without a key and a base URL, check() says how to set one."""
    with pytest.raises(visitx.ConfigurationError, match="VISITX_API_KEY"):
        visitx.Extractor(Settings(model="m")).check()


def says_english(draft: dict[str, Any]) -> dict[str, Any]:
    draft["language"] = "en"  # what a weak model answers for a Turkish article
    return draft


def test_the_models_language_is_checked_against_the_text(
    local_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model that calls a Turkish article English is overruled by the text; a hit reuses it."""
    text, _ = load_article("000_3eacb9a9611f4138")
    local_server.script(("wrong", says_english))
    settings = local_settings(local_server, tmp_path)
    assert visitx.Extractor(settings).extract(text).article.language == "tr"
    import visitx.llm.extractor as extract_module

    def no_second_guess(text: str) -> str:
        raise AssertionError("the stored guess should have been reused")

    monkeypatch.setattr(extract_module, "text_language", no_second_guess)
    again = visitx.Extractor(settings).extract(text)
    assert (again.meta.cached, again.article.language) == (True, "tr")


def test_a_given_language_wins_over_model_and_text(local_server: Any, tmp_path: Path) -> None:
    """language= is the caller's word: neither the model nor the identifier changes it."""
    text, _ = load_article("000_3eacb9a9611f4138")
    result = visitx.Extractor(local_settings(local_server, tmp_path)).extract(text, language="az")
    assert result.article.language == "az"


def test_the_provider_client_is_built_once_and_kept(local_server: Any, tmp_path: Path) -> None:
    """provider.client() builds the sync client on first use and returns it after."""
    import openai

    provider = visitx.Extractor(local_settings(local_server, tmp_path)).provider
    client = provider.client()
    assert isinstance(client, openai.OpenAI)
    assert provider.client("sync") is client
    assert str(client.base_url).rstrip("/") == local_server.base_url
    provider.close()


def test_a_provider_without_model_path_has_no_local_server(
    local_server: Any, tmp_path: Path
) -> None:
    """local_server is None for a --base-url endpoint, also after its client is built."""
    provider = visitx.Extractor(local_settings(local_server, tmp_path)).provider
    provider.client()
    assert provider.local_server is None
    provider.close()
