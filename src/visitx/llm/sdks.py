"""The model providers with an SDK of their own, by the prefix of `Settings.model`.

`anthropic/<model>` is `llm.claude.Claude`, `google/<model>` is `llm.gemini.Gemini`
(instructor's `from_provider` names); any other model name goes to an OpenAI-compatible
endpoint through the `openai` SDK.
"""

from __future__ import annotations

from typing import Any, Protocol

from visitx.core.errors import ConfigurationError
from visitx.core.settings import Settings, provider_of
from visitx.llm.prompt import Messages
from visitx.llm.wire import Reading


class Sdk(Protocol):
    """An SDK of its own (`llm.claude.Claude`, `llm.gemini.Gemini`)."""

    name: str
    endpoint: str
    key_variables: tuple[str, ...]
    extra: str

    def mode(self, asked: str) -> str: ...
    def instructor_mode(self, mode: str) -> tuple[Any, Any]: ...
    def request(self, messages: Messages) -> dict[str, Any]: ...
    def shape(self, kwargs: dict[str, Any], mode: str) -> dict[str, Any]: ...
    def client(self, flavour: str, key: str, http_client: Any) -> Any: ...
    def create(self, client: Any, kwargs: dict[str, Any]) -> Any: ...
    async def acreate(self, client: Any, kwargs: dict[str, Any]) -> Any: ...
    def read(self, completion: Any) -> Reading: ...


# The instructor mode of each visitx mode, for every SDK: a forced tool call, or JSON.
INSTRUCTOR_MODES = {"tools": "TOOLS", "json_schema": "JSON", "json": "JSON", "md_json": "JSON"}


class SdkAdapter:
    """What the SDK adapters share: their settings and model, the mode `auto` stands for,
    and the instructor mode of each visitx mode (tools, or JSON for the other three)."""

    name: str
    endpoint: str
    key_variables: tuple[str, ...]
    extra: str
    auto_mode: str  # the mode `auto` means for this provider
    instructor_provider: str  # the member of `instructor.Provider`

    def __init__(self, settings: Settings, model: str) -> None:
        self.settings = settings
        self.model = model

    def mode(self, asked: str) -> str:
        return self.auto_mode if asked == "auto" else asked

    def instructor_mode(self, mode: str) -> tuple[Any, Any]:
        import instructor

        return (
            instructor.Mode[INSTRUCTOR_MODES[mode]],
            instructor.Provider[self.instructor_provider],
        )


def sdk_for(settings: Settings) -> Sdk | None:
    """The SDK of a `provider/model` name (`anthropic/...`, `google/...`), else None."""
    provider = provider_of(settings.model)
    if provider is None:
        return None
    model = settings.model.split("/", 1)[1]
    try:
        if provider == "anthropic":
            from visitx.llm.claude import Claude

            return Claude(settings, model)
        from visitx.llm.gemini import Gemini

        return Gemini(settings, model)
    except ImportError as exc:  # pragma: no cover - the extras are installed in CI
        extra = "anthropic" if provider == "anthropic" else "gemini"
        raise ConfigurationError(
            f"{settings.model} needs the `{extra}` extra. Install it with: "
            f'pip install "visitx[{extra}]" (from a clone: pip install ".[{extra}]").'
        ) from exc
