"""Batch benchmark: throughput, library overhead, warm-cache reruns and memory.

Runs a local OpenAI-compatible server (a subprocess of this script, so its CPU is not
counted as visitx's) that answers every request with a small valid draft after a
configurable delay, and prints figures:

1. 400 articles at concurrency 32 with a 200 ms server delay: wall time, the ideal
   (400 / 32 × 0.2 s) and their ratio (target ≤ 1.15);
2. library CPU per article with no delay (target ≤ 5 ms);
3. a warm-cache rerun of 5,000 articles (target ≥ 2,000 articles/s);
4. peak RSS of a streamed batch of 1,000 vs 20,000 articles (target: flat).

    python bench/bench_batch.py            # everything (a few minutes)
    python bench/bench_batch.py --quick    # smaller numbers
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTICLE = (
    "Ankara, 3 March 2024. The Minister of Trade of Georgia, Levan Davitashvili, visited "
    "Ankara and met Türkiye's Minister of Trade, Ömer Bolat. The two ministers discussed "
    "transit routes and customs cooperation. Reference {i}."
)
DRAFT = {
    "language": "en",
    "visits": [
        {
            "evidence": [
                "The Minister of Trade of Georgia, Levan Davitashvili, visited Ankara and met "
                "Türkiye's Minister of Trade, Ömer Bolat."
            ],
            "type": "visit",
            "status": "occurred",
            "summary": "Georgia's trade minister visited Ankara.",
            "participants": [
                {"role": "visitor", "kind": "person", "name": "Levan Davitashvili",
                 "country": "GEO", "sector": "government"},
                {"role": "host", "kind": "person", "name": "Ömer Bolat", "country": "TUR",
                 "sector": "government"},
            ],
            "location": {"name": "Ankara", "city": "Ankara", "country": "TUR"},
            "date_text": "3 March 2024",
            "topics": ["trade", "transport_logistics"],
        }
    ],
}
_FRAME = re.compile(r"<(article-[0-9a-f]+)>\n(.*)\n</\1>", re.DOTALL)


def serve(port: int, delay: float) -> None:
    answer = json.dumps(DRAFT).encode()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length") or 0))
            if delay:
                time.sleep(delay)
            body = json.dumps(
                {
                    "id": "bench",
                    "object": "chat.completion",
                    "created": 0,
                    "model": "bench",
                    "choices": [
                        {"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": answer.decode()}}
                    ],
                    "usage": {"prompt_tokens": 500, "completion_tokens": 100, "total_tokens": 600},
                }
            ).encode()
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 128
    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    def __init__(self, delay: float) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(self.port), "--delay", str(delay)]
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.1).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("bench server did not start")

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.proc.terminate()
        self.proc.wait()


def settings(server: Server, cache_dir: Path | None):  # type: ignore[no-untyped-def]
    from visitx import Settings

    return Settings(
        model="bench",
        base_url=server.base_url,
        cache=cache_dir is not None,
        cache_dir=cache_dir or Path(tempfile.gettempdir()) / "unused",
    )


def articles(n: int, offset: int = 0):  # type: ignore[no-untyped-def]
    return (ARTICLE.format(i=i + offset) for i in range(n))


async def drain(n: int, s, concurrency: int, offset: int = 0) -> int:  # type: ignore[no-untyped-def]
    from visitx import aextract_many

    failures = 0
    async for result in aextract_many(
        articles(n, offset), settings=s, concurrency=concurrency, progress=False
    ):
        failures += result.error is not None
    return failures


def throughput(n: int, concurrency: int, delay: float) -> None:
    with Server(delay) as server:
        s = settings(server, None)
        asyncio.run(drain(concurrency, s, concurrency, offset=10**6))  # warm-up: imports, client
        started = time.perf_counter()
        failures = asyncio.run(drain(n, s, concurrency))
        wall = time.perf_counter() - started
    ideal = n / concurrency * delay
    print(
        f"throughput: {n} articles, concurrency {concurrency}, delay {delay * 1000:.0f} ms: "
        f"wall {wall:.2f} s, ideal {ideal:.2f} s, ratio {wall / ideal:.2f} (target <= 1.15)"
        f"{f', {failures} failed' if failures else ''}"
    )


def overhead(n: int) -> None:
    with Server(0.0) as server:
        s = settings(server, None)
        asyncio.run(drain(50, s, 8, offset=10**6))
        cpu = time.process_time()
        wall = time.perf_counter()
        asyncio.run(drain(n, s, 8))
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
    print(
        f"overhead: {n} articles, no delay: {cpu / n * 1000:.2f} ms CPU per article "
        f"(target <= 5 ms), {n / wall:.0f} articles/s wall"
    )


def warm_cache(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, Server(0.0) as server:
        s = settings(server, Path(tmp))
        fill = time.perf_counter()
        asyncio.run(drain(n, s, 32))
        fill = time.perf_counter() - fill
        started = time.perf_counter()
        asyncio.run(drain(n, s, 32))
        rerun = time.perf_counter() - started
    print(
        f"warm cache: {n} articles filled in {fill:.1f} s; rerun {rerun:.2f} s = "
        f"{n / rerun:.0f} articles/s (target >= 2000)"
    )


def peak_rss(n: int) -> None:
    code = (
        f"import asyncio, resource, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
        "import bench_batch as b; "
        f"server = b.Server(0.0); s = b.settings(server, None); "
        f"asyncio.run(b.drain({n}, s, 32)); server.__exit__(); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    print(f"peak RSS: {n} articles streamed: {int(out.stdout.split()[-1]) / 1024:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--delay", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="smaller numbers")
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.delay)
        return
    quick = args.quick
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    throughput(400, 32, 0.2)
    overhead(200 if quick else 1000)
    warm_cache(1000 if quick else 5000)
    for n in (1000, 2000) if quick else (1000, 20000):
        peak_rss(n)


if __name__ == "__main__":
    main()
