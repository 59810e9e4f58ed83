"""Holidays whose day moves, read as dates: `Easter 2024`, `over the Easter weekend`,
`on Good Friday`, `Whit Monday`, `Martin Luther King Jr. Day`, `the August bank
holiday`, `Eid al-Adha`, `during Ramadan`, `on the eve of Nowruz`, `Kurban Bayramı'nda`,
`عيد الفطر`, `Pfingstmontag`, `le lundi de Pâques`, `中秋节`, `Chinese New Year`.

The names, the rule of each holiday and the words around them are data
(`tables/holiday_words.json`); the days come from `dates.feasts`. The whole expression
must be the holiday, after words that open it (`on`, `over the`, `pendant le`) and
before a year: `Easter Island`, `the Good Friday Agreement` or `Ramadan Kadyrov` are no
holiday. A year written with it picks that year (a Hijri or Solar Hijri year for a
feast of that calendar, `نوروز ۱۴۰۳`; a Gregorian year holding two such feasts is
None); without one, the publication date and the tense pick the most recent one
started (past) or the next one not over (future), like a day without its year.
`the eve of X` (`накануне X`, `X arifesinde`) is the day before a one-day holiday.
A this/last/next year or month after an English name (`Easter last year`, `during Eid
al-Adha last month`, `relative_trails`) picks the one feast that starts in that period,
counted from publication (None when none or two do: they were the year or the month).
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta
from typing import Literal

from visitx.core.datafiles import read_json
from visitx.dates import feasts, phrasebook, tables
from visitx.dates.calendars import from_gregorian
from visitx.dates.grammar import Cand

__all__ = ["nearest", "read"]

_TABLE = read_json("holiday_words.json")


def _forms(forms: str) -> str:
    """`forms` normalized as the text is, as regex alternatives; a form ending in ` #`
    is read only with a year after it (`Ramadan 2026`, not `Ramadan` alone)."""
    return "|".join(
        re.escape(tables.normalize(form.removesuffix(" #")))
        + (r"(?=,? \d)" if form.endswith(" #") else "")
        for form in phrasebook.split_forms(forms)
    )


@functools.cache
def _patterns(lang: str) -> tuple[re.Pattern[str], list[tuple[str, re.Pattern[str]]]] | None:
    """The pattern of the leads and eves of `lang`, and one name pattern per holiday."""
    names = _TABLE["names"].get(lang)
    if names is None:
        return None
    suffix = _TABLE["suffixes"].get(lang, "")
    ending = rf"(?:{suffix})?" if suffix else ""
    year = r"(?:,? (?P<year>\d{4})(?:年)?)?"
    lead_year = r"(?P<lead_year>\d{4}) ?年?"
    if lang in _TABLE["relative_year_leads"]:  # `今年春节`, `去年中秋节`: that year's
        relative = "|".join(phrasebook.relative_years(lang))
        lead_year += rf"|(?P<relative_year>{_forms(relative)}) ?"
    lead_year = rf"(?:{lead_year})?"
    trails = _TABLE["relative_trails"].get(lang)
    if trails:  # `Easter last year`, `Eid al-Adha last month`
        year = rf"(?:{year}|(?: (?P<trail>{_forms('|'.join(trails))})))"
    eves = _TABLE["eves"].get(lang, "")
    eve = rf"(?:(?P<eve>{_forms(eves)}) ?)?" if eves else ""
    eve_after = rf"(?: ?(?P<eve_after>{_forms(eves)}))?" if eves else ""
    rules = [
        (key, re.compile(rf"{eve}{lead_year}(?:{_forms(forms)}){ending}{year}{eve_after}"))
        for key, forms in names.items()
    ]
    leads = _TABLE["leads"].get(lang, "")
    lead = re.compile(rf"(?:{_forms(leads)})(?: |(?<='))" if leads else r"(?!)")
    return lead, rules


def read(
    text: str, lang: str, pub: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """The period of a holiday that `text` names, None when unsure which one; False
    when `text` names no holiday of the table."""
    patterns = _patterns(lang)
    if patterns is None:
        return False
    lead, rules = patterns
    rest = tables.normalize(text).strip(" .,")
    led = lead.match(rest) is not None  # `an Ostern`, `im Ramadan`, `on Easter`
    while True:
        for key, pattern in rules:
            found = pattern.fullmatch(rest)
            if found is not None and (led or _bare(lang, found)):
                return _resolve(_TABLE["rules"][key], found, pub, ahead)
        opening = lead.match(rest)
        if opening is None or not opening.group():
            return False
        rest = rest[opening.end() :]


def _bare(lang: str, found: re.Match[str]) -> bool:
    """Whether a name with no word before it is read: always, but in a language whose
    dates take a preposition (`bare_names`: German `an Ostern`, `zu Pfingsten`) only
    with a year or an eve; there the bare name is the feast (`Fronleichnam und viele
    andere Festtage`)."""
    marked = found.group("year") or found.group("lead_year") or _eve(found)
    return bool(marked) or lang not in _TABLE["prepositional"]


def _relative_year(found: re.Match[str], pub: date | None) -> int | None:
    """The Gregorian year a this/last/next-year word before the name picks (`去年`: the
    year before publication's), None without one or without a publication date."""
    word = found.groupdict().get("relative_year")
    if word is None or pub is None:
        return None
    offsets = {
        tables.normalize(form): offset
        for lang in _TABLE["relative_year_leads"]
        for form, offset in phrasebook.relative_years(lang).items()
    }
    return pub.year + offsets[word] if word in offsets else None


def _eve(found: re.Match[str]) -> str | None:
    return found.groupdict().get("eve") or found.groupdict().get("eve_after")


def _resolve(
    rule: str, found: re.Match[str], pub: date | None, ahead: bool
) -> Cand | Literal[False] | None:
    """The period `rule` names with the year written or the one the tense picks; False
    (read as the year, like `Christmas 2019`) for a Gregorian year holding two such
    feasts (`Eid al-Adha 1974`) or one beyond `hijri_until`, the last year whose Hijri
    feast days are taken as known (later tables are predictions that differ by a day)."""
    eve = _eve(found)
    if eve and ".." in rule:
        return None  # the eve of a period of days
    written = found.group("year") or found.group("lead_year")
    relative = _relative_year(found, pub)  # `去年中秋节`: publication's year less one
    if found.groupdict().get("relative_year") and relative is None:
        return None  # no publication date to count the year from
    year = int(written) if written else relative
    trail = found.groupdict().get("trail")
    if trail:
        span = _trailed(rule, trail, pub)
    else:
        span = _written(rule, year) if year is not None else nearest(rule, pub, ahead)
    if span is None:
        return False if year is not None else None
    start, end = span
    if eve:
        start = end = start - timedelta(days=1)
    return Cand(start, end, "day", "gregorian", inferred=not written)


def _years(rule: str, gregorian_year: int) -> range:
    """The years of the rule's calendar that may hold a day of `gregorian_year`."""
    cal = feasts.base_calendar(rule)
    if cal == "gregorian":
        return range(gregorian_year - 1, gregorian_year + 2)
    converted = from_gregorian(cal, date(gregorian_year, 7, 1))
    if converted is None:
        return range(0)
    return range(converted[0] - 2, converted[0] + 3)


def _written(rule: str, year: int) -> tuple[date, date] | None:
    """The one period of `rule` in a written year: of its own calendar when the year is
    one (`نوروز ۱۴۰۳`, Hijri 1445), else the one starting in that Gregorian year."""
    if feasts.base_calendar(rule) != "gregorian" and year < 1700:
        return feasts.occurrence(rule, year)
    if not 1900 <= year <= _known_until(rule):
        return None
    return _one_starting(rule, date(year, 1, 1), date(year, 12, 31))


def _trailed(rule: str, trail: str, pub: date | None) -> tuple[date, date] | None:
    """The one period of `rule` starting in the year or month `trail` counts from `pub`."""
    unit, offset = _trails()[trail]
    if pub is None or not 1901 <= pub.year + offset < _known_until(rule):
        return None
    if unit == "year":
        first, last = date(pub.year + offset, 1, 1), date(pub.year + offset, 12, 31)
    else:
        months = pub.year * 12 + pub.month - 1 + offset
        first = date(months // 12, months % 12 + 1, 1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return _one_starting(rule, first, last)


@functools.cache
def _trails() -> dict[str, tuple[str, int]]:
    """English `relative_trails` (`last year`, `next month`): form -> (unit, offset)."""
    table = _TABLE["relative_trails"]["en"].items()
    return {tables.normalize(form): (unit, offset) for form, (unit, offset) in table}


def _one_starting(rule: str, first: date, last: date) -> tuple[date, date] | None:
    """The one period of `rule` that starts between `first` and `last`, or None (none, or
    two)."""
    spans = {span for y in _years(rule, first.year) if (span := feasts.occurrence(rule, y))}
    inside = [span for span in spans if first <= span[0] <= last]
    return inside[0] if len(inside) == 1 else None


def _known_until(rule: str) -> int:
    """The last year whose periods of `rule` are known (Hijri feasts: the table's)."""
    return int(_TABLE["hijri_until"]) if feasts.base_calendar(rule) == "hijri" else 2099


def nearest(rule: str, pub: date | None, ahead: bool) -> tuple[date, date] | None:
    """The most recent period started by `pub` (past) or the next not over (future)."""
    if pub is None or not 1901 <= pub.year < _known_until(rule):
        return None
    found = [feasts.occurrence(rule, y) for y in _years(rule, pub.year)]
    if None in found and feasts.base_calendar(rule) == "gregorian":
        return None  # `lunar_unsure`: that year's day is unsure, so which one is nearest
    spans = sorted(span for span in found if span)
    if ahead:
        return next((span for span in spans if span[1] >= pub), None)
    return next((span for span in reversed(spans) if span[0] <= pub), None)
