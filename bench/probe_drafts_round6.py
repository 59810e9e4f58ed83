"""Round-6 adversarial drafts (`drafts_round6_cases.json`) through the draft-to-record path.

    PYTHONPATH=src python bench/probe_drafts_round6.py [--show] [CASE_ID ...]

81 drafts written blind against the round-6 articles (`real_drafts_round6_articles.jsonl`):
planned visits whose evidence negates them ("Neither minister is expected to travel",
"ruled out a trip", "ne se rendra pas", "nicht geplant", "не планируется", ...),
non-diplomatic "visits" (museum visitors, tourists, a company's engineers, a relative, a
football team), one real party beside a bogus one (the outlet, a pronoun, a day word,
"the two sides", an empty name), summaries that repeat a comment, a related headline or
the prompt's instructions, participants whose name holds "<title> of <Country>" given a
contradicting code, and right drafts as controls. Runs as round 5
(`probe_drafts_round5.run`, `check`, `score`) with two more expectation keys: `keep`
(these names stay participants of the first visit) and `bogus` (these names are not kept
as participants, or a warning names them).
"""

from __future__ import annotations

import sys
from typing import Any

from probe_drafts_round5 import articles, check, score


def check6(expect: dict[str, Any], out: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Round 5's check plus `keep` and `bogus` (a bogus name kept silently is wrong)."""
    wrong, unflagged = check(expect, out)
    if "crash" in out:
        return wrong, unflagged
    first = out["visits"][0] if out["visits"] else None
    names = [n for n, _ in first["names"]] if first else []
    wrong += [f"{name!r} dropped" for name in expect.get("keep", []) if name not in names]
    warnings = " ".join(out["warnings"])
    for name in expect.get("bogus", []):
        kept = any(name in [n for n, _ in v["names"]] for v in out["visits"])
        if kept and repr(name) not in warnings:
            wrong.append(f"bogus {name!r} kept, no warning")
    return wrong, unflagged


def main(argv: list[str]) -> int:
    arts = articles("real_drafts_round6_articles.jsonl")
    return score(argv, "drafts_round6_cases.json", arts, check6)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
