"""The lookup structures `_dates.parse_date` builds from its word tables.

The tables are data, in `tables/date_words.json`, written the way articles spell
it: month, weekday and relative words, connectors, fillers. A month is a
`|`-separated string of forms; multi-word forms (`كانون الثاني`, `bazar ertəsi`) are
matched as phrases. Tables are keyed by a *tag*: mostly an ISO 639-1 code, plus `prs`
(Dari and Afghan usage), `hijri` (the Islamic month names shared by Arabic, Persian
and Pashto) and `*` (script-independent entries every language gets).

This module compiles the tags a language reads into a `Lexicon`: every form goes
through `normalize` (`_textfold.fold` without accents), the same function applied to
input text (case, digits of every script, Arabic/Persian letter variants,
diacritics, ZWNJ), so spellings that differ only in those respects need not be
listed twice. Lexicons are built on first use and
cached; Babel is imported only for languages without hand-made tables.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from visitx.core.textfold import ascii_digits, fold
from visitx.dates.phrasebook import relative_units
from visitx.dates.phrasebook import split_forms as _forms
from visitx.dates.phrasebook import table as _t

# Symbols `dates.eras` writes into normalized text in place of an era marker.
ERA_STOP = "\ue002"  # no Gregorian news date here (`88 до н. э.`, `88 n. Chr.`)
ERA_GREGORIAN = "\ue003"  # a four-digit year of the common era (`2024 م`, `AD 2024`)
# `Entry.cal` of a day written as an ordinal word (`سوم`), and of one in a language
# whose ordinals also rank a noun beside them (`الأول`: `الأسبوع الأول`); see `ordinal_ranks`.
ORDINAL_WORD = "ordinal"
ORDINAL_RANK = "ordinal-rank"


def language_tags() -> dict[str, list[str]]:
    """Which tags each language with tables reads (`fa` reads `fa`, `prs`, `hijri`)."""
    tags: dict[str, list[str]] = _t("language_tags")
    return tags


def time_zones() -> tuple[str, str]:
    """Zone abbreviations after a time of day, as regexes: any time's, and those also read
    after a.m. or p.m. (`tables/date_words.json` `time_zones`)."""
    zones = _t("time_zones")
    found = rf"{zones['any']}|[a-z]{{1,2}}[sd]t"
    return found, f"{found}|{zones['after_am_pm']}"


@functools.cache
def time_connectors() -> str:
    """Words that introduce a time of day (`à`, `at`, `um`), normalized, as a regex."""
    words = {normalize(w) for tag in _t("time_connectors").values() for w in _forms(tag)}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def language_aliases() -> dict[str, str]:
    """ISO 639-2/3 codes and macro-language variants seen in article metadata."""
    aliases: dict[str, str] = _t("language_aliases")
    return aliases


# --- compiled lookup tables ---------------------------------------------------------


TWO_WAY = "two-way"
"""The `cal` of a day word as far before publication as after it (Hindi `कल`)."""


class Entry(NamedTuple):
    """What a word means: `kind` is a grammar symbol of `_dates`, with its value."""

    kind: str
    value: int = 0
    cal: str = ""


class Lexicon(NamedTuple):
    """Normalized phrases (tuples of tokens) and what they mean, for one language."""

    phrases: dict[tuple[str, ...], Entry]
    longest: dict[str, int]  # first word of a phrase -> most words in such a phrase
    agglutinative: bool  # strip Turkic case suffixes from words not found as written
    strict: bool  # CLDR-only language: an unknown word defers to dateparser
    # Words between a month and a two-digit year (`Sep of 03`, `September of '03`):
    # the number after them is the year, never the day (`year_links`).
    year_links: frozenset[str] = frozenset()
    # A word that writes a number no table reads (`والأربعين`): a stop (`number_words`).
    number_words: re.Pattern[str] | None = None


class Token(NamedTuple):
    """One token of normalized text, with its position."""

    kind: str  # F numeric-date placeholder, N number, C CJK char, W word, D dash, P other
    text: str
    start: int
    end: int


# What `fold` leaves that the date grammar still wants unified.
_DATE_MAP = str.maketrans(
    {"\u060d": "/", "\u301c": "~", "\u223c": "~", "\uff5e": "~",
     # Apostrophe look-alikes (`Aujourd՚hui`): Armenian, Latin saltillo, reversed prime.
     "\u055a": "'", "\ua78c": "'", "\u2035": "'"}
)  # fmt: skip


def normalize(text: str) -> str:
    """Fold case, digits, letter variants and diacritics so lookups are exact; the
    ordinal indicators `º` `ª` are marks, as `°` (`1.º de noviembre`: no word `o`)."""
    return fold(text.replace("º", "°").replace("ª", "°"), accents=False).translate(_DATE_MAP)


def to_ascii_digits(text: str) -> str:
    """Only the digits of `text` folded to ASCII (for dateparser, which wants words intact)."""
    return ascii_digits(text)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"


@functools.cache
def _token_re() -> re.Pattern[str]:
    # CJK characters are tokens of their own (`2023年4月7日`, `金曜日`): phrases of
    # several characters are then matched like multi-word phrases.
    letter = rf"[^\W\d_{_CJK}]"
    return re.compile(
        rf"(?P<F>\ue000\d+\ue001)|(?P<N>\d+(?:'{letter}+)?)|(?P<C>[{_CJK}])"
        rf"|(?P<W>{letter}+(?:'{letter}+)*)|(?P<D>[-–~])|(?P<P>\S)"
    )


def tokenize(text: str) -> list[Token]:
    """Split normalized text into numbers, words, CJK characters and punctuation."""
    found = _token_re().finditer(text)
    return [Token(m.lastgroup or "P", m.group(), m.start(), m.end()) for m in found]


def _add(phrases: dict[tuple[str, ...], Entry], form: str, entry: Entry) -> None:
    key = tuple(token.text for token in tokenize(normalize(form)))
    known = phrases.get(key)
    # Two languages giving one spelling different meanings (Spanish `ago` is August)
    # make it unusable when the language is not known.
    phrases[key] = entry if known is None or known == entry else Entry("x")


def _add_months(phrases: dict[tuple[str, ...], Entry], tag: str) -> None:
    for month, forms in enumerate(_t("gregorian_months").get(tag, ()), start=1):
        for form in _forms(forms):
            _add(phrases, form, Entry("M", month, "gregorian"))
    for month, forms in enumerate(_t("jalali_months").get(tag, ()), start=1):
        for form in _forms(forms):
            _add(phrases, form, Entry("M", month, "jalali"))
            if tag == "fa":  # `فروردین‌ماه` is usually split by ZWNJ, sometimes glued
                _add(phrases, form + "ماه", Entry("M", month, "jalali"))
    if tag in ("hijri", "hijri_latin"):  # `1 Muharram 1446` in English copy: `_latin`
        months = _t("hijri_months_latin" if tag == "hijri_latin" else "hijri_months")
        for month, forms in enumerate(months, start=1):
            for form in _forms(forms):
                _add(phrases, form, Entry("M", month, "hijri"))
    for form, cal in _t("calendar_markers").get(tag, {}).items():
        _add(phrases, form, Entry("h", 0, cal))


def _add_words(phrases: dict[tuple[str, ...], Entry], tag: str, *, own: bool = True) -> None:
    """The words of `tag`; `this` before a weekday only for the article's own language
    (French `ce` is no era marker `CE`)."""
    simple = (
        ("fillers", "f"),
        ("range_words", "r"),
        ("and_words", "a"),
        ("between_words", "b"),
        ("past_words", "P"),
        ("future_words", "N"),
        *((("this_words", "H"),) if own else ()),
        ("stop_words", "S"),
        ("present_words", "T"),
        ("since_words", "I"),
    )
    for table, kind in simple:
        for form in _forms(_t(table).get(tag, "")):
            _add(phrases, form, Entry(kind))
    for form in _forms(_t("since_beside_words").get(tag, "")):  # value 1: right before only
        _add(phrases, form, Entry("I", 1))
    for form in _forms(_t("next_words").get(tag, "")):  # value 1: next week's or the next?
        _add(phrases, form, Entry("N", 1))
    for weekday, forms in enumerate(_t("weekdays").get(tag, ())):
        for form in _forms(forms):
            _add(phrases, form, Entry("W", weekday))
    kind = ORDINAL_RANK if tag in _forms(_t("ordinal_ranks")) else ORDINAL_WORD
    for day, forms in enumerate(_t("ordinal_days").get(tag, ()), start=1):
        for form in _forms(forms):  # `سوم فروردین`, `بیست و یکم اسفند`
            _add(phrases, form, Entry("d", day, kind))
    for form, offset in _t("relative_days").get(tag, {}).items():
        _add(phrases, form, Entry("R", offset))
    for form, offset in _t("two_way_days").get(tag, {}).items():  # `कल`: the tense decides
        _add(phrases, form, Entry("R", offset, TWO_WAY))
    # "This year" in a Persian article counts Solar Hijri years.
    year_cal = "jalali" if tag in ("fa", "prs", "ps") else "gregorian"
    for form, offset in _t("relative_years").get(tag, {}).items():
        _add(phrases, form, Entry("Q", offset, year_cal))


def _universal() -> dict[tuple[str, ...], Entry]:
    phrases: dict[tuple[str, ...], Entry] = {}
    for form in _forms(_t("range_words")["*"]):
        _add(phrases, form, Entry("r"))
    for form in ("月", "월"):  # after a number: CJK month N
        _add(phrases, form, Entry("O"))
    for form in ("mid-", "mi-"):  # so that `mid-April` is not a range
        _add(phrases, form, Entry("f"))
    phrases[(ERA_STOP,)] = Entry("S")
    phrases[(ERA_GREGORIAN,)] = Entry("h", 0, "gregorian")
    return phrases


def _finish(
    phrases: dict[tuple[str, ...], Entry], agglutinative: bool, strict: bool, tags: list[str]
) -> Lexicon:
    longest: dict[str, int] = {}
    for key in phrases:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    links = frozenset(form for tag in tags for form in _forms(_t("year_links").get(tag, "")))
    numbers = [normalize(_t("number_words")[tag]) for tag in tags if tag in _t("number_words")]
    number_words = re.compile("|".join(numbers)) if numbers else None
    return Lexicon(phrases, longest, agglutinative, strict, links, number_words)


@functools.cache
def lexicon(key: str) -> Lexicon:
    """The lookup tables for `key`.

    `key` is a language of `language_tags()`, `*` (every language, for an article of
    unknown language), or `xx+` (xx plus every language's month names, for an
    article quoting a date in another language).
    """
    all_tags = sorted({tag for tags in language_tags().values() for tag in tags})
    phrases = _universal()
    if key == "*":
        for tag in all_tags:
            _add_months(phrases, tag)
            _add_words(phrases, tag, own=False)
        return _finish(phrases, agglutinative=True, strict=False, tags=all_tags)
    lang = key.rstrip("+")
    if key.endswith("+"):
        for tag in all_tags:
            _add_months(phrases, tag)
    own: dict[tuple[str, ...], Entry] = {}
    for tag in language_tags()[lang]:
        _add_months(own, tag)
        _add_words(own, tag)
    phrases.update(own)  # the article's own language wins
    return _finish(phrases, lang in _t("agglutinative") or key.endswith("+"), strict=False,
                   tags=language_tags()[lang])  # fmt: skip


@functools.cache
def babel_lexicon(lang: str) -> Lexicon | None:
    """Month and weekday names from CLDR for a language without hand-made tables."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    phrases = _universal()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, raw in locale.months[context][width].items():
                name = str(raw).rstrip(".")
                if len(name) >= 3:  # shorter abbreviations collide with ordinary words
                    _add(phrases, name, Entry("M", int(month), "gregorian"))
    for weekday, name in locale.days["format"]["wide"].items():
        _add(phrases, str(name), Entry("W", int(weekday)))
    _add_months(phrases, lang)  # inflected forms CLDR lacks (Ukrainian `у листопаді`)
    _add_words(phrases, lang)  # `il 25 aprile`, `de 12 a 14 de maio`: fillers, range words
    # Parts of the day after a time or date (`5.45 ip.`, `u podne` "at noon") are no
    # date words: fillers, unless a month or weekday is spelt the same.
    # CLDR lacks some (Hindi `अपराह्न` "p.m."): dateparser's a.m./p.m. words join them.
    leads = ["", *_forms(_t("time_connectors").get(lang, ""))]
    periods = [raw for widths in locale.day_periods.values() for names in widths.values()
               for raw in names.values()]  # fmt: skip
    for raw in [*periods, *_dateparser_day_halves(lang)]:
        name = str(raw).rstrip(".")
        for form in (f"{lead} {name}".strip() for lead in leads if len(name) >= 2):
            key = tuple(token.text for token in tokenize(normalize(form)))
            phrases.setdefault(key, Entry("f"))
    return _finish(phrases, agglutinative=False, strict=True, tags=[])


def _dateparser_day_halves(lang: str) -> list[str]:
    """dateparser's words for a.m. and p.m. in `lang` (none for a language it lacks)."""
    from dateparser.languages.loader import default_loader

    try:
        info = default_loader.get_locale(lang).info
    except (ValueError, TypeError, KeyError):
        return []
    return [str(word) for key in ("am", "pm") for word in info.get(key, ())]


@functools.cache
def _suffixes() -> tuple[frozenset[str], tuple[str, ...]]:
    ordinals = frozenset(normalize(s) for s in _forms(_t("ordinal_suffixes")))
    cases = sorted({normalize(s) for s in _forms(_t("case_suffixes"))}, key=len, reverse=True)
    return ordinals, tuple(cases)


def is_ordinal_suffix(word: str) -> bool:
    """Whether `word`, glued to a number, only marks it as an ordinal (`1st`, `7-ci`)."""
    return word in _suffixes()[0]


@functools.cache
def _suffixed_stems() -> frozenset[str]:
    """The words of the agglutinative languages' own tables, the only three-letter stems
    that take a case suffix (`3 mayda`): `more` is no `mor` (Mordad) + `e`, `fare` no
    `far` + `e`."""
    phrases: dict[tuple[str, ...], Entry] = {}
    for lang in _t("agglutinative"):
        for tag in language_tags()[lang]:
            _add_months(phrases, tag)
            _add_words(phrases, tag)
    return frozenset(key[0] for key in phrases if len(key) == 1)


@functools.cache
def version_words() -> str:
    """Words before a software version number (`Version: 1.1.30`), normalized, as `a|b`."""
    return "|".join(re.escape(normalize(w)) for w in _forms(_t("version_words")))


@functools.cache
def count_units() -> frozenset[str]:
    """English unit words after which a number is a count (`1 year`, `3 days`), not a day."""
    units = (relative_units("en") or {}).get("units", {}).values()
    return frozenset(normalize(form) for forms in units for form in _forms(forms))


def lookup_word(word: str, lex: Lexicon) -> Entry | None:
    """A single word not found as a phrase: try without case suffix or elision."""
    if lex.agglutinative:
        for suffix in _suffixes()[1]:
            stem = word[: -len(suffix)]
            long_enough = len(stem) >= 4 or (len(stem) == 3 and stem in _suffixed_stems())
            if word.endswith(suffix) and long_enough:
                entry = lex.phrases.get((stem,))
                if entry is not None and entry.kind in ("M", "W", "f"):
                    return entry
    if "'" in word:  # `Mart'ta`, `Kasım'ın` (Turkish case) or `d'avril` (French elision)
        head, _, tail = word.partition("'")
        entry = lex.phrases.get((head,)) or lookup_word(head, lex)
        if entry is not None and entry.kind != "f":
            return entry
        return lex.phrases.get((tail,)) or lex.phrases.get((tail.rpartition("'")[2],))
    return None


def ranking_the(token: Token, nxt: list[Token], lex: Lexicon) -> bool:
    """Whether `token`, after a weekday, is an English `the` before a past or next word:
    `the last`, `the next` rank a noun there (`Wednesday, the last day of her tour`,
    `Tuesday, the next stop`), and the weekday stays unmodified (no `Wednesday last`)."""
    if token.text != "the" or not nxt:
        return False
    entry = lex.phrases.get((nxt[0].text,)) or lookup_word(nxt[0].text, lex)
    return entry is not None and entry.kind in ("P", "N")
