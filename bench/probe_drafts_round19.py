"""Round-19 drafts (`drafts_round19_cases.json`): drafts that cannot fake a visit – what a
weak small model copies from the prompt, the page's furniture or its own guesses.

    PYTHONPATH=src python bench/probe_drafts_round19.py [--show] [CASE_ID ...]

88 drafts written blind, each with its own short page and publication date, in 13 languages
(en fr es de pt ru ar fa tr zh ja id it, with vi and pl among the genuine). Themes: drafts
that copy the prompt's own examples or the schema's field descriptions back; a dateline, a
page stamp or a byline as the visit's date or a participant; visits that are only planned,
postponed, cancelled, refused, denied or hypothetical drafted as occurred; calls and video
meetings drafted as visits; several engagements of one article merged into one visit;
participants that are titles only ("the two sides", "le ministre", "الجانبان"); countries
given as demonyms, capitals, organisations (EU, AU, ASEAN, Mercosur) or ambiguous words
("Korea", "Guiné", "Congo", "CH"); evidence that is the headline, a caption, a paraphrase or
an invention; readers' comments and related-article blocks that ask for a visit.

Scored as round 17 (`probe_drafts_round17.verdict`): right / refused / wrong / lost; an
expectation may also name `countries` – for a drafted name, the countries its participant
may carry in a coded visit (null: none, or the participant dropped). A coded visit that
gives such a name another country is wrong; one that loses an expected country is refused
(a genuine case) or lost.
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round12 import score_file
from probe_drafts_round17 import match_visit, page, verdict


def _country(have: dict[str, str | None], name: str) -> tuple[bool, str | None]:
    """(found, country) of the participant drafted as `name` (the record gives the
    article's characters, so the names are compared loosely)."""
    want = name.casefold()
    for got, country in have.items():
        if got.casefold() == want or want in got.casefold() or got.casefold() in want:
            return True, country
    return False, None


def _countries(case: dict[str, Any], out: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(wrong, missing) of the expected countries of the coded visits."""
    wrong: list[str] = []
    missing: list[str] = []
    used: set[int] = set()
    for n, (draft, exp) in enumerate(zip(case["draft"]["visits"], case["expected"], strict=True)):
        i = match_visit(draft, out["visits"], used)
        if i is None:
            continue
        used.add(i)
        got = out["visits"][i]
        if not got["cameo"]:
            continue
        for name, allowed in exp.get("countries", {}).items():
            found, country = _country(got["countries"], name)
            if found and country not in allowed:
                (missing if country is None else wrong).append(f"#{n} {name!r} country {country}")
            elif not found and None not in allowed:
                missing.append(f"#{n} {name!r} dropped")
    return wrong, missing


def verdict19(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """Round 17's verdict, then the countries: a wrong country makes the case wrong, a
    lost one refused (genuine) or lost (fake)."""
    result, why = verdict(case, out)
    wrong, missing = _countries(case, out)
    if wrong:
        return "wrong", why + wrong
    if missing and result == "right":
        return ("refused" if case["kind"] == "genuine" else "lost"), missing
    return result, why + missing


def main(argv: list[str]) -> int:
    return score_file(argv, "drafts_round19_cases.json", verdict19, "theme",
                      group=lambda case: case["theme"], about=lambda case: case["note"],
                      page=page)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
