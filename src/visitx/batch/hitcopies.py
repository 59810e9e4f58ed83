"""Cached re-runs with near-copies on: a copy's record from the record memo.

The ordinary way makes a near-copy's record without a model call (`Plan.before`): the
note the near-copy index keeps under the article it copies (that article's record, its
text left out), re-grounded in the copy's own text, `duplicate_of` set; and it keeps the
same note under the copy (for copies of the copy). That record depends on the note, the
copy's text and the batch's model and prompt (a note made with others is not used) and
on the code that makes it, so the memo keeps it under `memo.copy_key` of those: the note
by the digest the index keeps beside it, the text by the copy's id. A re-run answers a
copy with one digest read and one memo read per window, hashing no text again. The
ordinary way's copies are memoized as they are made (`remember`, `Plan.on_copy`); a copy
whose entry is missing is made here once, as the ordinary way makes it, and memoized.

A copy is answered here only when its original's note is the one the ordinary way would
read: not when the original (or, for a copy of a copy, the copy it copies) is left to
the ordinary way earlier in this run, since its note is then written again after its
record is made (the resolver's `passed`: the articles of this run left to the ordinary
way so far, whichever resolver left them).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from typing import TYPE_CHECKING

from visitx.llm.memo import RecordMemo, copy_key

if TYPE_CHECKING:
    from visitx.batch.hits import Found
    from visitx.core.models import Extraction
    from visitx.screening.dupindex import DuplicateIndex

__all__ = ["CopyAnswers", "short"]

log = logging.getLogger("visitx")


def short(article_id: str) -> int:
    """An article id as a 64-bit number (what the batch remembers of passed articles)."""
    try:
        return int(article_id[-16:], 16)
    except ValueError:  # not a sha256 id
        return int.from_bytes(hashlib.blake2b(article_id.encode(), digest_size=8).digest())


class CopyAnswers:
    """Answers a window's near-copies from the memo (see the module)."""

    def __init__(self, memo: RecordMemo, index: DuplicateIndex, lock: threading.Lock,
                 model: str, prompt: str | None) -> None:
        self.memo = memo
        self.index = index
        self.lock = lock  # the index's
        self.model = model
        self.prompt = prompt

    def answer(self, copies: list[Found],
               states: dict[str, tuple[str | None, str | None, str | None]],
               fresh: dict[str, tuple[str, bytes | None]], out: list[str | None],
               passed: set[int]) -> None:
        """Fill `out` for the `copies` (in input order) that can be answered; `states`
        names each one's original and its own note's digest (`DuplicateIndex.states`),
        `fresh` holds the notes of this window's originals (digest, note) and `passed`
        the articles left to the ordinary way so far."""
        digests = {key: state[1] for key, state in states.items() if state[1] is not None}
        outcomes = {key: state[0] for key, state in states.items()}
        wanted = {outcomes[one.article_id] for one in copies} - digests.keys() - fresh.keys()
        if wanted:
            with self.lock:
                digests.update(self.index.note_digests(filter(None, wanted)))
        digests.update((key, digest) for key, (digest, _) in fresh.items())
        planned: list[tuple[Found, str, str]] = []
        moves: dict[str, str] = {}  # copy -> the key its note is taken from
        for one in copies:
            source = outcomes[one.article_id]
            assert source is not None
            digest = digests.get(source)
            if digest is None or short(source) in passed:  # the ordinary way decides
                passed.add(short(one.article_id))
                continue
            planned.append((one, source, copy_key(digest, one.article_id, self.model,
                                                   self.prompt)))
            if digests.get(one.article_id) != digest:
                moves[one.article_id] = source
                digests[one.article_id] = digest
        values = self.memo.get_many([key for _, _, key in planned])
        notes = self._notes([source for _, source, key in planned if key not in values],
                            fresh, moves)
        made: list[tuple[str, str]] = []
        for one, source, key in planned:
            value = values.get(key)
            if value is None and short(source) not in passed:
                value = self._make(one, notes.get(_root(source, moves)))
                if value is not None:
                    made.append((key, value))
            if value is None or short(source) in passed:
                passed.add(short(one.article_id))
                continue
            out[one.position] = f'{{"article":{one.json(one.language)},{value[1:]}'
        self.memo.put_many(made)
        kept = [(source, copy) for copy, source in moves.items()
                if short(copy) not in passed]
        with self.lock:
            self.index.copy_notes(kept)

    def remember(self, original: str, digest: str | None, record: Extraction) -> None:
        """Memoize a copy's record the ordinary way made (`Plan.before`) from the note
        kept under `original` (its `digest` when the run has not written it yet), so
        that the first re-run reads it too."""
        try:
            if digest is None:
                with self.lock:
                    digest = self.index.note_digests([original]).get(original)
            if digest is not None:
                key = copy_key(digest, record.article.id, self.model, self.prompt)
                self.memo.put_many([(key, record.model_dump_json(exclude={"article"}))])
        except Exception as exc:  # only a saving
            log.debug("visitx re-run: a copy's record not memoized (%s)", exc)

    def _notes(self, sources: list[str], fresh: dict[str, tuple[str, bytes | None]],
               moves: dict[str, str]) -> dict[str, bytes]:
        """The notes (by the key they are kept under before this window's moves) that
        the copies of `sources` are made from."""
        roots = {_root(source, moves) for source in sources}
        found: dict[str, bytes] = {}
        for key in roots:
            data = fresh.get(key, (None, None))[1]
            if data is not None:
                found[key] = data
        if roots - found.keys():
            with self.lock:
                found.update(self.index.recall_many(roots - found.keys()))
        return found

    def _make(self, one: Found, data: bytes | None) -> str | None:
        """A copy's record as the ordinary way makes it, as JSON without its article
        (None when the note is missing or made with another model or prompt)."""
        from visitx.batch.earlier import read_note
        from visitx.core.models import Article, Extraction
        from visitx.screening.copies import copy_record

        try:
            note = read_note(data, self.model, self.prompt)
            if note is None:
                return None
            original = Extraction.model_validate(note)
            header = Article.model_validate_json(one.json(one.language))
            return copy_record(original, header).model_dump_json(exclude={"article"})
        except Exception:  # the ordinary way says what is wrong
            return None


def _root(key: str, moves: dict[str, str]) -> str:
    """The key whose note `key` will hold after this window's moves."""
    seen = 0
    while key in moves and seen <= len(moves):
        key = moves[key]
        seen += 1
    return key
