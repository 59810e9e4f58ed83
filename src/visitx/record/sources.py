"""Participants that are the article's source, not a party: "Araqchi arrived in Muscat
on Saturday, Reuters reported" -> host "Reuters" (`tables/source_words.txt`).

A participant every mention of which in the article stands right after a phrase of
`## before` ("according to", "rapporte", "wie die") or right before a phrase of
`## after` ("reported", "erfuhr"), or in the parentheses of a dateline ("JAKARTA
(Reuters) -", "New Delhi, Sept 9 (PTI)", "Warszawa (PAP) -", "Budapest, 2024. február 12.
(MTI) -"), or first on a line before a Chinese wire dateline ("新华社北京3月7日电"), is the
article's source. The record keeps it
and says so in a warning (`not_parties`, with the participants that name no one and
those named only in the page furniture: a byline, a heading, a caption).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from visitx.core import datafiles
from visitx.core.datafiles import read_sections
from visitx.core.textfold import fold
from visitx.record.context import in_sentences, story_text
from visitx.record.draft import short
from visitx.record.names import is_unspaced
from visitx.record.outsiders import byline_author, outsiders
from visitx.record.visitchecks import generic_names

if TYPE_CHECKING:
    from visitx.core.models import Participant, Visit

__all__ = [
    "in_namesake",
    "is_source",
    "names_a_body",
    "namesake",
    "not_parties",
    "settle_non_parties",
    "source_names",
]

_TABLE = "source_words.txt"
_NAMESAKES = "namesake_words.txt"
_GAP = " \t,\"'«»“”„:"  # what may stand between a name and its phrase
_WINDOW = 48
_YEARS = re.compile(r"(?<=\S)[\s\d\-–]*\d$")
# A dateline before a source in parentheses: a line's first words, up to this long, with
# no sentence end, each capitalised or a number ("JAKARTA", "New Delhi, Sept 9").
_DATELINE = 40
_DATELINE_WORD = re.compile(r"[A-ZÀ-ÞА-ЯЁ0-9][\w.'’-]*,?")
# A dash after the parentheses: "Warszawa (PAP) - ", "Praha 21. února (ČTK) – ".
_DASH = re.compile(r"\s*[-–—]\s")
# The parenthesis or slash right before a dateline's source (a parenthesis may hold the
# city first, "(서울=연합뉴스)"), and the one right after it.
_OPENED = re.compile(r"([(/]) ?([^\W\d_]{1,20}=)?\Z")
# A dateline of a city in capitals, a full stop or comma, then the agency in capitals and
# a dash: "АСТАНА. KAZINFORM – ".
_BARE = re.compile(r"[^\W\d_]{3,}[.,] \Z")
_CLOSED = re.compile(r" ?([)/])")
# An elided article right before a name: "rapporte l'AFP", "selon l'AFP".
_ELIDED_END = re.compile(r"(?<!\w)[ld]['’]\s*\Z")
# The rest of a word a `word*` phrase ran into.
_WORD_END = re.compile(r"^\w*")
# An elided article before a subject after its verb: "rapporte l'AFP".
_ELIDED = re.compile(r"^[ldLD]['’]")
# A Chinese wire dateline after an agency at a line's start: a place, a day, 电.
_WIRE = re.compile(r"[^\s。，,]{0,12}?\d{1,2}月\d{1,2}日电")


@functools.cache
def _phrases(section: str, table: str = _TABLE) -> tuple[str, ...]:
    body = read_sections(table)[section]
    return tuple(fold(entry, accents=False) for entry in datafiles.entries(body))


def _touches(side: str, section: str, table: str = _TABLE, gap: str = _GAP) -> bool:
    """Whether a phrase of `table`'s `section` touches the name from `side` (the text
    before it for `## before`, after it for `## after`); `word*` may run on in its word."""
    if section == "before":
        folded = _ELIDED_END.sub("", fold(side, accents=False)).rstrip(gap)  # "rapporte l'"
        undated = _YEARS.sub("", folded)  # "© 2023 Reuters": the sign touches the name
        return any(
            text.endswith(p) and not text[: len(text) - len(p)][-1:].isalnum()
            for p in _phrases(section, table)
            for text in (folded, undated)
        ) or (table == _TABLE and _inverted(folded))
    folded = fold(side, accents=False).lstrip(gap)
    return any(
        folded.startswith(p.rstrip("*"))
        and (p.endswith("*") or not folded[len(p) : len(p) + 1].isalnum())
        and not (table == _TABLE and _subject_after(side, p))
        for p in _phrases(section, table)
    )


def _inverted(folded: str) -> bool:
    """Whether the folded text before a name ends with a comma and a verb of `## after`
    ("…, informa", "…, podaje", "…, reports"): the name is the subject after its verb,
    the source of an attribution that ends the sentence ("se reunió con Attaf, informa
    EFE")."""
    return any(
        folded.endswith(p)
        and folded[: len(folded) - len(p)].rstrip(" ").endswith(",")
        for p in _phrases("after")
        if not p.endswith("*")
    )


def _subject_after(side: str, phrase: str) -> bool:
    """Whether a verb of `## after` has its subject after it in `side` (the text after a
    name, starting with the verb): a capitalised word that is no weekday or month ("Reuters
    reported Tuesday" keeps its source), or a phrase of `## before`, follows ("передает
    корреспондент ТАСС", "rapporte l'AFP", "informa EFE")."""
    rest = side.lstrip(_GAP)[len(phrase.rstrip("*")) :]
    rest = _ELIDED.sub("", _WORD_END.sub("", rest, count=1).lstrip(_GAP))
    first = rest.split(maxsplit=1)[0].strip(".,;:") if rest.strip() else ""
    if first[:1].isupper() and first.casefold() not in _calendar_words():
        return True
    folded = fold(rest, accents=False)
    return any(folded.startswith(p) for p in _phrases("before"))


@functools.cache
def _calendar_words() -> frozenset[str]:
    """The weekdays and months of `tables/date_words.json`, every language and spelling."""
    from visitx.core.datafiles import read_json

    words = read_json("date_words.json")
    return frozenset(
        word
        for key in ("weekdays", "gregorian_months")
        for names in words[key].values()
        for name in names
        for word in name.split("|")
    )


def is_source(name: str, text: str) -> bool:
    """Whether `name` is mentioned in the story's lines of `text`, and only as the
    article's source; its mentions in the page furniture (`record.context.story_text`: a
    byline "Redacción / EFE", a caption's credit "EFE/Pool Moncloa", a copyright line) do
    not count, so the agency of "Pekín, 11 abr (EFE).-" is the source.

    Example:
        >>> is_source("Reuters", "Araqchi arrived in Muscat on Saturday, Reuters reported.")
        True
        >>> is_source("Araqchi", "Araqchi arrived in Muscat on Saturday, Reuters reported.")
        False
    """
    return _mentioned_only(name, story_text(text), _TABLE, _GAP, dateline=True)


def _mentioned_only(name: str, text: str, table: str, gap: str, dateline: bool = False) -> bool:
    """Whether `name` is mentioned in `text`, every mention touching a phrase of `table`
    (or, with `dateline`, standing in a dateline)."""
    if not name.strip():
        return False
    edges = ("", "") if is_unspaced(name) else (r"(?<!\w)", r"(?!\w)")  # 新华社北京: no edge
    found = re.escape(name.strip()).join(edges)
    mentions = list(re.finditer(found, text, re.IGNORECASE))
    return bool(mentions) and all(
        _touches(text[max(0, m.start() - _WINDOW) : m.start()], "before", table, gap)
        or _touches(text[m.end() : m.end() + _WINDOW], "after", table, gap)
        or (dateline and _in_dateline(text, m.start(), m.end()))
        for m in mentions
    )


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) stands alone in parentheses, or between slashes,
    after a line's dateline: "JAKARTA (Reuters) -", "New Delhi, Sept 9 (PTI) Crown Prince
    ...", "أبوظبي في 15 يناير / وام / استقبل", "ПХЕНЬЯН, 18 октября. /ТАСС/."; in
    parentheses that open the line before a dash or with the city, "(ANSA) - ROMA",
    "(서울=연합뉴스)"; or in capitals after a city in capitals, "АСТАНА. KAZINFORM – ".

    Example:
        >>> _in_dateline("JAKARTA (Reuters) - Chinh met Widodo.", 9, 16)
        True
        >>> _in_dateline("Kenyan President William Ruto (pictured) met Biden.", 31, 39)
        False
    """
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start and _WIRE.match(text, end):  # "新华社北京3月7日电"
        return True
    if _bare_dateline(text, line_start, start, end):
        return True
    opened = _OPENED.search(text, line_start, start)
    closed = _CLOSED.match(text, end)
    if opened is None or closed is None or opened.group(1) != closed.group(1).replace(")", "("):
        return False
    line = text[line_start : opened.start()].strip()
    dashed = _DASH.match(text, closed.end()) is not None  # "Warszawa (PAP) - Prezydent"
    if not line:  # the source opens the line: "(ANSA) - ROMA, 09 GEN -", "(서울=연합뉴스)"
        return opened.group(1) == "(" and (dashed or opened.group(2) is not None)
    words = line.split()
    shouted = words[0].rstrip(",").isupper() and len(words[0]) > 2
    dated = any(w.rstrip(",.").isdigit() for w in words)
    # "ПХЕНЬЯН, 18 октября. /ТАСС/.": a city in capitals and a day may end with a full stop
    closed_line = shouted and dated and opened.group(1) == "/"
    return (
        len(line) <= _DATELINE
        and (shouted or dated or dashed)
        and all(_DATELINE_WORD.fullmatch(w) or (dated and w.rstrip(".,").isalpha()) for w in words)
        and not (
            line.endswith(tuple(".!?")) and not words[-1].rstrip(".").isdigit() and not closed_line
        )
    )


def _bare_dateline(text: str, line_start: int, start: int, end: int) -> bool:
    """Whether the name at [start, end), in capitals, follows a line's first word, a city in
    capitals with a full stop or comma, and a dash follows it: "АСТАНА. KAZINFORM – "."""
    city = text[line_start:start]
    return (
        text[start:end].isupper()
        and city[:1].isupper()
        and city.rstrip(" .,").isupper()
        and _BARE.fullmatch(city) is not None
        and _DASH.match(text, end) is not None
    )


def in_namesake(name: str, text: str) -> bool:
    """Whether `name` is mentioned in `text`, and only inside the name of a place or a body
    named after it (`tables/namesake_words.txt`: "Indira Gandhi International Airport",
    "к могиле Гейдара Алиева").

    Example:
        >>> in_namesake("Indira Gandhi", "Biden landed at Indira Gandhi International Airport.")
        True
        >>> in_namesake("Joe Biden", "Joe Biden landed at Indira Gandhi International Airport.")
        False
    """
    return _mentioned_only(name, text, _NAMESAKES, " -")


def namesake(person: Participant, text: str) -> bool:
    """Whether a participant of kind person is found in `text` only as a namesake
    (`in_namesake`); an organisation's short name ("Harvard" of "Harvard University") is
    left alone."""
    return person.kind == "person" and person.name.match is not None and in_namesake(
        person.name.text, text
    )


def source_names(visit: Visit, text: str) -> list[Participant]:
    """The visit's participants that the article names only as its source."""
    return [p for p in visit.participants if is_source(p.name.text, text)]


@functools.cache
def _party_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The folded words of `tables/participant_words.txt` `## party all`: exact, prefixes
    (`word*`), suffixes (`*word`)."""
    entries = [
        fold(word, accents=False)
        for word in datafiles.words(read_sections("participant_words.txt")["party all"])
    ]
    return (
        frozenset(e for e in entries if "*" not in e),
        tuple(e.rstrip("*") for e in entries if e.endswith("*")),
        tuple(e.lstrip("*") for e in entries if e.startswith("*")),
    )


def names_a_body(name: str) -> bool:
    """Whether a generic name still names a body taking part ("delegation", "the team").

    Example:
        >>> names_a_body("the delegation"), names_a_body("She"), names_a_body("the two sides")
        (True, False, False)
    """
    exact, prefixes, suffixes = _party_words()
    return any(
        w in exact or w.startswith(prefixes) or w.endswith(suffixes)
        for w in re.findall(r"\w+", fold(name, accents=False))
    )


def settle_non_parties(
    where: str, visit: Visit, text: str, published: str | None = None
) -> list[str]:
    """`not_parties`, and the country set to null of each participant that it names as no
    party and that stands on a byline line (`record.outsiders.byline_author`), and of each
    group or organisation whose name is not found in the article: the article's author,
    or a body the article does not hold, represents no country of the visit (a byline's
    "Staff Reporter" given as `JPN`, the prompt's own "Rwandan business people" given as
    `RWA` beside a real visit). The warnings are `not_parties`'s (a name not found has its
    own). The other non-parties keep theirs ("names no one" also meets a Korean or Hindi
    name, "팜 민 찐"), and so does a person whose name is not found (an inflected name,
    "Petr Pavel" of "s Petrem Pavlem")."""
    warnings, found = _not_parties(where, visit, text, published)
    authors = [p for p in found if byline_author(p.name.text, text)]
    made_up = [q for q in visit.participants if q.name.match is None and q.kind != "person"]
    for p in [*authors, *made_up]:
        p.country = None
    return warnings


def not_parties(where: str, visit: Visit, text: str, published: str | None = None) -> list[str]:
    """Warnings for the participants of a coded visit that name no one (a pronoun, a day
    word, "the two sides": `record.visitchecks.generic_names`, but not "delegation" or
    "the team": `names_a_body`) or only the article's
    source ("Reuters reported"), or only as its author or in sentences of earlier years
    (`record.outsiders`): the codes rest on the other participants.

    `where` is the visit's path in the draft ("visits[0]")."""
    return _not_parties(where, visit, text, published)[0]


def _not_parties(
    where: str, visit: Visit, text: str, published: str | None
) -> tuple[list[str], list[Participant]]:
    """`not_parties`'s warnings and the participants they name."""
    found: list[tuple[Participant, str]] = [
        (p, "names no one") for p in generic_names(visit) if not names_a_body(p.name.text)
    ]
    found += [(p, "is the article's source") for p in source_names(visit, text)]
    found += [
        (p, "is named only as the namesake of a place (an airport, a grave)")
        for p in visit.participants
        if namesake(p, text)
    ]
    found += [
        (p, "is named only in the byline, a heading or a caption")
        for p in visit.participants
        if p.name.match is not None
        and not any(
            in_sentences(q.text, text) is not None
            for q in (p.name, p.title, p.organization)
            if q is not None and q.grounded
        )
    ]
    said = {id(p) for p, _ in found}
    found += [(p, why) for p, why in outsiders(visit, text, published) if id(p) not in said]
    return [
        f"{where}: participant {short(p.name.text)} {why}, not a party of the visit"
        for p, why in found
    ], [p for p, _ in found]
