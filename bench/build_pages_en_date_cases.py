"""Write `bench/pages_en_date_cases.json`: date expressions quoted from real 2020 news pages.

The pages are the 200 news pages of htmldate's mediacloud evaluation set
(adbar/htmldate, `tests/eval_mediacloud_2020.json`, commit in `SOURCE`), 195 of them with a
hand-annotated publication day; the English ones (as `visitx.read_html` reads their
language) with a day are used. Two steps:

1. `--candidates FILE`: every date-like phrase of every page's text (weekdays, months,
   today/yesterday/tonight, last/next/this/past + a unit, `ago`, parts of periods, years,
   decades, quarters, numeric dates, holidays), one per (text, publication day), with
   90 characters of context, for a person to label.
2. (default) the labels, `bench/pages_en_date_labels.tsv` – data, written by hand from
   the sentence before visitx was run on them: the expression as a model asked to quote
   "when it happened" would copy it, the tense of its verb, the period the writer means
   (`start`, `end`; empty when a careful reader cannot tell, with the reason in `note`),
   and where the text gives a part of a period (`early May`, `earlier this month`) the
   coarsest period that is still right (`within_*`: May, this month). Each expression is
   found again in its page and stored with a context snippet of at most 15 words.

A note starting `context:` marks a case whose year or month comes from elsewhere in the
sentence (`on July 27-August 7` of the 2022 Games): the expression alone cannot say it;
those cases are scored apart (bench_corpus.py).

    python bench/build_pages_en_date_cases.py /tmp/visitx-real-pages/cases.json
    python bench/build_pages_en_date_cases.py /tmp/visitx-real-pages/cases.json \
        --candidates /tmp/candidates.json
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import warnings
from pathlib import Path
from typing import Any

from visitx import InputError, read_html

OUT = Path(__file__).with_name("pages_en_date_cases.json")
LABELS = Path(__file__).with_name("pages_en_date_labels.tsv")
SOURCE = {
    "repository": "adbar/htmldate",
    "commit": "b8952828329abaeeb3be21387b526f2be614ce67",
    "file": "tests/eval_mediacloud_2020.json",
}
_WD = (
    r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Satur|Sun)day"
    r"|(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\."
)
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_UNIT = r"(?:weekend|week|month|year|quarter|half|decade|century|day|night|morning|evening)s?"
_CORE = (
    rf"(?:{_WD})(?:,?\s+{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?)?",
    rf"{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|through)\s*\d{{1,2}})?(?:,?\s+\d{{4}})?",
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:,?\s+\d{{4}})?",
    rf"{_MON}(?:\s+of)?(?:\s+\d{{4}})?",
    r"(?:yesterday|today|tonight|tomorrow|overnight)",
    rf"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|a few)\s+{_UNIT}\s+ago",
    rf"(?:last|next|this|past|coming|previous|following|the)\s+(?:\w+\s+)?{_UNIT}",
    r"(?:19|20)\d\d(?:s|'s)?",
    r"Q[1-4](?:\s+(?:19|20)\d\d)?",
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?",
    r"(?:Christmas|Easter|Thanksgiving|New Year's(?: Day| Eve)?|Ramadan|Halloween|Labor Day)",
)
_LEAD = (
    r"(?:(?:early|mid-?|late|earlier|later|the end of|the beginning of|since|from|until"
    r"|back in)\s+)*"
)
CANDIDATE = re.compile(rf"\b{_LEAD}(?:{'|'.join(_CORE)})\b", re.IGNORECASE)


def english_pages(cases_file: Path) -> list[dict[str, Any]]:
    """The English news pages with an annotated day: url, day, text."""
    root = cases_file.parent
    pages = []
    for case in json.loads(cases_file.read_text(encoding="utf-8"))["cases"]:
        if case["set"] != "news" or not case.get("date"):
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # dateutil's unknown-timezone warnings
            try:
                article = read_html((root / case["file"]).read_bytes(), url=case["url"])
            except InputError:  # no article text (an index or error page)
                continue
        if article.language == "en":
            pages.append({"url": case["url"], "published": case["date"], "text": article.text})
    return pages


def candidates(pages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Every date-like phrase once per (text, publication day), with its context."""
    found, seen = [], set()
    for page in pages:
        text = page["text"]
        for match in CANDIDATE.finditer(text):
            phrase = match.group(0).strip()
            if (
                phrase.lower() in ("may", "the day", "the year")
                or (phrase, page["published"]) in seen
            ):
                continue
            seen.add((phrase, page["published"]))
            context = text[max(0, match.start() - 90) : match.end() + 60].replace("\n", " ")
            found.append({"text": phrase, "published": page["published"], "url": page["url"],
                          "context": context})  # fmt: skip
    return found


def snippet(text: str, phrase: str, words: int = 15) -> str:
    """At most `words` words of `text` around the first `phrase` (the phrase whole)."""
    at = text.find(phrase)
    if at < 0:
        raise SystemExit(f"{phrase!r} is not in its page: fix the label")
    room = max(0, words - len(phrase.split()))
    before = (
        [m.start() for m in re.finditer(r"\S+", text[:at])][-(room // 2) :] if room // 2 else []
    )
    after = [m.end() for m in re.finditer(r"\S+", text[at + len(phrase) :])][: room - len(before)]
    start = before[0] if before else at
    end = at + len(phrase) + (after[-1] if after else 0)
    return " ".join(text[start:end].split())


def category(text: str, note: str) -> str:
    """The kind of expression, by the issue's categories first."""
    low = text.lower()
    checks = (
        ("context", note.startswith("context:")),
        ("weekend or part of a day", re.search(r"weekend|night|evening|morning|afternoon|"
                                               r"overnight|p\.m|a\.m|(?:early|late) (?:mon|tue"
                                               r"|wed|thu|fri|sat|sun)", low)),
        ("range", re.search(r"\b(?:since|from|until|till|through|into|between)\b|–|\d-\d|"
                            r"\w-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\band\b|, ",
                            low)),
        ("quarter, half or part", re.search(r"quarter|half|early|mid|late|end|beginning|middle|"
                                            r"earlier|later", low)),
        ("decade", re.search(r"\d0s\b", low)),
        ("relative", re.search(r"\b(?:last|next|this|past|ago|yesterday|today|tomorrow|"
                               r"tonight|coming|previous|same)\b", low)),
        ("weekday", re.search(r"day\b", low) and not re.search(r"\d", low)),
        ("holiday", re.search(r"christmas|thanksgiving|new year", low)),
    )  # fmt: skip
    return next((name for name, hit in checks if hit), "date, month or year")


def build(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    texts = {page["url"]: page["text"] for page in pages}
    cases = []
    with LABELS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            expected = [row["start"], row["end"]] if row["start"] else None
            within = [row["within_start"], row["within_end"]] if row["within_start"] else None
            cases.append({
                "text": row["text"], "published": row["published"], "tense": row["tense"],
                "lang": "en", "expected": expected, "within": within,
                "category": "not sure" if expected is None else category(row["text"], row["note"]),
                "url": row["url"], "snippet": snippet(texts[row["url"]], row["text"]),
                "note": row["note"],
            })  # fmt: skip
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases_json", type=Path, help="cases.json of the saved pages")
    parser.add_argument("--candidates", type=Path, help="write the candidate phrases here")
    args = parser.parse_args()
    pages = english_pages(args.cases_json)
    if args.candidates:
        found = candidates(pages)
        args.candidates.write_text(json.dumps(found, indent=1, ensure_ascii=False), "utf-8")
        print(f"{len(found)} candidates from {len(pages)} English pages")
        return
    cases = build(pages)
    OUT.write_text(
        json.dumps({"source": SOURCE, "pages": len(pages), "cases": cases}, indent=1,
                   ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    print(f"{len(cases)} cases from {len({c['url'] for c in cases})} of {len(pages)} pages")


if __name__ == "__main__":
    main()
