"""What `bench_speed.py`'s figures run on: fresh interpreters and the bench's articles.

`python` runs a snippet in a fresh interpreter whose `PYTHONPATH` is `ENV`'s (this tree's
`src` and `bench/`; `bench_speed.py --src` points it at another tree) and returns the one
JSON value it prints. `article` is the i-th article of the bench (the shared story of
bench_batch's `ARTICLE`, optionally with words of its own), and `fill_cache` writes a
cache of n of them directly, one cached answer shared by all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
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
