"""Era years: Japanese eras (`令和6年3月5日`, `平成元年`), the Minguo year (`民國113年`) and
the Thai Buddhist-era year (`20 พฤศจิกายน 2568`, `20 พ.ย. 68`).

A Japanese article may count years by the emperor's era, a Taiwanese one from the
founding of the Republic of China (1912). `rewrite` puts each such year into its
Gregorian year before the text is read (`令和6年3月5日` is read as `2024年3月5日`,
`民國113年` as `2024年`), and `Regnal.holds` then checks that the period read falls
within the era: `平成31年5月1日` is after Heisei ended (30 April 2019) and `昭和64年1月8日`
after Showa ended (7 January 1989), so they are None; so is a month or day of 明治5年 or
before, written in the lunisolar calendar Japan used until then.

An era name without a year written in digits or 元 (`令和六年`, `民國前1年`, `昭和天皇`)
makes the expression None: its other parts would be read without the year they belong to.
The eras are data (`regnal_eras` of `tables/date_words.json`), per language; without a
language, every language's, and the expression is read in the language of the era it
names (`令和6年度` is a Japanese fiscal year: None, as with `language="ja"`). Years before
1900 are None, as every Gregorian year is (`dates.calendars`), so a 明治 date before 明治33年 is.

Thai news counts years in the Buddhist era, 543 years ahead of the Gregorian one, and
writes its last two digits after a day and an abbreviated month (`20 พ.ย. 68` is 20 November 2025):
`buddhist` puts a Thai text's four-digit Buddhist year of 1900–2100 AD (2443–2643) and a
two-digit year after a day and a Thai word into Gregorian, the era's mark `พ.ศ.` before a year
dropped; a Gregorian year (`2025`) stays as it is.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from typing import Literal, NamedTuple

from visitx.dates import phrasebook, tables

__all__ = ["Regnal", "buddhist", "rewrite"]

_BUDDHIST_ERA = 543  # 2568 BE is 2025 AD
# A Buddhist year of 1900-2100 AD; two digits after a day and a Thai month (`20 พ.ย. 68`).
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(?:24[4-9]\d|25\d\d|26[0-3]\d|264[0-3])(?!\d)")
_BUDDHIST_SHORT = re.compile(r"(?<!\d)(\d{1,2} ?[\u0e01-\u0e4e][\u0e01-\u0e4e.]* ?)(\d\d)(?!\d)")
# The era's mark before its year, `พ.ศ.` (พุทธศักราช): `14 ธันวาคม พ.ศ. 2566`.
_BUDDHIST_MARK = re.compile(r"พ\.\s?ศ\.\s*(?=\d)")


class _Era(NamedTuple):
    first_year: int  # the Gregorian year of the era's first year (元年)
    first: date  # the first day a date in the era can name
    last: date | None  # its last day; None while the era goes on
    language: str  # the language whose table names it


class Regnal(NamedTuple):
    """A text with its era years in Gregorian, and the spans of the eras it named."""

    text: str
    spans: tuple[tuple[date, date | None], ...]
    language: str  # of the first era named: an expression without a language is in it

    def holds(self, start: date, end: date, precision: str) -> bool:
        """Whether a period read from `text` shares a day with every era it named (so a
        day lies within it); a year was checked against the era's years already."""
        return precision == "year" or all(
            first <= end and (last is None or start <= last) for first, last in self.spans
        )


@functools.cache
def _eras(lang: str | None) -> tuple[re.Pattern[str], dict[str, _Era]] | None:
    """The pattern of an era year (`令和6年`, `民國元年`) and each era by its names."""
    table = phrasebook.regnal_eras()
    langs = [tag for tag in table if not tag.startswith("_")] if lang is None else [lang]
    by_name: dict[str, _Era] = {}
    for tag in langs:
        for row in table.get(tag, ()):
            last = None if row["last"] is None else date.fromisoformat(row["last"])
            era = _Era(row["first_year"], date.fromisoformat(row["first"]), last, tag)
            by_name.update((name, era) for name in row["names"].split("|"))
    if not by_name:
        return None
    names = "|".join(sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?P<name>{names})(?:\s*(?P<year>\d{{1,3}}|元)\s*年)?"), by_name


def rewrite(text: str, lang: str | None) -> Regnal | Literal[False] | None:
    """`text` with each era year as its Gregorian year (`令和6年` as ` 2024年`); False
    when it names no era, None when it names one without a year that can be read."""
    found = _eras(lang)
    if found is None:
        return False
    pattern, by_name = found
    spans: list[tuple[date, date | None]] = []
    languages: list[str] = []

    def gregorian(m: re.Match[str]) -> str:
        era, number = by_name[m.group("name")], m.group("year")
        languages.append(era.language)
        count = 1 if number == "元" else int(number or 0)
        year = era.first_year + count - 1
        if count < 1 or (era.last is not None and year > era.last.year):
            spans.append((date.max, None))  # `平成32年`, `令和0年`, `昭和天皇`: no such year
        else:
            spans.append((era.first, era.last))
        return f" {year}年"

    rewritten = pattern.sub(gregorian, text)
    if not spans:
        return False
    if any(first == date.max for first, _ in spans):
        return None
    return Regnal(rewritten, tuple(spans), languages[0])


def buddhist(text: str, lang: str | None) -> str:
    """A Thai `text` with its Buddhist-era years as Gregorian ones (`20 พ.ย. 68` as `20 พ.ย.
    2025`, `14 ธันวาคม พ.ศ. 2566` as `14 ธันวาคม 2023`); any other text as it is."""
    if lang != "th":
        return text
    text = _BUDDHIST_MARK.sub("", tables.to_ascii_digits(text))
    text = _BUDDHIST_SHORT.sub(lambda m: f"{m.group(1)}25{m.group(2)}", text)
    return _BUDDHIST_YEAR.sub(lambda m: str(int(m.group(0)) - _BUDDHIST_ERA), text)
