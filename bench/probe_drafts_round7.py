"""Round-7 drafts (`drafts_round7_cases.json`): planned visits that the evidence rules out.

    PYTHONPATH=src python bench/probe_drafts_round7.py [--show] [CASE_ID ...]

55 drafts written blind against the round-7 articles (`real_drafts_round7_articles.jsonl`),
each a planned visit: 37 whose evidence rules the trip out in Portuguese, Italian,
Azerbaijani, Uzbek, Kazakh, English, Spanish, French, German or Russian ("não vai viajar",
"non si recherà", "səfər etməyəcək", "safari rejalashtirilmagan", "бармайды", "is off the
table", ...) and expect no CAMEO 036, and 18 double negatives and hedges ("did not rule out",
"refused to rule out", "no descartó", "n'exclut pas", "schloss ... nicht aus", "не исключил",
"non esclude", "não descarta") whose plan stands and keeps 036. Scored as round 6
(`probe_drafts_round6.check6`).
"""

from __future__ import annotations

import sys

from probe_drafts_round5 import articles, score
from probe_drafts_round6 import check6


def main(argv: list[str]) -> int:
    arts = articles("real_drafts_round7_articles.jsonl")
    return score(argv, "drafts_round7_cases.json", arts, check6)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
