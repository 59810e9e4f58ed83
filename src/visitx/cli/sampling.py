"""`--temperature`, `--repeat-penalty`, `--dry-multiplier`, `--llama-cpp/--no-llama-cpp` and
`--chat-template`: the sampling settings (`Settings`) of the commands that ask a model, and
how many articles a llama.cpp server takes at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
NAMES = ("temperature", "repeat_penalty", "dry_multiplier", "llama_cpp", "chat_template")

TEMPERATURE = click.option(
    "--temperature",
    type=click.FloatRange(min=0.0),
    help="Sampling temperature (default 0, which keeps answers repeatable).",
)


def sampling_options(fn: F) -> F:
    """Add the options; each is None when not given (then VISITX_* or the default)."""
    options = (
        TEMPERATURE,
        click.option(
            "--repeat-penalty",
            type=click.FloatRange(min=1.0),
            help="llama.cpp's repeat penalty, 1.0 for off (default 1.15, or "
            "VISITX_REPEAT_PENALTY); for --model-path and llama.cpp servers (--base-url).",
        ),
        click.option(
            "--dry-multiplier",
            type=click.FloatRange(min=0.0),
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
            help="A llama.cpp built-in chat template (gemma, chatml, ...) for a --model-path "
            "GGUF that has none (default: VISITX_CHAT_TEMPLATE).",
        ),
    )
    for option in reversed(options):
        fn = option(fn)
    return fn


def given_sampling(values: dict[str, Any]) -> dict[str, Any]:
    """The sampling settings among a command's keyword arguments that were given."""
    return {name: values[name] for name in NAMES if values.get(name) is not None}


def server_concurrency(settings: Any, concurrency: int, say: Callable[[str], None]) -> int:
    """`concurrency`, at most the slots of a llama.cpp server at --base-url (said once)."""
    from visitx.core.urls import redact_url
    from visitx.llm.sampling import slots

    count = slots(settings)
    if count is None or count >= concurrency:
        return concurrency
    say(f"note: the llama.cpp server at {redact_url(settings.base_url)} answers {count} "
        f"request(s) at a time, so {count} article(s) go at once, not {concurrency}: the "
        "others would wait in its queue and time out (llama-server --parallel N has more).")
    return count
