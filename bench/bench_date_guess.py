"""parse_date without `language` against parse_date with the case's language.

Every case of every date set `bench_corpus.py` scores (`normalize_corpus.json`'s
dates, dateparser's suites, the everyday and news English sets, the fourth and fifth
English probes) is parsed twice: with the language the case states and with `language=None`.
The script prints, per
set and language, how many calls without a language answer, how many of those
answers differ from a (non-None) answer with the language (the target is none), and
how many answer where the call with the language gives None (`extra`; in languages
without tables, where dateparser is the fallback), each graded like `bench_corpus.py`
grades the set. A case with no stated language is parsed once and left out.

Run from the repository root (`--dump FILE` writes every answer as JSON lines):

    python bench/bench_date_guess.py
"""

from __future__ import annotations

import json
import sys
import warnings
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from bench_corpus import period_of  # the script's directory is on sys.path

from visitx import parse_date

HERE = Path(__file__).parent


def sets() -> dict[str, list[dict[str, Any]]]:
    corpus = json.loads((HERE / "normalize_corpus.json").read_text(encoding="utf-8"))
    suites = json.loads((HERE / "dateparser_cases.json").read_text(encoding="utf-8"))
    found = {"normalize_corpus": corpus["dates"]}
    found.update({f"dateparser {kind}": cases for kind, cases in suites.items()
                  if isinstance(cases, list)})  # fmt: skip
    for name in (
        "english_cases",
        "english_news_cases",
        "english_round4_cases",
        "english_round5_cases",
        "english_round6_cases",
        "english_round7_cases",
        "english_round8_cases",
        "english_round9_cases",
        "english_round10_cases",
        "english_round11_cases",
        "english_round12_cases",
        "english_round13_cases",
        "english_round14_cases",
        "english_round15_cases",
        "english_round16_cases",
        "english_round17_cases",
        "english_round18_cases",
    ):
        found[name] = json.loads((HERE / f"{name}.json").read_text(encoding="utf-8"))
    return found


def answer(case: dict[str, Any], lang: str | None) -> list[str] | None:
    tense = "future" if case.get("tense") == "future" else "past"
    try:
        value = parse_date(case["text"], language=lang, published=case["published"], tense=tense)
    except Exception as exc:  # a crash is a figure too
        return ["error", type(exc).__name__]
    return None if value is None else [value.start, value.end, value.precision, value.calendar]


def right(name: str, case: dict[str, Any], found: list[str]) -> bool:
    """Whether `found` is right for `case`, the way `bench_corpus.py` grades `name`."""
    start, end = date.fromisoformat(found[0]), date.fromisoformat(found[1])
    if not name.startswith("dateparser"):
        return bool(found[:2] == case["expected"])
    day = date.fromisoformat(case["expected_day"])
    if "relative" in name:
        first, last = period_of(day, case["period"])
        return first <= start <= day <= end <= last
    filled_in = day.day in (1, date.fromisoformat(case["published"][:10]).day)
    return start == end == day or (start < end and start <= day <= end and filled_in)


def main() -> None:
    warnings.simplefilter("ignore")
    rows: list[dict[str, Any]] = []
    total: Counter[str] = Counter()
    for name, cases in sets().items():
        counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for case in cases:
            lang = case.get("lang")
            if not lang:
                continue
            with_lang, without = answer(case, lang), answer(case, None)
            row = counts[lang]
            row["cases"] += 1
            row["with"] += with_lang is not None
            row["without"] += without is not None
            row["differs"] += None not in (with_lang, without) and without != with_lang
            if with_lang is None and without is not None:
                row["extra"] += 1
                row["extra right"] += right(name, case, without)
            rows.append({"set": name, "lang": lang, "text": case["text"],
                         "published": case["published"],
                         "with": with_lang, "without": without})  # fmt: skip
        print(f"\n{name}: cases / answered with language / without / differing / extra (right)")
        for lang in sorted(counts):
            r = counts[lang]
            print(f"  {lang:6s} {r['cases']:5d} {r['with']:5d} {r['without']:5d} "
                  f"{r['differs']:4d} {r['extra']:4d} ({r['extra right']})")  # fmt: skip
            total.update(r)
    print(f"\nall: {total['cases']} cases, {total['with']} answered with the language, "
          f"{total['without']} without, {total['differs']} differing, "
          f"{total['extra']} extra ({total['extra right']} right)")  # fmt: skip
    if sys.argv[1:2] == ["--dump"]:
        lines = (json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        Path(sys.argv[2]).write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
