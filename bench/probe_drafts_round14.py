"""Round-14 drafts (`drafts_round14_cases.json`): drafts that cannot fake a visit, in genres
earlier rounds used little.

    PYTHONPATH=src python bench/probe_drafts_round14.py [--show] [CASE_ID ...]

48 drafts written blind, each with its own short page: government readouts and joint
statements ("The two sides agreed …", numbered points), interviews and Q&A pages, op-eds
that speak of visits as opinion ("should go to Beijing", "aurait dû se rendre",
"невозможен"), agenda pages ("Programme of the visit: 10:00 …"), press-release lists of
several visits on one page, and sports and culture trips (a squad, fans, an orchestra,
tourists). 36 fakes as a weak model writes them, 12 genuine drafts in 12 languages.

Each goes through `visitx.extract` as in rounds 5-13 (`probe_drafts_round5.run`). A case's
`expected` gives `cameo` (the first visit's codes; [] – no visit keeps a code) and
`date_start` (the first visit's date start; null – none). A genuine draft is scored as in
round 12 (`probe_drafts_round12.verdict`); a fake as in round 13: `cameo` [] is `coded`
false; otherwise the codes must hold and no visit may carry a date start (lost when the
visit also loses its codes: only the date is fake).
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round12 import score_file
from probe_drafts_round12 import verdict as verdict12
from probe_drafts_round13 import verdict as verdict13


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / lost with the reasons."""
    exp = case["expected"]
    if case["kind"] == "genuine":
        date = exp["date_start"]
        expect = {"cameo": exp["cameo"], "date": [date, date] if date else None}
        return verdict12({**case, "expect": expect}, out)
    fake = {"coded": False} if not exp["cameo"] else {"cameo": exp["cameo"], "date": None}
    return verdict13({**case, "expected": fake}, out)


def main(argv: list[str]) -> int:
    return score_file(
        argv, "drafts_round14_cases.json", verdict, "genre",
        group=lambda case: case["genre"], about=lambda case: case["note"],
        page=lambda _, case: {k: case[k] for k in ("text", "published", "language")},
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
