"""A weekday in a clause: `on Monday` of `the Sun reported on Monday`, `talks were held on
Friday evening`, `the delegation left late Thursday night`, and without `on` as US wire copy
writes it (`the ministry said Thursday`, `Putin told reporters Friday`, `will arrive Thurs.`:
`weekday_verbs` of `tables/english_words.json`). `weekday_clause` gives that weekday (as
`on monday`) when no other word of the clause names a date, its tense words fit the tense
asked (`dates.vocabulary.tense_agrees`) and the words before `on` are no newspaper's name
(`the Mail on Sunday`, `on_sunday_titles`).
"""

from __future__ import annotations

import functools
import re

from visitx.core.datafiles import read_json
from visitx.dates.vocabulary import (
    naming_words,
    no_date_numbers,
    outside_words,
    sunday_titles,
    tense_agrees,
    tense_markers,
)
from visitx.dates.weeks import WEEKDAY_NAME

__all__ = ["weekday_clause"]


# `on Monday`, `on Friday evening`: written out, directly after `on` (not `on Good Friday`).
_ON_WEEKDAY = re.compile(  # `on Monday`, `late Friday`, `early on Tuesday`: that day
    rf"(?<![^ ])(?:on|late|early|late on|early on) ({WEEKDAY_NAME})"
    r"(?: (?:morning|afternoon|evening|night))?(?![^ ])"
)


# Abbreviated weekdays that are no English word (not `sat`, `sun`, `wed`: `word_traps`).
_SHORT_WEEKDAY = "mon|tues?|weds|thu(?:rs?)?|fri"


@functools.cache
def _wire_words(key: str) -> tuple[str, ...]:
    return tuple(read_json("english_words.json")[key].split("|"))


@functools.cache
def _loose_weekday() -> re.Pattern[str]:
    """A weekday (and part of the day) that ends the clause or comes before a word of
    `weekday_verb_followers` (`said thursday it would`; not `held friday prayers`)."""
    followers = "|".join(_wire_words("weekday_verb_followers"))
    return re.compile(
        rf"(?<![^ ])({WEEKDAY_NAME}|{_SHORT_WEEKDAY})"
        rf"(?: (?:morning|afternoon|evening|night))?(?=$| (?:{followers})(?![^ ]))"
    )


def _wire_weekdays(norm: str) -> list[re.Match[str]]:
    """Weekdays without `on`, as US wire copy writes them (`the ministry said thursday`,
    `putin told reporters friday`, `will arrive thurs`): right after a verb of
    `weekday_verbs`, or after a tense marker further before (`met xi friday`); not right
    after a word that names another day or a holiday with it (`weekday_name_words`: `by
    friday`, `good friday`, `super tuesday`); an abbreviation only right after the verb."""
    verbs, blockers = _wire_words("weekday_verbs"), _wire_words("weekday_name_words")
    found = []
    for m in _loose_weekday().finditer(norm):
        before = norm[: m.start()].split()
        if not before or before[-1] in blockers or before[-1] in ("on", "late", "early"):
            continue
        text = " ".join(before)
        if " ".join(before[-2:]) in verbs or before[-1] in verbs:
            found.append(m)
        elif re.fullmatch(WEEKDAY_NAME, m.group(1)) and any(
            tense_markers(key).search(text) for key in ("past_markers", "future_markers")
        ):
            found.append(m)  # `met xi friday`, not `a two-day visit starting monday`
    return found


def weekday_clause(norm: str, ahead: bool) -> str | None:
    """`on monday` of `the sun reported on monday` (and of `the ministry said monday`);
    None when another word names a date or the clause's tense contradicts `ahead` (`talks
    would resume on monday`, past)."""
    found = [*_ON_WEEKDAY.finditer(norm), *_wire_weekdays(norm)]
    if len(found) != 1 or re.search(r"\d", no_date_numbers(norm)):  # `200 delegates met on monday`
        return None
    m = found[0]
    if m.re is not _ON_WEEKDAY:  # `said thursday night`: read as `on thursday night`
        return "on " + m.group(0) if _clear(norm, m, ahead) else None
    if not _clear(norm, m, ahead) or not outside_words(norm[: m.start()] + norm[m.end() :]):
        return None  # `on monday` alone is read as it is
    before = outside_words(norm[: m.start()])
    if m.group(1) == "sunday" and before and before[-1] in sunday_titles():
        return None  # `the mail on sunday`, `scotland on sunday`: a newspaper
    return m.group(0)


def _clear(norm: str, m: re.Match[str], ahead: bool) -> bool:
    """Whether the clause around weekday match `m` fits `ahead` (not `talks would resume on
    monday` of a past event) and no other word of it names a date (`met last week on monday`)."""
    around = outside_words(norm[: m.start()]) + outside_words(norm[m.end() :])
    return tense_agrees(norm[: m.start()], ahead) and not any(w in naming_words() for w in around)
