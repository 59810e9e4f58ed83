"""An abbreviated weekday before a numeric or written date, as news datelines and
listings print it: `Mi., 19.11.2025`, `mer. 10 juil. 2024`, `пт, 3 янв.`, `Cum, 27.12.2024`.

The abbreviations are read only there, right before a date that starts with its day
number (not a time, `Jeu 15:12`, nor a year, `mar. 2024`): alone they are other words
(`Fr.` is Frau, `mar` the sea in Spanish and `mar.` March in French, `So` "so"). The
rest must read as a day on that weekday (the first day of a range, `Mo., 17.–19.11.2025`);
a contradicting weekday (`Di., 19.11.2025`: 19 November 2025 is a Wednesday) makes the
whole None, as a written weekday does. The words are data (`weekday_abbreviations` in
`tables/date_words.json`); `parse_date` reads the rest and checks its day.
"""

from __future__ import annotations

import functools
import re

from visitx.dates import phrasebook

__all__ = ["split"]


@functools.cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    names: list[str] | None = phrasebook.table("weekday_abbreviations").get(lang)
    if names is None:
        return None
    index = {
        form.casefold(): day
        for day, forms in enumerate(names)
        for form in phrasebook.split_forms(forms)
    }
    words = "|".join(re.escape(form) for form in sorted(index, key=len, reverse=True))
    return re.compile(rf"\s*({words})\.?\s*,?\s+(?=\d{{1,2}}(?![\d:h]))(.+)", re.IGNORECASE), index


def split(text: str, lang: str | None) -> tuple[int, str] | None:
    """The weekday (Monday 0) of an abbreviation opening `text` and the date after it;
    None when `text` opens with none."""
    found = None if lang is None else _pattern(lang)
    m = None if found is None else found[0].fullmatch(text)
    if found is None or m is None:
        return None
    return found[1][m.group(1).casefold()], m.group(2)
