"""The countries a participant's own words name by a demonym ("Kenyan President", "the
Vietnamese side"), to catch a country code the draft gives against them.

A weak model gives the guest the host's country, or the host the guest's: "William Ruto"
with title "Kenyan President" as `VNM`. The demonyms and adjectives of
`tables/country_demonyms.txt` (English, German, French, Spanish, Turkish, Russian,
Persian, Arabic, Azerbaijani, Kazakh, Uzbek and Hindi, with their inflections from
`places.aliases.forms_from_demonym`) are
read in the participant's name, title and organisation; a country code that is none of
the countries they name is set to null, with a warning (and re-asked). Only demonyms
count: a country's name in a title ("ambassador to Turkey", "envoy for Afghanistan")
often names the other side, an adjective names the side the person belongs to. A form
that two countries share names neither. Two more places name the participant's country:
the words the article writes right before its name, in the same clause (`words_before`:
"Kazakh Foreign Minister" before "Murat Nurtleu" given only as a name), and a name that
is a country's name or demonym as a whole ("Ghana" given as `NGA`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from visitx.core.datafiles import entries
from visitx.core.textfold import fold
from visitx.record.initials import organisation_initials

if TYPE_CHECKING:
    from visitx.core.clitics import Clitics
    from visitx.core.models import Article, Span
    from visitx.record.draft import DraftParticipant, DraftVisit

__all__ = [
    "country_against_article",
    "country_against_demonyms",
    "demonym_countries",
    "demonym_problems",
    "named_countries",
    "words_before",
]

# A word: `\w` and the Indic vowel signs, viramas and nuktas, which are marks, not `\w`
# (Hindi `रूसी`, Russian, is one word, not `र स`, which would be in `रूस`, Russia, too).
_WORD = re.compile(r"[\w\u0900-\u0dff]+")
_LONGEST = 3  # words in the longest demonym ("South African", "کره جنوبی")
# The clause before a name ends at punctuation; a title before a name is at most this long
# ("with Hungarian Foreign Minister", "South African Deputy President").
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]«»\"“”„|\n\u060c\u061b\u3001\u3002\uff0c]")
_BEFORE = 4
_OWN_NAME = 2  # capitalised words that end a name and make a person's own name


@functools.cache
def _forms() -> dict[str, str]:
    """Folded demonym form -> its one country (forms two countries share are left out)."""
    seen: dict[str, set[str]] = {}
    for key, code, _ in _rows():
        seen.setdefault(key, set()).add(code)
    return {key: next(iter(codes)) for key, codes in seen.items() if len(codes) == 1}


@functools.cache
def _name_forms() -> dict[str, frozenset[str]]:
    """Folded demonym forms that are also a country's name somewhere -> the languages whose
    demonyms they are: Spanish `china` (feminine of `chino`) is the English name of China,
    Turkish `Japon` the French name of Japan, so "Ambassador of Japan to China" does not
    call the ambassador Chinese; they are read only in an article of those languages."""
    from visitx.places.countries import shipped_index

    names = shipped_index().name_keys
    found: dict[str, set[str]] = {}
    for key, _, language in _rows():
        if key in names:
            found.setdefault(key, set()).add(language)
    return {key: frozenset(languages) for key, languages in found.items()}


@functools.cache
def _forms_in(language: str | None) -> dict[str, str]:
    """`_forms` without the forms that are a country's name, unless they are demonyms of
    `language`."""
    names = _name_forms()
    return {k: c for k, c in _forms().items() if language in names.get(k, (language,))}


def _rows() -> Iterator[tuple[str, str, str]]:
    """(folded form, country, language) of every demonym row and its inflections."""
    from visitx.places.aliases import DEMONYMS, forms_from_demonym

    for language, block in DEMONYMS.items():
        for line in entries(block):
            code, _, rest = line.partition(" ")
            for form in (f.strip() for f in rest.split(",")):
                for each in (form, *forms_from_demonym(form, language)):
                    if key := " ".join(_WORD.findall(fold(each, accents=False))):
                        yield key, code, language


def demonym_countries(texts: Iterable[str | None], language: str | None = None) -> set[str]:
    """The countries named by a demonym in any of `texts` (runs of up to three words); a
    form that is also a country's name counts only in an article of its `language`.

    Example:
        >>> sorted(demonym_countries(["Kenyan President", None, "the Vietnamese side"]))
        ['KEN', 'VNM']
        >>> demonym_countries(["ambassador to Turkey", "Außenminister"])
        set()
        >>> demonym_countries(["وزير الخارجية السعودي"])
        {'SAU'}
        >>> demonym_countries(["North Korean leader"])
        {'PRK'}
        >>> demonym_countries(["China"], "en"), demonym_countries(["china"], "es")
        (set(), {'CHN'})
    """
    forms = _forms_in(language)
    found: set[str] = set()
    for text in texts:
        words = _WORD.findall(fold(text or "", accents=False))
        for each in (words, [_without_article(w) for w in words]):
            found.update(_longest_first(each, forms))
    return found


def _longest_first(words: list[str], forms: dict[str, str]) -> Iterator[str]:
    """The countries of the demonyms in `words`, the longest first: a word inside a longer
    demonym names no country of its own ("North Korean" is PRK, not also KOR by "Korean";
    "Papua New Guinean" is PNG, not also GIN)."""
    taken = [False] * len(words)
    for size in range(_LONGEST, 0, -1):
        for i in range(len(words) - size + 1):
            if any(taken[i : i + size]):
                continue
            if (code := forms.get(" ".join(words[i : i + size]))) is not None:
                taken[i : i + size] = [True] * size
                yield code


def _without_article(word: str) -> str:
    """An Arabic word without the article and the clitics before it ("السعودي" ->
    "سعودي", "والروسي" -> "روسي"; `tables/arabic_clitics.txt`), or the word itself."""
    from visitx.core.clitics import arabic_clitics

    prefixes = _article_prefixes(arabic_clitics())
    return next((word[len(p) :] for p in prefixes if word.startswith(p) and len(word) > len(p) + 2),
                word)


@functools.cache
def _article_prefixes(clitics: Clitics) -> tuple[str, ...]:
    """The clitic sequences that end with the article, folded, the longest first."""
    folded = {fold(p, accents=False) for p in clitics.article_prefixes}
    return tuple(sorted(folded, key=len, reverse=True))


def words_before(text: str, start: int | None) -> str | None:
    """The words the article writes right before a name found at `start`: up to four, back
    to the clause's start (punctuation or a line break) or to a function word ("with",
    "с", "and": what stands before it is another party, "вьетнамские гости встретятся с
    руководством"). None when the name was not found.

    Example:
        >>> text = "Kazakh Foreign Minister Murat Nurtleu met Hungarian Peter Szijjarto."
        >>> words_before(text, 24), words_before(text, 52)
        ('Kazakh Foreign Minister', 'Murat Nurtleu met Hungarian')
    """
    from visitx.record.names import function_words

    if start is None:
        return None
    clause = _CLAUSE_END.split(text[max(0, start - 200) : start])[-1]
    words = clause.split()[-_BEFORE:]
    stops = function_words()
    cut = max((i + 1 for i, w in enumerate(words) if fold(w, accents=False) in stops), default=0)
    return " ".join(words[cut:])


def _without_given_names(name: str) -> str:
    """`name` without the capitalised words of a person's own name, which a demonym form
    may spell: the Georgian "Irakli Kobakhidze" is no Turkish "Iraklı" (Iraqi), New
    Zealand's "Bill English" no Englishman. The name's last words are a person's own when
    two or more of them are capitalised and no office word ("Irakli Kobakhidze"; not
    "Kazakh" of "Kazakh Foreign Minister Murat Nurtleu", nor a name of one word, "Kazakh").

    Example:
        >>> _without_given_names("Georgian Prime Minister Irakli Kobakhidze")
        'Georgian Prime Minister'
        >>> _without_given_names("the Kazakh side"), _without_given_names("Bill English")
        ('the Kazakh side', '')
        >>> _without_given_names("Kazakh"), _without_given_names("President Ruto")
        ('Kazakh', 'President Ruto')
    """
    from visitx.record.actors import is_office_word

    words = name.split()
    keep = len(words)
    while keep and words[keep - 1][:1].isupper() and not is_office_word(words[keep - 1]):
        keep -= 1
    return name if len(words) - keep < _OWN_NAME else " ".join(words[:keep])


def named_countries(
    name: str,
    texts: Iterable[str | None],
    language: str | None,
    title: str | None = None,
    before: str | None = None,
) -> set[str]:
    """The countries a participant is said to represent: by a demonym in any of `texts`
    (its name, title, organisation, the words before its name), by its whole name when
    that is a country's name or demonym ("Ghana", "the Kazakh side" is not one), or by
    an office of a country in its name or `title` ("King Abdullah II of Jordan",
    "Ambassador of Japan to China", `record.actors.office_countries`), or in the words
    `before` its name when they end with that country ("с послом КНДР Син Хон Чхолем",
    `record.actors.office_country_before`).

    Example:
        >>> sorted(named_countries("Ghana", [], "en"))
        ['GHA']
        >>> sorted(named_countries("Peter Szijjarto", ["with Hungarian Foreign Minister"], "en"))
        ['HUN']
    """
    from visitx.places.countries import country_code
    from visitx.record.actors import office_countries, office_country_before

    others = [t for t in texts if t != name]
    found = demonym_countries([*others, _without_given_names(name)], language)
    found |= office_countries(name, language)
    if title:
        found |= office_countries(title, language)
    if before:
        found |= office_country_before(before, language) | possessive_country(before, language)
    if len(name.strip()) > 3 and (whole := country_code(name, language=language)):
        found.add(whole)
    return found


_POSSESSIVE = re.compile(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s((?:\s[A-Z][\w.-]*)*)\s*$")


def possessive_country(before: str, language: str | None) -> set[str]:
    """The country an English possessive right before a name names, with only capitalised
    words (a title) between it and the name: "Egypt's Foreign Minister", "Saudi Arabia's
    King" (not "Egypt's envoy met": the envoy is another person).

    Example:
        >>> possessive_country("- Egypt's Foreign Minister", "en")
        {'EGY'}
        >>> possessive_country("Saudi Arabia's", None), possessive_country("Egypt's envoy", "en")
        ({'SAU'}, set())
    """
    from visitx.places.countries import country_code

    if language not in (None, "en"):
        return set()
    m = _POSSESSIVE.search(before)
    if m is None:
        return set()
    words = m.group(1).split()
    for n in range(len(words)):  # the longest name ending at the possessive
        if code := country_code(" ".join(words[n:]), language="en"):
            return {code}
    return set()


def country_against_demonyms(
    code: str | None,
    texts: Iterable[str | None],
    *,
    name: str = "",
    language: str | None = None,
    title: str | None = None,
    before: str | None = None,
) -> list[str]:
    """The countries the participant's words name (`named_countries` of `name` and
    `texts`) when `code` is none of them, else [].

    Example:
        >>> country_against_demonyms("VNM", ["William Ruto", "Kenyan President"])
        ['KEN']
        >>> country_against_demonyms("KEN", ["William Ruto", "Kenyan President"])
        []
        >>> country_against_demonyms("NGA", [], name="Ghana")
        ['GHA']
    """
    if code is None:
        return []
    named = named_countries(name, texts, language, title, before)
    return [] if not named or code in named else sorted(named)


def own_organization(organization: str | None, text: str) -> str | None:
    """`organization`, unless the article names it only as its source: the outlet that
    reported the visit ("Turkish state-run Anadolu Agency reported") vouches for no
    participant's country.

    Example:
        >>> text = "Abdelatty received Fiqi in Cairo, Turkish state-run Anadolu Agency reported."
        >>> own_organization("Turkish state-run Anadolu Agency", text) is None
        True
        >>> own_organization("Egyptian Foreign Ministry", text)
        'Egyptian Foreign Ministry'
    """
    from visitx.record.sources import is_source

    if organization and is_source(organization, text):
        return None
    return organization


def country_against_article(
    code: str | None, draft: DraftParticipant, name: Span, article: Article
) -> str | None:
    """Why a participant's country `code` is not the one the article gives it (the record's
    warning), or None: it is none of the countries its name, title, organisation or the
    words before its `name` (found exactly in the `article`) name, or it is the initials of
    an organisation those words name ("AU" of "African Union": `record.initials`)."""
    before = words_before(article.text, name.start) if name.match is not None else None
    own = (draft.name, draft.title, draft.organization, before)
    if code is not None and (body := organisation_initials(draft.country, own)) is not None:
        return f"{draft.country!r} is the initials of {body!r}, an organisation, not a country"
    against = country_against_demonyms(
        code,
        (draft.name, draft.title, own_organization(draft.organization, article.text), before),
        name=draft.name,
        language=article.language,
        title=draft.title,
        before=before,
    )
    if not against:
        return None
    return (
        f"{code!r} is none of the countries its name, title or organisation names, or the "
        f"words before its name in the article ({', '.join(against)})"
    )


def demonym_problems(
    where: str, visit: DraftVisit, language: str | None, article: str | None = None
) -> Iterator[str]:
    """The re-ask message for each participant whose country is none of the countries its
    name, title or organisation names by a demonym, or the words before its name in the
    `article` (`named_countries`)."""
    from visitx.grounding.locate import locate
    from visitx.places.countries import country_code

    for j, person in enumerate(visit.participants):
        code = country_code(person.country, language=language) if person.country else None
        found = locate(person.name, article) if article and code else None
        before = words_before(article, found.start) if article and found else None
        organization = own_organization(person.organization, article) if article else None
        words = (person.name, person.title, organization, before)
        if against := country_against_demonyms(
            code, words, name=person.name, language=language, title=person.title, before=before
        ):
            yield (
                f"{where}.participants[{j}].country = {person.country!r}, but the article "
                f"calls it {', '.join(against)} (its name, title or the words before its name). "
                "Give the country the participant represents (the guest's for the guest, the "
                "host's for the host)."
            )
