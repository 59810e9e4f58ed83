"""A local GGUF model served in-process by llama.cpp (the `local` extra, `xllamacpp`).

`Settings(model_path=...)` makes the extractor start a `LocalServer` on first use and talk
to it like to any OpenAI-compatible server; `visitx serve` runs one in the foreground.
Servers are shared within a process (one per model file and options) and counted, so two
extractors on the same file load it once; the last one to close stops it, and whatever is
still running stops when the process exits.

Everything that can be checked before llama.cpp loads the file is checked here, so that a
wrong path, a file that is not GGUF, a model too large for memory or a busy port is a
`ConfigurationError` that says what to do, not a line of C log.
"""

from __future__ import annotations

import atexit
import errno
import logging
import os
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.core.errors import ConfigurationError, ProviderError
from visitx.llm.errmap import map_exceptions
from visitx.llm.gguf import check_chat_template
from visitx.llm.sampling import server_sampling
from visitx.llm.templates import chat_template_text

if TYPE_CHECKING:
    from visitx.core.settings import Settings

log = logging.getLogger("visitx")

HOST = "127.0.0.1"  # never another interface: the server has no key and allows any origin
GGUF_MAGIC = b"GGUF"
INSTALL_HINT = (
    'pip install "visitx[local]" (from a clone of the repository: pip install ".[local]")'
)
DEFAULT_CONTEXT_SIZE = 16_384
# Without a bound, a model stuck repeating itself inside the JSON grammar writes until the
# context is full; a draft of many visits takes well under this many tokens.
DEFAULT_MAX_TOKENS = 4096
# Loading needs the weights (about the file size) plus the KV cache and compute buffers;
# a fifth more than the file covers the default context of models of a few billion
# parameters.
MEMORY_FACTOR = 1.2
# Repetition controls (llama.cpp's names): DRY and a repeat penalty keep small models from
# looping inside the JSON grammar. `Settings.repeat_penalty`/`dry_multiplier` change them.
DEFAULT_SAMPLING = {"dry_multiplier": 0.8, "penalty_repeat": 1.15}


def _xllamacpp() -> Any:
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


def available_memory() -> int | None:
    """Free memory in bytes over every device llama.cpp can use (RAM and GPUs), if known."""
    try:
        devices = _xllamacpp().get_device_info()
    except (ConfigurationError, RuntimeError, AttributeError):
        return None
    total = sum(int(device.get("memory_free") or 0) for device in devices)
    return total or None


def check_memory(file: Path) -> None:
    """Raise `ConfigurationError` if the model clearly cannot fit in free memory."""
    needed = int(file.stat().st_size * MEMORY_FACTOR)
    free = available_memory()
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


@dataclass(frozen=True, slots=True)
class _Options:
    path: Path
    context_size: int
    threads: int | None
    gpu_layers: int | None
    port: int
    max_tokens: int | None
    alias: str
    verbose: bool
    chat_template: str | None = None


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
        self.options = _Options(
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
            xllamacpp = _xllamacpp()
            opts = self.options
            file = check_model_file(opts.path)
            check_chat_template(file, opts.chat_template)
            check_memory(file)
            check_port(opts.port)
            params = xllamacpp.CommonParams()
            params.model.path = str(file)
            params.model_alias = {opts.alias}
            params.n_ctx = opts.context_size
            params.n_parallel = 1
            params.hostnames = [HOST]
            params.port = opts.port
            params.verbosity = 3 if opts.verbose else 0
            params.endpoint_metrics = True  # for the start-up handshake below
            if opts.threads is not None:
                params.cpuparams.n_threads = opts.threads
                params.cpuparams_batch.n_threads = opts.threads
            if opts.gpu_layers is not None:
                params.n_gpu_layers = opts.gpu_layers
            if opts.max_tokens is not None:
                params.n_predict = opts.max_tokens
            if self.chat_template:
                # Jinja text, never a name: llama.cpp knows names only with Jinja off,
                # where it does not enforce the JSON schema.
                params.use_jinja = True
                params.chat_template = self.chat_template
            for name, value in self.sampling.items():
                if not hasattr(params.sampling, name):
                    raise ConfigurationError(
                        f"llama.cpp has no sampling setting {name!r} (see "
                        "xllamacpp.CommonParamsSampling for the names)."
                    )
                setattr(params.sampling, name, value)
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
_shared: dict[_Options, tuple[LocalServer, int]] = {}
_shared_lock = threading.Lock()


def running_servers() -> int:
    """How many `LocalServer`s this process has running (started and not yet stopped)."""
    return len(_running)


def options_from(settings: Settings) -> _Options:
    """The server options `settings` asks for (`model_path` must be set)."""
    if settings.model_path is None:
        raise ConfigurationError("Settings.model_path is not set.")
    return _Options(
        path=check_model_file(settings.model_path),
        context_size=settings.context_size,
        threads=settings.threads,
        gpu_layers=settings.gpu_layers,
        port=0,
        max_tokens=settings.max_tokens or DEFAULT_MAX_TOKENS,
        alias=settings.model,
        verbose=False,
        chat_template=settings.chat_template,
    )


def check_settings(settings: Settings) -> None:
    """Raise `ConfigurationError` now if `settings.model_path` cannot be served."""
    _xllamacpp()
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
