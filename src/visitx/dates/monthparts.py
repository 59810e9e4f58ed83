"""Parts and days of a named month in Chinese, Japanese and Korean: `本月初`, `五月底`,
`三月下旬`, `本月12日`, `3月末`, `今月12日`, `이번 달 초`, `3월 하순`, the running month's
`月底`, `月末`, `월말`; and a month named
as the running one (Arabic `في منتصف يناير الجاري`: mid-January, this January).

A part with no fixed end (`初` start, `底`/`末` end, `中` middle, `초`, `말`) is the whole
month, as English `early March` and `late last month` read (the text does not say
where the part ends). A ten-day period (`旬`) has fixed bounds: `上旬` the 1st to the
10th, `中旬` the 11th to the 20th, `下旬` the 21st to the month's last day, so it is
those days (as `the second week of July` is 8-14 July); and so is a day after this,
last or next month (`本月12日`, `先月3日`, `지난달 5일`, and in Turkish and
Azerbaijani after its genitive: `bu ayın 12'sinde`, `geçen ayın 28'inde`, `ötən ayın
28-də`). The month itself is read by the other rules (`本月`, `上个月`, `5月`,
`2024年3月`: a month without a year the most recent one begun by publication, the next
one for an upcoming event). A ten-day period or day on the other side of publication
than the tense asks (`本月下旬` of a past event told on the 7th) is None. The words are
data (`month_parts` in `tables/date_words.json`); a lunar month (`农历十月初`) fits no
pattern and is left to the other rules. A month with a word for "running" (`current`:
`يناير الجاري`, `15 يناير الحالي`) is read without it and kept only when it lies in the
publication month (otherwise the text contradicts
itself: None), whatever the tense.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from datetime import date
from typing import Literal

from visitx.dates import hanzi, phrasebook, tables
from visitx.dates.grammar import Cand

__all__ = ["read"]

Parse = Callable[[str], Cand | None]


class _Pattern:
    def __init__(self, regex: re.Pattern[str], tens: dict[str, int], words: dict[str, str]):
        self.regex, self.tens, self.words = regex, tens, words


@functools.cache
def _pattern(lang: str) -> _Pattern | None:
    words = phrasebook.table("month_parts").get(lang)
    if words is None:
        return None
    tens: dict[str, int] = words["tens"]
    gap = words.get("gap", "")
    ten = "|".join(re.escape(word) for word in sorted(tens, key=len, reverse=True))
    month = rf"(?:(?P<month>{words['month']})|(?P<bare>{words.get('bare', '(?!)')}))"
    part = (
        rf"{month}{gap}(?:(?P<whole>{words['whole']})|(?P<ten>{ten}))"
        rf"|(?P<rel>{words['relative']}){gap}{words['day']}"
    )
    lead = rf"(?:{words['lead']})?" if words["lead"] else ""
    regex = rf"{lead}(?:{part})(?:{words['trail']})?"
    return _Pattern(re.compile(regex), tens, words)  # CJK: normalizing changes only digits


def read(
    text: str, lang: str | None, published: date | None, ahead: bool, parse: Parse
) -> Cand | Literal[False] | None:
    """The period of a part or day of a named month `text` in `lang`, read with `parse`
    for the month; None when it is one but unsure; False when it is none."""
    current = _current(text, lang, published, parse)
    pattern = None if lang is None else _pattern(lang)
    if current is not False or pattern is None:
        return current
    norm = " ".join(tables.normalize(hanzi.month_numerals(text)).split())
    m = pattern.regex.fullmatch(norm.strip(" .,;:!?()。，、"))
    if m is None:
        return False
    bare = m.group("bare") is not None  # `月底`: the running month's end
    month = parse(pattern.words["this_month"] if bare else m.group("month") or m.group("rel"))
    if month is None or month.precision != "month" or month.start.month != month.end.month:
        return None
    if m.group("whole"):
        off_side = bare and _off_side(m.group("whole"), pattern.words, published, ahead)
        return None if off_side else month
    last = calendar.monthrange(month.start.year, month.start.month)[1]
    if m.group("ten"):
        rank = pattern.tens[m.group("ten")]
        first, final = 10 * rank - 9, (10 * rank if rank < 3 else last)
    else:
        first = final = int(m.group("day"))
    if not 1 <= first <= final <= last:
        return None  # `本月31日` in a month of 30 days
    start, end = month.start.replace(day=first), month.start.replace(day=final)
    found = Cand(start, end, "day", month.calendar, month.inferred)
    if published is not None and (
        (found.start > published and not ahead) or (found.end < published and ahead)
    ):
        return None  # `本月下旬` of a past event told on the 7th
    return found


def _off_side(part: str, words: dict[str, str], published: date | None, ahead: bool) -> bool:
    """Whether the third of the running month that `part` names (`early`, the middle,
    `late`) lies wholly on the other side of publication than the tense asks: `月底` of a
    past event told on the 10th, `月初` of an upcoming one told on the 15th."""
    if published is None:
        return True
    third = 2  # the middle
    if re.fullmatch(words["early"], part):
        third = 1
    elif re.fullmatch(words["late"], part):
        third = 3
    return published.day < 10 * third - 9 if not ahead else third < 3 and published.day > 10 * third


def _current(
    text: str, lang: str | None, published: date | None, parse: Parse
) -> Cand | Literal[False] | None:
    """A month named as the running one (`في منتصف يناير الجاري`: `current` words) read
    without that word, kept when it lies in the publication month; False when `text`
    has no such word or the rest is no date within one month."""
    word = phrasebook.table("month_parts")["current"].get(lang or "")
    m = None if word is None else re.fullmatch(rf"(.+?){word}", text.strip(" .,;:!?،"))
    if m is None:
        return False
    found = parse(m.group(1))
    month = None if found is None else (found.start.year, found.start.month)
    if found is None or published is None or month != (found.end.year, found.end.month):
        return False  # `الشهر الجاري`, `عام 2024 الحالي`: read by the other rules
    return found if month == (published.year, published.month) else None
