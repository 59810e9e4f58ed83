"""`--allow-path` (which files a JSONL input may name) and `--strip-boilerplate` (what of
an article the model is shown), shared by `extract` and the `batch` commands."""

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

STRIP_BOILERPLATE = click.option(
    "--strip-boilerplate/--keep-boilerplate",
    default=None,
    help="Show the model each article without the page furniture around it: site names, "
    "tag and related-news lists, and a readers' comments section that follows the "
    "article (prompt injection can arrive there). For plain-text inputs with such blocks "
    "pasted in; .html pages are read without comments already. Records keep the whole "
    "text. Default: VISITX_STRIP_BOILERPLATE (1/0), else keep.",
)
