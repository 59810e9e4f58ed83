"""Start-up, first batch and cached re-runs (issue 20). Prints figures; not a test.

1. `import visitx`: median wall of fresh processes, and which of the model stack it loaded;
2. `visitx demo` (five recorded answers): median wall of fresh processes;
3. the first record of a fresh process: time from the answer (an in-process transport that
   answers after `--delay` seconds) to the finished record;
4. the first batch of a process against the same batch warm: 400 articles at concurrency 32
   against bench_batch's server answering in 200 ms, twice in one fresh process; with
   `--only split`, the same with 0..5 of its one-time costs paid before the clock (what
   each one adds; not part of the default run);
5. a cached re-run through `extract_many` (every article a cache hit): articles per second
   of wall and of process CPU time and peak RSS, when the records are rebuilt from their
   drafts (no record memo yet) and when the record memo answers (screen on and off; N/10
   vs N for memory), and peak RSS of a streamed re-run of N/10 vs N.

The machine these run on may be shared: each figure is a median, and CPU time is printed
next to wall time so that a busy neighbour shows as a gap between them.

    python bench/bench_speed.py                  # everything (100,000 cached articles)
    python bench/bench_speed.py --quick          # 10,000 cached articles, fewer repeats
    python bench/bench_speed.py --only rerun     # one figure: import, demo, first, batch, rerun
    python bench/bench_speed.py --quick --only split   # where the first batch's extra goes
    python bench/bench_speed.py --only rerun --copies   # near-copies of one template, defaults
    python bench/bench_speed.py --src ../main/src   # the same figures for another tree
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(HERE)])}
MODEL_STACK = ("openai", "instructor", "tenacity", "diskcache", "httpx2", "visitx.llm",
               "visitx.batch")


def python(code: str, *args: str) -> Any:
    """Run `code` in a fresh interpreter; it prints one JSON value, returned here."""
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=ENV, check=True, timeout=3600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def import_time(runs: int) -> None:
    code = f"""
import json, sys, time
t = time.perf_counter(); import visitx; wall = time.perf_counter() - t
print(json.dumps([wall, [m for m in {MODEL_STACK!r} if m in sys.modules]]))
"""
    results = [python(code) for _ in range(runs)]
    walls = [w for w, _ in results]
    print(f"import visitx: median {statistics.median(walls) * 1000:.0f} ms of {runs} fresh "
          f"processes (min {min(walls) * 1000:.0f} ms); model stack loaded: "
          f"{results[0][1] or 'none'} (target <= 300 ms)")


def demo(runs: int) -> None:
    walls, cpus = [], []
    for _ in range(runs):
        before = os.times()
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "visitx", "demo"], capture_output=True,
                       env=ENV, check=True, timeout=600)
        walls.append(time.perf_counter() - started)
        after = os.times()
        cpus.append(after.children_user + after.children_system
                    - before.children_user - before.children_system)
    print(f"visitx demo: median wall {statistics.median(walls):.2f} s, CPU "
          f"{statistics.median(cpus):.2f} s, of {runs} fresh processes (target <= 2.0 s wall)")


FIRST = """
import json, sys, time
from bench_model import completion
import httpx2
from visitx import Extractor, Settings
from bench_batch import ARTICLE
delay = float(sys.argv[1])
body = json.dumps(completion("json_schema")).encode()
answered = []
def handle(request):
    request.read()
    time.sleep(delay)  # the server thinking: tables may load meanwhile
    answered.append(time.perf_counter())
    return httpx2.Response(200, content=body, headers={"content-type": "application/json"})
settings = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
                    cache=False)
ex = Extractor(settings, transport=httpx2.MockTransport(handle))
started = time.perf_counter()
result = ex.extract(ARTICLE.format(i=0))
done = time.perf_counter()
assert result.error is None and result.visits, result.error
print(json.dumps([done - answered[-1], done - started]))
"""


def first_record(runs: int, delays: tuple[float, ...]) -> None:
    for delay in delays:
        results = [python(FIRST, str(delay)) for _ in range(runs)]
        after = statistics.median(r[0] for r in results)
        total = statistics.median(r[1] for r in results)
        print(f"first record of a fresh process, answer after {delay:.1f} s: record "
              f"{after * 1000:.0f} ms after the answer (median of {runs}; whole call "
              f"{total:.2f} s) (target <= 500 ms)")


BATCH = """
import asyncio, json, sys, time
from bench_model import visitx_run
url = sys.argv[1]
walls, cpus, failures = [], [], 0
for offset in (0, 10**6):  # the first batch of the process, then the same batch warm
    cpu, started = time.process_time(), time.perf_counter()
    failures += asyncio.run(visitx_run(url, 400, 32, offset=offset))
    walls.append(time.perf_counter() - started)
    cpus.append(time.process_time() - cpu)
print(json.dumps([*walls, *cpus, failures]))
"""


def first_batch(runs: int) -> None:
    from bench_batch import Server

    ratios, extra = [], []
    with Server(0.2) as server:
        for _ in range(runs):
            cold, warm, cold_cpu, warm_cpu, failed = python(BATCH, server.base_url)
            ratios.append(cold / warm)
            extra.append(cold_cpu - warm_cpu)
            note = f" ({failed} articles failed, e.g. timeouts on a busy machine)" if failed else ""
            print(f"  first batch {cold:.2f} s (CPU {cold_cpu:.2f} s), same batch warm "
                  f"{warm:.2f} s (CPU {warm_cpu:.2f} s){note}")
    print(f"first batch / warm batch (400 articles, concurrency 32, 200 ms server): median "
          f"ratio {statistics.median(ratios):.2f} of {runs} fresh processes (target <= 1.3); "
          f"the first batch's extra process CPU (imports, client, tables): median "
          f"{statistics.median(extra):.2f} s")


# The first batch's one-time costs, in the order a first batch meets them. `--only split`
# does the first k of them before the clock starts (k = 0..5, cumulative), then the same
# first/warm pair as BATCH: what each adds to the first batch, as a difference of medians.
PIECES = ("visitx's batch modules", "the openai SDK and instructor",
          "instructor's OpenAI handlers and the draft's request",
          "the record's tables and the language model", "genai-prices' table")

SPLIT = """
import asyncio, json, sys, time
from bench_model import visitx_run
url, level = sys.argv[1], int(sys.argv[2])
def modules():
    from visitx import Settings, aextract_many  # noqa: F401
    import visitx.batch.engine  # noqa: F401
def sdk():
    from visitx.llm.sdkload import load_openai_sdk
    load_openai_sdk()
def handlers():
    from visitx import Settings
    from visitx.llm.prompt import load_prompt
    from visitx.llm.provider import Provider
    provider = Provider(Settings(model="bench", base_url=url, cache=False))
    provider.request_body(load_prompt().render("A visit."), provider.mode())
def tables():
    from visitx.batch.parts import warm_tables
    from visitx.text.language import guess_language
    warm_tables()
    guess_language("Der Präsident besuchte gestern die Hauptstadt und traf den Minister.")
def prices():
    from visitx.llm.cost import price
    price("bench", 10, 10)
pre = []
for step in (modules, sdk, handlers, tables, prices)[:level]:
    cpu = time.process_time()
    step()
    pre.append(time.process_time() - cpu)
walls, cpus = [], []
for offset in (0, 10**6):  # the first batch of the process, then the same batch warm
    cpu, started = time.process_time(), time.perf_counter()
    failed = asyncio.run(visitx_run(url, 400, 32, offset=offset))
    walls.append(time.perf_counter() - started)
    cpus.append(time.process_time() - cpu)
print(json.dumps([walls, cpus, pre, failed]))
"""


def first_batch_split(runs: int) -> None:
    """The first batch with 0..5 of its one-time costs paid before the clock (`PIECES`)."""
    from bench_batch import Server

    figures: dict[int, list[Any]] = {level: [] for level in range(len(PIECES) + 1)}
    with Server(0.2) as server:
        for _ in range(runs):  # the levels alternate, so that they meet the same neighbours
            for level, found in figures.items():
                found.append(python(SPLIT, server.base_url, str(level)))
    print(f"the first batch's one-time costs (400 articles, concurrency 32, 200 ms server; "
          f"medians of {runs} fresh processes per line; load average "
          f"{os.getloadavg()[0]:.1f}); paid before the clock, in this order: "
          + "; ".join(f"{i + 1}. {piece}" for i, piece in enumerate(PIECES)))
    for level, found in figures.items():
        ratio = statistics.median(w[0] / w[1] for w, _, _, _ in found)
        extra = statistics.median(c[0] - c[1] for _, c, _, _ in found)
        costs = [statistics.median(p[i] for _, _, p, _ in found) for i in range(level)]
        failed = sum(f for _, _, _, f in found)
        print(f"  1..{level} paid: first/warm {ratio:.2f}, first batch's extra process CPU "
              f"{extra:.2f} s; CPU of 1..{level} before the clock "
              f"{', '.join(f'{c:.2f}' for c in costs) or '-'} s"
              f"{f' ({failed} articles failed)' if failed else ''}")


def article(i: int, distinct: bool) -> str:
    """The i-th article; `distinct`: with 150 words of its own after the shared story, so
    that no two are near-copies (estimated Jaccard ~0.17, under the index's 0.5)."""
    from bench_batch import ARTICLE

    text = ARTICLE.format(i=i)
    if not distinct:
        return text
    words = (f"w{(i * 150 + k) * 2654435761 % 4294967291:x}" for k in range(150))
    return f"{text} {' '.join(words)}."


def fill_cache(directory: Path, n: int, distinct: bool = False) -> None:
    """n cache entries, one per article, written directly (the answers would take minutes)."""
    from bench_model import mock_transport

    from visitx import Extractor, Settings

    settings = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
                        cache_dir=directory)
    ex = Extractor(settings, transport=mock_transport("json_schema"))
    ex.extract(article(0, distinct))  # one real answer: the entry every article shares
    assert ex.cache is not None
    prepare = ex.prepare
    job = prepare(article(0, distinct), url=None, title=None, published=None, language=None)
    entry = ex.cache.get(ex.key(job, "json_schema"))
    assert entry is not None
    for i in range(1, n):
        job = prepare(article(i, distinct), url=None, title=None, published=None, language=None)
        ex.cache.set(ex.key(job, "json_schema"), entry)
    ex.close()
    # The memo file that extract() opened: the first re-run then rebuilds and memoizes.
    for suffix in ("", "-wal", "-shm"):
        (directory / f"records.sqlite3{suffix}").unlink(missing_ok=True)


RERUN = """
import json, resource, sys, time
from pathlib import Path
from bench_speed import article
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", choices=["import", "demo", "first", "batch", "rerun", "split"])
    parser.add_argument("--delay", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=None, help="re-runs per figure")
    parser.add_argument("--cache-dir", type=Path, default=None,
                        help="keep the re-run's cache here (filled once, then reused)")
    parser.add_argument("--duplicates", action="store_true",
                        help="rerun: distinct articles with near-copies on (the default)")
    parser.add_argument("--copies", action="store_true",
                        help="rerun: the template's articles (near-copies), the defaults")
    parser.add_argument("--src", type=Path, default=ROOT / "src",
                        help="the visitx source tree the fresh processes import (to compare)")
    args = parser.parse_args()
    ENV["PYTHONPATH"] = os.pathsep.join([str(args.src.resolve()), str(HERE)])
    sys.path.insert(0, str(args.src.resolve()))  # this process fills the cache with it
    runs = 3 if args.quick else 5
    steps = {
        "import": lambda: import_time(runs * 2 + 1),
        "demo": lambda: demo(runs),
        "first": lambda: first_record(runs, (0.0, args.delay)),
        "batch": lambda: first_batch(runs),
        "rerun": lambda: (rerun_copies if args.copies
                          else rerun_duplicates if args.duplicates else rerun)(
            10_000 if args.quick else 100_000, args.runs or (2 if args.quick else 3),
            args.cache_dir),
        "split": lambda: first_batch_split(args.runs or runs) if args.only == "split" else None,
    }
    for name, step in steps.items():
        if args.only in (None, name):
            step()


if __name__ == "__main__":
    main()
