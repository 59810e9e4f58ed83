"""English words that are also a month or a weekday: `the Sun`, `joined the march`, `sat`.

`Sun`, `Sat`, `Wed`, `Mar` and `Jan` abbreviate weekdays and months and are also words
or names (the Sun newspaper, `sat down`, a `Wed dress`, `mar`, Jan the person);
`march`, `may` and `august` are months and also a noun or verb, a modal and an
adjective. Such a word is read as a date only where a date can stand
(`tables/english_words.json`, `word_traps`):

* never after an article unless a number follows (`the Sun`, `a Wed dress`, `the
  march`, `the Sun's website`; `the Sat. 9 March` and `the May of 1968` stay dates);
  capitalised full months after an article are names only when nothing but a
  possessive or a preposition follows (`joined the March`, `the March on Washington`;
  `the August meeting` stays August). When other words follow that are not part of a
  name (`the Sun reported on Monday`, `the march ended on Friday`), the article and
  the word are left out and the rest is read (`on Monday`); a preposition after it
  keeps the whole a name (`The Sun on Sunday`, `the Mail on Sunday`: `None`);
* never as a possessive (`the Sun's`, `Sat's`, `May's government`);
* without any number in the text, an abbreviation needs a dot (`Sat.`), a word before
  it that introduces a date (`on Sat`, `last Sat`, `from Mon to Sat`), a part of the
  day after it (`Sat night`) or another weekday or month beside it (`Mon-Sat`), and a
  full month written in lower case a word that introduces a date (`in march`, `early
  may`, `the end of august`); a capitalised full month alone stays the month (`March`),
  and so does a capitalised weekday abbreviation that is the whole text and only a verb
  besides (`alone_weekdays`: `Wed`, `Sat` – a model's date text, not `sat` or `SAT`;
  `Sun` alone stays a name, the surname or the newspaper).

Read for English and, without a language, when the article words are English (`the`),
or when every word is an English date word. A Hijri month spelled in Latin letters
(`Rajab`, `Safar`, `Ramadan`, `tables/date_words.json` `hijri_months_latin`) is also a
name (`Ramadan Kadyrov`, `Rajab Tayyip`): it is a month only with a number beside it
(`1 Muharram 1446`, `the 15th of Shawwal`, `Rajab 1447`), and is left out otherwise
(`Ramadan Kadyrov met Putin on Monday`: that Monday; `Rajab` alone: None; `Ramadan 2046`:
the year, as before).
"""

from __future__ import annotations

import re

from visitx.core.datafiles import read_json
from visitx.dates.vocabulary import MONTH_WORD, is_english
from visitx.dates.weeks import WD

__all__ = ["LANGUAGES", "mask"]

LANGUAGES = frozenset({"en", None})
_HIJRI = "|".join(
    re.escape(form).replace(r"\ ", "[ -]").replace("\\-", "[ -]").replace("'", "['\u2019]")
    for forms in read_json("date_words.json")["hijri_months_latin"]
    for form in forms.split("|")
)
_HIJRI_MONTH = re.compile(rf"(?<![\w'\u2019-])(?:{_HIJRI})(?![\w'\u2019-])", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?(?: of)? $", re.IGNORECASE)  # `the 15th of Shawwal`
# A Hijri year or a day after it (`Rajab 1447`, `Safar 2`); not a Gregorian year (`Ramadan
# 2046`: the feast in a year whose Hijri days are predictions, read as the year).
_YEAR_AFTER = re.compile(r",? (?:1[3-5]\d\d|[12]?\d|30)(?!\d)")
_TABLE: dict[str, str] = read_json("english_words.json")["word_traps"]
_ABBR = _TABLE["abbreviations"]
_MONTHS = _TABLE["months"]
_LICENCES = _TABLE["licences"]
_ALONE = frozenset(_TABLE["alone_weekdays"].split("|"))
_APOSTROPHE = "['\u2019]"
# An article before the word, and no number after it (`the Sat. 9 March`, `the May of 1968`).
_AFTER_ARTICLE = re.compile(
    rf"\b(the|a|an) ({_ABBR}|{_MONTHS})\b(?!\.? ?\d| of \d)(?P<rest>.*)",
    re.IGNORECASE,
)
# `the Jan-Mar quarter`, `the Sat-Sun weekend`: the word opens a range of dates.
_RANGE_FOLLOWS = re.compile(
    rf"\.? ?(?:-|\u2013|to|through|and) ?(?:{WD}|{MONTH_WORD})", re.IGNORECASE
)
_NAME_FOLLOWS = re.compile(
    rf"(?:{_APOSTROPHE}s\b.*|[ ,.;:!?)]*$|,? (?:on|in|for|against|to|from|of|through) .*)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(rf"\b(?:{_ABBR}|may){_APOSTROPHE}s\b", re.IGNORECASE)
_TOKEN = re.compile(rf"\b(?:{_ABBR}|{_MONTHS})\b", re.IGNORECASE)
_LICENCE = re.compile(rf"\b(?:{_LICENCES})[ -]$", re.IGNORECASE)
_OTHER_DATE_WORD = re.compile(rf"\b(?:{WD}|{MONTH_WORD})", re.IGNORECASE)
# `Sat night`, `Wed evening`: a part of the day after the abbreviation.
_DAY_PART = re.compile(r"\.?,? (?:morning|afternoon|evening|night|overnight|noon|midday)\b")


def _article_trap(text: str, english: bool) -> tuple[int, int] | bool:
    """`the Sun`, `a Wed dress`, `joined the march`: an article before the word.

    True when the word makes the whole text no date (nothing, a possessive or a
    preposition after it: a name); the span of the article and the word when other
    words follow (`the Sun reported on Monday`: left out, the rest read); False if none.
    """
    for m in _AFTER_ARTICLE.finditer(text):
        if m.group(1).lower() != "the" and not english:
            continue  # `a`, `an` are words of other languages too
        word = m.group(2)
        if _RANGE_FOLLOWS.match(m.group("rest")):
            continue
        capitalised_month = word.lower() in _MONTHS.split("|") and word[0].isupper()
        if _NAME_FOLLOWS.fullmatch(m.group("rest")):
            return True
        if not capitalised_month:
            return m.start(), m.end(2)
    return False


def _unlicensed(text: str) -> bool:
    """A word with no number in the text and nothing that makes it a date."""
    if re.search(r"\d", text):
        return False
    for m in _TOKEN.finditer(text):
        word = m.group(0)
        before = text[: m.start()]
        if _LICENCE.search(before):
            continue
        if word.lower() in _MONTHS.split("|"):
            if word[0].isupper():
                continue  # `March`: the month, as dateparser reads it
            return True  # `march`, `may`: a noun, a verb, a modal
        rest = text[: m.start()] + " " + text[m.end() :]
        if text[m.end() : m.end() + 1] == "." or _OTHER_DATE_WORD.search(rest):
            continue  # `Sat.`, `Mon-Sat`
        if word.lower() in _ALONE and word.istitle() and not rest.strip(" ,;:!?()"):
            continue  # `Wed` as the whole date text: the weekday
        if _DAY_PART.match(text, m.end()):
            continue  # `Sat night`
        return True
    return False


def mask(text: str, language: str | None = None) -> str | None:
    """`text` without a word that only looks like a month or weekday, or None when such
    a word makes all of it no date (`the Sun`; `the Sun reported on Monday` is read
    as `reported on Monday`)."""
    for m in _HIJRI_MONTH.finditer(text):  # `Ramadan Kadyrov`: a name as often as a month
        if not _DAY_BEFORE.search(text, 0, m.start()) and not _YEAR_AFTER.match(text, m.end()):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    english = language == "en" or is_english(text)
    trap = _article_trap(text, english)
    if trap is True or _POSSESSIVE.search(text):
        return None
    if isinstance(trap, tuple):
        text = text[: trap[0]] + " " * (trap[1] - trap[0]) + text[trap[1] :]
    return None if english and _unlicensed(text) else text
