"""`read_html` on real saved pages with public expectations (see `build_page_cases.py`).

Four figures, each beside the libraries visitx builds on, run on the same bytes:

- charset: pages `read_html` cannot decode, or decodes to mojibake ("ForstÃ¦rket"),
  that trafilatura alone decodes cleanly;
- body: F1 of the main text against the article bodies people wrote out
  (scrapinghub/article-extraction-benchmark's 4-gram shingle metric, its `evaluate.py`),
  beside trafilatura's default and precise passes; and the "with"/"without" snippets of
  trafilatura's evaluation pages;
- dates: right, wrong and missing publication days on htmldate's 200 hand-dated news
  pages (and its 800 BBAW pages), beside htmldate's fast and extensive searches (without
  the URL, as htmldate's own `comparison.py` calls them) - each page read on the day it
  was committed to the source repository;
- language: `article.language` against `bench/page_languages.json` (448 pages, each
  article's language read by hand), right / wrong / None by how the page's declared
  `lang` relates to its text (agrees, disagrees, none declared) and on pages with
  other-language boilerplate.

    python bench/build_page_cases.py --mirrors DIR   # once: DIR holds the three snapshots
    PYTHONPATH=src python bench/bench_real_pages.py [--data /tmp/visitx-real-pages] [--jobs 2]
    PYTHONPATH=src python bench/bench_real_pages.py --languages   # the labelled pages only
    PYTHONPATH=src python bench/bench_real_pages.py --dates       # the dated pages only

Each method's answers are kept in `DATA/answers-*.json` for a look at the misses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
LANGUAGES = HERE / "page_languages.json"
# UTF-8 read as a single-byte charset: "Ã¦", "Ã©", "â€™", "Ã¼", "Å¡".
MOJIBAKE = re.compile(
    "[ÃÂÅÄ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u203a]|â€"
)
_TOKEN = re.compile(r"\w+")


def _visitx(case: dict[str, Any], data: Path) -> dict[str, Any]:
    from visitx import read_html
    from visitx.core.errors import InputError

    raw = (data / case["file"]).read_bytes()
    today = dt.date.fromisoformat(case["read_on"]) if case.get("read_on") else None
    started = time.process_time()
    try:
        article = read_html(raw, url=case.get("url"), today=today)
    except InputError as exc:
        return {"error": str(exc), "cpu": time.process_time() - started}
    return {
        "text": article.text,
        "published": article.published,
        "language": article.language,
        "cpu": time.process_time() - started,
    }


def _trafilatura(case: dict[str, Any], data: Path) -> dict[str, Any]:
    import trafilatura

    raw = (data / case["file"]).read_bytes()
    out: dict[str, Any] = {}
    for name, precise in (("default", False), ("precise", True)):
        doc = trafilatura.bare_extraction(
            raw, url=case.get("url"), include_comments=False, include_tables=True,
            favor_precision=precise, with_metadata=True,
        )  # fmt: skip
        out[name] = getattr(doc, "text", None) or ""
    return out


def _htmldate(case: dict[str, Any], data: Path) -> dict[str, Any]:
    from htmldate import find_date

    raw = (data / case["file"]).read_bytes()
    return {
        kind: find_date(raw, extensive_search=kind == "extensive", original_date=True)
        for kind in ("fast", "extensive")
    }


METHODS = {"visitx": _visitx, "trafilatura": _trafilatura, "htmldate": _htmldate}


def _one(args: tuple[str, dict[str, Any], Path]) -> dict[str, Any]:
    name, case, data = args
    try:
        return METHODS[name](case, data)
    except Exception as exc:  # a crash on one page is a figure, not the end of the run
        return {"crash": f"{type(exc).__name__}: {exc}"}


def answers(
    name: str,
    cases: list[dict[str, Any]],
    data: Path,
    jobs: int,
    *,
    fresh: bool = False,
    kept_as: str | None = None,
) -> list[dict[str, Any]]:
    """Each page's answer by one method, kept in DATA (recomputed with `fresh`)."""
    kept = data / f"answers-{kept_as or name}.json"
    known: dict[str, Any] = {}
    if kept.is_file() and not fresh:
        known = json.loads(kept.read_text("utf-8"))
    missing = [case for case in cases if case["file"] not in known]
    with ProcessPoolExecutor(jobs) as pool:
        found = pool.map(_one, [(name, case, data) for case in missing], chunksize=8)
        for case, answer in zip(missing, found, strict=True):
            known[case["file"]] = answer
    kept.write_text(json.dumps(known, ensure_ascii=False), "utf-8")
    return [known[case["file"]] for case in cases]


def shingle_f1(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """F1, precision, recall of 4-gram shingles, as article-extraction-benchmark counts."""
    precisions, recalls = [], []
    for true, pred in pairs:
        a, b = Counter(_shingles(true)), Counter(_shingles(pred))
        tp = sum((a & b).values())
        fp = sum((b - a).values())
        fn = sum((a - b).values())
        if fp == fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p, r = statistics.mean(precisions), statistics.mean(recalls)
    return 2 * p * r / (p + r), p, r


def _shingles(text: str) -> list[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return [tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)) if tokens[i : i + 4]]


def _norm(text: str) -> str:
    return " ".join(text.split())


def snippets(cases: list[dict[str, Any]], texts: list[str]) -> tuple[int, int, int, int]:
    """(with found, with total, without absent, without total)."""
    found = total = absent = excluded = 0
    for case, text in zip(cases, texts, strict=True):
        flat = _norm(text)
        for snippet in case["with"]:
            total += 1
            found += _norm(snippet) in flat
        for snippet in case["without"]:
            excluded += 1
            absent += _norm(snippet) not in flat
    return found, total, absent, excluded


def _row(label: str, values: list[str]) -> str:
    return f"| {label} | " + " | ".join(values) + " |"


def charset(
    cases: list[dict[str, Any]], mine: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> None:
    lost = []
    for case, a, b in zip(cases, mine, theirs, strict=True):
        ours = a.get("text") or ""
        alone = b.get("default") or ""
        garbled = len(MOJIBAKE.findall(ours)) > 2 + 2 * len(MOJIBAKE.findall(alone))
        failed = "error" in a and alone and ("charset" in a["error"] or "decoded" in a["error"])
        if garbled or failed or "crash" in a:
            lost.append((case["file"], a.get("error") or a.get("crash") or "mojibake"))
    print(f"charset: {len(lost)} of {len(cases)} pages lost that trafilatura alone reads")
    for file, why in lost:
        print(f"   {file}: {why[:100]}")


def bodies(
    cases: list[dict[str, Any]], mine: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> None:
    print("| method | F1 | precision | recall |")
    print("|---|---|---|---|")
    rows = {
        "trafilatura's own run (benchmark's output/trafilatura.json)": [
            c["trafilatura"] for c in cases
        ],
        "trafilatura default pass (installed)": [t.get("default", "") for t in theirs],
        "trafilatura favor_precision (installed)": [t.get("precise", "") for t in theirs],
        "visitx read_html": [m.get("text", "") for m in mine],
    }
    for label, texts in rows.items():
        f1, p, r = shingle_f1([(c["body"], t) for c, t in zip(cases, texts, strict=True)])
        print(_row(label, [f"{f1:.3f}", f"{p:.3f}", f"{r:.3f}"]))


def snippet_table(
    cases: list[dict[str, Any]], mine: list[dict[str, Any]], theirs: list[dict[str, Any]]
) -> None:
    print("| method | 'with' found | 'without' left out | no text |")
    print("|---|---|---|---|")
    rows = {
        "trafilatura default pass": [t.get("default", "") for t in theirs],
        "trafilatura favor_precision": [t.get("precise", "") for t in theirs],
        "visitx read_html": [m.get("text", "") for m in mine],
    }
    for label, texts in rows.items():
        a, b, c, d = snippets(cases, texts)
        empty = sum(1 for t in texts if not t)
        print(_row(label, [f"{a}/{b} ({a / b:.3f})", f"{c}/{d} ({c / d:.3f})", str(empty)]))


def dates(
    label: str,
    cases: list[dict[str, Any]],
    mine: list[dict[str, Any]],
    theirs: list[dict[str, Any]],
) -> None:
    dated = sum(1 for c in cases if c["date"])
    print(f"{label}: {len(cases)} pages, {dated} dated")
    print("| method | right | wrong | none | a date for an undated page |")
    print("|---|---|---|---|---|")
    rows = {
        "htmldate fast": [t.get("fast") for t in theirs],
        "htmldate extensive": [t.get("extensive") for t in theirs],
        "visitx read_html": [m.get("published") for m in mine],
    }
    for name, found in rows.items():
        pairs = list(zip(cases, found, strict=True))
        right = sum(1 for c, f in pairs if c["date"] and f == c["date"])
        wrong = sum(1 for c, f in pairs if c["date"] and f and f != c["date"])
        extra = sum(1 for c, f in pairs if not c["date"] and f)
        print(_row(name, [str(right), str(wrong), str(dated - right - wrong), str(extra)]))


def languages(by_file: dict[str, dict[str, Any]]) -> None:
    """Right / wrong / None of `article.language` per declared-vs-text group."""
    spec = json.loads(LANGUAGES.read_text("utf-8"))
    tally: dict[str, Counter[str]] = {}
    misses = []
    for case in spec["pages"]:
        if case["file"] not in by_file:
            continue  # a set left out of this run
        got = by_file[case["file"]].get("language")
        # A label of null (a language without a two-letter code) is right only as None.
        outcome = "right" if got == case["language"] else "none" if got is None else "wrong"
        groups = [case["group"], "all"] + (["mixed"] if case.get("mixed") else [])
        for group in groups:
            tally.setdefault(group, Counter())[outcome] += 1
        if outcome != "right":
            misses.append((case["file"], case["declared"], case["language"], got))
    if not tally:
        return
    print("| pages (declared lang vs the text) | right | wrong | None |")
    print("|---|---|---|---|")
    for group in ("agrees", "disagrees", "none", "mixed", "all"):
        if group in tally:
            counts = [str(tally[group][key]) for key in ("right", "wrong", "none")]
            print(_row(f"{group} ({tally[group].total()})", counts))
    for miss in misses:
        print("   ", miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/visitx-real-pages"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sets", default="news,bbaw,snippets,bodies")
    parser.add_argument(
        "--dates", action="store_true", help="only the dated sets (news, bbaw): --sets news,bbaw"
    )
    parser.add_argument("--keep", action="store_true", help="reuse visitx's kept answers")
    parser.add_argument(
        "--languages", action="store_true", help="only the pages of page_languages.json"
    )
    args = parser.parse_args()
    spec = json.loads((args.data / "cases.json").read_text("utf-8"))
    wanted = {"news", "bbaw"} if args.dates else set(args.sets.split(","))
    cases = [c for c in spec["cases"] if c["set"] in wanted]
    if args.languages:
        labelled = {p["file"] for p in json.loads(LANGUAGES.read_text("utf-8"))["pages"]}
        cases = [c for c in cases if c["file"] in labelled]
        mine = answers(
            "visitx", cases, args.data, args.jobs, fresh=not args.keep, kept_as="visitx-languages"
        )
        languages({c["file"]: m for c, m in zip(cases, mine, strict=True)})
        return
    print("sources:", json.dumps(spec["sources"]))
    started = time.perf_counter()
    mine = answers("visitx", cases, args.data, args.jobs, fresh=not args.keep)
    cpu = sum(m.get("cpu", 0.0) for m in mine)
    print(f"read_html on {len(cases)} pages: {time.perf_counter() - started:.0f} s wall, "
          f"{cpu / len(cases) * 1e3:.0f} ms CPU per page")  # fmt: skip
    text_cases = [c for c in cases if c["set"] in {"snippets", "bodies"}]
    date_cases = [c for c in cases if c["set"] in {"news", "bbaw"}]
    theirs = dict(
        zip(
            (id(c) for c in text_cases),
            answers("trafilatura", text_cases, args.data, args.jobs),
            strict=True,
        )
    )
    stamped = dict(
        zip(
            (id(c) for c in date_cases),
            answers("htmldate", date_cases, args.data, args.jobs),
            strict=True,
        )
    )
    by_case = {id(c): m for c, m in zip(cases, mine, strict=True)}

    def pick(
        subset: str,
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        chosen = [c for c in cases if c["set"] == subset]
        other = theirs if subset in {"snippets", "bodies"} else stamped
        return chosen, [by_case[id(c)] for c in chosen], [other[id(c)] for c in chosen]

    if text_cases:
        charset(
            text_cases, [by_case[id(c)] for c in text_cases], [theirs[id(c)] for c in text_cases]
        )
    if "bodies" in wanted:
        bodies(*pick("bodies"))
    if "snippets" in wanted:
        snippet_table(*pick("snippets"))
    for subset in ("news", "bbaw"):
        if subset in wanted:
            dates(subset, *pick(subset))
    if LANGUAGES.is_file():
        languages({c["file"]: m for c, m in zip(cases, mine, strict=True)})


if __name__ == "__main__":
    main()
