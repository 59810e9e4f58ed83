"""Round-13 drafts (`drafts_round13_cases.json`): drafts that cannot fake a visit, on long pages.

    PYTHONPATH=src python bench/probe_drafts_round13.py [--show] [CASE_ID ...]

86 drafts written blind against 14 longer pages (150-350 words of running text, or the
same length in Chinese and Japanese, as outlets publish them: several paragraphs, a
background paragraph on earlier visits, quotes, a second meeting in passing, a list of
documents signed, related links and readers' comments). 58 fakes as a weak small model
writes them on such pages: a visit of the background paragraph given as today's (dated by
the lead's weekday), a date from another paragraph, two visits merged, participants of
other meetings mixed in, the host country's officials given as visitors, a listed
agreement given to the wrong visit, a name grounded only inside a longer word ("Argel" in
"Argelia", "Algeri" in "Algeria", "Niger" in "Nigeria", "Oman" in "Romanian", "Kazan" in
"kazandı"), a quoted analyst, the agency or the reporter as a participant, a related
headline or a comment as evidence, summaries that say nothing. 28 genuine drafts in 13
languages.

Each goes through `visitx.extract` as in rounds 5-12 (`probe_drafts_round5.run`). A
genuine draft is scored as in round 12 (`probe_drafts_round12.verdict`; `expect.date` is
the start). A fake is right when each fact of its `expect` holds: `coded` false – no visit keeps a
code; `date` a day – the first visit's date starts then (the fake is elsewhere); `date`
null – no visit carries a date start (lost when the visit also loses its codes: only the
date is fake); `cameo` – the first visit's codes are these (lost when it has none: only
the listed agreement is fake); `countries` – the participant does not keep the fake
country; `warnings` – every one of these strings is in `meta.warnings`; `grounded` false –
no visit is grounded; wrong otherwise.
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round12 import score_file
from probe_drafts_round12 import verdict as verdict12


def _fake(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    exp = case["expected"]
    visits = out["visits"]
    coded = [v for v in visits if v["cameo"]]
    wrong: list[str] = []
    lost: list[str] = []
    if exp.get("coded") is False and coded:
        wrong.append(f"coded {[v['cameo'] for v in coded]}")
    if exp.get("date"):  # the fake is elsewhere (an agreement): the visit's own date holds
        have = visits[0]["date"] if visits else None
        if have != exp["date"]:
            (lost if have is None else wrong).append(f"date {have}")
    elif "date" in exp:
        dated = [v["date"] for v in visits if v["date"]]
        if dated:
            wrong.append(f"dated {dated}")
        elif not coded:
            lost.append("codes lost with the date")
    if "cameo" in exp:
        have = visits[0]["cameo"] if visits else []
        if not have:
            lost.append("no codes")
        elif sorted(have) != sorted(exp["cameo"]):
            wrong.append(f"cameo {have}")
    drafted = {p["name"]: p["country"] for p in case["draft"]["visits"][0]["participants"]}
    for name in exp.get("countries", {}):
        for v in visits:
            for (got, _), code in zip(v["names"], v["countries"].values(), strict=False):
                if got == name and code is not None and code == drafted[name]:
                    wrong.append(f"{name!r} keeps {code}")
    said = " ".join(out["warnings"])
    wrong += [f"no warning with {w!r}" for w in exp.get("warnings", []) if w not in said]
    if exp.get("grounded") is False and any(v["grounded"] for v in visits):
        wrong.append("grounded")
    return ("wrong", wrong) if wrong else ("lost", lost) if lost else ("right", [])


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / lost with the reasons."""
    if case["kind"] == "genuine":
        exp = dict(case["expected"])
        if "date" in exp:
            exp["date"] = [exp["date"], exp["date"]] if exp["date"] else None
        return verdict12({**case, "expect": exp}, out)
    if "crash" in out:
        ok = out["crash"].startswith("ExtractionError")
        return ("right" if ok else "wrong"), [out["crash"]]
    return _fake(case, out)


def main(argv: list[str]) -> int:
    return score_file(
        argv, "drafts_round13_cases.json", verdict, "fault",
        group=lambda case: case["fake_kind"], about=lambda case: case["what"],
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
