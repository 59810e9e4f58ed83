"""English years written in words: `two thousand and eighteen`, `two thousand`.

The symbol grammar passes over words it does not know, so `7 Feb, two thousand and
eighteen` would be 7 February of the year publication suggests. `year_digits` writes
such a year in digits (`7 feb 2018`) for the English rules to read; a year in words it
cannot read (`two thousand and a half`) makes the expression unreadable (None), never
the year publication suggests. `two thousand` before another word (`two thousand
troops`) is a count and left as it is. The number words are the English counts of
`tables/date_words.json` (`relative_units`), one to ninety-nine.
"""

from __future__ import annotations

import functools
import re

from visitx.dates import tables

__all__ = ["year_digits"]

_THOUSAND = re.compile(r"\btwo thousand\b( and)?")
_AFTER = re.compile(r"[a-z]")


@functools.cache
def _numbers() -> dict[str, int]:
    """English number words one to ninety-nine, by their normalized form."""
    table = tables.relative_units("en") or {}
    found: dict[str, int] = {}
    for number, forms in enumerate(table.get("numbers", ()), start=1):
        found.update((tables.normalize(form), number) for form in forms.split("|"))
    for number, forms in table.get("more_numbers", {}).items():
        if int(number) < 100:
            found.update((tables.normalize(form), int(number)) for form in forms.split("|"))
    found.pop("a", None)
    found.pop("an", None)
    return found


def year_digits(norm: str) -> str | None:
    """`norm` with a year in words as digits: itself when it has none or `two thousand`
    counts something; None when `two thousand and` is followed by no number."""
    m = _THOUSAND.search(norm)
    if m is None:
        return norm
    words = norm[m.end() :].split(" ")[1:]
    number, used = 0, 0
    for size in (2, 1):  # `twenty one`, `eighteen`
        if " ".join(words[:size]) in _numbers():
            number, used = _numbers()[" ".join(words[:size])], size
            break
    if m.group(1) and not used:
        return None  # `two thousand and a half`
    rest = " ".join(words[used:])
    if _AFTER.match(rest):
        return norm  # `two thousand troops`, `two thousand and one nights`: a count
    return f"{norm[: m.start()]}{2000 + number} {rest}".strip()
