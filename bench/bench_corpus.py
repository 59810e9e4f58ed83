"""Score parse_date, country_code and locate on cases from other libraries' test data.

The cases are in `bench/normalize_corpus.json` (sources in `bench/README.md`); each
has a hand-checked expected answer, or `null` where the right answer is "not sure".
Every function's answer is *right*, *wrong* or *None* (no answer where one was
expected). A `null` case answered with a value counts as wrong. Peers are scored on
the same cases: dateparser for dates, pycountry for countries.

Three larger sets follow, each case with its source:

* `dateparser_cases.json` (bench/build_dateparser_cases.py): dateparser's own tests,
  each parsed with the tense the test prefers (`tense="future"` for dateparser's
  `PREFER_DATES_FROM="future"` and its future relative tests).
  Absolute expressions are right when visitx names the expected day, or a month or
  year containing it where dateparser's expected day is one it fills in (the 1st, or
  the relative base's 13th); relative ones when visitx's period lies inside the
  period the test states (the day, the Monday-Sunday week, the month, the year) and
  contains the expected day. `published` is the test's RELATIVE_BASE as an ISO
  timestamp with its hour (15:30 for the preference tests: a time alone then names a
  day; a base at midnight counts as a date). `absolute_no_preference` (dateparser's
  `PREFER_DATES_FROM="current_period"`, which visitx does not have) is parsed in both
  tenses and answered only where they agree (`no_preference`), and shown apart; so
  are the relative tests in languages without tables (`relative_other_languages`:
  dateparser is the fallback).
* `country_cases.json` (bench/build_country_cases.py): country_converter's data and
  tests.
* `country_traps.json` (bench/build_country_traps.py): country_code's held-out-style
  set per category – actor countries of the Phoenix/CAMEO event-coding dictionary, and
  institutions, persons, places, things and common words of the 14 word-list languages
  whose names hold country words (expected None), and a probe written before reading
  the rules (a case's `also` lists other right codes).
* `country_heldout.json` (bench/build_country_heldout.py): traps from sources not used
  while building: wordfreq words of ranks 8,000-50,000 judged by hand and hand-written
  persons, institutions, places and things, plus (when built into /tmp from snapshots
  of petrarch2 and NGEC) every name of the Phoenix actor dictionaries and NGEC's actor
  tests (a case's `also` lists other right codes).
* `country_actors_blind.json`: actor strings as event-coding data and news write them
  (governments, office holders, metonyms, armed groups, parties, territories, bodies,
  joint forms, demonyms, abbreviations, ICEWS/GDELT forms and traps) in English and
  13 other languages, written blind (before reading the tests, sets and rules); a case
  relabelled after reading the rules keeps its blind answer (`blind`) and says why
  (`note`).
* `country_arabic6_cases.json`: Arabic nisba demonyms (masculine, feminine, plural, with
  the article and clitics) and Arabic words that end like one (cities, regions, peoples,
  ordinary words, names), written blind; a relabelled case keeps `first_expected` and
  `relabel_reason`.
* `country_round6_cases.json`: country-field values of a sixth probe written blind
  (event-data actor strings, false friends, statistical and FIFA names, variants, typos,
  former and disputed names, 11 languages); a relabelled case keeps its blind answer
  (`blind`, `blind_also`) and the README convention it follows (`note`).
* `country_round7_cases.json`: official and long-form country names (`Repubblica di
  Corea`, `Rzeczpospolita Polska`, `جمهوری خلق چین`, `भारत गणराज्य`) with articles and case
  endings in 18 languages, and traps (ambiguous short forms, states that left several,
  `Republic of` phrases that name no country), written blind (seventh probe; cases that
  earlier country sets hold were dropped); a relabelled case keeps `first_expected` and
  `relabel_reason`.
* `country_round8_cases.json`: event-coding actor labels (`Police (India)`, `Military
  Forces of Sudan (2019-)`), multinational and non-state actors, seats and capitals,
  official and statistical-table forms, names in 48 languages with case endings and
  prepositions, and persons, places, companies and words that contain a country word,
  written blind (eighth probe; the blind file `country_round8_blind.json` is kept as
  written); a relabelled case keeps `first_expected` and `relabel_reason`.
* `country_round9_cases.json`: actor labels as event-coding sets write them, names,
  demonyms and case forms in 22 languages, ISO codes that are words of a language without
  a full word list (Swedish `tur`, Romanian `sau`), peoples, joint forms, things, persons,
  places and typos (ninth probe: `country_round9_blind.json` written blind, then
  `country_round9_more.json` after the README, before the code, both kept as written;
  cases earlier sets hold were dropped); a relabelled case keeps `first_expected` and
  `relabel_reason`.
* `country_round10_cases.json`: actor strings of event-coding sets and news (seats,
  offices, capitals), persons, firms, ships, clubs, places and things with a country word,
  historical and disputed names, typos, and names and near words in 14 languages (Tagalog
  `Tsina`, Swahili `Wamarekani`, Turkish `mısır` "maize"), written blind (tenth probe: the
  blind file `country_round10_blind.json` is kept as written; cases earlier sets hold were
  dropped); a relabelled case keeps `first_expected` and `relabel_reason`.
* `english_cases.json`: everyday English per category (visitx's own examples, the
  same as tests/dates/test_dates_english.py; not a held-out set).
* `english_news_cases.json`: a larger set of news English per category, each case
  with its source (duckling's and compromise's test expressions, issue 22's
  examples, wire-copy idioms written here), its publication date as a caller may
  pass it (`published`; `base` is the same day in ISO for dateparser), its tense,
  and `lang` null for the calls that give no language. Expected ranges are
  hand-checked; `null` where the right answer is None (seasons, vague counts).
* `english_resolver_cases.json`: short English expressions in the style of a date
  resolver's tests (weekdays, weekends, parts of days, quarters, ranges, anchored days,
  decades, holidays, numeric forms, spelling variants), each with a publication date
  (weekdays, month and year boundaries, leap days), a tense and its expected range, or
  `null` where the text names no date, 479 written blind before the date rules and tests
  were read and 61 after (`source` says which); `published` also in the forms callers
  pass (RFC 2822, ISO with offsets, printed dates), and `"InputError"` expected where it
  names no single day. A `note` says why a blind answer was relabelled after reading the
  README's conventions (`written_blind` keeps the first answer).
  Scored by `resolver_outcome` (exact range), per category.
* `english_round4_cases.json` to `english_round18_cases.json`: the fourth to the eighteenth
  English probes in the same shape and scoring, with and without a language
  (`corpus_english.py` says more).
* `news_langs_cases.json`: news text about visits and meetings in German, French,
  Spanish, Russian, Turkish, Azerbaijani, Uzbek (Latin and Cyrillic), Kazakh, Arabic and
  Persian written here, the expected answers hand-checked before the date tests were read
  (`convention` notes the 57 first written otherwise where the README documents
  another reasonable reading); scored like `english_news_cases.json`, by language and
  by category.

* `news_langs_round4_cases.json`: 377 news sentences and phrases in the 14 tabled
  languages (Pashto too) written blind before the date rules were read, each with its
  publication date, tense and expected answer (`note` says why 9 were relabelled after
  the README's conventions); the 332 with more than the date text also as the date
  text a model quotes (`form`: `quote`, the sentence in `sentence`). Scored by
  language, the quote form with its cases shown.

* `news_langs_round5_cases.json`: 428 news sentences and phrases written blind in the
  10 tabled languages other than English, Azerbaijani, Uzbek and Kazakh, and in five
  languages without tables (pt uk hi ur id: dateparser's fallback; kept to see that
  nothing wrong appears), each with its publication date, tense and expected answer
  (`first_expected` and `relabel_reason` where the README's conventions relabelled 52);
  the 80 sentences with a date also as the date text a model quotes (`form`: `quote`).
  Scored by language, the quote form with its cases shown.

* `news_langs_round6_cases.json`: 379 news phrases and sentences written blind in the 10
  tabled languages other than English, Azerbaijani, Uzbek and Kazakh, and in six
  languages without tables (uk pt it hi ur id), each with its publication date, tense and
  expected answer (`first_expected` and `relabel_reason` where the README's conventions
  relabelled 5; 11 exact duplicates of earlier sets dropped): datelines, relative days,
  weeks and months, weekdays with and without a date, ranges, parts of months, ten-day
  periods, Hijri and Solar Hijri dates, Japanese era years, Chinese lunar feasts and
  traps (phone numbers, scores, counts, verse numbers); 40 sentences also as the date text
  a model quotes (`form`: `quote`). Scored by language, the quote form with its cases shown.
* `news_langs_round7_cases.json`: 311 date texts of visit reports written blind in the 13
  tabled languages other than English and six without tables (uk it pt hi ur id), in the
  same shape (`category`; `first_expected`, `relabel_reason` for the 5 relabelled; 19
  exact duplicates of earlier sets dropped; `bench/news_langs_round7_blind.json` as written).
* `news_langs_round8_cases.json`: 386 date texts written blind in the 14 tabled languages
  other than English, the six without tables above and Polish, Dutch, Vietnamese, Bengali
  and Thai (dateparser's), in the same shape with a `note` (`first_expected`,
  `relabel_reason` for the 6 relabelled; 2 exact duplicates of earlier sets dropped;
  `bench/news_langs_round8_blind.json` as written).
* `news_langs_round9_cases.json`: 453 date texts written blind in 31 languages: the 24 of
  round 8 and Hebrew, Greek, Romanian, Hungarian, Swedish, Danish, Finnish, Catalan,
  Swahili and Czech, with a `note` and the `precision` expected (`first_expected`,
  `relabel_reason` for the 4 relabelled; 16 exact duplicates of earlier sets dropped;
  `bench/news_langs_round9_blind.json` as written).
* `news_langs_round10_cases.json`: 402 date texts written blind in 35 languages, weighted to
  those earlier rounds covered thinly (Serbian in both scripts, Bulgarian, Macedonian,
  Slovenian, Slovak, Estonian, Latvian, Lithuanian, Albanian, Georgian, Armenian, Mongolian,
  Malay, Filipino, Hausa, Amharic, Tamil, Nepali, Pashto, ...), in the same shape
  (`first_expected`, `relabel_reason` for the 2 relabelled; 31 exact duplicates of earlier
  sets dropped; `bench/news_langs_round10_blind.json` as written).
* `news_langs_round11_cases.json`: 391 date texts written blind in the 30 languages earlier
  rounds covered least (Danish, Norwegian bokmål and nynorsk, Swedish, Icelandic, Catalan,
  Galician, Basque, Estonian, Latvian, Lithuanian, Slovenian, Croatian, Bosnian, Czech,
  Slovak, Romanian, Bulgarian, Macedonian, Greek, Albanian, Hebrew, Georgian, Armenian,
  Mongolian, Tamil, Nepali, Amharic, Hausa, Tagalog, Malay), in the same shape, written
  straight into this file (`first_expected`, `first_precision` and `relabel_reason` for the
  30 relabelled; no exact duplicate of an earlier set: the same text, language and day).

* `recognizers_en_cases.json` (bench/build_recognizers_cases.py): the English date
  specs of Microsoft Recognizers-Text (`DateParser.json`, `DatePeriodParser.json`,
  `DateTimeModel.json`), the extracted date text with its reference date as
  `published`, scored in both tenses: `tense="past"` against Recognizers' past
  resolution, `tense="future"` against its future one (a DateTimeModel result with one
  value only in the tense it lies in). Right when visitx's period is the expected day or
  range (Recognizers' range end is exclusive; visitx's end may be that day or the day
  before: `from 4 to 22` ends on the 22nd) or contains it (a coarser precision visitx
  documents: `early next week` is the week, `a month ago` the month); wrong otherwise.
  Recognizers' readings differ from visitx's documented conventions in places (weeks
  of a month counted from Monday, `the '70s` of an upcoming event as the 2070s, `this
  weekend` told on a Monday as the coming one): bench/README.md lists every wrong case.
* `duckling_en_cases.json` (bench/build_duckling_cases.py): duckling's English time
  corpus (facebook/duckling, the commit is in the file), every case parsed with
  `tense="future"` and duckling's reference day 2013-02-12 (its timestamp
  2013-02-12T04:30:00-02:00 where duckling's value has a time of day); scored by
  `duckling_outcome`, per section of the corpus (`negative`: duckling reads no time).
  `duckling_langs_cases.json` (the same builder, `--others`): its ar de es fr ru tr ko zh
  corpora, scored per language the same way (`score_sets.duckling_langs_cases`).
* `chrono_cases.json` (bench/build_chrono_cases.py): the test suite of chrono
  (wanasit/chrono), en de fr es ru; scored by `chrono_outcome` (bench/README.md).
* `timebank_en_cases.json` (bench/build_timebank_cases.py): the hand-annotated TIMEX3
  dates of TempEval-3's TimeBank and AQUAINT news articles, each with its document
  creation time as `published` and the tense of its sentence; scored by
  `score_timebank.outcome` (bench/score_timebank.py), per grain of the gold value, with
  dateparser on the same rule; gold slips found by hand are left out and counted.
  `meantime_en_cases.json` (bench/build_meantime_cases.py, English MEANTIME and the
  TempEval-3 test set): the same fields and rule, the tense from the sentence's words.
* `pages_en_date_cases.json` (bench/build_pages_en_date_cases.py): date expressions
  quoted from the English 2020 news pages of htmldate's mediacloud evaluation set, with
  the page's hand-annotated publication day and a hand-written label (the period the
  writer means, or null); scored by `pages_outcome`, per category (`context`: the year
  or month is named elsewhere in the sentence, shown apart from `all`).
* `timeml_langs_cases.json` (bench/build_timeml_langs_cases.py): human-annotated TimeML
  news corpora in German (KRAUTS) and Spanish (Spanish TimeBank, MEANTIME), each DATE
  or TIME expression with its document's creation time as `published`; scored per
  language by `timeml_outcome` with the Recognizers rule (visitx's period contains the
  gold period; with a START/MID/END `mod` also when it lies inside it; PRESENT_REF,
  PAST_REF, FUTURE_REF and values with unknown digits: right when None). A case of
  tense `both` (neither corpus marks the tense of its events) is parsed in both tenses:
  right when both answers are right and agree, wrong when neither is right and one is
  wrong, None otherwise (also when one tense is right and the other not: the caller's
  tense decides); gold slips (`excluded`, with the reason) are counted apart.

Run from the repository root (`--cases` also prints every date case that is not
right, with visitx's answer; `--dates` scores the date sets only):

    python bench/bench_corpus.py [--cases] [--dates]

The country and `locate` sets are scored in `corpus_countries.py`, the outcomes counted
and printed by `corpus_tally.py`; their names stay importable from this module.
"""

from __future__ import annotations

import argparse
import json
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

# The country and `locate` sets, and the counting and printing of outcomes, are in
# modules of their own; their names stay importable from here.
from corpus_countries import (  # the script's directory is on sys.path
    COUNTRY_ACTORS,
    COUNTRY_ACTORS_BLIND,
    COUNTRY_ARABIC6,
    COUNTRY_CONVERTER,
    COUNTRY_HELDOUT,
    COUNTRY_ROUND4,
    COUNTRY_ROUND5,
    COUNTRY_ROUND6,
    COUNTRY_ROUND7,
    COUNTRY_ROUND8,
    COUNTRY_ROUND9,
    COUNTRY_ROUND10,
    COUNTRY_TRAPS,
    countries,
    grade_heldout,
    pycountry_code,
    str_find_span,
    visitx_country,
    visitx_span,
)
from corpus_english import ENGLISH_ROUND4, ENGLISH_ROUND5, show_english_probes
from corpus_tally import SHOW, Scores, score, show, tally
from score_sets import (
    answer,
    chrono_cases,
    chrono_outcome,
    duckling_langs_cases,
    duckling_outcome,
    grade,
    pages_outcome,
    pylib_cases,
    recognizers_cases,
    recognizers_langs_cases,
    recognizers_outcome,
    timeml_outcome,
)
from score_timebank import dateparser_answer  # the script's directory is on sys.path
from score_timebank import group as timebank_group
from score_timebank import outcome as timebank_outcome

from visitx import parse_date

__all__ = [  # the names other scripts import, also those now defined elsewhere
    "COUNTRY_ACTORS", "COUNTRY_ACTORS_BLIND", "COUNTRY_ARABIC6", "COUNTRY_CONVERTER",
    "COUNTRY_HELDOUT",
    "COUNTRY_ROUND4", "COUNTRY_ROUND5", "COUNTRY_ROUND6",
    "COUNTRY_ROUND7", "COUNTRY_ROUND8", "COUNTRY_ROUND9", "COUNTRY_ROUND10", "COUNTRY_TRAPS",
    "CORPUS", "DATEPARSER",
    "DUCKLING",
    "ENGLISH", "ENGLISH_NEWS", "ENGLISH_RESOLVER", "ENGLISH_ROUND4", "ENGLISH_ROUND5",
    "MEANTIME", "PAGES_EN", "SHOW", "TIMEBANK", "TIMEML_LANGS", "Scores", "countries",
    "dateparser_absolute", "dateparser_date", "dateparser_relative", "dates", "grade_heldout",
    "main", "pages_en",
    "period_of", "pycountry_code", "score", "show", "str_find_span", "tally", "timebank",
    "visitx_country", "visitx_date", "visitx_span",
]  # fmt: skip

CORPUS = Path(__file__).with_name("normalize_corpus.json")
DATEPARSER = Path(__file__).with_name("dateparser_cases.json")
ENGLISH = Path(__file__).with_name("english_cases.json")
ENGLISH_NEWS = Path(__file__).with_name("english_news_cases.json")
ENGLISH_RESOLVER = Path(__file__).with_name("english_resolver_cases.json")
NEWS_LANGS = Path(__file__).with_name("news_langs_cases.json")
NEWS_LANGS_ROUND4 = Path(__file__).with_name("news_langs_round4_cases.json")
NEWS_LANGS_ROUND5 = Path(__file__).with_name("news_langs_round5_cases.json")
NEWS_LANGS_ROUND6 = Path(__file__).with_name("news_langs_round6_cases.json")
NEWS_LANGS_ROUND7 = Path(__file__).with_name("news_langs_round7_cases.json")
NEWS_LANGS_ROUND8 = Path(__file__).with_name("news_langs_round8_cases.json")
NEWS_LANGS_ROUND9 = Path(__file__).with_name("news_langs_round9_cases.json")
NEWS_LANGS_ROUND10 = Path(__file__).with_name("news_langs_round10_cases.json")
NEWS_LANGS_ROUND11 = Path(__file__).with_name("news_langs_round11_cases.json")
DUCKLING = Path(__file__).with_name("duckling_en_cases.json")
TIMEBANK = Path(__file__).with_name("timebank_en_cases.json")
PAGES_EN = Path(__file__).with_name("pages_en_date_cases.json")
TIMEML_LANGS = Path(__file__).with_name("timeml_langs_cases.json")
MEANTIME = Path(__file__).with_name("meantime_en_cases.json")  # scored like TIMEBANK


def visitx_date(case: dict[str, Any]) -> list[str] | None:
    value = parse_date(
        case["text"],
        language=case["lang"],
        published=case["published"],
        tense=case.get("tense", "past"),
    )
    return None if value is None else [value.start, value.end]


def dateparser_date(case: dict[str, Any]) -> list[str] | None:
    from dateparser.date import DateDataParser

    day = date.fromisoformat(case.get("base", case["published"]))
    settings = {
        "RELATIVE_BASE": datetime.combine(day, datetime.min.time()),
        "PREFER_DATES_FROM": case.get("tense", "past"),
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        data = DateDataParser(languages=[case["lang"] or "en"], settings=settings).get_date_data(
            case["text"]
        )
    except (ValueError, TypeError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date().isoformat()
    expected = case["expected"]
    # A period (week, month, year) is right when the expected range has it and the
    # day dateparser returns lies inside; dateparser gives one day, not a range.
    if expected and expected[0] != expected[1] and data.period in ("week", "month", "year"):
        return expected if expected[0] <= day <= expected[1] else [day, day]
    return [day, day]


def period_of(day: date, period: str) -> tuple[date, date]:
    """The day, Monday-Sunday week, month or year containing `day`."""
    if period == "day":
        return day, day
    if period == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if period == "month":
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        return day.replace(day=1), following - timedelta(days=1)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def dateparser_absolute(case: dict[str, Any]) -> str:
    found = answer(case)
    if found is None:
        return "none"
    start, end = date.fromisoformat(found[0]), date.fromisoformat(found[1])
    day = date.fromisoformat(case["expected_day"])
    if start == end == day:
        return "right"
    filled_in = day.day in (1, date.fromisoformat(case["published"][:10]).day)
    return "right" if start < end and start <= day <= end and filled_in else "wrong"


def dateparser_relative(case: dict[str, Any]) -> str:
    value = parse_date(
        case["text"], language=case["lang"], published=case["published"], tense=case["tense"]
    )
    if value is None:
        return "none"
    start, end = date.fromisoformat(value.start), date.fromisoformat(value.end)
    day = date.fromisoformat(case["expected_day"])
    first, last = period_of(day, case["period"])
    return "right" if first <= start <= day <= end <= last else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--cases", action="store_true", help="print each date case visitx does not get right"
    )
    parser.add_argument("--dates", action="store_true", help="score the date sets only")
    args = parser.parse_args()
    SHOW["cases"] = args.cases
    dates(json.loads(CORPUS.read_text(encoding="utf-8")), args.dates)


def dates(corpus: dict[str, Any], dates_only: bool) -> None:
    """The date sets, then (unless `dates_only`) the country and `locate` sets."""
    warnings.simplefilter("ignore")  # dateparser's deprecation warnings
    show(
        f"parse_date ({len(corpus['dates'])} cases)",
        {"visitx": score(corpus["dates"], visitx_date),
         "dateparser": score(corpus["dates"], dateparser_date)},
    )  # fmt: skip
    extra = json.loads(DATEPARSER.read_text(encoding="utf-8"))
    for kind, outcome in (("absolute", dateparser_absolute),
                          ("absolute_no_preference", dateparser_absolute),
                          ("relative", dateparser_relative),
                          ("relative_other_languages", dateparser_relative)):  # fmt: skip
        cases = extra[kind]
        show(f"parse_date on dateparser's {kind} tests ({len(cases)} cases)",
             {"visitx": tally(cases, outcome, "lang", True)})  # fmt: skip
    english = json.loads(ENGLISH.read_text(encoding="utf-8"))
    show(f"parse_date on everyday English ({len(english)} cases)",
         {"visitx": tally(english, lambda c: grade(visitx_date(c), c["expected"]), "category",
                           True),
          "dateparser": tally(english, lambda c: grade(dateparser_date(c), c["expected"]),
                              "category")}, by="category")  # fmt: skip
    news = json.loads(ENGLISH_NEWS.read_text(encoding="utf-8"))
    show(f"parse_date on news English with sources ({len(news)} cases)",
         {"visitx": tally(news, lambda c: grade(visitx_date(c), c["expected"]), "category",
                           True),
          "dateparser": tally(news, lambda c: grade(dateparser_date(c), c["expected"]),
                              "category")}, by="category")  # fmt: skip
    for case in news:
        case["origin"] = "news page" if case["source"].startswith("http") else "test or idiom"
    show("... the same by origin (expressions quoted from real news pages, or not)",
         {"visitx": tally(news, lambda c: grade(visitx_date(c), c["expected"]), "origin"),
          "dateparser": tally(news, lambda c: grade(dateparser_date(c), c["expected"]),
                              "origin")}, by="origin")  # fmt: skip
    show_english_probes(ENGLISH_RESOLVER)
    langs_news = json.loads(NEWS_LANGS.read_text(encoding="utf-8"))
    title = "de fr es ru tr az uz kk zh ja ko ar fa"
    show(f"parse_date on news text in {title} ({len(langs_news)} cases)",
         {"visitx": tally(langs_news, lambda c: grade(visitx_date(c), c["expected"]), "lang",
                           True)})  # fmt: skip
    show("... the same by category",
         {"visitx": tally(langs_news, lambda c: grade(visitx_date(c), c["expected"]),
                          "category")}, by="category")  # fmt: skip
    for path, title in ((NEWS_LANGS_ROUND4, "14 languages, round 4"),
                        (NEWS_LANGS_ROUND5, "15 languages, round 5"),
                        (NEWS_LANGS_ROUND6, "16 languages, round 6"),
                        (NEWS_LANGS_ROUND7, "19 languages, round 7"),
                        (NEWS_LANGS_ROUND8, "24 languages, round 8"),
                        (NEWS_LANGS_ROUND9, "31 languages, round 9"),
                        (NEWS_LANGS_ROUND10, "35 languages, round 10"),
                        (NEWS_LANGS_ROUND11, "31 language tags, round 11")):  # fmt: skip
        probe = json.loads(path.read_text(encoding="utf-8"))
        for form, shown in (("quote", True), ("sentence", False)):
            cases = [case for case in probe if case["form"] == form]
            if not cases:
                continue  # rounds 7 to 11 have date texts only
            show(f"parse_date on news text in {title}, {form} form ({len(cases)} cases)",
                 {"visitx": tally(cases, lambda c: grade(visitx_date(c), c["expected"]), "lang",
                                   shown)})  # fmt: skip
    recognizers = recognizers_cases()
    show(f"parse_date on Recognizers-Text's English date specs ({len(recognizers)} cases)",
         {"visitx": tally(recognizers, recognizers_outcome, "set", True)}, by="set")  # fmt: skip
    others = recognizers_langs_cases()
    show(f"parse_date on Recognizers-Text's specs in seven languages ({len(others)} cases)",
         {"visitx": tally(others, recognizers_outcome, "set", True)}, by="set")  # fmt: skip
    duckling = json.loads(DUCKLING.read_text(encoding="utf-8"))["cases"]
    for case in duckling:
        case["expected_day"] = case["expected"]
    show(f"parse_date on duckling's English time corpus ({len(duckling)} cases, future)",
         {"visitx": tally(duckling, duckling_outcome, "section", True)}, by="section")  # fmt: skip
    langs, slips = duckling_langs_cases()  # bench/score_sets.py; protocol of the English one
    show(f"parse_date on duckling's corpora in 8 other languages ({len(langs)} cases, future, "
         f"{slips} gold slips left out)",
         {"visitx": tally(langs, duckling_outcome, "lang", True)})  # fmt: skip
    timebank()
    timebank(MEANTIME, "MEANTIME English and TempEval-3 test news dates")
    pages_en()
    timeml = json.loads(TIMEML_LANGS.read_text(encoding="utf-8"))["cases"]
    scored = [case for case in timeml if "excluded" not in case]
    show(f"parse_date on TimeML news corpora, de and es ({len(scored)} cases, "
         f"{len(timeml) - len(scored)} gold slips left out)",
         {"visitx": tally(scored, timeml_outcome, "lang", True)})  # fmt: skip
    chrono = chrono_cases()
    show(f"parse_date on chrono's test suite, en de fr es ru ({len(chrono)} cases)",
         {"visitx": tally(chrono, chrono_outcome, "lang", True)})  # fmt: skip
    pylib, left = pylib_cases()  # bench/score_sets.py; conventions are sets of their own
    show(f"parse_date on dateutil's and parsedatetime's tests ({len(pylib)} cases, {left} out)",
         {"visitx": tally(pylib, chrono_outcome, "set", True)}, by="set")  # fmt: skip
    if dates_only:
        return
    countries(corpus)


def timebank(path: Path = TIMEBANK, title: str = "TimeBank/AQUAINT news dates") -> None:
    """TimeBank/AQUAINT's (or MEANTIME's) gold dates; gold slips are counted apart."""
    cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
    kept = [case for case in cases if timebank_outcome(case) != "excluded"]
    for case in kept:
        case.update(lang="en", grain=timebank_group(case), expected_day=case["expected"])
    show(f"parse_date on {title} ({len(kept)} cases; "
         f"{len(cases) - len(kept)} gold slips left out)",
         {"visitx": tally(kept, timebank_outcome, "grain", True),
          "dateparser": tally(kept, lambda c: timebank_outcome(c, dateparser_answer),
                              "grain")}, by="grain")  # fmt: skip


def pages_en() -> None:
    """The expressions quoted from real English news pages (context cases apart)."""
    cases = json.loads(PAGES_EN.read_text(encoding="utf-8"))["cases"]
    plain = [case for case in cases if case["category"] != "context"]
    show(f"parse_date on English 2020 news pages ({len(plain)} cases; `context` apart)",
         {"visitx": tally(plain, lambda c: pages_outcome(c, visitx_date), "category", True),
          "dateparser": tally(plain, lambda c: pages_outcome(c, dateparser_date), "category")},
         by="category")  # fmt: skip
    context = [case for case in cases if case["category"] == "context"]
    show(f"... year or month named elsewhere in the sentence ({len(context)} cases)",
         {"visitx": tally(context, lambda c: pages_outcome(c, visitx_date), "category", True),
          "dateparser": tally(context, lambda c: pages_outcome(c, dateparser_date), "category")},
         by="category")  # fmt: skip


if __name__ == "__main__":
    main()
