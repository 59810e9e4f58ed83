"""Whether a place where `locate` found a participant's name writes that name.

`locate` forgives how a quote is typed: case, accents, a comma, a case ending, the two words
of a Hungarian name in either order. For a sentence or a title that is right; for a
person's name each forgiveness can make another name: "Fidan" (Hakan Fidan) is found in
"fidan dikti" (planted a sapling), "Viktor Szijjártó" in "Orbán Viktor, Szijjártó Péter"
(two people, a comma apart), "Ali Hassan" in "Minister Hassan Ali" (another man). A name
found by a level below `exact` is not the name when:

- the quote is capitalised and the article's words are all lower case (a common word);
- the article's words hold a comma or a semicolon the quote has not (a list of names),
  except before "Jr"/"Sr" ("Martin Luther King, Jr.");
- the article has the quote's two words the other way round, outside a Hungarian article
  (only Hungarian writes its own names family name first in Latin letters: "Orbán Viktor").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from visitx.core.textfold import fold

if TYPE_CHECKING:
    from visitx.core.models import Span

__all__ = ["not_the_name"]

_WORD = re.compile(r"[^\W\d_]+")
_LIST_MARK = re.compile(r"[,;،؛](?!\s*[JS]r\b)")
_FAMILY_FIRST = frozenset({"hu"})
_STEM = 3  # letters a case ending leaves of a word's start ("Dudą" for "Duda")


def not_the_name(quote: str, found: Span, language: str | None) -> str | None:
    """Why the article's `found` text is not the participant's name `quote`, else None.

    Example:
        >>> from visitx.core.models import Span
        >>> not_the_name("Fidan", Span(text="fidan", start=0, end=5, match="normalized"), "tr")
        "the article has only the common word 'fidan'"
        >>> hit = Span(text="Viktor, Szijjártó", start=0, end=17, match="fuzzy")
        >>> not_the_name("Viktor Szijjártó", hit, "hu")
        "the article lists two names there: 'Viktor, Szijjártó'"
        >>> hit = Span(text="Orbán Viktor", start=0, end=12, match="fuzzy")
        >>> not_the_name("Viktor Orbán", hit, "hu") is None, not_the_name("Viktor Orbán", hit, "en")
        (True, "the article has the two words the other way round: 'Orbán Viktor'")
    """
    if found.match in (None, "exact"):
        return None
    text = found.text
    cased = any(ch.isupper() for ch in quote) and any(ch.islower() for ch in text)
    if cased and not any(ch.isupper() for ch in text):
        return f"the article has only the common word {text!r}"
    if _LIST_MARK.search(text) and not _LIST_MARK.search(quote):
        return f"the article lists two names there: {text!r}"
    if language not in _FAMILY_FIRST and _swapped(quote, text):
        return f"the article has the two words the other way round: {text!r}"
    return None


def _swapped(quote: str, text: str) -> bool:
    """Whether `text` is `quote`'s two words in the other order (each maybe inflected)."""
    ours = [fold(w, accents=False) for w in _WORD.findall(quote)]
    theirs = [fold(w, accents=False) for w in _WORD.findall(text)]
    if len(ours) != 2 or len(theirs) != 2 or ours[0][:_STEM] == ours[1][:_STEM]:
        return False
    return all(t.startswith(o[:_STEM]) for o, t in zip(ours[::-1], theirs, strict=True))
