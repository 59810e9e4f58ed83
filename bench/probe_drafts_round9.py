"""Round-9 drafts (`drafts_round9_cases.json`): fakes aimed at the name, office and source
readings of round 8, and genuine visits those readings must still accept.

    PYTHONPATH=src python bench/probe_drafts_round9.py [--show] [CASE_ID ...]

98 drafts written blind, each with its own short article inline: 52 genuine visits (names
the article inflects or writes in another order or with a space between Han characters; a
participant whose office names a part of a country that is also something else – Georgia
the US state, Punjab, Kashmir, Macedonia, East Azerbaijan, Galicia, Luxembourg, Limburg,
New Mexico, New South Wales, Northern Ireland, South Tyrol – or a country that is not its
own, "посол России в КНДР"; an agency that is a real party) and 46 fakes (a relative's
name beside the article's, a first name of one person with the surname of another, a
surname that is an ordinary word, two words swapped into another person, a name inside a
venue's name, an office's country given to the other side, a dateline's agency as a
party). Scored as round 8 (`probe_drafts_round8.verdict`), and a fake's participant
listed in `expected.unlocated` must not be found in the article (`match` null).
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round8 import main as score
from probe_drafts_round8 import verdict as verdict8


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """Round 8's verdict, then: a name the fake made up must not be found, and a warning
    may name a participant as the article writes it ("Гейдара Алиева" for "Гейдар Алиев")."""
    result, why = verdict8(case, out)
    if case["half"] != "fake" or "crash" in out or not out["visits"]:
        return result, why
    names = out["visits"][0]["names"]
    if result == "unflagged":
        said = " ".join(out["warnings"]).casefold()
        given = [p["name"] for p in case["draft"]["visits"][0]["participants"]]
        located = {g: n[0] for g, n in zip(given, names, strict=False) if n[1] is not None}
        missing = [
            w for w in case["expected"].get("warn", [])
            if f"no warning names {w!r}" in why and located.get(w, "\0").casefold() not in said
        ]
        why = [f"no warning names {w!r}" for w in missing]
        result = "unflagged" if why else "right"
    found = [
        f"made-up name {names[i][0]!r} found ({names[i][1]})"
        for i in case["expected"].get("unlocated", [])
        if i < len(names) and names[i][1] is not None
    ]
    return ("wrong", why + found) if found else (result, why)


def main(argv: list[str]) -> int:
    return score(argv, "drafts_round9_cases.json", verdict)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
