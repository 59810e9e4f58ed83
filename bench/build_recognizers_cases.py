"""Write `bench/recognizers_en_cases.json` (or, with `--language others`,
`bench/recognizers_langs_cases.json`) from a clone of Microsoft Recognizers-Text.

Data only: the date specs `Specs/DateTime/<Language>/DateParser.json`,
`DatePeriodParser.json` and `DateTimeModel.json` – English, or the seven other languages
visitx has date tables for (Arabic, Chinese, French, German, Korean, Spanish, Turkish),
each case with its ISO 639-1 code as `lang`. Each spec case has an input sentence,
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
test run) are left out and counted. The repository's commit is recorded. Cases whose
resolution the specs' own runner does not compare (`IgnoreResolution`: most Arabic and
Korean parser cases, translated from the English ones with their values) are kept with
`unchecked: true`; gold slips found by hand are kept with the reason as `excluded`
(`EXCLUDED` below, keyed by language, input and text) and not scored.

    python bench/build_recognizers_cases.py PATH/TO/Recognizers-Text[.git] [--language others]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from snapshot import git  # the script's directory is on sys.path

SPECS = ("DateParser", "DatePeriodParser")
MODEL = "DateTimeModel"
FOLDER = "Specs/DateTime/English"
OUT = Path(__file__).with_name("recognizers_en_cases.json")
OTHERS = {"Arabic": "ar", "Chinese": "zh", "French": "fr", "German": "de", "Korean": "ko",
          "Spanish": "es", "Turkish": "tr"}  # fmt: skip
OUT_OTHERS = Path(__file__).with_name("recognizers_langs_cases.json")
# Gold slips read by hand: (lang, input without edge spaces, text) -> why it is not scored.
EXCLUDED: dict[tuple[str, str, str], str] = {
    ("ar", "في 1970", "1970"): "`in 1970` is the year; the value is the decade 1970-1979 "
    "(English spec: `in the 1970s`, the plural lost in translation)",
    ("ar", "سأخرج بعد 3 أسابيع", "بعد 3 أسابيع"): "`after 3 weeks`; the value is the three "
    "weeks before the reference date (2016-10-17 to 2016-11-07)",
    ("ar", "سأخرج بعد 3 سنوات", "بعد 3 سنوات"): "`after 3 years`; the value is one year "
    "from 2018-11-08 (P1Y), neither the day three years on nor three years",
    ("ko", "우리는 1931년 12월 5일에 미팅을 했습니다.", "1931년 12월 5일"): "the text says "
    "1931, the value 1391-12-05 (digits transposed)",
    ("ko", "2089년 5월 5일에 돌아갈 거야.", "2089년 5월 5일"): "the text says 2089, the "
    "value 1989-05-05",
    ("es", "13 de junio, que también se conoce como Día de la Libertad y Día del Jubileo, se "
     "remonta a 1865, y se observa el 19 de junio de cada año.", "13 de junio"): "`13 de "
    "junio` translates English `Juneteenth`; the value is the holiday, 19 June",
    ("ko", "나는 27일에 돌아갔어.", "27일"): "`27일` is the 27th; the value is the 21st (the "
    "spec's runner ignores the resolution: IgnoreResolution)",
    ("ko", "21일에 돌아왔어요", "21일"): "`21일` is the 21st; the value is the 22nd (the spec's "
    "runner ignores the resolution: IgnoreResolution)",
    ("zh", "大年初一", "大年初一"): "`大年初一` is the first day of the lunar year, the Spring "
    "Festival (28 January 2017); the value is the lunar month and day taken as Gregorian, "
    "1 January",
}  # fmt: skip


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


def _unchecked(case: dict[str, Any]) -> dict[str, bool]:
    """`{"unchecked": True}` when the specs' runner does not compare the resolution."""
    return {"unchecked": True} if str(case.get("IgnoreResolution")).lower() == "true" else {}


def cases(repo: str, commit: str, folder: str = FOLDER) -> tuple[list[dict[str, Any]], int]:
    found: list[dict[str, Any]] = []
    skipped = 0
    for spec in SPECS:
        text = git(repo, "show", f"{commit}:{folder}/{spec}.json").lstrip("\ufeff")
        for case in json.loads(text):
            if "ReferenceDateTime" not in (case.get("Context") or {}):
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
                        "text": result["Text"].strip(),
                        "type": result["Type"],
                        "published": reference,
                        "timex": value.get("Timex"),
                        "past": past,
                        "future": future,
                        **_unchecked(case),
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


def model_cases(repo: str, commit: str, folder: str = FOLDER) -> tuple[list[dict[str, Any]], int]:
    """The `date`/`daterange` results of `DateTimeModel.json`: whole sentences, each result's
    values listed past first; two values are the past and the future reading, one value
    is both."""
    found: list[dict[str, Any]] = []
    skipped = 0
    text = git(repo, "show", f"{commit}:{folder}/{MODEL}.json").lstrip("\ufeff")
    for case in json.loads(text):
        reference = (case.get("Context") or {}).get("ReferenceDateTime")
        for result in case["Results"]:
            if result.get("TypeName") not in ("datetimeV2.date", "datetimeV2.daterange"):
                continue
            resolution = result.get("Resolution")  # Arabic: "not resolved"
            given = resolution.get("values", []) if isinstance(resolution, dict) else []
            read = [_model_value(v) for v in given]
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
                    "text": result["Text"].strip(),
                    "type": result["TypeName"].rsplit(".", 1)[1],
                    "published": reference[:10],
                    "timex": given[0].get("timex"),
                    "past": past,
                    "future": future,
                    **_unchecked(case),
                }
            )
    return found, skipped


def language_cases(repo: str, commit: str, folder: str) -> tuple[list[dict[str, Any]], int]:
    """The parser and model cases of one language's folder."""
    found, skipped = cases(repo, commit, folder)
    model, model_skipped = model_cases(repo, commit, folder)
    return found + model, skipped + model_skipped


def write(out: Path, header: dict[str, Any], found: list[dict[str, Any]]) -> None:
    out.write_text(
        json.dumps({**header, "cases": found}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )


def others(repo: str, commit: str) -> None:
    """`recognizers_langs_cases.json`: the seven other languages, gold slips marked."""
    found: list[dict[str, Any]] = []
    skipped: dict[str, int] = {}
    for language, code in OTHERS.items():
        some, skipped[code] = language_cases(repo, commit, f"Specs/DateTime/{language}")
        for case in some:
            reason = EXCLUDED.get((code, case["input"].strip(), case["text"]))
            found.append({"lang": code, **case, **({"excluded": reason} if reason else {})})
    specs = [f"Specs/DateTime/{lang}/{spec}.json" for lang in OTHERS for spec in (*SPECS, MODEL)]
    header = {
        "source": "https://github.com/microsoft/Recognizers-Text",
        "commit": commit,
        "specs": specs,
        "note": "end of a range is exclusive (Recognizers' endDate); results without a "
        f"concrete value or reference date left out per language: {skipped}; `unchecked`: "
        "the specs' runner ignores the resolution (IgnoreResolution); `excluded`: gold slip",
    }
    write(OUT_OTHERS, header, found)
    marked = sum("excluded" in case for case in found)
    print(f"{len(found)} cases ({marked} excluded; left out {skipped}) -> {OUT_OTHERS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", help="a clone or bare mirror of microsoft/Recognizers-Text")
    parser.add_argument("--language", choices=("English", "others"), default="English")
    args = parser.parse_args()
    repo = args.repo
    commit = git(repo, "rev-parse", "HEAD").strip()
    if args.language == "others":
        others(repo, commit)
        return
    found, skipped = language_cases(repo, commit, FOLDER)
    header = {
        "source": "https://github.com/microsoft/Recognizers-Text",
        "commit": commit,
        "specs": [f"{FOLDER}/{spec}.json" for spec in (*SPECS, MODEL)],
        "note": "end of a range is exclusive (Recognizers' endDate); "
        f"{skipped} results without a concrete value or reference date left out",
    }
    write(OUT, header, found)
    print(f"{len(found)} cases ({skipped} without a concrete value or reference date) -> {OUT}")


if __name__ == "__main__":
    main()
