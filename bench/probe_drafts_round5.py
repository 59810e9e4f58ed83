"""Round-5 adversarial drafts (`drafts_round5_cases.json`) through the draft-to-record path.

    PYTHONPATH=src python bench/probe_drafts_round5.py [--show] [CASE_ID ...]

99 drafts written blind (and 7 written after reading the code, marked so) against the
round-5 articles (`real_drafts_round5_articles.jsonl`):
parties that are the article's words but name no one (an outlet, "sources", a date word, a
title, a pronoun, a city), country codes that contradict the article's country words or
put both sides in one country, evidence and dates taken from a headline, a byline, a
comments block or a related-links block, two visits that are one, a status against the
evidence's tense, agreements "signed" before they are, junk and echoed summaries, and
right drafts as controls. Each goes through `visitx.extract` (one re-ask, the same draft
answered again, `strip_boilerplate` on as in the real runs) and is scored against the
case's hand expectation: `coded` (True: some code, False: none, None: either), `cameo`,
`no_cameo`, `date` / `dates` / `bad_date` / `bad_dates`, `n_visits`, `n_evidence`,
`n_participants`, `countries`, `bad_country` (that country kept with no warning about
it), `warn` (a warning or a flagged span). Prints one line per case that differs, then
the tally by category: right, refused (the schema refused the draft after the re-ask, so
the article has an error and no visit; right unless codes were expected), wrong (a code,
date or country the expectation rules out), unflagged (the expectation wants a warning and
none came). Relabelled cases keep `first_expected` and `relabel_reason`.
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import visitx
from visitx import Settings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the scripted client of the test suite


def articles(name: str = "real_drafts_round5_articles.jsonl") -> dict[str, dict[str, Any]]:
    rows = (HERE / name).read_text(encoding="utf-8").splitlines()
    return {r["id"]: r for r in map(json.loads, rows) if r}


def run(case: dict[str, Any], article: dict[str, Any], more: bool = False,
        grounded: bool = False, roles: bool = False) -> dict[str, Any]:
    """The record of `case["draft"]` on `article`, cut to what the probes score; `more` adds
    each visit's type, status and date end (later rounds score them), `grounded` its
    `grounded` flag (round 12), `roles` each participant's role and country (round 16)."""
    from scripted_client import ScriptedClient

    scripted = ScriptedClient(case["draft"])
    settings = Settings(model="m", mode="json", cache=False, max_reasks=1,
                        strip_boilerplate=True)
    try:
        res = visitx.extract(article["text"], published=article["published"],
                             language=article["language"], settings=settings,
                             client=scripted.client)
    except Exception as exc:  # a crash is a result of the probe
        return {"crash": f"{type(exc).__name__}: {exc}"[:300], "visits": [], "warnings": []}
    return {
        "reask": scripted.prompt(1) if len(scripted.bodies) > 1 else None,
        "warnings": res.meta.warnings,
        "visits": [{
            "cameo": v.codes.cameo, "plover": v.codes.plover_event,
            "date": v.date.start if v.date else None,
            "evidence": [(e.text, e.match) for e in v.evidence],
            "names": [(p.name.text, p.name.match) for p in v.participants],
            "countries": {p.name.text: p.country for p in v.participants},
            **({"type": v.type, "status": v.status, "end": v.date.end if v.date else None}
               if more else {}),
            **({"grounded": v.grounded} if grounded else {}),
            **({"roles": [(p.role, p.country) for p in v.participants]} if roles else {}),
        } for v in res.visits],
    }


def check(expect: dict[str, Any], out: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(wrong, unflagged): what the record states against the expectation, and a missing warning."""
    if "crash" in out:  # a draft refused (the schema, after the re-asks) codes nothing
        refused = out["crash"].startswith("ExtractionError") and expect.get("coded") is not True
        return ([] if refused else [out["crash"]]), []
    wrong: list[str] = []
    visits = out["visits"]
    coded = [bool(v["cameo"] or v["plover"]) for v in visits]
    if expect.get("coded") is True and not any(coded):
        wrong.append("no codes (expected some)")
    if expect.get("coded") is False and any(coded):
        wrong.append(f"coded {[v['cameo'] for v in visits]}")
    first = visits[0] if visits else None
    if "cameo" in expect and (first is None or first["cameo"] != expect["cameo"]):
        wrong.append(f"cameo {first and first['cameo']} != {expect['cameo']}")
    for code in expect.get("no_cameo", []):
        if any(code in v["cameo"] for v in visits):
            wrong.append(f"cameo {code}")
    if "date" in expect and any(v["date"] != expect["date"] for v in visits[:1]):
        wrong.append(f"date {first and first['date']} != {expect['date']}")
    if "dates" in expect and [v["date"] for v in visits] != expect["dates"]:
        wrong.append(f"dates {[v['date'] for v in visits]}")
    if "bad_date" in expect and any(v["date"] == expect["bad_date"] for v in visits):
        wrong.append(f"date {expect['bad_date']}")
    for i, bad in expect.get("bad_dates", {}).items():
        if int(i) < len(visits) and visits[int(i)]["date"] == bad:
            wrong.append(f"visits[{i}] date {bad}")
    if "n_visits" in expect and len(visits) != expect["n_visits"]:
        wrong.append(f"{len(visits)} visits != {expect['n_visits']}")
    if "n_evidence" in expect and first and len(first["evidence"]) != expect["n_evidence"]:
        wrong.append(f"{len(first['evidence'])} evidence spans != {expect['n_evidence']}")
    if "n_participants" in expect and first and len(first["names"]) != expect["n_participants"]:
        wrong.append(f"{len(first['names'])} participants != {expect['n_participants']}")
    for name, code in expect.get("countries", {}).items():
        if first is None or first["countries"].get(name) != code:
            wrong.append(f"country of {name} {first and first['countries'].get(name)} != {code}")
    warnings = " ".join(out["warnings"])
    for name, code in expect.get("bad_country", {}).items():
        if any(v["countries"].get(name) == code for v in visits) and code not in warnings:
            wrong.append(f"country of {name} {code}, no warning")
    unflagged = ["no warning"] if expect.get("warn") and not out["warnings"] else []
    return wrong, unflagged


Check = Callable[[dict[str, Any], dict[str, Any]], tuple[list[str], list[str]]]


def score(argv: list[str], cases_file: str, arts: dict[str, dict[str, Any]],
          check_case: Check = check) -> int:
    """Run the cases of `cases_file` (all, or the ids in argv); print the differences and
    the tally."""
    show = "--show" in argv
    only = {a for a in argv if not a.startswith("--")}
    cases = json.loads((HERE / cases_file).read_text(encoding="utf-8"))
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for case in cases:
        if only and case["id"] not in only:
            continue
        out = run(case, arts[case["article"]])
        wrong, unflagged = check_case(case["expect"], out)
        verdict = "wrong" if wrong else "unflagged" if unflagged else "right"
        if verdict == "right" and "crash" in out:
            verdict = "refused"
        tally[case["category"]][verdict] += 1
        tally["(all)"][verdict] += 1
        if verdict != "right" or show:
            head = f"[{verdict}] {case['id']} ({case['category']})"
            show_case(head, wrong + unflagged, out)
    print_tally(tally, "category")
    return 0


def show_case(head: str, why: list[str], out: dict[str, Any], width: int = 700) -> None:
    """One case that differs: its verdict and reasons, then its visits and warnings."""
    print(f"{head}: {'; '.join(why)}")
    print("    ", json.dumps(out["visits"], ensure_ascii=False)[:width])
    print("    ", json.dumps(out["warnings"], ensure_ascii=False)[:width])


def print_tally(tally: dict[str, collections.Counter[str]], label: str) -> None:
    """The tally as a Markdown table, one row per group (`label` names the column)."""
    print(f"| {label} | right | refused | wrong | unflagged |")
    print("|---|---|---|---|---|")
    for group, c in sorted(tally.items()):
        print(f"| {group} | {c['right']} | {c['refused']} | {c['wrong']} | {c['unflagged']} |")


def main(argv: list[str]) -> int:
    return score(argv, "drafts_round5_cases.json", articles())

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
