"""Relative expressions at the level of days and above: `3 days ago`, `last week`.

Each language has a small grammar in `tables/date_words.json` (`relative_units`):
unit words (day, week, month, year, with their plural and case forms), the number
words one to ten (each with its forms; `more_numbers` adds eleven to twenty, the tens
and a hundred), and templates for five constructions, where
`{n}` is a count and `{u}` a unit:

A `parts` regex (German, French, Spanish, Russian, Arabic, Persian) may stand before last,
this and next: a part of the period is the whole period, as in English (`Ende vergangener
Woche`, `au début du mois prochain`, `a finales de la semana pasada`, `в конце прошлого
месяца`, `في نهاية الشهر الماضي`, `در پایان ماه گذشته`; Arabic `في وقت سابق من هذا
العام` as English `earlier this year`, None when no part of the period lies on that side
of publication); Turkish, Azerbaijani and Kazakh
write the part after the period, in their templates (`geçen ayın sonunda`, `өткен айдың
соңында`), with the adjectival `last week's` (`geçen haftaki`, `өткен аптадағы`).

A `decade` unit counts ten years (`a decade ago`: the year ten years back), a
`fortnight` two weeks; `last decade` is None (the 2010s, or the ten years before
publication?). A plural unit after last/this/next (`the coming weeks`, `den letzten
Wochen`, listed per language under `plural`) is vague and None.

* `ago`: `{n} {u} ago`, `il y a {n} {u}`, `{n}{u}前` — n units before publication
  (`{d}`: a dual unit form, two units: Arabic `منذ أسبوعين` "two weeks ago", or a
  word that counts its unit, `counted`: Korean `사흘 전` "three days ago");
* `ahead`: `in {n} {u}`, `dans {n} {u}` — n units after it;
* `later`: `{n} {u} sonra`, `через {n} {u}`, `{n}{u}后` — n units after it for an upcoming
  event only (`ahead`): of a past one they count from another event of the story;
  `following` (`هفته بعد`, `다음 해`) likewise is `next` only for an upcoming event;
* `last`, `this`, `next`: `last {u}`, `geçen {u}`, `上{u}`, `지난{u}` — the previous,
  current or following calendar week, month or year (days have their own words:
  `yesterday`, `dün`).

The expression must be exactly one such construction (after normalization), so a
relative phrase inside a longer text is never half-read. The result carries the
precision of its unit: a day is a day, a week the Monday-to-Sunday range (Saturday to
Friday in Persian and Pashto; None for Arabic last/this/next week, whose start is
Saturday or Sunday by country, and for Chinese, Japanese and Korean ones told on a
Sunday, where calendars starting the week on Sunday name another week; so for English
`last week` and `next week` told on a Sunday, and `this week` of an upcoming event: US
calendars start the week on Sunday), a month or a
year the whole month or year, counted in the Solar Hijri calendar for Persian, Dari
and Pashto. Counts are bounded (a year count above 100 is no relative date: `2013
years ago` is not the year 2013 ago); a bare `月`/`日` after a number (`3月前`: before
March?) is no count in Chinese and Japanese.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from visitx.dates import phrasebook, tables

__all__ = ["Relative", "counted_offset", "relative"]

_OFFSETS = {"last": -1, "this": 0, "next": 1}
# Said of a story as well (`3 gün sonra`, `هفته بعد`: after another event): counted from
# publication only for an upcoming event, as the construction named here.
_STORY = {"later": "ahead", "following": "next"}
_MAX_COUNT = {"day": 366, "week": 104, "month": 120, "year": 100, "decade": 10,
              "fortnight": 52}  # fmt: skip
# Units counted in another: `a decade ago` is ten years back, `a fortnight ago` two weeks.
_MULTIPLES = {"decade": ("year", 10), "fortnight": ("week", 2)}
_SOLAR = frozenset({"fa", "ps"})
_UNSPACED = frozenset({"zh", "ja"})


class Relative(NamedTuple):
    """A resolved relative expression: Gregorian first and last day, and precision."""

    start: date
    end: date
    precision: str  # day | month | year
    calendar: str  # the calendar the months and years were counted in


class _Grammar(NamedTuple):
    patterns: tuple[tuple[str, re.Pattern[str]], ...]  # (construction, full-match regex)
    units: dict[str, str]  # normalized unit form -> unit
    numbers: dict[str, int]  # normalized number word -> value
    plural: frozenset[str]  # normalized plural unit forms (`weeks`): vague after last/next
    dual: dict[str, int]  # unit forms with their count (Arabic `أسبوعين` two, Korean `사흘` 3)
    uncounted: frozenset[str]  # unit forms that after a number may be a name (`3月前`)
    week_starts: tuple[int, ...]  # the first day of a week (Monday 0); several: unsure
    week_also: frozenset[int]  # a first day of other calendars (Sunday in Taiwan, Japan)
    past_this_kept: bool  # `this week` of a past event told on that day: the week ending


@functools.cache
def _grammar(lang: str) -> _Grammar | None:
    table = phrasebook.relative_units(lang)
    if table is None:
        return None
    units = {
        tables.normalize(form): unit
        for unit, forms in table["units"].items()
        for form in forms.split("|")
    }
    numbers = {
        tables.normalize(word): value
        for value, forms in enumerate(table["numbers"], start=1)
        for word in forms.split("|")
    }
    for value, forms in table.get("more_numbers", {}).items():  # eleven to twenty, tens
        numbers.update({tables.normalize(word): int(value) for word in forms.split("|")})
    alternation = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    dual = {
        tables.normalize(form): unit
        for unit, forms in table.get("dual", {}).items()
        for form in forms.split("|")
    }
    counts_of = dict.fromkeys(dual, 2)
    for unit, words in table.get("counted", {}).items():  # Korean `사흘`: three days
        dual.update({tables.normalize(word): unit for word in words})
        counts_of.update({tables.normalize(word): n for word, n in words.items()})
    duals = "|".join(re.escape(u) for u in sorted(dual, key=len, reverse=True))
    units.update(dual)
    counts = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
    pair = rf"(?:\d{{1,4}}|{counts}) (?:{alternation})"
    joiner = "|".join(re.escape(tables.normalize(w)) for w in phrasebook.and_words(lang)) or "and"
    patterns = []
    # `Ende vergangener Woche`, `в конце прошлого месяца`: a part is the whole period
    parts = rf"(?:(?:{tables.normalize(table['parts'])}) )?" if "parts" in table else ""
    for construction in ("ago", "ahead", "later", "last", "this", "following", "next"):
        for template in table.get(construction, ()):
            regex = tables.normalize(template)
            regex = parts + regex if construction in _OFFSETS else regex
            # `2 years and 3 months ago`: several counts of units, the finest one sets
            # the precision. Only the spaced `{n} {u}` of a template takes them.
            several = rf"(?P<seq>{pair}(?:(?:, ?| | (?:{joiner}) ){pair})+)"
            regex = regex.replace("{n} {u}", f"(?:{several}|{{n}} {{u}})")
            regex = regex.replace("{n}", rf"(?P<n>\d{{1,4}}|{counts})")
            regex = regex.replace("{d}", rf"(?P<u>{duals})")  # a dual: no count written
            regex = regex.replace("{u}", rf"(?P<u>{alternation})")
            patterns.append((construction, re.compile(regex)))
    plural = frozenset(tables.normalize(w) for w in table.get("plural", "").split("|") if w)
    uncounted = frozenset(tables.normalize(w) for w in table.get("uncounted", "").split("|") if w)
    days = [day.lower() for day in calendar.day_name]
    starts = tuple(days.index(day) for day in table.get("week_start", "monday").split("|"))
    also = frozenset(days.index(day) for day in table.get("week_start_also", "").split("|") if day)
    kept = bool(table.get("week_start_also_past_this"))
    return _Grammar(
        tuple(patterns), units, numbers, plural, counts_of, uncounted, starts, also, kept
    )


def relative(
    norm: str,
    lang: str,
    published: date,
    period: Callable[[str, int, int | None], tuple[date, date] | None],
    today_in: Callable[[str, date], tuple[int, int, int] | None],
    *,
    ahead: bool,
) -> Relative | None:
    """The period a normalized relative expression names, or None.

    `period(cal, year, month)` gives the Gregorian span of a month or year written in
    `cal`; `today_in(cal, day)` converts a Gregorian day to `cal`. `ahead`: the event
    is upcoming (`tense="future"`), the only case a `later` template is read in.
    """
    grammar = _grammar(lang)
    if grammar is None:
        return None
    text = norm.strip(" .,;:!?()[]\"'«»")
    text = re.sub(r"\s+", "" if lang in _UNSPACED else " ", text)
    for name, pattern in grammar.patterns:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        if name in _STORY and not ahead:
            return None  # `3 gün sonra` of a past event: after another event of the story
        construction = _STORY.get(name, name)
        if m.groupdict().get("seq"):
            return _several(m.group("seq"), construction, published, lang, grammar)
        unit = grammar.units[m.group("u")]
        if construction in _OFFSETS and m.group("u") in grammar.plural:
            return None  # `the coming weeks`, `the last years`: how many?
        if construction not in _OFFSETS and m.group("u") in grammar.uncounted:
            return None  # `3月前`: three months ago, or before March?
        if (
            unit == "week"
            and construction in _OFFSETS
            and (
                len(grammar.week_starts) > 1 or _other_week(grammar, published, construction, ahead)
            )
        ):
            return None  # `الأسبوع الماضي`: from Saturday or Sunday? `先週` told on a Sunday
        if construction in _OFFSETS:
            if unit == "day" or unit in _MULTIPLES:
                # `last decade`: the 2010s, or the ten years before publication?
                # "Last day" is not "yesterday", and the pattern would misread words:
                # `来日` is a visit to Japan, `先日` "the other day", `上天` heaven.
                return None
            count = _OFFSETS[construction]
        else:
            raw = m.groupdict().get("n")
            implied = grammar.dual.get(m.group("u"), 1)
            n = implied if raw is None else int(raw) if raw.isdigit() else grammar.numbers[raw]
            if not 0 < n <= _MAX_COUNT[unit]:
                return None
            count = -n if construction == "ago" else n
        if unit in _MULTIPLES:
            unit, count = _MULTIPLES[unit][0], _MULTIPLES[unit][1] * count
        cal = "jalali" if lang in _SOLAR else "gregorian"
        start = grammar.week_starts[0] if len(grammar.week_starts) == 1 else 0  # any holds n weeks
        found = _resolve(unit, count, published, (cal, start), period, today_in)
        return None if found is None or _no_part_left(lang, text, found, published) else found
    return None


def _no_part_left(lang: str, text: str, found: Relative, published: date) -> bool:
    """Whether `text` names a part of `found` before or after publication (the table's
    `earlier_part`, `later_part`) that is empty: `في وقت سابق من هذا الشهر` told on the
    1st, as English `earlier this month`."""
    table = phrasebook.relative_units(lang) or {}
    earlier, later = (
        tables.normalize(table.get(side, "(?!)")) for side in ("earlier_part", "later_part")
    )
    if re.match(earlier, text):
        return found.start >= published
    return bool(re.match(later, text)) and found.end <= published


def _other_week(grammar: _Grammar, published: date, construction: str, ahead: bool) -> bool:
    """Whether a calendar starting the week on the publication day names another week
    (`last week` told on a Sunday in US English); `this week` of a past event told
    then is the week ending that day where the table says so."""
    if published.weekday() not in grammar.week_also:
        return False
    return not (construction == "this" and not ahead and grammar.past_this_kept)


_UNITS = ("year", "month", "week", "day")  # coarsest first


def _several(
    seq: str, construction: str, published: date, lang: str, grammar: _Grammar
) -> Relative | None:
    """`1 year 2 months ago`, `in 2 weeks and 3 days`: the finest unit's period."""
    if lang in _SOLAR or construction not in ("ago", "ahead"):
        return None  # Solar Hijri months are not counted here
    counts = "|".join(map(re.escape, sorted(grammar.numbers, key=len, reverse=True)))
    pair = re.compile(rf"(?<!\w)(\d{{1,4}}|{counts}) ([^\s,]+)")
    totals = dict.fromkeys(_UNITS, 0)
    for raw, word in pair.findall(seq):
        unit = grammar.units.get(word)
        n = int(raw) if raw.isdigit() else grammar.numbers.get(raw, 0)
        if unit is None or not 0 < n <= _MAX_COUNT[unit]:
            return None
        if unit in _MULTIPLES:
            unit, n = _MULTIPLES[unit][0], _MULTIPLES[unit][1] * n
        totals[unit] += n
    sign = -1 if construction == "ago" else 1
    months = sign * (12 * totals["year"] + totals["month"])
    index = published.year * 12 + published.month - 1 + months
    year, month = index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        return None
    day = min(published.day, calendar.monthrange(year, month)[1])
    shifted = date(year, month, day) + timedelta(days=sign * (7 * totals["week"] + totals["day"]))
    finest = next(unit for unit in reversed(_UNITS) if totals[unit])
    if finest == "day":
        return Relative(shifted, shifted, "day", "gregorian")
    if finest == "week":
        monday = shifted - timedelta(days=shifted.weekday())
        return Relative(monday, monday + timedelta(days=6), "day", "gregorian")
    if finest == "month":
        last = calendar.monthrange(shifted.year, shifted.month)[1]
        return Relative(shifted.replace(day=1), shifted.replace(day=last), "month", "gregorian")
    return Relative(date(shifted.year, 1, 1), date(shifted.year, 12, 31), "year", "gregorian")


def _resolve(
    unit: str,
    count: int,
    published: date,
    calendar_week: tuple[str, int],
    period: Callable[[str, int, int | None], tuple[date, date] | None],
    today_in: Callable[[str, date], tuple[int, int, int] | None],
) -> Relative | None:
    if unit == "day":
        day = published + timedelta(days=count)
        return Relative(day, day, "day", "gregorian")
    cal, week_start = calendar_week  # a Persian week runs Saturday to Friday
    if unit == "week":
        back = (published.weekday() - week_start) % 7
        first = published - timedelta(days=back) + timedelta(weeks=count)
        return Relative(first, first + timedelta(days=6), "day", "gregorian")
    today = today_in(cal, published)
    if today is None:
        return None
    year, month = today[0], today[1]
    if unit == "month":
        index = year * 12 + month - 1 + count
        span = period(cal, index // 12, index % 12 + 1)
        return None if span is None else Relative(*span, "month", cal)
    span = period(cal, year + count, None)
    return None if span is None else Relative(*span, "year", cal)


def counted_offset(
    found: date, published: date | None, unit: str, numbers: list[str], ahead: bool
) -> Relative | None:
    """dateparser's reading of a relative expression in a language without tables
    (`23 ngày trước`, `pred týždňom`, `za 12 dana`), kept only when it lies exactly n units
    before or after publication for the one count n written (1 when none is), with the
    unit's period; an upcoming day without a count (`jutro`) only for an upcoming event."""
    if published is None or len(numbers) > 1 or found == published or unit not in _MAX_COUNT:
        return None
    sign = 1 if found > published else -1
    if sign > 0 and not (numbers or ahead):
        return None
    n = int(numbers[0]) if numbers else 1
    if not 0 < n <= _MAX_COUNT[unit]:
        return None
    if unit in ("day", "week"):
        if published + timedelta(days=sign * n * (7 if unit == "week" else 1)) != found:
            return None
        if unit == "day":
            return Relative(found, found, "day", "gregorian")
        monday = found - timedelta(days=found.weekday())
        return Relative(monday, monday + timedelta(days=6), "day", "gregorian")
    index = published.year * 12 + published.month - 1 + sign * n * (12 if unit == "year" else 1)
    if (found.year, found.month) != (index // 12, index % 12 + 1):
        return None
    if unit == "year":
        return Relative(date(found.year, 1, 1), date(found.year, 12, 31), "year", "gregorian")
    last = calendar.monthrange(found.year, found.month)[1]
    return Relative(found.replace(day=1), found.replace(day=last), "month", "gregorian")
