"""`bench_speed.py`'s cached re-run figures: `extract_many` over a cache where every article
is a hit – records rebuilt from drafts and from the record memo (screen on and off), a tenth
vs all of the articles and a streamed re-run (`aextract_many`) for peak RSS; with
`rerun_duplicates`, distinct articles with near-copies on and off; with `rerun_copies`, the
template's articles (near-copies of one another) with the defaults.

Each run is a fresh process (`speed_fixtures.python`); `_rate` prints one line of medians.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import time
from pathlib import Path

from speed_fixtures import fill_cache, python  # the script's directory is on sys.path

RERUN = """
import json, resource, sys, time
from pathlib import Path
from speed_fixtures import article
from visitx import Settings, extract_many
directory, n, screen = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "screen"
# --duplicates: distinct articles, with near-copies on (the default, "dupes") or off;
# --copies: the template's articles (near-copies of one another), near-copies on.
copies = sys.argv[4:] == ["copies"]
distinct, dupes = sys.argv[4:] not in ([], ["copies"]), sys.argv[4:] in (["dupes"], ["copies"])
# duplicates=False otherwise: the bench's articles are near-copies of one another by
# construction (one shared draft), which the near-copy index would re-ground from one.
settings = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
                    cache_dir=directory, duplicates=dupes, screen=None if screen else False)
texts = [article(i, distinct) for i in range(n)]
extract_many(texts[:500], settings=settings, concurrency=32, progress=False)  # tables loaded
def helper_cpu():  # the helper process of a large re-run (visitx.batch.hitproc), when done
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime
cpu, started, helper = time.process_time(), time.perf_counter(), helper_cpu()
results = extract_many(texts, settings=settings, concurrency=32, progress=False)
wall, cpu = time.perf_counter() - started, time.process_time() - cpu
if copies:  # one article extracted, the others re-grounded from it
    assert sum(r.duplicate_of is not None for r in results) >= n - 10
    assert all(r.visits and r.error is None for r in results)
else:
    assert len(results) == n and all(r.meta.cached and r.visits and r.duplicate_of is None
                                   for r in results)
print(json.dumps([wall, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  helper_cpu() - helper]))
"""

STREAMED = """
import asyncio, json, resource, sys
from pathlib import Path
from bench_batch import ARTICLE
from visitx import Settings, aextract_many
directory, n = Path(sys.argv[1]), int(sys.argv[2])
settings = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
                    cache_dir=directory, duplicates=False)
async def main():
    done = 0
    async for r in aextract_many((ARTICLE.format(i=i) for i in range(n)), settings=settings,
                                 concurrency=32, progress=False):
        done += r.meta.cached
    return done
assert asyncio.run(main()) == n
print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
"""


def _rate(label: str, n: int, figures: list[list[float]]) -> None:
    wall = statistics.median(r[0] for r in figures)
    cpu = statistics.median(r[1] for r in figures)
    helper = statistics.median(r[3] if len(r) > 3 else 0.0 for r in figures)
    print(f"  {label}: median of {len(figures)}: wall {wall:.2f} s = {n / wall:,.0f} "
          f"articles/s; process CPU {cpu:.2f} s = {n / cpu:,.0f} articles/s of CPU "
          f"(+ helper process {helper:.2f} s); peak RSS "
          f"{statistics.median(r[2] for r in figures):.0f} MiB; load average "
          f"{os.getloadavg()[0]:.1f}")


def rerun_duplicates(n: int, runs: int, keep: Path | None) -> None:
    """The re-run with near-copies on (the default) over distinct articles, and the same
    articles with `duplicates=False` back to back (the fast way without the index)."""
    with tempfile.TemporaryDirectory() as scratch:
        tmp = str(keep or scratch)
        if not (Path(tmp) / "cache.db").exists():
            started = time.perf_counter()
            fill_cache(Path(tmp), n, distinct=True)
            print(f"  ({n:,} cache entries written in {time.perf_counter() - started:.0f} s)")
        print(f"cached re-run of {n:,} distinct articles through extract_many, near-copies on "
              f"(concurrency 32; load average {os.getloadavg()[0]:.1f}):")
        if not (Path(tmp) / "duplicates.sqlite3").exists():
            _rate("first run: records rebuilt, every article indexed (the ordinary way)", n,
                  [python(RERUN, tmp, str(n), "screen", "dupes")])
        dupes, plain = [], []
        for _ in range(runs):  # alternating, so that both meet the same neighbours
            dupes.append(python(RERUN, tmp, str(n), "screen", "dupes"))
            plain.append(python(RERUN, tmp, str(n), "screen", "plain"))
        _rate("record memo hits, the defaults (duplicates=True, screen on)", n, dupes)
        _rate("record memo hits, Settings(duplicates=False), screen on", n, plain)
        for suffix in ("", "-wal", "-shm"):  # a visitx upgrade: the records are rebuilt
            (Path(tmp) / f"records.sqlite3{suffix}").unlink(missing_ok=True)
        _rate("after an upgrade: record memo emptied, near-copy index kept (the ordinary "
              "way)", n, [python(RERUN, tmp, str(n), "screen", "dupes")])


def rerun_copies(n: int, runs: int, keep: Path | None) -> None:
    """The re-run with the defaults (near-copies on, screen on) over the template's
    articles, which are near-copies of one another: one is extracted, the others are
    re-grounded from its note (`duplicate_of`). Figures for the defaults and, back to
    back, for the distinct-article re-run's neighbour `duplicates=False` on the same
    articles (every one a memo hit)."""
    with tempfile.TemporaryDirectory() as scratch:
        tmp = str(keep or scratch)
        if not (Path(tmp) / "cache.db").exists():
            started = time.perf_counter()
            fill_cache(Path(tmp), n)
            print(f"  ({n:,} cache entries written in {time.perf_counter() - started:.0f} s)")
        print(f"cached re-run of {n:,} template articles (near-copies of one another) "
              f"through extract_many with the defaults (concurrency 32, target >= "
              f"10,000/s; load average {os.getloadavg()[0]:.1f}):")
        if not (Path(tmp) / "duplicates.sqlite3").exists():
            _rate("first run: every article indexed, copies re-grounded the ordinary way",
                  n, [python(RERUN, tmp, str(n), "screen", "copies")])
        if not _has_copies(Path(tmp)):
            _rate("first re-run of a cache whose copies were not memoized (older code): "
                  "copies' records made in the helper", n,
                  [python(RERUN, tmp, str(n), "screen", "copies")])
        _rate("re-runs: originals and copies from the memo (the defaults)", n,
              [python(RERUN, tmp, str(n), "screen", "copies") for _ in range(runs)])


def _has_copies(directory: Path) -> bool:
    """Whether the memo holds copies' records (made by an earlier re-run)."""
    import sqlite3

    path = directory / "records.sqlite3"
    if not path.exists():
        return False
    with contextlib.closing(sqlite3.connect(path)) as db:
        return db.execute("select 1 from records where key like 'copy:%' limit 1"
                          ).fetchone() is not None


def rerun(n: int, runs: int, keep: Path | None) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        tmp = str(keep or scratch)
        if not (Path(tmp) / "cache.db").exists():  # --cache-dir: filled once, then reused
            started = time.perf_counter()
            fill_cache(Path(tmp), n)
            print(f"  ({n:,} cache entries written in {time.perf_counter() - started:.0f} s)")
        print(f"cached re-run of {n:,} articles through extract_many (concurrency 32, "
              f"target >= 10,000/s; load average {os.getloadavg()[0]:.1f}):")
        if not (Path(tmp) / "records.sqlite3").exists():
            _rate("records rebuilt from drafts (first re-run: no record memo yet)", n,
                  [python(RERUN, tmp, str(n), "screen")])
        _rate("record memo hits, screen on (the default)", n,
              [python(RERUN, tmp, str(n), "screen") for _ in range(runs)])
        _rate("record memo hits, Settings(screen=False)", n,
              [python(RERUN, tmp, str(n), "none") for _ in range(runs)])
        _rate(f"record memo hits, {n // 10:,} articles (memory)", n // 10,
              [python(RERUN, tmp, str(n // 10), "screen")])
        small = python(STREAMED, tmp, str(n // 10))
        large = python(STREAMED, tmp, str(n))
    print(f"peak RSS, streamed cached re-run (aextract_many): {n // 10:,} articles "
          f"{small:.0f} MiB, {n:,} articles {large:.0f} MiB (target: flat)")
