"""Import time of visitx, and first-call and warm-call cost of locate, parse_date, country_code.

Each figure comes from a fresh Python process, so a first call pays for loading its
tables and parsers (dateparser, Babel's CLDR data, jdatetime, rapidfuzz) exactly as in a
user's session. Run from the repository root:

    python bench/bench_normalize.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

ARTICLE = "examples/articles/seeds/003_b26aa6423f84ab65.txt"

PROBE = r"""
import json, sys, time
t = time.perf_counter()
import visitx
imported = time.perf_counter() - t
text = open(sys.argv[2], encoding="utf-8").read()
calls = {
    "locate": lambda: visitx.locate("ایگور بابوشکین", text),
    "parse_date": lambda: visitx.parse_date("۱۸ فروردین ماه ۱۴۰۲", language="fa"),
    "country_code": lambda: visitx.country_code("Ruandalı"),
}
call = calls[sys.argv[1]]
t = time.perf_counter()
call()
first = time.perf_counter() - t
warm = []
for _ in range(200):
    t = time.perf_counter()
    call()
    warm.append(time.perf_counter() - t)
print(json.dumps({"import": imported, "first": first, "warm": sorted(warm)[len(warm) // 2]}))
"""


def probe(function: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, function, ARTICLE],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(out.stdout))


def main() -> None:
    imports = []
    for function in ("locate", "parse_date", "country_code"):
        runs = [probe(function) for _ in range(3)]
        imports += [r["import"] for r in runs]
        first = statistics.median(r["first"] for r in runs)
        warm = statistics.median(r["warm"] for r in runs)
        print(f"{function:13s} first call {first * 1000:7.1f} ms   warm call {warm * 1e6:7.1f} µs")
    print(f"import visitx  {statistics.median(imports) * 1000:7.1f} ms (median of {len(imports)})")


if __name__ == "__main__":
    main()
