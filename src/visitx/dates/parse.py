"""Turn a date expression copied from a news article into a Gregorian period.

`parse_date` is deterministic for the languages of `tables/date_words.json`:

1. *Normalize* the text (`dates.tables.normalize`: digits, letter variants, case,
   diacritics), cut out times of day and turn numeric dates (`2023-04-07`,
   `08.02.2019`, `۱۴۰۲/۰۱/۱۸`, `12.–14.10.2023`) into placeholder tokens.
2. *Symbolize*: look words up as phrases in the language's tables, longest first,
   giving one symbol per token: `d` day number, `y` year, `M` month (with its
   calendar), `h` calendar marker, `r`/`a` range connectors, `W` weekday, `R`
   relative day, `Q` relative year, `P`/`N` past/future words, `S` stop words,
   `x` unknown; fillers (`ماه`, `günü`, `of`) are dropped.
3. *Match* a small grammar over the symbol string (`drdMy` is "6-7 Kasım 2014",
   `yMd` is "2023年4月7日") and convert each match from the calendar it is written
   in (jdatetime for Solar Hijri, hijridate's Umm al-Qura tables for Hijri).
4. *Agree*: several matches must nest or denote the same day, a weekday written next
   to a date must fall on it, and a stray number or dash makes the expression unsure.
   Without an explicit date, relative words and weekdays resolve against the
   publication date.

Steps 2 to 4, with one lexicon, are `dates.reading`; this module normalizes, picks the
lexicons and the fallbacks, and turns the period into a `DateValue`.

Whenever a step is unsure the result is None: a missing date is recoverable, a wrong
one is not. Other languages get month names from Babel's CLDR data and, failing
that, dateparser behind guards (`dates.fallback`: at most one year, never a year
outside the Gregorian range, the day it found must be the day written). Heavy
libraries load lazily.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Literal

from visitx.core.models import Calendar, DateValue, Precision
from visitx.dates import (
    bracketdays,
    clock,
    datelines,
    english,
    guess,
    hanzi,
    holidays,
    lunardays,
    monthdays,
    monthparts,
    namedates,
    nameyears,
    numberedmonths,
    regnal,
    solarparts,
    suffixranges,
    tables,
    translated,
    traps,
    weekdayabbr,
    weeknumbers,
    weekof,
)
from visitx.dates import published as _published_mod
from visitx.dates import relative as _date_relative
from visitx.dates.calendars import from_gregorian, period
from visitx.dates.fallback import dateparser_period
from visitx.dates.grammar import Cand, Context
from visitx.dates.reading import Outcome, run_lexicon
from visitx.dates.symbols import prepare, regexes
from visitx.dates.vocabulary import is_english

__all__ = ["parse_date", "read_published"]

_PRECISIONS: dict[str, Precision] = {"day": "day", "month": "month", "year": "year"}
_CALENDARS: dict[str, Calendar] = {"gregorian": "gregorian", "jalali": "jalali", "hijri": "hijri"}


# --- public API --------------------------------------------------------------------


@functools.cache
def _language(language: str | None) -> str | None:
    code = (language or "").strip().lower().replace("_", "-").partition("-")[0]
    return tables.language_aliases().get(code, code) or None


def parse_date(
    text: str,
    *,
    language: str | None = None,
    published: str | date | None = None,
    tense: Literal["past", "future"] = "past",
) -> DateValue | None:
    """Parse a date expression from a news article into a Gregorian period.

    The expression may sit inside a longer phrase, use any digits, and be written in
    the Gregorian, Solar Hijri or Hijri calendar; a time of day after it is ignored.
    A missing year (the most recent such day or month that has begun by publication),
    relative words ("yesterday", "3 days ago", "last week": the Monday-to-Sunday
    range, None told on a Sunday) and weekdays ("on Friday": the most recent one on or
    before publication, so the publication day itself when it is a Friday, as wire copy
    names the day; None for an upcoming event named on its own weekday; "last Friday" is
    the most recent one before publication) resolve against `published`.
    Whenever the reading is uncertain (ambiguous numeric order, an invalid day, parts
    that contradict each other, a weekday off the date, a relative expression without
    `published`) the result is None.

    Everyday English (`dates.english`) keeps the precision it carries: a weekend is
    Saturday and Sunday; a quarter (`Q3 2024`) three months and a half six, at month
    precision; a decade (`the 1980s`) its ten years and a century (`the 20th
    century`) 1900-1999; a part of a period (`early March`, `mid-2024`, `the end of
    this year`, `earlier this month`) the whole period named; `since X` from the start
    of X to publication; `X – Y`, `between X and Y` from the start of X to the end of Y;
    `the 21st` the most recent 21st on or before publication; `two days before June 3`
    that day; `2 years and 3 months ago` the month it names; `the past two weeks` the
    rolling stretch to publication; `the second week of July` July 8-14. Fiscal
    periods and seasons are None (`dates.stretches`). A time alone (`16:10`) names a
    day only against a timestamped `published` (`dates.clock`); words that are also
    a month or weekday (`the Sun`, `joined the march`) are no date (`dates.traps`), and
    are left out of a clause (`the Sun reported on Monday`: that Monday; a weekday after
    `on` in a clause whose other words name no date, `dates.vocabulary`). `29/02` (a
    zero-padded month, the order evident) is the most recent such day.

    German and Spanish decades, centuries, quarters, halves, weekends and parts of a
    year (`den 1990er-Jahren`, `el siglo XIX`, `el primer trimestre`, `finales de año`),
    and French and Russian decades, quarters, halves and last or next weekends
    (`les années 1980`, `в третьем квартале 2024 года`) and Turkish halves and quarters
    (`2024'ün ilk yarısında`), are put into English and read
    by those rules (`dates.translated`); seasons in those languages are None.
    A week number (`KW 45/2024`, `semaine 45`, `2024年第45周`, `2024-W45`) is that ISO
    week, Monday to Sunday; without a year the publication's when the tense says it
    has begun (past) or not ended (upcoming) (`dates.weeknumbers`).
    Japanese era years (`令和6年3月5日`, `平成元年`) and the Minguo year (`民國113年`) are
    their Gregorian years, and a date outside its era (`平成31年5月1日`) is None
    (`dates.regnal`).

    Args:
        text: The date expression as written in the article.
        language: ISO 639-1 code of the article (`tr`, `fa`, ...), or None: the
            tables of every language at once, then English rules when every word is
            an English date word (`early last month`), then each language whose date
            words cover every word (`vor 11 Tagen`, `geçen salı`), when those
            languages agree on one reading (`dates.guess`); a season word of any of
            them makes it None (`بهار ۱۴۰۲`), and an era name reads it in the era's
            language (`令和6年3月5日`).
        published: The publication date: a `date`, a `datetime`, an ISO 8601 date or
            timestamp, an RFC 2822 timestamp, or a date as printed (`March 3, 2024`,
            `3 mars 2024`); see `read_published`.
        tense: `"future"` when the expression is known to name an upcoming event (a
            planned or invited visit): weekdays and dates without a year then resolve
            to the next such day on or after publication (None for one that ended less
            than two months before), and "next Friday" is read; a past word still counts
            back ("last Friday", "last April", "geçen salı", "since April").

    Raises:
        InputError: `published` is given but names no single day or is empty.

    Returns:
        A `DateValue` with `text=None` (the caller attaches the span), Gregorian ISO
        `start` and `end`, the precision, the calendar as written, and
        `source="published"` when the publication date supplied a part; or None.

    Example:
        >>> value = parse_date("شامگاه جمعه (۱۸ فروردین ماه ۱۴۰۲)", language="fa")
        >>> (value.start, value.end, value.precision, value.calendar, value.source)
        ('2023-04-07', '2023-04-07', 'day', 'jalali', 'text')
        >>> parse_date("dün", language="tr", published="2023-04-08").start
        '2023-04-07'
    """
    if not text or not text.strip():
        return None
    text = datelines.after_lead(text) or text  # `BERLIN (dpa) - Am Dienstag`: `Am Dienstag`
    lang = _language(language)
    pub = read_published(published)
    ahead = tense == "future"
    abbreviated = _abbreviated(text, lang, pub, tense)  # `Mi., 19.11.2025`, `пт, 3 янв.`
    if abbreviated is not False:
        return abbreviated
    text = regnal.buddhist(text, lang)  # `20 พ.ย. 68`: 2568 in the Buddhist era, 2025
    era = regnal.rewrite(text, lang)  # `令和6年3月5日`, `民國113年`
    if era is None:
        return None
    if era:
        text, lang = era.text, lang or era.language
    dated = _english_dateline(text, lang)  # `WASHINGTON, March 12 (Reuters) -`
    if dated is not None:
        return parse_date(dated, language=lang, published=pub, tense=tense)
    return _read(text, lang, pub, ahead, (published, era))


def _read(
    text: str,
    lang: str | None,
    pub: date | None,
    ahead: bool,
    given: tuple[str | date | None, regnal.Regnal | Literal[False]],
) -> DateValue | None:
    """`parse_date` after its datelines, abbreviations and eras: names and feasts, week
    numbers, traps, parts of months, bare days, translated phrases, then the core parser
    and the English rules. `given`: the publication as given (its time of day) and the
    era the text named (a date outside it is None)."""
    published, era = given
    feast = _name_or_feast(text, lang, pub, ahead)  # `avenida 5 de Mayo`, `Easter 2024`
    if feast is not False:
        return feast
    week_number = weeknumbers.read(text, lang, pub, ahead)  # `KW 45`, `2024年第45周`
    if week_number is not False:
        return None if week_number is None else _value(week_number)
    if lang in traps.LANGUAGES:
        unmasked = traps.mask(text, lang)  # `the Sun`, `joined the march`: no date
        if unmasked is None:
            return None
        text = unmasked  # `the Sun reported on Monday`: `reported on Monday`
    part = monthparts.read(text, lang, pub, ahead, lambda month: _core(month, lang, pub, ahead))
    if part is not False:  # `本月初`, `三月下旬`, `本月12日`, `3월 말`
        return None if part is None else _value(part)
    day = monthdays.read(text, lang, pub, ahead)  # `25日`, `지난 5일`, `오는 11일`
    if day is False:  # `na segunda-feira (18)`, `Selasa (5/11)`
        day = bracketdays.read(text, lang, pub, ahead)
    if day is not False:
        return None if day is None else _value(day)
    named = translated.read(text, lang, _reader("en", pub, ahead))  # `los años 30`
    if named is None:
        return None  # such a phrase, unsure; a season (`بهار ۱۴۰۲`, in any language)
    found = _core_or_english(text, lang, pub, ahead) if named is False else named
    if lang in english.LANGUAGES:
        parts = _reader(lang, pub, ahead)
        past = _reader(lang, pub, False) if ahead else None
        found = english.read(text, english.Reader(pub, ahead, parts, past), found)
    if found is None and lang is None and not is_english(text):  # `vor 11 Tagen`: `dates.guess`
        found = guess.read(text, lambda part, tag: _core(part, tag, pub, ahead))
    if found is None and lang in clock.LANGUAGES:  # `16:10` published at 15:30
        found = clock.time_alone(text, _published_mod.published_moment(published, pub), ahead)
    if found is None or (era and not era.holds(found.start, found.end, found.precision)):
        return None  # `平成31年5月1日`: Heisei ended on 30 April 2019
    return _value(found)


def _name_or_feast(
    text: str, lang: str | None, pub: date | None, ahead: bool
) -> DateValue | Literal[False] | None:
    """None for a date that names a place or an event (`avenida 5 de Mayo`, `ثورة 25
    يناير`, `Vision 2030`: `dates.nameyears`); the period of a holiday whose day moves
    (`Easter 2024`, `Kurban Bayramı'nda`, `dates.holidays`; English without a language)
    or of a Chinese lunar day (`农历正月十五`, `dates.lunardays`); False for neither."""
    if namedates.named(text, lang):
        return None
    feast = holidays.read(text, lang or "en", pub, ahead)
    if feast is False:
        feast = lunardays.read(text, lang, pub, ahead)
    if feast is False and nameyears.named_year(text, lang):
        return None  # `Vision 2030`, `Expo 2020`: a year after a name
    return feast if feast is None or feast is False else _value(feast)


def _english_dateline(text: str, lang: str | None) -> str | None:
    """The date inside an English wire dateline (`WASHINGTON, March 12 (Reuters) -`); None
    when `text` is no dateline or not English (`dates.datelines`). A dateline that names
    no date (`KYIV (AP) — the president said Friday`) was cut off before, in any language
    (`datelines.after_lead`)."""
    if lang not in english.LANGUAGES:
        return None
    return datelines.inner(text)


def _abbreviated(
    text: str, lang: str | None, pub: date | None, tense: Literal["past", "future"]
) -> DateValue | Literal[False] | None:
    """The day after an abbreviated weekday opening `text` (`dates.weekdayabbr`), None
    when it is no day on that weekday; False when no abbreviation opens `text`."""
    opened = weekdayabbr.split(text, lang)
    if opened is None:
        return False
    value = parse_date(opened[1], language=lang, published=pub, tense=tense)
    if value is None or value.start is None or value.precision != "day":
        return None
    return value if date.fromisoformat(value.start).weekday() == opened[0] else None


def _value(found: Cand) -> DateValue:
    """The `DateValue` of a period read."""
    return DateValue(
        start=found.start.isoformat(),
        end=found.end.isoformat(),
        precision=_PRECISIONS[found.precision],
        calendar=_CALENDARS[found.calendar],
        source="published" if found.inferred else "text",
    )


def _reader(lang: str | None, pub: date | None, ahead: bool) -> english.Parse:
    """Parse a part of an English expression the way the whole is parsed."""

    past = _reader(lang, pub, False) if ahead else None

    def parse(part: str) -> Cand | None:
        found = _core_or_english(part, lang, pub, ahead)
        return english.read(part, english.Reader(pub, ahead, parse, past), found)

    return parse


def _core_or_english(text: str, lang: str | None, pub: date | None, ahead: bool) -> Cand | None:
    """`_core`; for an unknown language, read as English when all its words are English."""
    found = _core(text, lang, pub, ahead)
    if found is None and lang is None and is_english(text):
        return _core(text, "en", pub, ahead)  # `3 weeks ago`, `last month`
    return found


def read_published(value: str | date | None) -> date | None:
    """The publication day of `value`: a date, an ISO 8601 or RFC 2822 timestamp, or a
    date as printed (`March 3, 2024`, `3 mars 2024`); see `dates.published`.

    Raises:
        InputError: `value` is given but names no single day or is empty.
    """
    return _published_mod.read_published(value, _explicit_day)


def _explicit_day(text: str) -> date | None:
    """The day a text names on its own (`March 3, 2024`), for a publication date."""
    found = _core(text, None, None, ahead=False)
    ok = found is not None and found.precision == "day" and found.start == found.end
    return found.start if ok and found is not None and not found.inferred else None


def _rewritten(text: str, lang: str | None) -> str:
    """`text` put in forms the symbol grammar reads: `三月五日` as `3月5日`, `fevralın
    28-dən martın 2-dək` as `fevralın 28-dən - martın 2`, `نیمه نخست سال ۱۴۰۳` as
    `فروردین 1403 تا شهریور 1403`, `3 дугаар сарын 12` as `гуравдугаар сарын 12`."""
    text = numberedmonths.rewrite(hanzi.digits(text), lang)
    return solarparts.rewrite(suffixranges.link(text, lang), lang)


def _untabled(
    text: str, norm: str, lang: str, pub: date | None, ahead: bool, ctx: Context
) -> Outcome:
    """A language without tables: CLDR's names with its few date words, else the date inside
    a wire dateline (`КИЇВ, 5 лютого /Укрінформ/`, `dates.datelines`), else dateparser."""
    babel = tables.babel_lexicon(lang)
    outcome = None if babel is None else run_lexicon(norm, babel, ctx)[0]
    if outcome is not None:
        return outcome
    dated = datelines.inner(text)
    if dated is not None:
        return _core(dated, lang, pub, ahead)
    return dateparser_period(text, lang, pub, ahead)


def _core(text: str, lang: str | None, pub: date | None, ahead: bool) -> Cand | None:
    """The period of `text` by relative words, the symbol grammar and the fallbacks."""
    if suffixranges.one_ended(text, lang):
        return None  # `2030'a kadar`, `2030年まで`: until 2030, half a range
    norm, numerics = prepare(_rewritten(text, lang), lang)
    # `上周五`: the Friday of last week, not the most recent Friday
    week = None if pub is None else weekof.weekday_of_week(norm, lang, pub, ahead)
    if week is not None and not week.beside_date:
        return None if week.day is None else Cand(week.day, week.day, "day", "gregorian", True)
    if pub is not None and lang is not None:
        rel = _date_relative.relative(
            norm,
            lang,
            pub,
            lambda cal, y, m: period(cal, y, m, None, given=True),
            from_gregorian,
            ahead=ahead,
        )
        if rel is not None:
            return Cand(rel.start, rel.end, rel.precision, rel.calendar, inferred=True)
    persian_digits = bool(regexes().persian_digits.search(text))
    ctx = Context(lang, pub, numerics, persian_digits, ahead=ahead)
    outcome: Outcome
    if lang is None or lang in tables.language_tags():
        outcome, unknown = run_lexicon(norm, tables.lexicon(lang or "*"), ctx)
        if not isinstance(outcome, Cand) and unknown and lang is not None:
            # Unknown words may be month names of another language quoted in the article.
            outcome, _ = run_lexicon(norm, tables.lexicon(lang + "+"), ctx)
    else:
        outcome = _untabled(text, norm, lang, pub, ahead, ctx)
    if not isinstance(outcome, Cand) or (week is not None and week.day != outcome.start):
        return None  # `2024年3月15日（上周五）` told on 16 March: last week's Friday was the 8th
    if ahead and pub is not None and outcome.end < pub and any(n.short_year for n in numerics):
        return None  # `3/3/94` for an upcoming event: 1994 is past, 2094 is far
    if suffixranges.straddles(text, lang, outcome, pub):
        return None  # `eylül'den kasım'a kadar` told on 7 September
    return outcome
