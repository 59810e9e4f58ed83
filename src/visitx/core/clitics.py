"""The Arabic-script clitics of `tables/arabic_clitics.txt`, read once for every module.

Grounding (is a quote's left edge a word edge?) and participant names (is this word a
generic word behind its clitics?) read the same table, so a clitic added there is
honoured by both.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from visitx.core.datafiles import read_sections, words

__all__ = ["Clitics", "arabic_clitics"]

TABLE = "arabic_clitics.txt"


@dataclass(frozen=True)
class Clitics:
    """Arabic-script clitics by role, each tuple in table order.

    `contractions` pairs a sequence with its written form (`("لال", "لل")`).
    """

    conjunctions: tuple[str, ...]
    prepositions: tuple[str, ...]
    articles: tuple[str, ...]
    contractions: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def prefixes(self) -> tuple[str, ...]:
        """Every written sequence conjunction? preposition? article?, longest first.

        Example:
            >>> Clitics(("و",), ("ب", "ل"), ("ال",), (("لال", "لل"),)).prefixes
            ('وبال', 'بال', 'وال', 'ولل', 'ال', 'لل', 'وب', 'ول', 'ب', 'ل', 'و')
        """
        return self._written(with_article=False)

    @functools.cached_property
    def article_prefixes(self) -> tuple[str, ...]:
        """The `prefixes` that end with the article (`ال`, `بال`, `ولل` ...), longest first."""
        return self._written(with_article=True)

    def _written(self, *, with_article: bool) -> tuple[str, ...]:
        articles = self.articles if with_article else ("", *self.articles)
        found: dict[str, None] = {}
        for parts in itertools.product(
            ("", *self.conjunctions), ("", *self.prepositions), articles
        ):
            sequence = "".join(parts)
            for long, short in self.contractions:
                sequence = sequence.replace(long, short)
            if sequence:
                found.setdefault(sequence)
        return tuple(sorted(found, key=len, reverse=True))


@functools.cache
def arabic_clitics() -> Clitics:
    """The clitics of `tables/arabic_clitics.txt` (read on first use, then cached)."""
    sections = read_sections(TABLE)

    def entries(tag: str) -> list[str]:
        return words(sections.get(tag, ""))

    pairs = entries("contractions")
    return Clitics(
        conjunctions=tuple(entries("conjunctions")),
        prepositions=tuple(entries("prepositions")),
        articles=tuple(entries("articles")),
        contractions=tuple(zip(pairs[::2], pairs[1::2], strict=True)),
    )
