"""Round-15 drafts (`drafts_round15_cases.json`): drafts that cannot fake a visit, in the
shapes a weak model gives them and in articles where a visit is mentioned but not made.

    PYTHONPATH=src python bench/probe_drafts_round15.py [--show] [CASE_ID ...]

83 drafts written blind, each with its own short wire-style page, in 14 languages (en es fr
de ru ar fa zh tr pt id ja ko hi). Weak-model shapes: participants given only as titles
("the External Affairs Minister"), countries as demonyms or capitals ("Kenyan",
"Nairobi", "sénégalais", "Bağdat"), names misspelt by a letter or transliterated
("Olaf Schulz", "Sadyr Japarov" for "Садыр Жапаров"), evidence paraphrased, cut mid-word or
taken from the headline only, a date text reformatted ("2023-07-04", "11/04/2024",
"2025年6月18日") or copied from the publication date or the dateline, a summary that copies
the headline, agreements "signed" that the page says are planned. Visits mentioned but not
made: cancelled, postponed, denied, rumoured, expected next month, recalled years later
(an obituary, an anniversary), a call or a video meeting given as a visit. Several events
on one page: a tour with a stop still ahead, two delegations, a visit and a call, a list
of meetings on a summit's sidelines.

Each goes through `visitx.extract` as in rounds 5-14 (`probe_drafts_round5.run`). A case's
`expected` gives `cameo` (the codes of all the visits built, as one sorted set; [] – no
visit keeps a code) and `date_start` (the date start of the first visit that keeps a code;
null – none). Right when both hold; wrong when a code outside `cameo` is kept or a date
start other than `date_start` is given; otherwise refused (a genuine draft) or lost (a
fake whose real engagement loses its codes or date with the fake) when an expected code or
the expected date is missing.
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round12 import score_file


def verdict(case: dict[str, Any], out: dict[str, Any]) -> tuple[str, list[str]]:
    """right / refused / wrong / lost with the reasons."""
    exp = case["expected"]
    coded = [v for v in out["visits"] if v["cameo"]]
    have = sorted({c for v in coded for c in v["cameo"]})
    date = coded[0]["date"] if coded else None
    wrong: list[str] = []
    missing: list[str] = []
    if set(have) - set(exp["cameo"]):
        wrong.append(f"cameo {have}")
    elif have != exp["cameo"]:
        missing.append(f"cameo {have}")
    if date is not None and date != exp["date_start"]:
        wrong.append(f"date {date}")
    elif date != exp["date_start"]:
        missing.append("no date")
    if "crash" in out:
        (missing if exp["cameo"] else []).append(out["crash"])
    if wrong:
        return "wrong", wrong + missing
    if missing:
        return ("refused" if case["kind"] == "genuine" else "lost"), missing
    return "right", []


def main(argv: list[str]) -> int:
    return score_file(
        argv, "drafts_round15_cases.json", verdict, "genre",
        group=lambda case: case["genre"], about=lambda case: case["note"],
        page=lambda _, case: {k: case[k] for k in ("text", "published", "language")},
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
