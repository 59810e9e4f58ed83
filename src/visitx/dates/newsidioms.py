"""News idioms found in real 2020 English news pages (bench/pages_en_date_cases.json).

Rules of `dates.english`, each for a kind of expression those pages use:

* `the last month`, `over the last week`, `in the last year`: with the article, the
  rolling stretch to publication, like `the past month` (`last month` without it stays
  the calendar month before); `the next week` of an upcoming event the stretch from
  publication forward, and `None` in past tense (the week after what?);
* `earlier this week` (`month`, `year`) told on the period's first day and `later this
  week` told on its last: `None`, no day of the period lies on that side;
* `as of Saturday`, `as at 31 March`: the day or period named;
* `on Christmas`: Christmas Day (`Christmas` alone is also the season);
* `by 2030`, `by May`, `by the end of 2021`: a deadline longer than a day does not say
  when: `None` (a deadline of one day, `by June 15`, stays that day);
* `August, September and October`: three or more months in a row, from the first to the
  last (`May, July and August`, with a gap, is `None`);
* `the last 12 days of 2019`, `the first ten days of March`, `the last day of February`:
  those days of the period (`the last day of the month`: of the running month, `None`
  when that day lies on the other side of publication than the tense asks);
* `on 3rd inst.`, `the 28th ult.`, `the 2nd prox.` (letters and press releases in Indian,
  Pakistani and Nigerian English): that day of this, last or next month, read like `the
  3rd of this month`;
* `10 Nov 25`, `3 June 24` (a datestamp, a form's date): a day, a month and a two-digit
  year, read like `10 Nov '25` (the year's century known as there);
* `on this day in 1971` (history columns): publication's day and month in the year
  named (`None` on 29 February and for a year after publication's).
"""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date, timedelta

from visitx.core.datafiles import read_json
from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule, span
from visitx.dates.phrasebook import relative_units
from visitx.dates.vocabulary import MONTH_WORD

__all__ = ["RULES"]

_ROLLING_ONE = re.compile(
    r"(?:(?:over|in|during|for|within|throughout) )?the (last|next) (week|month|year)"
)


def _shift(day: date, unit: str, sign: int) -> date:
    if unit == "week":
        return day + timedelta(days=7 * sign)
    index = day.year * 12 + day.month - 1 + sign * (1 if unit == "month" else 12)
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _rolling_one(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the last month`: the month to publication; `the next week` (ahead) from it."""
    pub = reader.published
    if pub is None:
        return None
    if m.group(1) == "next":
        return span(pub, _shift(pub, m.group(2), 1), "day", True) if reader.ahead else None
    return span(_shift(pub, m.group(2), -1), pub, "day", True)


_SIDE_OF_NOW = re.compile(r"(earlier|later) (?:this|in the) (week|month|year)")


def _side_of_now(m: re.Match[str], reader: Reader) -> Cand | None:
    """`earlier this week`: the week, unless publication is its first day (later: last)."""
    pub = reader.published
    found = reader.parse(f"this {m.group(2)}")
    if pub is None or found is None:
        return None
    edge = found.start if m.group(1) == "earlier" else found.end
    return None if edge == pub else found


_AS_OF = re.compile(r"as (?:of|at) (.+)")


def _as_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`as of Saturday`: Saturday."""
    return reader.parse(m.group(1))


_HOLIDAYS: dict[str, str] = read_json("english_words.json")["anchor_holidays"]
_ON_HOLIDAY = re.compile(rf"on ({'|'.join(map(re.escape, _HOLIDAYS))})")


def _on_holiday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`on Christmas`: on the day, 25 December."""
    return reader.parse(f"{m.group(1)} day")


_DEADLINE = re.compile(r"by (.+)")


def _deadline(m: re.Match[str], reader: Reader) -> Cand | None:
    """`by 2030`: any time up to the end of 2030 – None; `by June 15` that day."""
    found = reader.parse(m.group(1))
    return found if found is not None and found.start == found.end else None


_MONTH_LIST = re.compile(
    rf"(?:(?:in|during|over|throughout) )?((?:{MONTH_WORD} ){{2,}})and "
    rf"({MONTH_WORD})( \d{{4}})?"
)
_MONTHS = [name.lower() for name in calendar.month_abbr[1:]]  # "jan" … "dec"


def _month_number(word: str) -> int:
    return _MONTHS.index(word[:3]) + 1


def _month_list(m: re.Match[str], reader: Reader) -> Cand | None:
    """`August, September and October`: August to October, when no month is skipped."""
    names = [*m.group(1).split(), m.group(2)]
    numbers = [_month_number(name) for name in names]
    if any((b - a) % 12 != 1 for a, b in itertools.pairwise(numbers)):
        return None  # `May, July and August`: not one stretch
    return reader.parse(f"from {names[0]} to {names[-1]}{m.group(3) or ''}")


def _number_words() -> dict[str, int]:
    """English number words up to 100 (the relative-expression table's): `ten` → 10."""
    table = relative_units("en") or {}
    words = {word: n for n, forms in enumerate(table["numbers"], 1) for word in forms.split("|")}
    for n, forms in table["more_numbers"].items():
        words.update(dict.fromkeys(forms.split("|"), int(n)))
    return {word: n for word, n in words.items() if n > 1}  # `a`, `an`, `one` day: no span


_NUMBERS = _number_words()
_DAYS_OF = re.compile(
    rf"(?:(?:in|during|over|on) )?the (first|last) (?:(\d{{1,3}}|{'|'.join(_NUMBERS)}) days|day)"
    r" of (.+)"
)


def _days_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the last 12 days of 2019`: 20-31 December 2019; `the last day of February` its
    last day; `the last day of the month` that of the running month."""
    words = m.group(2) or "1"
    count = int(words) if words.isdigit() else _NUMBERS[words]
    found = reader.parse(_RUNNING.get(m.group(3), m.group(3)))  # `of the month`: this one
    if found is None or found.precision not in ("month", "year") or count < 1:
        return None
    if count > (found.end - found.start).days:
        return None  # `the first 40 days of March`: more than the month has
    if m.group(1) == "first":
        days = span(found.start, found.start + timedelta(days=count - 1), "day", found.inferred)
    else:
        days = span(found.end - timedelta(days=count - 1), found.end, "day", found.inferred)
    pub = reader.published
    if m.group(3) in _RUNNING and pub is not None and not _on_side(days, pub, reader.ahead):
        return None  # `the first day of the month` of an upcoming visit told on the 6th
    return days


# `the last day of the month`: of the running month (year), on the tense's side only.
_RUNNING = {"the month": "this month", "the year": "this year"}


def _on_side(days: Cand, pub: date, ahead: bool) -> bool:
    return days.end >= pub if ahead else days.start <= pub


_COMMERCIAL = re.compile(
    r"(?:on |of )?(?:the )?(\d{1,2})(?:st|nd|rd|th)? (inst|instant|ult|ultimo|prox|proximo)"
)
_MONTH_OF = {"in": "this", "ul": "last", "pr": "next"}


def _commercial(m: re.Match[str], reader: Reader) -> Cand | None:
    """`on 3rd inst.`: the 3rd of this month (`ult.` of last month, `prox.` of next)."""
    day = int(m.group(1))
    suffix = "th" if day in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return reader.parse(f"the {day}{suffix} of {_MONTH_OF[m.group(2)[:2]]} month")


_SHORT_YEAR = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)? ({MONTH_WORD}) (\d\d)")


def _short_year(m: re.Match[str], reader: Reader) -> Cand | None:
    """`10 Nov 25`: 10 November 2025, as `10 Nov '25`."""
    return reader.parse(f"{m.group(1)} {m.group(2)} '{m.group(3)}")


# `on this day in 1971` (history columns, `This Day in History`): publication's day and
# month in the year named; None when that year has no such day (29 February).
_THIS_DAY_IN = re.compile(r"this (?:very )?day (?:in|of) (\d{4})")


def _this_day_in(m: re.Match[str], reader: Reader) -> Cand | None:
    pub, year = reader.published, int(m.group(1))
    if pub is None or not 1583 <= year <= pub.year or (pub.month, pub.day) == (2, 29):
        return None  # a year ahead is no history; 29 February has no day in most years
    day = pub.replace(year=year)
    return span(day, day, "day", True)


RULES: tuple[Rule, ...] = (
    (_ROLLING_ONE, _rolling_one),
    (_SHORT_YEAR, _short_year),
    (_COMMERCIAL, _commercial),
    (_SIDE_OF_NOW, _side_of_now),
    (_AS_OF, _as_of),
    (_ON_HOLIDAY, _on_holiday),
    (_DEADLINE, _deadline),
    (_MONTH_LIST, _month_list),
    (_DAYS_OF, _days_of),
    (_THIS_DAY_IN, _this_day_in),
)
