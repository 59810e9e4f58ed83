"""Round-16 drafts (`drafts_round16_cases.json`): drafts that cannot fake a visit, in
non-Latin scripts and the agency styles of their regions.

    PYTHONPATH=src python bench/probe_drafts_round16.py [--show] [CASE_ID ...]

86 drafts written blind, each with its own short page, in Arabic, Persian, Urdu, Hebrew,
Russian, Ukrainian, Chinese (simplified and traditional), Japanese, Korean, Hindi, Thai,
Greek, Georgian and Armenian, as SPA, WAFA, KUNA, ONA, Petra, IRNA, APP, TASS, Ukrinform,
Xinhua, CNA, Kyodo, Yonhap, KCNA and PTI write: long honorific titles, datelines with local
dates, Solar Hijri, Hijri, Buddhist-era and Reiwa years, "received in audience", "held
talks", "sent a message"; sub-national and delegation visits; host and visitor reversed;
names transliterated, scripts mixed in a quote, Arabic-Indic and Persian digits copied as
Western ones; a Gregorian date_text for a date the page writes in another calendar; a
visitor invented from a country met in passing; evidence from a related-articles block or
from another article; placeholder strings ("N/A", "unknown", "-", "").

The file is a list of cases: `article` (text, published, language), `draft`, and
`expected`, one entry per draft visit: `cameo` ([] – that visit keeps no code), `date` (its
start; null – no date) and, for genuine visits, `visitor_country`. Each goes through
`visitx.extract` as in rounds 5-14 (`probe_drafts_round5.run`); each record visit is
paired with the draft visit whose evidence it quotes. A case is

- *genuine* (its first expected visit has codes and a date) – right when that visit keeps
  the codes, is grounded, has the date and a visitor of `visitor_country`; refused when one
  of these is lost; wrong when a code, the date or the visitor's country differs;
- *date* (codes and no date: the date text is not the page's) – right when the codes hold
  and no visit carries a date (grounded or not: the date text is the draft's fault); wrong
  when one does; lost when the codes go with the date;
- *fake* (no codes) – right when no visit of an expected-uncoded draft visit keeps a code.

In every kind a visit expected uncoded that keeps a code is wrong.
"""

from __future__ import annotations

import collections
import difflib
import json
import sys
from typing import Any

from probe_drafts_round5 import HERE, run, show_case
from probe_drafts_round12 import print_table


def kind_of(case: dict[str, Any]) -> str:
    first = case["expected"][0]
    return "fake" if not first["cameo"] else "genuine" if first["date"] else "date"


def pair(case: dict[str, Any], visit: dict[str, Any]) -> int:
    """The index of the draft visit whose evidence the record's visit quotes."""
    quoted = " ".join(text for text, _ in visit["evidence"])
    drafted = [" ".join(v["evidence"]) for v in case["draft"]["visits"]]
    return max(range(len(drafted)),
               key=lambda i: difflib.SequenceMatcher(None, quoted, drafted[i]).ratio())


def _coded(exp: dict[str, Any], got: dict[str, Any], kind: str) -> tuple[list[str], list[str]]:
    """(wrong, lost) of a visit expected coded (of a *date* case the date text is the draft's
    fault, so the visit need not be grounded)."""
    wrong: list[str] = []
    lost: list[str] = []
    if sorted(got["cameo"]) != sorted(exp["cameo"]):
        (wrong if got["cameo"] else lost).append(f"cameo {got['cameo']}")
    if got["date"] != exp["date"]:
        (wrong if got["date"] else lost).append(f"date {got['date']}")
    if exp.get("visitor_country") and got["cameo"]:
        visitors = [c for role, c in got["roles"] if role == "visitor"]
        if exp["visitor_country"] not in visitors:
            (wrong if any(visitors) else lost).append(f"visitors {visitors}")
    if got["cameo"] and not got["grounded"] and kind != "date":
        lost.append("not grounded")
    return wrong, lost


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / lost with the reasons."""
    kind = kind_of(case)
    if "crash" in out:
        return ("right" if kind == "fake" else "refused"), [out["crash"]]
    wrong: list[str] = []
    lost: list[str] = []
    seen: set[int] = set()
    for visit in out["visits"]:
        i = pair(case, visit)
        exp = case["expected"][i]
        if not exp["cameo"]:
            if visit["cameo"]:
                wrong.append(f"visit {i} coded {visit['cameo']}")
            continue
        if i in seen:
            wrong.append(f"visit {i} twice")
            continue
        seen.add(i)
        bad, gone = _coded(exp, visit, kind)
        wrong += [f"visit {i} {x}" for x in bad]
        lost += [f"visit {i} {x}" for x in gone]
    lost += [f"visit {i} gone" for i, e in enumerate(case["expected"])
             if e["cameo"] and i not in seen]
    if wrong:
        return "wrong", wrong + lost
    if lost:
        return ("lost" if kind == "date" else "refused"), lost
    return "right", []


def main(argv: list[str]) -> int:
    show = "--show" in argv
    only = {a for a in argv if not a.startswith("--")}
    cases = json.loads((HERE / "drafts_round16_cases.json").read_text(encoding="utf-8"))
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for case in cases:
        if only and case["id"] not in only:
            continue
        out = run(case, case["article"], more=True, grounded=True, roles=True)
        result, why = verdict(case, out)
        kind = kind_of(case)
        tally[f"{kind}: {case['article']['language']}"][result] += 1
        tally[f"({kind})"][result] += 1
        tally["(all)"][result] += 1
        if result != "right" or show:
            head = f"[{result}] {case['id']} {case['article']['language']} ({case['theme']})"
            show_case(head, why, out, 900)
    print_table(tally, "kind: language")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
