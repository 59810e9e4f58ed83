"""Score `country_code` on every country set and keep each case's outcome for comparison.

The sets of `bench_corpus.py` (country_converter's data and tests with `language="en"`
and without, `country_traps.json`, `country_heldout.json` by category, the actor names
of `/tmp/visitx-country-actors.json` when built, `country_actors_blind.json`,
`country_round4_cases.json`, `country_round5_cases.json`,
`country_arabic6_cases.json`, `country_round6_cases.json` and
`country_round7_cases.json`, `country_round8_cases.json`, `country_round9_cases.json` and
`country_round10_cases.json` by category,
`normalize_corpus.json`'s countries)
and `country_traps_ordinary.tsv`, graded the same way (`bench_corpus.grade_heldout`),
without the date and locate sets.

    python bench/bench_countries.py [OUTCOMES.json [BEFORE.json]]

With OUTCOMES, every case's answer is written there; with BEFORE (a file an earlier run
wrote, e.g. on main), every case whose outcome changed is listed, so a fix shows what it
cost.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench_corpus import (
    CORPUS,
    COUNTRY_ACTORS,
    COUNTRY_ACTORS_BLIND,
    COUNTRY_ARABIC6,
    COUNTRY_CONVERTER,
    COUNTRY_HELDOUT,
    COUNTRY_ROUND4,
    COUNTRY_ROUND5,
    COUNTRY_ROUND6,
    COUNTRY_ROUND7,
    COUNTRY_ROUND8,
    COUNTRY_ROUND9,
    COUNTRY_ROUND10,
    COUNTRY_TRAPS,
    grade_heldout,
)

from visitx import country_code

ORDINARY = Path(__file__).with_name("country_traps_ordinary.tsv")


def ordinary_traps() -> list[dict[str, Any]]:
    """The cases of `country_traps_ordinary.tsv` (written on branch countries4)."""
    lines = [line for line in ORDINARY.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]  # fmt: skip
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:]]
    cases = [dict(zip(header, row, strict=True)) for row in rows]
    return [
        {**case, "expected": case["expected"] or None, "lang": case["lang"] or None,
         "also": case["also"].split(",") if case["also"] else []}
        for case in cases
    ]  # fmt: skip


def sets() -> dict[str, list[dict[str, Any]]]:
    """Set name -> cases (`text`, `lang`, `expected`, optional `also`, `category`)."""
    converter = json.loads(COUNTRY_CONVERTER.read_text(encoding="utf-8"))
    found: dict[str, list[dict[str, Any]]] = {
        "country_converter en": [{**c, "lang": "en"} for c in converter],
        "country_converter": [{**c, "lang": None} for c in converter],
        "normalize_corpus": json.loads(CORPUS.read_text(encoding="utf-8"))["countries"],
    }
    for case in ordinary_traps():
        found.setdefault(f"ordinary {case['category']}", []).append(case)
    for case in json.loads(COUNTRY_TRAPS.read_text(encoding="utf-8")):
        found.setdefault(f"traps {case['category']}", []).append(case)
    heldout = json.loads(COUNTRY_HELDOUT.read_text(encoding="utf-8"))
    if COUNTRY_ACTORS.exists():
        heldout += json.loads(COUNTRY_ACTORS.read_text(encoding="utf-8"))
    else:
        print(f"({COUNTRY_ACTORS} not built: the actor cases are left out)")
    for case in heldout:
        found.setdefault(f"heldout {case['category']}", []).append(case)
    probes = (("blind", COUNTRY_ACTORS_BLIND), ("round4", COUNTRY_ROUND4),
              ("round5", COUNTRY_ROUND5), ("arabic6", COUNTRY_ARABIC6),
              ("round6", COUNTRY_ROUND6), ("round7", COUNTRY_ROUND7),
              ("round8", COUNTRY_ROUND8), ("round9", COUNTRY_ROUND9),
              ("round10", COUNTRY_ROUND10))  # fmt: skip
    for prefix, path in probes:
        for case in json.loads(path.read_text(encoding="utf-8")):
            found.setdefault(f"{prefix} {case['category']}", []).append(case)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("outcomes", nargs="?", type=Path,
                        help="write every case's answer, expectation and grade here (JSON)")
    parser.add_argument("before", nargs="?", type=Path,
                        help="an earlier run's OUTCOMES: list the cases whose grade changed")
    args = parser.parse_args(argv)
    outcomes: dict[str, list[Any]] = {}
    started = time.process_time()
    for name, cases in sets().items():
        tally: Counter[str] = Counter()
        for case in cases:
            answer = country_code(case["text"], language=case["lang"])
            grade = grade_heldout(answer, case)
            tally[grade] += 1
            outcomes[f"{name}\t{case['text']}\t{case['lang'] or ''}"] = [
                answer,
                case["expected"],
                grade,
            ]
        print(f"{name:32s} {len(cases):6d}  {tally['right']:6d} / {tally['wrong']:4d} / "
              f"{tally['none']:6d}")  # fmt: skip
    print(f"CPU {time.process_time() - started:.1f} s")
    if args.outcomes is not None:
        args.outcomes.write_text(json.dumps(outcomes, ensure_ascii=False), encoding="utf-8")
    if args.before is not None:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        for key, (answer, expected, grade) in outcomes.items():
            old = before.get(key)
            if old is not None and old[2] != grade:
                change = f"{old[0]} -> {answer} (expected {expected})"
                print(f"{old[2]:>5s} -> {grade:5s} {key!r}: {change}")


if __name__ == "__main__":
    main()
