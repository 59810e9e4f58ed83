"""Peak memory of reading and compacting a results file of 100,000 vs 1,000,000 records.

Writes a synthetic results file (one small record per article, a tenth of the articles
twice: a failure, then its success, as a re-run leaves them), then, each in a fresh
process so that peaks do not mix: `read_results` over every record, and
`ResultsFile(path)` + `open()` + one write + `close()` (which compacts). Prints seconds
and peak RSS (ru_maxrss) per step. Run from the repository root:

    PYTHONPATH=src python bench/bench_results.py [N ...]      # default: 100000 1000000
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import resource, sys, time
from pathlib import Path
step, path = sys.argv[1], Path(sys.argv[2])
import visitx
from visitx.io.output import ResultsFile
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
if step == "read":
    n = sum(1 for _ in visitx.read_results(path))
else:
    sink = ResultsFile(path)
    sink.open()
    sink.write(next(iter(visitx.read_results(path))))
    sink.close()
    n = sum(1 for line in path.open("rb"))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(n, round(seconds, 1), base // 1024, peak // 1024)
"""


def make(path: Path, n: int) -> int:
    """Write n articles' records (n // 10 of them twice); returns the line count."""
    from visitx.core.models import Article, ErrorInfo, Extraction

    template = Extraction(article=Article(id="ID", text="TEXT")).model_dump(mode="json")
    failure = ErrorInfo(type="ProviderError", message="HTTP 500").model_dump(mode="json")
    lines = 0
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            text = f"Article number {k}: the minister of A visited B."
            record = {**template, "article": {**template["article"], "text": text}}
            record["article"]["id"] = Article.id_for(text)
            if k % 10 == 0:
                out.write(json.dumps({**record, "error": failure}) + "\n")
                lines += 1
            out.write(json.dumps(record) + "\n")
            lines += 1
    return lines


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 1_000_000]
    print(f"{'articles':>10} {'lines':>10} {'MB':>6}  step     seconds  start MiB  peak MiB")
    for n in sizes:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "results.jsonl"
            lines = make(path, n)
            size = path.stat().st_size / 1e6
            for step in ("read", "compact"):
                done = subprocess.run(
                    [sys.executable, "-c", CHILD, step, str(path)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                count, seconds, base, peak = done.stdout.split()
                print(
                    f"{n:>10,} {lines:>10,} {size:>6.0f}  {step:<8} {seconds:>7}  "
                    f"{int(base):>9}  {int(peak):>8}   ({count} records/lines after)"
                )
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB)")


if __name__ == "__main__":
    main()
