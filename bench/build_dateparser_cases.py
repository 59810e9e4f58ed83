"""Write `bench/dateparser_cases.json` from a checkout of dateparser's tests.

Absolute expressions: `test_dates_parsing` of tests/test_date_parser.py (relative
base 2012-11-13), every language, expected day as dateparser's test states it; and
the tests there with a preferred direction (`test_preferably_past_dates`,
`test_preferably_future_dates` and their leap-year and last-week variants, with their
own bases; "future" is visitx's `tense="future"`) and `test_dates_parsing_with_language`.
Relative expressions: the parameters of `test_relative_past_dates`,
`test_normalized_relative_dates` and `test_relative_future_dates` of
tests/test_freshness_date_parser.py (now 2014-09-01),
whose period is a day, week, month or year (after the Hindi block the tests mark
languages by code comments, `# kk`, `# uz-Cyrl`, which are read too): the expected day is
now minus (plus) the offset the test states; the period the test states is the precision
expected. `relative` holds visitx's languages with tables, `relative_other_languages` the
rest. `test_dates_without_preference` and its leap-year variant
(`PREFER_DATES_FROM="current_period"`) go to `absolute_no_preference`.

    python bench/build_dateparser_cases.py PATH/TO/dateparser
"""

from __future__ import annotations

import ast
import json
import re
import sys
from datetime import date, datetime
from pathlib import Path

from dateutil.relativedelta import relativedelta

LANGS = {"English": "en", "French": "fr", "Spanish": "es", "Dutch": "nl", "Italian": "it",
         "Portuguese": "pt", "Russian": "ru", "Turkish": "tr", "Romanian": "ro", "German": "de",
         "Czech": "cs", "Thai": "th", "Vietnamese": "vi", "Belarusian": "be", "Ukrainian": "uk",
         "Tagalog": "tl", "Japanese": "ja", "Chinese": "zh", "Bangla": "bn", "Hindi": "hi",
         "Georgian": "ka", "Finnish": "fi", "Croatian": "hr", "Numeric": "en",
         "Miscellaneous": None, "Bulgarian": "bg",
         "Persian": "fa", "Arabic": "ar", "Polish": "pl",
         "Hebrew": "he", "Swedish": "sv", "Norwegian": "nb", "Danish": "da", "Korean": "ko",
         "Indonesian": "id", "Greek": "el", "Hungarian": "hu", "Catalan": "ca",
         "Azerbaijani": "az", "Uzbek": "uz", "Kazakh": "kk"}  # fmt: skip
# visitx's languages with date tables; after dateparser's "# Hindi dates" comment the
# tests have no language comments, so those cases (labelled hi) are left out.
SUPPORTED = {"en", "tr", "de", "fr", "es", "ru", "az", "uz", "kk", "fa", "ps", "ar", "zh",
             "ja", "ko"}  # fmt: skip
OUT = Path(__file__).with_name("dateparser_cases.json")


def _params(source: str, test: str) -> list[tuple[int, ast.Call]]:
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == test:
            found = []
            for deco in node.decorator_list:
                for call in ast.walk(deco):
                    if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "param":
                        found.append((call.lineno, call))
            return found
    raise SystemExit(f"no {test}")


def _language_at(lines: list[str], lineno: int) -> str | None:
    for line in reversed(lines[: lineno - 1]):
        # `# French dates`, and `# Bulgarian` without "dates"; `# Miscellaneous dates`
        # name no language (dateparser detects it): None, visitx tries every table.
        m = re.match(r"\s*# ([A-Z]\w+)(?: dates)?\s*$", line)
        if m:
            return LANGS.get(m.group(1))
        m = re.match(r"\s*# ([a-z]{2,3})(?:-[A-Za-z]+)?\s*$", line)  # `# af`, `# uz-Latn`
        if m:
            return m.group(1)
    return None


def absolute(root: Path) -> list[dict[str, object]]:
    path = "tests/test_date_parser.py"
    source = (root / path).read_text(encoding="utf-8")
    lines = source.splitlines()
    cases = []
    for lineno, call in _params(source, "test_dates_parsing"):
        try:
            text = ast.literal_eval(call.args[0])
        except ValueError:
            continue
        expected = call.args[1]
        assert isinstance(expected, ast.Call)
        day = date(*[ast.literal_eval(a) for a in expected.args[:3]])
        lang = _language_at(lines, lineno)
        cases.append({"lang": lang, "text": text, "published": "2012-11-13T00:00:00",
                      "expected_day": day.isoformat(), "source": f"dateparser/{path}"})  # fmt: skip
    return cases + preference(root, source)


# Tests of a preferred direction: (test, tense, relative base; None: the base is the
# second argument of each case). `PREFER_DATES_FROM` "past"/"future" is visitx's tense.
# `published` is the test's RELATIVE_BASE as an ISO timestamp, with its hour (15:30:
# `16:10` past is the day before); a base at midnight is a date (visitx reads
# midnight exactly as no time).
PREFERENCE_TESTS = (
    ("test_preferably_past_dates", "past", datetime(2015, 2, 15, 15, 30)),
    ("test_preferably_future_dates", "future", datetime(2015, 2, 15, 15, 30)),
    ("test_preferably_future_dates_relative_last_week_of_month", "future",
     datetime(2015, 2, 24, 15, 30)),
    ("test_preferably_past_dates_leap_year", "past", None),
    ("test_preferably_future_dates_leap_year", "future", None),
    ("test_dates_parsing_with_language", "past", datetime(2012, 11, 13)),
    ("test_dates_without_preference", "current", datetime(2015, 2, 15, 15, 30)),
    ("test_dates_without_preference_leap_year", "current", None),
)  # fmt: skip


def preference(root: Path, source: str) -> list[dict[str, object]]:
    """Absolute cases of the tests that set a preferred direction or a language."""
    path = "tests/test_date_parser.py"
    cases = []
    for test, tense, base in PREFERENCE_TESTS:
        for _, call in _params(source, test):
            args = [ast.literal_eval(a) if not isinstance(a, ast.Call) else a for a in call.args]
            lang = "en"
            if test == "test_dates_parsing_with_language":
                lang = args.pop(0)
            text, rest = args[0], args[1:]
            published = base
            if base is None:
                published = datetime(*[ast.literal_eval(a) for a in rest.pop(0).args])
            expected = rest[0]
            assert isinstance(expected, ast.Call)
            assert published is not None
            day = date(*[ast.literal_eval(a) for a in expected.args[:3]])
            cases.append({"lang": lang, "text": text, "published": published.isoformat(),
                          "expected_day": day.isoformat(), "tense": tense,
                          "source": f"dateparser/{path}::{test}"})  # fmt: skip
    return cases


def relative(root: Path) -> list[dict[str, object]]:
    path = "tests/test_freshness_date_parser.py"
    source = (root / path).read_text(encoding="utf-8")
    lines = source.splitlines()
    now = datetime(2014, 9, 1, 10, 30)  # the tests' `self.now`
    cases = []
    tests = (
        ("test_relative_past_dates", -1),
        ("test_normalized_relative_dates", -1),
        ("test_relative_future_dates", 1),
    )
    for test, sign in tests:
        for lineno, call in _params(source, test):
            lang = _language_at(lines, lineno)
            if lang is None:
                continue
            try:
                text = ast.literal_eval(call.args[0])
                kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
            except ValueError:
                continue  # built by code, not a literal
            offset = kw.get("ago") or kw.get("in_future")
            period = kw.get("period")
            if period not in ("day", "week", "month", "year"):
                continue
            if set(offset) - {"days", "weeks", "months", "years"}:
                continue
            delta = relativedelta(**offset)
            day = (now + delta if sign > 0 else now - delta).date()
            cases.append({"lang": lang, "text": text,
                          "published": now.isoformat(), "expected_day": day.isoformat(),
                          "period": period, "tense": "future" if sign > 0 else "past",
                          "source": f"dateparser/{path}::{test}"})  # fmt: skip
    return cases


def main() -> None:
    root = Path(sys.argv[1])
    cases = absolute(root)
    data = {
        "absolute": [c for c in cases if c.get("tense") != "current"],
        # `PREFER_DATES_FROM="current_period"`: visitx has no such preference (its
        # default is the past); bench_corpus scores these apart.
        "absolute_no_preference": [c for c in cases if c.get("tense") == "current"],
        "relative": [c for c in relative(root) if c["lang"] in SUPPORTED],
        # The same tests in languages without tables (dateparser is visitx's fallback).
        "relative_other_languages": [c for c in relative(root) if c["lang"] not in SUPPORTED],
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    main()
