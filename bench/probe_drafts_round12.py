"""Round-12 drafts (`drafts_round12_cases.json`): drafts that cannot fake a visit.

    PYTHONPATH=src python bench/probe_drafts_round12.py [--show] [CASE_ID ...]

102 drafts written blind against 28 short pages with their furniture (navigation, headline,
byline, update and publication stamps, photo captions and credits, agency notices, related
links, comments). 72 fakes as a weak small model writes them: the outlet, the agency, the
reporter, the editor or the author line as participants; a date from an "Updated",
"Stand:", "Aktualizacja", "تاريخ النشر" or a page's time stamp; the headline, a caption, a
copyright line, a share bar or a related link as evidence; evidence repeated or cut
mid-word; evidence or names translated instead of copied; a visit made from a hope in a
quote, a reader's comment or a list of links; a phone call as a visit; a planned stop or
an invitation as occurred; the prompt's or the schema's words, JSON and numbers as the
summary or the participants. 30 genuine drafts in 21 languages.

Each goes through `visitx.extract` as in rounds 5-11 (`probe_drafts_round5.run`). A
genuine draft is right when its visit is grounded, keeps its codes (`expect.cameo`), every
participant is found (by its place in the list: the record gives the article's characters,
"Gitanasem Nausėdą" for the draft's "Gitanas Nausėda") with its draft country, and (when
`expect` has a `date`) its date is that [start, end]; refused when a code, a participant,
a country, the date or the grounding is lost; wrong when a code, a country or the date
differs. A fake is right when its
`expect.check` holds: `uncoded` – no visit keeps a code; `flag` – no visit is both coded and
grounded; `ungrounded` – no visit is grounded; `date_null` – no visit carries a date start
(and lost when the visit also loses its codes: only the date is fake); wrong otherwise.
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Callable
from typing import Any

from probe_drafts_round5 import HERE, run, show_case


def _genuine(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    exp = case["expect"]
    if not out["visits"]:
        return "refused", ["no visit"]
    got = out["visits"][0]
    wrong: list[str] = []
    lost: list[str] = []
    if sorted(got["cameo"]) != sorted(exp["cameo"]):
        (lost if not got["cameo"] else wrong).append(f"cameo {got['cameo']}")
    if not got["grounded"]:
        lost.append("not grounded")
    drafted = case["draft"]["visits"][0]["participants"]
    if len(got["names"]) != len(drafted):
        lost.append(f"{len(got['names'])} participants")
    for p, (name, match) in zip(drafted, got["names"], strict=False):
        # the record gives the article's characters: "Gitanasem Nausėdą" for "Gitanas Nausėda"
        have = got["countries"].get(name)
        if match is None:
            lost.append(f"{p['name']!r} not found")
        elif have != p["country"]:
            (lost if have is None else wrong).append(f"{p['name']!r} country {have}")
    if "date" in exp:
        want = exp["date"] or [None, None]
        have = [got["date"], got["end"]]
        if have != want:
            (lost if got["date"] is None else wrong).append(f"date {have}")
    if len(out["visits"]) > 1:
        wrong.append(f"{len(out['visits'])} visits")
    return ("wrong", wrong + lost) if wrong else ("refused", lost) if lost else ("right", [])


def _fake(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    check = case["expect"]["check"]
    visits = out["visits"]
    coded = [v for v in visits if v["cameo"]]
    if check == "date_null":
        dated = [v["date"] for v in visits if v["date"]]
        if dated:
            return "wrong", [f"dated {dated}"]
        return ("right", []) if coded else ("lost", ["codes lost with the date"])
    held = {
        "uncoded": not coded,
        "flag": not any(v["grounded"] for v in coded),
        "ungrounded": not any(v["grounded"] for v in visits),
    }[check]
    if held:
        return "right", []
    return "wrong", [f"coded {[(v['cameo'], v['grounded'], v['date']) for v in visits]}"]


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / lost with the reasons."""
    if "crash" in out:
        ok = case["kind"] == "fake" and out["crash"].startswith("ExtractionError")
        genuine = case["kind"] == "genuine"
        return ("right" if ok else "refused" if genuine else "wrong"), [out["crash"]]
    return (_genuine if case["kind"] == "genuine" else _fake)(case, out)


Verdict = Callable[[dict[str, Any], dict[str, Any]], tuple[str, list[str]]]
Label = Callable[[dict[str, Any]], str]
Page = Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]


def main(argv: list[str]) -> int:
    return score_file(
        argv, "drafts_round12_cases.json", verdict, "check",
        group=lambda case: case["expect"]["check"],
        about=lambda case: str(case.get("fault", case.get("note"))),
    )


def score_file(
    argv: list[str], name: str, judge: Verdict, by: str, group: Label, about: Label,
    page: Page | None = None,
) -> int:
    """Run the cases of the file `name` (all, or the ids in argv) through `run`, print each
    that is not right (every one with --show) and the tally by `group` (fakes) or language.
    `page(data, case)` gives a case's article (text, published, language); by default the
    file's `articles` entry the case names."""
    show = "--show" in argv
    only = {a for a in argv if not a.startswith("--")}
    data = json.loads((HERE / name).read_text(encoding="utf-8"))
    tally: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for case in data["cases"]:
        if only and case["id"] not in only:
            continue
        article = page(data, case) if page else data["articles"][case["article"]]
        out = run(case, article, more=True, grounded=True)
        result, why = judge(case, out)
        kind = group(case) if case["kind"] == "fake" else article["language"]
        tally[f"{case['kind']}: {kind}"][result] += 1
        tally[f"({case['kind']})"][result] += 1
        tally["(all)"][result] += 1
        if result != "right" or show:
            head = f"[{result}] {case['id']} {article['language']} ({about(case)})"
            show_case(head, why, out, 900)
    print_table(tally, f"kind: {by} or language")
    return 0


def print_table(tally: dict[str, collections.Counter[str]], head: str) -> None:
    """The tally as a Markdown table: right / refused / wrong / lost by group."""
    print(f"| {head} | right | refused | wrong | lost |")
    print("|---|---|---|---|---|")
    for group, c in sorted(tally.items()):
        cells = " | ".join(str(c[r]) for r in ("right", "refused", "wrong", "lost"))
        print(f"| {group} | {cells} |")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
