"""`VISITX_TEMPERATURE` sets `Settings.temperature` (a number, 0 or more), so the batch commands
– which key each request with it – can be given one temperature for submit and collect."""

from __future__ import annotations

import pytest

from visitx import ConfigurationError, Settings


def test_the_variable_sets_the_temperature(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_TEMPERATURE=0.3 (spaces around it allowed) gives temperature 0.3."""
    monkeypatch.setenv("VISITX_TEMPERATURE", " 0.3 ")
    assert Settings.from_env().temperature == 0.3


def test_zero_is_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """0, the repeatable default, may be set explicitly."""
    monkeypatch.setenv("VISITX_TEMPERATURE", "0")
    assert Settings.from_env().temperature == 0.0


def test_unset_or_empty_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty variable counts as unset: temperature 0."""
    monkeypatch.setenv("VISITX_TEMPERATURE", "")
    assert Settings.from_env().temperature == 0.0


def test_an_argument_beats_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """`from_env(temperature=0.7)` (the CLI's --temperature) beats VISITX_TEMPERATURE=0.3."""
    monkeypatch.setenv("VISITX_TEMPERATURE", "0.3")
    assert Settings.from_env(temperature=0.7).temperature == 0.7


@pytest.mark.parametrize("value", ["warm", "-0.1", "nan", "inf"])
def test_a_bad_value_is_a_configuration_error(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a finite number, or below 0: a ConfigurationError naming the variable and value."""
    monkeypatch.setenv("VISITX_TEMPERATURE", value)
    with pytest.raises(ConfigurationError) as caught:
        Settings.from_env()
    assert str(caught.value) == (
        f"VISITX_TEMPERATURE={value!r} is not a number, 0 or more (OpenAI takes up to 2, "
        "Anthropic up to 1); fix or unset it."
    )
