"""Near-copies in provider batches: the story is sent once, each copy re-grounded at collect.

At submit, an article the near-copy index (`visitx.screening.DuplicateIndex`, in memory,
for the articles of one submit) finds to copy an earlier one is not sent: it goes into the
manifest's duplicates file with `copy_of`, the `custom_id` of the article it copies. At
collect, once that article's record is in the cache, the copy gets a record of its own:
the visits re-grounded in its text and `duplicate_of` set (as `extract_many` does). A copy
of an article an earlier run extracted (the index in the cache folder,
`visitx.batch.earlier`) is not sent either: its line holds that record (`earlier`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from visitx.batch import glue
from visitx.batch.manifest import Manifest, read_lines
from visitx.core.article import Article
from visitx.core.models import Extraction

if TYPE_CHECKING:
    from visitx.llm.extractor import Extractor

__all__ = ["COPY_OF", "EARLIER", "Originals", "copy_of"]

COPY_OF = "copy_of"
EARLIER = "earlier"  # a copy of an earlier run's article: that article's record (JSON)


class Originals:
    """The articles that a batch's near-copies copy, read from its article files once.

    Only the articles some copy names are kept, so memory grows with them, not with the
    batch.
    """

    def __init__(self, state: Manifest) -> None:
        self.state = state
        self._found: dict[str, Article] | None = None

    def get(self, custom_id: str) -> Article | None:
        """The article sent (or cached) under `custom_id`, or None."""
        if self._found is None:
            self._found = self._read()
        return self._found.get(custom_id)

    def _read(self) -> dict[str, Article]:
        state = self.state
        wanted = {
            str(entry[COPY_OF]) for entry in read_lines(state.duplicates_path()) if COPY_OF in entry
        }
        found: dict[str, Article] = {}
        for shard in [None, *state.shards]:
            if not wanted - set(found):
                break
            for entry in read_lines(state.articles_path(shard)):
                custom_id = str(entry["custom_id"])
                if custom_id in wanted and custom_id not in found:
                    found[custom_id] = Article(**entry["article"])
        return found


def copy_of(ex: Extractor, original: Extraction, entry: dict[str, Any]) -> Extraction:
    """The copy's record: `original`'s visits re-grounded in the copy's own text."""
    from visitx.screening.copies import copy_record

    header = glue.prepare(ex, Article(**entry["article"])).article
    return copy_record(original, header)
