"""Write `bench/chrono_cases.json` from the test suite of chrono (wanasit/chrono).

chrono is a JavaScript date parser; its jest tests (`test/<lang>/*.test.ts`) call
`testSingleCase(chrono.<parser>, TEXT, REFERENCE, [OPTIONS], (result) => {expect...})`,
`testWithExpectedDate(...)` and `testUnexpectedResult(...)` (no date in TEXT). The
tests are run by `bench/chrono_harness.js` under node with stand-ins for chrono and
jest, which records each call and the assertions its callback makes; chrono itself is
not run: the oracle is what chrono's authors wrote down. Only the languages visitx has
date tables for are read (en, de, fr, es, ru).

Each call becomes a case: `text` is the expression chrono's test says it found
(`expect(result.text).toBe(...)`), else the whole test text (`whole: true`);
`published` is the reference (`new Date(2012, 7, 10)` → `2012-08-10`; with its time of
day where it has one: `2012-08-10T14:12:00`); `tense` is `future` when the test passes
chrono's `forwardDate` option or when chrono, without that option, still reads the
expression after the reference day (`forward_default: true`: `Sunday` told on a Thursday
is the coming Sunday), else `past`; `expected` is the
first and last day chrono asserts (`start`'s year/month/day, from `get(...)` or
`toBeDate(...)`, and `end`'s when the result is a range); `negative` cases
(`testUnexpectedResult`) expect None. Cases are left out, with the reason in
`excluded`, when chrono's gold cannot be compared with a day: no reference (resolved
against the clock of the test run; kept when the text writes the asserted year, and for
negative cases) or a reference with a time zone, no day asserted, a negative case that
names a date by visitx's documented reading (`BARE_YEARS`, `PERIOD_NAMED`),
or an expression that is a time of day or a duration only (chrono's answer is
the reference day or the next and the text holds no date word; the rule is
`time_only` below). The repository's commit is recorded.

    python bench/build_chrono_cases.py PATH/TO/chrono   # a checkout or a bare git dir
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from snapshot import git  # the script's directory is on sys.path

REPO = "wanasit/chrono"
LANGS = ("en", "de", "fr", "es", "ru")
OUT = Path(__file__).with_name("chrono_cases.json")
HARNESS = Path(__file__).with_name("chrono_harness.js")
# A clock time, or a word that names only a time of day or a unit shorter than a day.
CLOCK = re.compile(
    r"\d{1,2}\s*(?:[:.h]\s*\d{2}|\s*(?:[ap]\.?m\.?|uhr|h\b|heures?|hrs?|horas?|час\w*))"
    r"|\b\d{1,2}\s*[ap]\b",
    re.IGNORECASE,
)
TIME_WORDS = re.compile(
    r"\b(?:now|noon|midnight|midday|morning|afternoon|evening|tonight|night|o'?clock|"
    r"\w*minut\w*|mins?|\w*second\w*|secs?|hours?|hrs?|moment|"
    r"jetzt|mittag\w*|mitternacht|morgens?|abends?|nachts?|nacht|stunden?|sekunden?|uhr|"
    r"maintenant|midi|minuit|matin|soir|ce soir|nuit|heures?|secondes?|"
    r"ahora|mediod[ií]a|medianoche|ma[ñn]ana por|tarde|noche|horas?|segundos?|"
    r"сейчас|полдень|полночь|утр\w*|вечер\w*|ноч\w*|днём|час\w*|секунд\w*|минут\w*)\b",
    re.IGNORECASE,
)
# What is left of a time-only expression: prepositions, articles, numbers, signs.
FILLER = re.compile(
    r"\b(?:at|in|on|the|a|an|this|by|within|from|to|until|ago|later|after|before|for|"
    r"um|am|an|in|von|bis|vor|nach|den|dem|der|die|das|diese[nrm]?|heute|gegen|"
    r"à|a|le|la|les|de|du|des|dans|il y a|ce|cette|vers|en|d'ici|"
    r"el|los|las|en|a|de|del|por|la|dentro|hace|esta|este|"
    r"в|во|на|через|назад|спустя|около|к|с|до|этот|это|эту|сегодня|"
    r"half|an?|one|two|three|few|several|couple|of|and|und|et|y|и|и|"
    r"pm|am|p\.m\.|a\.m\.|h)\b|[\d\s,.:\-–+/]",
    re.IGNORECASE,
)
# chrono's negative cases that name a date by visitx's documented reading: a year alone
# (`2020`, `2019 to 2020`: visitx reads a four-digit year as that year) and a half of a
# year (`released in the second half of 2025`: chrono reads no halves).
BARE_YEARS = re.compile(r"(?:1[6-9]|20)\d\d(?:\s+to\s+(?:1[6-9]|20)\d\d)?")
PERIOD_NAMED = re.compile(r"\b(?:first|second) half of \d{4}\b")


def time_only(expression: str, expected: list[str], published: str | None) -> bool:
    """A time of day or a sub-day duration: the text has a clock time or a time word, and
    nothing else but fillers, and chrono's day is the reference day or the one next to it."""
    if published is None:
        return False
    if not (CLOCK.search(expression) or TIME_WORDS.search(expression)):
        return False
    rest = FILLER.sub(" ", TIME_WORDS.sub(" ", CLOCK.sub(" ", expression)))
    if rest.strip():
        return False
    ref = date.fromisoformat(published[:10])
    near = {ref + timedelta(days=k) for k in (-1, 0, 1)}
    return all(date.fromisoformat(day) in near for day in expected)


def _files(repo: Path) -> list[str]:
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", "test").split()
    return sorted(n for n in names if n.split("/")[1:2] and n.split("/")[1] in LANGS
                  and n.endswith(".test.ts"))  # fmt: skip


def _calls(repo: Path, name: str) -> list[dict[str, Any]]:
    """The recorded calls of one test file (bench/chrono_harness.js under node, TZ=UTC)."""
    text = git(repo, "show", f"HEAD:{name}")
    env = {**os.environ, "TZ": "UTC"}
    run = subprocess.run(["node", str(HARNESS)], input=text, capture_output=True, text=True,
                         env=env, check=True, timeout=60)  # fmt: skip
    return [json.loads(row) for row in run.stdout.splitlines() if row.strip()]


def _moment(value: Any) -> list[int] | None:
    if isinstance(value, dict) and isinstance(value.get("date"), list):
        return [int(x) for x in value["date"]]
    return None


def _published(ref: Any) -> tuple[str | None, str | None]:
    """The reference as `published`, or the reason it cannot be one."""
    if ref is None:
        return None, "no reference: the clock of the test run"
    if "timezone" in ref:
        return None, "reference instant with a time zone"
    parts = _moment(ref) or _moment(ref.get("instant"))
    if parts is None:
        return None, "reference not a date"
    day = date(*parts[:3]).isoformat()
    if parts[3:] == [0, 0, 0]:
        return day, None
    return f"{day}T{parts[3]:02d}:{parts[4]:02d}:{parts[5]:02d}", None


def _day(asserts: list[dict[str, Any]], side: str) -> str | None:
    """The day chrono asserts for `start` or `end`: its components, else `toBeDate`'s."""
    got: dict[str, int] = {}
    for a in asserts:
        if a["negated"] or a["matcher"] not in ("toBe", "toStrictEqual", "toEqual"):
            continue
        for field in ("year", "month", "day"):
            if a["path"] == f"{side}.{field}" and isinstance(a["value"], int):
                got[field] = a["value"]
    for a in asserts:
        paths = (side, "result") if side == "start" else (side,)
        if a["path"] in paths and a["matcher"] == "toBeDate" and not a["negated"]:
            moment = _moment(a["value"])
            if moment:
                for field, value in zip(("year", "month", "day"), moment[:3], strict=True):
                    got.setdefault(field, value)
    if set(got) != {"year", "month", "day"} or got["year"] < 1:
        return None
    try:
        return date(got["year"], got["month"], got["day"]).isoformat()
    except ValueError:
        return None


def _expression(call: dict[str, Any]) -> tuple[str, bool]:
    for a in call["asserts"]:
        asserted = a["path"] == "text" and a["matcher"] == "toBe" and not a["negated"]
        if asserted and isinstance(a["value"], str):
            return a["value"], False
    return call["text"], True


def case(call: dict[str, Any], lang: str, name: str) -> dict[str, Any]:
    """One recorded call as a case (`excluded` says why it is not scored)."""
    option = call.get("option") or {}
    published, why = _published(call.get("ref"))
    text, whole = _expression(call)
    out: dict[str, Any] = {"text": text, "whole": whole, "lang": lang,
                           "file": name, "line": call["line"], "parser": call["parser"],
                           "published": published,
                           "tense": "future" if option.get("forwardDate") else "past"}  # fmt: skip
    if call["kind"] == "unexpected":
        out["negative"] = True
        out["expected"] = None
        if why and "clock" not in why:
            out["excluded"] = why
        elif BARE_YEARS.fullmatch(text.strip()) or PERIOD_NAMED.search(text):
            out["excluded"] = "negative case naming a date visitx documents: a year, a half"
        return out
    first, last = _day(call["asserts"], "start"), _day(call["asserts"], "end")
    if why:
        out["excluded"] = why
    if first is None:
        out.setdefault("excluded", "no day asserted")
        out["expected"] = None
        return out
    out["expected"] = [first, last or first]
    if why and why.startswith("no reference") and f"{int(first[:4]) % 100:02d}" in text:
        del out["excluded"]  # an absolute date: its year is written, the clock does not matter
    if published and out["tense"] == "past" and first > published[:10]:
        out["forward_default"] = True  # chrono's reading without `forwardDate`: the future's
        out["tense"] = "future"
    if "excluded" not in out and time_only(text, out["expected"], published):
        out["excluded"] = "time of day or sub-day duration only"
    return out


def build(repo: Path) -> list[dict[str, Any]]:
    cases = []
    for name in _files(repo):
        lang = name.split("/")[1]
        cases.extend(case(call, lang, name) for call in _calls(repo, name))
    return cases


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    repo = Path(sys.argv[1])
    commit = git(repo, "rev-parse", "HEAD").strip()
    cases = build(repo)
    head = {"source": f"https://github.com/{REPO}/tree/{commit}/test",
            "repository": REPO, "commit": commit}  # fmt: skip
    rows = ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases)
    OUT.write_text(json.dumps(head, ensure_ascii=False)[:-1] + ',\n"cases": [\n' + rows + "\n]}\n",
                   encoding="utf-8")  # fmt: skip
    left = sum("excluded" in c for c in cases)
    print(f"{len(cases)} cases ({left} left out) from {REPO}@{commit[:12]} -> {OUT}")


if __name__ == "__main__":
    main()
