"""Sampling settings: command-line options, the draft cache key, who gets them in the body."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from click.testing import CliRunner

import visitx
from visitx import Settings
from visitx.cli.main import main
from visitx.core.errors import AuthenticationError
from visitx.llm.cache import cache_key
from visitx.llm.sampling import keyed_sampling

from conftest import ARTICLES, KEY_ARTICLE, KEY_SETTINGS, load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

GERMAN = "004_9cac97c1ccfe093a"
KEY: dict[str, Any] = {**KEY_ARTICLE, **KEY_SETTINGS}


def test_key_changes_with_the_repeat_penalty() -> None:
    """Another repeat penalty is another key; no sampling keeps the key it had."""
    low = cache_key(**KEY, sampling={"repeat_penalty": 1.15, "dry_multiplier": 0.8})
    high = cache_key(**KEY, sampling={"repeat_penalty": 1.3, "dry_multiplier": 0.8})
    assert low != high
    assert cache_key(**KEY, sampling={}) == cache_key(**KEY)


def test_openai_and_sdk_providers_key_no_sampling() -> None:
    """OpenAI itself and the Anthropic SDK never get the controls, so their keys omit them."""
    assert keyed_sampling(Settings(repeat_penalty=1.3)) == {}
    assert keyed_sampling(Settings(model="anthropic/claude-x", repeat_penalty=1.3)) == {}
    server = Settings(base_url="http://127.0.0.1:8080/v1", repeat_penalty=1.3)
    assert keyed_sampling(server) == {"repeat_penalty": 1.3, "dry_multiplier": 0.8}
    assert keyed_sampling(server.replace(llama_cpp=False)) == {}


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_changed_repeat_penalty_misses_the_cache(local_server: Any, tmp_path: Path) -> None:
    """Same settings: a cache hit (no request); another repeat penalty: a new request."""
    text, _ = load_article(GERMAN)
    visitx.Extractor(local_settings(local_server, tmp_path)).extract(text)
    assert len(local_server.requests) == 1
    visitx.Extractor(local_settings(local_server, tmp_path)).extract(text)
    assert len(local_server.requests) == 1
    changed = local_settings(local_server, tmp_path, repeat_penalty=1.3)
    visitx.Extractor(changed).extract(text)
    assert len(local_server.requests) == 2
    assert local_server.requests[1]["repeat_penalty"] == 1.3


def _sent_body(settings: Settings) -> dict[str, Any]:
    """The JSON body of the first chat request `settings` make (answered with a 401)."""
    bodies: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(json.loads(request.content))
        return httpx2.Response(401, json={"error": {"message": "no"}})

    ex = visitx.Extractor(settings, transport=httpx2.MockTransport(handler))
    with pytest.raises(AuthenticationError):
        ex.extract(load_article(GERMAN)[0])
    return bodies[0]


def test_openai_proper_never_gets_llama_cpp_fields(tmp_path: Path) -> None:
    """Even with llama_cpp=True, a request to api.openai.com carries no repetition controls."""
    body = _sent_body(Settings(api_key="sk-test", llama_cpp=True, cache=False))
    assert body["model"] == "gpt-4.1-mini"
    assert "repeat_penalty" not in body
    assert "dry_multiplier" not in body


def test_llama_cpp_base_url_gets_the_fields_in_the_body(tmp_path: Path) -> None:
    """The same settings pointed at a llama.cpp base_url send both fields in the body."""
    settings = Settings(
        base_url="http://127.0.0.1:9/v1", llama_cpp=True, repeat_penalty=1.25, cache=False
    )
    body = _sent_body(settings)
    assert (body["repeat_penalty"], body["dry_multiplier"]) == (1.25, 0.8)


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_extract_options_reach_the_request_body(local_server: Any, tmp_path: Path) -> None:
    """visitx extract --repeat-penalty 1.4 --dry-multiplier 0 --temperature 0.2 sends them."""
    seed = ARTICLES / "seeds" / f"{GERMAN}.txt"
    result = CliRunner().invoke(
        main,
        [
            "extract",
            str(seed),
            "--model",
            "visitx-reference",
            "--base-url",
            local_server.base_url,
            "--no-cache",
            "--no-progress",
            "--repeat-penalty",
            "1.4",
            "--dry-multiplier",
            "0",
            "--temperature",
            "0.2",
        ],
    )
    assert result.exit_code == 0, result.output
    body = local_server.requests[0]
    assert (body["repeat_penalty"], body["dry_multiplier"], body["temperature"]) == (1.4, 0.0, 0.2)


def test_extract_refuses_a_repeat_penalty_below_one() -> None:
    """--repeat-penalty 0.9 would reward repetition: a usage error (exit 2), no traceback."""
    result = CliRunner().invoke(main, ["extract", "x.txt", "--repeat-penalty", "0.9"])
    assert result.exit_code == 2
    assert "--repeat-penalty" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("command", "options"),
    [
        (["extract"], ["--temperature", "--repeat-penalty", "--dry-multiplier", "--llama-cpp"]),
        (["batch", "submit"], ["--temperature"]),
        (["serve"], ["--repeat-penalty", "--dry-multiplier", "--chat-template"]),
    ],
    ids=["extract", "batch-submit", "serve"],
)
def test_commands_list_their_sampling_options(command: list[str], options: list[str]) -> None:
    """Each command that asks a model documents the sampling options that apply to it."""
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    for option in options:
        assert option in result.output


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_plain_http_probe_loads_no_certificates(
    local_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking a plain-HTTP server `GET /props` builds no TLS context (no CA bundle read)."""
    import httpcore2

    from visitx.llm.sampling import is_llama_cpp

    def no_tls(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a TLS context was built for a plain-HTTP probe")

    monkeypatch.setattr(httpcore2, "default_ssl_context", no_tls)
    settings = Settings(model="m", base_url=local_server.base_url)
    assert is_llama_cpp(settings, local_server.base_url) is True
