"""The country and `locate` sets of `bench_corpus.py` (run without `--dates`).

`country_code` on `normalize_corpus.json`'s countries, country_converter's data and
tests (`country_cases.json`), the held-out-style traps (`country_traps.json`) and the
held-out traps (`country_heldout.json`, plus the actor names of
`/tmp/visitx-country-actors.json` when built) and the actor strings written blind
(`country_actors_blind.json`) and the fourth probe's cases written blind
(`country_round4_cases.json`) and the fifth's (`country_round5_cases.json`, and its Arabic
nisba demonyms, `country_arabic6_cases.json`) and the sixth's (`country_round6_cases.json`)
and the seventh's (`country_round7_cases.json`) and the eighth's
(`country_round8_cases.json`) and the ninth's (`country_round9_cases.json`) and the
tenth's (`country_round10_cases.json`), each beside
pycountry; `locate` on
`normalize_corpus.json`'s grounding cases beside `str.find`. The sets and their sources
are described in `bench_corpus.py`'s docstring.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corpus_tally import score, show, tally  # the script's directory is on sys.path
from score_sets import grade

from visitx import country_code, locate

COUNTRY_CONVERTER = Path(__file__).with_name("country_cases.json")
COUNTRY_TRAPS = Path(__file__).with_name("country_traps.json")
COUNTRY_HELDOUT = Path(__file__).with_name("country_heldout.json")
COUNTRY_ACTORS = Path("/tmp/visitx-country-actors.json")  # build_country_heldout.py
COUNTRY_ACTORS_BLIND = Path(__file__).with_name("country_actors_blind.json")
COUNTRY_ROUND4 = Path(__file__).with_name("country_round4_cases.json")
COUNTRY_ROUND5 = Path(__file__).with_name("country_round5_cases.json")
COUNTRY_ROUND6 = Path(__file__).with_name("country_round6_cases.json")
COUNTRY_ROUND7 = Path(__file__).with_name("country_round7_cases.json")
COUNTRY_ROUND8 = Path(__file__).with_name("country_round8_cases.json")
COUNTRY_ROUND9 = Path(__file__).with_name("country_round9_cases.json")
COUNTRY_ROUND10 = Path(__file__).with_name("country_round10_cases.json")
COUNTRY_ARABIC6 = Path(__file__).with_name("country_arabic6_cases.json")


def grade_heldout(found: Any, case: dict[str, Any]) -> str:
    """Like `grade`, with the other codes a case also accepts (`also`)."""
    return (
        "right"
        if found is not None and found in case.get("also", ())
        else grade(found, case["expected"])
    )


def visitx_country(case: dict[str, Any]) -> str | None:
    return country_code(case["text"], language=case["lang"])


def pycountry_code(case: dict[str, Any]) -> str | None:
    import pycountry

    try:
        found = pycountry.countries.lookup(case["text"])
    except LookupError:
        return None
    return str(found.alpha_3)


def visitx_span(case: dict[str, Any]) -> list[int] | None:
    span = locate(case["quote"], case["text"])
    return None if span is None or span.start is None else [span.start, span.end or 0]


def str_find_span(case: dict[str, Any]) -> list[int] | None:
    pos = case["text"].find(case["quote"])
    return None if pos < 0 else [pos, pos + len(case["quote"])]


def countries(corpus: dict[str, Any]) -> None:
    """The country and `locate` sets."""
    show(
        f"country_code ({len(corpus['countries'])} cases)",
        {"visitx": score(corpus["countries"], visitx_country),
         "pycountry": score(corpus["countries"], pycountry_code)},
    )  # fmt: skip
    converter = [
        {**case, "lang": "en"} for case in json.loads(COUNTRY_CONVERTER.read_text(encoding="utf-8"))
    ]
    show(f"country_code on country_converter's data and tests ({len(converter)} cases)",
         {"visitx": score(converter, visitx_country),
          "pycountry": score(converter, pycountry_code)})  # fmt: skip
    traps = json.loads(COUNTRY_TRAPS.read_text(encoding="utf-8"))
    show(f"country_code on held-out-style traps ({len(traps)} cases)",
         {"visitx": tally(traps, lambda c: grade_heldout(visitx_country(c), c), "category"),
          "pycountry": tally(traps, lambda c: grade_heldout(pycountry_code(c), c),
                             "category")}, by="category")  # fmt: skip
    heldout = json.loads(COUNTRY_HELDOUT.read_text(encoding="utf-8"))
    if COUNTRY_ACTORS.exists():
        heldout += json.loads(COUNTRY_ACTORS.read_text(encoding="utf-8"))
    else:
        print(f"\n({COUNTRY_ACTORS} not built: the actor cases are left out)")
    show(f"country_code on the held-out traps ({len(heldout)} cases)",
         {"visitx": tally(heldout, lambda c: grade_heldout(visitx_country(c), c), "category"),
          "pycountry": tally(heldout, lambda c: grade_heldout(pycountry_code(c), c),
                             "category")}, by="category")  # fmt: skip
    for path, title in ((COUNTRY_ACTORS_BLIND, "actor strings written blind"),
                        (COUNTRY_ROUND4, "the fourth probe's cases written blind"),
                        (COUNTRY_ROUND5, "the fifth probe's cases written blind"),
                        (COUNTRY_ROUND6, "the sixth probe's cases written blind"),
                        (COUNTRY_ROUND7, "the seventh probe's cases written blind"),
                        (COUNTRY_ROUND8, "the eighth probe's cases written blind"),
                        (COUNTRY_ROUND9, "the ninth probe's cases"),
                        (COUNTRY_ROUND10, "the tenth probe's cases written blind"),
                        (COUNTRY_ARABIC6, "Arabic nisba demonyms written blind")):  # fmt: skip
        blind = json.loads(path.read_text(encoding="utf-8"))
        show(f"country_code on {title} ({len(blind)} cases)",
             {"visitx": tally(blind, lambda c: grade_heldout(visitx_country(c), c), "category"),
              "pycountry": tally(blind, lambda c: grade_heldout(pycountry_code(c), c),
                                 "category")}, by="category")  # fmt: skip
    show(
        f"locate ({len(corpus['grounding'])} cases)",
        {"visitx": score(corpus["grounding"], visitx_span),
         "str.find": score(corpus["grounding"], str_find_span)},
    )  # fmt: skip
