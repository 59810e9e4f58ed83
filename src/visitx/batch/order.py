"""The order a batch's list input is fed in: the longest of each group of near-copies first."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from visitx.batch.earlier import INDEX_FILE
from visitx.batch.handover import HandOver
from visitx.core.errors import VisitxError
from visitx.core.models import Article as ArticleRecord

if TYPE_CHECKING:
    from visitx.core.settings import Settings

__all__ = ["Fed", "coerce", "longest_first"]


def coerce(item: Any) -> Any:
    """`Article.coerce(item)`, a plain str (the common input) taken without building the
    dict of fields it would check: only its text can be wrong (not valid Unicode)."""
    from visitx.core.article import Article, usable_text

    if isinstance(item, str) and usable_text(item) is not None:
        return Article(text=item)
    return Article.coerce(item)


class Fed(list[Any]):
    """The items `longest_first` feeds, with each one's article id (`Article.id_for` of
    its text, made when grouping) by fed position: the batch's re-run stage takes them
    instead of hashing every text again (None where an item has no text)."""

    def __init__(self, items: Iterable[Any], article_ids: list[str | None]) -> None:
        super().__init__(items)
        self.article_ids = article_ids


def longest_first(
    items: Iterable[Any], settings: Settings | None
) -> tuple[Any, list[int], HandOver | None]:
    """A list input reordered so that the longest of each group of near-copies comes first.

    Returns the items to feed, for each fed position its position in the input, and the
    signatures made to group them, by fed position, for the batch's near-copy index
    (the caller closes it; None when none were made). A group's longest copy is then
    the one extracted; items without an `id` get their input position (`#3`), so
    records keep the ids they would have had. Any other iterable (a generator, a file)
    is fed as it comes: the first copy seen is extracted.
    """
    if not isinstance(items, list | tuple) or (settings is not None and not settings.duplicates):
        return items, _Identity(), None
    texts = []
    bad: set[int] = set()
    for i, item in enumerate(items):
        try:
            texts.append(coerce(item).text)
        except (VisitxError, ValueError, TypeError):
            texts.append("")
            bad.add(i)
    order: list[int] = []
    placed: set[int] = set()
    found, sigs, ids = _groups(texts, settings)
    groups = {group[0]: group for group in found}
    for i in range(len(items)):
        if i in placed:
            continue
        members = sorted(groups.get(i, [i]), key=lambda k: (-len(texts[k]), k))
        order.extend(members)
        placed.update(members)
    handed = None if sigs is None else _hand_over(texts, sigs, order, settings)
    fed_ids = None if ids is None else [None if i in bad else ids[i] for i in order]
    if order == list(range(len(items))):
        return items if fed_ids is None else Fed(items, fed_ids), order, handed
    fed = [_with_position(items[i], i) for i in order]
    return fed if fed_ids is None else Fed(fed, fed_ids), order, handed


def _hand_over(texts: list[str], sigs: list[Any], order: list[int],
               settings: Settings | None) -> HandOver | None:
    """The signatures in fed order, on disk (None when no temporary file can be made):
    in the cache folder when it is there (a temporary folder may be kept in memory)."""
    folder = settings.cache_dir if settings is not None and settings.cache else None
    try:
        return HandOver(((ArticleRecord.id_for(texts[i]), sigs[i]) for i in order),
                        folder=folder if folder is not None and folder.is_dir() else None)
    except OSError:  # only a saving: the index signs the texts again
        return None


def _groups(texts: list[str], settings: Settings | None
            ) -> tuple[list[list[int]], list[Any] | None, list[str] | None]:
    """`duplicate_groups(texts)`, the texts' signatures when they were needed, and their
    ids when they were made (with the cache on). With
    the cache on, the groups are kept in the cache folder's near-copy index under a
    hash of the texts' ids, the signature code and the threshold, so a re-run of the
    same list reads them (and signs nothing); new texts' signatures are taken from the
    index when today's code indexed them before. The index is only a saving."""
    from visitx.batch.signproc import sign
    from visitx.screening.dupes import DuplicateIndex, signature_groups

    try:
        settings = settings if settings is not None else _settings_from_env()
        index = DuplicateIndex(settings.cache_dir / INDEX_FILE) if settings.cache else None
    except VisitxError:  # the run says what is wrong; the groups are found here
        index = None
    if index is None:
        sigs = sign(texts, [None] * len(texts))
        return signature_groups(sigs), sigs, None
    with index:
        ids = [ArticleRecord.id_for(text) for text in texts]
        digest = hashlib.sha256("\n".join([index.print, *ids]).encode()).hexdigest()
        note = f"groups:{digest}"
        try:
            kept = index.recall(note)
            if kept is not None:
                return [list(group) for group in json.loads(kept)], None, ids
            known = index.signatures_of(set(ids))
        except sqlite3.Error:  # a file another process holds too long: found here
            known = {}
        sigs = sign(texts, [known.get(key) for key in ids])
        groups = signature_groups(sigs)
        with contextlib.suppress(sqlite3.Error):
            index.remember(note, json.dumps(groups).encode())
    return groups, sigs, ids


def _settings_from_env() -> Settings:
    from visitx.core.settings import Settings

    return Settings.from_env()


class _Identity(list[int]):
    """Positions that are their own input positions (a streamed input)."""

    def __getitem__(self, index: Any) -> Any:
        return index


def _with_position(item: Any, index: int) -> Any:
    """`item` with the id it would get at its input position (`#index`) when it has none."""
    from visitx.core.article import Article

    if isinstance(item, str):
        return {"text": item, "id": f"#{index}"}
    if isinstance(item, Article) and item.id is None:
        return dataclasses.replace(item, id=f"#{index}")
    if isinstance(item, Mapping) and item.get("id") is None:
        return {**item, "id": f"#{index}"}
    return item
