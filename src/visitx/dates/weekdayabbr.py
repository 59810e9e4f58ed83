"""An abbreviated weekday before a numeric or written date, as news datelines and
listings print it: `Mi., 19.11.2025`, `mer. 10 juil. 2024`, `пт, 3 янв.`, `Cum, 27.12.2024`.

The abbreviations are read only there, right before a date that starts with its day
number (not a time, `Jeu 15:12`, nor a year, `mar. 2024`): alone they are other words
(`Fr.` is Frau, `mar` the sea in Spanish and `mar.` March in French, `So` "so"), but
for CLDR's abbreviations before a time of day (`before_time`: `Jeu 15:12`). The
rest must read as a day on that weekday (the first day of a range, `Mo., 17.–19.11.2025`);
a contradicting weekday (`Di., 19.11.2025`: 19 November 2025 is a Wednesday) makes the
whole None, as a written weekday does. The words are data (`weekday_abbreviations` in
`tables/date_words.json`); `parse_date` reads the rest and checks its day.
"""

from __future__ import annotations

import functools
import re

from visitx.dates import phrasebook, tables

__all__ = ["before_time", "split"]


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


@functools.cache
def _short_weekdays(lang: str) -> dict[str, str]:
    """CLDR's abbreviated weekdays of `lang` (`jeu.`, `vi`), normalized, to the full name."""
    from babel import Locale, UnknownLocaleError

    try:
        days = Locale.parse(lang).days["format"]
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    names: dict[str, str] = {}
    for width in ("abbreviated", "short"):
        for day, name in days[width].items():
            short = tables.normalize(str(name)).rstrip(".")
            if len(short) >= 2:
                names.setdefault(short, tables.normalize(str(days["wide"][day])))
    return names


def before_time(norm: str, lang: str | None, time: re.Pattern[str]) -> str:
    """`jeu 15:12` is Thursday: an abbreviated weekday (an ordinary word, `jeu` "game",
    `vi` "I saw") in normalized text is read only when the whole expression is it and a
    time of day (`time`) that starts with its hour (`so um 15 uhr`, German "at about 3
    pm", is no Sunday): `norm` with the weekday written out, or as it was."""
    m = re.fullmatch(r"\s*([^\W\d_]+)\.?\s+(\d.*?)\s*", norm)
    if lang is None or m is None or not time.fullmatch(m.group(2)):
        return norm
    full = _short_weekdays(lang).get(m.group(1))
    return norm if full is None else f"{full} {m.group(2)}"
