"""A wire dateline around a date, in a language without tables: `КИЇВ, 5 лютого
/Укрінформ/`, `BRASÍLIA, 20 Nov (Reuters) -`, `(ANSA) - ROMA, 18 SET -`, `नई दिल्ली, 20
नवंबर (भाषा)`.

The tabled languages read the city and the agency as unknown words beside the date; a
language without tables reads only CLDR's month and weekday names and its few date words
(`tables.babel_lexicon`), so any other word makes the whole `None`. `inner` gives the date
between a dateline's city and its agency, for `parse_date` to read alone. It is a dateline
only when the city is written in capitals (`КИЇВ`, `ROMA`) or an agency in brackets or
slashes follows the date (`(भाषा)`, scripts without capitals): `в середу, 13 березня` (a
weekday, then a date that is no Wednesday) is no dateline.

`after_lead` gives what follows a dateline that names no date, a city in capitals and its
agency, then a dash (`BERLIN (dpa) - Am Dienstag`, `JAKARTA, KOMPAS.com - Selasa
(18/11/2025)`, `KYIV, Ukraine (AP) — the president said Wednesday`, with a region between
city and agency): the date expression after it, in any language.
"""

from __future__ import annotations

import re

__all__ = ["after_lead", "inner"]

_DATELINE = re.compile(
    r"\s*(?:\([^()\d]{1,30}\)\s*[-–—]\s*)?"  # `(ANSA) - ` before the city
    r"(?P<city>[^\W\d_][^\d,،()/]{0,40})[,،]\s+"  # `КИЇВ, `, `اسلام آباد، `
    r"(?P<date>[^()/]+?)"
    # `(Reuters) -`, `/Укрінформ/`, `(Xinhua) --`, `(APP):`
    r"\s*(?P<agency>\([^()\d]{1,30}\)|/[^/\d]{1,30}/)?\s*(?:--|[-–—.:])?\s*"
)


# `BERLIN (dpa) - `, `JAKARTA, KOMPAS.com - `, `Jakarta (ANTARA) - `: a city, its agency, a dash.
_LEAD = re.compile(
    r"\s*(?P<city>[^\W\d_][^\d,،()/]{0,40}?)\s*"
    r"(?:\([^()\d]{1,30}\)|[,،]\s*[^\W\d_][^\s,،()/]{0,30})"
    r"\s+[-–—]\s+(?P<rest>\S.*)",
    re.S,
)

_HEAD = re.compile(
    r"\s*(?P<city>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3})(?:,\s*[^\W\d_][^\d,()/]{0,30})?"
    r"\s*\([^()\d]{1,30}\)\s*[-–—]\s+(?P<rest>\S.*)",  # `KYIV, Ukraine (AP) — `
    re.DOTALL,
)


def after_lead(text: str) -> str | None:
    """The text after a dateline lead that names no date (`BERLIN (dpa) - Am Dienstag`:
    `Am Dienstag`; `KYIV, Ukraine (AP) — the president said Wednesday`: the clause); None
    when `text` opens with none (a city in capitals is required)."""
    for lead in (_LEAD, _HEAD):
        m = lead.fullmatch(text)
        city = m.group("city").strip() if m is not None else ""
        if m is not None and city == city.upper() != city.lower():
            return m.group("rest")
    return None


def inner(text: str) -> str | None:
    """The date inside a dateline that `text` is whole, or None when it is none."""
    m = _DATELINE.fullmatch(text)
    if m is None or not any(ch.isdigit() for ch in m.group("date")):
        return None
    capitals = m.group("city") == m.group("city").upper() != m.group("city").lower()
    return m.group("date") if capitals or m.group("agency") else None

