"""Round-18 drafts (`drafts_round18_cases.json`): drafts that cannot fake a visit – scripts
and orthographies where words are not separated the usual way.

    PYTHONPATH=src python bench/probe_drafts_round18.py [--whole] [--show] [CASE_ID ...]

42 drafts written blind, each with its own short page and publication date, in 8 languages
(zh – simplified and traditional – ja ko th km lo he ar). Themes: names and places quoted
without the prefix or particle the article attaches to them (Hebrew ב/ל/מ, Arabic و/ب/ال,
Korean 은/과/에서, Thai กรุง/นาย, Khmer ទីក្រុង); Thai, Khmer and Lao sentences without final
punctuation and with Buddhist-era years; a second date in the same Chinese, Japanese, Korean
or Hebrew sentence given as the visit's date; a quote cut mid-sentence in a script without
spaces so that it drops a negation, a cancellation or a "scheduled to"; a call given as a
visit; quotes not in the article at all.

`--whole` scores `drafts_round18_whole_cases.json` instead, made after the first run: the
genuine drafts whose quote stopped mid-sentence and the fakes of a cut quote, a call or a
second date, each with the article's whole sentence quoted, expected as first written.

Scored as round 17 (`probe_drafts_round17.verdict`): right / refused / wrong / lost.
"""

from __future__ import annotations

import sys

from probe_drafts_round12 import score_file
from probe_drafts_round17 import page, verdict


def main(argv: list[str]) -> int:
    name = "drafts_round18_whole_cases.json" if "--whole" in argv else "drafts_round18_cases.json"
    argv = [arg for arg in argv if arg != "--whole"]
    return score_file(argv, name, verdict, "theme",
                      group=lambda case: case["theme"], about=lambda case: case["note"],
                      page=page)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
