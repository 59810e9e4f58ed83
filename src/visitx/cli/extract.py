"""The body of `visitx extract`: inputs to records, on stdout or in a results file.

The command's edge (`cli.main.extract`, wrapped in `cli.edge.edge`) turns visitx errors
into one line and an exit code; this module only raises them, and handles the ways a run
ends early that are not errors: the reader of stdout went away, and Ctrl-C, SIGTERM or
SIGHUP (all three cancel the articles in flight, print the summary, compact --output and
exit with 128 + the signal's number).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from visitx.cli.edge import quiet_stdout
from visitx.cli.export import check_jsonl_output
from visitx.cli.sampling import slot_note
from visitx.cli.stopping import Stop
from visitx.core.errors import CacheError, ConfigurationError
from visitx.llm.cost import BudgetExceeded

if TYPE_CHECKING:
    from visitx.batch.plan import RunStats

EXIT_BUDGET = 5  # the next request would have passed --budget


class _OutputClosed(Exception):
    """stdout's reader went away (`visitx extract ... | head`)."""


@dataclasses.dataclass
class _Counts:
    """The summary line: the run's `RunStats` and the articles already in the output."""

    skipped: int = 0

    def line(self, stats: RunStats, seconds: float, ending: str = "") -> str:
        return (
            f"{stats.articles} article(s): {stats.extracted} extracted, {stats.cached} from "
            f"cache, {stats.screened} screened out, {stats.duplicates} near-copies, "
            f"{stats.failed} failed, {self.skipped} already in the output; "
            f"{stats.sent} request(s) sent, {stats.completions} completion(s) returned "
            f"(re-asks included), {stats.line()}; {seconds:.1f} s.{ending}"
        )


def run_extract(
    paths: Iterable[str],
    *,
    output: str | None,
    model: str | None,
    base_url: str | None,
    concurrency: int,
    published: str | None,
    language: str | None,
    re_extract: bool,
    fail_fast: int,
    no_cache: bool,
    progress: bool | None,
    model_path: str | None = None,
    allow_paths: tuple[str, ...] = (),
    allow_private: bool = True,
    limits: dict[str, Any] | None = None,
    screen: bool = True,
    budget: float | None = None,
    estimate: bool = False,
    retry_skipped: bool = False,
    sampling: dict[str, Any] | None = None,
    strip_boilerplate: bool | None = None,
) -> None:
    """Run `visitx extract` (see its help text); `limits` are timeout, max_tokens, max_reasks;
    `sampling` the sampling settings given (temperature, repeat_penalty, ...);
    `strip_boilerplate` None: `VISITX_STRIP_BOILERPLATE`, else off."""
    from visitx.batch.parts import Progress, interactive
    from visitx.batch.plan import Plan
    from visitx.core.settings import Settings
    from visitx.io.files import check_paths, count_articles

    check_jsonl_output(output)
    if retry_skipped and not output:
        raise ConfigurationError("--retry-skipped needs --output: the file that holds them.")
    settings = Settings.from_env(
        model=model,
        base_url=base_url,
        model_path=model_path,
        cache=False if no_cache else None,
        screen=screen and not retry_skipped,
        budget_usd=budget,
        strip_boilerplate=strip_boilerplate,
        **(limits or {}),
        **(sampling or {}),
    )
    if estimate:
        _estimate(check_paths(paths), settings, published, language, allow_paths, allow_private)
        return
    sources, sink, extractor, skip = _open_run(paths, output, re_extract, settings, retry_skipped)
    if extractor.settings.model_path is not None:
        concurrency = 1  # the in-process server answers one request at a time
    show = interactive() if progress is None else progress
    bar = Progress(show, count_articles(sources) if show else None)
    slot_note(extractor, concurrency, lambda line: _say(bar, line))
    counts = _Counts()
    started = time.perf_counter()
    ending: str | None = ""
    stop = Stop()
    plan: Plan | None = None
    try:
        stop.install()
        plan = Plan(settings, prompt_version=extractor.prompt.version)
        _open(sink, bar)
        asyncio.run(
            _run(
                _pending(
                    sources, skip, counts, bar, published, language, allow_paths, allow_private
                ),
                extractor,
                sink,
                bar,
                concurrency=concurrency,
                fail_fast=fail_fast,
                plan=plan,
            )
        )
    except BudgetExceeded as exc:
        ending = f" {exc}"
        raise SystemExit(EXIT_BUDGET) from None
    except (ConfigurationError, CacheError):
        ending = None  # set-up refused before any article: the error line says it all
        raise
    except _OutputClosed:
        ending = " Stopped: the output was closed."
        quiet_stdout()
    except KeyboardInterrupt:
        how = f"Stopped by {stop.name}" if stop.name else "Interrupted"
        ending = f" {how}: run the same command again to resume."
        raise SystemExit(stop.exit_code) from None
    finally:
        stop.closing = True  # a signal now waits until the output is whole and summed up
        try:
            _finish(bar, extractor, sink, plan, counts.line, started, ending)
        finally:
            stop.restore()


def _finish(
    bar: Any, extractor: Any, sink: Any, plan: Any, line: Any, started: float,
    ending: str | None,
) -> None:
    """Close what the run opened; the summary line, unless set-up was refused (None)."""
    bar.close()
    extractor.close()
    if sink is not None:
        sink.close()
    stats = _close_plan(plan)
    if ending is not None or stats.articles:
        click.echo(line(stats, time.perf_counter() - started, ending or ""), err=True)


def _open_run(
    paths: Iterable[str], output: str | None, re_extract: bool, settings: Any, retry_skipped: bool
) -> tuple[list[str], Any, Any, set[str]]:
    """The checked inputs, the results file, a checked extractor, and the ids to skip."""
    from visitx.io.files import check_paths
    from visitx.io.output import ResultsFile
    from visitx.llm.extractor import Extractor

    sources = check_paths(paths)
    sink = ResultsFile(Path(output)) if output else None
    extractor = Extractor(settings)
    extractor.check()  # no key: fail now, not once per article
    skip = _done(sink, settings, extractor, re_extract, retry_skipped, output)
    return sources, sink, extractor, skip


def _close_plan(plan: Any) -> RunStats:
    """Close the run's plan; its totals (none when it never opened)."""
    from visitx.batch.plan import RunStats

    if plan is None:
        return RunStats()
    plan.close()
    stats: RunStats = plan.stats
    return stats


def _open(sink: Any, bar: Any) -> None:
    """Start appending to the output: stale temporary files removed, a torn line repaired."""
    from visitx.io.stale import remove_stale_temporaries

    if sink is None:
        return
    for left in remove_stale_temporaries(sink.path):
        _say(bar, f"removed {left.name}, left by a run that was killed")
    note = sink.open()
    if note:
        _say(bar, note)


class _Only(set[str]):
    """A skip set that skips everything but these ids (`--retry-skipped`)."""

    def __contains__(self, key: object) -> bool:
        return not super().__contains__(key)


def _estimate(
    sources: list[str],
    settings: Any,
    published: str | None,
    language: str | None,
    allow_paths: tuple[str, ...],
    allow_private: bool,
) -> None:
    """`--estimate`: what the run would send and cost; nothing is sent."""
    from visitx.batch.estimate import estimate
    from visitx.batch.parts import Progress

    items = _pending(
        sources, set(), _Counts(), Progress(False, None), published, language,
        allow_paths, allow_private,
    )  # fmt: skip
    for line in estimate(items, settings=settings).lines():
        click.echo(line)


def _done(
    sink: Any,
    settings: Any,
    extractor: Any,
    re_extract: bool,
    retry_skipped: bool,
    output: str | None,
) -> set[str]:
    """The article ids the output already holds (with --retry-skipped: all but the skipped)."""
    if sink is None:
        return set()
    other = sink.made_otherwise(settings.model, extractor.prompt.version)
    if other:  # a llama.cpp server answers in its own model's name (asked only now)
        from visitx.llm.sampling import served_model

        served = served_model(settings)
        if served is not None:
            other = sink.made_otherwise(settings.model, extractor.prompt.version, served)
    if other and not re_extract:
        extractor.close()
        first = other[0].meta
        raise ConfigurationError(
            f"{output} holds {len(other)} record(s) made with model {first.model!r} "
            f"(prompt {first.prompt_version}); this run uses {settings.model!r} "
            f"(prompt {extractor.prompt.version}). Write to another --output, or add "
            "--re-extract to extract those articles again and replace their records."
        )
    stale = {record.article.id for record in other}
    done = sink.done()
    skip = set(done) - stale
    if retry_skipped:
        wanted = {key for key, record in done.items() if record.skipped is not None}
        skip = _Only(wanted)
    return skip


def _pending(
    sources: list[str],
    skip: set[str],
    counts: _Counts,
    bar: Any,
    published: str | None,
    language: str | None,
    allow_paths: tuple[str, ...] = (),
    allow_private: bool = True,
) -> Iterator[Any]:
    """The inputs not yet in the output, with the command's defaults filled in."""
    from visitx.core.article import Article
    from visitx.core.models import Article as Record
    from visitx.io.files import iter_articles

    for item in iter_articles(sources, allow_paths=allow_paths, allow_private=allow_private):
        if isinstance(item, Article):
            if Record.id_for(item.text) in skip:
                counts.skipped += 1
                bar.skip()
                continue
            yield dataclasses.replace(
                item,
                published=item.published or published,
                language=item.language or language,
            )
            continue
        yield item


async def _run(
    items: Iterable[Any],
    extractor: Any,
    sink: Any,
    bar: Any,
    *,
    concurrency: int,
    fail_fast: int,
    plan: Any = None,
) -> None:
    from visitx.batch.engine import stream
    from visitx.io.burst import on_running_loop

    out: IO[str] = sys.stdout
    burst = None if sink is None else on_running_loop(sink)
    try:
        async with contextlib.aclosing(
            stream(
                items,
                extractor=extractor,
                concurrency=concurrency,
                fail_fast=fail_fast,
                bar=bar,
                plan=plan,
            )
        ) as pairs:
            async for _, result in pairs:
                if burst is not None:
                    burst.add(result)
                else:
                    try:
                        out.write(result.model_dump_json() + "\n")
                        out.flush()
                    except BrokenPipeError as exc:
                        raise _OutputClosed from exc
                if result.error is not None:  # the plan's RunStats counts every record
                    source = result.article.source_id or result.article.id[:19]
                    _say(bar, f"failed: {source}: {result.error.type}: {result.error.message}")
    finally:
        try:
            await extractor.aclose()
        finally:
            if burst is not None:  # what waits is whole: Ctrl-C and errors keep it too
                burst.flush()  # (or raises the error of a timed append, which cancelled us)


def _say(bar: Any, message: str) -> None:
    """One line on stderr, above the progress bar when there is one."""
    if bar.bar is not None:
        bar.bar.write(message, file=sys.stderr)
    else:
        click.echo(message, err=True)

