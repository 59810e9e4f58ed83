"""Scoring rules of `bench_corpus.py`'s outside date sets (Recognizers-Text, duckling,
the 2020 news pages, the TimeML corpora in other languages) and the answer each case
gets from visitx in the tense it is scored with; the sets are described in
`bench_corpus.py`'s docstring.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from visitx import parse_date
from visitx.core.errors import InputError

# A number of one or two digits that is no count of units (`in 1 month`, `vor 2 Wochen`).
DAY_NUMBER = re.compile(
    r"(?<!\d)(\d{1,2})(?!\d)(?!\s*(?:months?|weeks?|years?|days?|monat|woche|jahr|tag|mois|"
    r"semaines?|ans?|ann[ée]es?|jours?|mes|semanas?|años?|d[ií]as?|месяц|недел|год|лет|дн|день))",
    re.IGNORECASE,
)
CHRONO = Path(__file__).with_name("chrono_cases.json")
DUCKLING_LANGS = Path(__file__).with_name("duckling_langs_cases.json")
RECOGNIZERS = Path(__file__).with_name("recognizers_en_cases.json")
PYLIB = Path(__file__).with_name("pylib_cases.json")
RECOGNIZERS_LANGS = Path(__file__).with_name("recognizers_langs_cases.json")


def grade(found: Any, expected: Any) -> str:
    if found is None:
        return "right" if expected is None else "none"
    return "right" if found == expected else "wrong"


def no_preference(case: dict[str, Any]) -> list[str] | None:
    """visitx's answer when no tense is preferred: the past's, if the future's is the same.

    dateparser's `current_period` (its default) is a third setting visitx does not have;
    a caller who knows no tense gets an answer only where the tense does not matter.
    """
    found = [
        parse_date(case["text"], language=case["lang"], published=case["published"], tense=t)
        for t in ("past", "future")
    ]
    if found[0] is None or found[1] is None or found[0].start != found[1].start:
        return None
    return [found[0].start, found[0].end] if found[0].end == found[1].end else None


def recognizers_cases() -> list[dict[str, Any]]:
    """Each Recognizers case once per tense, with that tense's expected value."""
    source = json.loads(RECOGNIZERS.read_text(encoding="utf-8"))
    return [
        {**case, "lang": "en", "tense": tense, "expected": case[tense],
         "set": f"{tense} {case['type']}"}
        for tense in ("past", "future")
        for case in source["cases"]
        if case[tense] is not None  # DateTimeModel: one reading, the sentence's tense
    ]  # fmt: skip


def recognizers_langs_cases() -> list[dict[str, Any]]:
    """The seven other languages' Recognizers cases as `recognizers_cases` gives English's,
    each once per tense, `set` the language and tense; gold slips (`excluded`) left out."""
    source = json.loads(RECOGNIZERS_LANGS.read_text(encoding="utf-8"))
    return [
        {**case, "tense": tense, "expected": case[tense], "set": f"{case['lang']} {tense}"}
        for case in source["cases"]
        if "excluded" not in case
        for tense in ("past", "future")
        if case[tense] is not None
    ]


def recognizers_outcome(case: dict[str, Any]) -> str:
    """Right when visitx's period is or contains the expected day or range (whose end,
    Recognizers' `endDate`, is exclusive), wrong when it does not, None otherwise."""
    found = answer(case)
    if found is None:
        return "none"
    start, end = date.fromisoformat(found[0]), date.fromisoformat(found[1])
    first, after = (date.fromisoformat(day) for day in case["expected"])
    last = first if case["type"] == "date" else after - timedelta(days=1)
    return "right" if start <= first and last <= end else "wrong"


def answer(case: dict[str, Any]) -> list[str] | str | None:
    """visitx's answer to a date case, in the tense the case is scored with (`"InputError"`
    when `published` is rejected: bench/english_resolver_cases.json expects it of some)."""
    if case.get("tense") == "current":  # dateparser's absolute_no_preference
        return no_preference(case)
    tense = "future" if case.get("tense") == "future" else "past"
    try:
        value = parse_date(
            case["text"], language=case["lang"], published=case["published"], tense=tense
        )
    except InputError:
        return "InputError"
    return None if value is None else [value.start, value.end]


def resolver_outcome(case: dict[str, Any]) -> str:
    """right / wrong / none on a case of bench/english_resolver_cases.json: `grade`, where
    an expected `"InputError"` is right only when `published` is rejected."""
    return grade(answer(case), case["expected"])


def pages_outcome(case: dict[str, Any], answer: Callable[[dict[str, Any]], Any]) -> str:
    """right / wrong / none on a news-page case (bench/pages_en_date_cases.json).

    Right when the period answered contains the expected one and lies inside `within`
    (the coarsest right period: May for `early May`; the expected period when absent) –
    dateparser_relative's rule with a range for its day; a null case is right only as
    None.
    """
    found = answer(case)
    if found is None or found[0] is None or found[1] is None:
        return "right" if case["expected"] is None else "none"
    if case["expected"] is None:
        return "wrong"
    start, end = found[0][:10], found[1][:10]
    first, last = case["within"] or case["expected"]
    inside = first <= start <= case["expected"][0] <= case["expected"][1] <= end <= last
    return "right" if inside else "wrong"


def cover(first: date, last: date, precision: str) -> tuple[date, date]:
    """[first, last] widened to whole months or years (`precision`), else as it is."""
    if precision == "month":
        after = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        return first.replace(day=1), after - timedelta(days=1)
    if precision == "year":
        return first.replace(month=1, day=1), last.replace(month=12, day=31)
    return first, last


def duckling_outcome(case: dict[str, Any]) -> str:
    """right / wrong / none of visitx on a duckling case (bench/duckling_en_cases.json).

    A point of a day or finer grain is right when visitx's period contains its day; a
    longer point (week, month, quarter, year) or an interval when visitx's period equals
    duckling's days widened to visitx's precision (`early March`, duckling's March 1-10,
    is March at month precision); an open interval (`since 2014`) when visitx starts
    (`after`) or ends (`before`) on its day; a negative case when visitx says None.
    """
    value = parse_date(
        case["text"], language=case["lang"], published=case["published"], tense="future"
    )
    if value is None or value.start is None or value.end is None:
        return "right" if case["kind"] == "none" else "none"
    if case["kind"] == "none":
        return "wrong"
    start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
    first, last = (date.fromisoformat(day) for day in case["expected"])
    if case["kind"] == "open":
        return "right" if (start if case["direction"] == "after" else end) == first else "wrong"
    if case["kind"] == "point" and first == last:
        return "right" if start <= first <= end else "wrong"
    return "right" if (start, end) == cover(first, last, value.precision or "day") else "wrong"


def duckling_langs_cases() -> tuple[list[dict[str, Any]], int]:
    """duckling's corpora in the other languages (bench/duckling_langs_cases.json): the
    scored cases (scored by `duckling_outcome`, as the English corpus) and the number of
    gold slips left out (`excluded`, with the reason, by bench/build_duckling_cases.py)."""
    source = json.loads(DUCKLING_LANGS.read_text(encoding="utf-8"))["cases"]
    kept = [{**case, "expected_day": case["expected"]} for case in source
            if "excluded" not in case]  # fmt: skip
    return kept, len(source) - len(kept)


def timeml_outcome(case: dict[str, Any]) -> str:
    """right / wrong / none of visitx on a TimeML case (bench/timeml_langs_cases.json)."""
    tenses = ("past", "future") if case["tense"] == "both" else (case["tense"],)
    answers = [answer({**case, "tense": tense}) for tense in tenses]
    grades = [timeml_grade(found, case) for found in answers]
    if set(grades) == {"right"} and answers.count(answers[0]) == len(answers):
        return "right"
    if "right" in grades:  # the tenses read it differently, one of them right: unscored
        return "none"
    return "wrong" if "wrong" in grades else "none"


def timeml_grade(found: list[str] | None, case: dict[str, Any]) -> str:
    if case["expected"] is None or found is None:
        return grade(found, case["expected"])
    start, end = found
    first, last = case["expected"]
    inside = case["mod"] is not None and first <= start and end <= last
    return "right" if (start <= first and last <= end) or inside else "wrong"


def chrono_cases() -> list[dict[str, Any]]:
    """chrono's test cases that are scored (not `excluded`: see bench/build_chrono_cases.py)."""
    source = json.loads(CHRONO.read_text(encoding="utf-8"))
    return [case for case in source["cases"] if "excluded" not in case]


def chrono_outcome(case: dict[str, Any]) -> str:
    """right / wrong / none of visitx on a chrono test case (bench/chrono_cases.json).

    chrono answers a moment (a day with implied fields: `September 2012` is September 1);
    visitx a period. Right when visitx's period contains chrono's day (or its range) and is
    no wider, or is wider but the text writes no day of the month that chrono asserts
    (`September 2012` as the month is right; `September 12, 2012` as the month is too
    coarse, so wrong); a negative case (chrono finds no date) is right only as None.
    """
    found = answer(case)
    if case.get("negative"):
        return "right" if found is None else "wrong"
    if found is None:
        return "none"
    start, end = found
    first, last = case["expected"]
    if not start <= first <= last <= end:
        return "wrong"
    if (start, end) == (first, last):
        return "right"
    days = {int(day[8:]) for day in case["expected"]}
    written = {int(n) for n in DAY_NUMBER.findall(case["text"])}
    return "wrong" if days & written else "right"


def pylib_cases() -> tuple[list[dict[str, Any]], int]:
    """dateutil's and parsedatetime's test cases that are scored (bench/pylib_cases.json,
    by bench/build_pylib_cases.py; scored by `chrono_outcome`, the same moment-against-
    period rule) and the number left out (`excluded`, with the reason)."""
    source = json.loads(PYLIB.read_text(encoding="utf-8"))["cases"]
    kept = [case for case in source if "excluded" not in case]
    return kept, len(source) - len(kept)
