"""Cached re-runs: the records of a window of articles straight from the record memo.

A batch whose articles were all extracted before spends its time per article, not on
the model: checking the input, the cache key, the screen, the memo read and building the
record's pydantic models. `Resolver.resolve` does all but the last for a *window* of
articles at once, with one memo query for the whole window, and answers each article
with the JSON text of its finished `Extraction` (validated in one `model_validate_json`
by the caller) or None: "take the ordinary way" (a miss, an input error, an article the
screen rules out, a long article extracted in chunks, an entry of another form). So a
record made here is exactly the one the ordinary way would make from the memo.

The screen's verdict is kept in the memo too (keyed by the article's id, title and
language, valid for one fingerprint of the screen's code), so a re-run screens an
article once. `Resolver` holds nothing but plain data, so it runs in the batch's own
process or in a helper process (`visitx.batch.hitproc`) on the second core.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from json.encoder import encode_basestring as _encode_str
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.core.article import Article
from visitx.core.models import Article as ArticleRecord
from visitx.llm.cache import KeyTemplate
from visitx.llm.checks import check_language, check_published, check_text
from visitx.llm.memo import RecordMemo, fingerprint, record_json

if TYPE_CHECKING:
    from visitx.batch.plan import Plan
    from visitx.llm.extractor import Extractor
    from visitx.screening.dupindex import DuplicateIndex

__all__ = ["HitSpec", "Resolver", "spec_of"]


@dataclasses.dataclass(frozen=True)
class HitSpec:
    """What a resolver needs to know of a batch's settings (plain, picklable data)."""

    cache_dir: str
    fingerprint: str
    max_chars: int
    chunk_above: int | None  # longer texts are extracted in chunks: the ordinary way
    strip_boilerplate: bool
    screening: bool
    templates: dict[str, KeyTemplate]  # the cache key's make-up, per mode
    copies: Copies | None = None  # the near-copy index in the cache folder, when used


@dataclasses.dataclass(frozen=True)
class Copies:
    """The batch's near-copy index (a file) and what its notes are made with."""

    path: str
    threshold: float
    model: str
    prompt: str | None


def spec_of(ex: Extractor, screening: bool, plan: Plan | None = None) -> HitSpec:
    """The resolver's spec for an extractor's batch (`screening`: the plan screens;
    `plan`: the batch's plan, whose near-copy index the resolver then consults)."""
    settings = ex.settings
    modes = {ex.provider.mode(), "json", "json_schema", "tools", settings.mode}
    chunked = settings.long_articles == "chunk" and settings.max_chars > 0
    return HitSpec(
        cache_dir=str(settings.cache_dir),
        fingerprint=fingerprint(),
        max_chars=settings.max_chars,
        chunk_above=settings.max_chars if chunked else None,
        strip_boilerplate=settings.strip_boilerplate,
        screening=screening,
        templates={mode: ex.key_template(mode) for mode in sorted(modes) if mode != "auto"},
        copies=None if plan is None else _copies(plan),
    )


def _copies(plan: Plan) -> Copies | None:
    index = plan.index
    if index is None:
        return None
    if index.path is None:
        raise ValueError("a near-copy index in memory: the batch's own, not shared")
    return Copies(str(index.path), index.threshold, plan.settings.model, plan.prompt_version)


@dataclasses.dataclass
class _Found:
    position: int
    article: Article  # as given (the screen reads its title and language)
    article_id: str
    head: str  # the record's article as JSON, up to its language
    tail: str  # and after it
    key: str
    started: float
    text_at: tuple[int, int]  # where the text's JSON is in `head`

    def json(self, language: str | None) -> str:
        """The record's article as JSON, with `language`."""
        return f"{self.head}{_json_str(language)}{self.tail}"

    def blank(self, language: str | None) -> str:
        """The record's article as JSON with its text left out (a near-copy note's)."""
        start, end = self.text_at
        return f'{self.head[:start]}""{self.head[end:]}{_json_str(language)}{self.tail}'


class Resolver:
    """Answers windows of articles from the record memo (see the module)."""

    def __init__(self, spec: HitSpec) -> None:
        self.spec = spec
        self.memo = RecordMemo(Path(spec.cache_dir))
        self.index: DuplicateIndex | None = None
        self._lock = threading.Lock()  # two windows may be resolved at once (threads)
        if spec.copies is not None:
            from visitx.screening.dupindex import DuplicateIndex

            self.index = DuplicateIndex(spec.copies.path, threshold=spec.copies.threshold)

    def close(self) -> None:
        self.memo.close()
        if self.index is not None:
            self.index.close()

    def resolve(self, mode: str, items: list[tuple[int, Any]]) -> list[str | None]:
        """For each (input position, article) of a window: its record's JSON, or None."""
        out: list[str | None] = [None] * len(items)
        template = self.spec.templates.get(mode)
        if template is None or fingerprint() != self.spec.fingerprint:
            return out
        found = [one for pos, pair in enumerate(items)
                 if (one := self._prepare(pos, pair, template)) is not None]
        rows = self.memo.get_many([one.key for one in found])
        found = [one for one in found if one.key in rows]
        if self.spec.screening:
            found = self._relevant(found)
        if self.index is not None:
            found = self._originals(found)
        for one in found:
            out[one.position] = record_json(
                rows[one.key], one.json, round(time.perf_counter() - one.started, 6)
            )
        if self.index is not None:
            self._keep_notes(found, rows, out)
        return out

    def _originals(self, found: list[_Found]) -> list[_Found]:
        """Those the near-copy index holds as originals (an article indexed before that
        copies none before it): the ordinary way extracts them, so the memo answers.
        A copy, an article new to the index and one indexed by other code go the
        ordinary way, in input order with the rest of the batch."""
        assert self.index is not None
        with self._lock:
            outcomes = self.index.outcomes([one.article_id for one in found])
        return [one for one in found
                if one.article_id in outcomes and outcomes[one.article_id] is None]

    def _keep_notes(self, found: list[_Found], rows: dict[str, str],
                    out: list[str | None]) -> None:
        """Keep each original's record in the index (its text left out) as the ordinary
        way does after extracting it, for the copies that come after it. A note is only
        read by a copy's record (visits, id, model, prompt, mode), so it is written with
        no duration: the same note as the last run's is not written again."""
        assert self.index is not None
        assert self.spec.copies is not None
        copies = self.spec.copies
        start = f'{{"model":{_json_str(copies.model)},"prompt":{_json_str(copies.prompt)},'
        notes: dict[str, bytes] = {}
        for one in found:
            blank = record_json(rows[one.key], one.blank, 0.0)
            if out[one.position] is None or blank is None:
                continue
            try:
                notes[one.article_id] = f'{start}"record":{blank}}}'.encode()
            except UnicodeEncodeError:  # a lone surrogate: the ordinary way says what
                out[one.position] = None
        with self._lock:
            kept = self.index.recall_many(notes)
            self.index.remember_many(
                (key, note) for key, note in notes.items() if kept.get(key) != note
            )

    def _prepare(self, pos: int, pair: tuple[int, Any], template: KeyTemplate) -> _Found | None:
        """The article checked as the ordinary way checks it, and its cache key; None
        for whatever the ordinary way must handle (bad input, a long article)."""
        started = time.perf_counter()
        index, item = pair
        try:
            article = Article.coerce(item)
            text = article.text
            if self.spec.chunk_above is not None and len(text) > self.spec.chunk_above:
                return None
            text = check_text(text, self.spec.max_chars)
            language = check_language(article.language)
            published = check_published(article.published)
            shown = text
            if self.spec.strip_boilerplate:
                from visitx.text.clean import clean_text

                shown = clean_text(text)
            key = template.key(shown, article.title, published, language)
            # The fields of the record's article (`Extractor.prepare`), all str or None:
            # written as JSON here and validated with the record.
            source_id = article.id if article.id is not None else f"#{index}"
            article_id = ArticleRecord.id_for(text)
            start = len(article_id) + 16  # '{"id":' + the id's JSON + ',"text":'
            text_json = _json_str(text)
            head = "".join((
                '{"id":', _json_str(article_id), ',"text":', text_json,
                ',"source_id":', _json_str(source_id), ',"url":', _json_str(article.url),
                ',"title":', _json_str(article.title), ',"language":',
            ))
            tail = f',"published":{_json_str(published)}}}'
        except Exception:  # the ordinary way says what is wrong with it
            return None
        return _Found(pos, article, article_id, head, tail, key, started,
                      (start, start + len(text_json)))

    def _relevant(self, found: list[_Found]) -> list[_Found]:
        """Those the screen keeps; verdicts come from the memo, new ones are stored."""
        from visitx.screening.cues import screen

        keys = [screen_key(one) for one in found]
        known = self.memo.screens(keys)
        new: list[tuple[str, bool]] = []
        kept: list[_Found] = []
        for one, key in zip(found, keys, strict=True):
            relevant = known.get(key)
            if relevant is None:
                article = one.article
                relevant = screen(article.text, title=article.title,
                                  language=article.language).relevant
                new.append((key, relevant))
            if relevant:
                kept.append(one)
        self.memo.put_screens(new)
        return kept


def screen_key(one: _Found) -> str:
    """What the screen's verdict depends on: the text (by its id), the title, the language."""
    article = one.article
    return (f"{one.article_id}\x1f{_json_str(article.title)}\x1f"
            f"{_json_str(article.language)}")


def _json_str(value: str | None) -> str:
    """A str or None as JSON (as `json.dumps(value, ensure_ascii=False)` writes it)."""
    return "null" if value is None else _encode_str(value)
