"""`--timeout`, `--max-tokens` and `--max-reasks`: the model-call limits every command that
asks a model shares (`extract`, `demo --live`, `eval`), with click's range checks."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])
NAMES = ("timeout", "max_tokens", "max_reasks")


class Finite(click.FloatRange):
    """click's FloatRange without `nan` and `inf`, which it takes: a nan passes every range
    check (`--timeout nan` timed every answer out, `--budget nan` never stopped)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number.", param, ctx)
        return number


def limit_options(fn: F) -> F:
    """Add the three options; each is None when not given (then VISITX_* or the default)."""
    options = (
        click.option(
            "--timeout",
            type=Finite(min=0, min_open=True),
            metavar="SECONDS",
            help="Seconds to wait for one model answer (default: VISITX_TIMEOUT, else 120; "
            "600 with --model-path). A local server needs more than its longest generation.",
        ),
        click.option(
            "--max-tokens",
            type=click.IntRange(min=1),
            metavar="N",
            help="Longest answer the model may write, in tokens (default: VISITX_MAX_TOKENS, "
            "else 4096). An answer cut off at it fails its article (AnswerCutOff).",
        ),
        click.option(
            "--max-reasks",
            type=click.IntRange(min=0),
            metavar="N",
            help="Times the model may be asked to fix an invalid answer (default: "
            "VISITX_MAX_REASKS, else 2).",
        ),
    )
    return with_options(fn, options)


def with_options(fn: F, options: Sequence[Callable[[Any], Any]]) -> F:
    """`fn` under click `options`, the first one listed first in `--help`."""
    for option in reversed(options):
        fn = option(fn)
    return fn


def given(values: dict[str, Any], names: Sequence[str] = NAMES) -> dict[str, Any]:
    """The values among a command's keyword arguments that were given (the limits, unless
    other `names` are asked for)."""
    return {name: values[name] for name in names if values.get(name) is not None}
