"""Refresh the event-coding part of `bench/country_traps.json` from a petrarch2 checkout.

`country_traps.json` is a held-out-style set for `country_code` (issue 22), each case
with its category, language and source:

* `actor`: the country entries of openeventdata/petrarch2's
  `petrarch2/data/dictionaries/Phoenix.Countries.actors.txt` (the CAMEO/Phoenix
  event-coding dictionary; the head line of each country, as written there, e.g.
  `BOSNIA AND HERZEGOVINA`), expected: their CAMEO code where it is an ISO 3166-1 code of
  that country, the ISO code of the territory where CAMEO files it under its sovereign
  (MAYOTTE, SAINT BARTHELEMY), none for entities without one (DDR, KNT). Written by
  this script.
* `institution`, `person`, `place`, `thing`, `word`: written by hand in the JSON file
  (expected None: a field that names something other than a country), and `word`
  cases are common words (wordfreq 3.1.1, Zipf >= 3.0) of the 14 word-list languages
  that spell a country name of another language, or come near one.
* Cases with the source `written here (fresh probe, before reading the rules)`: 724
  actor strings as event data and news write them (persons, institutions, places,
  ordinary words of the 14 languages, codes, typos, former and multi-country names, in
  every supported script), each judged by hand before the rules were read; `also`
  lists other answers that are right (an organ of a state may answer its state), and
  the source notes the cases relabelled after reading the README (codes in capitals,
  case ignored).

Run: `python bench/build_country_traps.py PATH/TO/petrarch2`; cases of other sources are
kept as they are.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).with_name("country_traps.json")
SOURCE = "petrarch2/data/dictionaries/Phoenix.Countries.actors.txt"
HEAD = re.compile(r"^([A-Z][A-Z_'\-]*?)_?\s+\[([A-Z]{3})\]\s*$")
# CAMEO files these territories under their sovereign; ISO 3166-1 gives them a code.
ISO_INSTEAD = {"MAYOTTE": "MYT", "SAINT BARTHELEMY": "BLM"}
NOT_ISO = {"DDR", "KNT"}  # German Democratic Republic; a fictional test country


def actor_cases(root: Path) -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    for line in (root / SOURCE).read_text(encoding="utf-8").splitlines():
        match = HEAD.match(line)
        if not match:
            continue
        name, code = match.group(1).replace("_", " ").strip(), match.group(2)
        expected = ISO_INSTEAD.get(name, None if code in NOT_ISO else code)
        cases.append({"text": name, "expected": expected, "lang": None,
                      "category": "actor", "source": f"petrarch2/{SOURCE}"})  # fmt: skip
    return cases


def main() -> None:
    kept = []
    if OUT.exists():
        kept = [
            case
            for case in json.loads(OUT.read_text(encoding="utf-8"))
            if not str(case["source"]).startswith("petrarch2/")
        ]
    cases = actor_cases(Path(sys.argv[1])) + kept
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(cases))


if __name__ == "__main__":
    main()
