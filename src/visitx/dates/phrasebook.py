"""The phrase tables of `tables/date_words.json` that readers other than the symbol
lexicon use: relative-expression grammars (`3 days ago`), period phrases read as
English (`dates.translated`), era names, weekday words of a week (`上周五`), `and` words,
era markers and week numbers (`KW 45`, `semaine 45`, `第45周`: `dates.weeknumbers`).

`dates.tables` builds the symbol lexicons from the same file.
"""

from __future__ import annotations

from typing import Any

from visitx.core.datafiles import read_json

_FILE = "date_words.json"


def table(name: str) -> Any:
    """One table of `tables/date_words.json` (read once, on first use)."""
    return read_json(_FILE)[name]


def split_forms(forms: str) -> list[str]:
    """The forms of a `|`-separated string of forms, empty ones left out."""
    return [form for form in forms.split("|") if form]


def relative_units(lang: str) -> dict[str, Any] | None:
    """The relative-expression grammar of `lang` (`3 days ago`, `last week`), if any."""
    found: dict[str, Any] | None = table("relative_units").get(lang)
    return found


def period_phrases() -> dict[str, dict[str, Any]]:
    """Decades, centuries, quarters and halves per language (`dates.translated`)."""
    found: dict[str, dict[str, Any]] = table("period_phrases")
    return {lang: words for lang, words in found.items() if not lang.startswith("_")}


def regnal_eras() -> dict[str, Any]:
    """Era names per language with their first Gregorian year and span (`dates.regnal`)."""
    found: dict[str, Any] = table("regnal_eras")
    return found


def relative_years(lang: str) -> dict[str, int]:
    """The words of `lang` for this, last and next year, with their offsets."""
    found: dict[str, int] = table("relative_years").get(lang, {})
    return found


def week_weekdays() -> dict[str, dict[str, str]]:
    """Per language, the prefixes of a weekday of last, this or next week (`上周五`)."""
    found: dict[str, dict[str, str]] = table("week_weekdays")
    return {lang: words for lang, words in found.items() if not lang.startswith("_")}


def weekday_forms(lang: str) -> list[str]:
    """The weekday words of `lang`, Monday first, forms separated by `|`."""
    forms: list[str] = table("weekdays").get(lang, [])
    return forms


def sunday_unsure() -> frozenset[str]:
    """Languages whose `this` + weekday is None for a Sunday (Sunday-first calendars)."""
    return frozenset(split_forms(table("this_words")["sunday_unsure"]))


def and_words(lang: str) -> list[str]:
    """The words of `lang` that join two dates or counts (`and`, `und`, `ve`)."""
    return split_forms(table("and_words").get(lang, ""))


def era_markers(tag: str) -> dict[str, list[str]]:
    """The era marker forms of `tag` by kind (`bc`, `ad`, `lead`, `year_words`), as written."""
    found: dict[str, str] = table("era_markers").get(tag, {})
    return {kind: split_forms(forms) for kind, forms in found.items()}


def week_numbers() -> dict[str, dict[str, Any]]:
    """Per language, the patterns of a week number of a year (`KW 45`, `第45周`)."""
    found: dict[str, dict[str, Any]] = table("week_numbers")
    return {lang: words for lang, words in found.items() if not lang.startswith("_")}
