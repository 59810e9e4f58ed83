"""`VISITX_STRIP_BOILERPLATE` (1/0) sets `Settings.strip_boilerplate`, so a command-line user
can keep a pasted comments section from the model (issue 22, drafts audit)."""

from __future__ import annotations

import pytest

from visitx import ConfigurationError, Settings


@pytest.mark.parametrize("value", ["1", "true", " YES "])
def test_strip_boilerplate_on_from_the_environment(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """1 (or true/yes, any case and spacing) turns it on."""
    monkeypatch.setenv("VISITX_STRIP_BOILERPLATE", value)
    assert Settings.from_env().strip_boilerplate is True


@pytest.mark.parametrize("value", ["0", "false", "No"])
def test_strip_boilerplate_off_from_the_environment(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """0 (or false/no) turns it off."""
    monkeypatch.setenv("VISITX_STRIP_BOILERPLATE", value)
    assert Settings.from_env().strip_boilerplate is False


def test_strip_boilerplate_is_off_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unset or empty: the default, off."""
    monkeypatch.setenv("VISITX_STRIP_BOILERPLATE", "")
    assert Settings.from_env().strip_boilerplate is False


def test_an_argument_beats_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """`from_env(strip_boilerplate=False)` (the CLI's --keep-boilerplate) beats =1."""
    monkeypatch.setenv("VISITX_STRIP_BOILERPLATE", "1")
    assert Settings.from_env(strip_boilerplate=False).strip_boilerplate is False


def test_another_value_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """VISITX_STRIP_BOILERPLATE=on names the variable and the values it takes."""
    monkeypatch.setenv("VISITX_STRIP_BOILERPLATE", "on")
    with pytest.raises(ConfigurationError) as caught:
        Settings.from_env()
    assert str(caught.value) == "VISITX_STRIP_BOILERPLATE='on': use 1 or 0."
