"""Write `bench/recognizers_en_cases.json` from a clone of Microsoft Recognizers-Text.

Data only: the English date specs `Specs/DateTime/English/DateParser.json`,
`DatePeriodParser.json` and `DateTimeModel.json`. Each spec case has an input sentence,
a reference date (`Context.ReferenceDateTime`, the publication date here) and results;
every result of type `date` or `daterange` becomes one case with the result's `Text` (the date as
extracted, not the whole sentence), its `Timex`, and the expected values Recognizers
gives in the past (`PastResolution`) and the future (`FutureResolution`): a day
(`date`) or a range (`startDate`, `endDate`; Recognizers' `endDate` is the day after the
range, as its Timex durations show: `(2016-11-04,2016-11-22,P18D)` for "from 4 to 22").
`DateTimeModel.json` (whole sentences) adds its `date`/`daterange` results: two
values are the past and the future reading (the earlier is past); one value is the
reading the sentence's own tense chose (`It will happen 3 days after January 12th`), and
is scored as the future reading when it starts after the reference date, otherwise as the
past one; open ranges (`Mod`: since, before, after) are left out.
Results without a concrete value in both tenses (unresolvable `XXXX` values, empty
resolutions) and cases without a reference date (resolved against the clock of the
test run) are left out and counted. The repository's commit is recorded.

    python bench/build_recognizers_cases.py PATH/TO/Recognizers-Text[.git]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from snapshot import git  # the script's directory is on sys.path

SPECS = ("DateParser", "DatePeriodParser")
MODEL = "DateTimeModel"
FOLDER = "Specs/DateTime/English"
OUT = Path(__file__).with_name("recognizers_en_cases.json")


def _value(resolution: dict[str, str] | None) -> list[str] | None:
    """`[start, end-exclusive]` of a range, `[day, day]` of a date, None when not concrete."""
    if not resolution:
        return None
    if "date" in resolution:
        day = resolution["date"]
        return [day, day] if _concrete(day) else None
    start, end = resolution.get("startDate"), resolution.get("endDate")
    if start is None or end is None or not (_concrete(start) and _concrete(end)):
        return None
    return [start, end]


def _concrete(day: str) -> bool:
    return len(day) == 10 and day[:4].isdigit() and not day.startswith("0001")


def cases(repo: str, commit: str) -> tuple[list[dict[str, Any]], int]:
    found: list[dict[str, Any]] = []
    skipped = 0
    for spec in SPECS:
        for case in json.loads(git(repo, "show", f"{commit}:{FOLDER}/{spec}.json")):
            if "ReferenceDateTime" not in case.get("Context", {}):
                skipped += len(case["Results"])  # resolved against the test run's clock
                continue
            reference = case["Context"]["ReferenceDateTime"][:10]
            for result in case["Results"]:
                if result["Type"] not in ("date", "daterange"):
                    continue
                value = result["Value"]
                past = _value(value.get("PastResolution"))
                future = _value(value.get("FutureResolution"))
                if past is None or future is None:
                    skipped += 1
                    continue
                found.append(
                    {
                        "spec": spec,
                        "input": case["Input"],
                        "text": result["Text"],
                        "type": result["Type"],
                        "published": reference,
                        "timex": value.get("Timex"),
                        "past": past,
                        "future": future,
                    }
                )
    return found, skipped


def _model_value(value: dict[str, str]) -> list[str] | None:
    """`[start, end-exclusive]` or `[day, day]` of a DateTimeModel value; None for an open
    range (`Mod`: since, before, after) or a value that is not concrete."""
    if "Mod" in value or value.get("type") not in ("date", "daterange"):
        return None
    if value["type"] == "date":
        return _value({"date": value.get("value", "")})
    return _value({"startDate": value.get("start", ""), "endDate": value.get("end", "")})


def model_cases(repo: str, commit: str) -> tuple[list[dict[str, Any]], int]:
    """The `date`/`daterange` results of `DateTimeModel.json`: whole sentences, each result's
    values listed past first; two values are the past and the future reading, one value
    is both."""
    found: list[dict[str, Any]] = []
    skipped = 0
    text = git(repo, "show", f"{commit}:{FOLDER}/{MODEL}.json").lstrip("\ufeff")
    for case in json.loads(text):
        reference = case.get("Context", {}).get("ReferenceDateTime")
        for result in case["Results"]:
            if result.get("TypeName") not in ("datetimeV2.date", "datetimeV2.daterange"):
                continue
            read = [_model_value(v) for v in result["Resolution"]["values"]]
            values = sorted(v for v in read if v is not None)
            if reference is None or len(values) != len(read) or not 1 <= len(values) <= 2:
                skipped += 1
                continue
            past: list[str] | None = values[0]
            future: list[str] | None = values[-1]
            if len(values) == 1:  # the sentence's tense decided: score that tense only
                after = values[0][0] > reference[:10]
                past, future = (None, future) if after else (past, None)
            found.append(
                {
                    "spec": MODEL,
                    "input": case["Input"],
                    "text": result["Text"],
                    "type": result["TypeName"].rsplit(".", 1)[1],
                    "published": reference[:10],
                    "timex": result["Resolution"]["values"][0].get("timex"),
                    "past": past,
                    "future": future,
                }
            )
    return found, skipped


def main() -> None:
    repo = sys.argv[1]
    commit = git(repo, "rev-parse", "HEAD").strip()
    found, skipped = cases(repo, commit)
    model, model_skipped = model_cases(repo, commit)
    found += model
    skipped += model_skipped
    OUT.write_text(
        json.dumps(
            {
                "source": "https://github.com/microsoft/Recognizers-Text",
                "commit": commit,
                "specs": [f"{FOLDER}/{spec}.json" for spec in (*SPECS, MODEL)],
                "note": "end of a range is exclusive (Recognizers' endDate); "
                f"{skipped} results without a concrete value or reference date left out",
                "cases": found,
            },
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(found)} cases ({skipped} without a concrete value or reference date) -> {OUT}")


if __name__ == "__main__":
    main()
