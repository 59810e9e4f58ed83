"""Era markers beside a year: `88 до н. э.`, `44 v. Chr.`, `2024 م`, `AD 2024`, `公元前88年`.

A news date is a Gregorian year of the common era; an era marker beside a year says so,
or says the opposite. `mark` rewrites each marker of normalized text (`dates.symbols.
prepare`, numeric dates already placeholders) into a symbol the grammar reads:

* before Christ, with any year (`88 до н. э.`, `1988 BC`, `MÖ 88`): `tables.ERA_STOP`,
  a stop symbol, so the whole expression is None – there is no Gregorian news date;
* after Christ with a four-digit year (`2024 م`, `2024 n. Chr.`, `AD 2024`):
  `tables.ERA_GREGORIAN`, the Gregorian calendar marker, so the year is that year;
* after Christ with any other year (`88 n. Chr.`, `10 أغسطس 88 م`): the stop symbol –
  the year 88, or 1988 written short?

The marker words are `era_markers` of `tables/date_words.json`, per language; without a
language, every language's.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from visitx.dates import phrasebook, tables

if TYPE_CHECKING:
    from visitx.dates.symbols import Numeric

__all__ = ["mark"]

_NUMBER = "(?:\\d+|\ue000\\d+\ue001)"  # digits, or a numeric date's placeholder


def _pattern(form: str) -> str:
    """A regex for one normalized form: spaces around a dot optional, the last dot too."""
    norm = tables.normalize(form)
    tokens = tables.tokenize(norm)
    out = ""
    for i, token in enumerate(tokens):
        if i:
            spaced = tokens[i - 1].end < token.start
            words = tokens[i - 1].kind in "WCN" and token.kind in "WCN"
            out += r"\s+" if spaced and words else r"\s*"
        out += re.escape(token.text)
        if token.kind in "PD" and i == len(tokens) - 1 and i:
            out += "?"
    return out


def _either(forms: set[str]) -> str:
    patterns = sorted({_pattern(form) for form in forms}, key=len, reverse=True)
    return "|".join(patterns) or "(?!)"


@functools.cache
def _regexes(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The patterns of a year followed by a marker, and of a marker followed by a year."""
    tags = tables.language_tags()
    chosen = sorted({t for ts in tags.values() for t in ts}) if lang is None else tags.get(lang)
    if chosen is None:
        return None
    forms: dict[str, set[str]] = {"bc": set(), "ad": set(), "lead": set(), "year_words": set()}
    for tag in chosen:
        for kind, found in phrasebook.era_markers(tag).items():
            forms[kind].update(found)
    lead_bc, lead_ad = forms["lead"] & forms["bc"], forms["lead"] & forms["ad"]
    year = rf"(?:\s*(?:{_either(forms['year_words'])})\.?)?" if forms["year_words"] else ""
    after = re.compile(
        rf"(?<![^\W_])(?P<num>{_NUMBER})(?P<gap>{year}\s*)"
        rf"(?:(?P<bc>{_either(forms['bc'])})|(?P<ad>{_either(forms['ad'])}))(?![^\W\d_])"
    )
    lead = re.compile(
        rf"(?<![^\W\d_])(?:(?P<bc>{_either(lead_bc)})|(?P<ad>{_either(lead_ad)}))"
        rf"\s*(?P<num>{_NUMBER})(?!\d)"
    )
    return after, lead


def _full_year(number: str, numerics: list[Numeric]) -> bool:
    """Whether `number` (digits or a placeholder) ends in a year written with four digits."""
    if number.startswith("\ue000"):
        found = numerics[int(number[1:-1])]
        return found.order != "dm" and not found.short_year
    return len(number) == 4


def mark(norm: str, lang: str | None, numerics: list[Numeric]) -> str:
    """`norm` with its era markers as `tables.ERA_STOP` or `tables.ERA_GREGORIAN`."""
    found = _regexes(lang)
    if found is None:
        return norm
    after, lead = found
    stop, gregorian = f" {tables.ERA_STOP} ", f" {tables.ERA_GREGORIAN} "

    def after_year(m: re.Match[str]) -> str:
        if m.group("bc") is not None or not _full_year(m.group("num"), numerics):
            return stop
        return m.group("num") + m.group("gap") + gregorian

    def before_year(m: re.Match[str]) -> str:
        if m.group("bc") is not None or not _full_year(m.group("num"), numerics):
            return stop
        return f" {m.group('num')}{gregorian}"

    return lead.sub(before_year, after.sub(after_year, norm))
