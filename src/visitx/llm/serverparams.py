"""What a `LocalServer` asks llama.cpp for (`llm.local`): its options, from its arguments
or from `Settings`, and the `xllamacpp.CommonParams` built from them.

`ServerOptions` is also the key under which a process shares one server among the
extractors that ask for the same model file and options.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.core.errors import ConfigurationError
from visitx.llm.preflight import HOST, check_model_file

if TYPE_CHECKING:
    from visitx.core.settings import Settings

DEFAULT_CONTEXT_SIZE = 16_384
# Without a bound, a model stuck repeating itself inside the JSON grammar writes until the
# context is full; a draft of many visits takes well under this many tokens.
DEFAULT_MAX_TOKENS = 4096
# Repetition controls (llama.cpp's names): DRY and a repeat penalty keep small models from
# looping inside the JSON grammar. `Settings.repeat_penalty`/`dry_multiplier` change them.
DEFAULT_SAMPLING = {"dry_multiplier": 0.8, "penalty_repeat": 1.15}


@dataclass(frozen=True, slots=True)
class ServerOptions:
    """The options of one local server (see `LocalServer` for each)."""

    path: Path
    context_size: int
    threads: int | None
    gpu_layers: int | None
    port: int
    max_tokens: int | None
    alias: str
    verbose: bool
    chat_template: str | None = None


def options_from(settings: Settings) -> ServerOptions:
    """The server options `settings` asks for (`model_path` must be set)."""
    if settings.model_path is None:
        raise ConfigurationError("Settings.model_path is not set.")
    return ServerOptions(
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


def common_params(
    xllamacpp: Any,
    file: Path,
    opts: ServerOptions,
    sampling: Mapping[str, float],
    chat_template: str | None,
) -> Any:
    """llama.cpp's parameters for serving `file` (checked) with `opts`, the server's
    default `sampling` by llama.cpp's names and a `chat_template`'s Jinja text, if any."""
    params = xllamacpp.CommonParams()
    params.model.path = str(file)
    params.model_alias = {opts.alias}
    params.n_ctx = opts.context_size
    params.n_parallel = 1
    params.hostnames = [HOST]
    params.port = opts.port
    params.verbosity = 3 if opts.verbose else 0
    params.endpoint_metrics = True  # for the start-up handshake of `LocalServer.start`
    if opts.threads is not None:
        params.cpuparams.n_threads = opts.threads
        params.cpuparams_batch.n_threads = opts.threads
    if opts.gpu_layers is not None:
        params.n_gpu_layers = opts.gpu_layers
    if opts.max_tokens is not None:
        params.n_predict = opts.max_tokens
    if chat_template:
        # Jinja text, never a name: llama.cpp knows names only with Jinja off,
        # where it does not enforce the JSON schema.
        params.use_jinja = True
        params.chat_template = chat_template
    for name, value in sampling.items():
        if not hasattr(params.sampling, name):
            raise ConfigurationError(
                f"llama.cpp has no sampling setting {name!r} (see "
                "xllamacpp.CommonParamsSampling for the names)."
            )
        setattr(params.sampling, name, value)
    return params
