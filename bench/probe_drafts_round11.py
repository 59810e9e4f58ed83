"""Round-11 drafts (`drafts_round11_cases.json`): fakes a weak model writes from page
furniture, the past, the future and the prompt, and genuine drafts that must pass.

    PYTHONPATH=src python bench/probe_drafts_round11.py [--show] [CASE_ID ...]

100 drafts written blind, each with its own short article inline. 70 fakes: a visit from a
related headline or a "Read also" teaser (en de ru ar fr es tr pt uk), from a reader's
comment or a photo caption; a byline, a dateline's agency or the outlet cited as source
given as a participant; a person named only in a sentence about the past joined to
today's visit; a hypothetical, planned, postponed or cancelled trip drafted as occurred; a
date from the URL or the publication line; a single word or the headline as evidence; the
same visit twice; names in the wrong script; text copied from the prompt; participants
the article does not name. 30 genuine drafts in 17 languages and scripts (inflected names,
titles, a delegation of several countries, a phone call, a planned, a cancelled and an
invited visit, a past visit mentioned in passing).

Each goes through `visitx.extract` as in rounds 5-10 (`probe_drafts_round5.run`). A genuine
draft is right when each expected visit keeps its codes, its participants found and their
draft countries, and its date (start and end); refused when a visit, a participant, a
country or the date is lost; wrong when a code, country or date differs. A fake is scored
by `expect`: right (flagged) when any of its conditions holds – `no_coded_visit`,
`no_occurred_code` (no 041-044), `drop_participant` (not a found participant of a coded
visit, or a warning names it), `bad_date` (no visit carries that start), `max_coded_visits`
– or a warning names one of `warning_about`; wrong (coded wrongly) when none holds; lost
when a participant listed in `keep` is no longer a found participant of a coded visit,
or a warning calls it no party;
unflagged when the case asks only for a warning and none came.
"""

from __future__ import annotations

import collections
import json
import sys
from typing import Any

from probe_drafts_round5 import HERE, run, show_case

OCCURRED = {"041", "042", "043", "044"}


def _found(out: dict[str, Any]) -> dict[str, str | None]:
    """Found participants of coded visits: name -> country."""
    found: dict[str, str | None] = {}
    for v in out["visits"]:
        if v["cameo"]:
            for name, match in v["names"]:
                if match is not None:
                    found.setdefault(name, v["countries"].get(name))
    return found


def _genuine(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    wrong: list[str] = []
    lost: list[str] = []
    visits = out["visits"]
    drafts = case["draft"]["visits"]
    for k, exp in enumerate(case["expect"]["visits"]):
        if k >= len(visits):
            lost.append(f"visits[{k}] lost")
            continue
        got = visits[k]
        if sorted(got["cameo"]) != sorted(exp["cameo"]):
            (lost if not got["cameo"] else wrong).append(f"visits[{k}] cameo {got['cameo']}")
        if got["status"] != exp["status"]:
            wrong.append(f"visits[{k}] status {got['status']}")
        names = dict(got["names"])
        country = {p["name"]: p["country"] for p in drafts[k]["participants"]}
        for name in exp["participants"]:
            if names.get(name) is None:
                lost.append(f"visits[{k}] {name!r} not found")
            elif got["countries"].get(name) != country[name]:
                have = got["countries"].get(name)
                (lost if have is None else wrong).append(f"{name!r} country {have}")
        want = exp["date"] or {"start": None, "end": None}
        have_date = {"start": got["date"], "end": got["end"]}
        if have_date != want:
            (lost if got["date"] is None else wrong).append(f"visits[{k}] date {have_date}")
    coded = [v for v in visits if v["cameo"]]
    if len(coded) > len([e for e in case["expect"]["visits"] if e["cameo"]]):
        wrong.append(f"{len(coded)} coded visits")
    return ("wrong", wrong + lost) if wrong else ("refused", lost) if lost else ("right", [])


def _warned(words: list[str], out: dict[str, Any]) -> bool:
    said = " ".join(out["warnings"]).casefold()
    return any(w.casefold() in said for w in words)


def _conditions(exp: dict[str, Any], out: dict[str, Any], draft: dict[str, Any]) -> list[bool]:
    """Whether each structural condition of a fake's expectation holds."""
    visits = out["visits"]
    coded = [v for v in visits if v["cameo"]]
    found = _found(out)
    held: list[bool] = []
    if exp.get("no_coded_visit"):
        held.append(not coded)
    if exp.get("no_occurred_code"):
        held.append(not any(OCCURRED & set(v["cameo"]) for v in visits))
    if "bad_date" in exp:
        held.append(all(v["date"] != exp["bad_date"] for v in visits))
    if "max_coded_visits" in exp:
        held.append(len(coded) <= exp["max_coded_visits"])
    located_as = exp.get("ok_if_located_as", {})
    for name in exp.get("drop_participant", []):
        places = [
            f"visits[{k}].participants[{i}]"
            for k, v in enumerate(draft["visits"])
            for i, p in enumerate(v["participants"])
            if p["name"] == name
        ]
        said = " ".join(out["warnings"]).casefold()
        held.append(
            name not in found
            or (name in located_as and located_as[name] in found)
            or name.casefold() in said
            or any(place in said for place in places)
        )
    return held


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / unflagged (fakes: also lost) with the reasons."""
    if "crash" in out:
        ok = case["kind"] == "fake" and out["crash"].startswith("ExtractionError")
        refused = ok or case["kind"] == "genuine"
        return ("refused" if refused else "wrong"), [out["crash"]]
    if case["kind"] == "genuine":
        return _genuine(case, out)
    exp = case["expect"]
    found = _found(out)
    lost = [
        f"{name!r} lost"
        for name in exp.get("keep", [])
        if name not in found
        or any(f"{name!r}" in w and "not a party" in w for w in out["warnings"])
    ]
    if lost:
        return "lost", lost
    held = _conditions(exp, out, case["draft"])
    if any(held) or _warned(exp.get("warning_about", []), out):
        return "right", []
    if held:
        coded = [(v["cameo"], v["date"], [n for n, _ in v["names"]]) for v in out["visits"]]
        return "wrong", [f"coded {coded}"]
    return "unflagged", [f"no warning about {exp.get('warning_about')}"]


def main(argv: list[str]) -> int:
    show = "--show" in argv
    only = {a for a in argv if not a.startswith("--")}
    cases = json.loads((HERE / "drafts_round11_cases.json").read_text(encoding="utf-8"))["cases"]
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for case in cases:
        if only and case["id"] not in only:
            continue
        out = run(case, case, more=True)
        result, why = verdict(case, out)
        tally[f"{case['kind']}: {case['category']}"][result] += 1
        tally[f"({case['kind']})"][result] += 1
        tally["(all)"][result] += 1
        if result != "right" or show:
            head = f"[{result}] {case['id']} {case['language']} ({case['category']})"
            show_case(head, why, out, 900)
    print("| kind: category | right | refused | wrong | unflagged | lost |")
    print("|---|---|---|---|---|---|")
    for group, c in sorted(tally.items()):
        cells = " | ".join(str(c[r]) for r in ("right", "refused", "wrong", "unflagged", "lost"))
        print(f"| {group} | {cells} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
