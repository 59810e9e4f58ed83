"""Everyday English stretches of time counted from publication, and weeks of a month.

Rules of `dates.english` (see its docstring for the precision each keeps):

* `the past two weeks`, `over the last 3 days`, `the past year`, `the past 24 hours`:
  the rolling stretch from that long before publication to the publication day (`the past week` is
  seven days back, and so is `the last week`; `last week`, `the previous week` stay the
  calendar week before; `the past fortnight` and `the last fortnight` are the fourteen
  days to publication, while `past fortnight` without `the` stays None);
  `the next two weeks` of an upcoming event runs from publication forward. Vague
  counts (`the past few days`, `in recent weeks`, `the coming days`) are None.
* `the second week of July`: days 8-14 of July (weeks of a month are counted from its
  1st: days 1-7, 8-14, 15-21, 22-28; `the last week of May` its last seven days).
  Weeks of a year (`the third week of 2027`) are None: ISO week 3 (18-24 January
  2027) or the third seven days? `the month of September 16th` is September.
* `the year before last`, `the month before last`, `the night before last`; `the week
  (month, year) after next`; `the first Friday of July`, `the last Monday of next month`.
* `next Tuesday` of an upcoming event: the Tuesday of next week when that is also the
  next Tuesday after publication; None when the two readings differ (said on a
  Monday: tomorrow, or a week later?) and in past tense, like `tomorrow`.
* `a week ago today`: the day exactly a week before publication (`a year ago today`
  the same date a year back, `a week ago yesterday` eight days back); `a week from
  today` of an upcoming event the day exactly a week after (`two days from tomorrow`
  three days after, British and Indian `this day week` a week after; None in past tense);
  `a year and a half ago`: the month 18 months back (`half a year ago`: six).
* `a week ago Tuesday`: the Tuesday of the week before, when publication falls later
  in the week than Tuesday (said on a Monday, the idiom may mean either of two days);
  `two weeks ago Friday` the Friday of the week two weeks before, on the same terms.
* `the rest of the month` (of the year) of an upcoming event: from publication to the
  month's (the year's) last day; None in past tense (the rest after what?). `the rest
  of the week` is None: it ends on Sunday (Recognizers-Text) or before it (duckling).
* Seasons (`this spring`, `last summer`, `the winter of 2023`) are None: they depend
  on the hemisphere and on the convention (meteorological or astronomical).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from visitx.dates.grammar import Cand
from visitx.dates.periods import RANKS, Reader, Rule, span
from visitx.dates.weeks import WD, weekday

__all__ = ["RULES"]

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fifteen": 15, "twenty": 20, "thirty": 30}  # fmt: skip
_COUNT = r"\d{1,3}|" + "|".join(_NUMBERS)
_VAGUE = r"few|several|many|couple of|couple|number of|recent"
_LIMITS = {"hour": 168, "day": 400, "week": 104, "month": 60, "year": 50, "decade": 5}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _back(day: date, unit: str, count: int) -> date:
    if unit == "hour":  # `the past 36 hours`: every day those hours may touch
        days = -(-abs(count) // 24)
        return day + timedelta(days=days if count > 0 else -days)
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    return _shift_months(day, count * {"month": 1, "year": 12, "decade": 120}[unit])


_ROLLING = re.compile(
    r"(?:(?:over|in|during|for|within|throughout) )?(?:the )?"
    rf"(?:(past|recent)(?: ({_COUNT}|{_VAGUE}))?|(last|previous|next|coming) ({_COUNT}|{_VAGUE}))"
    r" (hours?|days?|weeks?|months?|years?|decades?)"
)


# `for the last week`, `in the last year`: with `the` and no count, the rolling stretch
# like `the past week` (TimeBank NYT20000414.0296: `in Bethesda for the last week`).
_THE_LAST = re.compile(r"(?:(?:over|in|during|for|within|throughout) )?the last (week|month|year)")


def _the_last(m: re.Match[str], reader: Reader) -> Cand | None:
    pub = reader.published
    return None if pub is None else span(_back(pub, m.group(1), -1), pub, "day", True)


def _rolling(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the past two weeks`: from two weeks before publication to the publication day."""
    pub = reader.published
    word, count = m.group(1) or m.group(3), m.group(2) or m.group(4)
    unit, plural = m.group(5).rstrip("s"), m.group(5).endswith("s")
    if pub is None or word == "recent":
        return None
    if count is None:
        if plural:
            return None  # `the past weeks`: how many?
        n = 1
    elif count.isdigit() or count in _NUMBERS:
        n = _count(count)
    else:
        return None  # `the past few days`
    if not 0 < n <= _LIMITS[unit] or (n > 1 and not plural):
        return None
    if word in ("next", "coming"):
        return span(pub, _back(pub, unit, n), "day", True) if reader.ahead else None
    return span(_back(pub, unit, -n), pub, "day", True)


# `the past fortnight`, `over the last fortnight`, `the next fortnight`: the rolling fourteen
# days, like `the past week`; without `the` (`past fortnight`, `next fortnight`) they may be the
# two calendar weeks before or after publication's, as Recognizers-Text reads them: None.
_FORTNIGHT = re.compile(
    r"(?:(?:over|in|during|for|within|throughout) )?the (past|last|next|coming) fortnight"
)


def _fortnight(m: re.Match[str], reader: Reader) -> Cand | None:
    return reader.parse(f"the {m.group(1)} two weeks")


_WEEK_OF_MONTH = re.compile(
    rf"(?:(?:in|during|on|over) )?(?:the )?({'|'.join(RANKS)}) week (?:of|in) (.+)"
)
_CURRENT = {"the month": "this month", "the year": "this year"}


def _week_of_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the second week of July`: July 8-14; `the last week of May`: May 25-31."""
    found = reader.parse(_CURRENT.get(m.group(2), m.group(2)))
    if found is None or found.precision != "month":
        return None  # `the third week of 2027`: ISO week 3 (18-24 January) or 15-21 January?
    index = RANKS[m.group(1)]
    if index:
        start = found.start + timedelta(weeks=index - 1)
        end = start + timedelta(days=6)
    else:
        start, end = found.end - timedelta(days=6), found.end
    if end > found.end or found.calendar != "gregorian":
        return None
    pub = reader.published
    if found.inferred and not reader.ahead and pub is not None and start > pub:
        return None  # `the last week of the month` told on the 13th: not begun yet
    if found.inferred and reader.ahead and pub is not None and end < pub:
        return None  # `the first week of the year` of an upcoming event told in December
    return found._replace(start=start, end=end, precision="day")


_MONTH_OF_DAY = re.compile(r"(?:(?:in|during|for) )?(?:the )?month of (.+)")


def _month_of_day(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the month of September 16th`: the month of that day, like `the week of March 4`."""
    found = reader.parse(m.group(1))
    if found is None or found.precision not in ("day", "month") or found.calendar != "gregorian":
        return None
    first = found.start.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return None if found.end > last else found._replace(start=first, end=last, precision="month")


_BEFORE_LAST = re.compile(r"(?:(?:in|during|on) )?the (year|month|day|night) before last")


def _before_last(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the year before last`: two years before publication's (a day: two days back)."""
    pub = reader.published
    if pub is None:
        return None
    if m.group(1) == "year":
        return span(date(pub.year - 2, 1, 1), date(pub.year - 2, 12, 31), "year", True)
    if m.group(1) == "month":
        first = _shift_months(pub.replace(day=1), -2)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return span(first, last, "month", True)
    day = pub - timedelta(days=2)
    return span(day, day, "day", True)


_AFTER_NEXT = re.compile(r"(?:(?:in|during|on) )?the (week|month|year) after (?:the )?next")


def _after_next(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the week after next`: the Monday-to-Sunday week two weeks after publication's
    (a month, a year: two after), in either tense like `next week` (and like it None for
    a week told on a Sunday)."""
    pub = reader.published
    if pub is None:
        return None
    if m.group(1) == "year":
        return span(date(pub.year + 2, 1, 1), date(pub.year + 2, 12, 31), "year", True)
    if m.group(1) == "month":
        first = _shift_months(pub.replace(day=1), 2)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return span(first, last, "month", True)
    if pub.weekday() == 6:
        return None  # told on a Sunday, a Sunday-first calendar names another week
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=2)
    return span(monday, monday + timedelta(days=6), "day", True)


_NTH_WEEKDAY = re.compile(
    rf"(?:(?:in|during|on) )?(?:the )?({'|'.join(RANKS)}) ({WD}) (?:of|in) (.+)"
)


def _nth_weekday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the first Friday of July`, `the last Monday of next month`: that day of the month
    (None when a month without a year puts it on the wrong side of publication)."""
    found = reader.parse(_CURRENT.get(m.group(3), m.group(3)))
    if found is None or found.precision != "month" or found.calendar != "gregorian":
        return None
    index, named = RANKS[m.group(1)], weekday(m.group(2))
    if index:
        day = found.start + timedelta(days=(named - found.start.weekday()) % 7, weeks=index - 1)
    else:
        day = found.end - timedelta(days=(found.end.weekday() - named) % 7)
    pub = reader.published
    if day > found.end or (found.inferred and pub is not None and _wrong_side(day, pub, reader)):
        return None
    return found._replace(start=day, end=day, precision="day")


def _wrong_side(day: date, pub: date, reader: Reader) -> bool:
    """A day of a month without a year after publication in past tense, or before it of
    an upcoming event (`the first Friday of November` told on 2 November 2016)."""
    return day < pub if reader.ahead else day > pub


_NEXT_WEEKDAY = re.compile(
    rf"(?:on )?next ({WD})(?: (?:morning|afternoon|evening|night))?(?: next week)?"
)


def _next_weekday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`next Tuesday`: next week's Tuesday, when it is also the next one to come."""
    pub = reader.published
    named = weekday(m.group(1))
    if pub is None or not reader.ahead or named > pub.weekday():
        return None  # on a Monday, `next Tuesday` may be tomorrow or a week later
    day = pub - timedelta(days=pub.weekday()) + timedelta(weeks=1, days=named)
    return span(day, day, "day", True)


_WEEK_AGO_WEEKDAY = re.compile(
    rf"(?:on )?(?:({_COUNT}) weeks? ago ({WD})|({WD}) ({_COUNT}) weeks? ago)"
)


def _week_ago_weekday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`a week ago Tuesday`: the Tuesday of the week before publication's (`two weeks ago
    Friday`: of the week two weeks before)."""
    pub = reader.published
    named = weekday(m.group(2) or m.group(3))
    weeks = _count(m.group(1) or m.group(4))
    if pub is None or named >= pub.weekday() or not 0 < weeks <= _LIMITS["week"]:
        return None  # said on a Monday: the Tuesday before last, or last week's?
    day = pub - timedelta(days=pub.weekday()) - timedelta(weeks=weeks) + timedelta(days=named)
    return span(day, day, "day", True)


_SEASON = re.compile(
    r"(?:(?:in|during|over|throughout|since|until|by|of) )?(?:the )?"
    r"(?:(?:early|late|mid|this|last|next|past|coming|previous)[- ])*"
    r"(?:spring|summer|autumn|winter|fall)(?:time)?(?: (?:of )?(?:\d{4}|(?:this|last|next) year))?"
    r"|(?:\d{4} )(?:spring|summer|autumn|winter|fall)"
)


def _season(m: re.Match[str], reader: Reader) -> Cand | None:
    """Seasons are None: which months depends on the hemisphere and the convention."""
    return None


_AGO_TODAY = re.compile(
    rf"({_COUNT}) (day|week|fortnight|month|year)s? ago (today|yesterday)"
    r"|this day (?:a )?(?:(last) (week|month|year)|(week|month|year) ago)"  # `this day last week`
)


def _ago_today(m: re.Match[str], reader: Reader) -> Cand | None:
    """`a week ago today` (`this day last week`): the day exactly that long before
    publication (or before yesterday)."""
    pub, (count, unit) = reader.published, _unit(m.group(1) or "a", m.group(2) or m[5] or m[6])
    if pub is None or not 0 < count <= _LIMITS[unit]:
        return None
    day = _back(pub, unit, -count)
    if unit in ("month", "year") and day.day != pub.day:
        return None  # `a month ago today` on 31 March: there was no 31 February
    day -= timedelta(days=1 if m.group(3) == "yesterday" else 0)
    return span(day, day, "day", True)


_FROM_TODAY = re.compile(
    rf"({_COUNT}) (day|week|fortnight|month|year)s?(?: from)? (today|tomorrow)"
    r"|this day (?:next )?(week|month|year)()"  # British and Indian `this day week`
)  # British `a week today`, `a fortnight tomorrow`: a week (two) from today (tomorrow)


def _unit(count: str, unit: str) -> tuple[int, str]:
    """The count and unit of `a fortnight` as of weeks: (2, `week`)."""
    return (_count(count) * 2, "week") if unit == "fortnight" else (_count(count), unit)


def _from_today(m: re.Match[str], reader: Reader) -> Cand | None:
    """`a week from today` (`a week today`): the day exactly that long after publication
    (after tomorrow), ahead only (a past event is not a week from today)."""
    pub, (count, unit) = reader.published, _unit(m.group(1) or "a", m.group(2) or m[4])
    if pub is None or not reader.ahead or not 0 < count <= _LIMITS[unit]:
        return None
    day = _back(pub, unit, count)
    if unit in ("month", "year") and day.day != pub.day:
        return None  # `a month from today` on 31 January: there is no 31 February
    day += timedelta(days=1 if m.group(3) == "tomorrow" else 0)
    return span(day, day, "day", True)


_AND_A_HALF = re.compile(
    rf"(?:({_COUNT}) years? and a half|({_COUNT}) and a half years|half a year) ago"
)


def _and_a_half(m: re.Match[str], reader: Reader) -> Cand | None:
    """`a year and a half ago`: the month 18 months back (`half a year ago`: 6)."""
    count = m.group(1) or m.group(2)
    months = 6 if count is None else _count(count) * 12 + 6
    return reader.parse(f"{months} months ago")


_REST_OF = re.compile(
    r"(?:for |during |over )?(?:the )?(?:rest|remainder) of (?:the |this |my |current )?"
    r"(month|year)"
)


def _rest_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the rest of the month`: from publication to the period's last day (ahead only)."""
    pub = reader.published
    if pub is None or not reader.ahead:
        return None
    if m.group(1) == "month":
        end = pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
    else:
        end = date(pub.year, 12, 31)
    return span(pub, end, "day", True)


_SO_FAR = re.compile(
    r"(?:(?:so|thus) far (?:in |during )?(?P<after>.+)|(?P<before>.+?) (?:so|thus) far"
    r"|(?:the )?(?P<unit>year|month)-? ?to-? ?date)"
)


def _so_far(m: re.Match[str], reader: Reader) -> Cand | None:
    """`so far this year`, `so far in 2025`, `year to date`: from the start of the running
    year or month to publication, like `the rest of the month` the other way (None for a
    week, whose first day is a convention, and for a period publication is not in)."""
    pub = reader.published
    named = m.group("after") or m.group("before") or f"this {m.group('unit')}"
    found = reader.parse(named)
    if pub is None or found is None or found.precision not in ("month", "year"):
        return None
    return span(found.start, pub, "day", True) if found.start <= pub <= found.end else None


RULES: tuple[Rule, ...] = (
    (_ROLLING, _rolling),
    (_THE_LAST, _the_last),
    (_FORTNIGHT, _fortnight),
    (_REST_OF, _rest_of),
    (_SO_FAR, _so_far),
    (_AGO_TODAY, _ago_today),
    (_FROM_TODAY, _from_today),
    (_AND_A_HALF, _and_a_half),
    (_WEEK_OF_MONTH, _week_of_month),
    (_MONTH_OF_DAY, _month_of_day),
    (_BEFORE_LAST, _before_last),
    (_AFTER_NEXT, _after_next),
    (_NTH_WEEKDAY, _nth_weekday),
    (_NEXT_WEEKDAY, _next_weekday),
    (_WEEK_AGO_WEEKDAY, _week_ago_weekday),
    (_SEASON, _season),
)
