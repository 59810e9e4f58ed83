"""Cached re-runs with near-copies on: the originals' notes in the near-copy index.

After extracting an article, the ordinary way keeps its record in the index (its text
left out) as a *note*, for the near-copies that come after it. A re-run answered from
the memo keeps the same notes (`Notes.keep`), as `visitx.batch.hits` resolves each
window. A note is only read by a copy's record (visits, id, model, prompt, mode), so
it is written with no duration. Its source (a digest of what it is made from) is kept
beside it: when the index holds that source already, the note is the last run's and is
neither made nor read. A note made that says what the kept one says (one the ordinary
way wrote) is not written; only its source is, so the digest that copies' memo entries
name stays.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import TYPE_CHECKING, Any

from visitx.core.jsontext import json_str
from visitx.llm.memo import copy_fingerprint, record_json
from visitx.screening.dupfile import note_digest

if TYPE_CHECKING:
    from visitx.batch.hits import Copies, Found
    from visitx.screening.dupindex import DuplicateIndex

__all__ = ["Notes", "States"]

# key -> (the key of the article it copies or None, its note's digest, its note's source)
States = dict[str, tuple[str | None, str | None, str | None]]


class Notes:
    """Keeps the notes of a window's originals (see the module)."""

    def __init__(self, index: DuplicateIndex, lock: threading.Lock, copies: Copies) -> None:
        self.index = index
        self.lock = lock  # the index's
        self.start = (f'{{"model":{json_str(copies.model)},'
                      f'"prompt":{json_str(copies.prompt)},')
        # What every note's source is made from besides the original's own parts.
        self.made = f"{copy_fingerprint()}\x1f{self.start}\x1f"

    def keep(self, found: list[Found], rows: dict[str, tuple[str, str]],
             out: list[str | None], states: States) -> dict[str, tuple[str, bytes | None]]:
        """Keep each answered original's note (`found`: with their memo entries in
        `rows`, by key; an original whose note cannot be made is taken out of `out`).
        Returns each original's note: (its digest, the note or None when not made)."""
        start = self.start
        notes: dict[str, tuple[str, bytes | None]] = {}
        made: list[tuple[Found, bytes, str]] = []
        for one in found:
            if out[one.position] is None:
                continue
            value, value_digest = rows[one.key]
            source = self.source(one, value_digest)
            _, digest, kept = states[one.article_id]
            if kept == source and digest is not None:
                notes[one.article_id] = (digest, None)
                continue
            blank = record_json(value, one.blank, 0.0)
            try:
                note = f'{start}"record":{blank}}}'.encode()
            except UnicodeEncodeError:  # a lone surrogate: the ordinary way says what
                blank = None
            if blank is None:
                out[one.position] = None
            else:
                made.append((one, note, source))
        if made:
            self._write(made, states, notes)
        return notes

    def _write(self, made: list[tuple[Found, bytes, str]], states: States,
               notes: dict[str, tuple[str, bytes | None]]) -> None:
        """Write the notes made (or only their source, when the kept note says the same)."""
        with self.lock:
            kept = self.index.recall_many(one.article_id for one, _, _ in made
                                          if states[one.article_id][1] is not None)
        new: list[tuple[str, bytes, str]] = []
        same: list[tuple[str, str]] = []
        for one, note, source in made:
            key = one.article_id
            digest = states[key][1]
            if digest is not None and key in kept and _same_json(kept[key], note):
                same.append((key, source))
                notes[key] = (digest, kept[key])
            else:
                new.append((key, note, source))
                notes[key] = (note_digest(note), note)
        with self.lock:
            self.index.remember_sourced(new, same)

    def source(self, one: Found, value_digest: str) -> str:
        """The digest of what an original's note is made from: the memo entry (by the
        digest the memo keeps beside it, `memo.value_digest`), the record's article but
        its text (which its id stands for), the model and prompt (`start`) and the code
        that makes notes (`copy_fingerprint`)."""
        made = "".join((self.made, one.article_id, "\x1f", one.head[one.text_at[1]:], "\x1f",
                        one.tail, "\x1fmemo:", value_digest))
        return "src:" + hashlib.sha256(made.encode("utf-8", "surrogatepass")).hexdigest()[:28]


def _same_json(kept: bytes, made: bytes) -> bool:
    """Whether two notes say the same to a copy (`copy_record` reads the model and
    prompt, the record's visits, article id, and model, prompt and mode in its meta;
    the kept one may have other spacing, a duration, `cached` false)."""
    try:
        return _for_copies(json.loads(kept)) == _for_copies(json.loads(made))
    except (ValueError, TypeError, KeyError, AttributeError):
        return False


def _for_copies(note: dict[str, Any]) -> tuple[Any, ...]:
    record, meta = note["record"], note["record"]["meta"]
    return (note.get("model"), note.get("prompt"), record.get("visits"),
            record["article"].get("id"), meta.get("model"), meta.get("prompt_version"),
            meta.get("mode"))
