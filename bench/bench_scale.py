"""Scale benchmark: Ray Data against `extract_many`, and the cost of a 10,000-line batch.

1. Requests per second through `visitx.ray.extract_dataset` (a local Ray, 2 CPUs, 2
   workers × 8 requests in flight) against `extract_many` at the same total concurrency
   (16), both against bench_batch's local server (a subprocess answering one small valid
   draft after a delay), cache off. Ray's start-up is timed apart.
2. A provider batch of 10,000 lines with no provider: writing the request files
   (`submit_batch(..., dry_run=True)`), then collecting an output file made from the
   requests (validation, records, cache writes), then collecting again (all from cache).

    python bench/bench_scale.py            # 400 articles through each engine, 10,000 lines
    python bench/bench_scale.py --quick    # 160 articles, 2,000 lines
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import DRAFT, Server, articles, settings  # the shared server


def engines(n: int, delay: float) -> None:
    import ray

    import visitx
    import visitx.ray

    with Server(delay) as server:
        live = settings(server, None)
        started = time.perf_counter()
        results = visitx.extract_many(articles(n), settings=live, concurrency=16, progress=False)
        wall = time.perf_counter() - started
        assert all(r.error is None for r in results)
        print(f"extract_many, {n} articles, concurrency 16, {delay * 1000:.0f} ms delay: "
              f"{wall:.2f} s = {n / wall:.1f} requests/s")

        started = time.perf_counter()
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
        ray.data.DataContext.get_current().enable_progress_bars = False
        print(f"ray.init: {time.perf_counter() - started:.2f} s")
        try:
            rows = [{"id": str(i), "text": t} for i, t in enumerate(articles(n, offset=n))]
            ds = ray.data.from_items(rows)
            # Warm up the actor pool (imports, one extractor per worker) on a few rows.
            visitx.ray.extract_dataset(
                ray.data.from_items(rows[:4]), live, concurrency=2, per_worker=8
            ).take_all()
            started = time.perf_counter()
            out = visitx.ray.extract_dataset(ds, live, concurrency=2, per_worker=8).take_all()
            wall = time.perf_counter() - started
            assert len(out) == n
            assert not any(row["error"] for row in out)
            print(f"Ray Data, {n} articles, 2 workers x 8 in flight: "
                  f"{wall:.2f} s = {n / wall:.1f} requests/s")
        finally:
            ray.shutdown()


def batch_lines(n: int) -> None:
    from visitx import Settings, collect_batch, submit_batch
    from visitx.batch.manifest import Manifest

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "manifest"
        s = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
                     cache_dir=Path(tmp) / "cache")
        started = time.perf_counter()
        summary = submit_batch(articles(n), manifest=folder, settings=s, dry_run=True)
        wall = time.perf_counter() - started
        state = Manifest.load(folder)
        size = sum(shard.bytes for shard in state.shards)
        print(f"submit (dry run), {n:,} lines: {wall:.2f} s = {n / wall:,.0f} lines/s; "
              f"{size / 1e6:.1f} MB of requests, ~{summary.prompt_tokens:,} prompt tokens")

        answer = json.dumps(DRAFT)
        for shard in state.shards:
            with state.requests_path(shard).open(encoding="utf-8") as src, \
                    state.output_path(shard).open("w", encoding="utf-8") as out:
                for number, line in enumerate(src):
                    custom_id = json.loads(line)["custom_id"]
                    completion = {
                        "id": f"c{number}", "object": "chat.completion", "created": 0,
                        "model": "bench",
                        "choices": [{"index": 0, "finish_reason": "stop",
                                     "message": {"role": "assistant", "content": answer}}],
                        "usage": {"prompt_tokens": 500, "completion_tokens": 100,
                                  "total_tokens": 600},
                    }
                    out.write(json.dumps({"id": f"r{number}", "custom_id": custom_id,
                                          "response": {"status_code": 200, "body": completion},
                                          "error": None}) + "\n")
            shard.status, shard.downloaded = "completed", True
        state.save()

        output = Path(tmp) / "out.jsonl"
        for label in ("collect", "collect again (cache)"):
            started = time.perf_counter()
            done = collect_batch(folder, settings=s, output=output)
            wall = time.perf_counter() - started
            assert not done.failed
            assert not done.pending
            print(f"{label}, {n:,} lines: {wall:.2f} s = {n / wall:,.0f} lines/s "
                  f"({done.collected:,} validated)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--delay", type=float, default=0.1)
    args = parser.parse_args()
    engines(160 if args.quick else 400, args.delay)
    batch_lines(2_000 if args.quick else 10_000)


if __name__ == "__main__":
    main()
