"""`visitx serve`: the in-process llama.cpp server of a local model, in the foreground."""

from __future__ import annotations

import time
from pathlib import Path

import click

from visitx.cli.edge import edge
from visitx.cli.limits import Finite


@click.command("serve", short_help="Serve a local GGUF model on 127.0.0.1 (llama.cpp).")
@click.argument("model", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    help="Port on 127.0.0.1; 0 picks a free one.",
)
@click.option("--context-size", type=click.IntRange(min=256), help="Tokens of context.")
@click.option("--threads", type=click.IntRange(min=1), help="CPU threads (default: automatic).")
@click.option(
    "--gpu-layers", type=click.IntRange(min=0), help="Layers on the GPU (default: automatic)."
)
@click.option(
    "--repeat-penalty",
    type=Finite(min=1.0),
    help="llama.cpp's repeat penalty, 1.0 for off (default 1.15, or VISITX_REPEAT_PENALTY).",
)
@click.option(
    "--dry-multiplier",
    type=Finite(min=0.0),
    help="llama.cpp's DRY sampler strength, 0 for off (default 0.8, or VISITX_DRY_MULTIPLIER).",
)
@click.option(
    "--chat-template",
    help="Chat template for a GGUF that has none: chatml, gemma, llama3, mistral-v7, phi3, "
    "a .jinja file or the Jinja text.",
)
@click.option("--verbose", is_flag=True, help="Show llama.cpp's own log on stderr.")
@edge
def serve_command(
    model: Path,
    port: int,
    context_size: int | None,
    threads: int | None,
    gpu_layers: int | None,
    repeat_penalty: float | None,
    dry_multiplier: float | None,
    chat_template: str | None,
    verbose: bool,
) -> None:
    """Serve a local GGUF MODEL on 127.0.0.1 with llama.cpp until Ctrl-C.

    The server speaks the OpenAI API, so other tools, and `visitx extract` in several
    processes, can share one loaded model: point them at the printed base URL
    (VISITX_BASE_URL). Needs pip install "visitx[local]" (from a clone: pip install
    ".[local]"). Context size, threads and GPU layers default to VISITX_CONTEXT_SIZE,
    VISITX_THREADS and VISITX_GPU_LAYERS.

    Small models loop inside the JSON grammar without repetition controls, so the server
    samples with a repeat penalty and DRY by default (--repeat-penalty, --dry-multiplier);
    `visitx extract` against it sends the same settings with each request. A GGUF without
    a chat template is refused unless --chat-template names one.
    """
    from visitx.core.settings import Settings
    from visitx.llm.local import LocalServer
    from visitx.llm.sampling import server_sampling

    settings = Settings.from_env(
        repeat_penalty=repeat_penalty, dry_multiplier=dry_multiplier, chat_template=chat_template
    )
    server = LocalServer(
        model,
        context_size=context_size or settings.context_size,
        threads=threads if threads is not None else settings.threads,
        gpu_layers=gpu_layers if gpu_layers is not None else settings.gpu_layers,
        port=port,
        verbose=verbose,
        sampling=server_sampling(settings),
        chat_template=settings.chat_template,
    )
    click.echo(f"Loading {model.name} ...", err=True)
    server.start()
    try:
        click.echo(
            f"Serving {model.name} at {server.base_url} (model name {server.options.alias!r}). "
            "Press Ctrl-C to stop.",
            err=True,
        )
        click.echo(server.base_url)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        click.echo("Stopping.", err=True)
    finally:
        server.stop()
