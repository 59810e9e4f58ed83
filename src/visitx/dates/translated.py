"""Decades, centuries, quarters, halves, weekends, weekday pairs in other languages, read
as English.

`den 1990er-Jahren`, `Mitte der siebziger Jahre`, `des 21. Jahrhunderts`, `dritten
Quartal 2014`, `los años 30`, `la década de los noventa`, `el siglo XIX`, `el primer
trimestre del año pasado`, `am vergangenen Wochenende`, `este fin de semana`, `les années
1980`, `au premier semestre 2024`, `в третьем квартале 2024 года`, `в 1990-е годы`,
`2024'ün ilk yarısında`, `am Montag und Dienstag`, `du lundi au mercredi` are put into
English (`the 1990s`, `the mid-seventies`, `the 21st century`, `the third quarter of
2014`, `last weekend`, `Monday and Tuesday`, ...) and read by `dates.english`,
so they keep the precision and conventions documented there: a decade is its ten years (a two-digit
one of the 1900s only while this century's has not begun by publication), a century
its hundred years (the 20th is 1900-1999), a part of one (`Anfang der`, `mediados de`)
the whole period, a quarter three months and a half six, without a year the most recent
one begun by publication (the next one for an upcoming event), a weekend Saturday and
Sunday, as `the weekend`, `last weekend`, `this weekend` or `next weekend` read; a part
of a year (`Ende nächsten Jahres`, `finales de año`) the whole year.

The words are data (`period_phrases` in `tables/date_words.json`). An expression that
holds a decade-like token (`1990er`, `años 90`, `siglo`) but fits no construction is
None: the symbol grammar would read `1990er-Jahren` as the year 1990. The same `reject`
pattern makes None other words the grammar would pass over (a week of a date, a year in
words, an era year: `semana del 16 de septiembre`, `dos mil dieciocho`, `康熙20年9月`), and
`seasons` the seasons (`im Herbst 2023`, `осенью`, `ilkbahar 2023`: the months depend on
the hemisphere); without a language, a season of any tabled language (`بهار ۱۴۰۲`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, Literal, NamedTuple

from visitx.dates import phrasebook, tables
from visitx.dates.grammar import Cand

__all__ = ["read"]

Parse = Callable[[str], Cand | None]
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_YEAR_WORDS = {0: "this year", -1: "last year", 1: "next year"}
_PART_NOUNS = {"early": "beginning", "mid": "middle", "late": "end"}
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class _Phrases(NamedTuple):
    lead: re.Pattern[str]
    part: re.Pattern[str]
    constructions: list[tuple[str, re.Pattern[str]]]
    reject: re.Pattern[str]
    rest_lead: re.Pattern[str]
    year_part: list[re.Pattern[str]]
    words: dict[str, Any]
    years: dict[str, int]
    days: dict[str, int]  # a weekday form -> its number, Monday 0
    ands: frozenset[str]  # the words of `and` (the others of `weekdays` link a range)


@functools.cache
def _languages() -> frozenset[str]:
    return frozenset(phrasebook.period_phrases())  # read on first use, not on import


@functools.cache
def _seasons() -> re.Pattern[str]:
    """The season words of every language (`seasons`), for text of unknown language."""
    phrases = phrasebook.period_phrases()
    return re.compile("|".join(phrases[lang]["seasons"] for lang in _languages()))


@functools.cache
def _phrases(lang: str) -> _Phrases:
    words = phrasebook.period_phrases()[lang]
    parts = "|".join(sorted(words["parts"], key=len, reverse=True))
    days = {
        tables.normalize(form): day
        for day, forms in enumerate(phrasebook.weekday_forms(lang))
        for form in forms.split("|")
    }
    weekday = "(?:" + "|".join(sorted(days, key=len, reverse=True)) + ")"
    constructions = [
        (kind, re.compile(pattern.replace("{wd}", weekday)))
        for kind in ("decade", "century", "quarter", "weekend", "weekdays")
        for pattern in words.get(kind, ())
    ]
    years = {
        tables.normalize(phrase): offset
        for phrase, offset in phrasebook.relative_years(lang).items()
    }
    return _Phrases(
        lead=re.compile(rf"(?:(?:{words['lead']}) )+"),
        part=re.compile(rf"({parts}) "),
        constructions=constructions,
        reject=re.compile(f"{words['reject']}|{words['seasons']}"),
        rest_lead=re.compile(rf"(?:(?:{words['rest_lead']}) )+"),
        year_part=[re.compile(pattern) for pattern in words["year_part"]],
        words=words,
        years=years,
        days=days,
        ands=frozenset(tables.normalize(word) for word in phrasebook.and_words(lang)),
    )


def read(text: str, lang: str | None, parse: Parse) -> Cand | Literal[False] | None:
    """The period of a decade, century, quarter or half in `lang`, read by `parse` (the
    English rules) once put into English; None when `text` is such a phrase but unsure;
    False when it is none (or `lang` has no such phrases)."""
    norm = " ".join(re.sub(r"[,;:()\"«»„“”]", " ", tables.normalize(text)).split())
    if lang is None:  # `بهار ۱۴۰۲`, `Herbst 2023`: a season in any language is None
        return None if _seasons().search(norm) else False
    if lang not in _languages():
        return False
    phrases = _phrases(lang)
    body = _strip(phrases.lead, norm)
    found = _construction(body, "", phrases, parse)
    part = phrases.part.match(body)
    if found is False and part:  # `Mitte der siebziger Jahre`, `Ende nächsten Jahres`
        prefix, rest = phrases.words["parts"][part.group(1)], body[part.end() :]
        years = _fullmatches(phrases.year_part, rest)
        if years:
            year = _year_part(years[0], phrases)
            return None if year is None else parse(_part_of_year(prefix, year))
        found = _construction(_strip(phrases.lead, rest), f"{prefix} ", phrases, parse)
    if found is not False:
        return found
    return None if phrases.reject.search(norm) else False


def _construction(
    body: str, prefix: str, phrases: _Phrases, parse: Parse
) -> Cand | Literal[False] | None:
    """The period of a decade, century, quarter, half or weekend `body` (after a part
    `prefix`: `mid `), False when `body` is none of them."""
    for kind, pattern in phrases.constructions:
        m = pattern.fullmatch(body)
        if m is None:
            continue
        if kind in ("weekend", "weekdays"):
            english = None if prefix else (_weekend if kind == "weekend" else _weekdays)(m, phrases)
            return None if english is None else parse(english)
        english = _english(kind, m, phrases)
        if english is not None and english.split()[0] in ("last", "next", "this"):
            return None if prefix else parse(english)  # `last quarter`, not `the last quarter`
        return None if english is None else parse(f"the {prefix}{english}")
    return False


def _strip(lead: re.Pattern[str], text: str) -> str:
    m = lead.match(text)
    return text[m.end() :] if m else text


def _english(kind: str, m: re.Match[str], phrases: _Phrases) -> str | None:
    groups = m.groupdict()
    if kind == "decade":
        num = groups.get("num")
        tens = num if num else str(phrases.words["decade_words"].get(groups.get("word"), ""))
        return None if not tens else (f"{tens}s" if len(tens) == 4 else f"'{tens}s")
    if kind == "century":
        number = int(groups["num"]) if groups.get("num") else _roman(groups.get("roman") or "")
        return None if not number else f"{number}{_suffix(number)} century"
    unit = phrases.words["quarter_units"][groups["unit"]]
    rest = groups.get("rest")
    ordinal = phrases.words["ordinals"].get(groups["ord"])
    if groups["ord"] in phrases.words["last_ordinals"].split("|") and rest is not None:
        ordinal = "fourth" if unit == "quarter" else "second"  # `el último trimestre de 1999`
    relative = phrases.words.get("relative_ordinals", {}).get(groups["ord"])
    if rest is None and relative is not None and unit == "quarter":
        return f"{relative} {unit}"  # `im vergangenen Quartal`, `el próximo trimestre`
    if ordinal is None or (unit == "half" and ordinal not in ("first", "second")):
        return None
    if rest is None:
        return f"{ordinal} {unit}"
    year = _year(_strip(phrases.rest_lead, rest), phrases)
    return None if year is None else f"{ordinal} {unit} of {year}"


def _fullmatches(patterns: list[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    return [m for m in (pattern.fullmatch(text) for pattern in patterns) if m]


def _year_part(m: re.Match[str], phrases: _Phrases) -> str | None:
    """The year after a part (`nächsten Jahres`: next year), `the year` for the idiom
    `finales de año`, None for another phrase (`des Jahres`: perhaps the story's year)."""
    groups = m.groupdict()
    return "the year" if groups.get("bare") else _year(groups["rest"], phrases)


def _part_of_year(part: str, year: str) -> str:
    """`late next year`, `early 2015`, `the end of the year` (English's forms)."""
    if year == "the year":
        return f"the {_PART_NOUNS[part]} of the year"
    return f"{part} {year}"


def _weekend(m: re.Match[str], phrases: _Phrases) -> str | None:
    """`the weekend`, `last weekend`, `this weekend`, `next weekend`; None for other words."""
    words = [w for w in m.groupdict().values() if w]
    which = {phrases.words["weekend_words"].get(word) for word in words}
    if None in which or len(which) > 1:
        return None
    return f"{which.pop()} weekend" if which else "the weekend"


def _weekdays(m: re.Match[str], phrases: _Phrases) -> str:
    """`Monday and Tuesday`, `Monday to Wednesday`: two weekdays joined, in English."""
    first, second = (_DAY_NAMES[phrases.days[m.group(group)]] for group in ("first", "second"))
    return f"{first} {'and' if m.group('link') in phrases.ands else 'to'} {second}"


def _year(rest: str, phrases: _Phrases) -> str | None:
    """`2014`, `this year`, `last year`: the year a quarter's `rest` names, in English."""
    if re.fullmatch(r"\d{4}", rest):
        return rest
    offset = phrases.years.get(rest)
    return None if offset is None else _YEAR_WORDS.get(offset)


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral up to L (`xix` is 19), None when ill-formed."""
    values = [_ROMAN[c] for c in numeral if c in _ROMAN]
    if not values or len(values) != len(numeral):
        return None
    total = sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))
    return total if 0 < total <= 21 else None


def _suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
