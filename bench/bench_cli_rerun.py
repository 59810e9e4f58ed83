"""The command line's cached re-run (issue 20): `visitx extract IN.jsonl -o OUT.jsonl`.

Every article is a cache hit: the input is `bench_speed.article(i, distinct=True)` as JSONL,
the cache is filled directly (`bench_speed.fill_cache`) and warmed by one run (which
rebuilds and memoizes the records). Each timed run is a fresh `python -m visitx extract`
process writing a new output file (appended and closed as a user's run would); it prints
wall seconds, articles/s, the CPU seconds of the process and its children (the re-run
helper), and the load average. With several `--src` trees the runs alternate between
them, back to back, so that a busy machine weighs on each alike. Not a test.

    python bench/bench_cli_rerun.py --n 10000                    # make input and cache
    python bench/bench_cli_rerun.py --input d.jsonl --cache-dir c --runs 3 \\
        --src ../main/src --src src                           # before/after, alternating
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

ARGS = ["--model", "bench", "--base-url", "http://127.0.0.1:9/v1", "--no-progress"]


def make_input(path: Path, n: int) -> None:
    from bench_speed import article

    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            out.write(json.dumps({"text": article(i, True)}) + "\n")


def run(src: Path, source: Path, cache: Path, out: Path) -> tuple[float, float, float, str]:
    """One `visitx extract` process: wall s, its CPU s (user + system, with the children it
    waited for), its peak RSS in MiB, and its summary line."""
    out.unlink(missing_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VISITX_", "OPENAI_"))}
    env.update(PYTHONPATH=str(src), VISITX_MODE="json_schema", VISITX_CACHE_DIR=str(cache))
    command = [sys.executable, "-m", "visitx", "extract", str(source), "-o", str(out), *ARGS]
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"visitx extract failed ({proc.returncode}): {stderr[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, stderr.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles to make")
    parser.add_argument("--input", type=Path, help="a JSONL of bench articles (kept as is)")
    parser.add_argument("--cache-dir", type=Path, help="a cache holding them (warmed here)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tree")
    parser.add_argument("--src", type=Path, action="append",
                        help="a tree's src folder; repeat to alternate trees (default: this)")
    parser.add_argument("--no-warm", action="store_true", help="the cache is warm already")
    args = parser.parse_args()
    srcs = args.src or [ROOT / "src"]
    with tempfile.TemporaryDirectory(prefix="cli-rerun-") as tmp:
        work = Path(tmp)
        source = args.input or work / "in.jsonl"
        n = sum(1 for _ in source.open("rb")) if args.input else args.n
        if not args.input:
            make_input(source, n)
        cache = args.cache_dir or work / "cache"
        if not args.cache_dir:
            from bench_speed import fill_cache

            fill_cache(cache, n, distinct=True)
        if not args.no_warm:
            wall, _, _, line = run(srcs[0], source, cache, work / "out.jsonl")
            print(f"warm-up: {wall:.1f} s  {line}", flush=True)
        figures: dict[Path, list[float]] = {src: [] for src in srcs}
        for i in range(args.runs):
            for src in srcs:
                wall, cpu, rss, line = run(src, source, cache, work / "out.jsonl")
                lines = sum(1 for _ in (work / "out.jsonl").open("rb"))
                if f"{n} from cache" not in line or lines != n:
                    raise SystemExit(f"not a cached re-run of {n}: {line} ({lines} lines)")
                figures[src].append(n / wall)
                print(f"run {i + 1} {src}: {wall:.2f} s wall, {n / wall:,.0f} articles/s, "
                      f"CPU {cpu:.2f} s, peak RSS {rss:.0f} MiB, "
                      f"load {os.getloadavg()[0]:.2f}", flush=True)
        for src, rates in figures.items():
            print(f"{src}: median {statistics.median(rates):,.0f} articles/s "
                  f"({', '.join(f'{r:,.0f}' for r in rates)})")


if __name__ == "__main__":
    main()
