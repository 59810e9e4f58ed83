"""A government's fiscal year named with its country: `India's FY2024-25`, `Pakistan's
fiscal year 2025-26`, `Australia's 2024-25 financial year`, `India's Q3 FY25`.

A fiscal year alone (`FY25`, `the 2024-25 fiscal year`, `fiscal 2024`) stays `None` in
`dates.english`: fiscal years start in any month. Beside a country word whose
government's year is known (`fiscal_year_starts` in `tables/english_words.json`: April
for India, July for Pakistan, Bangladesh, Australia, New Zealand, Kenya, Uganda,
Tanzania and Egypt) it is read: `FY2024-25` (`2024/25`, `FY24-25`) from the start month
of 2024 to the month before it in 2025, a single year (`FY25`, `fiscal year 2025`) the
fiscal year that ends in it, as these countries' budgets write it; a quarter or half
before it (`Q3 FY25`, `Q3FY25`, `the first half of FY2024-25`, `H1 FY25`) is those months
of that year. Month precision, like a calendar quarter. A two-year form whose years do
not follow each other (`FY2024-26`) is `None`.

Up to two words may stand between the country and the fiscal year (`India's GDP in
FY24`) and two after it (`Pakistan's FY2024-25 budget`), none with a digit.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from visitx.core.datafiles import read_json
from visitx.dates.grammar import Cand
from visitx.dates.periods import RANKS, span

__all__ = ["fiscal_year"]

_STARTS: dict[str, int] = {
    word: month
    for word, month in read_json("english_words.json")["fiscal_year_starts"].items()
    if not word.startswith("_")
}
_COUNTRY = "|".join(sorted(map(re.escape, _STARTS), key=len, reverse=True))
_RANKS = {word: rank for word, rank in RANKS.items() if rank}  # no `last` fiscal quarter
_RANK = "|".join(_RANKS)
_PART = (
    rf"(?:q([1-4])|h([12])|(?:the )?({_RANK}) quarter(?: of)?|(?:the )?({_RANK}) half(?: of)?)"
    r"[ -]?(?:the )?"
)
_YEARS = r"(\d{4}|\d{2})(?:[-/](\d{4}|\d{2}))?"
_FISCAL = re.compile(
    rf"(?:(?:in|during|for|of|over) )?(?:the )?({_COUNTRY})(?:'s?)?"
    r"(?: (?!\S*\d)\S+){0,2}?"  # `India's GDP in FY24`
    rf" (?:in |for |during |of )?(?:the )?(?:{_PART})?"
    rf"(?:fy ?{_YEARS}|(?:fiscal|financial) (?:year )?{_YEARS}|{_YEARS} (?:fiscal|financial) year)"
    r"(?: (?!\S*\d)\S+){0,2}"  # `Pakistan's FY2024-25 budget`
)


def _end_year(first: str, second: str | None) -> int | None:
    """The calendar year a fiscal year written `first`(-`second`) ends in; None when the
    two years do not follow each other."""
    start = int(first) if len(first) == 4 else 2000 + int(first)
    if second is None:
        return start  # `FY25`: the year that ends in 2025
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    return end if end == start + 1 else None


def _months(year: int, month: int, count: int) -> Cand:
    """`count` months from the 1st of `month` of `year`, at month precision."""
    last_index = year * 12 + month - 1 + count - 1
    last_year, last_month = divmod(last_index, 12)
    last_day = calendar.monthrange(last_year, last_month + 1)[1]
    return span(date(year, month, 1), date(last_year, last_month + 1, last_day), "month", False)


def fiscal_year(norm: str) -> Cand | bool | None:
    """The months of a country's fiscal year (or of its quarter or half) that `norm`
    names; None when it names one that cannot be; False when it names none."""
    m = _FISCAL.fullmatch(norm)
    if m is None:
        return False
    years = [group for group in m.groups()[5:] if group is not None]
    end = _end_year(years[0], years[1] if len(years) > 1 else None)
    if end is None or not 1900 <= end <= 2100:
        return None
    month = _STARTS[m.group(1)]
    quarter = m.group(2) or (_RANKS[m.group(4)] if m.group(4) else None)
    half = m.group(3) or (_RANKS[m.group(5)] if m.group(5) else None)
    first = end - 1 if month > 1 else end
    if quarter is not None:
        index = first * 12 + month - 1 + (int(quarter) - 1) * 3
        return _months(index // 12, index % 12 + 1, 3)
    if half is not None:
        if int(half) > 2:
            return None  # `the third half`
        index = first * 12 + month - 1 + (int(half) - 1) * 6
        return _months(index // 12, index % 12 + 1, 6)
    return _months(first, month, 12)
