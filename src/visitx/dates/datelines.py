"""A wire dateline around a date, in a language without tables: `КИЇВ, 5 лютого
/Укрінформ/`, `BRASÍLIA, 20 Nov (Reuters) -`, `(ANSA) - ROMA, 18 SET -`, `नई दिल्ली, 20
नवंबर (भाषा)`.

The tabled languages read the city and the agency as unknown words beside the date; a
language without tables reads only CLDR's month and weekday names and its few date words
(`tables.babel_lexicon`), so any other word makes the whole `None`. `inner` gives the date
between a dateline's city and its agency, for `parse_date` to read alone. It is a dateline
only when the city is written in capitals (`КИЇВ`, `ROMA`) or an agency in brackets or
slashes follows the date (`(भाषा)`, scripts without capitals): `в середу, 13 березня` (a
weekday, then a date that is no Wednesday) is no dateline. `after_head` gives the clause
after a dateline without a date, `KYIV, Ukraine (AP) — the president said Wednesday`
(a city in capitals, a region, an agency in brackets, a dash), for English.
"""

from __future__ import annotations

import re

__all__ = ["after_head", "inner"]

_DATELINE = re.compile(
    r"\s*(?:\([^()\d]{1,30}\)\s*[-–—]\s*)?"  # `(ANSA) - ` before the city
    r"(?P<city>[^\W\d_][^\d,،()/]{0,40})[,،]\s+"  # `КИЇВ, `, `اسلام آباد، `
    r"(?P<date>[^()/]+?)"
    # `(Reuters) -`, `/Укрінформ/`, `(Xinhua) --`, `(APP):`
    r"\s*(?P<agency>\([^()\d]{1,30}\)|/[^/\d]{1,30}/)?\s*(?:--|[-–—.:])?\s*"
)


def inner(text: str) -> str | None:
    """The date inside a dateline that `text` is whole, or None when it is none."""
    m = _DATELINE.fullmatch(text)
    if m is None or not any(ch.isdigit() for ch in m.group("date")):
        return None
    capitals = m.group("city") == m.group("city").upper() != m.group("city").lower()
    return m.group("date") if capitals or m.group("agency") else None


_HEAD = re.compile(
    r"\s*(?P<city>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})(?:,\s*[^\W\d_][^\d,()/]{0,30})?"
    r"\s*\([^()\d]{1,30}\)\s*[-–—]\s+(?P<rest>\S.*)",  # `KYIV, Ukraine (AP) — `
    re.DOTALL,
)


def after_head(text: str) -> str | None:
    """The clause after a dateline head that opens `text` (`KYIV, Ukraine (AP) — `: a city
    in capitals, maybe a region, an agency in brackets and a dash), or None."""
    m = _HEAD.fullmatch(text)
    if m is None or m.group("city") != m.group("city").upper():
        return None
    return m.group("rest")
