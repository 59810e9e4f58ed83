"""Round-18 drafts (`drafts_round18_cases.json`): drafts that cannot fake a visit – scripts
and orthographies where words are not separated the usual way.

    PYTHONPATH=src python bench/probe_drafts_round18.py [--show] [CASE_ID ...]

42 drafts written blind, each with its own short page and publication date, in 8 languages
(zh – simplified and traditional – ja ko th km lo he ar). Themes: names and places quoted
without the prefix or particle the article attaches to them (Hebrew ב/ל/מ, Arabic و/ب/ال,
Korean 은/과/에서, Thai กรุง/นาย, Khmer ទីក្រុង); Thai, Khmer and Lao sentences without final
punctuation and with Buddhist-era years; a second date in the same Chinese, Japanese, Korean
or Hebrew sentence given as the visit's date; a quote cut mid-sentence in a script without
spaces so that it drops a negation, a cancellation or a "scheduled to"; a call given as a
visit; quotes not in the article at all.

Scored as round 17 (`probe_drafts_round17.verdict`): right / refused / wrong / lost.
"""

from __future__ import annotations

import sys

from probe_drafts_round12 import score_file
from probe_drafts_round17 import _page, verdict


def main(argv: list[str]) -> int:
    return score_file(argv, "drafts_round18_cases.json", verdict, "theme",
                      group=lambda case: case["theme"], about=lambda case: case["note"],
                      page=_page)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
