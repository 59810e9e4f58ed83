"""The short-English date sets' tables for `bench_corpus.py --dates`.

* `english_resolver_cases.json`: short expressions in a date resolver's test style,
  scored by `score_sets.resolver_outcome` (the exact range), per category;
* `english_round4_cases.json`: a fourth probe in the same shape and scoring (weekday
  ranges, weekends, parts of days, quarters and halves, parts of periods, open and spaced
  ranges, anchored days, decades, holidays, sentences, qualifiers such as `from 2020
  onwards` and `circa 2020`, halves and weekends of a month, pairs of quarters, offsets
  from holidays): 419 cases written blind before the README and the date code were read
  and 368 after (`source` says which); a `note` says why an answer was relabelled
  (`written_blind` keeps the first). Scored with `language="en"` and with no language.
* `english_round5_cases.json`: a fifth probe in the same shape and scoring, 532 cases
  written blind before the README and the date code were read (weekday ranges, weekends
  and parts of days, a weekday told on itself, abbreviated weekdays, quarters and halves,
  parts of periods, open and spaced ranges, anchored days, decades and centuries, times
  with zones, phrases copied with the words around them, US and UK orders, holidays,
  seasons, year crossings, future visits, case and punctuation, `published` as printed
  or stamped); 80 relabelled after the README's conventions (`note`, `written_blind`).
* `english_round6_cases.json`: a sixth probe in the same shape and scoring, 419 cases
  written blind before the README and the date code were read (weekdays told on
  themselves, on Sundays, Mondays, month and year ends and 29 February, weekday ranges,
  weekends, parts of days, quarters and halves, parts of periods, open and spaced ranges,
  anchored days, decades and centuries, `published` in RFC 2822, printed and timestamp
  forms, traps: names with a year or a date, counts, words that are also dates), 11
  exact duplicates of earlier sets dropped, 77 relabelled after the README's conventions
  (`relabel_reason`, `first_expected`), and 22 written after (`source` says which).
* `english_round7_cases.json`: a seventh probe in the same shape and scoring, 237 date
  texts as a model copies them out of reports of state visits (weekdays with the words
  that tie them to the visit, `a three-day trip that began on Sunday`, house styles of
  wire, Indian, Pakistani, Nigerian, Kenyan and Philippine outlets, `3rd inst.`,
  `w.e.f.`, upcoming visits, ranges, numeric orders, `published` as printed, and texts
  whose answer is None: an unknown anchor, vague words), written blind before the README
  and the date code were read; one exact duplicate of an earlier set dropped, 7
  relabelled after the README's conventions (`relabel_reason`, `first_expected`).
* `english_round8_cases.json`: an eighth probe in the same shape and scoring, 120
  relative expressions (`yesterday`, `last night`, `on Tuesday`, `this weekend`, `the 21st`,
  `next month`) against `published` as feeds and pages give it (RFC 2822 with numeric
  offsets, ISO 8601 with offsets near midnight, `Z` and fractional seconds, printed with a
  time and zone, numeric, quoted or padded) and `published` values that must raise
  `InputError` (placeholders, epoch seconds, impossible days, empty strings), written
  blind before the README and the date code were read; 6 exact duplicates of earlier sets
  dropped, 6 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`).
* `english_round9_cases.json`: a ninth probe in the same shape and scoring, 171 cases
  written blind before the README and the date code were read (weekday ranges, weekends
  and parts of days, abbreviated weekdays, quarters and halves, parts of periods and
  seasons, open and spaced ranges, anchored days, decades and centuries; publication on
  month and year ends, leap days, Sundays and the weekday named); 5 exact duplicates of
  earlier sets dropped, 29 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`), and 8 written after (`source` says which).
* `english_round10_cases.json`: a tenth probe in the same shape and scoring, 260 cases
  written blind before the README and the date code were read (weekdays and their
  abbreviations told on Sundays, Mondays, month and year ends and 29 February, the same
  expressions inside the clause a model copies from a wire story, weekday ranges,
  weekends and parts of days, quarters, halves and parts of periods, open and spaced
  ranges, anchored days, decades and centuries, holidays on a fixed day, `published` in
  RFC 2822, ISO timestamp and printed forms, and texts whose answer is None: a weekday
  that contradicts its date, an anchor in the story, vague words); 20 exact duplicates of
  earlier sets dropped, 30 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`), and 25 written after (`source` says which: US wire copy's weekdays
  without `on`, `the June quarter`, `the back half of 2023`, `published` as the Guardian
  prints it, `Sun 3 Mar 2024 09.30 GMT`).
* `english_round11_cases.json`: an eleventh probe in the same shape and scoring, 337 cases
  written blind before the README and the date code were read (wire datelines and
  headlines, UK, US, Indian, Nigerian and Australian house styles, `3rd inst.`, ordinal
  words, `a fortnight ago`, `Monday week`, `a week today`, `this day last week`, times
  with zones and `local time`, business, sports and parliament registers, ranges with
  `to`, `through`, `until` and every dash, the same dates inside longer clauses with
  counts, ages and scores, typos and odd punctuation, and 44 traps whose answer is None:
  `24/7`, `9/11`, scores, plan names, vague words); 8 exact duplicates of earlier sets
  dropped, 17 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`); `precision` is the expected precision.
* `english_round12_cases.json`: a twelfth probe in the same shape and scoring, 258 cases
  written blind before the date code was read: date phrases with the words around them as
  a model copies them from a visit report (`arrived in Hanoi on Tuesday for a three-day
  visit`, `on the second day of his visit to Russia, on Tuesday`, `Thursday's meeting`,
  headlines such as `PM to visit Japan next month`), Hijri dates in Latin letters (`1
  Muharram 1446`, `the 15th of Shawwal`), feasts with a relative period (`during Eid
  al-Adha last month`), and 75 texts whose answer is None (visit days with no anchor,
  durations, ages, scores, money, laws and cohorts named by a year); 7 exact duplicates of
  earlier sets dropped, 4 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`); `precision` is the expected precision.
* `english_round13_cases.json`: a thirteenth probe in the same shape and scoring, 130
  cases written blind before the date code was read (`english_round13_blind.json` keeps
  the 139 as written): weekday ranges and lists (`Tuesday, Wednesday and Thursday`,
  `Tues.-Thurs.`), parts of days and weekends, `the past N days`, offsets from a date
  (`five days before 12 October 2023`), parts of next month, relative years, and 44
  texts whose answer is None (seasons, fiscal years, `the turn of the century`, story
  anchors, names such as `the Prague Spring`); 9 exact duplicates of earlier sets
  dropped, 5 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`).
* `english_round14_cases.json`: a fourteenth probe in the same shape and scoring, 379
  cases written blind before the date code was read (`english_round14_blind.json` keeps
  the 392 as written, with the expected precision): dates inside clauses as a model copies
  them, times with their zones, US and UK numeric dates, relative dates across month and
  year ends and leap days, ranges across months and years, `as of`, `by`, `effective`,
  misspellings and OCR damage, and 70 texts whose answer is None; 13 exact duplicates of
  earlier sets dropped, 9 relabelled after the README's conventions (`relabel_reason`,
  `first_expected`).
* `english_round15_cases.json`: a fifteenth probe in the same shape and scoring, 285
  cases written blind before the date code was read (`english_round15_blind.json` keeps
  the 314 as written): the date phrases of visit and diplomacy reporting (`during his
  three-day visit from Monday`, `arrived late Sunday for a visit through Wednesday`,
  agendas such as `Monday to Wednesday, March 3-5`, `this week` and `next week` told on a
  Sunday or Monday, year ends and leap days, national days, summits named by year), and
  81 texts whose answer is None (story anchors, anniversaries, vague words); 29 exact
  duplicates of earlier sets dropped, 26 relabelled after the README's conventions
  (`relabel_reason`, `first_expected`).
* `english_round16_cases.json`: a sixteenth probe in the same shape and scoring, 221
  cases written blind before the date code was read (`english_round16_blind.json` keeps
  the 227 as written): weekday ranges (`Tues.-Thurs.`, `Sunday to Tuesday` at a year's
  end), weekends and parts of days (`late Thursday night`, `overnight`, `Weds.`, `Sat.,
  Feb. 21`), quarters and halves (`Q4/2023`, `H2 2025`, `the back half of the year`),
  parts of periods (`end-2023`, `Early Last Month`, `mid 2019`), open and spaced ranges
  (`since last March`, `Dec. 2023–Jan. 2024`, `1–3 March 2025`), anchored days (`the
  21st`, `a week after Jan. 6`), decades and centuries (`the ’80s`, `the 18th Century`),
  and 37 texts whose answer is None; 6 exact duplicates of earlier sets dropped, 2
  relabelled after the README's conventions (`relabel_reason`, `first_expected`).
* `english_round17_cases.json`: a seventeenth probe in the same shape and scoring, 357
  cases written blind before the date code was read (`english_round17_blind.json` keeps
  the 372 as written): English as outlets outside the US and UK write it (Indian,
  Pakistani, Bangladeshi, Nigerian, Kenyan, South African, Philippine, Singaporean,
  Malaysian, Australian, Gulf and Chinese state media): `on 3rd instant`, `on Thursday
  last`, `Friday week`, `this day week`, dotted and hyphenated numeric dates, `2nd-4th
  March`, a country's fiscal year and its quarters (`India's Q3 FY25`), national days and
  fixed-day holidays (`Jamhuri Day`, `UAE National Day`), weekday ranges, weekends and
  parts of days, quarters and halves, parts of periods, open and spaced ranges, anchored
  days, decades and centuries, `published` as those pages print it (`Updated: 06 Mar
  2024, 09:30 IST`, `March 6, 2024 | 09:30 AM`, RFC 2822, ISO with zones; `"InputError"`
  expected of 6 that name no single day), and 48 texts whose answer is None; 15 exact
  duplicates of earlier sets dropped, 39 relabelled after the README's conventions
  (`relabel_reason`, `first_expected`).
* `english_round18_cases.json`: an eighteenth probe in the same shape and scoring, 165
  cases written blind before the date code was read (`english_round18_blind.json` keeps
  them as written): dates inside the phrases wire copy wraps around them – clock times
  and zones (`at 0900 GMT on Thursday`, `late on Sunday local time`, `in the early hours
  of Monday`), deadlines and openings (`by March 31`, `as of Monday`, `effective Jan.
  15`), durations beside a date (`a four-day state visit from Tuesday`), reported speech,
  seasons, holidays and summits, counts (`the second time this year`), abbreviations and
  typos (`Wed., Nov. 19`, `Febuary 20`, `on Thrusday`), `published` as ISO, ISO with a
  time and zone and RFC 2822, and 22 texts whose answer is None (ages, scores, model
  numbers, `24/7`, `9/11`, `the Class of 2024`); no exact duplicates of earlier sets,
  35 relabelled after the README's conventions (`relabel_reason`, `first_expected`).
* `holidays_round5_cases.json`: holidays named as dates (Easter and its days, Orthodox
  Easter, US and UK holidays on a weekday of a month, Hijri feasts, Nowruz, lunar
  festivals, holiday periods, traps), 266 cases in 14 languages written blind before the
  README and the date code were read; 16 relabelled after the README's conventions
  (`relabel_reason`, `first_expected`). Same scoring, per category and per language.
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus_tally import show, tally  # the script's directory is on sys.path
from score_sets import resolver_outcome

__all__ = [
    "ENGLISH_ROUND4",
    "ENGLISH_ROUND5",
    "ENGLISH_ROUND6",
    "ENGLISH_ROUND7",
    "ENGLISH_ROUND8",
    "ENGLISH_ROUND9",
    "ENGLISH_ROUND10",
    "ENGLISH_ROUND11",
    "ENGLISH_ROUND12",
    "ENGLISH_ROUND13",
    "ENGLISH_ROUND14",
    "ENGLISH_ROUND15",
    "ENGLISH_ROUND16",
    "ENGLISH_ROUND17",
    "ENGLISH_ROUND18",
    "HOLIDAYS_ROUND5",
    "show_english_probes",
]

ENGLISH_ROUND4 = Path(__file__).with_name("english_round4_cases.json")
ENGLISH_ROUND5 = Path(__file__).with_name("english_round5_cases.json")
ENGLISH_ROUND6 = Path(__file__).with_name("english_round6_cases.json")
ENGLISH_ROUND7 = Path(__file__).with_name("english_round7_cases.json")
ENGLISH_ROUND8 = Path(__file__).with_name("english_round8_cases.json")
ENGLISH_ROUND9 = Path(__file__).with_name("english_round9_cases.json")
ENGLISH_ROUND10 = Path(__file__).with_name("english_round10_cases.json")
ENGLISH_ROUND11 = Path(__file__).with_name("english_round11_cases.json")
ENGLISH_ROUND12 = Path(__file__).with_name("english_round12_cases.json")
ENGLISH_ROUND13 = Path(__file__).with_name("english_round13_cases.json")
ENGLISH_ROUND14 = Path(__file__).with_name("english_round14_cases.json")
ENGLISH_ROUND15 = Path(__file__).with_name("english_round15_cases.json")
ENGLISH_ROUND16 = Path(__file__).with_name("english_round16_cases.json")
ENGLISH_ROUND17 = Path(__file__).with_name("english_round17_cases.json")
ENGLISH_ROUND18 = Path(__file__).with_name("english_round18_cases.json")
HOLIDAYS_ROUND5 = Path(__file__).with_name("holidays_round5_cases.json")


def show_english_probes(resolver_path: Path) -> None:
    """Print the resolver-style set's table and the fourth to eighteenth probes', per category."""
    resolver = json.loads(resolver_path.read_text(encoding="utf-8"))
    show(f"parse_date on short English expressions in resolver-test style ({len(resolver)} "
         "cases)", {"visitx": tally(resolver, resolver_outcome, "category", True)},
         by="category")  # fmt: skip
    probes = ((ENGLISH_ROUND4, "fourth"), (ENGLISH_ROUND5, "fifth"), (ENGLISH_ROUND6, "sixth"),
              (ENGLISH_ROUND7, "seventh"), (ENGLISH_ROUND8, "eighth"),
              (ENGLISH_ROUND9, "ninth"), (ENGLISH_ROUND10, "tenth"),
              (ENGLISH_ROUND11, "eleventh"), (ENGLISH_ROUND12, "twelfth"),
              (ENGLISH_ROUND13, "thirteenth"), (ENGLISH_ROUND14, "fourteenth"),
              (ENGLISH_ROUND15, "fifteenth"), (ENGLISH_ROUND16, "sixteenth"),
              (ENGLISH_ROUND17, "seventeenth"), (ENGLISH_ROUND18, "eighteenth"))  # fmt: skip
    for path, name in probes:
        probe = json.loads(path.read_text(encoding="utf-8"))
        unnamed = [{**case, "lang": None} for case in probe]
        show(f"parse_date on the {name} English probe ({len(probe)} cases)",
             {"visitx en": tally(probe, resolver_outcome, "category", True),
              "visitx no language": tally(unnamed, resolver_outcome, "category")},
             by="category")  # fmt: skip
    holidays = json.loads(HOLIDAYS_ROUND5.read_text(encoding="utf-8"))
    show(f"parse_date on holidays named as dates, 14 languages, round 5 ({len(holidays)} cases)",
         {"visitx": tally(holidays, resolver_outcome, "category", True)},
         by="category")  # fmt: skip
    show("... the same by language",
         {"visitx": tally(holidays, resolver_outcome, "lang")})  # fmt: skip
