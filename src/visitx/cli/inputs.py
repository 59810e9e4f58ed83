"""`--allow-path`: which files a JSONL input may name, shared by `extract` and `batch submit`."""

from __future__ import annotations

import click

ALLOW_PATHS = click.option(
    "--allow-path",
    "allow_paths",
    multiple=True,
    type=click.Path(file_okay=False, exists=True),
    metavar="DIR",
    help="Also let a JSONL `path` name .txt/.html files under DIR (repeatable); by "
    "default only files inside the JSONL file's own folder are read.",
)
