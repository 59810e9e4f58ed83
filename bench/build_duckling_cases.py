"""Write `bench/duckling_en_cases.json` from duckling's English time corpus.

Reads `Duckling/Time/EN/Corpus.hs` of facebook/duckling (Haskell) and turns every
example into a case: the text, the section it comes from (`corpus`: the corpus proper;
`default`: the default corpus's extra cases; `latent`: cases duckling reads only with
latent rules on; `diff`: the corpus with another reference time; `negative`: texts
duckling reads as no time), the corpus line, duckling's value as written (`kind`
`point`, `interval` or `open` with `after`/`before`, its grain, start and end as
timestamps) and the Gregorian days it covers (`expected`: first and last day,
inclusive; duckling's interval ends are exclusive). The reference time is
2013-02-12 04:30 (a Tuesday) at UTC-2, 2013-02-15 04:30 for `diff`; `published` is the
reference day, or the reference timestamp where duckling's value has a time of day.
The cases are data only; `bench/bench_corpus.py` scores them.

    python bench/build_duckling_cases.py PATH/TO/duckling   # a checkout or a bare git dir
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

CORPUS = "Duckling/Time/EN/Corpus.hs"
REPO = "facebook/duckling"
OUT = Path(__file__).with_name("duckling_en_cases.json")
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


def _read(path: Path) -> tuple[str, str]:
    """The corpus text and the commit it was read at."""
    if (path / CORPUS).is_file():
        text = (path / CORPUS).read_text(encoding="utf-8")
        return text, git(path, "rev-parse", "HEAD").strip()
    return git(path, "show", f"HEAD:{CORPUS}").strip(), git(path, "rev-parse", "HEAD").strip()


def _moment(groups: tuple[str, ...]) -> datetime | None:
    year, month, day, hour, minute, second = (int(g) for g in groups)
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


def build(text: str) -> list[dict[str, Any]]:
    """Every example of the corpus as a case."""
    marks = sorted((text.index(mark), name) for name, mark in SECTIONS)
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
                          "line": line(m.start()), "lang": "en", "published": published,
                          "tense": "future", **value})  # fmt: skip
    negative = text.index("negativeCorpus ::")
    block = text[negative : text.index("latentCorpus ::")]
    for name in STRING.findall(block):
        cases.append({"text": name, "section": "negative", "line": line(negative),
                      "lang": "en", "published": DEFAULT_REFERENCE[:10], "tense": "future",
                      "kind": "none", "expected": None})  # fmt: skip
    return cases


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    text, commit = _read(Path(sys.argv[1]))
    cases = build(text)
    head = {"source": f"https://github.com/{REPO}/blob/{commit}/{CORPUS}",
            "repository": REPO, "commit": commit, "reference": DEFAULT_REFERENCE}  # fmt: skip
    rows = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    OUT.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"cases": [\n' + rows + "\n]}\n",
                   encoding="utf-8")  # fmt: skip
    print(f"{len(cases)} cases from {REPO}@{commit[:12]} -> {OUT}")


if __name__ == "__main__":
    main()
