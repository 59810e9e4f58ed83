"""Reading a normalized date expression with one lexicon (steps 2 to 4 of `dates.parse`).

`run_lexicon` symbolizes the text by the lexicon's phrases, matches the symbol grammar
(`dates.grammar` says what each match denotes), checks that the matches agree with each
other and with the weekdays and relative words beside them, and reads an expression with
no explicit date (`dün`, `am Freitag`, `geçen yıl`) against the publication day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from visitx.dates import phrasebook, tables, weekof
from visitx.dates.calendars import from_gregorian, period
from visitx.dates.grammar import Cand, Context, combine, resolve
from visitx.dates.symbols import Sym, regexes, symbols

__all__ = ["Outcome", "codes_of", "run_lexicon"]

Outcome = Cand | Literal["reject"] | None
"""A lexicon's reading: a period, "reject" (the text is no date: stop), or None (unsure)."""


def codes_of(syms: list[Sym]) -> str:
    """The symbols' codes as one string (`drdMy`), the text the grammar matches."""
    return "".join(s.code for s in syms)


def _relative_day(weekdays: set[int], offsets: set[int], ctx: Context) -> date | None:
    """The day a weekday and/or a relative day word names (`yesterday`, `on Friday`)."""
    assert ctx.published is not None
    if offsets:
        day = ctx.published + timedelta(days=next(iter(offsets)))
        return None if weekdays and weekdays != {day.weekday()} else day
    ahead = ctx.ahead and not ctx.past  # `last Friday` is before publication in any tense
    if next(iter(weekdays)) == ctx.published.weekday() and ahead and not ctx.future:
        return None  # `Sunday` of an upcoming event in a Sunday paper: today or next week?
    if ahead:
        forward = (next(iter(weekdays)) - ctx.published.weekday()) % 7
        return ctx.published + timedelta(days=forward or (7 if ctx.future else 0))
    back = (ctx.published.weekday() - next(iter(weekdays))) % 7
    return ctx.published - timedelta(days=back or (7 if ctx.past else 0))


def _relative(syms: list[Sym], ctx: Context) -> Cand | None:
    """A day given only relative to publication: `dün`, `am Freitag`, `روز جمعه`."""
    if ctx.published is None or (ctx.future and not ctx.ahead):
        return None
    if codes_of(syms) == "HW":  # `diesen Dienstag`, `bu salı`: of the publication week
        day = weekof.this_weekday(syms[1].value, ctx.lang, ctx.published, ctx.ahead)
        return None if day is None else Cand(day, day, "day", "gregorian", inferred=True)
    if any(s.code not in "WRPQN" for s in syms) or (not ctx.ahead and "N" in codes_of(syms)):
        return None
    weekdays = {s.value for s in syms if s.code == "W"}
    offsets = {s.value for s in syms if s.code == "R"}
    if len(weekdays) > 1 or len(offsets) > 1 or (max(offsets, default=0) > 0 and not ctx.ahead):
        return None  # `tomorrow` names an upcoming day: only for an upcoming event
    if weekdays or offsets:
        day = _relative_day(weekdays, offsets, ctx)
        if day and weekdays and Sym("N", 1) in syms:  # `nächsten Dienstag`, `mardi prochain`
            day = day if weekof.in_next_week(day, ctx.lang, ctx.published) else None
        return None if day is None else Cand(day, day, "day", "gregorian", inferred=True)
    if ctx.year_offset is not None and ctx.year_offset <= int(ctx.ahead):  # `明年`: upcoming
        cal = ctx.year_offset_cal
        today = from_gregorian(cal, ctx.published)
        span = (
            None
            if today is None
            else period(cal, today[0] + ctx.year_offset, None, None, given=True)
        )
        return None if span is None else Cand(*span, "year", cal, inferred=True)
    return None


def _matches(codes: str) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    pos = 0
    while pos < len(codes):
        for pattern in regexes().grammar:
            match = pattern.match(codes, pos)
            if match:
                found.append(match)
                pos = match.end()
                break
        else:
            pos += 1
    return found


def _agrees(chosen: Cand, syms: list[Sym], ctx: Context) -> bool:
    """Whether a weekday or "yesterday" beside a day falls on it (`letzter Montag im März`: no)."""
    weekdays = {s.value for s in syms if s.code == "W"}
    codes = codes_of(syms)
    single = chosen.precision == "day" and chosen.start != chosen.end and len(weekdays) == 1
    if single and -1 < codes.find("W") < codes.find("d"):
        return weekdays == {chosen.start.weekday()}  # `Wednesday, March 4-6`: off its first day
    if chosen.precision != "day" or chosen.start != chosen.end:
        return not (weekdays and chosen.inferred and (ctx.past or ctx.future))
    if weekdays and weekdays != {chosen.start.weekday()}:
        return False
    offsets = {s.value for s in syms if s.code == "R"}
    if ctx.published is None or not offsets:
        return True
    return {ctx.published + timedelta(days=o) for o in offsets} == {chosen.start}


def _with_words(syms: list[Sym], ctx: Context) -> Context | None:
    """The context with the tense and relative-year words of `syms`; None if they clash."""
    year_offsets = {s.value for s in syms if s.code == "Q"}
    weekdays = {s.value for s in syms if s.code == "W"}
    codes = codes_of(syms)
    if "S" in codes or len(year_offsets) > 1:
        return None
    return ctx._replace(
        between="b" in codes,
        past="P" in codes,
        future="N" in codes,
        year_offset=next(iter(year_offsets), None),
        year_offset_cal=next((s.cal for s in syms if s.code == "Q"), "gregorian"),
        weekday=weekdays.pop() if len(weekdays) == 1 else None,  # `Thursday, 05/06/2025`
    )


def _end_weekdays(syms: list[Sym]) -> tuple[list[Sym], tuple[int, int] | None]:
    """A range of two days with a weekday beside each (`5日(火)～7日(木)`, `du mardi 5
    au jeudi 7`) or a weekday range beside it (`Monday to Wednesday, March 3-5`): the symbols
    without them, and the weekdays of the first and last day, which `run_lexicon` checks
    against the range read."""
    codes = codes_of(syms)
    if codes.count("d") != 2 or codes.count("W") != 2 or "r" not in codes:
        return syms, None
    after = re.search(r"dW.*r.*dW", codes)  # CJK: the weekday in brackets after its day
    before = re.search(r"Wd.*r.*Wd", codes)  # fr, es, de: the weekday before its day
    # English agendas name the weekdays as a range of their own: `Monday to Wednesday,
    # March 3-5`, `Monday-Wednesday (3-5 March)`
    at = codes.find("WrW")
    paired = at >= 0 and re.search(r"d.*r.*d", codes[:at] + codes[at + 3 :])
    first, last = (s.value for s in syms if s.code == "W")
    if paired and after is None and before is None:
        return syms[:at] + syms[at + 3 :], (first, last)
    if after is None and before is None:
        return syms, None
    return [s for s in syms if s.code != "W"], (first, last)


def _stray(codes: str, matches: list[re.Match[str]], strict: bool) -> bool:
    """Whether a number, dash (or, for a strict lexicon, a word) lies outside the matches."""
    used = {i for m in matches for i in range(m.start(), m.end())}
    starts = {m.start() for m in matches}
    for i, code in enumerate(codes):
        # A stray number, or a dash opening or closing a match (`until 5 May`,
        # `5 May -`), means part of the expression was not understood.
        stray_dash = code == "r" and (i + 1 in starts or (i + 1 == len(codes) and i - 1 in used))
        if i not in used and (code in "dn" or stray_dash or (strict and code == "x")):
            return True
    return False


def _until_publication(
    chosen: Cand, syms: list[Sym], matches: list[re.Match[str]], ctx: Context
) -> Cand | Literal[False] | None:
    """`2020'den bu yana`, `von 2020 bis heute`, `desde 2020`: the start of the date to
    publication; None when the words are out of place; False when the date is no such
    open range (`desde el 1 hasta el 3 de mayo` is an ordinary range)."""
    codes = codes_of(syms)
    first, last = matches[0].start(), matches[-1].end()
    tail = [s for s in syms[last:] if s.code != "x"]
    present = [s.code for s in tail] in (["T"], ["r", "T"]) or (
        [s.code for s in tail] == ["r", "R"] and tail[1].value == 0  # `bis heute`
    )
    # A since-word of value 1 (Russian `с`, also "with") counts right before the date only.
    since_at = [i for i, s in enumerate(syms[:first]) if s.code == "I"]
    counted = any(syms[i].value == 0 or set(codes[i + 1 : first]) <= {"S"} for i in since_at)
    since = counted and "r" not in codes[first:] and not tail
    if not present and not since:
        if "T" in codes or ("r" not in codes[first:last] and (counted or not since_at)):
            return None  # a present word elsewhere, or `seit 5 May bis` half-read
        return False
    pub = ctx.published
    if pub is None or chosen.start > pub:
        return None
    return Cand(chosen.start, pub, "day", chosen.calendar, inferred=True)


def _two_way_days(syms: list[Sym], ctx: Context) -> list[Sym]:
    """`कल`, `परसों`: as many days before publication as after it; the tense tells which."""
    return [
        Sym("R", s.value if ctx.ahead else -s.value) if s.cal == tables.TWO_WAY else s
        for s in syms
    ]


def _since_after(syms: list[Sym], norm: str, ctx: Context) -> list[Sym]:
    """`1 जनवरी से`, `2020 سے`: a range word that ends the text in a language that writes it
    after the start (`since_after_words`) is "from then on", read as a present word."""
    words = phrasebook.split_forms(phrasebook.table("since_after_words").get(ctx.lang or "", ""))
    last = norm.rstrip(" .,;:!?").rsplit(" ", 1)[-1]
    if syms and syms[-1].code == "r" and last in (tables.normalize(w) for w in words):
        return [*syms[:-1], Sym("T")]
    return syms


def _this_words(syms: list[Sym]) -> list[Sym] | None:
    """`this` is read before a weekday only (`bu eylül`, `diesen Sommer`: unknown words);
    None for `this` before a month when a year is written too (`bu mayıs'tan eki 2020'ye
    kadar`: this year's May, or 2020's?)."""
    codes = codes_of(syms)
    if "HM" in codes and "y" in codes:
        return None
    return [
        Sym("x") if s.code == "H" and (i + 1 == len(syms) or syms[i + 1].code != "W") else s
        for i, s in enumerate(syms)
    ]


def run_lexicon(norm: str, lex: tables.Lexicon, ctx: Context) -> tuple[Outcome, bool]:
    """Parse with one lexicon: the outcome, and whether unknown words were seen."""
    read = _this_words(_since_after(_two_way_days(symbols(norm, lex), ctx), norm, ctx))
    if read is None:
        return "reject", False
    syms, ends = _end_weekdays(read)  # `3月5日(火)～7日(木)`, `du mardi 5 au jeudi 7 mars`
    codes = codes_of(syms)
    unknown = "x" in codes
    worded = _with_words(syms, ctx)
    if worded is None:
        return "reject", unknown
    matches = _matches(codes)
    if _stray(codes, matches, lex.strict):
        return (None if lex.strict else "reject"), unknown
    open_ended = "T" in codes or "I" in codes or codes.endswith("rR")  # `bis heute`
    if not matches:
        if open_ended:
            return "reject", unknown  # `seit Montag`: since a weekday, no date to start from
        return (_relative(syms, worded) if any(c in codes for c in "WRQ") else None), unknown
    cands = [resolve(m, syms, worded) for m in matches]
    chosen = None if None in cands else combine([c for c in cands if c is not None])
    if chosen is not None and open_ended:
        until_now = _until_publication(chosen, syms, matches, worded)
        if until_now is not False:
            return (until_now or "reject"), unknown
    if chosen is None or not _agrees(chosen, syms, worded):
        return "reject", unknown
    if ends and (chosen.start.weekday(), chosen.end.weekday()) != ends:
        return "reject", unknown  # a weekday off the day it stands beside
    if chosen.inferred and chosen.precision == "month" and unknown:
        return "reject", unknown  # a lone `May` among unknown words may be the verb
    return chosen, unknown
