"""Score parse_date, country_code and locate on cases from other libraries' test data.

The cases are in `bench/normalize_corpus.json` (sources in `bench/README.md`); each
has a hand-checked expected answer, or `null` where the right answer is "not sure".
Every function's answer is *right*, *wrong* or *None* (no answer where one was
expected). A `null` case answered with a value counts as wrong. Peers are scored on
the same cases: dateparser for dates, pycountry for countries. Run from the
repository root:

    python bench/bench_corpus.py
"""

from __future__ import annotations

import json
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from visitx import country_code, locate, parse_date

CORPUS = Path(__file__).with_name("normalize_corpus.json")
Scores = defaultdict[str, Counter[str]]


def grade(found: Any, expected: Any) -> str:
    if found is None:
        return "right" if expected is None else "none"
    return "right" if found == expected else "wrong"


def visitx_date(case: dict[str, Any]) -> list[str] | None:
    value = parse_date(case["text"], language=case["lang"], published=case["published"])
    return None if value is None else [value.start, value.end]


def dateparser_date(case: dict[str, Any]) -> list[str] | None:
    from dateparser.date import DateDataParser

    base = datetime.combine(date.fromisoformat(case["published"]), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    try:
        data = DateDataParser(languages=[case["lang"]], settings=settings).get_date_data(
            case["text"]
        )
    except (ValueError, TypeError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date().isoformat()
    expected = case["expected"]
    # A period (week, month, year) is right when the expected range has it and the
    # day dateparser returns lies inside; dateparser gives one day, not a range.
    if expected and expected[0] != expected[1] and data.period in ("week", "month", "year"):
        return expected if expected[0] <= day <= expected[1] else [day, day]
    return [day, day]


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


def score(cases: list[dict[str, Any]], answer: Callable[[dict[str, Any]], Any]) -> Scores:
    scores: Scores = defaultdict(Counter)
    for case in cases:
        outcome = grade(answer(case), case["expected"])
        scores[case["lang"]][outcome] += 1
        scores["all"][outcome] += 1
    return scores


def show(title: str, columns: dict[str, Scores]) -> None:
    print(f"\n{title}: right / wrong / None per language")
    languages = [*sorted({lang for s in columns.values() for lang in s} - {"all"}), "all"]
    print(f"{'lang':5s} " + " ".join(f"{name:>18s}" for name in columns))
    for lang in languages:
        cells = []
        for scores in columns.values():
            c = scores.get(lang, Counter())
            cells.append(f"{c['right']:>6d} /{c['wrong']:>3d} /{c['none']:>3d}")
        print(f"{lang:5s} " + " ".join(f"{cell:>18s}" for cell in cells))


def main() -> None:
    corpus = json.loads(CORPUS.read_text(encoding="utf-8"))
    warnings.simplefilter("ignore")  # dateparser's deprecation warnings
    show(
        f"parse_date ({len(corpus['dates'])} cases)",
        {"visitx": score(corpus["dates"], visitx_date),
         "dateparser": score(corpus["dates"], dateparser_date)},
    )  # fmt: skip
    show(
        f"country_code ({len(corpus['countries'])} cases)",
        {"visitx": score(corpus["countries"], visitx_country),
         "pycountry": score(corpus["countries"], pycountry_code)},
    )  # fmt: skip
    show(
        f"locate ({len(corpus['grounding'])} cases)",
        {"visitx": score(corpus["grounding"], visitx_span),
         "str.find": score(corpus["grounding"], str_find_span)},
    )  # fmt: skip


if __name__ == "__main__":
    main()
