"""The `visitx cache` commands: look at or empty the draft cache."""

from __future__ import annotations

import sys

import click

from visitx.cli.edge import ConfigFailure, edge

__all__ = ["cache_command"]


@click.group("cache", short_help="Look at or empty the draft cache.")
def cache_command() -> None:
    """Look at or empty the draft cache (VISITX_CACHE_DIR, default ~/.cache/visitx)."""


@cache_command.command("info")
@edge
def cache_info() -> None:
    """Where the cache is, how many drafts it holds and its size on disk."""
    from visitx.core.settings import Settings
    from visitx.llm.cache import DraftCache

    settings = Settings.from_env()
    store = DraftCache(settings.cache_dir)
    try:
        click.echo(f"directory: {settings.cache_dir}")
        click.echo(f"drafts:    {len(store)}")
        click.echo(f"size:      {store.volume() / 1e6:.1f} MB")
    finally:
        store.close()


@cache_command.command("clear")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@edge
def cache_clear(yes: bool) -> None:
    """Remove every cached draft."""
    from visitx.core.settings import Settings
    from visitx.llm.cache import DraftCache

    settings = Settings.from_env()
    if not yes:
        try:
            click.confirm(f"Remove every draft cached in {settings.cache_dir}?", abort=True)
        except click.Abort:
            if sys.stdin.isatty():
                raise  # answered no
            raise ConfigFailure(  # a script: stdin closed or not a yes
                f"Nothing removed from {settings.cache_dir}: not confirmed on stdin. Pass "
                "--yes to clear without asking."
            ) from None
    store = DraftCache(settings.cache_dir)
    try:
        click.echo(f"removed {store.clear()} draft(s) from {settings.cache_dir}")
    finally:
        store.close()
