"""Benchmark `visitx.grounding.locate.locate` on a ~10 KB multilingual article.

Builds the article from the seed texts (Turkish, Persian, German), then times exact,
normalized, fuzzy and not-found lookups, plus the first call on a new article, which
pays for normalizing it. Run from the repository root:

    PYTHONPATH=src python bench/bench_locate.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from visitx.grounding.locate import locate

SEEDS = Path("/work/shared/fixtures/seeds")
TARGET_CHARS = 10_000

# Quotes as a model returns them, by the level at which they should be found.
CASES: dict[str, list[str]] = {
    "exact": [
        "Cüneyt Çalık",
        "ASO 1. OSB",
        "Kahramanmaraş OSB’yi",
        "Masashi Inove, Kotoe Kuroda ve Seda Torısu",
        "۱۶ میلیون تن",
        "استاندار آستراخان روسیه",
        "Deryageldi Orazov",
        "Jin Hyun Hwan",
    ],
    "normalized": [
        "IĞDIR TICARET VE SANAYI ODASI",  # İ/ı/I folding
        "ASO 1. OSB'yi",  # straight apostrophe for ’
        "به\u200cعنوان دروازه تجارت روسیه",  # ZWNJ where the article has none
        "محسوب می شود",  # a space where the article has nothing
        "16 ميليون تن",  # ASCII digits, Arabic ي
        '"intelligenten Stadt"',  # straight quotes for „ “
        "Turkmenabat–Phosphor–Düngemittelanlage",  # en dashes for hyphens
        "GROSSES Abkommen",  # ß folded to ss
    ],
    "fuzzy": [
        "Cuneyt Calik",  # diacritics dropped
        "Kahramanmaras OSB",
        "JICA yetkilileri Masashi Inoue, Kotoe Kuroda ve Seda Torisu",  # one letter fixed
        "Ruandalı iş insanları, Ruanda Büyükelçiliği ve Ticaret Ataşeliğinden yetkililer "
        "ile birlikte ASO 1. OSB'yi ziyaret etti.",  # apostrophe dropped
    ],
    "not_found": [
        "Cüneyt Çelik",  # invented surname
        "17 میلیون تن",  # changed number
        "The Rwandan business people visited ASO 1st OSB.",  # translation
        "Hasan Köse Seoul",  # words from the article, never together
    ],
}


def build_article() -> str:
    """About 10 KB: the first 2,000 characters of each of the five seed articles."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return "\n\n".join(t[: TARGET_CHARS // len(texts)] for t in texts)


def per_call_us(fn: Callable[[], object], repeat: int) -> float:
    """Median over 5 rounds of the mean time per call, in microseconds."""
    rounds = []
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(repeat):
            fn()
        rounds.append((time.perf_counter() - t0) / repeat * 1e6)
    return statistics.median(rounds)


def add_long_quotes(article: str) -> None:
    """Add a 275-character evidence paragraph from the Persian seed to each category."""
    start = article.index("نماینده عالی دولت")
    paragraph = article[start : article.index("توسعه یاید.", start) + len("توسعه یاید.")]
    CASES["exact"].append(paragraph)
    CASES["normalized"].append(paragraph.replace("ی", "ي").replace("میتوانند", "می\u200cتوانند"))
    CASES["fuzzy"].append(paragraph.replace("یاید", "یابد"))  # the article's typo, fixed
    CASES["not_found"].append(paragraph.replace("روسیه و آستراخان", "آستراخان و روسیه"))


def main() -> int:
    article = build_article()
    add_long_quotes(article)
    print(f"article: {len(article):,} characters, {len(article.encode()):,} bytes")

    for level, quotes in CASES.items():
        for q in quotes:
            span = locate(q, article)
            got = span.match if span else None
            expected = None if level == "not_found" else level
            if got != expected:
                print(f"  unexpected: {q!r} -> {got} (want {expected})", file=sys.stderr)
                return 1

    # First call on a new article: normalizing it (and, for fuzzy, its level-2 form).
    firsts: dict[str, list[float]] = {"normalized": [], "fuzzy": []}
    for n in range(20):
        for level, quote in (("normalized", CASES["normalized"][0]), ("fuzzy", "Cuneyt Calik")):
            fresh = article + f"\n{n}{level}"  # a new string: a cache miss
            t0 = time.perf_counter()
            locate(quote, fresh)
            firsts[level].append((time.perf_counter() - t0) * 1e6)
    print(
        f"first call, normalized hit (normalizes the article): "
        f"{statistics.median(firsts['normalized']):8.1f} µs"
    )
    print(
        f"first call, fuzzy hit (normalizes at both levels):  "
        f"{statistics.median(firsts['fuzzy']):8.1f} µs"
    )

    locate("warm-up", article)
    print("per call, article cached (mean over the quotes of each kind):")
    for level, quotes in CASES.items():
        repeat = 200 if level in ("exact", "normalized") else 20
        times = [per_call_us(partial(locate, q, article), repeat) for q in quotes]
        middle = len(article) // 2
        hinted = [per_call_us(partial(locate, q, article, hint=middle), repeat) for q in quotes]
        print(
            f"  {level:<11} mean {statistics.mean(times):8.1f} µs   max {max(times):8.1f} µs"
            f"   with hint mean {statistics.mean(hinted):8.1f} µs"
        )
    # A visit: 7 names, places and dates plus an evidence paragraph as copied, 5 retyped
    # strings, one near match and one hallucination.
    exact, normalized = CASES["exact"], CASES["normalized"]
    visit = [*exact[:7], exact[-1], *normalized[:5], CASES["fuzzy"][0], CASES["not_found"][0]]
    per_visit = per_call_us(lambda: [locate(q, article) for q in visit], 20)
    print(
        f"a visit's worth ({len(visit)} quotes): {per_visit:8.1f} µs "
        f"= {per_visit / len(visit):6.1f} µs per quote"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
