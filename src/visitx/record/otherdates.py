"""A visit's date text against the other dates of its evidence sentences, and a day that is
only the first of a range the article writes.

A weak model copies a date it sees near the visit, not always the visit's: "Sánchez met Xi
in Beijing on Friday, after visits in March 2023 and September 2024" given "September 2024";
"Prabowo held talks with To Lam in Hanoi on Monday." beside "established their strategic
partnership on 27 June 2013" given the signing's day; "Sisi arrived in Ankara on Wednesday,
reciprocating Erdoğan's visit to Cairo in February" given "in February"; "Landsbergis, who
yesterday met officials in Kyiv, arrived in Chisinau this morning" given "yesterday".
`other_date` finds a date expression in the visit's evidence sentences that reads as a time
outside the date text's: which of the two dates the visit cannot be told from the text, so
the visit gets no date. Only a day or a month counts as the other date (a bare year, "the
first visit since 2016", does not), and a word without digits only when it reads as a day
("on Tuesday", "this morning", "ayer"), so "may" and "March" alone are never read. A date in
a wire dateline's lead ("ANKARA, March 14 (Reuters) -") dates the report and does not count.

`whole_stay` reads a single day that the article continues into a range with the range
("April 8" of "from April 8 to 14": 8 to 14 April), or gives no date when the range cannot
be read, rather than one day of it. A day beside the stay's length ("arrived on Monday for
a four-day state visit") stays that day, the arrival (README: a duration is no date).

`another_moment` finds a date text that dates something other than the visit: the report
(a wire dateline's day when its line gives the visit another time, "ABUJA, June 10
(Reuters) - ... his visit to Brazil last week"; a day right after a report word, "will
travel to Japan next week, the ministry said on Friday", "a été reçu par son homologue, a
indiqué mardi le ministère") or, for a visit given as occurred, an engagement yet to come
(the date text stands in an evidence sentence that says so, `record.unmet.unmet_cue`:
"Arce visitará Santiago en octubre" merged into the visit made "este jueves").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from visitx.core import datafiles
from visitx.core.datafiles import read_sections
from visitx.core.models import DateValue, Span
from visitx.record.context import WORD_EDGES
from visitx.record.unmet import NOT_OCCURRED, unmet_cue

__all__ = ["another_moment", "other_date", "settle", "whole_stay"]

Parse = Callable[[str], DateValue | None]

_TABLE = "otherdate_words.txt"

_TOKEN = re.compile(r"\S+")
_MAX_WORDS = 4  # "on 8 February 2024", "le 12 mars"
_BARE_WORDS = 2  # "on Tuesday", "this morning", "ayer", "dün"
_ARRIVAL_WORDS = 6  # how far before a day an arrival word makes it the stay's first
# A wire dateline's lead: a city (and a date), an agency in brackets or slashes, a dash.
_LEAD = re.compile(
    r"[^\n]{0,60}?(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)\s*(?:\.?\s*[-–—]+|:)\s", re.S
)
# What continues a date into a range: "8 to 14", "26. bis 28.", "3 au 5", "13-15".
_RANGE_AFTER = re.compile(
    r"\s*(?:[-–—]|to|till|until|through|thru|au|bis|al|a|hasta|до|по|ile)\s*\d", re.I
)
_RANGE_BEFORE = re.compile(
    r"\d\.?\s*(?:[-–—]|to|till|until|through|au|bis|al|a|до|по|ile)\s*$", re.I
)
# The rest of a range's last day: "14", "28. Mai", "15 June 2024".
_NUMBER = re.compile(r"\d+")
_TAIL = re.compile(r"\d{1,2}\.?(?:\s+[^\W\d_]+)?(?:,?\s+\d{4})?")


@functools.cache
def _words(section: str) -> frozenset[str]:
    """The words of a section of `tables/otherdate_words.txt`, case-folded: `## report`
    ("said", "annoncé", "сообщил"), `## report after` ("밝혔다", "açıkladı")."""
    return frozenset(word.casefold() for word in datafiles.words(read_sections(_TABLE)[section]))


@functools.cache
def _arrival() -> re.Pattern[str]:
    """The words of an arrival (`## arrival`: "arrived", "kicked off", "прибыл") as one
    expression."""
    entries = sorted(datafiles.entries(read_sections(_TABLE)["arrival"]), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, entries)) + r")\b", re.I)


def other_date(
    parsed: DateValue, span: Span, text: str, evidence: Iterable[Span], parse: Parse,
    upcoming: bool = False, claimed: Iterable[str] = (),
) -> str | None:
    """The first date expression of the located `evidence` sentences, outside the date text
    `span` and any dateline lead, that reads (by `parse`) as a day or a month outside
    `parsed`, or None. Only the evidence sentence that holds the date text is read when
    there is one ("arrived on Tuesday" beside "met Wang Yi on Wednesday", two sentences of
    one stay). A day right after a report word ("said on Monday") dates the report and does
    not count, nor a day before the date text's after an arrival word ("Arrivé lundi soir à
    Paris, Ruto s'est entretenu mercredi"), nor, for an `upcoming` visit, a time before the
    date text's, nor another visit's date text (`claimed`).

    Example:
        >>> from visitx.dates.parse import parse_date
        >>> text = "Sisi arrived in Ankara on Wednesday, returning a visit made in February."
        >>> read = lambda t: parse_date(t, language="en", published="2024-09-04")
        >>> feb = Span(text="in February", start=text.index("in Feb"), end=len(text) - 1)
        >>> whole = [Span(text=text, start=0, end=len(text))]
        >>> other_date(read("in February"), feb, text, whole, read)
        'on Wednesday'
    """
    if parsed.start is None or parsed.end is None:
        return None
    others = [c.casefold() for c in claimed if c.strip()]
    own = (span.start or 0, span.end or 0)
    located = [(s.start, s.end) for s in evidence if s.start is not None and s.end is not None]
    holding = [(a, b) for a, b in located if a <= own[0] and own[1] <= b]
    for start, end in holding or located:
        for words, i, window in _windows(text, start, end, own):
            if any(c in window.casefold() for c in others):
                continue  # another visit's date text
            found = parse(window)
            if found is None or found.start is None or found.end is None:
                continue
            if found.precision not in ({"day", "month"} if _digits(window) else {"day"}):
                continue
            if upcoming and found.end < parsed.start:
                continue  # the day of the announcement, of the invitation
            if found.end < parsed.start and _arrival().search(_lead_in(text, words, i)):
                continue  # the arrival of the stay whose later day the date text gives
            if found.end < parsed.start or found.start > parsed.end:
                return window
    return None


def _digits(window: str) -> bool:
    return any(ch.isdigit() for ch in window)


def _lead_in(text: str, words: list[re.Match[str]], i: int) -> str:
    """The words before the `i`th: an arrival word among them starts the stay."""
    return text[words[max(0, i - _ARRIVAL_WORDS)].start() : words[i].start()]


def _windows(
    text: str, start: int, end: int, own: tuple[int, int]
) -> Iterator[tuple[list[re.Match[str]], int, str]]:
    """The runs of up to `_MAX_WORDS` words of the sentence at [start, end) that may be a
    date expression (up to `_BARE_WORDS` words without a digit): (the words, the first
    one's index, the run), leaving out the dateline's lead, the date text `own` and what
    follows a report word ("said on Monday") or, in Korean and Turkish, comes right before
    one ("13일 밝혔다")."""
    line = text.rfind("\n", 0, start) + 1
    lead = _LEAD.match(text, line)
    skip = lead.end() if lead is not None and lead.end() > start else start
    words = [m for m in _TOKEN.finditer(text, start, end) if m.start() >= skip]
    for i in range(len(words)):
        before = {w.group().strip(WORD_EDGES).casefold() for w in words[max(0, i - 2) : i]}
        if before & _words("report"):
            continue
        for n in range(1, min(_MAX_WORDS, len(words) - i) + 1):
            first, last = words[i].start(), words[i + n - 1].end()
            window = text[first:last].strip(WORD_EDGES)
            if (first < own[1] and own[0] < last) or (not _digits(window) and n > _BARE_WORDS):
                break  # the date text itself; a run of words that names no date
            after = words[i + n].group().strip(WORD_EDGES) if i + n < len(words) else ""
            if window and after.casefold() not in _words("report after"):
                yield words, i, window


def whole_stay(
    parsed: DateValue, span: Span, text: str, parse: Parse
) -> tuple[DateValue | None, str] | None:
    """For a single day `parsed` (read from the located `span`) that the article continues
    into a range ("April 8" of "from April 8 to 14"): (the range read whole, or None when
    it cannot be read; the range's text), else None.

    Example:
        >>> from visitx.dates.parse import parse_date
        >>> text = "Kishida is on a visit to the United States from April 8 to 14."
        >>> at = text.index("April 8")
        >>> read = lambda t: parse_date(t, language="en", published="2024-04-11")
        >>> day = Span(text="April 8", start=at, end=at + 7)
        >>> stay, why = whole_stay(read("April 8"), day, text, read)
        >>> stay.start, stay.end, why
        ('2024-04-08', '2024-04-14', 'April 8 to 14')
    """
    if parsed.precision != "day" or parsed.start != parsed.end or parsed.start is None:
        return None
    if span.start is None or span.end is None:
        return None
    wholes = _range_around(text, span.start, span.end)
    for whole in wholes:
        read = parse(whole)
        if read is not None and read.start and read.end and (
            read.start <= parsed.start <= read.end
        ):
            return read, whole
    return (None, wholes[0]) if wholes else None


def _range_around(text: str, start: int, end: int) -> list[str]:
    """The range the article writes around the date text at [start, end), the longest
    reading first ("April 8 to 14 including", then "April 8 to 14"); [] when none."""
    after = _RANGE_AFTER.match(text, end)
    if after is not None:
        digits = after.end() - 1
        tail = _TAIL.match(text, digits)
        number = _NUMBER.match(text, digits)
        stops = [m.end() for m in (tail, number) if m is not None]
        return list(dict.fromkeys(text[start:stop].rstrip(".,") for stop in stops))
    before = _RANGE_BEFORE.search(text, max(0, start - 12), start)
    if before is not None and before.end() == start:
        return [text[before.start() : end]]
    return []


def settle(
    parsed: DateValue, span: Span, text: str, evidence: list[Span], parse: Parse,
    upcoming: bool = False, claimed: Iterable[str] = (),
) -> tuple[DateValue, str | None]:
    """The date to keep for `parsed` (read from the located `span`) and, when it changes,
    why: the whole range when the article continues the day into one, no date (null
    `start`/`end`) when that range cannot be read (`whole_stay`) or the evidence gives
    another date (`other_date`; a date text of another visit of the draft, `claimed`, is
    that visit's: "met … on Monday and again on Wednesday", two visits)."""
    none = DateValue(source="text")
    stay = whole_stay(parsed, span, text, parse)
    if stay is not None:
        whole, why = stay
        if whole is None:
            return none, f"is one day of the range {why!r}, so the visit has no date"
        parsed = whole  # the range read whole: no warning, the article's own dates
    other = other_date(parsed, span, text, evidence, parse, upcoming, claimed)
    if other is not None:
        return none, (
            f"reads as {parsed.start} to {parsed.end}, but the visit's evidence also gives "
            f"{other!r}, outside it, so the visit has no date"
        )
    return parsed, None


def another_moment(
    path: str, span: Span, text: str, evidence: Iterable[Span], occurred: bool, parse: Parse
) -> str | None:
    """The warning for a located date text `span` that dates the report or, for a visit
    given as `occurred`, an engagement yet to come, not the visit (see the module's
    docstring); None when it may date the visit.

    Example:
        >>> from visitx.dates.parse import parse_date
        >>> text = "Jaishankar will travel to Japan next week, the ministry said on Friday."
        >>> read = lambda t: parse_date(t, language="en", published="2025-03-01")
        >>> friday = Span(text="on Friday", start=text.index("on Fri"), end=len(text) - 1)
        >>> whole = [Span(text=text, start=0, end=len(text))]
        >>> print(another_moment("date_text", friday, text, whole, False, read))
        date_text: 'on Friday' dates the report (a day after a report word, beside 'next week'), so the visit has no date
    """  # noqa: E501 (a doctest's output is one line)
    if span.start is None or span.end is None:
        return None
    located = [s for s in evidence if s.start is not None and s.end is not None]
    why = _in_dateline(span, text, parse)
    for sentence in located:
        if why is None and (sentence.start or 0) <= span.start and span.end <= (sentence.end or 0):
            why = _report_day(span, text, sentence, parse)
            if why is None and occurred and unmet_cue(sentence.text, NOT_OCCURRED) is not None:
                why = "stands in a sentence of an engagement yet to come"
    return None if why is None else f"{path}: {span.text[:80]!r} {why}, so the visit has no date"


def _in_dateline(span: Span, text: str, parse: Parse) -> str | None:
    """Why `span` dates the report as a wire dateline's day: its line gives the visit
    another time ("ABUJA, June 10 (Reuters) - ... his visit to Brazil last week"). With no
    other time, or the same day again ("Tehran, March 10 (IRNA) - ... arrived in Tehran
    on Monday", a Monday), the dateline's day may be the visit's."""
    start, end = span.start or 0, span.end or 0
    line = text.rfind("\n", 0, start) + 1
    lead = _LEAD.match(text, line)
    own = parse(span.text)
    if lead is None or end > lead.end() or own is None or own.start is None or own.end is None:
        return None
    stop = text.find("\n", end)
    for _, _, window in _windows(text, line, len(text) if stop < 0 else stop, (start, end)):
        found = parse(window)
        if found is not None and found.start is not None and found.end is not None and (
            found.end < own.start or found.start > own.end
        ):
            return f"dates the report (it stands in the dateline; the story gives {window!r})"
    return None


def _report_day(span: Span, text: str, sentence: Span, parse: Parse) -> str | None:
    """Why `span` dates the report: a day right after a report word of its `sentence`
    ("said on Friday"), named with the sentence's other date if it has one ("next
    week")."""
    own = (span.start or 0, span.end or 0)
    if not _after_report_word(text, sentence.start or 0, own):
        return None
    windows = _windows(text, sentence.start or 0, sentence.end or 0, own)
    for _, _, window in windows:
        found = parse(window)
        if found is not None and found.start is not None:
            return f"dates the report (a day after a report word, beside {window!r})"
    return "dates the report (a day after a report word)"


def _after_report_word(text: str, start: int, own: tuple[int, int]) -> bool:
    """Whether the date text at `own` follows a report word ("said on Friday"), at most two
    words after it, in the sentence that starts at `start`."""
    words = [m.group().strip(WORD_EDGES).casefold() for m in _TOKEN.finditer(text, start, own[0])]
    return bool(set(words[-2:]) & _words("report"))
