"""A bare year as a visit's date beside a finer date of another year in its evidence.

A weak model copies the shortest date it sees: "1992" from "7 Kasım 2014 günü ... 1992 de
açılan Dilucu sınır kapısından geçilerek ... toplantı yapılmıştır" ("on 7 November 2014
... passing the Dilucu border gate, opened in 1992, ... a meeting was held"). The year
belongs to another event; the day in the same paragraph does not fall in it. When a date
text reads as a year (or a month) and a paragraph of the visit's evidence holds a day or
month of a time outside it, which one dates the visit cannot be told from the text: the
date keeps its text with null `start`/`end`, and a warning names the other date.

A year written in digits, or a day, outside the evidence sentences (a dateline's "9 जुलाई"
beside "ने मंगलवार को ... मुलाकात की", met on Tuesday the 8th) meets a day word of those
sentences, read against the publication date (a weekday, "yesterday"), the same way: "held
talks with Zelensky in Kyiv on Monday" in an article of January 2025 does not fall in
"1997", the year of a treaty in the next sentence. A relative date text ("next month" beside
"the ministry said on Monday") or a year inside an evidence sentence ("visited in 2024, the
ministry said on Monday") is not read against the sentence's day words, which often date
the report, not the visit; a year beside no finer date and no such day word ("the 1992
trade treaty" in an evidence sentence beside "on Tuesday") is not caught.

Chinese, Japanese and Korean write a month and day with no space around it and often with no
year ("4月15日", "5월 3일"): such a date of the paragraphs, read against the publication date,
is also a finer date ("在金边会见了王毅，双方回顾了2023年9月洪玛奈访华期间达成的共识": the
date text "2023年9月" beside "4月15日", the meeting's day).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from visitx.core.models import DateValue, Span
from visitx.record.context import WORD_EDGES, paragraph

__all__ = ["finer_date_elsewhere", "nearer"]

# A four-digit year of another date, in any script's digits.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_FIRST_YEAR, _LAST_YEAR = 1600, 2100
# A month and day of another date written the Chinese, Japanese or Korean way, with its year
# when it has one ("4月15日", "2025年4月15日", "5월 3일"): no space separates it from its
# neighbours, so it is found whole rather than as the words around a year.
_EAST_DAY = re.compile(r"(?:(?<!\d)\d{4}\s?[年년]\s?)?(?<!\d)\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]")
_WINDOW = 3  # the words read with the year, it included ("7 Kasım 2014", "June 10, 2025")
# A word of an evidence sentence tried as a day word ("Monday", "yesterday", "понедельник").
_WORD = re.compile(r"[^\W\d_]{3,}")
# What is finer than a year, and than a month.
_FINER = {"year": ("month", "day"), "month": ("day",)}

Parse = Callable[[str], DateValue | None]


def finer_date_elsewhere(
    parsed: DateValue, span: Span, text: str, evidence: Iterable[Span], parse: Parse
) -> str | None:
    """The text of a finer date (a day or a month) in the paragraphs of `evidence` that
    falls outside `parsed`, when `parsed` (read from `span`) is a year or a month; else
    None. `parse` reads a date expression (the record's date parser, with the article's
    language and publication date).

    Example:
        >>> from visitx.dates.parse import parse_date
        >>> text = "On 7 November 2014 they passed the gate opened in 1992 and met."
        >>> year = Span(text="1992", start=50, end=54)
        >>> read = lambda t: parse_date(t, language="en")
        >>> finer_date_elsewhere(read("1992"), year, text, [Span(text=text, start=0, end=63)], read)
        '7 November 2014'
    """
    if parsed.start is None or parsed.end is None:
        return None
    start, end = parsed.start, parsed.end
    evidence = list(evidence)  # read three times
    if parsed.precision == "day":
        # A day of the dateline beside the evidence's weekday: "नयी दिल्ली, 9 जुलाई (भाषा)
        # ... ने मंगलवार को ... मुलाकात की" (met on Tuesday, the 8th).
        return None if _inside(span, evidence) else _day_word_outside(start, end, evidence, parse)
    if parsed.precision not in _FINER:
        return None
    own = (span.start, span.end)
    paragraphs = {
        paragraph(text, s.start, s.end)
        for s in evidence
        if s.start is not None and s.end is not None
    }
    for first, last in sorted(paragraphs):
        for match in _YEAR.finditer(text, first, last):
            if own[0] is not None and own[1] is not None and own[0] <= match.start() < own[1]:
                continue  # the date text's own year
            if not _FIRST_YEAR <= int(match.group()) <= _LAST_YEAR:
                continue
            words = text[max(first, match.start() - 40) : match.end()].split()[-_WINDOW:]
            other = " ".join(words).strip(",;:()")
            found = parse(other)
            if (
                found is not None
                and found.precision in _FINER[parsed.precision]
                and found.start is not None
                and not start <= found.start <= end
            ):
                return other
        if east := _east_day_outside(text, first, last, own, parsed, parse):
            return east
    if _YEAR.search(span.text) is None or _inside(span, evidence):
        return None
    return _day_word_outside(start, end, evidence, parse)


def _east_day_outside(
    text: str, first: int, last: int, own: tuple[int | None, int | None],
    parsed: DateValue, parse: Parse,
) -> str | None:
    """The first month and day written the Chinese, Japanese or Korean way in
    `text[first:last]`, not inside the date text's own span `own`, that falls outside
    `parsed` (a year or a month): "4月15日" beside "2023年9月" in "洪玛奈4月15日在金边会见了
    王毅，双方回顾了2023年9月洪玛奈访华期间达成的共识" (met on 15 April; the September 2023
    visit is another one). None when there is none."""
    for match in _EAST_DAY.finditer(text, first, last):
        if own[0] is not None and own[1] is not None and own[0] <= match.start() < own[1]:
            continue
        found = parse(match.group())
        if (
            found is not None
            and found.precision == "day"
            and found.start is not None
            and parsed.start is not None
            and parsed.end is not None
            and not parsed.start <= found.start <= parsed.end
        ):
            return match.group()
    return None


def _inside(span: Span, evidence: Iterable[Span]) -> bool:
    """Whether the located `span` starts inside one of the `evidence` sentences (unlocated:
    counted as inside, so nothing is read against it)."""
    at = span.start
    return at is None or any(
        s.start is not None and s.end is not None and s.start <= at < s.end for s in evidence
    )


def _day_word_outside(
    start: str, end: str, evidence: Iterable[Span], parse: Parse
) -> str | None:
    """The first word of the evidence sentences that reads as a day (a weekday, "yesterday",
    against the publication date) outside `start`..`end`, or None."""
    for span in evidence:
        if span.start is None:
            continue
        for word in _words(span.text):
            found = parse(word)
            if (
                found is not None
                and found.precision == "day"
                and found.start is not None
                and not start <= found.start <= end
            ):
                return str(word)
    return None


def _words(sentence: str) -> list[str]:
    """The words of `sentence` tried as day words: letter runs ("Monday" of "Monday's"),
    then the whitespace-separated words, punctuation stripped, that a letter run cuts (a
    vowel sign is no letter: "मंगलवार" is one word)."""
    runs = _WORD.findall(sentence)
    whole = [w.strip(WORD_EDGES) for w in sentence.split()]
    return runs + [
        w for w in whole
        if len(w) >= 3 and w[0].isalpha() and w not in runs and not any(c.isdigit() for c in w)
    ]


def nearer(
    past: DateValue | None, future: DateValue | None, published: str | None
) -> DateValue | None:
    """Of a date text's past and future readings, the one that starts nearer the
    publication day (the past one when they tie, or without a publication day): a
    cancelled visit was planned for "4 сентября" five days after an article of 30 August,
    or for "2 August" four weeks before it.

    Example:
        >>> past = DateValue(start="2022-09-04", end="2022-09-04", precision="day")
        >>> future = DateValue(start="2023-09-04", end="2023-09-04", precision="day")
        >>> nearer(past, future, "2023-08-30").start
        '2023-09-04'
        >>> nearer(past, future, "2023-03-01").start
        '2022-09-04'
    """
    if past is None or future is None or published is None:
        return past or future
    if not past.start or not future.start:
        return past
    try:
        day = dt.date.fromisoformat(published[:10])
        back = abs((dt.date.fromisoformat(past.start) - day).days)
        ahead = abs((dt.date.fromisoformat(future.start) - day).days)
    except ValueError:
        return past
    return future if ahead < back else past
