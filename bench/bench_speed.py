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

The figures are in `speed_startup.py` (1-4) and `speed_rerun.py` (5); the fresh
interpreters and the bench's articles and caches they run on in `speed_fixtures.py`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from speed_fixtures import (  # the script's directory is on sys.path
    ENV,
    HERE,
    MODEL_STACK,
    ROOT,
    article,
    fill_cache,
    python,
)
from speed_rerun import RERUN, STREAMED, rerun, rerun_copies, rerun_duplicates
from speed_startup import (
    BATCH,
    FIRST,
    PIECES,
    SPLIT,
    demo,
    first_batch,
    first_batch_split,
    first_record,
    import_time,
)

__all__ = [  # the names other scripts import, also those now defined elsewhere
    "BATCH", "ENV", "FIRST", "HERE", "MODEL_STACK", "PIECES", "RERUN", "ROOT", "SPLIT",
    "STREAMED", "article", "demo", "fill_cache", "first_batch", "first_batch_split",
    "first_record", "import_time", "main", "python", "rerun", "rerun_copies",
    "rerun_duplicates",
]  # fmt: skip


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
