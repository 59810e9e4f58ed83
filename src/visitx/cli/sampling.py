"""`--temperature`, `--repeat-penalty`, `--dry-multiplier`, `--llama-cpp/--no-llama-cpp` and
`--chat-template`: the sampling settings (`Settings`) of the commands that ask a model, and
how many articles a llama.cpp server takes at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from visitx.cli.limits import Finite, given, with_options

F = TypeVar("F", bound=Callable[..., Any])
NAMES = ("temperature", "repeat_penalty", "dry_multiplier", "llama_cpp", "chat_template")

TEMPERATURE = click.option(
    "--temperature",
    type=Finite(min=0.0),
    help="Sampling temperature (default 0, which keeps answers repeatable).",
)


def sampling_options(fn: F) -> F:
    """Add the options; each is None when not given (then VISITX_* or the default)."""
    options = (
        TEMPERATURE,
        click.option(
            "--repeat-penalty",
            type=Finite(min=1.0),
            help="llama.cpp's repeat penalty, 1.0 for off (default 1.15, or "
            "VISITX_REPEAT_PENALTY); for --model-path and llama.cpp servers (--base-url).",
        ),
        click.option(
            "--dry-multiplier",
            type=Finite(min=0.0),
            help="llama.cpp's DRY sampler strength, 0 for off (default 0.8, or "
            "VISITX_DRY_MULTIPLIER); for --model-path and llama.cpp servers (--base-url).",
        ),
        click.option(
            "--llama-cpp/--no-llama-cpp",
            default=None,
            help="Whether --base-url is a llama.cpp server that takes the two settings "
            "above (default: VISITX_LLAMA_CPP, else ask the server once, GET /props).",
        ),
        click.option(
            "--chat-template",
            help="Chat template for a --model-path GGUF that has none: chatml, gemma, llama3, "
            "mistral-v7, phi3, a .jinja file or the Jinja text (default: VISITX_CHAT_TEMPLATE).",
        ),
    )
    return with_options(fn, options)


def given_sampling(values: dict[str, Any]) -> dict[str, Any]:
    """The sampling settings among a command's keyword arguments that were given."""
    return given(values, NAMES)


def slot_note(extractor: Any, concurrency: int, say: Callable[[str], None]) -> None:
    """Say once why fewer than `concurrency` articles go at once to a llama.cpp server.

    The extractor's provider sends such a server no more requests at once than it has
    slots (`Provider.slots`, asked at the first request: a run answered from the cache
    asks nothing; with --llama-cpp too); the note comes when a request first waits for a
    slot, so a run of one article, or of fewer articles to send than slots, never hears it.
    """
    from visitx.core.urls import redact_url

    def note(count: int) -> None:
        if count < concurrency:
            base_url = redact_url(extractor.settings.base_url)
            say(f"note: the llama.cpp server at {base_url} answers {count} request(s) at a "
                f"time, so {count} article(s) go at once, not {concurrency}: the others "
                "wait in visitx, not in its queue where they would time out (llama-server "
                "--parallel N has more).")

    gate = extractor.provider.slots
    gate.on_wait = note
    gate.probe = True  # --llama-cpp: the server is asked for its slots all the same
