"""Round-10 drafts (`drafts_round10_cases.json`): fakes that try to pass round 8-9's guards
with page furniture, stamps and copies, and genuine visits those guards must still accept.

    PYTHONPATH=src python bench/probe_drafts_round10.py [--show] [CASE_ID ...]

54 drafts written blind, each with its own short article inline: 16 genuine visits (names
in a caption and in the lead, a lead date beside an "updated" stamp in en de fr tr ru es,
an outlet whose country is the participant's own, a host named in the visitor's quote,
two alike but distinct evidence sentences, two meetings of one pair on two days) and 38
fakes (a name only in a caption with its credit after it, an author's bio, another
person's quote, a correction note or a credit line; a visit from a related story's teaser
under a heading in sv ro cs el vi id uk nl en, or a name from an inline "Baca juga" or
"Also Read |" headline; a date from an "updated" stamp or a file photo's caption; the same
visit twice with a tiny change; evidence altered to another name; a summary copied from a
heading; the outlet given as a participant's organisation to lend its country). Scored as
round 9 (`probe_drafts_round9.verdict`).
"""

from __future__ import annotations

import sys

from probe_drafts_round8 import main as score
from probe_drafts_round9 import verdict


def main(argv: list[str]) -> int:
    return score(argv, "drafts_round10_cases.json", verdict)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
