"""Periods named by their place in the year: quarters, halves, months counted.

Rules of `dates.english` (see its docstring for the precision each keeps; decades and
centuries are `dates.decades`): `Q3 2024` and
`the fourth quarter of 2022` (`the 2022 fourth quarter`) three months, `the first half
of 2021` six months, `the first nine months of 2023` those nine. A quarter or half
without a year is the most recent one begun by publication (the next one for an
upcoming event); `last quarter` is the one before the publication's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import NamedTuple

from visitx.core.datafiles import read_json
from visitx.dates.grammar import Cand

__all__ = [
    "RANKS",
    "RULES",
    "Reader",
    "no_period",
    "part_in_sentence",
    "span",
]

Parse = Callable[[str], Cand | None]

# The place an ordinal word gives a part of a period, 0 for the last one (`ranks` in
# tables/english_words.json); each rule adds its own words.
RANKS: dict[str, int] = {
    word: rank
    for word, rank in read_json("english_words.json")["ranks"].items()
    if not word.startswith("_")
}
_ORDINALS = {**RANKS, "latter": 0, "back": 2, "front": 1}


class Reader(NamedTuple):
    """What the rules need: the publication day, the tense, and the parser of parts."""

    published: date | None
    ahead: bool
    parse: Parse
    past: Parse | None = None
    """Parses a part in past tense (`since April`, `back in January` look back); None:
    `parse` is already in past tense."""

    def looking_back(self, part: str) -> Cand | None:
        """The period of `part` read in past tense, whatever the expression's tense."""
        return (self.past or self.parse)(part)


def span(start: date, end: date, precision: str, inferred: bool) -> Cand:
    """A Gregorian candidate period."""
    return Cand(start, end, precision, "gregorian", inferred)


def no_period(m: re.Match[str], reader: Reader) -> Cand | None:
    """The rule of a pattern that names no period (`Christmas 2019`, `circa 2020`): None."""
    return None


# --- periods named by their place in a year ----------------------------------------------


def _year_of(rest: str | None, reader: Reader) -> int | None:
    """The year `rest` names (`2024`, `this year`, `last year`), or None."""
    if rest is None or rest in ("the year", "this year", "the current year"):
        return None if reader.published is None else reader.published.year
    found = reader.parse(rest)
    if found is None or found.precision != "year" or found.start.year != found.end.year:
        return None
    return found.start.year if found.calendar == "gregorian" else None


def _months(first: int, count: int, year: int, inferred: bool) -> Cand:
    last = first + count - 1
    end = date(year + last // 12, last % 12 + 1, 1) - timedelta(days=1)
    return span(date(year, first, 1), end, "month", inferred)


_RUNNING_YEAR = ("the year", "year")  # `this year` is read as written


def _on_its_side(found: Cand, reader: Reader) -> bool:
    """Whether a part of `the year` lies where the tense puts the event: begun by
    publication for a past one, not ended for an upcoming one (`the second half of the
    year` of a past visit told in March: the year of the story, or the running one?)."""
    pub = reader.published
    if pub is None:
        return False
    return found.end >= pub if reader.ahead else found.start <= pub


def _part_of_year(index: int, count: int, rest: str | None, reader: Reader) -> Cand | None:
    """Quarter or half `index` (0: the last one) of the year `rest` names."""
    pieces = 12 // count
    index = index or pieces
    if not 1 <= index <= pieces:
        return None
    first = (index - 1) * count + 1
    if rest is not None:
        year = _year_of(rest, reader)
        if year is None:
            return None
        found = _months(first, count, year, rest.startswith(("this", "last", "next", "the")))
        return found if rest not in _RUNNING_YEAR or _on_its_side(found, reader) else None
    if reader.published is None:
        return None
    year = reader.published.year
    # The most recent such quarter that has begun by publication (the next one ahead).
    begun = date(year, first, 1) <= reader.published
    if reader.ahead:
        year = year if _months(first, count, year, True).end >= reader.published else year + 1
    elif not begun:
        year -= 1
    return _months(first, count, year, True)


_QUARTER = re.compile(
    r"(?:the )?(?:q([1-4])|([1-4])q|(first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
    r"[- ]quarter)"
    r"(?:(?:(?: of| in)? |(?<=\d)[-/])((?:the |this |last |next )?(?:year|\d{4}))"
    r"|(?: of| in)? ?('\d\d))?"
)
_YEAR_QUARTER = re.compile(r"(\d{4}) ?-?([qh])([1-4])")  # `2016 Q3`, `2016-H2`
_YEAR_MONTH = re.compile(r"(\d{4})[-/](\d{1,2})")  # `2016-11`, `2016/11`
_SHORT_QUARTER = re.compile(r"([1-4])q(\d\d)")  # `3Q24`
_HALF = re.compile(
    r"(?:the )?(?:h([12])|([12])h|(first|second|1st|2nd|latter|last|back|front)[- ]half)"
    r"(?:(?:(?: of| in)? |(?<=\d)[-/])((?:the |this |last |next )?(?:year|\d{4}))"
    r"|(?: of| in)? ?('\d\d))?"
)
_SHORT_HALF = re.compile(r"([12])h(\d\d)")  # `2H23`
_YEARS_PART = re.compile(r"(?:the )?((?:this|last|next) )?year's (\w+[- ](?:quarter|half))")
_QUARTER_OF_MONTHS = re.compile(r"(?:the )?(\w+ ?- ?\w+) quarter(?: (?:of )?(\d{4}))?")
# `the January-March period`, `the June to August 2023 period`: the months of the range.
_PERIOD_OF_MONTHS = re.compile(
    r"(?:the )?(\w+\.? ?(?:-|to|through) ?\w+\.?(?: \d{4})?) period(?: (?:of )?(\d{4}))?"
)
# `for the quarter ended June 30, 2025`: the reporting period an earnings release opens with.
_ENDED = re.compile(
    r"(?:for )?(?:the )?(?:(quarter|half|three|six|nine|year|month|period|decade) (?:months? )?"
    r"|(twelve|12) months )(?:ended|ending|to|through) (?!date$|now$)(.+)"
)
# `the June quarter` (Australian, Indian and New Zealand usage): the quarter ending in June.
_MONTH_QUARTER = re.compile(
    r"(?:the )?(march|mar|june|jun|september|sept|sep|december|dec)\.? quarter"
    r"(?: (?:of )?(\d{4}|this year|last year|next year))?"
)
_RELATIVE_QUARTER = re.compile(r"(?:the )?(last|previous|this|current|next) quarter")
# `the 1988 second quarter`, `the 2021 first half` (TimeBank wsj_0144, wsj_0991).
_YEAR_FIRST = re.compile(
    r"(?:the )?(\d{4}) (?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter"
    r"|(first|second|1st|2nd)[- ]half)"
)


def _quarter(m: re.Match[str], reader: Reader) -> Cand | None:
    word = m.group(3)
    index = int(m.group(1) or m.group(2) or 0) or _ORDINALS[word or "last"]
    rest = m.group(4) or (m.group(5) and f"20{m.group(5)[1:]}")
    if word == "last" and rest is None:
        return _last_quarter(m.group(0).startswith("the "), reader)
    return _part_of_year(index, 3, rest, reader)


def _last_quarter(the: bool, reader: Reader) -> Cand | None:
    """`last quarter`: the quarter before publication's, as `last month` is the month
    before (in either tense: the word counts back). `the last quarter` may also be the
    year's final one (`the last quarter` of a planned visit): only when both readings
    are the same quarter (published in a first quarter, in past tense), else None."""
    previous = _quarter_from(-1, reader)
    if not the or previous is None:
        return previous
    final = _part_of_year(4, 3, None, reader)
    return previous if final == previous else None


def _year_first(m: re.Match[str], reader: Reader) -> Cand | None:
    quarter = m.group(2)
    index = _ORDINALS[quarter or m.group(3)]
    return _part_of_year(index, 3 if quarter else 6, m.group(1), reader)


def _short_quarter(m: re.Match[str], reader: Reader) -> Cand | None:
    return _part_of_year(int(m.group(1)), 3, f"20{m.group(2)}", reader)


def _year_quarter(m: re.Match[str], reader: Reader) -> Cand | None:
    return _part_of_year(int(m.group(3)), 3 if m.group(2) == "q" else 6, m.group(1), reader)


def _year_month(m: re.Match[str], reader: Reader) -> Cand | None:
    """`2016-11`, `2015/3`: the month (ISO year-month); None where two digits could end
    a range of years (`2016-17`, `2010/11`: the season 2010-2011?)."""
    year, month = int(m.group(1)), int(m.group(2))
    if not 1000 <= year <= 2199 or not 1 <= month <= 12:
        return None
    if len(m.group(2)) == 2 and month > year % 100:
        return None
    return _months(month, 1, year, False)


def _half(m: re.Match[str], reader: Reader) -> Cand | None:
    word = m.group(3)
    index = int(m.group(1) or m.group(2) or 0) or _ORDINALS[word or "last"]
    rest = m.group(4) or (m.group(5) and f"20{m.group(5)[1:]}")
    if m.group(2) and not rest:
        return None  # `in 1h` is an hour: `1H` is a half only with its year (`1H 2024`)
    if word == "last" and not rest:
        return None  # `the last half`: of what? (`the last half of 1988`: July-December)
    return _part_of_year(index or 2, 6, rest, reader)


def _short_half(m: re.Match[str], reader: Reader) -> Cand | None:
    return _part_of_year(int(m.group(1)), 6, f"20{m.group(2)}", reader)


def _years_part(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the year's first quarter`: the first quarter of this year (`last year's`: of last)."""
    return reader.parse(f"the {m.group(2)} of {m.group(1) or 'this '}year")


def _quarter_of_months(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the January-March quarter`: those three months, when they are a calendar quarter."""
    found = reader.parse(f"{m.group(1).replace('-', ' - ')} {m.group(2) or ''}".strip())
    if found is None or found.precision != "month":
        return None
    months = (found.end.year - found.start.year) * 12 + found.end.month - found.start.month + 1
    return found if months == 3 and found.start.month % 3 == 1 else None


def _period_of_months(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the January-March period`: the months from the first to the last, as a range."""
    months = re.sub(r" ?(-|to|through) ?", r" \1 ", m.group(1))
    found = reader.parse(f"{months} {m.group(2) or ''}".strip())
    ok = found is not None and found.precision == "month" and found.start.month != found.end.month
    return found if ok else None


_ENDED_MONTHS = {"quarter": 3, "three": 3, "half": 6, "six": 6, "nine": 9, "twelve": 12,
                 "12": 12, "year": 12, "month": 1}  # fmt: skip


def _ended(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the quarter ended Sept. 30`: the three months ending on that month's last day
    (`the year to March 2024` the twelve; `the period ending June 2023`: None, not June)."""
    unit = m.group(1) or m.group(2)
    if unit not in _ENDED_MONTHS:
        return None  # a period or decade of unknown length
    ended = " ended " in f" {m.group(0)} "  # `the quarter ended Sept. 30` is over
    end = reader.looking_back(m.group(3)) if ended else reader.parse(m.group(3))
    if end is None or end.end.month == (end.end + timedelta(days=1)).month:
        return None  # a quarter ends on a month's last day (or names the month)
    if end.precision == "day" and end.start != end.end:
        return None
    count = _ENDED_MONTHS[unit]
    index = end.end.year * 12 + end.end.month - count
    first = date(index // 12, index % 12 + 1, 1)
    return end._replace(start=first, precision="month")


def _month_quarter(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the June quarter`: April-June, as `the second quarter` (of the year given)."""
    index = ("mar", "jun", "sep", "dec").index(m.group(1)[:3]) + 1
    return _part_of_year(index, 3, m.group(2), reader)


def _relative_quarter(m: re.Match[str], reader: Reader) -> Cand | None:
    offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[m.group(1)]
    return _quarter_from(offset, reader)


def _quarter_from(offset: int, reader: Reader) -> Cand | None:
    """The quarter `offset` quarters from publication's (a later one only ahead)."""
    if reader.published is None or (offset > 0 and not reader.ahead):
        return None
    index = (reader.published.month - 1) // 3 + offset
    year = reader.published.year + index // 4
    return _months(index % 4 * 3 + 1, 3, year, True)


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11}  # fmt: skip
_MONTHS_OF = re.compile(
    rf"(?:the )?(first|last|final) ({'|'.join(_COUNTS)}|\d{{1,2}}) (months|quarters) (?:of|in) (.+)"
)


def _months_of(m: re.Match[str], reader: Reader) -> Cand | None:
    """`the first nine months of 2023`: January to September (`the last two`: Nov-Dec);
    `the first two quarters of 1990` Jan-June (TimeBank wsj_0927); of `the year` as a half."""
    quarters = m.group(3) == "quarters"
    count = (_COUNTS.get(m.group(2)) or int(m.group(2))) * (3 if quarters else 1)
    year = _year_of(m.group(4), reader)
    if year is None or not 1 <= count <= (12 if quarters else 11):
        return None
    first = 1 if m.group(1) == "first" else 13 - count
    found = _months(first, count, year, not m.group(4)[0].isdigit())
    return found if m.group(4) not in _RUNNING_YEAR or _on_its_side(found, reader) else None


Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Reader], Cand | None]]
RULES: tuple[Rule, ...] = (
    (_QUARTER, _quarter),
    (_YEAR_QUARTER, _year_quarter),
    (_YEAR_MONTH, _year_month),
    (_SHORT_QUARTER, _short_quarter),
    (_HALF, _half),
    (_SHORT_HALF, _short_half),
    (_YEARS_PART, _years_part),
    (_QUARTER_OF_MONTHS, _quarter_of_months),
    (_PERIOD_OF_MONTHS, _period_of_months),
    (_ENDED, _ended),
    (_MONTH_QUARTER, _month_quarter),
    (_RELATIVE_QUARTER, _relative_quarter),
    (_MONTHS_OF, _months_of),
    (_YEAR_FIRST, _year_first),
)


def part_in_sentence(norm: str, found: Cand, reader: Reader) -> Cand | None:
    """The quarter or half inside the one year `found` that a sentence around it names
    with that year in four digits (`XXX is set to be released in the second half of
    2025`: July-December 2025, as the phrase alone); None when there is none, or several
    (`the second quarter and third quarter of 2024`: not the third alone)."""
    if found.precision != "year" or found.start.year != found.end.year:
        return None
    year = str(found.start.year)
    parts = set()
    for pattern, rule in ((_QUARTER, _quarter), (_HALF, _half)):
        inside = re.compile(rf"(?<![\w'-])(?:{pattern.pattern})(?![\w'-])")
        for m in inside.finditer(norm):
            if not re.search(rf"(?<!\d){year}(?!\d)", m.group(0)):
                return None  # another quarter or half, of that year or not
            parts.add(rule(m, reader))
    part = parts.pop() if len(parts) == 1 else None
    return part if part is not None and found.start <= part.start <= part.end <= found.end else None
