"""The `visitx` command. Library errors become one clear line at this edge only."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import click

from visitx.cli.edge import edge, file_or_stdout, named_file, stdout_console
from visitx.cli.inputs import ALLOW_PATHS, STRIP_BOILERPLATE
from visitx.cli.limits import Finite, given, limit_options
from visitx.cli.sampling import given_sampling, sampling_options
from visitx.core.errors import InputError
from visitx.core.models import Extraction


class LazyGroup(click.Group):
    """A group whose commands in `LAZY_COMMANDS` are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            import importlib

            module, name = LAZY_COMMANDS[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="visitx")
def main() -> None:
    """visitx: international visits and bilateral meetings from news articles.

    Configure the model with VISITX_MODEL, VISITX_BASE_URL and VISITX_API_KEY (or
    OPENAI_API_KEY; anthropic/... and google/... models take ANTHROPIC_API_KEY or
    GEMINI_API_KEY). Try `visitx demo` first: it needs no key.
    """


@main.command(short_help="Run the seed articles through the pipeline (offline, no key).")
@click.option("--live", is_flag=True, help="Ask the configured provider instead of replaying.")
@click.option(
    "-o",
    "--output",
    callback=named_file,
    help="Also write the records to this JSONL file (for `visitx report`, pandas, ...).",
)
@limit_options
@edge
def demo(live: bool, output: str | None, **limits: Any) -> None:
    """Run the bundled seed articles through the full pipeline.

    Without --live the model's answers are replayed offline from a recording of visitx's
    reference server (hand-checked reference extractions, not a vendor model), so no key
    and no network are needed. Grounding, dates, countries and codes are computed for real.

    With -o FILE the records are written as JSONL, one per article, so that
    `visitx report FILE` and `visitx.read_results(FILE)` pick them up.
    """
    from pathlib import Path

    from visitx.text.language import start_loading

    start_loading()  # py3langid's model decompresses on another core meanwhile
    if given(limits) and not live:
        raise click.UsageError("--timeout, --max-tokens and --max-reasks apply to --live only.")

    from visitx.io.output import ResultsFile

    sink = ResultsFile(Path(output)) if output else None  # a bad path fails before the run
    from visitx.core.settings import Settings
    from visitx.llm.demo import replay_demo, run_demo

    if live:
        click.echo("Asking the configured provider (VISITX_MODEL / VISITX_BASE_URL).", err=True)
        results = run_demo(Settings.from_env(cache=False, **given(limits)))
    else:
        click.echo(
            "Offline demo: replaying recorded answers of visitx's reference server "
            "(hand-checked reference extractions, not a vendor model). "
            "Run `visitx demo --live` to ask your configured provider.",
            err=True,
        )
        results = replay_demo()
    print_visits(results)
    if sink is not None:
        sink.open()
        try:
            for result in results:
                sink.write(result)
        finally:
            sink.close()
        click.echo(f"Wrote {len(results)} record(s) to {output}.", err=True)


def print_visits(results: Iterable[Extraction]) -> None:
    """A readable table of visits, one row each."""
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
    console = stdout_console()
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


def _published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    del ctx, param
    from visitx.llm.checks import check_published

    return _checked(value, check_published, "is not a date; use YYYY-MM-DD.")


def _language(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    del ctx, param
    from visitx.llm.checks import check_language

    return _checked(value, check_language, "is not an ISO 639-1 code (tr, fa, de, ...).")


def _checked(value: str | None, check: Callable[[str], str | None], hint: str) -> str | None:
    """An option's value through `check`; its `InputError` as click's bad-parameter error."""
    if value is None:
        return None
    try:
        return check(value)
    except InputError as exc:
        raise click.BadParameter(f"{value!r} {hint}") from exc


@main.command(short_help="Extract visits from articles into JSONL records.")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    callback=file_or_stdout,
    metavar="FILE",
    help="JSONL file of records, one per article (kept across re-runs; - or none: stdout).",
)
@click.option("--model", help="Model name (default: VISITX_MODEL or gpt-4.1-mini).")
@click.option("--base-url", help="An OpenAI-compatible endpoint (default: VISITX_BASE_URL).")
@click.option(
    "--model-path",
    type=click.Path(dir_okay=False),
    help='A local .gguf model run in-process (needs pip install "visitx[local]", from a '
    'clone pip install ".[local]"; default: VISITX_MODEL_PATH).',
)
@click.option(
    "--concurrency",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    help="Articles in flight at once.",
)
@click.option(
    "--published",
    callback=_published,
    metavar="YYYY-MM-DD",
    help="Publication date of articles that do not give one (e.g. .txt files).",
)
@click.option(
    "--language",
    callback=_language,
    metavar="CODE",
    help="ISO 639-1 language of articles that do not give one (e.g. .txt files).",
)
@click.option(
    "--re-extract",
    is_flag=True,
    help="Re-extract articles whose records in --output were made with another model or "
    "prompt, replacing them.",
)
@click.option(
    "--fail-fast",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Stop after this many articles in a row fail the same way (connection refused, "
    "unknown host, HTTP 401/403/404, a web page instead of an API, no answer within "
    "--timeout, a cache that cannot be opened); 0 never stops.",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option(
    "--no-screen",
    is_flag=True,
    help="Send every article to the model, also those the offline screen rules out.",
)
@click.option(
    "--estimate",
    is_flag=True,
    help="Only say what the run would send and cost (cache, screen and near-copies "
    "applied); nothing is sent.",
)
@click.option(
    "--budget",
    type=Finite(min=0),
    metavar="USD",
    help="Stop before the run's spend would pass this many US dollars (exit code 5); "
    "the same command with a larger budget resumes.",
)
@click.option(
    "--retry-skipped",
    is_flag=True,
    help="Send the articles that --output holds as screened out (skipped) to the model, "
    "and only those.",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a TTY).")
@ALLOW_PATHS
@STRIP_BOILERPLATE
@click.option(
    "--no-private-urls",
    is_flag=True,
    help="Fetch URL arguments only from public addresses: refuse loopback, private and "
    "link-local ones (also after redirects and DNS), for URLs that come from others.",
)
@limit_options
@sampling_options
@edge
def extract(
    paths: tuple[str, ...],
    output: str | None,
    model: str | None,
    base_url: str | None,
    model_path: str | None,
    concurrency: int,
    published: str | None,
    language: str | None,
    re_extract: bool,
    fail_fast: int,
    no_cache: bool,
    no_screen: bool,
    estimate: bool,
    budget: float | None,
    retry_skipped: bool,
    progress: bool | None,
    allow_paths: tuple[str, ...] = (),
    no_private_urls: bool = False,
    strip_boilerplate: bool | None = None,
    **limits: Any,
) -> None:
    """Extract visits from articles, writing one JSON record per article.

    PATHS are .txt or .html/.htm files, folders of them, .jsonl files, http(s) URLs, or
    - for JSONL on stdin. A JSONL line is one article: `text`, `html`, or `path` (a .txt
    or .html file inside the JSONL file's folder – others only with --allow-path DIR),
    with optional `url`, `title`, `published`, `language` and `id`;
    examples/articles/index.jsonl is such a file. A
    page's main text, title, date and language are read from it; a URL is fetched only
    when given as an argument.

    Records are written as they complete, to stdout or to --output. An --output file
    holds one record per article: a re-run skips the articles already extracted, tries
    the failed ones again and replaces their records when they succeed, so an
    interrupted run resumes. A re-run with another model or prompt into the same file
    stops and says so, unless --re-extract is given.

    Before any model call, an offline screen rules out articles that cannot report a
    visit (written with `skipped` set and no visits; --no-screen sends them all,
    --retry-skipped sends those of --output), and near-copies of an article are
    extracted once and re-grounded in each copy (`duplicate_of`). --estimate says what
    the run would send and cost without sending anything. --strip-boilerplate shows the
    model each article without a comments section or related-news list pasted after it.

    Each failed article prints one line on stderr and is written with `error` set; a
    summary with tokens and cost closes the run. Exit codes: 0 done (also with failed
    articles, and when the reader of stdout stops early), 2 configuration or usage, 3
    input, 4 provider (the endpoint failed --fail-fast articles in a row), 5 the --budget
    would have been passed, 130 interrupted (Ctrl-C), 143 and 129 stopped by SIGTERM and
    SIGHUP (like Ctrl-C: the summary is printed and --output is compacted). With
    --model-path the model runs in this process, one article at a time.
    """
    from visitx.cli.extract import run_extract

    run_extract(
        paths,
        output=output,
        model=model,
        base_url=base_url,
        model_path=model_path,
        concurrency=concurrency,
        published=published,
        language=language,
        re_extract=re_extract,
        fail_fast=fail_fast,
        no_cache=no_cache,
        progress=progress,
        allow_paths=allow_paths,
        allow_private=not no_private_urls,
        limits=given(limits),
        sampling=given_sampling(limits),
        screen=not no_screen,
        budget=budget,
        estimate=estimate,
        retry_skipped=retry_skipped,
        strip_boilerplate=strip_boilerplate,
    )


# Commands in modules of their own, imported when they are run or listed (`--help`):
# `visitx demo` or `visitx extract` need not load the evaluation or batch code.
LAZY_COMMANDS = {
    "batch": "visitx.cli.batch:batch_command",
    "cache": "visitx.cli.cache:cache_command",
    "eval": "visitx.cli.evaluate:eval_command",
    "events": "visitx.cli.events:events_command",
    "export": "visitx.cli.export:export_command",
    "report": "visitx.cli.report:report_command",
    "serve": "visitx.cli.serve:serve_command",
}
