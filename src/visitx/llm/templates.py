"""Chat templates for local GGUF models: a name, a `.jinja` file or the Jinja text itself.

llama.cpp knows its built-in templates (`gemma`, `chatml`, ...) by name only with Jinja
off, and then does not enforce a request's JSON schema; with Jinja on it takes the name
for a template whose text is the name (a 3-token prompt). visitx keeps Jinja on and passes
Jinja text: a name is looked up in `tables/chat_templates/<name>.jinja` (Jinja versions of
llama.cpp's built-ins), anything else must be a path to a `.jinja` file or the text.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from visitx.core.datafiles import entries, read_text
from visitx.core.errors import ConfigurationError

__all__ = ["chat_template_text", "shipped_names"]

_FOLDER = "chat_templates"
_SUFFIX = ".jinja"


def shipped_names() -> tuple[str, ...]:
    """The template names visitx ships as Jinja, sorted."""
    folder = resources.files("visitx").joinpath("tables", _FOLDER)
    return tuple(
        sorted(
            item.name.removesuffix(_SUFFIX)
            for item in folder.iterdir()
            if item.name.endswith(_SUFFIX)
        )
    )


def _llama_cpp_names() -> set[str]:
    return set(entries(read_text("llama_cpp_chat_templates.txt")))


def _is_jinja(value: str) -> bool:
    return "{{" in value or "{%" in value


def _read_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(
            f"Cannot read the chat template file {path}: {exc.strerror or exc}. "
            "Pass an existing .jinja file, the template's text or a name visitx ships "
            f"({', '.join(shipped_names())})."
        ) from exc
    if not _is_jinja(text):
        raise ConfigurationError(
            f"{path} holds no Jinja ({{{{ ... }}}} or {{% ... %}}); a chat template file "
            "holds the model's chat_template (from its tokenizer_config.json)."
        )
    return text


def _unknown(name: str) -> ConfigurationError:
    shipped = ", ".join(shipped_names())
    if name.lower() in _llama_cpp_names():
        why = (
            f"{name!r} is a llama.cpp built-in template that llama.cpp applies only with "
            "Jinja off, where the JSON schema of a request is not enforced, and visitx "
            "ships no Jinja version of it"
        )
    else:
        why = f"{name!r} is neither a chat template name visitx knows nor a file"
    return ConfigurationError(
        f"{why}. Pass one of {shipped}, a path to a .jinja file or the template's Jinja "
        "text (the chat_template of the model's tokenizer_config.json)."
    )


def chat_template_text(value: str | None) -> str | None:
    """The Jinja text that `value` (a name, a `.jinja` path or Jinja text) stands for.

    None or blank: None (the GGUF's own template). Raises `ConfigurationError` for a
    name visitx does not ship, a file it cannot read, or a file without Jinja.
    """
    if value is None or not value.strip():
        return None
    if _is_jinja(value):
        return value
    name = value.strip()
    if name.lower() in shipped_names():
        return read_text(f"{_FOLDER}/{name.lower()}{_SUFFIX}")
    path = Path(name).expanduser()
    if path.suffix == _SUFFIX or path.is_file():
        return _read_file(path)
    raise _unknown(name)
