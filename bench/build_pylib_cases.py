"""Write `bench/pylib_cases.json` from the test suites of dateutil and parsedatetime.

Two Python date parsers' own tests, as outside oracles for English dates: what their
authors wrote down, recorded by `bench/pylib_harness.py` (neither parser's output is
the oracle; see there).

* dateutil (dateutil/dateutil, `tests/test_parser.py`): absolute date strings. Each
  `parse(TEXT, default=D, ...)` compared with `datetime(...)` is a case: `published` is
  the `default` (dateutil fills the parts the text leaves out from it: `Sep` with default
  2003-09-25 is 2003-09-25, `October` 2003-10-25 – visitx reads a missing year from
  `published`, so the default is the fair publication date), `expected` the asserted
  day. Without a default dateutil fills from the clock of the test run: such a case is
  kept only when the text writes the asserted year (`published` None). A case read with
  `dayfirst=True` or `yearfirst=True` is a convention (visitx reads English numeric dates
  in US order and has no such option): it is scored apart (`convention`). A text dateutil
  must reject (out-of-range day, month or year zero) is a negative case (None expected).
  Left out, with the reason in `excluded`: a time of day or time zone in the text, the
  tokens of `fuzzy_with_tokens` (the test is about them), a custom `parserinfo` (not
  English words) or a non-text input, a call whose expected value is no datetime (an
  error other than an impossible date, an attribute), no default and no year written.
* parsedatetime (bear/parsedatetime, `tests/Test*.py`): relative and casual English.
  Each `assertExpectedResult(cal.parse(TEXT, start), (target, context))` is a case
  (also `evalRanges`, a range, and `nlp`, one case per expression found); `published` is
  the source time's day (the tests that use the clock run at the harness's frozen clock,
  2016-06-15 10:00), `expected` the target day (the range's days), a context of no
  accuracy (not parsed) a negative case. Left out: other locales than en_US (fr, de, ru;
  en_AU's day-first numeric dates are scored apart as a convention), targets of a time
  of day or a sub-day offset only (the context's accuracy holds no year, month, week or
  day) and texts with a clock time.

`tense` is chrono's rule (bench/build_chrono_cases.py): parsedatetime reads forward by
default, dateutil's default fills forward in the default's year, so a case whose day is
after `published` is scored with `future`, any other with `past`. Each case keeps its
`source` (`file:line` in the pinned snapshot). Scored by `score_sets.chrono_outcome`.

    python bench/build_pylib_cases.py PATH/TO/dateutil PATH/TO/parsedatetime  # bare gits
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from snapshot import git, git_bytes  # the script's directory is on sys.path

OUT = Path(__file__).with_name("pylib_cases.json")
HARNESS = Path(__file__).with_name("pylib_harness.py")
REPOS = {"dateutil": "dateutil/dateutil", "parsedatetime": "bear/parsedatetime"}
# A clock time, a time zone or a time unit after a number: the case tests a time.
TIME = re.compile(
    r"\d:\d|\d[Tt]\d|\d\s*(?:[aApP]\.?[mM]\b\.?)|\b\d+(?:\.\d+)?\s*[hms]\b|\d[hms]\d|"
    r"\b(?:[AP]M|UTC|GMT|BRST|EST|PST|PDT|[ap]m|noon|midnight)\b|[+-]\d{2}:?\d{2}\b",
)
IMPOSSIBLE = {"test_no_year_zero", "test_out_of_bound_day", "test_day_sanity"}
CUSTOM = {"parserinfo", "tzinfos", "tzinfo"}
# Tests that give a parser a custom parserinfo (`parser(MyInfo()).parse(...)`): its words.
CUSTOM_TESTS = {"testCustomParserInfo", "testCustomParserShortDaynames", "testParseUnicodeWords"}


def harness(kind: str, repo: Path, paths: list[str]) -> list[dict[str, Any]]:
    """The recorded calls of one suite (the snapshot extracted to a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = git_bytes(repo, "archive", "HEAD", *paths)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        # The suite's own assertions fail under the stand-ins: its exit code says nothing.
        run = subprocess.run([sys.executable, str(HARNESS), kind, tmp], capture_output=True,
                             text=True, env={**os.environ, "TZ": "UTC"}, timeout=600,
                             check=False)  # fmt: skip
    return [json.loads(row[3:]) for row in run.stdout.splitlines() if row.startswith("@@ ")]


def literal_line(source: list[str], text: str, line: int) -> int:
    """The line that writes `text` as a string literal (a parametrized case), else `line`."""
    for number, row in enumerate(source, 1):
        if f'"{text}"' in row or f"'{text}'" in row:
            return number
    return line


def dateutil_case(row: dict[str, Any], source: list[str]) -> dict[str, Any]:
    text, test = row["text"], row["test"].split("::")[-1].split("[")[0].split(" ")[0]
    default = row["default"][:10] if isinstance(row["default"], str) else None
    expected = row.get("expected", [None])[0]
    options = row["options"]
    line = literal_line(source, text, row["line"]) if "[" in row["test"] else row["line"]
    case: dict[str, Any] = {"text": text, "lang": "en", "published": default,
                            "source": f"tests/test_parser.py:{line}", "test": test,
                            "set": "dateutil"}  # fmt: skip
    flags = [k for k in ("dayfirst", "yearfirst") if options.get(k) is True]
    if flags:
        case.update(set="dateutil dayfirst/yearfirst", convention="+".join(flags))
    if "xfail" in " ".join(source[max(0, line - 12) : line]) and "Unimplemented" in row["test"]:
        case["xfail"] = True
    if isinstance(expected, list):  # fuzzy_with_tokens: (datetime, tokens)
        expected = expected[0]
    if row["file"] != "test_parser.py" or not isinstance(row["text"], str) or \
            text.startswith(("b'", "<", "bytearray")):  # fmt: skip
        case["excluded"] = "not a text input"
    elif CUSTOM & set(options) or test in CUSTOM_TESTS:
        case["excluded"] = "custom parserinfo or tzinfos"
    elif options.get("fuzzy_with_tokens"):
        case["excluded"] = "fuzzy_with_tokens: the test is about the tokens"
    elif TIME.search(text) or (isinstance(expected, str) and expected[11:] not in ("", "00:00:00")):
        case["excluded"] = "time of day or time zone"
    elif expected is None:
        if test in IMPOSSIBLE:
            case.update(negative=True, expected=None, tense="past")
            return case
        case["excluded"] = "no datetime expected (an error or an attribute asserted)"
    elif not isinstance(expected, str):
        case["excluded"] = "no datetime expected (an error or an attribute asserted)"
    elif default is None and expected[2:4] not in text:
        case["excluded"] = "no default and no year written: the clock of the test run"
    day = expected[:10] if isinstance(expected, str) else None
    case["expected"] = [day, day] if day else None
    case["tense"] = "future" if day and default and day > default else "past"
    return case


ACCURACY_DATE = 1 | 2 | 4 | 8  # parsedatetime's ACU_YEAR, ACU_MONTH, ACU_WEEK, ACU_DAY


def ymd(parts: Any) -> str:
    if isinstance(parts, str):
        return parts[:10]
    return f"{parts[0]:04d}-{parts[1]:02d}-{parts[2]:02d}"


def pdt_cases(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One recorded parsedatetime call as cases (an `nlp` call: one per expression)."""
    published = ymd(row["source"])
    base = {"lang": "en", "published": published, "source": f"tests/{row['file']}:{row['line']}",
            "test": row["test"], "set": "parsedatetime"}  # fmt: skip
    check, call, text = row["expected"], row["call"], row["text"]
    found: list[tuple[str, list[str] | None, int]] = []  # text, days, accuracy
    if call == "nlp":
        if check is None:
            found.append((text, None, 0))
        for item in check or []:
            found.append((item[4], [ymd(item[0]), ymd(item[0])], item[1]["accuracy"]))
    elif call == "evalRanges":
        kind = check[2]  # 1 a range of dates, 2 of times, 0 none
        found.append((text, [ymd(check[0]), ymd(check[1])] if kind else None,
                      ACCURACY_DATE if kind == 1 else (0 if kind == 0 else 32)))  # fmt: skip
    else:
        accuracy = check[1]["accuracy"] if isinstance(check[1], dict) else check[1]
        found.append((text, [ymd(check[0])] * 2 if accuracy else None, accuracy or 0))
    cases = []
    for expression, days, accuracy in found:
        case = {**base, "text": expression, "expected": days}
        if row["locale"].lower() == "en_au":
            case.update(set="parsedatetime en_AU", convention="en_AU day-first")
        elif row["locale"].lower() != "en_us":
            case["excluded"] = f"not English ({row['locale']})"
        if days is None:
            case.update(negative=True, tense="past")
        else:
            case["tense"] = "future" if days[0] > published else "past"
            if not accuracy & ACCURACY_DATE:
                case.setdefault("excluded", "time of day or sub-day offset only")
        if TIME.search(expression):
            case.setdefault("excluded", "time of day or time zone")
        cases.append(case)
    return cases


def dedupe(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first of the cases that ask the same (text, publication, answer, option)."""
    seen: set[str] = set()
    kept = []
    for case in cases:
        key = json.dumps([case[k] for k in ("text", "published", "expected", "set", "tense")])
        if key not in seen:
            seen.add(key)
            kept.append(case)
    return kept


def main() -> None:
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    dateutil, pdt = Path(sys.argv[1]), Path(sys.argv[2])
    source = git(dateutil, "show", "HEAD:tests/test_parser.py").splitlines()
    rows = harness("dateutil", dateutil, ["tests"])
    cases = dedupe([dateutil_case(row, source) for row in rows])
    rows = harness("parsedatetime", pdt, ["parsedatetime", "tests"])
    cases += dedupe([case for row in rows for case in pdt_cases(row)])
    pins = {
        name: {"repository": repo, "commit": git(path, "rev-parse", "HEAD").strip()}
        for (name, repo), path in zip(REPOS.items(), (dateutil, pdt), strict=True)
    }
    head = {"repositories": pins,
            "clock": "2016-06-15T10:00:00 (parsedatetime's tests that read the clock)"}  # fmt: skip
    lines = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)
    OUT.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"cases": [\n' + lines + "\n]}\n",
                   encoding="utf-8")  # fmt: skip
    left = sum("excluded" in c for c in cases)
    print(f"{len(cases)} cases ({left} left out) -> {OUT}")


if __name__ == "__main__":
    main()
