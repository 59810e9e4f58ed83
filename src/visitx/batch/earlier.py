"""Near-copies across runs: the index in the cache folder and the records kept with it.

Every batch run (`extract_many`, `visitx extract`, `visitx batch submit`/`collect`) adds
its articles to one near-copy index in the cache folder and keeps, under an extracted
article's id, a note of its record: the model, the prompt version and the record without
its text. A later run's copy of that article is then re-grounded from the note instead of
being sent, provided the note was made with the same model and prompt.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from visitx.core.models import Extraction
from visitx.core.settings import Settings

if TYPE_CHECKING:
    from visitx.screening.dupindex import DuplicateIndex

__all__ = ["INDEX_FILE", "EarlierRuns", "note_bytes", "read_note"]

INDEX_FILE = "duplicates.sqlite3"


def note_bytes(record: Extraction, model: str, prompt: str | None) -> bytes:
    """What the index keeps for an extracted article: its record, the text left out."""
    header = record.article.model_copy(update={"text": ""})
    dumped = record.model_copy(update={"article": header}).model_dump_json()  # in Rust
    start = json.dumps({"model": model, "prompt": prompt}, ensure_ascii=False)[:-1]
    return f'{start}, "record": {dumped}}}'.encode()


def read_note(data: bytes | None, model: str, prompt: str | None) -> dict[str, Any] | None:
    """The kept record (as JSON data) when it was made with this model and prompt."""
    if data is None:
        return None
    note = json.loads(data)
    if note.get("model") != model or note.get("prompt") != prompt:
        return None  # made with another model or prompt: extract the copy itself
    record = note.get("record")
    return record if isinstance(record, dict) else None


class EarlierRuns:
    """The cache folder's near-copy index for a provider batch (submit and collect).

    Off (every method a no-op) when the settings turn the cache or near-copies off.
    """

    def __init__(self, settings: Settings, prompt: str | None) -> None:
        self.model = settings.model
        self.prompt = prompt
        self.index: DuplicateIndex | None = None
        if settings.cache and settings.duplicates:
            from visitx.screening.dupindex import DuplicateIndex

            self.index = DuplicateIndex(settings.cache_dir / INDEX_FILE)

    def copy_source(self, key: str, text: str) -> dict[str, Any] | None:
        """The record (JSON data) of an earlier run's article that `text` copies, or None."""
        if self.index is None:
            return None
        original = self.index.find(text)
        if original is None or original == key:
            return None
        return read_note(self.index.recall(original), self.model, self.prompt)

    def add(self, key: str, text: str) -> None:
        """Index an article this run sends, so that later runs find their copies of it."""
        if self.index is not None:
            self.index.add(key, text)

    def keep(self, record: Extraction) -> None:
        """Keep an extracted article's record for later runs' copies of it."""
        usable = record.error is None and record.skipped is None and record.duplicate_of is None
        if self.index is not None and usable:
            self.index.remember(record.article.id, note_bytes(record, self.model, self.prompt))

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None
