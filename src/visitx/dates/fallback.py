"""dateparser behind guards, for a language without tables (`dates.parse`'s last resort).

A language without hand-made tables gets month names from CLDR first (`tables.babel_lexicon`);
what that leaves is read by dateparser and trusted only where it can be checked: at most one
year and one day number, never a year outside the Gregorian range (a Solar Hijri or Hijri
year read as Gregorian), a day, month or year only when it is the one the text writes, and a
relative reading only when it lies exactly the written count from publication. A bare
duration (`3 dny`) is None, and so is a number with only words dateparser skips (`em 5`, `5
को`: it read 5 January). For an upcoming event, a day or weekday without a year that
dateparser reads differently when it prefers the future (`24 de março`, `शुक्रवार को`) is
the future reading, never the one gone by. In a language whose news counts months and years
in another calendar (Nepali: Bikram Sambat, Amharic: Ethiopian), a month or year read from
relative words (`गत महिना`, "last month") is None, and so is a Nepali week, which runs from
Sunday (`गत हप्ता`); a count in digits from publication (`23 हप्ता पहिले`, "23 weeks ago") is a
length of time and is read, and a Gregorian month name or year (`मार्च ५`) as written.

dateparser compares words with their combining marks stripped, which in the scripts whose
vowels are such marks (Indic, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer) makes other words
of its dictionary: Lao `ຈີນ` ("China") reads as `ຈັນ` ("Monday"). A text with a word that
is not in dateparser's dictionary as written, but is one once its marks are stripped, is
None.
"""

from __future__ import annotations

import functools
import re
from calendar import monthrange
from datetime import date, datetime, timedelta
from typing import Any, Literal

from visitx.dates import relative as _date_relative
from visitx.dates import tables
from visitx.dates.calendars import YEARS, period
from visitx.dates.grammar import Cand
from visitx.dates.symbols import regexes

__all__ = ["dateparser_period"]

# A day or month without a year gone by this little before publication is no upcoming
# event's, and a year ahead is far: None (`dates.grammar` rules so for tabled languages).
_FUTURE_SLACK = timedelta(days=62)
# Periods a language's relative words count in its own calendar or week, not the Gregorian
# Monday-to-Sunday one: Nepali months and years are Bikram Sambat's and its weeks start on
# Sunday, Amharic months and years are the Ethiopian calendar's.
_OWN_PERIODS = {"ne": frozenset({"week", "month", "year"}), "am": frozenset({"month", "year"})}
# Scripts whose vowel signs are combining marks, which dateparser strips before it compares.
_VOWEL_MARK_SCRIPT = re.compile(r"[\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1780-\u17ff]")
# What separates the words of a text or of a dictionary entry (a regex's syntax too).
_WORD_GAP = re.compile(r"[\s\d.,;:!?()\[\]{}|\\/\"'«»*+?^$-]+")


def dateparser_period(text: str, lang: str, published: date | None, ahead: bool) -> Cand | None:
    """dateparser for a language without tables, trusted only where it can be checked."""
    # Times as written (`8:13 AM`): the time pattern is meant for normalized text.
    ascii_text = re.sub(regexes().time.pattern, " ", tables.to_ascii_digits(text), flags=re.I)
    years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", ascii_text)}
    days = re.findall(r"(?<!\d)\d{1,2}(?!\d)", ascii_text)
    if len(years) > 1 or len(days) > 1 or (not years and published is None):
        return None
    if any(not YEARS["gregorian"][0] <= y <= YEARS["gregorian"][1] for y in years):
        return None  # never a Solar Hijri or Hijri year read as Gregorian
    data = _dateparser(ascii_text, lang, published, strict=bool(years and days), side="past")
    if data is None or _read_without_marks(text, lang):
        return None
    # `गत महिना`: a month of another calendar; a count in digits (`23 हप्ता पहिले`) is a length
    own = not years and not days and data.period in _OWN_PERIODS.get(lang, ())
    found = data.date_obj.date()
    if years:
        return _written(found, data.period, days, years, published)
    english = _in_english(ascii_text, lang)
    if english and not re.sub(r"[\d\W_]+", "", english):
        return None  # `5`, `em 5`, `5 को`: a number alone (dateparser read 5 January)
    upcoming = _upcoming(ascii_text, lang, published, data, days) if ahead else False
    if upcoming is not False:  # `24 de março` of an upcoming visit: the next one
        return None if own else upcoming
    if _BARE_DURATION.fullmatch(english):
        return None  # `3 dny`, `2 roky`: a length of time, not a date (`před 3 dny` is)
    counted = None
    if re.search(r"\b(?:ago|in)\b", english):  # `jutro` is translated `in 1 day`
        counted = _date_relative.counted_offset(found, published, data.period, days, ahead)
    if own:
        return None
    if counted is not None and YEARS["gregorian"][0] <= counted.start.year <= YEARS["gregorian"][1]:
        return Cand(counted.start, counted.end, counted.precision, "gregorian", inferred=True)
    return _written(found, data.period, days, years, published)


def _dateparser(text: str, lang: str, published: date | None, strict: bool, side: str) -> Any:
    """dateparser's reading of `text` preferring dates from `side` of publication, or None
    (no day, week, month or year; a language dateparser does not know)."""
    from dateparser.date import DateDataParser

    settings = {
        "STRICT_PARSING": strict,
        "PREFER_DATES_FROM": side,
        "RELATIVE_BASE": datetime.combine(published or date.today(), datetime.min.time()),
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_MONTH_OF_YEAR": "first",
    }
    try:
        data = DateDataParser(languages=[lang], settings=settings).get_date_data(text)
    except (ValueError, TypeError):
        return None  # a language dateparser does not know
    if data.date_obj is None or data.period not in ("day", "week", "month", "year"):
        return None
    return data


def _read_without_marks(text: str, lang: str) -> bool:
    """Whether a word of `text` in a script whose vowels are marks is a word of dateparser's
    `lang` dictionary only once its marks are stripped (Lao `ຈີນ` "China" as `ຈັນ` "Monday")."""
    from dateparser.utils import normalize_unicode

    words = [w for w in _WORD_GAP.split(text) if _VOWEL_MARK_SCRIPT.search(w)]
    if not words:
        return False
    known, stripped = _dictionary(lang)
    return any(w not in known and normalize_unicode(w) in stripped for w in words)


@functools.cache
def _dictionary(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of dateparser's `lang` locale as written, and with their marks stripped."""
    from dateparser.languages.loader import default_loader
    from dateparser.utils import normalize_unicode

    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in strings(k) + strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    words = {w for s in strings(default_loader.get_locale(lang).info) for w in _WORD_GAP.split(s)}
    words.discard("")
    return frozenset(words), frozenset(normalize_unicode(w) for w in words)


def _upcoming(
    text: str, lang: str, published: date | None, data: Any, days: list[str]
) -> Cand | Literal[False] | None:
    """For an upcoming event, the next day, weekday or month without a year that dateparser
    reads when it prefers the future, where that differs from the one gone by; None when
    one gone by ended less than two months before publication (`10 de março` told on 13
    March: a year ahead is far, as `dates.grammar` rules for the tabled languages); False
    when the past reading stands (the same either way, or still running at publication)."""
    found = data.date_obj.date()
    if published is None or data.period not in ("day", "month"):
        return False
    end = (
        found if data.period == "day" else found.replace(day=monthrange(found.year, found.month)[1])
    )
    if found <= published <= end:
        return False  # today, or this month: the one begun is still to come
    coming = _dateparser(text, lang, published, strict=False, side="future")
    if coming is None or coming.period != data.period:
        return None
    later = coming.date_obj.date()
    if later == found:
        return False
    if (days or data.period == "month") and end >= published - _FUTURE_SLACK:
        return None
    return _written(later, data.period, days, set(), published, ahead=True)


_BARE_DURATION = re.compile(
    r"[\d\s,.]*(?:(?:decade|year|month|week|day|hour|minute|second)s?[\d\s,.]*)+"
)


def _in_english(text: str, lang: str) -> str:
    """dateparser's English translation of `text` (`před 3 dny` → `3 day ago`)."""
    from dateparser.conf import settings
    from dateparser.languages.loader import default_loader

    try:
        return str(default_loader.get_locale(lang).translate(text, settings=settings))
    except (ValueError, TypeError, KeyError):
        return ""


def _written(
    found: date,
    unit: str,
    days: list[str],
    years: set[int],
    published: date | None,
    ahead: bool = False,
) -> Cand | None:
    """dateparser's day, month or year, when it is the one the text writes (`ahead`: a
    reading for an upcoming event, which may not lie before publication)."""
    if unit == "week" or (years and found.year not in years):
        return None
    if unit == "day" and days and found.day != int(days[0]):
        return None
    if not years and published is not None and (found < published if ahead else found > published):
        return None
    same_weekday = published is not None and found.weekday() == published.weekday()
    if not years and not days and same_weekday and found != published:
        return None  # a weekday named on that weekday: today, or a week ago?
    month = None if unit == "year" else found.month
    span = period("gregorian", found.year, month, found.day if unit == "day" else None)
    return None if span is None else Cand(*span, unit, "gregorian", inferred=not years)
