"""A date text that is a page's update stamp, not a visit's day.

A weak model dates a visit by the stamp a page prints beside its story: "Updated: 12 March
2024, 14:05 IST Indian Prime Minister Narendra Modi arrived in Thimphu on Monday ...",
"(Updated on 14 March 2024 with the joint statement.)", "Aktualisiert am 05.06.2024",
"mis à jour le 21 juin 2024", "Güncelleme: 12.03.2024", "Обновлено 15.05.2024",
"Actualizado 15/05/2024". Such a stamp may stand in the paragraph of the visit's evidence
(a scrape runs it into the lead), so the paragraph rule does not catch it. A date text
right after a word of `tables/update_words.txt` (in the same line, with at most a colon,
a dash or one short word such as `on`, `am`, `le` between them) dates the page's update,
and the visit gets no date from it. So does a date text right after a word of
`tables/publication_words.txt` ("Published: 12 March 2024 14:05 Lavrov met Fidan last
week", "Veröffentlicht am 14.05.2024", "Опубликовано 3 апреля 2024"): the page's
publication stamp run into the lead.
"""

from __future__ import annotations

import functools
import re

from visitx.core.datafiles import entries, read_text
from visitx.core.models import Span

__all__ = ["update_stamp"]

_LOOK_BACK = 40  # characters before the date text read for the stamp's word
# What may stand between the update word and the date: punctuation, one short word.
_GAP = re.compile(r"[\s:：,|\-–—(]*(?:[^\W\d_]{1,3}[\s:：]+)?", re.UNICODE)


# The stamps' tables, and what each stamp dates.
_TABLES = (("update_words.txt", "update"), ("publication_words.txt", "publication"))


@functools.cache
def _stamp_words(table: str) -> re.Pattern[str]:
    """A stamp's word: Latin-script ones as whole words, case-insensitively. A word
    marked `~` (an update only beside another date line, `io.dateline`) stamps the page
    either way: `Stand: 28.04.2020` dates the page, never a visit."""
    words = [w.removeprefix("~") for w in entries(read_text(table))]
    words.sort(key=len, reverse=True)
    latin = "|".join(re.escape(w) for w in words if w.isascii())
    other = "|".join(re.escape(w) for w in words if not w.isascii())
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{latin})(?![^\W\d_])|{other}")


def update_stamp(path: str, text: str, article: str, span: Span) -> str | None:
    """A warning when the date `span` (the date text `text` found in `article`) stands
    right after an update or publication word of its line; None when it does not."""
    if span.start is None:
        return None
    line_start = article.rfind("\n", 0, span.start) + 1
    before = article[max(line_start, span.start - _LOOK_BACK) : span.start]
    for table, what in _TABLES:
        words = list(_stamp_words(table).finditer(before))
        if words and _GAP.fullmatch(before[words[-1].end() :]):
            return (
                f"{path}: {text[:80]!r} is the date of the page's {what} stamp "
                f"({words[-1].group(0)!r}), not of the visit, so the visit has no date"
            )
    return None
