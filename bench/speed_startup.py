"""`bench_speed.py`'s start-up figures: `import visitx`, `visitx demo`, the first record of a
fresh process after its answer, and the first batch of a process against the same batch
warm (`first_batch_split`: with 0..5 of its one-time costs paid before the clock).

Each measures fresh processes (`speed_fixtures.python`) and prints its own lines.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from typing import Any

from speed_fixtures import ENV, MODEL_STACK, python  # the script's directory is on sys.path


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
