"""`visitx batch`: provider batch jobs (about half the price, answers within 24 hours)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import click

from visitx.cli.edge import edge, named_file
from visitx.cli.inputs import ALLOW_PATHS, STRIP_BOILERPLATE
from visitx.cli.limits import Finite
from visitx.cli.sampling import TEMPERATURE


@click.group("batch", short_help="Extract at half price with provider batch jobs.")
def batch_command() -> None:
    """Run extraction as provider batch jobs (OpenAI's Batch API and compatible servers;
    Anthropic's Message Batches for `anthropic/...` models).

    `submit` writes the requests a live call would send, uploads them and starts the jobs;
    the --manifest folder keeps every id, so `status`, `collect` and `resubmit` reattach
    after any crash. Collected answers go through the same checks as live ones and into
    the same cache.
    """


def _settings(
    model: str | None,
    base_url: str | None,
    strip_boilerplate: bool | None,
    temperature: float | None = None,
) -> Any:
    from visitx.core.settings import Settings

    return Settings.from_env(
        model=model,
        base_url=base_url,
        strip_boilerplate=strip_boilerplate,
        temperature=temperature,  # each article's cache key holds it: collect needs the same
    )


def _check_given(manifest: str, **given: Any) -> None:
    """Refuse an option given (even at its default) that differs from the submitted value.

    Options left out (None) are taken from the manifest by the library; see
    `visitx.batch.submitted`.
    """
    if all(value is None for value in given.values()):
        return
    from visitx.batch.manifest import Manifest
    from visitx.batch.submitted import check_given

    check_given(Manifest.load(manifest).settings, manifest, **given)


def _submitted(settings: Any) -> str:
    """The kept settings that differ from the defaults, as `name=value` words."""
    from visitx.batch.submitted import shown
    from visitx.core.settings import Settings

    default = Settings()
    words = [
        f"{name}={shown(value)}"
        for name, value in settings.items()
        if value != getattr(default, name)
    ]
    return ", ".join(words) or "the defaults"


_model = click.option("--model", help="Model name (default: VISITX_MODEL or gpt-4.1-mini).")
_base_url = click.option(
    "--base-url",
    help="The endpoint (VISITX_BASE_URL): OpenAI-compatible, or Anthropic's for anthropic/ models.",
)
_manifest = click.option(
    "--manifest",
    "manifest",
    required=True,
    type=click.Path(file_okay=False),
    help="The folder that holds the batch's state.",
)


@batch_command.command("submit")
@click.argument("paths", nargs=-1)
@_manifest
@_model
@_base_url
@click.option(
    "--max-requests",
    type=click.IntRange(min=1),
    help="Requests per job [default: the provider's limit: 50,000 OpenAI, 100,000 Anthropic].",
)
@click.option(
    "--max-mb",
    type=Finite(min=0.001),
    help="Megabytes per job [default: a little under the provider's: 190 OpenAI, 250 Anthropic].",
)
@click.option("--dry-run", is_flag=True, help="Write the request files, upload nothing.")
@click.option(
    "--no-screen",
    is_flag=True,
    help="Send every article, also those the offline screen rules out (by default they are "
    "not sent and are collected as skipped records).",
)
@ALLOW_PATHS
@STRIP_BOILERPLATE
@TEMPERATURE
@edge
def submit(
    paths: tuple[str, ...],
    manifest: str,
    model: str | None,
    base_url: str | None,
    max_requests: int | None,
    max_mb: float | None,
    dry_run: bool,
    no_screen: bool = False,
    allow_paths: tuple[str, ...] = (),
    strip_boilerplate: bool | None = None,
    temperature: float | None = None,
) -> None:
    """Write, upload and start the batch jobs for the articles in PATHS.

    PATHS are read as by `visitx extract` (a JSONL `path` only inside the JSONL file's
    folder, or under an --allow-path DIR). Articles already in the cache are not sent.
    With no PATHS, an existing manifest's unfinished uploads are completed.
    """
    from visitx.batch.jobs import submit_batch
    from visitx.batch.manifest import Manifest
    from visitx.io.files import check_paths, iter_articles

    if not paths and not Manifest.exists(manifest):
        raise click.UsageError("Name the articles to submit (files, folders, .jsonl or -).")
    articles: Iterable[Any] = (
        iter_articles(check_paths(paths), allow_paths=allow_paths) if paths else ()
    )
    settings = _settings(model, base_url, strip_boilerplate, temperature)
    if no_screen:
        settings = settings.replace(screen=False)
    summary = submit_batch(
        articles,
        manifest=manifest,
        settings=settings,
        max_requests=max_requests,
        max_bytes=None if max_mb is None else int(max_mb * 1_000_000),
        dry_run=True,
    )
    click.echo(
        f"{summary.requests:,} request(s) in {len(summary.shards)} file(s), about "
        f"{summary.prompt_tokens:,} prompt tokens; {summary.cached:,} article(s) already "
        f"in the cache; {summary.screened:,} screened out (not sent); "
        f"{summary.copies:,} near-copies (not sent); "
        f"{len(summary.rejected)} input(s) rejected.",
        err=True,
    )
    for where, message in summary.rejected:
        click.echo(f"  rejected {where}: {message}", err=True)
    if dry_run or not summary.requests:
        click.echo(f"Nothing uploaded. The request files are in {manifest}.", err=True)
        return
    summary = submit_batch((), manifest=manifest, settings=settings, dry_run=False)
    for shard in summary.shards:
        click.echo(f"{shard.name}: {shard.batch_id} ({shard.status}, {shard.requests} requests)")


@batch_command.command("status")
@_manifest
@_model
@_base_url
@edge
def status(manifest: str, model: str | None, base_url: str | None) -> None:
    """Reattach to the batch's jobs by id and show how far each has got."""
    from visitx.batch.jobs import batch_status

    summary = batch_status(manifest, settings=_settings(model, base_url, None))
    if summary.settings:
        click.echo(f"Submitted with {_submitted(summary.settings)}.", err=True)
    for shard in summary.shards:
        counts = ", ".join(f"{k} {v}" for k, v in shard.counts.items())
        click.echo(
            f"{shard.name}: {shard.batch_id or 'not started'} {shard.status or ''} "
            f"({shard.requests} requests{'; ' + counts if counts else ''})"
        )


@batch_command.command("collect")
@_manifest
@click.option(
    "-o",
    "--output",
    callback=named_file,
    required=True,
    type=click.Path(dir_okay=False),
    help="JSONL file, rewritten with every record collected so far.",
)
@click.option("--retry-live", is_flag=True, help="Ask the model live for the failed lines.")
@click.option("--concurrency", type=click.IntRange(min=1), default=8, show_default=True)
@_model
@_base_url
@STRIP_BOILERPLATE
@TEMPERATURE
@edge
def collect(
    manifest: str,
    output: str,
    retry_live: bool,
    concurrency: int,
    model: str | None,
    base_url: str | None,
    strip_boilerplate: bool | None = None,
    temperature: float | None = None,
) -> None:
    """Validate the answers of finished jobs into records, cache them and write --output.

    Safe to repeat: each answer is validated once, and the output is rewritten whole
    (atomically), never appended twice. Lines that failed are listed; re-run them live
    with --retry-live, or send them again with `visitx batch resubmit`. The --temperature
    and --strip-boilerplate of `submit` are kept in the manifest and used again; giving
    another value is an error. (A manifest written before visitx kept them needs them
    given again.)
    """
    from visitx.batch.collect import collect_batch

    _check_given(manifest, temperature=temperature, strip_boilerplate=strip_boilerplate)
    done = collect_batch(
        manifest,
        output=output,
        settings=_settings(model, base_url, strip_boilerplate, temperature),
        retry_live=retry_live,
        concurrency=concurrency,
    )
    for line in done.failed:
        click.echo(f"  {line.kind} {line.source_id} ({line.custom_id}): {line.message}", err=True)
    click.echo(
        f"{done.collected:,} answer(s) validated now; {len(done.failed):,} failed; "
        f"{done.pending:,} still running. Records in {output}.",
        err=True,
    )
    if done.usage is not None and done.collected:
        cost = "unknown price" if done.cost_usd is None else f"${done.cost_usd:,.4f}"
        click.echo(
            f"Tokens of those answers: {done.usage.prompt_tokens:,} prompt "
            f"({done.usage.cache_read_tokens:,} from the prompt cache), "
            f"{done.usage.completion_tokens:,} completion; {cost} at the batch rate.",
            err=True,
        )


@batch_command.command("resubmit")
@_manifest
@_model
@_base_url
@STRIP_BOILERPLATE
@TEMPERATURE
@edge
def resubmit(
    manifest: str,
    model: str | None,
    base_url: str | None,
    strip_boilerplate: bool | None = None,
    temperature: float | None = None,
) -> None:
    """Send the failed lines (invalid, errored, expired) again as a new job of the batch.

    The --temperature and --strip-boilerplate of `submit` are kept in the manifest and
    used again; giving another value is an error.
    """
    from visitx.batch.collect import resubmit_batch
    from visitx.batch.manifest import Manifest
    from visitx.batch.submitted import check_given

    state = Manifest.load(manifest)
    check_given(state.settings, manifest, temperature=temperature,
                strip_boilerplate=strip_boilerplate)  # fmt: skip
    before = len(state.shards)
    summary = resubmit_batch(
        manifest, settings=_settings(model, base_url, strip_boilerplate, temperature)
    )
    if len(summary.shards) == before:
        click.echo("No failed line to resubmit.", err=True)
        return
    shard = summary.shards[-1]
    click.echo(f"{shard.name}: {shard.batch_id} ({shard.status}, {shard.requests} requests)")
