"""A local GGUF model served in-process by llama.cpp (the `local` extra, `xllamacpp`).

`Settings(model_path=...)` makes the extractor start a `LocalServer` on first use and talk
to it like to any OpenAI-compatible server; `visitx serve` runs one in the foreground.
Servers are shared within a process (one per model file and options) and counted, so two
extractors on the same file load it once; the last one to close stops it, and whatever is
still running stops when the process exits.

Everything that can be checked before llama.cpp loads the file is checked first
(`llm.preflight`), so that a wrong path, a file that is not GGUF, a model too large for
memory or a busy port is a `ConfigurationError` that says what to do, not a line of C log.
What llama.cpp is asked for is built in `llm.serverparams`.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.core.errors import ConfigurationError, ProviderError
from visitx.llm.errmap import map_exceptions
from visitx.llm.gguf import check_chat_template
from visitx.llm.preflight import check_fits, check_model_file, check_port, load_xllamacpp
from visitx.llm.sampling import server_sampling
from visitx.llm.serverparams import (
    DEFAULT_CONTEXT_SIZE,
    DEFAULT_SAMPLING,
    ServerOptions,
    common_params,
    options_from,
)
from visitx.llm.templates import chat_template_text

if TYPE_CHECKING:
    from visitx.core.settings import Settings

__all__ = [
    "LocalServer",
    "acquire",
    "available_memory",
    "check_memory",
    "check_model_file",
    "check_port",
    "check_settings",
    "options_from",
    "release",
    "running_servers",
    "stop_all",
]

log = logging.getLogger("visitx")


def available_memory() -> int | None:
    """Free memory in bytes over every device llama.cpp can use (RAM and GPUs), if known."""
    try:
        devices = load_xllamacpp().get_device_info()
    except (ConfigurationError, RuntimeError, AttributeError):
        return None
    total = sum(int(device.get("memory_free") or 0) for device in devices)
    return total or None


def check_memory(file: Path) -> None:
    """Raise `ConfigurationError` if the model clearly cannot fit in free memory."""
    check_fits(file, available_memory())


class LocalServer:
    """llama.cpp serving one GGUF model on 127.0.0.1, inside this Python process.

    Needs the `local` extra (`pip install "visitx[local]"`; from a clone of the repository
    `pip install ".[local]"`). The server speaks the OpenAI API at `base_url`; visitx
    starts one for you when `Settings.model_path` is set, so use this class directly only
    to share a server with other tools.

    Args:
        path: the `.gguf` file.
        context_size: tokens of context (prompt and answer together).
        threads: CPU threads; None lets llama.cpp choose (the physical cores).
        gpu_layers: layers offloaded to a GPU; None lets llama.cpp choose (as many as
            fit), 0 keeps the model on the CPU.
        port: TCP port on 127.0.0.1; 0 picks a free one.
        max_tokens: bound on the tokens of one answer; None: no bound but the context.
        alias: the model name the server reports (default: the file name).
        verbose: let llama.cpp's log through to stderr (it is silenced by default).
        sampling: the server's default sampling settings, by llama.cpp's names; default
            `{"dry_multiplier": 0.8, "penalty_repeat": 1.15}` (`Settings`' defaults), which
            keep a small model from repeating itself; a request's own settings still win.
        chat_template: for a GGUF that carries none (refused otherwise): a name visitx
            ships as Jinja (`chatml`, `gemma`, `llama3`, `mistral-v7`, `phi3`: llama.cpp's
            built-ins), a path to a `.jinja` file or the template's Jinja text.

    Example:
        >>> with LocalServer("~/models/qwen2.5-7b-instruct-q4_k_m.gguf") as server:
        ...     settings = Settings(base_url=server.base_url)  # doctest: +SKIP
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        context_size: int = DEFAULT_CONTEXT_SIZE,
        threads: int | None = None,
        gpu_layers: int | None = None,
        port: int = 0,
        max_tokens: int | None = None,
        alias: str | None = None,
        verbose: bool = False,
        sampling: Mapping[str, float] | None = None,
        chat_template: str | None = None,
    ) -> None:
        if context_size < 256:
            raise ConfigurationError("The context size must be at least 256 tokens.")
        if threads is not None and threads < 1:
            raise ConfigurationError("threads must be >= 1, or None to let llama.cpp choose.")
        if gpu_layers is not None and gpu_layers < 0:
            raise ConfigurationError("gpu_layers must be >= 0, or None to let llama.cpp choose.")
        file = Path(path).expanduser()
        self.options = ServerOptions(
            path=file,
            context_size=context_size,
            threads=threads,
            gpu_layers=gpu_layers,
            port=port,
            max_tokens=max_tokens,
            alias=alias or file.name,
            verbose=verbose,
            chat_template=chat_template,
        )
        self.sampling = dict(DEFAULT_SAMPLING if sampling is None else sampling)
        self.chat_template = chat_template_text(chat_template)
        self._server: Any = None
        self._address: str | None = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        """Whether the server is up."""
        return self._server is not None

    @property
    def address(self) -> str:
        """`http://127.0.0.1:PORT` of the running server."""
        if self._address is None:
            raise ConfigurationError("The local server is not running; call start() first.")
        return self._address

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible endpoint, `http://127.0.0.1:PORT/v1`."""
        return f"{self.address}/v1"

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self.address.rsplit(":", 1)[1])

    def start(self) -> LocalServer:
        """Check the file, memory and port, then load the model and listen. Idempotent."""
        with self._lock:
            if self._server is not None:
                return self
            xllamacpp = load_xllamacpp()
            opts = self.options
            file = check_model_file(opts.path)
            check_chat_template(file, opts.chat_template)
            check_memory(file)
            check_port(opts.port)
            params = common_params(xllamacpp, file, opts, self.sampling, self.chat_template)
            try:
                with map_exceptions("local", model=file.name, path=file):
                    server = xllamacpp.Server(params)
            except ProviderError:
                check_port(opts.port)  # taken while the model was loading
                raise
            # llama.cpp's task loop sets its `running` flag when it starts, after the
            # constructor has returned; a stop that comes before would be lost and the
            # next stop would wait forever. A metrics request is answered by that loop,
            # so once it returns the loop runs and a stop is heard.
            server.handle_metrics()
            self._server = server
            self._address = str(server.listening_address).rstrip("/")
            _running.add(self)
            log.info("visitx: %s serving at %s", file.name, self._address)
            return self

    def stop(self) -> None:
        """Stop the server and free the model's memory. Idempotent."""
        with self._lock:
            server, self._server, self._address = self._server, None, None
            _running.discard(self)
        if server is not None:
            # xllamacpp stops the server and frees the model when the object goes.
            del server

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = self._address or "stopped"
        return f"LocalServer({str(self.options.path)!r}, {state})"


_running: set[LocalServer] = set()
_shared: dict[ServerOptions, tuple[LocalServer, int]] = {}
_shared_lock = threading.Lock()


def running_servers() -> int:
    """How many `LocalServer`s this process has running (started and not yet stopped)."""
    return len(_running)


def check_settings(settings: Settings) -> None:
    """Raise `ConfigurationError` now if `settings.model_path` cannot be served."""
    load_xllamacpp()
    options = options_from(settings)
    chat_template_text(options.chat_template)
    check_chat_template(options.path, options.chat_template)
    check_memory(options.path)


def acquire(settings: Settings) -> LocalServer:
    """The running shared server for `settings.model_path`, started if need be.

    Every `acquire` is matched by one `release`; the last release stops the server.
    """
    key = options_from(settings)
    with _shared_lock:
        server, users = _shared.get(key, (None, 0))
        if server is None:
            server = LocalServer(
                key.path,
                context_size=key.context_size,
                threads=key.threads,
                gpu_layers=key.gpu_layers,
                max_tokens=key.max_tokens,
                alias=key.alias,
                sampling=server_sampling(settings),
                chat_template=key.chat_template,
            )
        server.start()
        _shared[key] = (server, users + 1)
        return server


def release(server: LocalServer) -> None:
    """Give back a server from `acquire`; stop it when nobody else holds it."""
    with _shared_lock:
        for key, (held, users) in list(_shared.items()):
            if held is server:
                if users > 1:
                    _shared[key] = (held, users - 1)
                    return
                del _shared[key]
                break
    server.stop()


@atexit.register
def stop_all() -> None:
    """Stop every server this process started (also run at exit)."""
    with _shared_lock:
        _shared.clear()
    for server in list(_running):
        server.stop()
