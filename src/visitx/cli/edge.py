"""The command line's edge: visitx errors become one line and an exit code that says what kind.

Every command (in `_cli`, `_eval_cli`, `_report`) wraps its body with `edge`; library
code never deals with exit codes.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from visitx.core.errors import (
    CacheError,
    ConfigurationError,
    InputError,
    ProviderError,
    VisitxError,
)
from visitx.core.urls import redact_urls

F = TypeVar("F", bound=Callable[..., Any])

# Exit codes say what kind of failure stopped the run.
EXIT_OTHER = 1
EXIT_CONFIG = 2
EXIT_INPUT = 3
EXIT_PROVIDER = 4

# Write errors that the machine causes, never the code: a full disk or quota, a file-size
# limit (`ulimit -f`; Python ignores SIGXFSZ, so the write fails with EFBIG), a device error.
_CANNOT_WRITE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}
# A path the user named that cannot be used as it is: read-only, no permission, a file
# where a folder should be (or the other way round), a name too long.
_BAD_PATH = {
    errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOENT, errno.ENOTDIR, errno.EISDIR,
    errno.EEXIST, errno.ENAMETOOLONG, errno.ELOOP,
}


class CliError(click.ClickException):
    exit_code = EXIT_OTHER


class ConfigFailure(CliError):
    exit_code = EXIT_CONFIG


class InputFailure(CliError):
    exit_code = EXIT_INPUT


class ProviderFailure(CliError):
    exit_code = EXIT_PROVIDER


def edge(fn: F) -> F:
    """Turn visitx errors into one-line messages with a telling exit code (and no credential:
    `redact_urls`)."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigurationError as exc:
            raise ConfigFailure(redact_urls(str(exc))) from exc
        except (InputError, CacheError) as exc:  # a cache folder is a path, as -o is
            raise InputFailure(redact_urls(str(exc))) from exc
        except ProviderError as exc:
            raise ProviderFailure(redact_urls(str(exc))) from exc
        except VisitxError as exc:
            raise CliError(redact_urls(str(exc))) from exc
        except BrokenPipeError:
            # The reader of stdout went away (`visitx demo | head`): not an error.
            quiet_stdout()
            return None
        except OSError as exc:
            if exc.errno in _BAD_PATH and exc.filename:
                raise InputFailure(
                    f"Cannot use {exc.filename}: {exc.strerror}. Check the path and its "
                    "permissions, or choose another place."
                ) from exc
            if exc.errno not in _CANNOT_WRITE:
                raise
            quiet_stdout()  # else Python's last flush of stdout fails again at exit
            where = exc.filename or "the output (standard output)"
            raise InputFailure(
                f"Cannot write {where}: {exc.strerror}. Free some space (or write to another "
                "place) and run the same command again."
            ) from exc

    return wrapper  # type: ignore[return-value]


def named_file(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """An `-o` option's check: an empty name (`-o ""`, an unset shell variable) is a usage
    error, not stdout or the current folder (a `Path` option turns "" into ".")."""
    if value is not None and str(value).strip() in ("", "."):
        raise click.BadParameter(
            f"needs a file name, not {str(value)!r} (empty, or the current folder)."
        )
    if value is not None and str(value) == "-":
        raise click.BadParameter(
            "needs a file name: this command cannot write to stdout (`-`)."
        )
    return value


def file_or_stdout(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """An `-o` option that writes to stdout when left out: `-o -` is stdout too (as in
    `curl -o -`), not a file named "-"; other names are checked by `named_file`."""
    if value is not None and str(value) == "-":
        return None
    return named_file(ctx, param, value)


def quiet_stdout() -> None:
    """Send what is left for stdout to /dev/null after its reader went away.

    Otherwise Python's final flush of stdout fails again and prints a traceback at exit.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def stdout_console() -> Any:
    """A rich Console for stdout whose closed pipe (`visitx demo | head`) ends quietly.

    rich's own `on_broken_pipe` exits with status 1; here the pipe's end is raised as a
    `BrokenPipeError`, which `edge` turns into a quiet, successful end like every other
    command's.
    """
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            quiet_stdout()
            raise BrokenPipeError

    return PipeConsole(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
