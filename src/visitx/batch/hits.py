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
article once. With near-copies on, an article the index holds as a copy of another is
answered from the memo as well (`visitx.batch.hitcopies`). `Resolver` holds nothing but
plain data, so it runs in the batch's own process or in a helper process
(`visitx.batch.hitproc`) on the second core; windows are resolved one after another in
input order, and `passes` tells the batch which articles each window left to the
ordinary way (`learn` tells a resolver those another one left).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from visitx.batch.hitcopies import CopyAnswers, short
from visitx.batch.hitnotes import Notes
from visitx.batch.order import coerce
from visitx.core.article import Article, usable_text
from visitx.core.jsontext import json_str
from visitx.core.models import Article as ArticleRecord
from visitx.llm.cache import KeyTemplate
from visitx.llm.checks import check_language, check_published, check_text
from visitx.llm.memo import RecordMemo, fingerprint, record_json

if TYPE_CHECKING:
    from visitx.batch.plan import Plan
    from visitx.llm.extractor import Extractor
    from visitx.screening.dupindex import DuplicateIndex

__all__ = ["Found", "HitSpec", "Resolver", "spec_of"]


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


@dataclasses.dataclass(slots=True)
class Found:
    """An article of a window, checked, with its cache key and its record's article."""

    position: int
    article: Article  # as given (the screen reads its title and language)
    article_id: str
    language: str | None  # as given, checked (a near-copy's record's article has it)
    head: str  # the record's article as JSON, up to its language
    tail: str  # and after it
    started: float
    text_at: tuple[int, int]  # where the text's JSON is in `head`
    keyed: tuple[KeyTemplate, bool, str | None, str | None]  # the cache key's make-up
    made_key: str | None = None

    @property
    def key(self) -> str:
        """The draft's cache key (a near-copy's record needs none: made when first asked)."""
        key = self.made_key
        if key is None:
            key = self.made_key = self.make_key()
        return key

    def make_key(self) -> str:
        template, strip, published, language = self.keyed
        text = given = self.article.text
        if strip:
            from visitx.text.clean import clean_text

            text = clean_text(text)
        start, end = self.text_at  # the given text's JSON, written for the record
        encoded = self.head[start:end] if text is given or text == given else None
        return template.key(text, self.article.title, published, language, encoded)

    def json(self, language: str | None) -> str:
        """The record's article as JSON, with `language`."""
        return f"{self.head}{json_str(language)}{self.tail}"

    def blank(self, language: str | None) -> str:
        """The record's article as JSON with its text left out (a near-copy note's)."""
        start, end = self.text_at
        return f'{self.head[:start]}""{self.head[end:]}{json_str(language)}{self.tail}'


class Resolver:
    """Answers windows of articles from the record memo (see the module)."""

    def __init__(self, spec: HitSpec) -> None:
        self.spec = spec
        self.memo = RecordMemo(Path(spec.cache_dir))
        self.index: DuplicateIndex | None = None
        self.lock = threading.Lock()  # two windows may be resolved at once (threads)
        self.passes: list[int] = []  # the last window's articles left to the ordinary way
        self.passed: set[int] | None = set()  # all this run's (`short` ids); None: unknown
        self.copies: CopyAnswers | None = None
        self.notes: Notes | None = None
        if spec.copies is not None:
            from visitx.screening.dupindex import DuplicateIndex

            self.index = DuplicateIndex(spec.copies.path, threshold=spec.copies.threshold)
            self.copies = CopyAnswers(self.memo, self.index, self.lock, spec.copies.model,
                                      spec.copies.prompt)
            self.notes = Notes(self.index, self.lock, spec.copies)

    def close(self) -> None:
        self.memo.close()
        if self.index is not None:
            self.index.close()

    def learn(self, passes: list[int] | None) -> None:
        """Articles of this run that another resolver left to the ordinary way (None:
        not known, so near-copies go the ordinary way from now on)."""
        if passes is None or self.passed is None:
            self.passed = None
        else:
            self.passed.update(passes)

    def resolve(self, mode: str, items: list[tuple[Any, ...]]) -> list[str | None]:
        """For each (input position, article) of a window: its record's JSON, or None.
        An item may carry the article's id as a third value (`Article.id_for` of its
        text, made by the batch's process when it ordered the list, or None), so the
        text is not hashed again here."""
        out: list[str | None] = [None] * len(items)
        self.passes = []
        template = self.spec.templates.get(mode)
        if template is None or fingerprint() != self.spec.fingerprint:
            template = None
        found = [one for pos, pair in enumerate(items)
                 if (one := self._prepare(pos, pair, template)) is not None]
        if self.index is None:
            rows = self.memo.get_many([one.key for one in found])
            found = [one for one in found if one.key in rows]
            answered = self._relevant(found) if self.spec.screening else found
            now = time.perf_counter()  # one clock read a window: the articles' end
            for one in answered:
                out[one.position] = record_json(rows[one.key], one.json, _since(one, now))
            return out
        self._with_index(found, out)
        if self.passed is not None:  # known here before the batch tells (windows in flight)
            self.passed.update(self.passes)
        return out

    def _with_index(self, found: list[Found], out: list[str | None]) -> None:
        """`resolve` with the near-copy index: originals indexed before (the ordinary way
        extracts them: the memo answers) and copies (`hitcopies`); articles new to the
        index, or indexed by other code, go the ordinary way. A copy's draft is not
        read: its record is made from a note."""
        assert self.index is not None
        with self.lock:
            states = self.index.states([one.article_id for one in found])
        outcomes = {key: state[0] for key, state in states.items()}
        digested = self.memo.get_digested([one.key for one in found
                                           if one.article_id in outcomes
                                           and outcomes[one.article_id] is None])
        rows = {key: value for key, (value, _) in digested.items()}
        known = [one for one in found if one.article_id in outcomes
                 and (outcomes[one.article_id] is not None or one.key in rows)]
        if self.spec.screening:
            known = self._relevant(known)
        originals = [one for one in known if outcomes[one.article_id] is None]
        now = time.perf_counter()  # one clock read a window: the articles' end
        for one in originals:
            out[one.position] = record_json(rows[one.key], one.json, _since(one, now))
        assert self.notes is not None
        notes = self.notes.keep(originals, digested, out, states)
        copies = [one for one in known if outcomes[one.article_id] is not None]
        answering = self.copies if self.passed is not None else None
        if answering is None:
            copies = []  # which copies' originals go the ordinary way is not known
        waiting = {id(one) for one in copies}
        self.passes.extend(short(one.article_id) for one in found
                           if out[one.position] is None and id(one) not in waiting)
        if answering is not None and self.passed is not None and copies:
            self.passed.update(self.passes)
            answering.answer(copies, states, notes, out, self.passed)
            self.passes.extend(short(one.article_id) for one in copies
                               if out[one.position] is None)
            self.passed.update(self.passes)

    def _prepare(self, pos: int, pair: tuple[Any, ...], template: KeyTemplate | None
                 ) -> Found | None:
        """The article checked as the ordinary way checks it, and its cache key; None
        for whatever the ordinary way must handle (bad input, a long article), whose
        text, when it has one, is then counted in `passes`."""
        started = time.perf_counter()
        index, item, given = pair if len(pair) == 3 else (*pair, None)
        try:
            # `coerce`'s plain-text path, without its per-call import: the common input
            article = (Article(text=item) if type(item) is str and usable_text(item) is not None
                       else coerce(item))
        except Exception:  # the ordinary way says what is wrong with it
            return None
        found = None
        if template is not None:
            try:
                found = self._found(pos, index, article, template, started, given)
            except Exception:  # the ordinary way says what is wrong with it
                found = None
        if found is None and self.index is not None and isinstance(article.text, str):
            self.passes.append(short(ArticleRecord.id_for(article.text)))
        return found

    def _found(self, pos: int, index: int, article: Article, template: KeyTemplate,
               started: float, given: str | None) -> Found | None:
        text = article.text
        if self.spec.chunk_above is not None and len(text) > self.spec.chunk_above:
            return None
        text = check_text(text, self.spec.max_chars)
        language = check_language(article.language)
        published = None if article.published is None else check_published(article.published)
        # The fields of the record's article (`Extractor.prepare`), all str or None:
        # written as JSON here and validated with the record.
        source_id = article.id if article.id is not None else f"#{index}"
        article_id = ArticleRecord.id_for(text) if given is None else given
        start = len(article_id) + 16  # '{"id":' + the id's JSON + ',"text":'
        text_json = json_str(text)
        head = "".join((
            '{"id":', json_str(article_id), ',"text":', text_json,
            ',"source_id":', json_str(source_id), ',"url":', json_str(article.url),
            ',"title":', json_str(article.title), ',"language":',
        ))
        tail = f',"published":{json_str(published)}}}'
        return Found(pos, article, article_id, language, head, tail, started,
                     (start, start + len(text_json)),
                     (template, self.spec.strip_boilerplate, published, language))

    def _relevant(self, found: list[Found]) -> list[Found]:
        """Those the screen keeps; verdicts come from the memo, new ones are stored."""
        from visitx.screening.cues import screen

        keys = [screen_key(one) for one in found]
        known = self.memo.screens(keys)
        new: list[tuple[str, bool]] = []
        kept: list[Found] = []
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


def screen_key(one: Found) -> str:
    """What the screen's verdict depends on: the text (by its id), the title, the language."""
    article = one.article
    return (f"{one.article_id}\x1f{json_str(article.title)}\x1f"
            f"{json_str(article.language)}")


def _since(one: Found, now: float) -> float:
    return round(now - one.started, 6)

