"""The `visitx` command. Library errors become one clear line at this edge only."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

import click

from ._edge import edge
from ._models import Extraction


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="visitx")
def main() -> None:
    """visitx: international visits and bilateral meetings from news articles.

    Configure the model with VISITX_MODEL, VISITX_BASE_URL and VISITX_API_KEY (or
    OPENAI_API_KEY). Try `visitx demo` first: it needs no key.
    """


@main.command()
@click.option("--live", is_flag=True, help="Ask the configured provider instead of replaying.")
@edge
def demo(live: bool) -> None:
    """Run the bundled seed articles through the full pipeline.

    Without --live the model's answers are replayed offline from a recording of visitx's
    reference server (hand-checked reference extractions, not a vendor model), so no key
    and no network are needed. Grounding, dates, countries and codes are computed for real.
    """
    from ._demo import demo_cassette, demo_settings, run_demo
    from ._settings import Settings

    if live:
        click.echo("Asking the configured provider (VISITX_MODEL / VISITX_BASE_URL).", err=True)
        results = run_demo(Settings.from_env(cache=False))
    else:
        from .testing import replay

        click.echo(
            "Offline demo: replaying recorded answers of visitx's reference server "
            "(hand-checked reference extractions, not a vendor model). "
            "Run `visitx demo --live` to ask your configured provider.",
            err=True,
        )
        with replay(demo_cassette()):
            results = run_demo(demo_settings())
    print_visits(results)


def print_visits(results: Iterable[Extraction]) -> None:
    """A readable table of visits, one row each."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True, title="Visits")
    for column in ("article", "visit", "who → whom", "where", "when", "codes", "grounded"):
        table.add_column(column, overflow="fold")
    count = 0
    for result in results:
        for visit in result.visits:
            count += 1
            table.add_row(
                f"{result.article.id[7:19]} ({result.article.language or '?'})",
                f"{visit.type}\n{visit.status}",
                _who(visit),
                _where(visit),
                _when(visit),
                " ".join(visit.codes.cameo) + f"\n{visit.codes.plover_event or ''}",
                "yes" if visit.grounded else "NO",
            )
    console = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)
    console.print(table)
    console.print(f"{count} visit(s).")


def _who(visit: Any) -> str:
    def side(role: str) -> str:
        people = [p for p in visit.participants if p.role == role]
        return "; ".join(f"{p.name_en or p.name.text} [{p.country or '?'}]" for p in people)

    if any(p.role == "participant" for p in visit.participants):
        return side("participant")
    return f"{side('visitor')}\n→ {side('host')}"


def _where(visit: Any) -> str:
    place = visit.location
    if place is None:
        return ""
    return f"{place.name_en or place.name.text} [{place.country or '?'}]"


def _when(visit: Any) -> str:
    date = visit.date
    if date is None:
        return ""
    written = date.text.text if date.text else ""
    if date.start is None:
        return f"{written} (unparsed)"
    period = date.start if date.start == date.end else f"{date.start}..{date.end}"
    return f"{written}\n{period} ({date.calendar}, {date.precision})"


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="JSONL file to append to.")
@click.option("--model", help="Model name (default: VISITX_MODEL or gpt-4.1-mini).")
@click.option("--base-url", help="An OpenAI-compatible endpoint (default: VISITX_BASE_URL).")
@click.option(
    "--model-path",
    type=click.Path(dir_okay=False),
    help='A local .gguf model run in-process (needs pip install "visitx[local]"; '
    "default: VISITX_MODEL_PATH).",
)
@click.option("--concurrency", type=click.IntRange(min=1), default=8, show_default=True)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a TTY).")
@edge
def extract(
    paths: tuple[str, ...],
    output: str | None,
    model: str | None,
    base_url: str | None,
    model_path: str | None,
    concurrency: int,
    no_cache: bool,
    progress: bool | None,
) -> None:
    """Extract visits from articles, writing one JSON record per line.

    PATHS are .txt or .html/.htm files, folders of them, .jsonl files (one article a
    line: text or html, url, title, published, language, id), http(s) URLs, or - for
    JSONL on stdin. A page's main text, title, date and language are read from it; a
    URL is fetched only when given as an argument. Records are written as
    they complete; re-running with the same --output skips articles already there, so an
    interrupted run resumes. Articles that fail are written with `error` set. With
    --model-path the model runs in this process, one article at a time.
    """
    import asyncio
    import time
    from pathlib import Path

    from ._batch import stream
    from ._extract import Extractor
    from ._io import check_paths, done_ids, iter_articles
    from ._settings import Settings

    settings = Settings.from_env(model=model, base_url=base_url, model_path=model_path)
    if no_cache:
        settings = settings.replace(cache=False)
    if settings.model_path is not None:
        concurrency = 1  # the in-process server answers one request at a time
    sources = check_paths(paths)
    extractor = Extractor(settings)
    extractor.check()  # no key: fail now, not once per article
    out_path = Path(output) if output else None
    skip = done_ids(out_path) if out_path else set()
    counts = {"done": 0, "cached": 0, "failed": 0, "skipped": 0, "tokens": 0}

    def pending() -> Iterable[Any]:
        from ._models import Article as Record

        for item in iter_articles(sources):
            text = getattr(item, "text", None)
            if isinstance(text, str) and Record.id_for(text) in skip:
                counts["skipped"] += 1
                continue
            yield item

    async def run(sink: Any) -> None:
        async for _, result in stream(
            pending(), extractor=extractor, concurrency=concurrency, progress=progress
        ):
            sink.write(result.model_dump_json() + "\n")
            sink.flush()
            key = "failed" if result.error else "cached" if result.meta.cached else "done"
            counts[key] += 1
            counts["tokens"] += 0 if result.meta.cached else result.meta.usage.total_tokens
        await extractor.aclose()

    started = time.perf_counter()
    try:
        if out_path is None:
            asyncio.run(run(sys.stdout))
        else:
            with out_path.open("a", encoding="utf-8") as sink:
                asyncio.run(run(sink))
    finally:
        extractor.close()
        click.echo(
            f"{sum(counts[k] for k in ('done', 'cached', 'failed'))} article(s): "
            f"{counts['done']} extracted, {counts['cached']} from cache, {counts['failed']} "
            f"failed, {counts['skipped']} already in the output; {counts['tokens']:,} tokens; "
            f"{time.perf_counter() - started:.1f} s.",
            err=True,
        )


@main.group()
def cache() -> None:
    """Look at or empty the draft cache (VISITX_CACHE_DIR, default ~/.cache/visitx)."""


@cache.command("info")
@edge
def cache_info() -> None:
    """Where the cache is, how many drafts it holds and its size on disk."""
    from ._cache import DraftCache
    from ._settings import Settings

    settings = Settings.from_env()
    store = DraftCache(settings.cache_dir)
    try:
        click.echo(f"directory: {settings.cache_dir}")
        click.echo(f"drafts:    {len(store)}")
        click.echo(f"size:      {store.volume() / 1e6:.1f} MB")
    finally:
        store.close()


@cache.command("clear")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@edge
def cache_clear(yes: bool) -> None:
    """Remove every cached draft."""
    from ._cache import DraftCache
    from ._settings import Settings

    settings = Settings.from_env()
    if not yes:
        click.confirm(f"Remove every draft cached in {settings.cache_dir}?", abort=True)
    store = DraftCache(settings.cache_dir)
    try:
        click.echo(f"removed {store.clear()} draft(s) from {settings.cache_dir}")
    finally:
        store.close()


def _register() -> None:
    from ._batch_cli import batch_command
    from ._eval_cli import eval_command
    from ._events_cli import events_command
    from ._report import report_command
    from ._serve import serve_command

    main.add_command(batch_command)
    main.add_command(eval_command)
    main.add_command(events_command)
    main.add_command(report_command)
    main.add_command(serve_command)


_register()
