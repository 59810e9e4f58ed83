"""Write `bench/meantime_en_cases.json` from English MEANTIME and the TempEval-3 test set.

Data only. The public repository NGEscribano/XTN-timexes ships two human-annotated
English news corpora as BIO token files (one token a line: token, `B-`/`I-` timex type,
gold TIMEX3 value; a blank line ends a sentence; a `*!-DCTVALUE="…"-!*` line starts a
document and gives its creation time, DCT):

* `datasets/meantime/en/test.tsv`: MEANTIME's English Wikinews articles (2004–2011,
  120 documents: Apple, Airbus/Boeing, GM/Chrysler/Ford, stock-market news);
* `datasets/timebank/en/test.tsv`: the TempEval-3 platinum test set (20 AP, CNN, NYT,
  WSJ… articles of March 2013). TBAQ-cleaned (bench/timebank_en_cases.json) holds only
  articles of 1989–2000, so no document of this set is in that one.

Every DATE timex, and every TIME timex whose value names a day, becomes a case: the
expression (its tokens joined by spaces, the space before punctuation removed), the
DCT as `published`, the gold value and `expected`, the first and last day of the
period it names (`period` of bench/build_timebank_cases.py: a time of day is its day;
null where the value names no calendar period – PRESENT_REF, PAST_REF, FUTURE_REF,
XXXX-…, fiscal years, durations – where the right answer is None). The files carry no
`mod` and no event annotation.

`tense` is derived from the tokens of the expression's sentence, never from the gold
value: a future cue (will, 'll, shall, would, `to be` + verb, going to, scheduled,
next, upcoming, coming) and no past cue gives `future`; a past cue (a verb in -ed, an
irregular past form, ago, yesterday, last) and no future cue gives `past`; both or
neither give `both` (scored in both tenses, right only when both are right, as in
bench/score_timebank.py). `TENSE_READ` overrides it where a hand reading of the
sentence disagrees – filled in only for the cases triaged by hand. `REVIEW` holds the
hand triage of every case visitx did not get right (`slip`, `dct`: left out of scoring,
with the reason; `ok`: visitx's answer is what the text means where the gold is coarser
or open). Only the expression, ids, values and derived fields are written, no article
text; `--sentences PATH` also writes each case's sentence to PATH (for reading cases by
hand, not committed).

    python bench/build_meantime_cases.py /work/.mirror/NGEscribano+XTN-timexes/repo \
        [--sentences /tmp/meantime_sentences.json]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

from build_timebank_cases import period  # the script's directory is on sys.path
from snapshot import git

OUT = Path(__file__).with_name("meantime_en_cases.json")
XTN = "NGEscribano/XTN-timexes"
FILES = {
    "meantime": "datasets/meantime/en/test.tsv",
    "te3-test": "datasets/timebank/en/test.tsv",
}
FUTURE_CUES = {
    "will", "'ll", "shall", "would", "wo", "going", "scheduled", "next", "upcoming",
    "coming", "expects", "expected", "plans", "planned", "forecast", "intends",
}  # fmt: skip
PAST_CUES = {
    "was", "were", "had", "did", "said", "made", "took", "came", "went", "gave", "told",
    "became", "began", "rose", "fell", "met", "left", "sold", "bought", "won", "lost",
    "paid", "got", "held", "saw", "found", "brought", "led", "kept", "sent", "spent",
    "wrote", "ran", "set", "hit", "cut", "put", "ago", "yesterday", "last", "earlier",
    "thought", "knew", "built", "shut", "struck", "spoke", "chose", "broke", "drew",
}  # fmt: skip
NOT_PAST = {"need", "speed", "feed", "seed", "bed", "red", "shed", "hundred", "indeed",
            "proceed", "exceed", "succeed", "united", "limited", "based", "related"}  # fmt: skip
# Case id -> the tense a hand reading of the sentence gives (triaged cases only: every
# wrong answer, and the None of a `both` case whose sentence settles the tense).
_F, _P = "future", "past"
TENSE_READ: dict[str, str] = {
    "meantime/doc1/s2t25": _F,  # "another special event to be held on October 12"
    "meantime/doc3/s2t4": _P,  # "Apple Inc. announced Friday that it will give"
    "meantime/doc8/s2t12": _P,  # "Steve Jobs ... announced Monday in an internal memo"
    "meantime/doc16/s4t8": _F,  # "The trial is set to begin on Wednesday"
    "meantime/doc18/s5t20": _F,  # "which will be available on June 17"
    "meantime/doc31/s2t9": _P,  # "US stock markets dropped to twelve-year lows on Thursday"
    "meantime/doc32/s3t2": _P,  # "On Sunday, the fifteen countries ... had agreed"
    "meantime/doc36/s0t7": _F,  # "Russian markets to remain closed until Friday" (told Thu)
    "meantime/doc36/s2t13": _F,  # "has continued to hold all stock markets closed until Friday"
    "meantime/doc38/s0t9": _P,  # "US stock markets have their best week since November"
    "meantime/doc57/s0t11": _P,  # "Nikkei at lowest level since '82": `since` looks back
    "meantime/doc60/s2t18": _P,  # "indexes closed at their lowest levels ... on Monday"
    "meantime/doc93/s3t10": _F,  # "has a June 1 deadline to finish"
    "meantime/doc95/s2t25": _F,  # "wants to eliminate ... of its 3,200 dealers by early June"
    "meantime/doc95/s4t2": _F,  # "A June 3 hearing has been scheduled"
    "meantime/doc105/s3t7": _F,  # "The transaction should be completed in October."
    "meantime/doc106/s2t31": _F,  # "announced sweeping cuts ... during the fourth quarter"
    "meantime/doc106/s3t12": _P,  # "existing turnaround plans announced in January"
    "meantime/doc107/s2t38": _P,  # "a Romanian official said Friday"
    "meantime/doc107/s4t10": _F,  # "the contract may be signed on September 12"
    "meantime/doc115/s2t4": _P,  # "Fiat announced on Friday"
    "meantime/doc115/s3t40": _F,  # "a deal that will be finalized by June 10"
    "meantime/doc119/s2t11": _P,  # "General Motors (GM) announced plans Friday"
    "te3-test/doc3/s0t8": _P,  # "Netanyahu apologized on Friday"
    "te3-test/doc4/s3t13": _F,  # "has been postponed until 15:00 GMT Saturday"
    "te3-test/doc7/s0t4": _P,  # "The FAA on Friday announced"
    "te3-test/doc7/s1t14": _F,  # "closure ... will begin on April 7"
    "te3-test/doc7/s2t21": _P,  # "Before Friday's announcement, it said"
    "te3-test/doc9/s2t30": _P,  # "said the CDC's Dr. Michael Jhung said Friday"
    "te3-test/doc11/s4t2": _P,  # "On Feb. 28, Deutsche Bank released an analysts' note"
    "te3-test/doc12/s1t10": _P,  # "George Lowe, 89, died in Ripley on Wednesday"
    "te3-test/doc12/s13t28": _F,  # "is due to be published in May"
    "te3-test/doc13/s0t7": _P,  # "Sarkozy was informed Thursday"
    "te3-test/doc17/s3t41": _F,  # "the China program to run through June"
}
# Case id -> (verdict, reason): the hand triage of every case visitx did not get right.
_SAME_WEEK = "the gold week is the one after the DCT's"
_NOW = "`today` (PRESENT_REF, nowadays) read as the publication day: not clearly other than meant"
REVIEW: dict[str, tuple[str, str]] = {
    "meantime/doc8/s4t10": ("slip", "`the third time in the past decade` told 2011-01-17 (the "
                            "third leave is that Monday's): the ten years to publication; "
                            "gold 200, the 2000s"),
    "meantime/doc16/s2t21": ("slip", "`this week` told Tuesday 2006-03-28 is 2006-W13; gold "
                             "W14, " + _SAME_WEEK),
    "meantime/doc32/s4t13": ("slip", "the Eurogroup summit `during the weekend` (past) before "
                             "Monday 2008-10-13 was Sunday 12 Oct; gold 2008-W42-WE is the "
                             "weekend after the DCT"),
    "meantime/doc53/s3t9": ("ok", "`20 years ago` told 2007-10-20 (Black Monday, 19 Oct 1987): "
                            "visitx's 1987 is what the text means; gold a duration (P20Y)"),
    "meantime/doc53/s5t2": ("slip", "`On Friday, the Dow Jones nearly broke that record` before "
                            "Saturday 2007-10-20 is 2007-10-19 (Dow -366.94); gold the Saturday"),
    "meantime/doc58/s2t8": ("slip", "`this week` told Thursday 2008-10-09 is 2008-W41; gold "
                            "W42, " + _SAME_WEEK),
    "meantime/doc58/s4t8": ("ok", "`the past nine days`: the nine days to publication; gold a "
                            "duration (P9D)"),
    "meantime/doc81/s4t44": ("slip", "`became public attention this weekend, when Der Spiegel "
                             "cited` (past) told Monday 2010-01-25: the weekend just gone, "
                             "23-24 Jan; gold the weekend after the DCT"),
    "meantime/doc100/s5t32": ("ok", _NOW + " (`at today's GM`)"),
    "meantime/doc101/s4t8": ("slip", "`Smith announced the company's move on Wednesday` before "
                             "Thursday 2009-11-05 is 2009-11-04; gold the Thursday"),
    "meantime/doc106/s3t28": ("slip", "the text says `closed by 2012`; gold 2010"),
    "meantime/doc119/s5t11": ("context", "the timex is `October` of `after October of next "
                              "year`: its year is in the words after it"),
    "te3-test/doc6/s5t38": ("ok", _NOW + " (`faster than can be done today`)"),
    "te3-test/doc9/s2t9": ("context", "`reported in the last week` told Friday 2013-03-22: "
                           "gold 2013-W11, the CDC's report week (11-17 March), which the "
                           "sentence does not name; visitx the seven days to publication"),
    "te3-test/doc9/s6t1": ("slip", "`This year's vaccine` (the 2012-13 flu season's): gold "
                           "XXXX-WI, a winter of an unknown year, is no reading of `this year`"),
    "meantime/doc91/s2t16": ("wrong", "`an annual profit for the last year` told 2010-01-28: "
                             "Ford's year 2009; visitx reads `the last year` as the twelve "
                             "months to publication (documented, like `the past year`)"),
    "meantime/doc96/s3t27": ("wrong", "`the last week of March` 2009: gold ISO week 13 "
                             "(23-29 March); visitx its last seven days, 25-31 March "
                             "(documented reading; March 2009 ends on a Tuesday)"),
}  # fmt: skip


def tense_of(tokens: list[str]) -> str:
    """past / future / both from the cue words of a sentence's tokens (see the module doc)."""
    words = [token.lower() for token in tokens]
    future = any(word in FUTURE_CUES for word in words) or ("to", "be") in pairwise(words)
    past = any(
        word in PAST_CUES or (word.endswith("ed") and len(word) > 4 and word not in NOT_PAST)
        for word in words
        if word not in FUTURE_CUES
    )
    if future == past:
        return "both"
    return "future" if future else "past"


def join(tokens: list[str]) -> str:
    """Tokens as text: spaces between them, none before punctuation or `'s`."""
    text = " ".join(tokens)
    return re.sub(r" (?=[,.;:)'%]|n't)", "", text).replace("( ", "(")


def _case(timex: dict[str, Any], sentence: list[str], where: dict[str, str]) -> dict[str, Any]:
    value = re.sub(r"(?<=T\d\d:\d\d)(Z|[+-]\d\d:?\d\d)$", "", timex["value"])  # a zone
    span = period(value)
    case_id = f"{where['set']}/doc{where['doc']}/s{where['sentence']}t{timex['position']}"
    case: dict[str, Any] = {
        "id": case_id, "text": join(timex["tokens"]), "published": where["dct"],
        "type": timex["type"], "value": timex["value"],
        "expected": None if span is None else [span[0].isoformat(), span[1].isoformat()],
        "tense": tense_of(sentence), "tense_from": "sentence",
    }  # fmt: skip
    if case_id in TENSE_READ:
        case["tense"], case["tense_from"] = TENSE_READ[case_id], "hand"
    if case_id in REVIEW:
        case["review"], case["reason"] = REVIEW[case_id]
    return case


def cases_of(set_name: str, lines: list[str], skipped: Counter[str]) -> list[dict[str, Any]]:
    """The DATE (and day-naming TIME) cases of one BIO file, each with its `sentence`."""
    found: list[dict[str, Any]] = []
    where = {"set": set_name, "doc": "0", "dct": "", "sentence": "0"}
    sentence: list[str] = []
    timexes: list[dict[str, Any]] = []
    for line in [*lines, ""]:
        cells = line.split("\t")
        if cells[0].startswith("*!-DCTVALUE="):
            where.update(doc=str(int(where["doc"]) + 1), dct=cells[0].split('"')[1][:10])
            where["sentence"] = "0"
            continue
        if len(cells) < 3:  # a sentence ends
            for timex in timexes:
                kind = timex["type"]
                case = _case(timex, sentence, where)
                if kind not in ("DATE", "TIME") or (kind == "TIME" and case["expected"] is None):
                    skipped[kind if kind != "TIME" else "TIME naming no day"] += 1
                    continue
                found.append({**case, "sentence": join(sentence)})
            if sentence:
                where["sentence"] = str(int(where["sentence"]) + 1)
            sentence, timexes = [], []
            continue
        sentence.append(cells[0])
        if cells[1].startswith("B-"):
            timexes.append({"type": cells[1][2:], "value": cells[2], "tokens": [cells[0]],
                            "position": len(sentence)})  # fmt: skip
        elif cells[1].startswith("I-") and timexes:
            timexes[-1]["tokens"].append(cells[0])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("repo", help="a clone (or bare mirror) of NGEscribano/XTN-timexes")
    parser.add_argument("--sentences", help="also write each case's sentence here")
    args = parser.parse_args()
    commit = git(args.repo, "rev-parse", "HEAD").strip()
    skipped: Counter[str] = Counter()
    found: list[dict[str, Any]] = []
    for set_name, path in FILES.items():
        found += cases_of(set_name, git(args.repo, "show", f"{commit}:{path}").splitlines(),
                          skipped)  # fmt: skip
    sentences = {case["id"]: case.pop("sentence") for case in found}
    if args.sentences:
        Path(args.sentences).write_text(json.dumps(sentences, ensure_ascii=False, indent=1))
    head = {
        "source": f"https://github.com/{XTN}",
        "commit": commit,
        "files": FILES,
        "left_out": dict(sorted(skipped.items())),
        "note": "gold TIMEX3 of type DATE (and TIME naming a day), the DCT as published; "
        "expected = first and last day of the gold value, null where the value names no "
        "calendar period; tense from the sentence's cue words (both: unclear); review: "
        "hand triage (slip, dct: left out of scoring)",
    }
    lines = ",\n".join(json.dumps(case, ensure_ascii=False) for case in found)
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]  # one case a line
    OUT.write_text(f'{text},\n "cases": [\n{lines}\n ]\n}}\n', encoding="utf-8")
    print(f"{len(found)} cases ({Counter(c['id'].split('/')[0] for c in found)}) -> {OUT}; "
          f"tenses {Counter(c['tense'] for c in found)}; left out {dict(skipped)}")  # fmt: skip


if __name__ == "__main__":
    main()
