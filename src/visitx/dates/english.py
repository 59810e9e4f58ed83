"""Everyday English date expressions the symbol grammar of `dates.parse` leaves out.

News English names periods by their parts and by their neighbours: `the first half of
2021`, `Q3 2024`, `the 1980s`, `this past weekend`, `from Monday to Wednesday last
week`, `since April 2023`, `two days before June 3`, `early last month`. Each rule
here is a whole-expression pattern; the periods inside it (`2021`, `April 2023`,
`last month`) are parsed by the caller's `Parse`, the same parser as the whole, so
the rules compose (`since early last month`). A pattern that matches but cannot be
read with certainty gives None, like `parse_date`.

Precision kept, decided once (the `parse_date` docstring says the same):

* a weekend is Saturday and Sunday (two days); a quarter is its three months, a half
  its six; a decade (`the 1980s`, `the '90s`) its ten years and a century
  (`the 20th century`) the hundred years 1900-1999, never their first year;
* a part of a period (`early March`, `mid-2024`, `the end of this year`, `late last
  month`, `earlier this month`) is the whole period named: the text does not say
  where a part begins or ends;
* `since X` runs from the start of X to the publication day; `X – Y`, `from X to Y`
  and `between X and Y` from the start of X to the end of Y, when both ends have the
  same precision and come in order;
* `the 21st` is the most recent 21st of a month on or before publication.

The rules about the days of a week (weekday ranges, weekends) are in `dates.weeks`,
those anchored to a day (`the 21st`, `two days before June 3`) in `dates.anchored`,
those about quarters, halves, decades and centuries in `dates.periods`, stretches
counted from publication, weeks of a month and seasons in `dates.stretches`, halves and
ranked weekends of a month in `dates.monthspans`, two quarters named together in
`dates.partlists`, qualifiers (`from 2020 onwards`, `circa 2020`) in `dates.qualifiers`,
parts on the wrong side of publication in `dates.partside`, and ranges of two expressions
with spaces around the connector in `dates.spacedranges`; a date with the noun it
dates (`Thursday's talks`) is cut by `dates.vocabulary`, a day tied to the visit (`on
Tuesday, the second day of his visit`) by `dates.visitspans`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from visitx.dates.anchored import DAY_OF_MONTH
from visitx.dates.anchored import RULES as ANCHORED_RULES
from visitx.dates.daytime import RULES as DAYTIME_RULES
from visitx.dates.decades import DECADE_TOKEN, decade_or_century
from visitx.dates.fiscalyears import fiscal_year
from visitx.dates.grammar import Cand
from visitx.dates.monthspans import RULES as MONTH_SPAN_RULES
from visitx.dates.nationaldays import RULES as NATIONAL_DAY_RULES
from visitx.dates.newsidioms import RULES as NEWS_RULES
from visitx.dates.offsets import RULES as OFFSET_RULES
from visitx.dates.partlists import RULES as PART_LIST_RULES
from visitx.dates.partside import LATE_PART, month_part_off_side, not_begun
from visitx.dates.periods import RULES as PERIOD_RULES
from visitx.dates.periods import (
    Reader,
    Rule,
    part_in_sentence,
    span,
)
from visitx.dates.qualifiers import RULES as QUALIFIER_RULES
from visitx.dates.spacedranges import CONNECTORS, spaced_range
from visitx.dates.spelled import joined_suffix, ordinal_range, year_digits
from visitx.dates.stretches import RULES as STRETCH_RULES
from visitx.dates.visitspans import RULES as VISIT_RULES
from visitx.dates.vocabulary import (
    MONTH_WORD,
    clause_spans,
    ordinal_digits,
    strip_noun,
)
from visitx.dates.weekdayclause import weekday_clause
from visitx.dates.weeks import RULES as WEEK_RULES
from visitx.dates.weeks import WD as _WD

__all__ = ["LANGUAGES", "Parse", "Reader", "read"]

LANGUAGES = frozenset({"en", None})
"""Languages whose expressions these rules read (None: the article's language is unknown)."""

Parse = Callable[[str], Cand | None]
"""Parses a part of an expression, the way the whole is parsed."""


def _norm(text: str) -> str:
    text = re.sub(r"[–—−]", "-", text.lower()).replace("’", "'")
    text = re.sub(r"(?<=\w)\s*\(([^()]*)\)", r" \1 ", text)  # `on Thursday (local time)`
    text = re.sub(r"(?<=\w)\.(?=\s|,|$)", "", text)  # `Mon.`, `Thurs.`
    text = re.sub(r"(?<=[a-z])\.(?=-)", "", text)  # `Mon.-Wed.`
    text = re.sub(r"\s*,\s*", " ", text)
    text = re.sub(r"\s+-\s+", " - ", text)
    short = re.fullmatch(r"[\s.;:!?()\"]*('\d\d)[\s.;:!?()\"']*", text)  # `'82`: keep its '
    return short.group(1) if short else re.sub(r"\s+", " ", text).strip(" .;:!?()[]\"'")


# --- modifiers around a period -------------------------------------------------------------

_PART = re.compile(
    r"(?:towards? )?(?:the )?(?:very )?(?:(?:early|mid)[- ]to[- ](?:mid|late)"  # `mid-to-late`
    r"|(?:first|early|latter|later|second) part"  # before `early`: `the early part of`
    r"|early|earlier|mid|middle|late|later|end|beginning|start"
    r"|close|first days|last days|midway through"
    r"|halfway through|year-?end)(?: |-)(?:(?:of|in) )?(.+)"
)
_LEAD = re.compile(
    r"(?:(?:way |all the way )?back |as recently as |just |some ?time )?"
    r"(?:in|on|during|over|throughout|at) (.+)|back (.+)|some ?time (.+)"
    r"|(?:as early as|here) (.+)"  # `as early as next week`; `here today` (a dateline's place)
)  # `sometime next year`: next year (TimeBank wsj_0781)


_CURRENT = {"the year": "this year", "the month": "this month", "the week": "this week",
            "year": "this year", "month": "this month"}  # fmt: skip


def _part(m: re.Match[str], reader: Reader) -> Cand | None:
    """`early last month`, `the end of this year`, `at the end of year`: the whole period
    named; None for a part of `the past week` (the calendar week before, or the rolling
    seven days to publication? their beginnings differ), and for a late part of a bare
    `year` or `month` (`peaked by the end of year`, TempEval-3 test) that has not begun
    by publication for a past event: last year's end, or the story's?"""
    if re.match(r"(?:the )?past |the last fortnight", m.group(1)):
        return None
    if not reader.ahead and not_begun(m.group(0), m.group(1), reader.published):
        return None  # `the end of year` of a past event told in March (`dates.partside`)
    found = reader.parse(_CURRENT.get(m.group(1), m.group(1)))  # `later in the year`
    return None if found and month_part_off_side(m.group(0), found, reader) else found


def _lead(m: re.Match[str], reader: Reader) -> Cand | None:
    """`back in April`, `during 2023`, `sometime next year`: the period after the lead."""
    rest = m.group(1) or m.group(2) or m.group(3) or m.group(4)
    if rest.endswith(" ago") and " over " in f" {m.group(0)}":
        return None  # `over two weeks ago`: more than two weeks, not the week two weeks back
    found = reader.parse(rest)
    looks_back = m.group(0).startswith(("back ", "way back ", "all the way back ", "as recently"))
    if found is not None and looks_back and reader.published and found.start > reader.published:
        return None  # `back in April` of a planned visit: an April gone by, not the next one
    if found is not None and looks_back and found.inferred and _running(found, reader.published):
        return None  # `back in March` told in March: this month, or last year's?
    return reader.looking_back(rest) if found is None and looks_back else found


def _running(found: Cand, published: date | None) -> bool:
    """Whether the publication day falls inside the period found."""
    return published is not None and found.start <= published <= found.end


_SINCE = re.compile(r"(?:ever )?since (.+)")
_PREPOSITION = re.compile(r"^(?:in|during|throughout|over|on|at) ")


_START_OF_CURRENT = re.compile(r"(?:the )?(?:very )?(?:beginning|start) of the (year|month|week)")


def _since(m: re.Match[str], reader: Reader) -> Cand | None:
    """`since April 2023`: from the start of April 2023 to the publication day."""
    pub = reader.published
    if LATE_PART.match(m.group(1)):
        return None  # `since mid-2023` starts in 2023, but not on 1 January
    current = _START_OF_CURRENT.fullmatch(m.group(1))  # `since the start of the year`
    found = reader.looking_back(f"this {current.group(1)}" if current else m.group(1))
    if pub is None or found is None or found.start >= pub:
        return None
    return span(found.start, pub, "day", True)


_TO_NOW = re.compile(
    r"(?:from )?(.+?)(?: ?- ?| to | through | until | till | up to )"
    r"(?:the )?(?:present(?: day)?|now|today|(?:current )?date)"
)


def _to_now(m: re.Match[str], reader: Reader) -> Cand | None:
    """`2020–present`, `from March until now`: read as `since 2020`, `since March`."""
    return reader.parse(f"since {m.group(1)}")


_BETWEEN_NOW = re.compile(r"between (.+?) and (?:the )?(?:present(?: day)?|now|today)")
_FROM_NOW = re.compile(
    r"(?:between (?:now|today) and|(?:from )?(?:now|today) (?:to|through|until|till|up to)) (.+)"
)


_TO_NEXT_DAY = re.compile(
    r"(?:between|from) (.+?) (?:and|to|through|until|till) (tomorrow|yesterday)"
)


def _to_next_day(m: re.Match[str], reader: Reader) -> Cand | None:
    """`between Jan 2019 and tomorrow`: from the start of the one to the other (None when
    either is unread: `tomorrow` of a past event)."""
    first, last = reader.parse(m.group(1)), reader.parse(m.group(2))
    if first is None or last is None or first.start > last.start:
        return None
    return span(first.start, last.end, "day", True)


def _from_now(m: re.Match[str], reader: Reader) -> Cand | None:
    """`between now and November 15th`: from publication to the end of a period after it
    (None when the period read ends before publication: not `November 15th` gone by)."""
    pub, found = reader.published, reader.parse(m.group(1))
    if pub is None or found is None or found.end <= pub or found.calendar != "gregorian":
        return None
    return span(pub, found.end, "day", True)


# A dash between a month and a day written without spaces (not `mid-2024`, `3-day`).
_MONTH_WORD = MONTH_WORD
_UNSPACED_DASH = re.compile(
    rf"\b({_MONTH_WORD}|\d{{1,2}}(?:st|nd|rd|th)?)-(?=(?:\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH_WORD})\b)"
    rf"|\b(\d{{4}})-(?={_MONTH_WORD})"
    r"|((?<!\w)'?\d{1,3}0'?s)-(?='?\d{1,3}0'?s\b)"  # `the 1970s-80s`: two decades
)
# A month and day without a year before a noun: a date used as a name.
_NAMED_DATE = re.compile(
    rf"(?:^|.* )(?:{_MONTH_WORD} \d{{1,2}}(?:st|nd|rd|th)?|[\w-]+ of {_MONTH_WORD})"
    r" (?!(?:and|to|through|thru|until|till|or|of|at|in|on|onwards?|by|this|last|next|morning"
    rf"|afternoon|evening|night|local|gmt|utc|{_WD})\b)[a-z]"  # `March 2 (Saturday)`: a date
)
_WEEKDAY_WORD = re.compile(rf"\b{_WD}\b")
# `the previous Friday`: the Friday before a day of the story, like `the previous day`
# (TimeBank wsj_0586: `down from the previous Friday` of a report on a Friday).
_STORY_WEEKDAY = re.compile(rf"(?:^|.* )the (?:previous|preceding|prior) {_WD}\b")
_RELATIVE_MONTH = re.compile(rf"\b(?:this|last|next|coming|past|previous) {_MONTH_WORD}")


def _relative_end(norm: str, found: Cand, reader: Reader) -> bool:
    """Whether a month with `this`/`last`/`next` in a range (`last March and April`) is an
    end of the range the grammar `found`, which passes over such words."""
    for m in _RELATIVE_MONTH.finditer(norm):
        alone = reader.parse(m.group(0))
        if alone is None or (alone.start != found.start and alone.end != found.end):
            return False
    return True


# The second number of `2-1 win`, `3-0 victory`: a score before its noun, not a range's end.
_SCORE_END = re.compile(rf"\d{{1,2}} (?!{_MONTH_WORD}|(?:of|this|last|next)\b)[a-z]")


def _spaced_dash(m: re.Match[str]) -> str:
    if m.group(1) and m.group(1).isdigit() and _SCORE_END.match(m.string, m.end()):
        return m.group(0)  # `Saturday's 2-1 win`: a score
    return f"{m.group(1) or m.group(2) or m.group(3)} - "


_VERB_MONTH = re.compile(r"(?:^| )(?:may|march)$")
_IN_MONTH = re.compile(r"in (?:may|march)")
# The original text ending on a capitalised `in May` or `in March`: the month.
_ENDS_IN_MONTH = re.compile(r"(?<=\w) in (?:May|March)[\s.,;:!?\"')]*$")
_FISCAL = re.compile(r"\b(?:fiscal|financial year|fy ?\d{2,4}|fy)\b")


_RULES: tuple[Rule, ...] = (
    *QUALIFIER_RULES,
    *VISIT_RULES,  # `on the last day of his visit, Wednesday`: before `the last day of X`
    *NEWS_RULES,
    *NATIONAL_DAY_RULES,
    *PERIOD_RULES,
    *PART_LIST_RULES,
    *MONTH_SPAN_RULES,
    *WEEK_RULES,
    *STRETCH_RULES,
    *OFFSET_RULES,
    *DAYTIME_RULES,
    DAY_OF_MONTH,
    (_SINCE, _since),
    (_FROM_NOW, _from_now),
    (_TO_NEXT_DAY, _to_next_day),
    (_TO_NOW, _to_now),
    (_BETWEEN_NOW, _to_now),
    *ANCHORED_RULES,
)
# Rules that strip words around a period, tried after a spaced range.
_MODIFIERS: tuple[Rule, ...] = ((_PART, _part), (_LEAD, _lead))


def _refused(norm: str, text: str) -> bool:
    """Whether `norm` (of `text`) names no period whatever its parts name."""
    return bool(
        _FISCAL.search(norm)  # fiscal years start in any month: `fiscal 2024` is not 2024
        # `the Jan. 6 riot`: a date as a name, which year? (`on Feb. 28, the office said`:
        # a comma ends the date, the clause goes on)
        or _NAMED_DATE.search(_norm(text.replace(",", " ; ")))
        or _STORY_WEEKDAY.match(norm)  # `the previous Friday`: before which day?
    )


def read(text: str, reader: Reader, found: Cand | None) -> Cand | None:
    """The period of an English expression, given what the symbol grammar `found`.

    The whole-expression rules (decades, quarters, weekends, ...) come first: the
    grammar would read `the 1990s` as 1990 and `the first half of 2021` as 2021.
    Then the grammar's answer stands; where it found nothing, ranges of two
    expressions and words around one are tried.
    """
    norm = _norm(text)
    digits = year_digits(norm)  # `7 Feb, two thousand and eighteen`
    digits = None if digits is None else joined_suffix(ordinal_range(digits))  # `12 th March`
    if digits != norm:
        return None if digits is None else reader.parse(digits)
    whole = _named_whole(norm, reader)  # `India's FY2024-25`, `the 1980s`
    if whole is not False:
        return whole if isinstance(whole, Cand) else None
    if _refused(norm, text):
        return None
    if found is not None and found.precision == "month" and _WEEKDAY_WORD.search(norm):
        found = None  # `the march on Sunday`, `Sunday in March`: not the month
    if found is not None and CONNECTORS.search(norm) and not _relative_end(norm, found, reader):
        found = None  # `from this May to Oct 2020`: not May 2020; each end read alone
    bare = _PREPOSITION.sub("", norm)  # `in the first quarter of 2024`
    for pattern, rule in _RULES:
        m = pattern.fullmatch(norm) or pattern.fullmatch(bare)
        if m is not None:
            return rule(m, reader)
    found = _spelled_day(norm, found, reader)  # `the twelfth of March, 2024`: not March
    if found is not None and month_part_off_side(bare, found, reader):
        return None  # `early March` of an upcoming event told on 25 March (`dates.partside`)
    if found is not None and not DECADE_TOKEN.search(norm):
        # `released in the second half of 2025`: the half, not the year the grammar saw
        return part_in_sentence(norm, found, reader) or found
    spaced = ordinal_digits(_UNSPACED_DASH.sub(_spaced_dash, norm))  # `the third of March`
    if spaced != norm:
        return reader.parse(spaced)  # `30 November-1 December 2021`, `Nov. 30-Dec. 1`
    ranged = spaced_range(norm, reader)
    if ranged is not False:  # `a visit to Kyiv last month`: no range, a clause
        month = bool(_ENDS_IN_MONTH.search(text))  # `to visit Canada in May`
        return ranged if isinstance(ranged, Cand) else _in_clause(norm, reader, month)
    for pattern, rule in _MODIFIERS:
        m = pattern.fullmatch(norm)
        if m is not None and (modified := rule(m, reader)) is not None:
            return modified
    dated = strip_noun(norm) or weekday_clause(norm, reader.ahead)  # `met on Monday`
    if dated is None:  # `talks held in Q3 2025`
        return _in_clause(norm, reader, bool(_ENDS_IN_MONTH.search(text)))
    if _VERB_MONTH.search(dated):
        return None  # `May talks`: Theresa May, or talks in May?
    return reader.parse(dated)


def _named_whole(norm: str, reader: Reader) -> Cand | bool | None:
    """The years of a decade or century (`the 1980s`) or the months of a country's fiscal
    year (`India's FY2024-25`, before `fiscal` refuses the text: `dates.fiscalyears`);
    False when `norm` names neither (the grammar would read `the 1990s` as 1990)."""
    fiscal = fiscal_year(norm)
    return decade_or_century(norm, reader) if fiscal is False else fiscal


def _spelled_day(norm: str, found: Cand | None, reader: Reader) -> Cand | None:
    """The day an ordinal word beside a month names where the grammar `found` a longer
    period (`the twelfth of March, 2024`: the grammar saw March 2024); `found` otherwise."""
    if found is None or found.precision == "day" or (spelled := ordinal_digits(norm)) == norm:
        return found
    return reader.parse(spelled)


def _in_clause(norm: str, reader: Reader, month: bool = False) -> Cand | None:
    """The one date phrase of a clause (`talks held in Q3 2025`, `the minister, who visited
    Tokyo at the weekend`), read as the phrase alone; None when none or two read. A phrase
    ending on `may` or `march` is refused (the modal, the verb), unless `month`: the text
    ends on `in May` or `in March` capitalised (`King Charles to visit Canada in May`)."""
    readings = set()
    for span_ in clause_spans(norm, reader.ahead):
        phrase = span_.removeprefix("for ")  # `scheduled for early next month`
        verb = _VERB_MONTH.search(phrase) and not (month and _IN_MONTH.fullmatch(phrase))
        if not verb and (found := reader.parse(phrase)) is not None:
            readings.add(found)
    return readings.pop() if len(readings) == 1 else None
