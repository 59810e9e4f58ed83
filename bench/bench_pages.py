"""Page-reading benchmark: read_html, guess_language, clean_text and split_text.

Prints the first call (which loads trafilatura, lxml and py3langid's model) and the warm
cost per call on the test pages (`tests/fixtures/pages/`), on a 1 MB page, and on the
gold articles.

    python bench/bench_pages.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.html"))
ARTICLES = ROOT / "examples" / "articles"


def _first_call(code: str) -> float:
    """Seconds for one call in a fresh process, `import visitx` excluded."""
    script = (
        "import time, visitx, pathlib\n"
        f"data = {code!r}\n"
        "t = time.perf_counter()\n"
        "exec(data)\n"
        "print(time.perf_counter() - t)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def _warm(function: object, inputs: list[object], repeat: int = 5) -> float:
    """Median seconds per call over the inputs."""
    times = []
    for _ in range(repeat):
        for item in inputs:
            start = time.perf_counter()
            function(item)  # type: ignore[operator]
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    import visitx

    read_first = f"visitx.read_html(pathlib.Path({str(PAGES[-1])!r}).read_bytes())"
    guess_first = "visitx.guess_language('Der Minister besuchte Berlin am Montag.')"
    print(f"first read_html (loads trafilatura): {_first_call(read_first) * 1e3:.0f} ms")
    print(f"first guess_language (loads py3langid): {_first_call(guess_first) * 1e3:.0f} ms")

    good = [p.read_bytes() for p in PAGES if p.name != "no_article.html"]
    visitx.read_html(good[0])
    per_page = _warm(visitx.read_html, good) * 1e3
    print(f"warm read_html, {len(good)} test pages: {per_page:.1f} ms per page")

    source = (PAGES[0].parent / "de_cookie_comments.html").read_text("utf-8")
    body = source.split("<article>")[1].split("</article>")[0]
    big = source.replace("</article>", body * 700 + "</article>").encode("utf-8")
    start = time.perf_counter()
    article = visitx.read_html(big)
    took = (time.perf_counter() - start) * 1e3
    print(
        f"read_html on a {len(big) / 1e6:.1f} MB page: {took:.0f} ms "
        f"({len(article.text):,} characters of text)"
    )

    texts = []
    for index in sorted(ARTICLES.glob("*/index.jsonl")):
        for line in index.read_text("utf-8").splitlines():
            texts.append((ARTICLES / json.loads(line)["path"]).read_text("utf-8"))
    visitx.guess_language(texts[0])
    guess = _warm(visitx.guess_language, texts) * 1e6
    clean = _warm(visitx.clean_text, texts) * 1e6
    print(f"warm guess_language, {len(texts)} gold articles: {guess:.0f} µs per article")
    print(f"warm clean_text, {len(texts)} gold articles: {clean:.0f} µs per article")
    long = "\n\n".join(texts) * 20
    start = time.perf_counter()
    chunks = visitx.split_text(long, 8000)
    took = (time.perf_counter() - start) * 1e3
    print(f"split_text of {len(long):,} characters into {len(chunks)} chunks: {took:.1f} ms")


if __name__ == "__main__":
    main()
