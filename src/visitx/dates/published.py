"""The publication date callers pass: every form `parse_date` reads, and timestamps.

`published` arrives as a `date`, a `datetime`, an ISO 8601 date or timestamp
(`2024-03-03`, `2024-03-03T09:30:00Z`, `2024-03-03 09:30:00+01:00`, or in the basic
format `20240303`, `20240303T093000Z`), an RFC 2822 timestamp from a feed or an HTTP
header (`Sun, 03 Mar 2024 09:30:00 GMT`), or a date as a page prints it (`March 3,
2024`, `3 March 2024`, `3 mars 2024`, `۱۳ اسفند ۱۴۰۲`), also with its time of day after a
dash (`Monday, March 4, 2024 - 08:15`).
A timestamp's day is the day as written, in its own time zone. A value that names no
single day (`March 2024`, `yesterday`, `03/04/2024`, a timestamp whose time of day does not
exist, `2024-03-03T25:00:00Z`) or is empty (`""`, `"  "`: no date is None) is rejected with an
`InputError`
rather than ignored: resolving "yesterday" against no date is better than against a
guessed one, but silently dropping what the caller gave hides their mistake.
A timestamp's time of day, as written in its own zone, is `published_moment`; midnight
exactly (`2024-03-03T00:00:00`, `datetime(2024, 3, 3)`) counts as no time, since dates
stored as timestamps are padded with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from email.utils import parsedate_tz

from visitx.core.errors import InputError

__all__ = ["published_moment", "read_published"]

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?"
)
# ISO 8601's basic format (`20240303`, `20240303T093000Z`), as feeds and file names write it.
_ISO_BASIC = re.compile(
    r"(\d{4})(\d{2})(\d{2})"
    r"(?:T(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?:\d{2})?)?)?"
)
_RFC_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A dash between a printed date and its time of day (`Monday, March 4, 2024 - 08:15`, `4 March
# 2024 – 8:15 pm GMT`, as page templates print them): a space, so the dash is no range's.
_DASH_BEFORE_CLOCK = re.compile(
    r"(?<=\d)\s+[-–—]\s+(?=\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*[A-Za-z]{2,5})?$)",
    re.IGNORECASE,
)


def _rfc2822(text: str) -> date | None:
    """The day of an RFC 2822 timestamp (`Sun, 03 Mar 2024 09:30:00 GMT`), weekday checked."""
    if not re.search(r"\d{1,2}:\d{2}", text):
        return None  # a date alone is read by the date grammar
    parts = parsedate_tz(text)
    if parts is None:
        return None
    try:
        day = date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
    weekday = text.strip()[:3].lower()
    if weekday in _RFC_WEEKDAYS and _RFC_WEEKDAYS.index(weekday) != day.weekday():
        return None
    return day


_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")


def _bad_clock(text: str) -> bool:
    """Whether `text` writes a time of day that does not exist (`25:00`, `09:61`, `24:00`: a slip
    that says the value is not what the caller meant, rather than a day to keep; ISO's
    `24:00`, the end of the day, is the next day's midnight: which day is meant?)."""
    for m in _CLOCK.finditer(text):
        hour, minute, second = (int(part or 0) for part in m.groups())
        if hour > 23 or minute > 59 or second > 60:
            return True
    return False


def read_published(
    value: str | date | None, explicit_day: Callable[[str], date | None]
) -> date | None:
    """The publication day of `value`; `explicit_day` reads a printed date, or None.

    Raises:
        InputError: `value` is given but names no single day or is empty.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise InputError(
            f"published={value!r} is not a date. Pass 'YYYY-MM-DD', a datetime.date, "
            "or a date as printed ('March 3, 2024')."
        )
    text = _DASH_BEFORE_CLOCK.sub(" ", value.strip())
    if not text:  # a feed's empty `<pubDate>`: a slip to show, not a missing date to assume
        raise InputError(
            f"published={value!r} is empty. Pass None when the article has no publication "
            "date, else the date ('2024-03-03', 'March 3, 2024')."
        )
    iso = _ISO.fullmatch(text) or _ISO_BASIC.fullmatch(text)
    try:
        found = date(*map(int, iso.groups()[:3])) if iso else None
    except ValueError:
        found = None
    found = None if _bad_clock(text) else found or _rfc2822(text) or explicit_day(text)
    if found is None:
        raise InputError(
            f"published={value!r} names no single day (or a time of day that does not "
            "exist). Pass 'YYYY-MM-DD', an ISO 8601 or RFC 2822 timestamp, a datetime.date, "
            "or a date with day, month and year ('March 3, 2024', '3 March 2024')."
        )
    return found


def _clock(hour: int, minute: int, second: int) -> time | None:
    """The time of day, or None for midnight exactly (a date padded to a timestamp)."""
    try:
        moment = time(hour, minute, second)
    except ValueError:
        return None
    return None if moment == time(0) else moment


def published_moment(value: str | date | None, day: date | None) -> datetime | None:
    """The moment of publication when `value` carries a time of day, else None.

    `day` is `read_published(value)`. The time is read from a `datetime`, an ISO 8601
    timestamp (`2024-03-03T09:30:00Z`, `20240303T0930`) or an RFC 2822 one, as written
    in its own zone; a date, a printed date and midnight exactly carry no time.
    """
    if day is None or value is None:
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return None
    moment: time | None
    if isinstance(value, datetime):
        moment = _clock(value.hour, value.minute, value.second)
    else:
        text = _DASH_BEFORE_CLOCK.sub(" ", value.strip())
        iso = _ISO.fullmatch(text) or _ISO_BASIC.fullmatch(text)
        if iso is not None:
            hour, minute, second = (int(part or 0) for part in iso.groups()[3:])
            moment = _clock(hour, minute, second) if iso.group(4) is not None else None
        else:
            parts = parsedate_tz(text) if _rfc2822(text) is not None else None
            moment = None if parts is None else _clock(parts[3], parts[4], parts[5])
    return None if moment is None else datetime.combine(day, moment)
