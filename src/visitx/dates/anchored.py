"""Everyday English expressions anchored to a day: `the 21st`, `two days before June 3`,
`the day after Christmas`, `2y ago`, `now - 1 day`, `two weeks from today`, `after 4
days` (of an upcoming event), `Christmas Day`. Rules of `dates.english` (which tries
them in its order); each reads its parts with the caller's `Reader`.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from visitx.core.datafiles import read_json
from visitx.dates.grammar import Cand
from visitx.dates.periods import Reader, Rule, span
from visitx.dates.vocabulary import MONTH_WORD
from visitx.dates.weeks import WD as _WD
from visitx.dates.weeks import weekday as _weekday

__all__ = ["DAY_OF_MONTH", "RULES"]

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
            "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

_DAY_OF_MONTH = re.compile(
    rf"(?:on )?(?:({_WD}) )?(?:the |(?=\d+\w+ of (?:this|last|next) month$))"  # `9th of this month`
    rf"(\d{{1,2}})(?:st|nd|rd|th)(?: ({_WD}))?"
    r"(?: of (this|last|next|the) month)?"
)


def _day_of_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the 21st`: the most recent 21st on or before publication (the next one ahead).

    With its weekday (`Thursday the 21st`, `on the 21st (Thursday)`) it is the 21st on
    that weekday, of the nearest month on either side of publication when the tense's
    side disagrees; None when neither agrees."""
    pub = reader.published
    if pub is None or (m.group(1) and m.group(3)) or (m.group(4) == "next" and not reader.ahead):
        return None  # `the 10th of next month` of a past event: the month after what?
    day, which, named = int(m.group(2)), m.group(4), m.group(1) or m.group(3)
    found = _nth_day(pub, day, which, reader.ahead)
    if named is not None:
        wanted = _weekday(named)
        if which is None and (found is None or found.weekday() != wanted):
            found = _nth_day(pub, day, None, not reader.ahead)  # the other side's 21st
        if found is None or found.weekday() != wanted:
            return None
    if found is None or (which == "this" and found > pub and not reader.ahead):
        return None
    return span(found, found, "day", True)


def _nth_day(pub: date, day: int, which: str | None, ahead: bool) -> date | None:
    """The `day` of publication's month, of the one before (`last`) or after (`next`), or,
    without `which`, of the nearest month on the tense's side of publication (None: no
    such day)."""
    month_start = pub.replace(day=1)
    if which == "last":
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    elif which == "next":
        month_start = (month_start + timedelta(days=32)).replace(day=1)
    elif which is None and (day < pub.day if ahead else day > pub.day):
        step = timedelta(days=32) if ahead else -timedelta(days=1)
        month_start = (month_start + step).replace(day=1)
    try:
        return month_start.replace(day=day)
    except ValueError:
        return None


_OFFSET = re.compile(
    r"(?:(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (days?|weeks?)|the (day))"
    r" (before|after|prior to|following|earlier than|later than) (.+)"
)


# Holidays read as their day only as an offset's anchor: `Christmas` alone is also the
# season, but `a week before Christmas` counts from 25 December.
_ANCHOR_HOLIDAYS: dict[str, str] = read_json("english_words.json")["anchor_holidays"]
# Holidays on a fixed Gregorian day everywhere (`tables/english_words.json`), read as
# that day without a year.
_HOLIDAYS: dict[str, str] = read_json("english_words.json")["holidays"]


def _offset(m: re.Match[str], reader: Reader) -> Cand | None:
    """`two days before June 3`, `the day after Christmas` (the anchor must be one day; a
    holiday is its month and day, `the day after New Year's Day` as `the day after
    January 1`, so it is as sure as one)."""
    text = _ANCHOR_HOLIDAYS.get(m.group(5)) or _HOLIDAYS.get(m.group(5), m.group(5))
    anchor = reader.parse(text) or (  # just gone by: `3 days after Dec. 30` on the 31st
        reader.looking_back(text) if _YEARLESS.fullmatch(text) else None
    )
    if anchor is None or anchor.start != anchor.end or not _holiday_kept(text, anchor.start):
        return None
    count = 1 if m.group(3) else int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
    days = count * (7 if (m.group(2) or "").startswith("week") else 1)
    sign = -1 if m.group(4) in ("before", "prior to", "earlier than") else 1
    shift = timedelta(days=sign * days)
    day = anchor.start + shift
    if anchor.inferred and _YEARLESS.fullmatch(text) and not _one_year(anchor.start, shift, reader):
        return None
    return anchor._replace(start=day, end=day)


def _holiday_kept(text: str, anchor: date) -> bool:
    """Whether an anchor that names a holiday (`Christmas Day`, `Christmas Eve`) was read
    as a day beside it, not as other words of the text (`3 weeks after Christmas on
    Friday`: the Friday, Christmas passed over)."""
    for name, day in _ANCHOR_HOLIDAYS.items():
        if re.search(rf"\b{name}\b", text):
            month, number = _HOLIDAY_DAYS[day]
            if anchor.month != month or abs(anchor.day - number) > 1:
                return False
    return True


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")  # fmt: skip
_HOLIDAY_DAYS = {
    day: (_MONTHS.index(day.split()[0]) + 1, int(day.split()[1]))
    for day in _ANCHOR_HOLIDAYS.values()
}
_YEARLESS = re.compile(rf"(?!.*\d{{4}}).*\b{MONTH_WORD}.*")  # a month and day, no year


def _one_year(anchor: date, shift: timedelta, reader: Reader) -> bool:
    """Whether one year's anchor, not the year after or before, puts the day on its side.

    `a week before Christmas` published on 20 December: 18 December of this year (past)
    or of last year (this year's Christmas is still ahead)? Either could be meant: None.
    """
    pub = reader.published
    if pub is None:
        return False
    step = -1 if reader.ahead else 1
    years = (anchor.year + step * n for n in range(1, 9))  # 29 February: the next leap year
    other = next((anchor.replace(year=y) for y in years if _has_day(y, anchor)), None)
    if other is None:
        return False
    day, other_day = anchor + shift, other + shift
    if reader.ahead:
        return day >= pub and other_day < pub
    return day <= pub and other_day > pub


def _has_day(year: int, day: date) -> bool:
    """Whether `year` has `day`'s month and day (not 29 February of 2023)."""
    return day.month != 2 or day.day != 29 or calendar.isleap(year)


_SHORT_UNITS = {"d": "days", "w": "weeks", "wk": "weeks", "wks": "weeks", "y": "years",
                "yr": "years", "yrs": "years"}  # fmt: skip
_ABBREVIATED = re.compile(r"(in )?(\d{1,3}) ?(d|wks?|w|yrs?|y)( ago)?")


def _abbreviated(m: re.Match[str], reader: Reader) -> Cand | None:
    """`2y ago`, `in 1d`: units written short (never `m`: minutes or months?)."""
    if bool(m.group(1)) == bool(m.group(4)):
        return None  # `2y` alone is a duration, not a date
    words = f"{m.group(2)} {_SHORT_UNITS[m.group(3)]}"
    return reader.parse(f"in {words}" if m.group(1) else f"{words} ago")


_NOW = re.compile(r"now ?([+-]) ?(\d{1,3}) (days?|weeks?|months?|years?)")


def _now(m: re.Match[str], reader: Reader) -> Cand | None:
    """`now - 1 day`: a day before publication (`now + 1 day` one after)."""
    words = f"{m.group(2)} {m.group(3)}"
    return reader.parse(f"{words} ago" if m.group(1) == "-" else f"in {words}")


_FROM_TODAY = re.compile(r"(.+) from today")


def _from_today(m: re.Match[str], reader: Reader) -> Cand | None:
    """`two weeks from today`: read as `two weeks from now`."""
    return reader.parse(f"{m.group(1)} from now")


_AFTER = re.compile(r"after (\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) "
                    r"(days?|weeks?|months?|years?)")  # fmt: skip


def _after(m: re.Match[str], reader: Reader) -> Cand | None:
    """`after 4 days` of an upcoming event: four days from publication (past: after what?)."""
    return reader.parse(f"in {m.group(1)} {m.group(2)}") if reader.ahead else None


_HOLIDAY = re.compile(rf"(?:on )?(?:the )?({'|'.join(map(re.escape, _HOLIDAYS))})(?: (\d{{4}}))?")


def _holiday(m: re.Match[str], reader: Reader) -> Cand | None:
    """`Christmas Day`, `New Year's Eve 2023`: that day (the most recent one, without a year)."""
    return reader.parse(f"{_HOLIDAYS[m.group(1)]} {m.group(2) or ''}".strip())


DAY_OF_MONTH: Rule = (_DAY_OF_MONTH, _day_of_month)
"""`the 21st` (tried before `since` and `up to now` by `dates.english`)."""

_LAST_MONTH_NAME = re.compile(rf"(?:last|previous|past) ({MONTH_WORD})")


def _last_month_name(m: re.Match[str], reader: Reader) -> Cand | None:
    """`last September`: last year's when this year's has not ended by publication (told
    in March 2024: September 2023; `last March` told in March: March 2023); None when
    this year's has (told in November 2016: September 2016, two months back, or
    September 2015, of last year? Recognizers-Text reads the second)."""
    pub, found = reader.published, reader.looking_back(m.group(1))
    if pub is None or found is None or found.precision != "month":
        return None
    if found.start.year < pub.year:
        return found
    if found.end >= pub:  # the month of publication: last year's
        return reader.looking_back(f"{m.group(1)} last year")
    return None


_DAYS_OF_MONTH = re.compile(
    r"(from |between )?(?:the )?(\d{1,2})(?:st|nd|rd|th)? ?(-|to|till|until|through|thru|and) ?"
    r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: (?:of|in))? ((?:this|last|next|the previous|the next)"
    r" month)"
)


def _days_of_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`from 4 to 22 this month`, `the 4th to the 22nd of last month`: those days of the
    month named (None where the month is not read, as `next month` of a past event)."""
    if (m.group(1) == "between ") != (m.group(3) == "and"):
        return None  # `4 and 22 this month`: two days, not a range
    month = reader.parse(m.group(5))
    first, last = int(m.group(2)), int(m.group(4))
    if month is None or month.precision != "month" or month.start.month != month.end.month:
        return None
    if not 1 <= first < last <= month.end.day:
        return None
    return span(month.start.replace(day=first), month.start.replace(day=last), "day", True)


RULES: tuple[Rule, ...] = (
    (_DAYS_OF_MONTH, _days_of_month),
    (_LAST_MONTH_NAME, _last_month_name),
    (_OFFSET, _offset),
    (_ABBREVIATED, _abbreviated),
    (_NOW, _now),
    (_FROM_TODAY, _from_today),
    (_HOLIDAY, _holiday),
    (_AFTER, _after),
)
"""The other anchored rules, in the order `dates.english` tries them."""
