"""The short-English date sets' tables for `bench_corpus.py --dates`.

* `english_resolver_cases.json`: short expressions in a date resolver's test style,
  scored by `score_sets.resolver_outcome` (the exact range), per category;
* `english_round4_cases.json`: a fourth probe in the same shape and scoring (weekday
  ranges, weekends, parts of days, quarters and halves, parts of periods, open and spaced
  ranges, anchored days, decades, holidays, sentences, qualifiers such as `from 2020
  onwards` and `circa 2020`, halves and weekends of a month, pairs of quarters, offsets
  from holidays): 419 cases written blind before the README and the date code were read
  and 368 after (`source` says which); a `note` says why an answer was relabelled
  (`written_blind` keeps the first). Scored with `language="en"` and with no language.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tally import show, tally  # the script's directory is on sys.path
from score_sets import resolver_outcome

__all__ = ["ENGLISH_ROUND4", "show_english_probes"]

ENGLISH_ROUND4 = Path(__file__).with_name("english_round4_cases.json")


def show_english_probes(resolver_path: Path) -> None:
    """Print the resolver-style set's table and the fourth probe's, per category."""
    resolver = json.loads(resolver_path.read_text(encoding="utf-8"))
    show(f"parse_date on short English expressions in resolver-test style ({len(resolver)} "
         "cases)", {"visitx": tally(resolver, resolver_outcome, "category", True)},
         by="category")  # fmt: skip
    round4 = json.loads(ENGLISH_ROUND4.read_text(encoding="utf-8"))
    unnamed = [{**case, "lang": None} for case in round4]
    show(f"parse_date on the fourth English probe ({len(round4)} cases)",
         {"visitx en": tally(round4, resolver_outcome, "category", True),
          "visitx no language": tally(unnamed, resolver_outcome, "category")},
         by="category")  # fmt: skip
