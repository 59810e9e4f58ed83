"""What is checked of a local GGUF model before llama.cpp loads it (`llm.local`).

The `local` extra's import, the model file (there, a file, GGUF), whether it fits the
free memory, and the port: each failure is a `ConfigurationError` that says what to do,
not a line of C log. How much memory is free is asked of llama.cpp by `llm.local`.
"""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path
from typing import Any

from visitx.core.errors import ConfigurationError

HOST = "127.0.0.1"  # never another interface: the server has no key and allows any origin
GGUF_MAGIC = b"GGUF"
INSTALL_HINT = (
    'pip install "visitx[local]" (from a clone of the repository: pip install ".[local]")'
)
# Loading needs the weights (about the file size) plus the KV cache and compute buffers;
# a fifth more than the file covers the default context of models of a few billion
# parameters.
MEMORY_FACTOR = 1.2


def load_xllamacpp() -> Any:
    """The `xllamacpp` module, or a `ConfigurationError` naming the extra to install."""
    try:
        import xllamacpp
    except ImportError as exc:
        raise ConfigurationError(
            "Running a local GGUF model needs the `local` extra (llama.cpp). "
            f"Install it with: {INSTALL_HINT}"
        ) from exc
    return xllamacpp


def check_model_file(path: str | os.PathLike[str]) -> Path:
    """The model file, resolved, or a `ConfigurationError` if it is missing or not GGUF."""
    file = Path(path).expanduser()
    if not file.exists():
        raise ConfigurationError(
            f"No model file at {file}. Check model_path (VISITX_MODEL_PATH, --model-path); "
            "it must name a .gguf file, e.g. one downloaded from Hugging Face."
        )
    if not file.is_file():
        raise ConfigurationError(f"{file} is a folder; model_path must name a .gguf file in it.")
    try:
        with file.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise ConfigurationError(f"The model file {file} cannot be read: {exc}.") from exc
    if magic != GGUF_MAGIC:
        raise ConfigurationError(
            f"{file} is not a GGUF model file (it does not start with 'GGUF'). llama.cpp "
            "reads GGUF only: download a .gguf build of the model (for example a Q4_K_M "
            "quantisation), or convert it with llama.cpp's convert_hf_to_gguf.py."
        )
    return file.resolve()


def check_fits(file: Path, free: int | None) -> None:
    """Raise `ConfigurationError` if the model clearly cannot fit in `free` bytes (None:
    not known, so no check)."""
    needed = int(file.stat().st_size * MEMORY_FACTOR)
    if free is not None and needed > free:
        raise ConfigurationError(
            f"The model {file.name} needs about {needed / 2**30:.1f} GiB of memory and "
            f"only {free / 2**30:.1f} GiB is free. Use a smaller model or a smaller "
            "quantisation (Q4_K_M rather than Q8_0), or close other programs."
        )


def check_port(port: int) -> None:
    """Raise `ConfigurationError` if `port` on 127.0.0.1 is taken (0 picks a free one)."""
    if port == 0:
        return
    if not 0 < port < 65536:
        raise ConfigurationError(f"Port {port} is not a TCP port; use 1-65535, or 0 for any.")
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        # The same option the server binds with, so a socket in TIME_WAIT is not "in use".
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((HOST, port))
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, errno.EACCES):
            raise ConfigurationError(
                f"Port {port} on {HOST} is in use (or not allowed). Choose another with "
                "--port, or leave the port out to use a free one."
            ) from exc
        raise ConfigurationError(f"Port {port} on {HOST} cannot be used: {exc}.") from exc
    finally:
        probe.close()
