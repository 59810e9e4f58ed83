"""The publication date callers pass: every form `parse_date` reads, and timestamps.

`published` arrives as a `date`, a `datetime`, an ISO 8601 date or timestamp
(`2024-03-03`, `2024-03-03T09:30:00Z`, `2024-03-03 09:30:00+01:00`, or in the basic
format `20240303`, `20240303T093000Z`), an RFC 2822 timestamp from a feed or an HTTP
header (`Sun, 03 Mar 2024 09:30:00 GMT`), or a date as a page prints it (`March 3,
2024`, `3 March 2024`, `3 mars 2024`, `۱۳ اسفند ۱۴۰۲`).
A timestamp's day is the day as written, in its own time zone. A value that names no
single day (`March 2024`, `yesterday`, `03/04/2024`) is rejected with an `InputError`
rather than ignored: resolving "yesterday" against no date is better than against a
guessed one, but silently dropping what the caller gave hides their mistake.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from email.utils import parsedate_tz

from visitx.core.errors import InputError

__all__ = ["read_published"]

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?"
)
# ISO 8601's basic format (`20240303`, `20240303T093000Z`), as feeds and file names write it.
_ISO_BASIC = re.compile(
    r"(\d{4})(\d{2})(\d{2})(?:T\d{2}(?:\d{2}(?:\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}(?:\d{2})?)?)?"
)
_RFC_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


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


def read_published(
    value: str | date | None, explicit_day: Callable[[str], date | None]
) -> date | None:
    """The publication day of `value`; `explicit_day` reads a printed date, or None.

    Raises:
        InputError: `value` is given but names no single day.
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
    text = value.strip()
    if not text:
        return None
    iso = _ISO.fullmatch(text) or _ISO_BASIC.fullmatch(text)
    try:
        found = date(*map(int, iso.groups())) if iso else None
    except ValueError:
        found = None
    found = found or _rfc2822(text) or explicit_day(text)
    if found is None:
        raise InputError(
            f"published={value!r} names no single day. Pass 'YYYY-MM-DD', an ISO 8601 or "
            "RFC 2822 timestamp, a datetime.date, or a date with day, month and year "
            "('March 3, 2024', '3 March 2024')."
        )
    return found
