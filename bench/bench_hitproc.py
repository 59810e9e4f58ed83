"""The re-run helper's per-article cost and the re-run it serves, two trees alternated
(issue 20). Prints figures; not a test.

A cached re-run of N distinct articles (`bench_speed.article(i, True)`) with the defaults
(near-copies on, screen on), every article a memo hit. Each tree needs its own cache
folder already warm for its code (a change to the record code changes the memo's
fingerprint: the first re-run of a folder rebuilds every record, the second rewrites the
near-copy notes' sources; `bench_speed.py --only rerun --duplicates --cache-dir DIR`
fills one). Per run, in fresh processes, trees alternated so a busy neighbour hits both:

- `resolver`: `hits.Resolver.resolve` alone over the N articles in windows of 256, each
  item with its article id (as the batch hands them): CPU µs per article;
- `rerun`: `extract_many` of the N articles after a 500-article warm-up: articles/s of
  wall, CPU of this process and of the helper process.

    python bench/bench_hitproc.py --tree ../main/src DIR_MAIN --tree src DIR_BRANCH --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RESOLVER = """
import json, sys, time
from pathlib import Path
from bench_speed import article
from visitx import Extractor, Settings
from visitx.batch import hits
from visitx.batch.order import longest_first
from visitx.batch.plan import Plan
directory, n = Path(sys.argv[1]), int(sys.argv[2])
s = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
             cache_dir=directory)
items, _, handed = longest_first([article(i, True) for i in range(n)], s)
if handed is not None:
    handed.close()
ids = getattr(items, "article_ids", [None] * len(items))
ex = Extractor(s)
plan = Plan(s, prompt_version=ex.prompt.version)
spec = hits.spec_of(ex, True, plan)
r = hits.Resolver(spec)
mode = ex.provider.mode()
pairs = [(i, item, ids[i]) for i, item in enumerate(items)]
windows = [pairs[i:i + 256] for i in range(0, n, 256)]
r.resolve(mode, windows[0])
cpu = time.process_time()
answered = sum(a is not None for w in windows[1:] for a in r.resolve(mode, w))
cpu = time.process_time() - cpu
r.close()
print(json.dumps([cpu / (n - len(windows[0])) * 1e6, answered]))
"""

RERUN = """
import json, resource, sys, time
from pathlib import Path
from bench_speed import article
from visitx import Settings, extract_many
directory, n = Path(sys.argv[1]), int(sys.argv[2])
s = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
             cache_dir=directory)
texts = [article(i, True) for i in range(n)]
extract_many(texts[:500], settings=s, concurrency=32, progress=False)
def children():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime
helper, cpu, wall = children(), time.process_time(), time.perf_counter()
records = extract_many(texts, settings=s, concurrency=32, progress=False)
wall = time.perf_counter() - wall
print(json.dumps([n / wall, time.process_time() - cpu, children() - helper,
                  sum(r.meta.cached for r in records)]))
"""


def run(code: str, tree: Path, directory: Path, n: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree.resolve()), str(HERE)])}
    out = subprocess.run([sys.executable, "-c", code, str(directory), str(n)], env=env,
                         capture_output=True, text=True, check=True, timeout=3600)
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", nargs=2, action="append", metavar=("SRC", "CACHE_DIR"),
                        required=True, help="a source tree and its warm cache folder")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--only", choices=["resolver", "rerun"])
    args = parser.parse_args()
    trees = [(Path(src), Path(cache)) for src, cache in args.tree]
    for name, code in (("resolver", RESOLVER), ("rerun", RERUN)):
        if args.only not in (None, name):
            continue
        figures: dict[Path, list[list[float]]] = {src: [] for src, _ in trees}
        for _ in range(args.runs):
            for src, cache in trees:
                figures[src].append(run(code, src, cache, args.n))
                print(f"  {name} {src}: {figures[src][-1]} (load average "
                      f"{os.getloadavg()[0]:.1f})", flush=True)
        for src, rows in figures.items():
            first = [row[0] for row in rows]
            print(f"{name} {src}: median {statistics.median(first):,.1f} (min {min(first):,.1f}, "
                  f"max {max(first):,.1f})" + ("" if name == "resolver" else
                  f"; CPU this process {statistics.median(r[1] for r in rows):.2f} s, "
                  f"helper {statistics.median(r[2] for r in rows):.2f} s (medians)"))


if __name__ == "__main__":
    main()
