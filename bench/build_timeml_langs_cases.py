"""Write `bench/timeml_langs_cases.json` from human-annotated TimeML news corpora.

Two public corpora of news text in languages with visitx date tables, each with a
document creation time (DCT) and TIMEX3 values normalised by human annotators:

* German: KRAUTS (JannikStroetgen/KRAUTS; Dolomiten and Die Zeit articles), the
  annotated `.tml` files (not the `_Heideltime` or `_raw-text` folders).
* Spanish: the Spanish TimeBank (TempEval-3 train and test) and the Spanish MEANTIME
  test set, as NGEscribano/XTN-timexes ships them (BIO tokens with each timex's value
  and a `DCTVALUE` line per document; an expression's text is its tokens joined by
  spaces).

Every DATE and TIME expression becomes a case (`id`: set/document/timex, `source`: the
repository, its commit in `sources`) with its text, the document's DCT as
`published`, the gold value and the period it names (`expected`, first and last day;
`null` for PRESENT_REF/PAST_REF/FUTURE_REF and values with an unknown year: visitx
should say None; unknown trailing parts are dropped, `2011-06-XX` is June 2011).
DURATION and SET expressions, the DCT itself, seasons (no fixed days), and values with
a `mod` other than START/MID/END (open or approximate) are left out and counted.
Neither corpus marks the tense of its events: `tense` is `both` (see
bench/bench_corpus.py's `timeml_outcome`) unless set by hand below from the
expression's sentence (`TENSES`, for the cases triaged by hand); `excluded` carries
the reason a case is a gold slip (`SLIPS`, each read by hand). Only the short
expression texts and values are written, no article text;
`--sentences PATH` also writes each case's sentence to PATH (for labelling, not
committed).

    python bench/build_timeml_langs_cases.py /work/.mirror/JannikStroetgen+KRAUTS/repo \
        /work/.mirror/NGEscribano+XTN-timexes/repo [--sentences /tmp/sentences.json]
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from snapshot import git  # the script's directory is on sys.path

OUT = Path(__file__).with_name("timeml_langs_cases.json")
KRAUTS = "JannikStroetgen/KRAUTS"
XTN = "NGEscribano/XTN-timexes"
XTN_FILES = {
    "TimeBank-es train": "datasets/timebank/es/train.tsv",
    "TimeBank-es test": "datasets/timebank/es/test.tsv",
    "MEANTIME-es test": "datasets/meantime/es/test.tsv",
}
NONE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
KEPT_MODS = ("", "START", "MID", "END")
TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')

# Case id -> the tense its sentence gives (read by hand where the two tenses read the
# expression differently); every other case is scored in both tenses.
TENSES: dict[str, str] = {
    "TimeBank-es train/doc59/s636t3": "future",  # "España jugará este miércoles"
    "MEANTIME-es test/doc9/s59t1": "past",  # "El miércoles, Apple introdujo"
    "MEANTIME-es test/doc15/s101t11": "past",  # "anunció el lunes"
    "MEANTIME-es test/doc53/s369t1": "past",  # "El viernes, el Dow Jones estuvo cerca"
    "MEANTIME-es test/doc96/s667t8": "past",  # "GM anunció el miércoles"
    "MEANTIME-es test/doc101/s704t8": "past",  # "Smith anunció ... el miércoles"
    "MEANTIME-es test/doc113/s784t1": "past",  # "El jueves, ... Chrysler solicitó"
    "DieZeit/2008_25_DerAgrarCharmeur/t4": "past",  # "sagt der Minister am Morgen nach"
}

# Case id -> why the gold value is a slip (read by hand against the sentence).
_DATELINE = "the gold value is the DCT, but the text is the article's own dateline"
SLIPS: dict[str, str] = {
    "DieZeit/1995_16_DerSpalterMitDerSanftenStimme/t3":
        "'vergangene Woche' told on Friday 1995-04-14 is 1995-W14; gold W15 is the DCT's own week",
    "Dolomiten-100/2418531_text.txt/t2":
        "'Jahrgang 2013' (a wine's vintage) names the year 2013; gold XXXX-XX-XX",
    "TimeBank-es train/doc15/s153t18":
        "Mara handed power to Bainimarama's regime on Monday 2000-05-29, the 'lunes pasado' "
        "before Thursday 2000-06-01; gold 2000-05-22",
    "TimeBank-es train/doc77/s795t7":
        "'desde hace un año' told on 2000-12-16; gold 1990 is no year ago",
    "MEANTIME-es test/doc2/s10t6":
        "'el día de hoy' is the DCT 2007-01-10 (iPhone keynote); "
        "gold 2007-10-01 swaps month and day",
    "MEANTIME-es test/doc9/s59t1":
        "'El miércoles' before Thursday 2005-10-13 is 2005-10-12 (video iPod); gold 2013-10-12",
    "MEANTIME-es test/doc15/s101t11":
        "Jobs announced his leave on Monday 2011-01-17, the DCT; gold 2011-01-10",
    "MEANTIME-es test/doc16/s110t19":
        "the text says 28 April 2003 (iTunes Store launch); gold 2008-04-28",
    "MEANTIME-es test/doc31/s211t1": _DATELINE + " (5 March 2009; DCT 2009-03-09)",
    "MEANTIME-es test/doc37/s253t1": _DATELINE + " (24 October 2008; DCT 2008-10-10)",
    "MEANTIME-es test/doc40/s274t1": _DATELINE + " (20 February 2009; DCT 2009-01-20)",
    "MEANTIME-es test/doc40/s275t1":
        "the DCT 2009-01-20 contradicts the dateline 20 February 2009 the gold used",
    "MEANTIME-es test/doc43/s296t8":
        "the Dow Jones flash crash ('ayer' before 2010-05-07) was 2010-05-06; gold 2010-05-07",
    "MEANTIME-es test/doc45/s311t30":
        "'septiembre del año pasado' told on 2009-10-12 is 2008-09; gold 2009-09",
    "MEANTIME-es test/doc53/s369t1":
        "'El viernes' before Saturday 2007-10-20 is 2007-10-19 (Dow -366.94); gold the Saturday",
    "MEANTIME-es test/doc56/s386t1": _DATELINE + " (18 March 2011; DCT 2011-03-11)",
    "MEANTIME-es test/doc56/s387t13":
        "the DCT 2011-03-11 contradicts the dateline 18 March 2011 the gold used",
    "MEANTIME-es test/doc56/s387t34":
        "the DCT 2011-03-11 contradicts the dateline 18 March 2011 the gold used",
    "MEANTIME-es test/doc56/s388t19":
        "the DCT 2011-03-11 contradicts the dateline 18 March 2011 the gold used",
    "MEANTIME-es test/doc56/s390t20":
        "the DCT 2011-03-11 contradicts the dateline 18 March 2011 the gold used",
    "MEANTIME-es test/doc58/s401t10":
        "'esta semana' told on 2008-10-09 is 2008-W41; gold W42",
    "MEANTIME-es test/doc62/s428t1": _DATELINE + " (20 November 2004; DCT 2004-11-24)",
    "MEANTIME-es test/doc68/s470t1": _DATELINE + " (19 March 2008; DCT 2007-03-19)",
    "MEANTIME-es test/doc96/s667t8":
        "GM's March sales were announced on Wednesday 2009-04-01, the DCT; gold 2009-03-25",
    "MEANTIME-es test/doc101/s704t8":
        "'el miércoles' before Thursday 2009-11-05 is 2009-11-04; gold the Thursday",
    "MEANTIME-es test/doc106/s736t22": "the text says 'para el 2012'; gold 2010",
    "MEANTIME-es test/doc113/s784t1":
        "Chrysler filed for bankruptcy on Thursday 2009-04-30; gold 2009-04-29",
}  # fmt: skip


def expected(value: str) -> tuple[str, list[str] | None] | None:
    """(kind, [first, last]) of a TIMEX3 value; None when the value is left out."""
    value = value if value in NONE_VALUES else value.split("T", 1)[0]  # a time: its day
    while value.endswith("-XX"):  # "2011-06-XX": a day of June 2011, so within June
        value = value.removesuffix("-XX")
    if value in NONE_VALUES or "X" in value or "UNDEF" in value:
        return "none", None
    try:
        return _period(value)
    except ValueError:  # no such day or week ("22007-...")
        return None


def _period(value: str) -> tuple[str, list[str] | None] | None:
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    if len(parts[0]) == 2:  # century: "19" is 1900-1999
        year = int(parts[0]) * 100
        return "century", _span(date(year, 1, 1), date(year + 99, 12, 31))
    if len(parts[0]) == 3:  # decade
        year = int(parts[0]) * 10
        return "decade", _span(date(year, 1, 1), date(year + 9, 12, 31))
    year = int(parts[0])
    if len(parts) == 1:
        return "year", _span(date(year, 1, 1), date(year, 12, 31))
    second = parts[1]
    if second.isdigit() and len(parts) == 2:
        month = int(second)
        return "month", _span(date(year, month, 1), _month_end(year, month))
    if second.isdigit() and len(parts) == 3 and parts[2].isdigit():
        day = date(year, int(second), int(parts[2]))
        return "day", _span(day, day)
    if second.startswith("W") and second[1:].isdigit():
        monday = date.fromisocalendar(year, int(second[1:]), 1)
        if len(parts) == 3 and parts[2] == "WE":
            return "weekend", _span(monday + timedelta(days=5), monday + timedelta(days=6))
        return ("week", _span(monday, monday + timedelta(days=6))) if len(parts) == 2 else None
    if second[:1] in ("Q", "H") and second[1:].isdigit() and len(parts) == 2:
        size = 3 if second[0] == "Q" else 6
        first = (int(second[1:]) - 1) * size + 1
        last = first + size - 1
        return ("quarter" if size == 3 else "half"), _span(
            date(year, first, 1), _month_end(year, last)
        )
    return None  # seasons (SP, SU, FA, WI) and other forms


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(first: date, last: date) -> list[str]:
    return [first.isoformat(), last.isoformat()]


def krauts(repo: str, skipped: Counter[str]) -> list[dict[str, Any]]:
    """The DATE and TIME expressions of KRAUTS's annotated documents."""
    commit = git(repo, "rev-parse", "HEAD").strip()
    names = git(repo, "-c", "core.quotePath=false", "ls-tree", "-r", "--name-only", "HEAD")
    found: list[dict[str, Any]] = []
    for path in sorted(names.splitlines()):
        folder = path.split("/")[1] if path.count("/") >= 2 else ""
        if not path.endswith(".tml") or folder.endswith(("_Heideltime", "_raw-text")):
            continue
        text = git(repo, "show", f"{commit}:{path}")
        dct = re.search(
            r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', text
        ) or re.search(r'value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"', text)
        if dct is None:
            skipped["document without a DCT"] += 1
            continue
        body = text[dct.end() :]  # after the DCT: the title and the text
        body = re.sub(r"<TIMEX3[^>]*/>", "", body)  # empty anchors of durations
        doc = Path(path).stem
        for match in TIMEX.finditer(body):
            attrs = dict(ATTR.findall(match.group(1)))
            case = _case(
                "de", match.group(2), attrs, dct.group(1)[:10], skipped,
                source=KRAUTS, commit=commit, set_name=folder.removeprefix("KRAUTS_"),
                doc=doc, tid=attrs.get("tid", ""),
            )  # fmt: skip
            if case is not None:
                case["sentence"] = _sentence(body, match.start(), match.end())
                found.append(case)
    return found


def _sentence(body: str, start: int, end: int) -> str:
    """The sentence around [start, end) of a TimeML body, tags removed (for labelling)."""
    left = max(body.rfind(". ", 0, start), body.rfind("\n", 0, start)) + 1
    stops = [pos for pos in (body.find(". ", end), body.find("\n", end)) if pos >= 0]
    right = min(stops) + 1 if stops else len(body)
    return re.sub(r"<[^>]+>", "", body[left:right]).strip()


def _case(
    lang: str,
    text: str,
    attrs: dict[str, str],
    dct: str,
    skipped: Counter[str],
    **where: str,
) -> dict[str, Any] | None:
    kind = attrs.get("type", "")
    if kind not in ("DATE", "TIME"):
        skipped[kind] += 1
        return None
    if attrs.get("functionInDocument") == "CREATION_TIME":
        skipped["the DCT itself"] += 1
        return None
    mod = attrs.get("mod", "")
    if mod not in KEPT_MODS:
        skipped[f"mod {mod}"] += 1
        return None
    period = expected(attrs.get("value", ""))
    if period is None:
        skipped["season, malformed or other value form"] += 1
        return None
    text = " ".join(text.split())
    case_id = f"{where['set_name']}/{where['doc']}/{where['tid']}"
    case: dict[str, Any] = {
        "id": case_id, "lang": lang, "text": text, "published": dct,
        "value": attrs["value"], "mod": mod or None, "kind": period[0],
        "expected": period[1], "tense": TENSES.get(case_id, "both"),
        "set": where["set_name"], "source": where["source"], "commit": where["commit"],
        "doc": where["doc"],
    }  # fmt: skip
    if case_id in SLIPS:
        case["excluded"] = SLIPS[case_id]
    return case


def xtn(repo: str, skipped: Counter[str]) -> list[dict[str, Any]]:
    """The DATE and TIME expressions of the Spanish TimeBank and MEANTIME (BIO files)."""
    commit = git(repo, "rev-parse", "HEAD").strip()
    found: list[dict[str, Any]] = []
    for set_name, path in XTN_FILES.items():
        doc, dct, sentence_no = 0, "", 0
        sentence: list[str] = []
        current: dict[str, Any] | None = None
        pending: list[dict[str, Any]] = []
        for line in [*git(repo, "show", f"{commit}:{path}").splitlines(), ""]:
            cells = line.split("\t")
            if cells[0].startswith("*!-DCTVALUE="):
                doc, dct = doc + 1, cells[0].split('"')[1]
                continue
            if current is not None and cells[1:2] != [f"I-{current['type']}"]:
                pending.append(current)
                current = None
            if len(cells) < 3:  # sentence end
                for timex in pending:
                    timex["sentence"] = " ".join(sentence)
                    case = _case(
                        "es", " ".join(timex["tokens"]), timex, dct[:10], skipped,
                        source=XTN, commit=commit, set_name=set_name, doc=f"doc{doc}",
                        tid=f"s{sentence_no}t{timex['position']}",
                    )  # fmt: skip
                    if case is not None:
                        case["sentence"] = timex["sentence"]
                        found.append(case)
                sentence, pending, sentence_no = [], [], sentence_no + 1
                continue
            sentence.append(cells[0])
            if cells[1].startswith("B-"):
                current = {"type": cells[1][2:], "value": cells[2], "tokens": [cells[0]],
                           "position": len(sentence)}  # fmt: skip
            elif current is not None:
                current["tokens"].append(cells[0])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("krauts")
    parser.add_argument("xtn")
    parser.add_argument("--sentences", help="also write each case's sentence here")
    args = parser.parse_args()
    skipped: Counter[str] = Counter()
    cases = krauts(args.krauts, skipped) + xtn(args.xtn, skipped)
    sentences = {case["id"]: case.pop("sentence") for case in cases}
    if args.sentences:
        Path(args.sentences).write_text(json.dumps(sentences, ensure_ascii=False, indent=1))
    data = {
        "sources": {
            KRAUTS: cases[0]["commit"],
            XTN: next(case["commit"] for case in cases if case["source"] == XTN),
        },
        "left_out": dict(sorted(skipped.items())),
        "cases": cases,
    }
    for case in cases:  # the commit once per source (`sources`); set and doc are in `id`
        for key in ("commit", "set", "doc"):
            del case[key]
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in cases)
    head = json.dumps({key: data[key] for key in ("sources", "left_out")}, ensure_ascii=False)
    OUT.write_text(f'{head[:-1]}, "cases": [\n{lines}\n]}}\n', encoding="utf-8")
    print(f"{len(cases)} cases ({Counter(case['lang'] for case in cases)}), left out: {skipped}")


if __name__ == "__main__":
    main()
