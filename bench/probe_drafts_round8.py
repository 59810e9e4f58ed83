"""Round-8 drafts (`drafts_round8_cases.json`): genuine visits drafted loosely, and fakes.

    PYTHONPATH=src python bench/probe_drafts_round8.py [--show] [CASE_ID ...]

121 drafts written blind, each with its own short article inline: 60 genuine visits in 18
languages drafted the way a reasonable model would (a name in the nominative where the
article inflects it, straight quotes and hyphens for the article's curly ones, plain
spaces for non-breaking ones, evidence with no "visit" word, dates in the article's
language), expected coded with the listed countries and date; and 61 fakes a weak model
would produce (names from the related-articles block, a background visit with the story's
day, the byline, a footer or page date, a heading as evidence, a summary copied from the
prompt, a country against the title, placeholders), expected uncoded, or with the value
nulled and a warning naming it. Each goes through `visitx.extract` as in rounds 5-7
(`probe_drafts_round5.run`: the same draft answered again after one re-ask,
`strip_boilerplate` on). Tally by half and kind: right / refused (genuine: the visit lost –
no codes, or a country, date or participant's name not found; fake: the schema refused
the draft, which is right) / wrong (genuine: a code, country or date other than the
expected; fake: coded, or the fake country or date kept) / unflagged (fake: no warning
names the value).
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Callable
from typing import Any

from probe_drafts_round5 import HERE, print_tally, run, show_case


def _genuine(exp: dict[str, Any], first: dict[str, Any] | None) -> tuple[list[str], list[str]]:
    """(wrong, lost) for a genuine visit."""
    if first is None or not first["cameo"]:
        return [], ["no codes"]
    wrong: list[str] = []
    lost: list[str] = []
    if sorted(first["cameo"]) != sorted(exp["cameo"]):
        wrong.append(f"cameo {first['cameo']}")
    got = list(first["countries"].values())
    for i, code in enumerate(exp["countries"]):
        have = got[i] if i < len(got) else None
        if have != code:
            (lost if have is None else wrong).append(f"country[{i}] {have} != {code}")
    want = exp["date"] and exp["date"]["start"]
    if first["date"] != want:
        (lost if first["date"] is None else wrong).append(f"date {first['date']} != {want}")
    for i, ok in enumerate(exp.get("located", [])):
        if ok and (i >= len(first["names"]) or first["names"][i][1] is None):
            lost.append(f"name[{i}] not found")
    return wrong, lost


def _said(warn: str, warnings: list[str], draft: dict[str, Any]) -> bool:
    """Whether a warning names `warn`: by its text, or, for a participant's name, by its
    place in the draft ("visits[0].participants[1].country: ...")."""
    said = " ".join(warnings).casefold()
    places = [
        f"visits[{k}].participants[{i}]"
        for k, v in enumerate(draft["visits"])
        for i, p in enumerate(v["participants"])
        if p["name"] == warn
    ]
    return warn.casefold() in said or any(place in said for place in places)


def _fake(
    exp: dict[str, Any], out: dict[str, Any], draft: dict[str, Any]
) -> tuple[list[str], list[str]]:
    """(wrong, unflagged) for a fake."""
    visits = out["visits"]
    first = visits[0] if visits else None
    wrong: list[str] = []
    if exp["coded"] is False and any(v["cameo"] for v in visits):
        wrong.append(f"coded {[v['cameo'] for v in visits]}")
    if exp["coded"] is True and (first is None or not first["cameo"]):
        wrong.append("no codes (the real visit lost)")
    if first is not None:
        got = list(first["countries"].values())
        for i, code in enumerate(exp.get("countries", [])):
            if i < len(got) and got[i] != code:
                wrong.append(f"country[{i}] {got[i]} != {code}")
        if "date" in exp and first["date"] != (exp["date"] and exp["date"]["start"]):
            wrong.append(f"date {first['date']}")
    if "n_coded" in exp and sum(bool(v["cameo"]) for v in visits) != exp["n_coded"]:
        wrong.append(f"{sum(bool(v['cameo']) for v in visits)} coded != {exp['n_coded']}")
    return wrong, [
        f"no warning names {w!r}"
        for w in exp.get("warn", [])
        if not _said(w, out["warnings"], draft)
    ]


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    exp = case["expected"]
    if "crash" in out:
        ok = case["half"] == "fake" and out["crash"].startswith("ExtractionError")
        return (
            ("refused", [out["crash"]])
            if ok or case["half"] == "genuine"
            else ("wrong", [out["crash"]])
        )
    if case["half"] == "genuine":
        wrong, lost = _genuine(exp, out["visits"][0] if out["visits"] else None)
        if "n_coded" in exp and sum(bool(v["cameo"]) for v in out["visits"]) != exp["n_coded"]:
            lost.append("a stop lost")
        return ("wrong", wrong + lost) if wrong else ("refused", lost) if lost else ("right", [])
    wrong, unflagged = _fake(exp, out, case["draft"])
    return (
        ("wrong", wrong + unflagged)
        if wrong
        else ("unflagged", unflagged)
        if unflagged
        else ("right", [])
    )


def main(
    argv: list[str],
    cases_file: str = "drafts_round8_cases.json",
    judge: Callable[[dict[str, Any], dict[str, Any]], tuple[str, list[str]]] = verdict,
) -> int:
    show = "--show" in argv
    only = {a for a in argv if not a.startswith("--")}
    cases = json.loads((HERE / cases_file).read_text(encoding="utf-8"))["cases"]
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for case in cases:
        if only and case["id"] not in only:
            continue
        out = run(case, case)
        result, why = judge(case, out)
        tally[case["half"]][result] += 1
        tally["(all)"][result] += 1
        if result != "right" or show:
            show_case(f"[{result}] {case['id']} {case['language']} ({case['kind']})", why, out, 600)
    print_tally(tally, "half")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
