"""Count and print the outcomes of `bench_corpus.py`'s sets: right / wrong / None per group.

`tally` and `score` count each case's outcome per language, category or other key (and
in `all`); `show` prints one table of such counts per answerer (visitx, a peer). With
`SHOW["cases"]` set (`bench_corpus.py --cases`), `tally` also prints each date case
visitx does not get right, with visitx's answer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from score_sets import answer, grade  # the script's directory is on sys.path

Scores = defaultdict[str, Counter[str]]
SHOW = {"cases": False}  # --cases: print each date case visitx does not get right


def tally(
    cases: list[dict[str, Any]],
    outcome: Callable[[dict[str, Any]], str],
    key: str,
    cases_shown: bool = False,
) -> Scores:
    """Outcomes per `key`; with `cases_shown` (visitx's dates) and `--cases`, each not right."""
    scores: Scores = defaultdict(Counter)
    for case in cases:
        found = outcome(case)
        if SHOW["cases"] and cases_shown and found != "right":
            print(
                f"  {found.upper():5s} {case['text']!r} lang={case['lang']} "
                f"published={case['published']} tense={case.get('tense', 'past')} "
                f"expected={case.get('expected_day', case.get('expected'))} "
                f"visitx={answer(case)}"
            )
        scores[case[key] or "-"][found] += 1  # "-": language not stated
        scores["all"][found] += 1
    return scores


def score(cases: list[dict[str, Any]], answer: Callable[[dict[str, Any]], Any]) -> Scores:
    scores: Scores = defaultdict(Counter)
    for case in cases:
        outcome = grade(answer(case), case["expected"])
        scores[case["lang"]][outcome] += 1
        scores["all"][outcome] += 1
    return scores


def show(title: str, columns: dict[str, Scores], by: str = "language") -> None:
    print(f"\n{title}: right / wrong / None per {by}")
    groups = [*sorted({lang for s in columns.values() for lang in s} - {"all"}), "all"]
    width = max(5, *(len(group) for group in groups))
    print(f"{by[:width]:{width}s} " + " ".join(f"{name:>18s}" for name in columns))
    for group in groups:
        cells = []
        for scores in columns.values():
            c = scores.get(group, Counter())
            cells.append(f"{c['right']:>6d} /{c['wrong']:>3d} /{c['none']:>3d}")
        print(f"{group:{width}s} " + " ".join(f"{cell:>18s}" for cell in cells))
