"""Settings: frozen, validated, and read from the environment with documented precedence."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from visitx import ConfigurationError, Settings


def test_defaults_do_not_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings() is pure defaults; only from_env() looks at VISITX_*."""
    monkeypatch.setenv("VISITX_MODEL", "from-env")
    assert Settings().model == "gpt-4.1-mini"
    assert Settings.from_env().model == "from-env"


def test_argument_beats_environment_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """An argument wins over VISITX_*, which wins over the default."""
    monkeypatch.setenv("VISITX_MODEL", "env-model")
    monkeypatch.setenv("VISITX_MODE", "json")
    settings = Settings.from_env(model="arg-model")
    assert (settings.model, settings.mode, settings.temperature) == ("arg-model", "json", 0.0)


def test_visitx_key_beats_openai_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_API_KEY is preferred; OPENAI_API_KEY is the fallback."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    assert Settings.from_env().api_key == "sk-openai"
    monkeypatch.setenv("VISITX_API_KEY", "sk-visitx")
    assert Settings.from_env().api_key == "sk-visitx"


def test_environment_base_url_and_cache_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_BASE_URL and VISITX_CACHE_DIR are read (the cache dir as a Path, ~ expanded)."""
    monkeypatch.setenv("VISITX_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("VISITX_CACHE_DIR", "~/visitx-cache")
    settings = Settings.from_env()
    assert settings.base_url == "http://localhost:11434/v1"
    assert settings.cache_dir == Path("~/visitx-cache").expanduser()


def test_settings_are_frozen() -> None:
    """Settings cannot be changed in place; replace() makes a copy."""
    settings = Settings()
    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.model = "other"  # type: ignore[misc]
    assert settings.replace(model="other").model == "other"
    assert settings.model == "gpt-4.1-mini"


def test_api_key_is_not_in_repr() -> None:
    """The key never shows in a repr (and so not in logs or tracebacks)."""
    assert "sk-secret" not in repr(Settings(api_key="sk-secret"))


@pytest.mark.parametrize(
    "bad",
    [{"max_reasks": -1}, {"timeout": 0}, {"requests_per_minute": 0}, {"max_chars": -5}],
)
def test_invalid_values_are_refused(bad: dict[str, float]) -> None:
    """Out-of-range numbers raise ConfigurationError naming the field."""
    with pytest.raises(ConfigurationError, match=next(iter(bad))):
        Settings(**bad)  # type: ignore[arg-type]


def test_unknown_setting_is_refused() -> None:
    """from_env() with a misspelt keyword says which one."""
    with pytest.raises(ConfigurationError, match="modle"):
        Settings.from_env(modle="x")


def test_limits_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_TIMEOUT, VISITX_MAX_TOKENS and VISITX_MAX_REASKS set their settings."""
    monkeypatch.setenv("VISITX_TIMEOUT", "45.5")
    monkeypatch.setenv("VISITX_MAX_TOKENS", "512")
    monkeypatch.setenv("VISITX_MAX_REASKS", "0")
    settings = Settings.from_env()
    assert (settings.timeout, settings.max_tokens, settings.max_reasks) == (45.5, 512, 0)


def test_an_argument_beats_a_limit_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """from_env(max_tokens=...) (what --max-tokens passes) wins over VISITX_MAX_TOKENS."""
    monkeypatch.setenv("VISITX_MAX_TOKENS", "512")
    assert Settings.from_env(max_tokens=64).max_tokens == 64


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("VISITX_TIMEOUT", "soon"),
        ("VISITX_TIMEOUT", "0"),
        ("VISITX_TIMEOUT", "nan"),
        ("VISITX_MAX_TOKENS", "0"),
        ("VISITX_MAX_TOKENS", "1.5"),
        ("VISITX_MAX_REASKS", "-1"),
        ("VISITX_MAX_REASKS", "two"),
    ],
)
def test_a_bad_limit_variable_is_named(
    var: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A limit variable that does not parse or is out of range: a ConfigurationError naming it."""
    monkeypatch.setenv(var, value)
    with pytest.raises(ConfigurationError, match=f"{var}='{value}'"):
        Settings.from_env()


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:99999/v1", "is not a URL (Port out of range 0-65535)"),
        ("http://[::1/v1", "is not a URL (Invalid IPv6 URL)"),
        ("127.0.0.1:8000/v1", "needs http:// or https:// and a host"),
        ("ftp://example.org/v1", "needs http:// or https:// and a host"),
        ("http:///v1", "needs http:// or https:// and a host"),
        ("http://127.0.0.1:0/v1", "has port 0"),
        ("http://127.0.0.1:8000/v1?v=1&v=2", "gives a query parameter twice"),
    ],
)
def test_a_base_url_that_cannot_be_called_is_refused_at_once(url: str, why: str) -> None:
    """Before, a bad port or IPv6 address raised a bare ValueError from the HTTP library at
    the first request, and a URL without its scheme failed as a connection error."""
    with pytest.raises(ConfigurationError) as caught:
        Settings(base_url=url)
    assert str(caught.value).startswith(f"Settings.base_url {url} {why}")
    assert "e.g. http://127.0.0.1:8080/v1" in str(caught.value)


def test_a_refused_base_url_masks_its_password() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Settings(base_url="http://me:hunter22@127.0.0.1:70000/v1")
    assert "hunter22" not in str(caught.value)
    assert "http://me:***@127.0.0.1:70000/v1 is not a URL" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:11434/v1",
        "https://example.openai.azure.com/openai?api-version=2024-02-01",
        "http://[::1]:8080/v1",
        "HTTPS://api.example.org",
    ],
)
def test_a_callable_base_url_is_kept_as_given(url: str) -> None:
    assert Settings(base_url=url).base_url == url


def test_a_base_url_that_is_not_text_is_named() -> None:
    with pytest.raises(ConfigurationError, match=r"^Settings.base_url must be a string, not 8080"):
        Settings(base_url=8080)  # type: ignore[arg-type]
