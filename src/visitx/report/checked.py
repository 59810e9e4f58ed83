"""Records as the report's charts and table can take them: dates that are real dates.

A results file edited by hand or written by another tool may hold a `date.start` that is
not a YYYY-MM-DD date. The report shows such a visit as undated (its date as written is
kept) instead of failing on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from visitx.core.models import DateValue, Extraction

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_day(value: str | None) -> bool:
    """Whether `value` is None or a real Gregorian day written YYYY-MM-DD."""
    if value is None:
        return True
    if not _ISO_DAY.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _sound(date: DateValue | None) -> bool:
    return date is None or (is_day(date.start) and is_day(date.end))


def with_sound_dates(records: Iterable[Extraction]) -> Iterator[Extraction]:
    """The records, each visit whose start or end is not a day made undated (a copy)."""
    for record in records:
        if all(_sound(visit.date) for visit in record.visits):
            yield record
            continue
        copy = record.model_copy(deep=True)
        for visit in copy.visits:
            if visit.date is not None and not _sound(visit.date):
                visit.date = visit.date.model_copy(
                    update={"start": None, "end": None, "precision": None}
                )
        yield copy
