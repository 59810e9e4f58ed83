"""The settings a provider batch was submitted with, kept in its manifest and used again.

Besides the model, mode and prompt version, every setting that enters an article's cache
key (or decides whether an article is accepted at all) is recorded by `batch submit` in
`manifest.json` under `"settings"`: `temperature`, `max_tokens`, `strip_boilerplate` (it
changes the text the model is shown), `max_chars` (an article longer than it is refused),
the endpoint `base_url` (null: the provider's own), and, where they enter the key (an
OpenAI-compatible `base_url`), the llama.cpp controls `llama_cpp`, `repeat_penalty` and
`dry_multiplier`. The batch's answers exist only for those values, and its jobs only at
that endpoint, so `batch status`, `collect` and `resubmit` take them from the manifest.

`base_url` is kept as the cache key names the endpoint (`llm.wire.endpoint_of`): without
a user or password, fragment, or query parameter named like a secret, so no credential in
the URL (`user:pass@`, `?key=`) is ever written down (`?api-version=` is kept); one
given again is compared the same way, and used as given. The manifest's top-level
`mode` (the mode the requests were shaped for) follows the same rule: `auto` takes it,
another mode is refused (`mode_for`).

What counts as "set by the caller":
- library (`collect_batch`, `resubmit_batch`, `batch_status`): a `Settings` field that
  differs from its default (`Settings()`); one left at its default takes the manifest's
  value, as the model does. Passing the default value on purpose cannot be told apart
  from not passing it, so it takes the manifest's value too.
- command line: an option given (`--temperature`, `--strip-boilerplate` /
  `--keep-boilerplate`), even at its default value; and a `VISITX_*` variable whose
  value is not the default.
A set value that differs from the submitted one is a `ConfigurationError` that names
both and says what to do. A manifest written before the settings were kept has none:
nothing is taken from it and nothing is checked (the cache keys still are); one written
before `base_url` was kept neither takes nor checks the endpoint.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from visitx.core.errors import ConfigurationError
from visitx.core.settings import Settings, provider_of

__all__ = [
    "KEPT", "check_given", "keys_differ", "mode_for", "problems", "recorded", "settings_for",
    "shown",
]

# Kept setting -> (the JSON types it may have, how a caller sets it).
KEPT: dict[str, tuple[tuple[type, ...], str]] = {
    "temperature": ((int, float), "--temperature or VISITX_TEMPERATURE"),
    "strip_boilerplate": (
        (bool,), "--strip-boilerplate/--keep-boilerplate or VISITX_STRIP_BOILERPLATE"
    ),
    "max_tokens": ((int,), "VISITX_MAX_TOKENS"),
    "max_chars": ((int,), "VISITX_MAX_CHARS"),
    "base_url": ((str, type(None)), "--base-url or VISITX_BASE_URL"),
    "repeat_penalty": ((int, float), "VISITX_REPEAT_PENALTY"),
    "dry_multiplier": ((int, float), "VISITX_DRY_MULTIPLIER"),
    "llama_cpp": ((bool, type(None)), "VISITX_LLAMA_CPP"),
}
_ALWAYS = ("temperature", "strip_boilerplate", "max_tokens", "max_chars")
_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Settings) if f.name in KEPT}
# How a caller sets each checked value: the kept settings, and the manifest's mode.
_HOW = {**{name: how for name, (_, how) in KEPT.items()}, "mode": "VISITX_MODE"}


def recorded(settings: Settings) -> dict[str, Any]:
    """What a manifest keeps of the settings a batch is submitted with.

    The llama.cpp controls only where they enter the cache key: `llama_cpp` for an
    OpenAI-compatible `base_url`, the two penalties when the request may carry them.
    """
    from visitx.llm.sampling import keyed_sampling

    kept = {name: getattr(settings, name) for name in _ALWAYS}
    kept["base_url"] = _endpoint(settings.base_url)
    if settings.base_url is not None and provider_of(settings.model) is None:
        kept["llama_cpp"] = settings.llama_cpp
    kept.update(keyed_sampling(settings))
    return kept


def settings_for(
    settings: Settings, kept: Mapping[str, Any], directory: Path | str
) -> Settings:
    """`settings` with every field left at its default set to the batch's `kept` value.

    Raises:
        ConfigurationError: a field set to another value than the batch was submitted
            with (its answers exist only for the submitted value).
    """
    changes: dict[str, Any] = {}
    for name, value in kept.items():
        current = getattr(settings, name)
        if _same(name, current, value):
            continue  # a base_url given again keeps its credentials
        if current != _DEFAULTS[name]:
            raise _differs(directory, name, value, current)
        changes[name] = value
    return settings.replace(**changes) if changes else settings


def check_given(kept: Mapping[str, Any], directory: Path | str, **given: Any) -> None:
    """Refuse a value the caller gave (None: not given) that differs from the kept one.

    For the command line, where an option given at its default value is known to be
    given; `settings_for` cannot tell that from a field left alone.

    Raises:
        ConfigurationError: as for `settings_for`.
    """
    for name, value in given.items():
        if value is not None and name in kept and not _same(name, value, kept[name]):
            raise _differs(directory, name, kept[name], value)


def mode_for(settings: Settings, mode: str | None, directory: Path | str) -> Settings:
    """`settings` with mode `auto` set to the batch's `mode` (None: no request was shaped).

    Raises:
        ConfigurationError: another mode was set (VISITX_MODE, `mode=`): the requests
            were shaped, and their answers are keyed, for the submitted one.
    """
    if mode is None or settings.mode == mode:
        return settings
    if settings.mode != "auto":
        raise _differs(directory, "mode", mode, settings.mode)
    return settings.replace(mode=mode)


def _endpoint(base_url: str | None) -> str | None:
    """The endpoint of `base_url` as kept: no credentials, secret query values or fragment."""
    from visitx.llm.wire import endpoint_of

    return None if base_url is None else endpoint_of(base_url)


def _same(name: str, current: Any, kept: Any) -> bool:
    """Whether a value equals the kept one; base URLs by the endpoint they name (no
    base URL names OpenAI's own, as in the cache key: `https://api.openai.com/v1` written
    out is the same endpoint)."""
    if name != "base_url" or current == kept:
        return bool(current == kept)
    from visitx.llm.wire import endpoint_of

    try:
        return endpoint_of(current) == endpoint_of(kept)
    except ValueError:  # not a URL (a bad port): not the endpoint that was kept
        return False


def _differs(directory: Path | str, name: str, submitted: Any, asked: Any) -> ConfigurationError:
    from visitx.core.urls import redact_url

    how = _HOW[name]
    if isinstance(asked, str):
        asked = redact_url(asked)  # a base_url given with its credentials
    return ConfigurationError(
        f"The batch in {directory} was submitted with {name}={shown(submitted)}, but "
        f"{name}={shown(asked)} was given ({how}). Its answers exist only for the "
        f"submitted value: leave {name} unset (the manifest's value is used) or set it to "
        f"{shown(submitted)}; for other settings, submit the articles again to a new "
        "--manifest folder."
    )


def keys_differ(directory: Path | str, kept: Mapping[str, Any]) -> ConfigurationError:
    """The error for an article whose cache key is not the one submitted with it.

    `kept`: the manifest's kept settings; with them only the prompt (and, in a manifest
    written before `base_url` was kept, the endpoint) is left to differ.
    """
    if "base_url" in kept:
        return ConfigurationError(
            f"The prompt or draft schema differs from the one the batch in {directory} was "
            "submitted with (another visitx version: the settings and the endpoint are taken "
            "from the manifest); collect it with `batch submit`'s visitx version, or submit "
            "the articles again to a new --manifest folder."
        )
    if kept:
        return ConfigurationError(
            f"The settings differ from those the batch in {directory} was submitted with "
            "(the endpoint, or the prompt or draft schema of another visitx version: the "
            "other settings are taken from the manifest); collect it with `batch submit`'s "
            "--base-url and visitx version, or submit the articles again to a new "
            "--manifest folder."
        )
    return ConfigurationError(
        f"The settings differ from those the batch in {directory} was submitted with "
        "(model, prompt, temperature or strip_boilerplate; its manifest was written before "
        "visitx kept them); collect it with the same settings: give `batch submit`'s "
        "--temperature and --strip-boilerplate again (or the same VISITX_TEMPERATURE and "
        "VISITX_STRIP_BOILERPLATE)."
    )


def shown(value: Any) -> str:
    """A kept value as it reads in `manifest.json`: `true`, `null`, `0.2`."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return str(value)


def _bad_number(value: Any) -> bool:
    return not (math.isfinite(value) and value >= 0)


def problems(value: Any) -> list[str]:
    """What is wrong with a manifest's `"settings"` object (empty when nothing is)."""
    if not isinstance(value, dict):
        return ["'settings' must be an object"]
    found = [f"'settings': unknown key {k!r}" for k in sorted(set(value) - set(KEPT))]
    for name, entry in value.items():
        types = KEPT[name][0] if name in KEPT else None
        if types is None:
            continue
        numeric = int in types
        if not isinstance(entry, types) or (numeric and isinstance(entry, bool)):
            found.append(f"'settings': {name!r} has the wrong type")
        elif numeric and _bad_number(entry):
            found.append(f"'settings': {name!r} must be a finite number >= 0")
    if not found:
        try:
            Settings(**value)
        except (ConfigurationError, TypeError) as exc:
            found.append(f"'settings': {exc}")
    return found
