"""Scoring of `timebank_en_cases.json` (TimeBank/AQUAINT gold dates) for `bench_corpus.py`.

Each case is parsed with `language="en"`, the DCT as `published` and the case's tense
(`both`: once per tense). A tense's answer is right when visitx's period is or contains
the gold period (Recognizers' rule in `bench_corpus.py`: a coarser precision visitx
documents, `early this week` the week, counts), or when the gold names no period
(`PRESENT_REF`, `1989-WXX`) and visitx says None; wrong otherwise – unless the hand
triage (`review`, bench/build_timebank_cases.py) found visitx's answer to be what the
text means (`ok`: the gold is coarser, `last week` valued as its month, or left the week
open). A `both` case is right when both tenses are right, wrong when both are wrong,
None otherwise (the answer depends on a tense the case does not settle). Cases whose
gold value or DCT a careful reader of the sentence does not share (`review` `slip` or
`dct`), or whose period is named by words outside the expression (`context`, MEANTIME's
`October` of `October of next year`), are left out and counted apart (`excluded`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from visitx import parse_date

EXCLUDED = ("slip", "dct", "context")  # context: meantime_en_cases.json


Reader = Callable[[dict[str, Any], str], "list[str] | None"]


def answer(case: dict[str, Any], tense: str) -> list[str] | None:
    """visitx's [start, end] for a case in one tense, or None."""
    value = parse_date(case["text"], language="en", published=case["published"], tense=tense)
    return None if value is None else [value.start, value.end]


def _grade(case: dict[str, Any], found: list[str] | None, reviewed: bool) -> str:
    expected = case["expected"]
    if found is None:
        return "right" if expected is None else "none"
    if expected is not None and found[0] <= expected[0] and expected[1] <= found[1]:
        return "right"
    return "right" if reviewed and case.get("review") == "ok" else "wrong"


def outcome(case: dict[str, Any], read: Reader = answer) -> str:
    """right / wrong / none (`excluded`: a triaged slip) of `read` (visitx by default; a
    peer's answers are not triaged, so `ok` counts for visitx only)."""
    if case.get("review") in EXCLUDED:
        return "excluded"
    tenses = ("past", "future") if case["tense"] == "both" else (case["tense"],)
    found = [_grade(case, read(case, tense), read is answer) for tense in tenses]
    if all(f == "right" for f in found):
        return "right"
    return "wrong" if all(f == "wrong" for f in found) else "none"


def group(case: dict[str, Any]) -> str:
    """The row a case is shown in: periods by the gold's grain, or no period."""
    if case["expected"] is None:
        return "no period (None expected)"
    value = case["value"]
    if "T" in value:
        return "time of a day"
    if "-W" in value:
        return "week"
    if "-Q" in value or "-H" in value:
        return "quarter or half"
    if len(value) < 4 or (len(value) == 4 and value.endswith("X")):
        return "decade or century"
    kinds = {4: "year", 7: "month", 10: "day"}
    return kinds.get(len(value.replace("-XX", "")), "season")


def dateparser_answer(case: dict[str, Any], tense: str) -> list[str] | None:
    """dateparser's reading as [start, end]: its day, or the week (Monday to Sunday),
    month or year holding it when it reports that period (`RETURN_TIME_AS_PERIOD`)."""
    from dateparser.date import DateDataParser

    base = datetime.combine(date.fromisoformat(case["published"]), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": tense,
                "RETURN_TIME_AS_PERIOD": True}  # fmt: skip
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(case["text"])
    except (ValueError, TypeError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    first, last = day, day
    if data.period == "week":
        first = day - timedelta(days=day.weekday())
        last = first + timedelta(days=6)
    elif data.period == "month":
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif data.period == "year":
        first, last = date(day.year, 1, 1), date(day.year, 12, 31)
    return [first.isoformat(), last.isoformat()]
