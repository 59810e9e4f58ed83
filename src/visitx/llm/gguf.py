"""The metadata header of a GGUF model file, read without loading the model.

Only what visitx needs before llama.cpp loads a file: whether it carries a chat
template (`tokenizer.chat_template`). A GGUF without one makes llama.cpp fall back to
ChatML, which a model trained on another template answers by echoing the prompt.
The layout (little-endian): magic `GGUF`, version (uint32), tensor count and metadata
count (uint64; uint32 in version 1), then the metadata pairs: a key (length-prefixed
string), a value type (uint32) and the value.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, BinaryIO

from visitx.core.errors import ConfigurationError

CHAT_TEMPLATE = "tokenizer.chat_template"
# value type -> struct format of a fixed-size value
_FIXED = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?",
          10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9


class GGUFError(ValueError):
    """The file is not a GGUF file this reader understands."""


def metadata(path: str | Path, wanted: set[str]) -> dict[str, Any]:
    """The metadata values of the `wanted` keys that the file has (arrays are skipped)."""
    found: dict[str, Any] = {}
    with Path(path).open("rb") as handle:
        if handle.read(4) != b"GGUF":
            raise GGUFError(f"{path} is not a GGUF file")
        (version,) = _unpack(handle, "<I")
        if version not in (1, 2, 3):
            raise GGUFError(f"{path} is GGUF version {version}, which this reader does not know")
        count_format = "<I" if version == 1 else "<Q"
        _unpack(handle, count_format)  # tensors
        (pairs,) = _unpack(handle, count_format)
        for _ in range(pairs):
            key = _string(handle, version)
            (kind,) = _unpack(handle, "<I")
            if key in wanted and kind != _ARRAY:
                found[key] = _value(handle, kind, version)
            else:
                _skip(handle, kind, version)
    return found


def chat_template_of(path: str | Path) -> str | None:
    """The file's chat template, or None when it has none."""
    value = metadata(path, {CHAT_TEMPLATE}).get(CHAT_TEMPLATE)
    return value if isinstance(value, str) and value.strip() else None


def _unpack(handle: BinaryIO, fmt: str) -> tuple[Any, ...]:
    size = struct.calcsize(fmt)
    data = handle.read(size)
    if len(data) != size:
        raise GGUFError("the GGUF header ends early")
    return struct.unpack(fmt, data)


def _string(handle: BinaryIO, version: int) -> str:
    (length,) = _unpack(handle, "<I" if version == 1 else "<Q")
    data = handle.read(length)
    if len(data) != length:
        raise GGUFError("the GGUF header ends early")
    return data.decode("utf-8", errors="replace")


def _value(handle: BinaryIO, kind: int, version: int) -> Any:
    if kind == _STRING:
        return _string(handle, version)
    if kind in _FIXED:
        return _unpack(handle, _FIXED[kind])[0]
    raise GGUFError(f"unknown GGUF value type {kind}")


def _skip(handle: BinaryIO, kind: int, version: int) -> None:
    if kind == _STRING:
        (length,) = _unpack(handle, "<I" if version == 1 else "<Q")
        handle.seek(length, 1)
    elif kind in _FIXED:
        handle.seek(struct.calcsize(_FIXED[kind]), 1)
    elif kind == _ARRAY:
        (item, count) = _unpack(handle, "<IQ" if version > 1 else "<II")
        if item in _FIXED:
            handle.seek(struct.calcsize(_FIXED[item]) * count, 1)
        else:
            for _ in range(count):
                _skip(handle, item, version)
    else:
        raise GGUFError(f"unknown GGUF value type {kind}")


def check_chat_template(file: Path, chat_template: str | None) -> None:
    """Raise `ConfigurationError` if the GGUF has no chat template and none is given."""
    if chat_template:
        return
    try:
        found = chat_template_of(file)
    except (OSError, GGUFError):
        return  # llama.cpp reads the file itself and says what is wrong with it
    if found is None:
        raise ConfigurationError(
            f"{file.name} carries no chat template (its GGUF metadata has no "
            "tokenizer.chat_template). llama.cpp would fall back to ChatML and the model "
            "would echo the prompt instead of answering. Use a GGUF that includes its "
            "template (the instruct build published with the model), or name the model's "
            "template: Settings(chat_template=\"gemma\"), `--chat-template gemma` or "
            "VISITX_CHAT_TEMPLATE (chatml, gemma, llama3, mistral-v7, phi3, a .jinja file "
            "or the Jinja text)."
        )
