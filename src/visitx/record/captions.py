"""Lines of a news page that are not the story's sentences though they may end with a
full stop: photo captions, credit lines and notes about the article.

- a **caption** opens with a caption label and a colon or dash ("FILE PHOTO: Chinese
  Premier Li Qiang and ...", "Foto: ...", "图为...") or ends with a photo credit in the
  wire form `AGENCY/Photographer` ("... Pasay, November 3, 2023. REUTERS/Eloisa Lopez",
  "EPA-EFE/STR", "(AP Photo/Evan Vucci)", "AFP via Getty Images");
- a **credit line** opens with a word that credits the staff ("(Reporting by Humeyra
  Pamuk; Editing by Daniel Wallis.)");
- a **note** opens with a note label and a colon ("Correction: An earlier version of
  this article misstated the title of ...") or holds a rights or subscription notice
  ("Riproduzione riservata © Copyright ANSA", "... abonelere sunulan haberler ...").

The words are data (`tables/caption_words.txt`). `record.context.is_furniture` counts
such lines as page furniture: a name found only there names no party of the visit, and
a visit's evidence there is no sentence of the story.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from visitx.core.datafiles import entries, read_sections

__all__ = ["Kind", "line_kind"]

Kind = Literal["caption", "credit line", "note"]

# A caption is a line of a few sentences at most; a longer line is a paragraph.
_MAX_LINE = 400
# What may follow a photo agency's slash: the photographer (`REUTERS/Eloisa Lopez`,
# `EPA-EFE/STR`, `REUTERS/Lisi Niesner/File Photo`), then only closers to the line's end.
# Not in brackets, and no agency after the slash: `(AFP/Reuters)` credits a story.
_PHOTOGRAPHER = r"/[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}(?:/File Photo|/Pool|/POOL)?[.)\s]*$"


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    tables = read_sections("caption_words.txt")

    def words(tag: str, capitals: bool = False) -> str:
        found = set(entries(tables[tag]))
        found |= {w.upper() for w in found} if capitals else set()
        return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))

    opening = r"^[\s(\[«\"“]*"
    agencies = words("photo agencies", capitals=True)
    return {
        "credit": re.compile(
            rf"(?:(?<![(\w])(?:{agencies})(?:/(?:{agencies}))?(?!/(?:{agencies})\b)"
            rf"{_PHOTOGRAPHER}|\((?:[A-Z][A-Za-z]* )?Photo(?:graph)?(?: by |/)[^()\n]{{2,60}}\)"
            r"[.\s]*$|\bvia Getty Images[.)\s]*$)"
        ),
        "caption": re.compile(
            rf"{opening}(?:{words('caption labels')})\s*(?:[:：|]|\s[-–—]\s)", re.IGNORECASE
        ),
        "credit line": re.compile(rf"{opening}(?:{words('credit openers')})\b", re.IGNORECASE),
        "note": re.compile(rf"{opening}(?:{words('note labels')})\s*[:：]", re.IGNORECASE),
        "notice": re.compile(words("notice phrases"), re.IGNORECASE),
    }


def line_kind(line: str) -> Kind | None:
    """What kind of non-story line `line` is (a caption, a credit line, a note about the
    article), or None for a line of the story.

    Example:
        >>> line_kind("Kishida is greeted by Manalo in Pasay, November 3. REUTERS/Eloisa Lopez")
        'caption'
        >>> line_kind("(Reporting by Humeyra Pamuk; Editing by Daniel Wallis.)")
        'credit line'
        >>> line_kind("Correction: An earlier version misstated the title of S. Jaishankar.")
        'note'
        >>> line_kind("Blinken met Fidan in Ankara on Saturday, officials said.") is None
        True
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LINE:
        return None
    patterns = _patterns()
    kinds: tuple[Kind, ...] = ("caption", "credit line", "note")
    for kind in kinds:
        if patterns[kind].match(stripped):
            return kind
    if patterns["notice"].search(stripped):
        return "note"
    return "caption" if patterns["credit"].search(stripped) else None
