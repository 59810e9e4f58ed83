"""Which words are English date words: for articles of unknown language, and trailing nouns.

`parse_date` called without `language` reads the symbol grammar with every language's
tables; English relative expressions (`3 weeks ago`, `last month`) and the English
rules need the English tables. They are applied to an expression of unknown language
only when *every* word of it is an English date word: a month, weekday or relative
word of `tables/date_words.json`, a word of the English rules or an event noun of
`tables/english_words.json` (`early last month`, `Thursday's talks`). A word of any
other language keeps the expression out, so no other language's reading changes.

News English quotes a date with the noun it dates: `Thursday's talks`, `last week's
summit in Geneva`, `the March 3 vote`. `strip_noun` gives the date part: after a
possessive (`'s`), any words that name no date; without one, only event nouns
(`talks`, `summit`, `vote`) of `tables/english_words.json`. A clause with a weekday
after `on` is `dates.weekdayclause`'s. `clause_spans` gives the date phrases of any
other clause (`talks held in Q3 2025`), and `tense_agrees` whether a clause's tense
words (`would`, `ended`) fit the tense asked.
"""

from __future__ import annotations

import functools
import re

from visitx.core.datafiles import read_json
from visitx.dates import phrasebook, tables

__all__ = [
    "MONTH_WORD",
    "clause_spans",
    "is_english",
    "naming_words",
    "ordinal_digits",
    "ordinal_words",
    "no_date_numbers",
    "outside_words",
    "strip_noun",
    "sunday_titles",
    "tense_agrees",
    "tense_markers",
]

_WORD = re.compile(r"[^\W\d_]+")
# Ordinals and decades (`21st`, `1990s`), and the possessive `'s`, are no words.
_NAMING_CODES = frozenset("MWRQPN")
_NOT_WORDS = re.compile(r"\d+(?:st|nd|rd|th|s)\b|'s\b|'")


def _forms(key: str) -> frozenset[str]:
    words: str = read_json("english_words.json")[key]
    return frozenset(tables.normalize(w) for w in words.split("|") if w)


def _phrases() -> dict[tuple[str, ...], tables.Entry]:
    """The English phrases but Hijri months in Latin letters, names as often as months
    (`al`, `hajj` of `Dhu al-Hijjah` are words of `al-Sudani`, `the Hajj`)."""
    found = tables.lexicon("en").phrases.items()
    return {phrase: entry for phrase, entry in found if entry.cal != "hijri"}


@functools.cache
def _date_words() -> frozenset[str]:
    """The single words of the English date tables and of the English rules."""
    words = {word for phrase in _phrases() for word in phrase}
    table = phrasebook.relative_units("en") or {}
    numbers = (*table.get("numbers", ()), *table.get("more_numbers", {}).values())
    for forms in (*table.get("units", {}).values(), *numbers):
        for form in forms.split("|"):
            words.update(tables.normalize(form).split())  # `a hundred`: two words
    return frozenset(words | _forms("vocabulary"))


@functools.cache
def _naming() -> frozenset[str]:
    """Words that name a date themselves: months, weekdays, relative words, units."""
    words = {
        word
        for phrase, entry in _phrases().items()
        if entry.kind in _NAMING_CODES
        for word in phrase
    }
    table = phrasebook.relative_units("en") or {}
    for forms in table.get("units", {}).values():
        words.update(tables.normalize(form) for form in forms.split("|"))
    return frozenset(words | _forms("naming"))


@functools.cache
def naming_words() -> frozenset[str]:
    """`_naming` without the filler words of longer phrases (`the` of `the day after`)."""
    phrases = tables.lexicon("en").phrases
    fillers = {p[0] for p, e in phrases.items() if len(p) == 1 and e.kind == "f"}
    units = (phrasebook.relative_units("en") or {}).get("units", {}).values()
    return _naming() - fillers | {tables.normalize(f) for forms in units for f in forms.split("|")}


@functools.cache
def _nouns() -> frozenset[str]:
    return _forms("event_nouns")


def _words(text: str) -> list[str]:
    return _WORD.findall(_NOT_WORDS.sub(" ", tables.normalize(text)))


def is_english(text: str) -> bool:
    """Whether every word of `text` is an English date word or event noun (and one is)."""
    words = _words(text)
    known = _date_words() | _nouns()
    return bool(words) and all(word in known for word in words)


def strip_noun(norm: str) -> str | None:
    """The date part of `Thursday's talks`, `the March 3 vote`; None if there is no noun."""
    head, sep, tail = norm.partition("'s ")
    if not sep and norm.endswith("'s"):
        return norm[:-2]
    if sep and head:
        tail = no_date_numbers(tail)  # `Saturday's 2-1 win`: a score, no date
        if re.search(r"\d", tail) or any(word in naming_words() for word in _words(tail)):
            return None  # `Monday's and Tuesday's talks`: another date after the noun
        return head
    parts = norm.split(" ")
    for cut in range(max(1, len(parts) - 3), len(parts)):
        nouns = parts[cut:]
        if " ".join(nouns) in _nouns() or all(word in _nouns() for word in nouns):
            return " ".join(parts[:cut])
    return None


@functools.cache
def sunday_titles() -> frozenset[str]:
    """Newspapers named `... on Sunday` (`the Mail on Sunday`): no weekday after `on`."""
    words: str = read_json("english_words.json")["word_traps"]["on_sunday_titles"]
    return frozenset(words.split("|"))


# `a three-day visit`, `a 10-day tour`, `a two-week-long trip`: a duration, no date.
_COUNT_COMPOUND = re.compile(
    r"(?<![^ ])(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)"
    r"-(?:hour|day|night|week|month|year)s?(?:-long|-old)?(?![^ ])"
)
# `in two years`, `in a week` inside a clause: `the first visit in two years` (within the
# last two years), not two years from publication.
_COUNT_AFTER_IN = re.compile(
    r"in (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
)

# A word before a relative word that makes the phrase a part of a period or a count.
_PART_BEFORE = re.compile(
    r"of|the|that|same|over|than|\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|few|several|many|some|around|about|approximately|roughly|circa"
)
# A part of a period a few words before (`beginning of around next week`).
# One word of a part right before a relative word starts the phrase (`later this month`).
_PART_LEADS = frozenset({"early", "earlier", "late", "later", "mid"})
_PART_NEAR = re.compile(
    r"early|earlier|mid|middle|late|later|end|beginning|start|close|part|half|rest|remainder"
)
# Words a date phrase does not end on (`earlier this week an exposure site`).
_DANGLING = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "for",
        "on",
        "in",
        "at",
        "by",
        "from",
        "with",
        "as",
        "between",
        "through",
        "thru",
        "until",
        "till",
        "over",
        "during",
        "within",
    ]
)
# A day's number or ordinal (`10th`, `3`), which before a noun counts the noun.
_DAY_NUMBER = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
# `scored in the first half`: of the match; a half or quarter in a clause needs its year.
_BARE_PART = re.compile(r"\b(?:half|quarter)$")


# `200 delegates`, `5,000 points`, `the 16th brics summit`, `a 10-point plan`, `the 1-0 win`,
# `the 2pm meeting`: a number before a word that is no date word counts or ranks that word.
_COUNTED = re.compile(
    r"(?<![^ ])(?:\d{1,3}(?: \d{3})+|\d{1,3}(?:st|nd|rd|th)?|\d{1,2}-\d{1,2}|\d+-[a-z]+"
    r"|\d{1,2}(?:[:.]\d\d)?[ap]m) ([a-z][a-z'-]*)(?![^ ])"
)


_DATE_LEADS = frozenset({"on", "by", "until", "till", "since", "from", "to", "and"})


def no_date_numbers(text: str) -> str:
    """`text` without the numbers that count or rank the word after them (`more than 200
    delegates`, `the 16th brics summit`, `a 27-member bloc`, `the 1-0 win`): no day, month
    or year; a year (four digits), a number before a date word (`12 march`, `3 days`), after
    a word that leads a date (`on the 12th resumed`) or at the end stays."""

    def cut(m: re.Match[str]) -> str:
        word, before = m.group(1), text[: m.start()].split()[-2:]
        led = bool(before) and (
            before[-1] in _DATE_LEADS or (before[-1] == "the" and before[0] in _DATE_LEADS)
        )
        month = re.fullmatch(rf"\d+-{_MONTH}", m.group(0).split(" ")[0])
        return m.group(0) if led or month or _date_token(word) or word in _naming() else word

    return _COUNTED.sub(cut, text)


def outside_words(text: str) -> list[str]:
    """The words of `text` around a date phrase, durations (`three-day`) left out."""
    return _words(_COUNT_COMPOUND.sub(" ", text))


@functools.cache
def tense_markers(key: str) -> re.Pattern[str]:
    words: str = read_json("english_words.json")[key]
    forms = "|".join(
        re.escape(w) if w[0] == "'" else rf"(?<![\w']){re.escape(w)}" for w in words.split("|")
    )
    return re.compile(rf"(?:{forms})(?![\w'])")


def tense_agrees(before: str, ahead: bool) -> bool:
    """Whether the words `before` a date phrase (the last five) may tell of an event on the
    side of publication `ahead` asks: no future word (`would`, `is to`) for a past one, a
    future word or no past word (`ended`, `held`) for an upcoming one (`english_words.json`,
    `*_markers`). Words after the phrase tell of another event (`the announcement was made
    on friday and will go into effect`)."""
    near = " ".join(before.split()[-5:])
    future = bool(tense_markers("future_markers").search(near))
    return future or not tense_markers("past_markers").search(near) if ahead else not future


@functools.cache
def _leads() -> frozenset[str]:
    words: str = read_json("english_words.json")["clause_leads"]
    return frozenset(words.split("|"))


@functools.cache
def _relative_words() -> frozenset[str]:
    """Naming words that may start a date phrase without a lead (`last` of `met last week
    in paris`): not a month or weekday (`talks with May in London`: a name), nor `since`,
    `ago`, nor a unit (`weekend`)."""
    phrases = tables.lexicon("en").phrases
    names = {word for p, e in phrases.items() if e.kind in ("M", "W") for word in p}
    skip = {"since", "ago", "after", "before", "day", "days", "mar", "sun", "sat", "wed", "fall"}
    # A unit starts no phrase: the word before it says which (`the following weekend`,
    # `the Easter weekend`, `a long weekend`, `the first week` are not the last one).
    units = {"week", "weeks", "weekend", "weekends", "week-end", "fortnight", "fortnights",
             "month", "months", "mo", "mos", "mons", "mth", "mths", "year", "years",
             "decade", "decades", "century", "quarter", "half"}  # fmt: skip
    return naming_words() - names - skip - units


@functools.cache
def _eras() -> frozenset[str]:
    """English era markers of one word, without dots (`bce`, `ad`)."""
    forms = {f for found in phrasebook.era_markers("en").values() for f in found}
    return frozenset(f.replace(".", "") for f in forms if " " not in f)


def _date_token(token: str) -> bool:
    words = _words(token)
    return bool(re.search(r"\d", token)) or (bool(words) and all(w in _date_words() for w in words))


def clause_spans(norm: str, ahead: bool) -> list[str]:
    """Date phrases a clause holds (`in q3 2025` of `talks held in q3 2025`, `last week` of
    `the two leaders met in paris last week`), longest first from each start: a lead word
    (`in`, `at`, `between`, `tables/english_words.json` `clause_leads`) or a naming word
    and the date words after it, with no digit nor naming word left around (`three-day`
    is a duration); none where the words before it contradict `ahead`. `since` starts
    none (`the first visit since 2019`), nor `in` before a count (`the first visit in two
    years`)."""
    tokens = norm.split(" ")
    if len(tokens) < 3:
        return []
    spans: list[str] = []
    start = 0
    while start < len(tokens):
        token = tokens[start]
        lead = token in _leads()
        title = lead and tokens[start + 1 : start + 2] == ["sunday"] and start > 0
        if title and tokens[start - 1] in sunday_titles():
            return []  # `the mail on sunday reported the visit`: a newspaper
        if not lead and token not in _relative_words():
            start += 1
            continue
        end = start + 1
        while end < len(tokens) and _date_token(tokens[end]):
            end += 1
        near = tokens[max(0, start - 3) : start]  # `beginning of around next week`
        before = tokens[start - 1] if start else ""
        part = not lead and (
            any(_PART_NEAR.fullmatch(word) for word in near) or bool(_PART_BEFORE.fullmatch(before))
        )
        # `beginning of past week`: a part of the period; `talks would resume in june`
        if not part and tense_agrees(" ".join(tokens[:start]), ahead):
            spans.extend(_spans_from(tokens, start, end, lead))
        elif _part_lead(tokens, start) and tense_agrees(" ".join(tokens[: start - 1]), ahead):
            spans.extend(_spans_from(tokens, start - 1, end, True))  # `to visit later this month`
        start = end
    return spans


def _part_lead(tokens: list[str], start: int) -> bool:
    """Whether one part word right before `tokens[start]` starts the phrase (`to visit
    later this month`; not `the beginning of late last week`)."""
    near = tokens[max(0, start - 4) : start - 1]
    part = start > 0 and tokens[start - 1] in _PART_LEADS
    return part and not any(_PART_NEAR.fullmatch(word) for word in near)


def _spans_from(tokens: list[str], start: int, end: int, lead: bool) -> list[str]:
    """The phrases from `tokens[start]` to at most `tokens[end]`, longest first, that leave
    no date word, digit or era around and end on no function word or day number before a
    noun (`on the 10th anniversary`, `in the 2nd round`, `on the first anniversary`)."""
    spans = []
    for stop in range(end, start + (2 if lead else 1) - 1, -1):
        after = tokens[stop] if stop < len(tokens) else None
        if tokens[stop - 1] in _DANGLING or (after and after.replace(".", "") in _eras()):
            continue  # `earlier this week an`; `in 1988 bce`: no Gregorian news date
        if after and (_DAY_NUMBER.fullmatch(day := tokens[stop - 1]) or day in _ordinal_days()[1]):
            continue  # `on the first anniversary`, as `on the 1st anniversary`
        span = " ".join(tokens[start:stop])
        around = no_date_numbers(_COUNT_COMPOUND.sub(" ", " ".join(tokens[:start] + tokens[stop:])))
        named = any(word in naming_words() for word in _words(around))
        vague = _COUNT_AFTER_IN.match(span) or _BARE_PART.search(span)
        if around.strip() and not (named or re.search(r"\d", around) or vague):
            spans.append(span)
    return spans


_MONTH_FORMS = (f for forms in phrasebook.table("gregorian_months")["en"] for f in forms.split("|"))
MONTH_WORD = "(?:" + "|".join(_MONTH_FORMS) + r")\b"
"""An English month name, abbreviation or common misspelling (`tables/date_words.json`
`gregorian_months` `en`), as a regular expression (not `decade`, `mayor`)."""
_MONTH = MONTH_WORD
_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


@functools.cache
def _ordinal_days() -> tuple[re.Pattern[str], dict[str, int]]:
    days: list[str] = read_json("english_words.json")["ordinal_days"]
    numbers = {form: day for day, forms in enumerate(days, 1) for form in forms.split("|")}
    words = "|".join(sorted(numbers, key=len, reverse=True))
    tens = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    for count, ten in enumerate(tens, 3):  # `the thirty-second of May`: no day, so None
        numbers.setdefault(f"{ten[:-1]}ieth", count * 10)
        for unit, sep in ((unit, sep) for unit in range(1, 10) for sep in "- "):
            numbers.setdefault(f"{ten}{sep}{days[unit - 1]}", count * 10 + unit)
    beyond = "|".join(sorted(numbers, key=len, reverse=True))
    # Only beside a month: `the third of march`, `march the third` (not `the second week`).
    before = rf"(?<![\w-])({beyond})(?= (?:of )?{_MONTH}\b)"
    after = rf"\b({_MONTH}) (?:the )?({words})(?![\w-])"
    return re.compile(f"{before}|{after}"), numbers


def ordinal_digits(norm: str) -> str:
    """`the third of march` as `the 3rd of march`: ordinal words beside a month as digits."""
    pattern, numbers = _ordinal_days()

    def digits(m: re.Match[str]) -> str:
        day = numbers[m.group(1) or m.group(3)]
        written = _digits(day)
        return written if m.group(1) else f"{m.group(2)} {written}"

    return pattern.sub(digits, norm)


def _digits(day: int) -> str:
    return f"{day}{_SUFFIXES.get(day, 'th')}"


def ordinal_words() -> dict[str, str]:
    """The days of a month as ordinal words and as digits (`twenty-first`: `21st`)."""
    return {word: _digits(day) for word, day in _ordinal_days()[1].items()}
