"""Round-17 drafts (`drafts_round17_cases.json`): drafts that cannot fake a visit – the date,
meetings on a summit's sidelines, return visits and invitations, calls given as visits.

    PYTHONPATH=src python bench/probe_drafts_round17.py [--show] [CASE_ID ...]

75 drafts written blind, each with its own short page and publication date, in 13 languages
(en es fr de pt ru ar fa zh tr id it ja). Themes: a `date_text` copied from the dateline, the
byline's publication date, another event of the article (a previous visit, a signing years
ago, the next summit, the visit being returned, another meeting) or a deadline; a multi-day
visit given only its arrival or its departure day; relative words ("yesterday", "on Tuesday",
"ayer", "dün", "mercredi", "12日夜") against the publication date; a meeting on the sidelines of
APEC, the UN General Assembly, the G20, NATO, COP, BRICS, ASEAN, the SCO or a European Council
given as a bilateral visit with a host; an accepted invitation, a promise to "return the
visit" or to "meet in person soon" given as occurred; phone and video calls given as visits
in 12 languages. Genuine drafts: visits dated right (a range, a weekday, "yesterday"), a
state visit made after a summit, a visit made at an invitation, a call or a sidelines meeting
drafted right, plans and invitations drafted right.

Each goes through `visitx.extract` as in rounds 5-15 (`probe_drafts_round5.run`). A case's
`expected` has one entry per drafted visit: `cameo` (the codes that visit must keep; `[]` –
none), `cameo_ok` (other code sets that are right), `date` ([start, end] or null) and
`date_ok` (other dates that are right), `fake` (the draft of this visit is faked). A
visit is wrong when it keeps codes outside its `cameo` and `cameo_ok`, or a date other than
its `date` and `date_ok`; when it misses its codes or its date, it is refused (a genuine
case) or lost (a fake case whose real engagement loses its codes or date with the fake).
A visit the record drops counts as one with no codes; as in round 15, only the date of a
coded visit is read.
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round12 import score_file


def match_visit(draft: dict[str, Any], visits: list[dict[str, Any]], used: set[int]) -> int | None:
    """The record's visit built from `draft`: the first unused one whose evidence holds the
    draft's first quote (the record gives the article's characters, whole sentences)."""
    quote = draft["evidence"][0]
    for i, v in enumerate(visits):
        if i not in used and any(quote in text or text in quote for text, _ in v["evidence"]):
            return i
    return None


def _visit(exp: dict[str, Any], got: dict[str, Any] | None) -> tuple[list[str], list[str]]:
    """(wrong, missing) of one drafted visit against its expectation."""
    cameo = sorted(got["cameo"]) if got else []
    date = [got["date"], got["end"]] if got and got["date"] else None
    wrong: list[str] = []
    missing: list[str] = []
    codes_ok = [sorted(exp["cameo"]), *(sorted(c) for c in exp["cameo_ok"])]
    if cameo not in codes_ok:
        (missing if not cameo else wrong).append(f"cameo {cameo}")
    if not cameo:
        return wrong, missing  # the date of a coded visit only, as in round 15
    if date is not None and date != exp["date"] and date not in exp["date_ok"]:
        wrong.append(f"date {date}")
    elif date is None and exp["date"] is not None and None not in exp["date_ok"]:
        missing.append("no date")
    return wrong, missing


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / lost with the reasons."""
    wrong: list[str] = []
    missing: list[str] = []
    used: set[int] = set()
    for n, (draft, exp) in enumerate(zip(case["draft"]["visits"], case["expected"], strict=True)):
        i = match_visit(draft, out["visits"], used)
        if i is not None:
            used.add(i)
        w, m = _visit(exp, out["visits"][i] if i is not None else None)
        wrong += [f"#{n} {x}" for x in w]
        missing += [f"#{n} {x}" for x in m]
    extra = [v for i, v in enumerate(out["visits"]) if i not in used and v["cameo"]]
    if extra:
        wrong.append(f"{len(extra)} more coded visits")
    missing += [out["crash"]] if "crash" in out else []
    miss = "refused" if case["kind"] == "genuine" else "lost"
    result = "wrong" if wrong else miss if missing else "right"
    return result, wrong + missing


def page(_: object, case: dict[str, Any]) -> dict[str, Any]:
    """A case's page: its own text, publication date and language."""
    return {key: case[key] for key in ("text", "published", "language")}


def main(argv: list[str]) -> int:
    return score_file(argv, "drafts_round17_cases.json", verdict, "theme",
                      group=lambda case: case["theme"], about=lambda case: case["note"],
                      page=page)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
