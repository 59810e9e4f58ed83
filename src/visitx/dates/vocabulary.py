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
after `on` (`the Sun reported on Monday`, `talks were held on Friday evening`) gives
`weekday_clause` that weekday, when no other word of it names a date and the words
before `on` are no newspaper's name (`the Mail on Sunday`, `on_sunday_titles`).
"""

from __future__ import annotations

import functools
import re

from visitx.core.datafiles import read_json
from visitx.dates import tables
from visitx.dates.weeks import WEEKDAY_NAME

__all__ = ["MONTH_WORD", "is_english", "ordinal_digits", "strip_noun", "weekday_clause"]

_WORD = re.compile(r"[^\W\d_]+")
# Ordinals and decades (`21st`, `1990s`), and the possessive `'s`, are no words.
_NAMING_CODES = frozenset("MWRQPN")
_NOT_WORDS = re.compile(r"\d+(?:st|nd|rd|th|s)\b|'s\b|'")


def _forms(key: str) -> frozenset[str]:
    words: str = read_json("english_words.json")[key]
    return frozenset(tables.normalize(w) for w in words.split("|") if w)


@functools.cache
def _date_words() -> frozenset[str]:
    """The single words of the English date tables and of the English rules."""
    words = {word for phrase in tables.lexicon("en").phrases for word in phrase}
    table = tables.relative_units("en") or {}
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
        for phrase, entry in tables.lexicon("en").phrases.items()
        if entry.kind in _NAMING_CODES
        for word in phrase
    }
    table = tables.relative_units("en") or {}
    for forms in table.get("units", {}).values():
        words.update(tables.normalize(form) for form in forms.split("|"))
    return frozenset(words | _forms("naming"))


@functools.cache
def _naming_words() -> frozenset[str]:
    """`_naming` without the filler words of longer phrases (`the` of `the day after`)."""
    phrases = tables.lexicon("en").phrases
    fillers = {p[0] for p, e in phrases.items() if len(p) == 1 and e.kind == "f"}
    units = (tables.relative_units("en") or {}).get("units", {}).values()
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
        if re.search(r"\d", tail) or any(word in _naming() for word in _words(tail)):
            return None  # `Monday's and Tuesday's talks`: another date after the noun
        return head
    parts = norm.split(" ")
    for cut in range(max(1, len(parts) - 3), len(parts)):
        nouns = parts[cut:]
        if " ".join(nouns) in _nouns() or all(word in _nouns() for word in nouns):
            return " ".join(parts[:cut])
    return None


# `on Monday`, `on Friday evening`: written out, directly after `on` (not `on Good Friday`).
_ON_WEEKDAY = re.compile(
    rf"(?<![^ ])on ({WEEKDAY_NAME})(?: (?:morning|afternoon|evening|night))?(?![^ ])"
)


@functools.cache
def _sunday_titles() -> frozenset[str]:
    words: str = read_json("english_words.json")["word_traps"]["on_sunday_titles"]
    return frozenset(words.split("|"))


def weekday_clause(norm: str) -> str | None:
    """`on monday` of `the sun reported on monday`; None when another word names a date."""
    found = list(_ON_WEEKDAY.finditer(norm))
    if len(found) != 1 or re.search(r"\d", norm):
        return None
    m = found[0]
    before, after = _words(norm[: m.start()]), _words(norm[m.end() :])
    if not before + after or any(word in _naming_words() for word in before + after):
        return None  # `on monday` alone is read as it is; `met last week on monday`
    if m.group(1) == "sunday" and before and before[-1] in _sunday_titles():
        return None  # `the mail on sunday`, `scotland on sunday`: a newspaper
    return m.group(0)


MONTH_WORD = (
    r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
    r"|september|sept|sep|october|oct|november|nov|december|dec)\b"
)
"""An English month name or abbreviation, as a regular expression (not `decade`, `mayor`)."""
_MONTH = MONTH_WORD
_SUFFIXES = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


@functools.cache
def _ordinal_days() -> tuple[re.Pattern[str], dict[str, int]]:
    days: list[str] = read_json("english_words.json")["ordinal_days"]
    numbers = {form: day for day, forms in enumerate(days, 1) for form in forms.split("|")}
    words = "|".join(sorted(numbers, key=len, reverse=True))
    # Only beside a month: `the third of march`, `march the third` (not `the second week`).
    before = rf"(?<![\w-])({words})(?= (?:of )?{_MONTH}\b)"
    after = rf"\b({_MONTH}) (?:the )?({words})(?![\w-])"
    return re.compile(f"{before}|{after}"), numbers


def ordinal_digits(norm: str) -> str:
    """`the third of march` as `the 3rd of march`: ordinal words beside a month as digits."""
    pattern, numbers = _ordinal_days()

    def digits(m: re.Match[str]) -> str:
        day = numbers[m.group(1) or m.group(3)]
        written = f"{day}{_SUFFIXES.get(day, 'th')}"
        return written if m.group(1) else f"{m.group(2)} {written}"

    return pattern.sub(digits, norm)
