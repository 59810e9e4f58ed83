"""Write `bench/duckling_en_cases.json` from duckling's English time corpus, and with
`--others` `bench/duckling_langs_cases.json` from its corpora in the other languages
visitx has date tables for (ar de es fr ru tr ko zh).

Reads `Duckling/Time/<XX>/Corpus.hs` of facebook/duckling (Haskell) and turns every
example into a case: the text, the section it comes from (`corpus`: the corpus proper;
`default`: the default corpus's extra cases; `latent`: cases duckling reads only with
latent rules on; `diff`: the corpus with another reference time; `negative`: texts
duckling reads as no time), the corpus line, duckling's value as written (`kind`
`point`, `interval` or `open` with `after`/`before`, its grain, start and end as
timestamps) and the Gregorian days it covers (`expected`: first and last day,
inclusive; duckling's interval ends are exclusive). The reference time is
2013-02-12 04:30 (a Tuesday) at UTC-2, 2013-02-15 04:30 for `diff`; `published` is the
reference day, or the reference timestamp where duckling's value has a time of day.
Not every corpus has every section. A case whose gold value is a slip of the corpus
gets `excluded` with the reason (`EXCLUDED`); the scorer leaves it out and counts it.
The cases are data only; `bench/bench_corpus.py` scores them.

    python bench/build_duckling_cases.py [--others] PATH/TO/duckling  # a clone or bare git dir
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from snapshot import git  # the script's directory is on sys.path

CORPUS = "Duckling/Time/{}/Corpus.hs"
REPO = "facebook/duckling"
OUT = Path(__file__).with_name("duckling_en_cases.json")
OTHERS_OUT = Path(__file__).with_name("duckling_langs_cases.json")
OTHERS = ("ar", "de", "es", "fr", "ru", "tr", "ko", "zh")
# Gold slips, read by hand: (language, corpus line) -> (the texts, why duckling's value
# is not what the text says). Every example of the same kind in the group is listed.
_AGO = (
    "a count then 前/後 (之前/之後) is `ago`/`later`, one {unit} that far from the "
    "reference ({right}); duckling groups it with 前两天/下三天, the {unit}s between"
)
SLIPS: dict[tuple[str, int], tuple[tuple[str, ...], str]] = {
    ("de", 144): (("kommende woche",), "`kommende Woche` is next week (18-24 February), "
                  "listed with `diese Woche` as the current one"),
    ("zh", 228): (("下周三", "下礼拜三", "下週三", "下禮拜三", "下星期三"),
                  "下周三 is Wednesday of next week (20 February; 这周三 is the 13th)"),
    ("zh", 384): (("兩天前", "兩天之前", "兩日前", "兩日之前"),
                  _AGO.format(unit="day", right="10 February")),
    ("zh", 394): (("三天後", "三天之後", "三日後", "三日之後"),
                  _AGO.format(unit="day", right="15 February")),
    ("zh", 403): (("兩星期前", "兩星期之前", "兩個禮拜前", "兩個禮拜之前"),
                  _AGO.format(unit="week", right="28 January - 3 February")),
    ("zh", 413): (("三星期後", "三星期之後", "三個禮拜後", "三個禮拜之後"),
                  _AGO.format(unit="week", right="4-10 March")),
    ("zh", 423): (("兩個月前", "兩個月之前"), _AGO.format(unit="month", right="December 2012")),
    ("zh", 437): (("三個月後", "三個月之後"), _AGO.format(unit="month", right="May 2013")),
    ("zh", 444): (("兩年前", "兩年之前"), _AGO.format(unit="year", right="2011")),
    ("zh", 450): (("三年後", "三年之後"), _AGO.format(unit="year", right="2016")),
}  # fmt: skip
EXCLUDED = {(lang, line, text): why for (lang, line), (texts, why) in SLIPS.items()
            for text in texts}  # fmt: skip
REFERENCE = {"diff": "2013-02-15T04:30:00-02:00"}
DEFAULT_REFERENCE = "2013-02-12T04:30:00-02:00"
SECTIONS = (("default", "defaultCorpus ::"), ("negative", "negativeCorpus ::"),
            ("latent", "latentCorpus ::"), ("diff", "diffCorpus ::"),
            ("corpus", "allExamples ::"))  # fmt: skip
FINE = {"Second", "Minute", "Hour"}
STEP = {"Second": relativedelta(seconds=1), "Minute": relativedelta(minutes=1),
        "Hour": relativedelta(hours=1), "Day": relativedelta(days=1),
        "Week": relativedelta(weeks=1), "Month": relativedelta(months=1),
        "Quarter": relativedelta(months=3), "Year": relativedelta(years=1)}  # fmt: skip
TUPLE = r"\(\s*(-?\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\s*\)"
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _read(path: Path, corpus: str) -> tuple[str, str]:
    """The corpus text and the commit it was read at."""
    if (path / corpus).is_file():
        text = (path / corpus).read_text(encoding="utf-8")
        return text, git(path, "rev-parse", "HEAD").strip()
    return git(path, "show", f"HEAD:{corpus}").strip(), git(path, "rev-parse", "HEAD").strip()


def _moment(groups: tuple[str, ...]) -> datetime | None:
    year, month, day, hour, minute, second = (int(g) for g in groups)
    month, day = max(month, 1), max(day, 1)  # Haskell's fromGregorian clips `(2013, 0, 0)`
    if year < 1:  # `in 2014 B.C.`: no Gregorian day in Python
        return None
    return datetime(year, month, day, hour, minute, second)


def _days(start: datetime, end: datetime) -> list[str]:
    """First and last day of [start, end): the end is exclusive."""
    return [start.date().isoformat(), (end - timedelta(seconds=1)).date().isoformat()]


def _value(spec: str) -> dict[str, Any] | None:
    """Duckling's value (`datetime ...`, `datetimeInterval ...`, ...) as a case's fields."""
    if m := re.match(rf"datetime(?:Holiday)?\s*{TUPLE}\s*(\w+)", spec):
        start, grain = _moment(m.groups()[:6]), m.group(7)
        if start is None:
            return None
        return {"kind": "point", "grain": grain.lower(), "start": start.isoformat(),
                "expected": _days(start, start + STEP[grain]), "fine": grain in FINE}  # fmt: skip
    if m := re.match(rf"datetimeInterval(?:Holiday)?\s*\(\s*{TUPLE},\s*{TUPLE}\s*\)\s*(\w+)", spec):
        start, end, grain = _moment(m.groups()[:6]), _moment(m.groups()[6:12]), m.group(13)
        if start is None or end is None:
            return None
        return {"kind": "interval", "grain": grain.lower(), "start": start.isoformat(),
                "end": end.isoformat(), "expected": _days(start, end),
                "fine": grain in FINE}  # fmt: skip
    if m := re.match(rf"datetimeOpenInterval\s*(After|Before)\s*{TUPLE}\s*(\w+)", spec):
        start, grain = _moment(m.groups()[1:7]), m.group(8)
        if start is None:
            return None
        day = start.date() if m.group(1) == "After" else (start - timedelta(seconds=1)).date()
        return {"kind": "open", "direction": m.group(1).lower(), "grain": grain.lower(),
                "start": start.isoformat(), "expected": [day.isoformat(), day.isoformat()],
                "fine": grain in FINE}  # fmt: skip
    raise SystemExit(f"unknown value: {spec[:80]}")


def _section(offset: int, marks: list[tuple[int, str]]) -> str:
    found = "corpus"
    for start, name in marks:
        if offset >= start:
            found = name
    return found


def _balanced(text: str, start: int, left: str, right: str) -> int:
    """The offset just after the bracket that closes the one at `start`."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == left:
            depth += 1
        elif text[i] == right:
            depth -= 1
            if depth == 0:
                return i + 1
    raise SystemExit(f"unbalanced {left} at {start}")


def build(text: str, lang: str = "en") -> list[dict[str, Any]]:
    """Every example of the corpus as a case."""
    marks = sorted((text.index(mark), name) for name, mark in SECTIONS if mark in text)
    line = lambda offset: text.count("\n", 0, offset) + 1  # noqa: E731
    cases: list[dict[str, Any]] = []
    for m in re.finditer(r"examples \(", text):
        close = _balanced(text, m.end() - 1, "(", ")")
        value = _value(" ".join(text[m.end() : close - 1].split()))
        opening = text.index("[", close)
        names = STRING.findall(text[opening : _balanced(text, opening, "[", "]")])
        if value is None:
            continue
        section = _section(m.start(), marks)
        reference = REFERENCE.get(section, DEFAULT_REFERENCE)
        published = reference if value.pop("fine") else reference[:10]
        for name in names:
            cases.append({"text": name.replace('\\"', '"'), "section": section,
                          "line": line(m.start()), "lang": lang, "published": published,
                          "tense": "future", **value})  # fmt: skip
    if "negativeCorpus ::" in text:
        negative = text.index("negativeCorpus ::")
        block = text[negative : min(s for s, _ in marks if s > negative)]
        for name in STRING.findall(block):
            cases.append({"text": name, "section": "negative", "line": line(negative),
                          "lang": lang, "published": DEFAULT_REFERENCE[:10],
                          "tense": "future", "kind": "none", "expected": None})  # fmt: skip
    for case in cases:
        if reason := EXCLUDED.get((lang, case["line"], case["text"])):
            case["excluded"] = reason
    return cases


def main() -> None:
    args = sys.argv[1:]
    others = args[:1] == ["--others"]
    if len(args) != 1 + others:
        raise SystemExit(__doc__)
    langs = OTHERS if others else ("en",)
    cases, commit = [], ""
    for lang in langs:
        text, commit = _read(Path(args[-1]), CORPUS.format(lang.upper()))
        cases += build(text, lang)
    corpus = CORPUS.format("XX" if others else "EN")
    head: dict[str, Any] = {"source": f"https://github.com/{REPO}/blob/{commit}/{corpus}",
            "repository": REPO, "commit": commit, "reference": DEFAULT_REFERENCE}  # fmt: skip
    if others:
        head["languages"] = list(OTHERS)
    out = OTHERS_OUT if others else OUT
    rows = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    out.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"cases": [\n' + rows + "\n]}\n",
                   encoding="utf-8")  # fmt: skip
    print(f"{len(cases)} cases from {REPO}@{commit[:12]} -> {out}")


if __name__ == "__main__":
    main()
