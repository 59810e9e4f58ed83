"""The date at the top of an article: a dateline, or a byline's date line.

A short line among the first few of the article text with a full date is its dateline
("TOKYO, March 5, 2024 (Example News) — ...", "12 March 2024"); a wire dateline may also
run on into the paragraph after a full stop ("ТАШКЕНТ, 5 марта 2024 года. Делегация ...").
A line that names an update ("Updated April 12, 2024 | First published March 5, 2024",
"05.03.2024 10:30 | Güncelleme: 06.03.2024", "5 марта 2024, 10:30 Обновлено 12 апреля")
gives the date outside the update's part, or none: the update's day is not the
publication's (`tables/update_words.txt`); a weak update word ("Stand:") names one only
beside another date line, alone its line's date is the page's. In a language without date
tables (Portuguese, Italian, Polish ...) a part's one numeric date, else its one date with
the month in a word, is read alone when the words around it stop the parser ("Publicado em
13/04/2023 às 21h45", "Publicado em 13 de abril de 2023, às 21:45"); a Chinese date
line's two- or three-digit year is the Minguo year without its era name (`113年08月03日`:
2024, as Taiwan writes it), and a Thai one's year the Buddhist era's (`14 ธันวาคม 2566`:
2023; `parse_date` reads it, `dates.regnal.buddhist`, also after the era's
mark: `14 ธันวาคม พ.ศ. 2566`). A label before a colon is read off a date whose month or weekday
comes first too ("Imechapishwa: Jumanne, Julai 2, 2024", "பதிவு: ஜூலை 21, 2023").
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from visitx.core.datafiles import entries, read_text
from visitx.dates.parse import parse_date
from visitx.dates.tables import language_tags

# A dateline is a short line among the first few of the article.
DATELINE_LINES = 3
DATELINE_CHARS = 90
# A byline line with an update stamp is short too.
UPDATE_LINE_CHARS = 160
# A line this long without a date is a paragraph (longer than most headlines); after two
# of them the article has begun, and a date line below heads another text ("Read also").
_PARAGRAPH_LINE = 120
# A wire dateline closed by a full stop after the year: an upper-case place, a comma,
# the date, the year and perhaps a word for "year" ("года", "г"), a full stop.
_WIRE_DATELINE = re.compile(
    r"([^\W\d_][^\W\d]*(?: [^\W\d]+){0,2}),[^\n]{3,40}?\d{4}(?: ?\w{1,4})?(?=\.\s)"
)
# Where a byline line's parts meet: "|", "·", "•", ";", a spaced dash.
_PARTS = re.compile(r"\s*[|·•;]\s*|\s[–—-]\s")
_BAR = re.compile(r"\s*[|·•]\s*")
# A Taiwanese date line's Minguo year without its era name (`發布日期：113年08月03日`):
# a two- or three-digit year (80-149, 1991-2060) with a month and a day, not an AD year.
_MINGUO_BARE = re.compile(
    r"(?<![\d０-９民國国])(?<!公元)(?<!西元)(?<!公曆)(?<!公历)((?:[89]\d|1[0-4]\d)年\d{1,2}月\d{1,2}日)"
)
# A byline part's label before a colon and the date after it: "प्रकाशित: 21 सितंबर 2024",
# also with its month or weekday first: "Imechapishwa: Jumanne, Julai 2, 2024".
_LABEL = re.compile(r"[^\d:：]{1,30}[:：]\s*(?=\S)")
# A full date with its month in a word, day first ("13 de abril de 2023", "5. března
# 2024", "17 aprile 2024") or year first ("2024. május 6."): what a byline's words
# around it ("Publicado em", "às 21:45") hide from the parser.
_WORDED_DAY = re.compile(
    r"(?<![\d.])(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?,?\s+(?:de\s+)?\d{4}"
    r"|\d{4}\.\s+[^\W\d_]{3,}\s+\d{1,2}\.?)(?!\d)"
)
# A numeric full date, day or month first (`13/04/2023`, `13.04.2023`) or year first.
_NUMERIC_DAY = re.compile(
    r"(?<![\d./-])(?:\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./-])\d{1,2}\2\d{1,2})(?![\d./-]?\d)"
)


def dateline(
    text: str, language: str | None, *, lines: int = DATELINE_LINES, weak_too: bool = True
) -> dt.date | None:
    """A full date on a short line among the first `lines` lines of the article text, above
    its second undated paragraph (a date below it heads another text, a "Read also" box's);
    a line that names an update only with a weak word ("Stand:") gives its date when no
    line gives another (unless `weak_too` is False)."""
    first = [line.strip() for line in text.splitlines() if line.strip()][:lines]
    weak: dt.date | None = None
    paragraphs = 0
    for line in first:
        if paragraphs == 2:
            break
        if len(line) <= UPDATE_LINE_CHARS and _updated().search(line):
            found = _outside_update(line, language)
            if found is None and weak is None and weak_too and names_weak_update(line):
                weak = _line_day(line, language)
        else:
            found = _line_day(line, language)
        if found is not None:
            return found
        paragraphs += len(line) > _PARAGRAPH_LINE
    return weak


def _line_day(line: str, language: str | None) -> dt.date | None:
    head = re.split(r"\s[–—-]\s|\)\s*[–—-]", line, maxsplit=1)[0]
    wire = _WIRE_DATELINE.match(head)
    if wire and wire.group(1).isupper():
        head = wire.group(0)  # "ТАШКЕНТ, 5 марта 2024 года. Делегация ..."
    found = _full_day(head, language)
    if found is None and len(line) <= DATELINE_CHARS and _BAR.search(line):
        # A byline's parts: "Comunicado 45/2024 · 5 de marzo de 2024", "Redacción | 5 mar 2024".
        found = next(filter(None, (_full_day(p, language) for p in _BAR.split(line))), None)
    return found


def _outside_update(line: str, language: str | None) -> dt.date | None:
    """The first full date among the line's parts, each cut where an update is named."""
    for part in _parts(line):
        update = _updated().search(part)
        found = _full_day(part[: update.start()] if update else part, language)
        if found is not None:
            return found
    return None


def _parts(line: str) -> list[str]:
    """A byline line's parts; an update's word alone before a spaced dash stays with the
    date after it ("Updated - September 04, 2024 | Published - September 03, 2024")."""
    parts: list[str] = []
    for part in _PARTS.split(line):
        if parts and not re.search(r"\d", parts[-1]) and _updated().search(parts[-1]):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def names_update(text: str) -> bool:
    """Whether a text names an update ("Updated", "Güncelleme", "обновлено", "수정")."""
    return _updated().search(text) is not None


def names_weak_update(text: str) -> bool:
    """Whether a text names an update only with a word that does so beside another date
    ("Stand: 28.04.2020 18:00 Uhr", the `~` words of `tables/update_words.txt`)."""
    return _weak().search(text) is not None and _strong().search(text) is None


def names_print(text: str) -> bool:
    """Whether a text names a print-out's day ("Printed from ... on", "Imprimé le")."""
    return _printed().search(text) is not None


def print_day(line: str, language: str | None) -> dt.date | None:
    """The date a short line gives as the day it was printed ("Printed: 20 May 2025"), or
    None."""
    return _named_day(line, language, _printed())


def update_day(line: str, language: str | None) -> dt.date | None:
    """The date a short line gives as an update's ("Updated: January 18, 2024", "05.03.2024
    | Güncelleme: 06.03.2024" gives the 6th), or None."""
    return _named_day(line, language, _updated())


def _named_day(line: str, language: str | None, words: re.Pattern[str]) -> dt.date | None:
    """The first full date after one of `words` in a part of the line, or None."""
    for part in _parts(line):
        update = words.search(part)
        if update is not None:
            found = _full_day(part[update.end() :].lstrip(" :：-–—"), language)
            if found is not None:
                return found
    return None


def _full_day(head: str, language: str | None) -> dt.date | None:
    if len(head) > DATELINE_CHARS or not re.search(r"\d", head):
        return None
    if language == "zh":
        head = _MINGUO_BARE.sub(r"民國\1", head)
    value = parse_date(head, language=language)
    if value is None and language is not None and language not in language_tags():
        # A language read through Babel's month names rejects the words around a numeric
        # date ("Publicado em 13/04/2023 às 21h45"): the date alone, in that language's order;
        # and a label before a colon ("प्रकाशित: 21 सितंबर 2024"): the date after it.
        numeric = [m.group(0) for m in _NUMERIC_DAY.finditer(head)]
        worded = [m.group(0) for m in _WORDED_DAY.finditer(head)]
        label = _LABEL.match(head)
        if len(numeric) == 1:
            value = parse_date(numeric[0], language=language)
        elif label is not None:
            value = parse_date(head[label.end() :], language=language)
        if value is None and not numeric and len(worded) == 1:
            # "Publicado em 13 de abril de 2023, às 21:45", "Publicat: 25 septembrie 2024,
            # ora 13:20": the day, the month's word and the year alone.
            value = parse_date(worded[0], language=language)
    if value is None or value.precision != "day" or value.start != value.end:
        return None
    try:
        return dt.date.fromisoformat(str(value.start)[:10])
    except ValueError:
        return None


def _updated() -> re.Pattern[str]:
    """The words that name an update, in the languages of `tables/update_words.txt`."""
    return _words("update_words.txt")


def _weak() -> re.Pattern[str]:
    return _words("update_words.txt", weak=True)


def _strong() -> re.Pattern[str]:
    return _words("update_words.txt", weak=False)


def _printed() -> re.Pattern[str]:
    """The words that name a print-out's day (`tables/print_words.txt`)."""
    return _words("print_words.txt")


@functools.cache
def _words(table: str, weak: bool | None = None) -> re.Pattern[str]:
    """One of a table's words: Latin-script ones as whole words, case-insensitively; with
    `weak`, only the words marked `~` (True) or only the others (False)."""
    lines = entries(read_text(table))
    words = [w.lstrip("~") for w in lines if weak is None or w.startswith("~") == weak]
    spaced = [re.escape(w) for w in words if re.match(r"[^\W\d_]", w) and w.isascii()]
    other = [re.escape(w) for w in words if not (re.match(r"[^\W\d_]", w) and w.isascii())]
    parts = [rf"(?<![^\W\d_])(?:{'|'.join(spaced)})"] if spaced else []
    parts += other
    return re.compile("(?i)" + "|".join(parts)) if parts else re.compile(r"(?!)")
