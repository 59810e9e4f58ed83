"""Which tabled language an expression of unknown language is written in.

`parse_date` called without `language` first reads the symbol grammar with every
language's tables at once (`tables.lexicon("*")`), then English when every word is an
English date word (`dates.vocabulary`). Relative expressions (`vor 11 Tagen`,
`2 hafta önce`, `3天前`) and weekdays with their words (`am Montag`, `geçen salı`) need
one language's grammar. `language_for` finds the languages of
`tables/date_words.json` whose date words *cover* the expression: every word (or
CJK character) of it is a month, weekday, relative, filler, connector, unit, number
or relative-template word of that language (for Turkic languages also with a case
suffix, `salıya`). Numbers, numeric dates and ordinal suffixes belong to every
language.

`read` parses the expression with each covering language. It answers only when the
languages agree: one reading, given by every covering language that reads the
expression at all, and no word meaning one thing in one covering language and
another in the other (a weekday in one, a month in the other). Otherwise None: a
missing date is recoverable, a wrong one is not.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from visitx.dates import phrasebook, tables
from visitx.dates.grammar import Cand
from visitx.dates.symbols import prepare

__all__ = ["language_for", "read"]

Parse = Callable[[str, str], Cand | None]
"""Parses `text` in language `lang` (`parse(text, lang)`)."""

_WORD_KINDS = frozenset("WC")  # tokens that are words: letters, or one CJK character
_TEMPLATE_MARKS = ("{n}", "{u}", "{d}")


def _words_of(form: str) -> set[str]:
    return {t.text for t in tables.tokenize(tables.normalize(form)) if t.kind in _WORD_KINDS}


@functools.cache
def _vocabulary(lang: str) -> frozenset[str]:
    """Every word of `lang`'s date tables: lexicon phrases and the relative grammar."""
    words = {word for phrase in tables.lexicon(lang).phrases for word in phrase}
    table = phrasebook.relative_units(lang) or {}
    forms: list[str] = [*table.get("units", {}).values(), *table.get("numbers", ())]
    forms += [*table.get("more_numbers", {}).values(), *table.get("dual", {}).values()]
    for construction in ("ago", "ahead", "later", "last", "this", "following", "next"):
        for template in table.get(construction, ()):
            # Regex syntax (`(?:in der |im )?`) has no words; the marks are no words either.
            forms.append(functools.reduce(lambda t, mark: t.replace(mark, " "), _TEMPLATE_MARKS,
                                          template))  # fmt: skip
    for form in forms:
        for part in form.split("|"):
            words |= _words_of(part)
    return frozenset(words)


def _expression_words(text: str) -> list[str]:
    """The words of `text` that must be date words: not numbers nor ordinal suffixes."""
    norm, _ = prepare(text, eras_marked=False)  # `2024م`: the word tells the language
    tokens = tables.tokenize(norm)
    words = []
    for i, token in enumerate(tokens):
        after_number = i > 0 and tokens[i - 1].kind == "N" and tokens[i - 1].end == token.start
        ordinal = after_number and tables.is_ordinal_suffix(token.text)  # `1st`, `7-ci`
        if token.kind in _WORD_KINDS and not ordinal:
            words.append(token.text)
    return words


def _covers(lang: str, words: list[str]) -> bool:
    known = _vocabulary(lang)
    lex = tables.lexicon(lang)
    return all(word in known or tables.lookup_word(word, lex) is not None for word in words)


def language_for(text: str) -> list[str]:
    """The languages with tables whose date words cover every word of `text`."""
    words = _expression_words(text)
    if not words:
        return []
    return [lang for lang in tables.language_tags() if _covers(lang, words)]


def _meanings_clash(langs: list[str], words: list[str]) -> bool:
    """Whether a word means different things in two of `langs` (a weekday, a month)."""
    for word in set(words):
        meanings = set()
        for lang in langs:
            lex = tables.lexicon(lang)
            entry = lex.phrases.get((word,)) or tables.lookup_word(word, lex)
            if entry is not None:
                meanings.add((entry.kind, entry.value, entry.cal))
        if len(meanings) > 1:
            return True
    return False


def read(text: str, parse: Parse) -> Cand | None:
    """The one reading the covering languages of `text` agree on, or None."""
    langs = language_for(text)
    if not langs or "en" in langs or _meanings_clash(langs, _expression_words(text)):
        return None  # English words are read by the English rules alone (`dates.english`)
    readings = {found for found in (parse(text, lang) for lang in langs) if found is not None}
    return readings.pop() if len(readings) == 1 else None
