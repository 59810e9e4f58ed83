"""Adversarial weak-model drafts through the draft-to-record path, against hand expectations.

    PYTHONPATH=src python bench/probe_drafts.py [CASE_ID ...]

72 drafts of the kinds a 135M-270M model writes (participants not in the article, only a
title, a pronoun, a number, empty, the outlet or byline, copied from the prompt, found
only in a comments block; dates from the publication line, page furniture or another
event, in another format; evidence that is a heading, a caption, a piece of a sentence, a
number, a repeat; summaries that are the title, a copy, JSON or not English; made-up
agreements; a visit twice; every list empty; zero-width, NBSP, full-width and RTL
characters), against the seed articles and `ARTICLE_EN` (written for the probe; the
cases are in `probe_drafts_cases.py`), and 64 more written blind with three articles of
their own (`probe_drafts_cases2.py`: page furniture, countries against demonyms, other
events' dates, future, negated and postponed visits, unsigned agreements). Each
goes through `visitx.extract` with a scripted client that answers the same draft every
time (`tests/scripted_client.py`; one re-ask), and the record and re-ask message are
compared with what the case says by hand. Prints `[ok]` or `[HOLE]` per case, then how
many differ. bench/README.md, "Adversarial drafts probe" and its "second set", has the
figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from probe_drafts_cases import CASES as CASES1
from probe_drafts_cases import LANG, PUB, text_of  # bench/: the script's folder
from probe_drafts_cases2 import ARTICLES, CASES2, LANG2, PUB2

import visitx
from visitx import Settings

ROOT = Path(__file__).resolve().parents[1]
CASES = CASES1 + CASES2
LANG = {**LANG, **LANG2}
PUB = {**PUB, **PUB2}
sys.path.insert(0, str(ROOT / "tests"))  # the scripted client of the test suite


def run(case):
    art = case["art"]
    text = ARTICLES[art] if art in ARTICLES else text_of(art)
    visits = case["visits"]
    from scripted_client import ScriptedClient

    draft = {"language": case.get("language", LANG[art]), "visits": visits}
    scripted = ScriptedClient(draft)
    settings = Settings(
        model="m",
        mode="json",
        cache=False,
        max_reasks=1,
        strip_boilerplate=case.get("strip", False),
    )
    out = {"id": case["id"]}
    try:
        res = visitx.extract(
            text,
            published=PUB.get(art),
            language=LANG[art],
            settings=settings,
            client=scripted.client,
        )
    except Exception as exc:
        out["crash"] = f"{type(exc).__name__}: {exc}"[:300]
        return out
    out["reask"] = scripted.prompt(1) if len(scripted.bodies) > 1 else None
    out["warnings"] = res.meta.warnings
    out["visits"] = [
        {
            "codes": v.codes.cameo,
            "date": None
            if v.date is None
            else (v.date.start, v.date.text.text if v.date.text else None),
            "evidence": [e.text for e in v.evidence],
            "grounded": v.grounded,
            "international": v.international,
            "names": [(p.name.text, p.name.start) for p in v.participants],
            "countries": [p.country for p in v.participants],
        }
        for v in res.visits
    ]
    return out


def check(case, out):
    """Return list of mismatches vs the hand expectation."""
    exp = case["expect"]
    bad = []
    if "crash" in out:
        return [f"CRASH {out['crash']}"]
    vs = out["visits"]
    if "nvisits" in exp and len(vs) != exp["nvisits"]:
        bad.append(f"nvisits {len(vs)} != {exp['nvisits']}")
    v = vs[0] if vs else None
    if v is not None:
        if "codes" in exp and bool(v["codes"]) != exp["codes"]:
            bad.append(f"codes {v['codes']} (expected {'some' if exp['codes'] else 'none'})")
        if "date" in exp:
            got = None if v["date"] is None else v["date"][0]
            if got != exp["date"]:
                bad.append(f"date {v['date']} != {exp['date']}")
        if "evidence" in exp and v["evidence"] != exp["evidence"]:
            bad.append(f"evidence {v['evidence']}")
        if "cameo" in exp and v["codes"] != exp["cameo"]:
            bad.append(f"cameo {v['codes']} != {exp['cameo']}")
        if "grounded" in exp and v["grounded"] != exp["grounded"]:
            bad.append(f"grounded {v['grounded']}")
        if "countries" in exp and v["countries"] != exp["countries"]:
            bad.append(f"countries {v['countries']}")
    warnings = "\n".join(out["warnings"])
    for w in exp.get("warn", []):
        if w not in warnings:
            bad.append(f"warning missing {w!r}")
    if "reask" in exp:
        if exp["reask"] is None:
            if out["reask"] is not None:
                bad.append("unexpected re-ask")
        elif out["reask"] is None:
            bad.append(f"no re-ask (expected {exp['reask']})")
        else:
            for r in exp["reask"]:
                if r not in out["reask"]:
                    bad.append(f"re-ask lacks {r!r}")
    return bad



if __name__ == "__main__":
    only = set(sys.argv[1:])
    holes = 0
    for case in CASES:
        if only and case["id"] not in only:
            continue
        out = run(case)
        bad = check(case, out)
        status = "HOLE" if bad else "ok"
        holes += bool(bad)
        print(f"[{status}] {case['id']} ({case['kind']})")
        for b in bad:
            print("      -", b)
        if bad or only:
            print("      record:", json.dumps(out.get("visits"), ensure_ascii=False)[:600])
            print("      warnings:", json.dumps(out.get("warnings"), ensure_ascii=False)[:600])
    tried = len([c for c in CASES if not only or c["id"] in only])
    print(f"{holes} of {tried} cases differ from the hand expectation")
