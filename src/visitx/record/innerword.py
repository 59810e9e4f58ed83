"""A quote found only as the start of another country's name or demonym.

`grounding.locate` grows a quote found inside a longer word to that word when what is added
reads as a case ending ("salonu" in "salonunda", "Путин" in "Путина"). On a long page a
short name is often the start of another country's name: "Niger" in "Nigeria" and
"Nigerian", the capital "Argel" in "Argelia", "Algeri" in "Algeria". There the article does
not write the quote: the word it has names another country (`places.countries`), and the
quote is not found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from visitx.core.textfold import fold

if TYPE_CHECKING:
    from visitx.core.models import Span

__all__ = ["longer_word", "not_written"]


def longer_word(quote: str, found: Span, language: str | None) -> str | None:
    """Why the article's `found` word is not `quote`, or None when it may be.

    Example:
        >>> from visitx.core.models import Span
        >>> longer_word("Niger", Span(text="Nigerian", start=0, end=8, match="fuzzy"), "en")
        "the article has only 'Nigerian', which names another country"
        >>> longer_word("Polen", Span(text="Polens", start=0, end=6, match="fuzzy"), "de") is None
        True
    """
    from visitx.places.countries import country_code

    text = found.text
    if found.match in (None, "exact") or any(ch.isspace() for ch in text):
        return None
    ours, theirs = fold(quote.strip(), accents=False), fold(text, accents=False)
    if len(theirs) <= len(ours) or not theirs.startswith(ours):
        return None
    other = country_code(text, language=language)
    if other is None or other == country_code(quote, language=language):
        return None
    return f"the article has only {text!r}, which names another country"


def not_written(quote: str, found: Span, language: str | None, *, name: bool) -> bool:
    """Whether the article's `found` is not `quote` as the article writes it: for a `name`,
    a common word or a list (`grounding.namehit.not_the_name`); for any quote, another
    country's longer name (`longer_word`)."""
    from visitx.grounding.namehit import not_the_name

    return bool(name and not_the_name(quote, found, language)) or (
        longer_word(quote, found, language) is not None
    )
