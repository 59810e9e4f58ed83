"""What the screen and near-copy grouping save, and what they cost.

    python bench/bench_cost.py            # screen, grouping, 100,000 articles, 10,000-article run
    python bench/bench_cost.py --million  # also 1,000,000 articles in the on-disk index
    python bench/bench_cost.py --scale N  # only the index, N articles

Prints: the screen's recall and rejection per language on the gold set, the cluster set
and the written screen sets; its cost per article; the grouping's pairwise precision and
recall on synthetic syndication of the gold and cluster articles; the index's time, peak
memory and file size for 100,000 (and 1,000,000) synthetic articles; and the tokens and
dollars `visitx.estimate` says a 10,000-article run saves.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import visitx
from visitx.screening.dupes import DuplicateIndex

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "examples" / "articles"
CLUSTERS = ROOT / "tests" / "fixtures" / "clusters"
SETS = ROOT / "tests" / "fixtures" / "screen"
HEADERS = [
    "Home | World | Business | Sport\nBy Wire Staff\n",
    "Anasayfa > Dünya > Politika\n",
    "Главная / Новости / В мире\n",
    "",
]
FOOTERS = [
    "\n© 2024 Example News. All rights reserved. Share on Facebook | Share on X",
    "\nEtiketler: dünya, politika\nİlgili haberler",
    "\nПодписывайтесь на наш канал",
    "",
]


def load(root: Path) -> list[dict[str, str]]:
    rows = []
    for line in (root / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        entry["text"] = (root / entry["path"]).read_text(encoding="utf-8")
        rows.append(entry)
    return rows


def labelled() -> list[tuple[str, str, str, bool]]:
    """(set, language, text, reports a visit) for every article with a label."""
    has_visits = {}
    for line in (GOLD / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        has_visits[record["article"]["id"]] = bool(record["visits"])
    out = []
    for row in load(GOLD):
        positive = has_visits[visitx.ArticleRecord.id_for(row["text"])]
        out.append(("gold", row["language"], row["text"], positive))
    out += [("clusters", row["language"], row["text"], True) for row in load(CLUSTERS)]
    for name, positive in (("visits", True), ("general", False)):
        for line in (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            out.append((f"written {name}", row["language"], row["text"], positive))
    return out


def screen_figures() -> None:
    rows = labelled()
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # kept, pos, rejected, neg
    for _, language, text, positive in rows:
        relevant = visitx.screen(text, language=language).relevant
        cell = table[language]
        if positive:
            cell[0] += relevant
            cell[1] += 1
        else:
            cell[2] += not relevant
            cell[3] += 1
    print("screen: recall (visit reports kept) and rejection (general news ruled out)")
    print(f"  {'lang':5} {'recall':>12} {'rejection':>12}")
    totals = [0, 0, 0, 0]
    for language in sorted(table):
        cell = table[language]
        totals = [a + b for a, b in zip(totals, cell, strict=True)]
        rec = f"{cell[0]}/{cell[1]}" if cell[1] else "-"
        rej = f"{cell[2]}/{cell[3]}" if cell[3] else "-"
        print(f"  {language:5} {rec:>12} {rej:>12}")
    print(
        f"  all   {totals[0]}/{totals[1]} = {totals[0] / totals[1]:.1%}   "
        f"{totals[2]}/{totals[3]} = {totals[2] / totals[3]:.1%}"
    )
    texts = [text for _, _, text, _ in rows]
    for text in texts:
        visitx.screen(text)  # warm: tables loaded, word folds cached
    timings = []
    for _ in range(20):
        for text in texts:
            started = time.perf_counter()
            visitx.screen(text)
            timings.append(time.perf_counter() - started)
    mean_chars = statistics.mean(len(t) for t in texts)
    print(
        f"screen cost: {statistics.mean(timings) * 1e6:.0f} µs per article on average "
        f"(median {statistics.median(timings) * 1e6:.0f} µs, p99 "
        f"{sorted(timings)[int(len(timings) * 0.99)] * 1e6:.0f} µs; {len(texts)} articles of "
        f"{mean_chars:.0f} characters on average, warm)"
    )
    long_text = "\n".join(t for _, _, t, p in rows if not p and t.isascii())[:6000]
    best = min(timeit.repeat(lambda: visitx.screen(long_text), number=20, repeat=7)) / 20
    loop = min(timeit.repeat(lambda: sum(1 for _ in range(1000)), number=200, repeat=7)) / 200
    print(
        f"screen cost, a {len(long_text):,}-character English article with no cue (best of 7): "
        f"{best * 1e6:.0f} µs; machine speed: a 1,000-step Python loop takes "
        f"{loop * 1e6:.0f} µs here (about 25 µs on an idle core)"
    )


def syndicate(text: str, kind: int, rng: random.Random) -> str:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if kind == 0:
        return rng.choice(HEADERS[:3]) + text + rng.choice(FOOTERS[:3])
    if kind == 1:
        headline = len(paragraphs) > 2 and len(paragraphs[0]) < 120
        body = "\n".join(paragraphs[1:]) if headline else text
        return "A different headline for the same story\n" + body
    if kind == 2:
        return "\n".join(paragraphs[:-1]) if len(paragraphs) > 2 else text
    return text.replace('"', "“").replace("'", "’")


def grouping_figures() -> None:
    rng = random.Random(21)
    originals = [row["text"] for row in load(GOLD) + load(CLUSTERS)]
    texts, story = [], []
    for i, text in enumerate(originals):
        texts.append(text)
        story.append(i)
        for kind in range(4):
            texts.append(syndicate(text, kind, rng))
            story.append(i)
    started = time.perf_counter()
    groups = visitx.duplicate_groups(texts)
    seconds = time.perf_counter() - started
    found = {pair for group in groups for pair in combinations(group, 2)}
    truth = {
        (a, b) for a, b in combinations(range(len(texts)), 2) if story[a] == story[b]
        and texts[a] != texts[b]
    }
    found_distinct = {(a, b) for a, b in found if texts[a] != texts[b]}
    tp = len(found_distinct & truth)
    print(
        f"grouping: {len(originals)} gold and cluster articles x 5 versions (header/footer, "
        f"new headline, last paragraph dropped, typographic quotes): pairwise precision "
        f"{tp / max(1, len(found_distinct)):.3f}, recall {tp / max(1, len(truth)):.3f} "
        f"({tp}/{len(truth)} pairs); {seconds * 1e3 / len(texts):.2f} ms per article"
    )


def synthetic(count: int, rng: random.Random, vocabulary: list[str]) -> list[str]:
    """`count` articles of 150 random words; every tenth a copy of an earlier one."""
    out: list[str] = []
    for i in range(count):
        if i % 10 == 9:
            out.append(rng.choice(HEADERS) + out[rng.randrange(len(out))] + rng.choice(FOOTERS))
        else:
            out.append(" ".join(rng.choices(vocabulary, k=150)))
    return out


def scale_figures(count: int) -> None:
    """Index `count` synthetic articles in a file, in windows as a batch reads them.

    Text generation is timed apart and left out; CPU time is given beside wall time
    because the machine is shared. Peak RSS is this process's (run it alone: `--scale`).
    """
    rng = random.Random(count)
    vocabulary = [f"w{n}" for n in range(20_000)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    wall = cpu = 0.0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "dupes.sqlite3"
        found = 0
        batch = 10_000
        with DuplicateIndex(path) as index:
            for start in range(0, count, batch):
                texts = synthetic(min(batch, count - start), rng, vocabulary)
                wall0, cpu0 = time.perf_counter(), time.process_time()
                answers = index.add_many((str(start + i), t) for i, t in enumerate(texts))
                wall += time.perf_counter() - wall0
                cpu += time.process_time() - cpu0
                found += sum(a is not None for a in answers)
            wall0 = time.perf_counter()
            probe = [index.find(t) for t in synthetic(1000, random.Random(1), vocabulary)]
            lookup = (time.perf_counter() - wall0) / len(probe)
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"index of {count:,} synthetic articles (150 words, 10% copies) in a file, "
        f"`add_many`: {wall:.0f} s wall = {wall / count * 1e3:.3f} ms per article "
        f"({cpu / count * 1e3:.3f} ms CPU; text generation left out); {found:,} copies "
        f"found; `find` of a new article {lookup * 1e3:.2f} ms; file {size / 1e6:.0f} MB; "
        f"peak RSS {peak / 1024:.0f} MiB (+{(peak - before) / 1024:.0f} MiB)",
        flush=True,
    )


def savings_figures() -> None:
    """A 10,000-article run: 12% visit reports, 20% syndicated copies, gpt-4.1-mini.

    The labelled sets are small, so the run is scaled from them: `visitx.estimate` on the
    distinct visit reports and on the distinct general news gives the share each keeps
    and the tokens per article sent; copies are saved whole (grouping recall above).
    """
    rows = labelled()
    sets = {True: [r[2] for r in rows if r[3]], False: [r[2] for r in rows if not r[3]]}
    with tempfile.TemporaryDirectory() as folder:
        base = visitx.Settings(cache=False, cache_dir=Path(folder), model="gpt-4.1-mini")
        per: dict[bool, tuple[float, float, float]] = {}
        for positive, texts in sets.items():
            plain = visitx.estimate(texts, settings=base.replace(screen=False, duplicates=False))
            cut = visitx.estimate(texts, settings=base.replace(duplicates=False))
            tokens = (plain.prompt_tokens + plain.completion_tokens) / plain.to_send
            kept = cut.to_send / plain.to_send
            dollars = (plain.cost_usd or 0) / plain.to_send
            per[positive] = (kept, tokens, dollars)
    total, copies = 10_000, 2_000
    distinct = {True: (total - copies) * 0.12, False: (total - copies) * 0.88}
    all_tokens = sum(
        (distinct[p] + copies * (0.12 if p else 0.88)) * per[p][1] for p in per
    )
    all_cost = sum((distinct[p] + copies * (0.12 if p else 0.88)) * per[p][2] for p in per)
    cut_tokens = sum(distinct[p] * per[p][0] * per[p][1] for p in per)
    cut_cost = sum(distinct[p] * per[p][0] * per[p][2] for p in per)
    print(
        "a 10,000-article run (12% visit reports, 2,000 syndicated copies), gpt-4.1-mini, "
        "scaled from the labelled sets:"
    )
    print(
        f"  tokens per article sent: visit reports ~{per[True][1]:,.0f}, general news "
        f"~{per[False][1]:,.0f}; kept by the screen: {per[True][0]:.1%} / {per[False][0]:.1%}"
    )
    print(f"  everything sent:      ~{all_tokens:,.0f} tokens, ${all_cost:,.2f}")
    print(f"  screen + near-copies: ~{cut_tokens:,.0f} tokens, ${cut_cost:,.2f}")
    print(f"  saved: ~{all_tokens - cut_tokens:,.0f} tokens ({1 - cut_tokens / all_tokens:.0%}), "
          f"${all_cost - cut_cost:,.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--million", action="store_true", help="also index 1,000,000 articles")
    parser.add_argument("--scale", type=int, help="only index this many articles")
    args = parser.parse_args()
    if args.scale:
        scale_figures(args.scale)
        return
    screen_figures()
    grouping_figures()
    savings_figures()
    sys.stdout.flush()
    for count in (100_000, 1_000_000) if args.million else (100_000,):
        # each in a process of its own, so that its peak RSS is its own
        subprocess.run([sys.executable, __file__, "--scale", str(count)], check=True)


if __name__ == "__main__":
    main()
