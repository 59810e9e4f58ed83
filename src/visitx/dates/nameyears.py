"""A year after a name: `Vision 2030`, `Agenda 2063`, `Expo 2020`, `Euro 2020`.

News English names plans, programmes, exhibitions and tournaments by a capitalised noun
and a year: Saudi Arabia's `Vision 2030`, the African Union's `Agenda 2063`, the EU's
`Horizon 2020`, `Expo 2020` (held in 2021-22), `Euro 2020` (played in 2021), and laws
and cohorts too (`the Defence Act 1990`, `the Inflation Reduction Act of 2022`, `the
Class of 2024`, with `of` between). The year
belongs to the name and dates no visit; read as a date it is the year, often the wrong
one. An English text (or one of unknown language) in which such a noun
(`tables/english_words.json` `year_names`), capitalised, stands right before a year
names no date: None, as `the 2020 Olympics` is. Other words before a year keep it
(`In 2019`, `Thanksgiving 2025`, `Diwali 2024`: a feast with its year is that year).
Other languages name them alike (`رؤية 2030`, `Agenda 2030`, `Vizyon 2030`,
`Стратегия-2030`, `Олимпиада-2014`): their nouns (`year_names` of
`tables/date_words.json`) right before a year, a space or a hyphen between, in any case.
Languages that build compounds put the year first, joined by a hyphen (`2030-målet`, the
2030 goal; `2030-strategien`, `2030-tavoite`): those nouns (`year_names_after`) end the
word after the year.
"""

from __future__ import annotations

import functools
import re

from visitx.core.datafiles import read_json
from visitx.dates import phrasebook, tables

__all__ = ["named_year"]

_NOUNS: str = read_json("english_words.json")["year_names"]
# `Vision 2030`, `Expo 2020`, `Act of 2022`: the noun capitalised, a year of 1900-2099,
# no date after it.
_NAME_YEAR = re.compile(
    rf"(?<![\w'\u2019.-])(?:{_NOUNS.title()}|{_NOUNS.upper()}) (?:of )?(?:19|20)\d\d"
    r"(?![\w.,/\u2013-]?\d)"
)


def _nouns(table: str, lang: str | None) -> str | None:
    """The nouns of `table` for `lang` (of every language for None) as one alternation of
    normalized forms, longest first; None when `lang` has none."""
    names = {k: v for k, v in phrasebook.table(table).items() if k != "_comment"}
    chosen = list(names.values()) if lang is None else [names[lang]] if lang in names else []
    forms = {tables.normalize(f) for forms in chosen for f in phrasebook.split_forms(forms)}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or None


@functools.cache
def _other(lang: str | None) -> re.Pattern[str] | None:
    """The nouns of `lang` (of every language for None) before a year, or after a year and
    a hyphen in one word (`2030-målet`), on normalized text."""
    before, after = _nouns("year_names", lang), _nouns("year_names_after", lang)
    # A year of four digits (a Solar Hijri one too: `چشم‌انداز ۱۴۰۴`), no date after it.
    found = [rf"(?<![\w'.-])(?:{before})[ -]?\d{{4}}(?![\w.,/\u2013-]?\d)"] if before else []
    if after:
        found.append(rf"(?<![\w'.-])\d{{4}}-(?:{after})(?![\w-])")
    return re.compile("|".join(found)) if found else None


def named_year(text: str, lang: str | None) -> bool:
    """Whether `text` holds a year after a name (in English, in `lang`, or for None in any
    language)."""
    if lang in ("en", None) and _NAME_YEAR.search(text) is not None:
        return True
    other = None if lang == "en" else _other(lang)
    return other is not None and other.search(tables.normalize(text)) is not None
