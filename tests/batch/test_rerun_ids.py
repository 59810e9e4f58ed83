"""Article ids handed from the list's ordering to the re-run stage (not hashed twice)."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

import pytest

import visitx
from visitx import Article, Extraction, Extractor, Settings
from visitx.batch import hits
from visitx.batch.order import Fed, coerce, longest_first
from visitx.core.errors import InputError
from visitx.core.models import Article as ArticleRecord

from conftest import comparable, seeds

STORY = "The Minister of Trade of Georgia visited Ankara and met his Turkish counterpart."
OTHER = "Heavy rain is expected in the north on Sunday, with snow on the higher ground."


def sha(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def test_the_ordered_list_carries_each_fed_articles_id(settings: Settings) -> None:
    """`longest_first` hands each fed item's text id by fed position; bad input gets None."""
    items: list[Any] = [STORY, {"text": OTHER, "id": "b"}, 42]
    fed, order, handed = longest_first(items, settings)
    if handed is not None:
        handed.close()
    assert isinstance(fed, Fed)
    assert order == [0, 1, 2]
    assert fed.article_ids == [sha(STORY), sha(OTHER), None]


def test_no_ids_are_handed_with_near_copies_off(settings: Settings) -> None:
    """With near-copies off the list is fed as given (nothing was hashed to hand over)."""
    items = [STORY, OTHER]
    fed, _, _ = longest_first(items, dataclasses.replace(settings, duplicates=False))
    assert fed is items


def test_a_plain_text_is_taken_as_article_coerce_takes_it() -> None:
    """`coerce` of a str is `Article.coerce`'s article."""
    assert coerce(STORY) == Article.coerce(STORY) == Article(text=STORY)


def test_a_text_with_a_lone_surrogate_fails_as_article_coerce_fails() -> None:
    """A str that is not valid Unicode raises the same `InputError` as `Article.coerce`."""
    with pytest.raises(InputError) as coerced:
        Article.coerce("Ankara \ud800")
    with pytest.raises(InputError, match="lone surrogate") as ours:
        coerce("Ankara \ud800")
    assert str(ours.value) == str(coerced.value)


def test_a_resolver_takes_the_handed_id_instead_of_hashing(
    cached: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window whose items carry their ids is answered as one without, hashing no text."""
    visitx.extract_many(seeds(), settings=cached, progress=False, concurrency=4)
    ex = Extractor(cached)
    spec = hits.spec_of(ex, screening=True)
    mode = ex.provider.mode()
    ex.close()
    plain: list[tuple[Any, ...]] = list(enumerate(seeds()))
    with_ids = [(i, a, ArticleRecord.id_for(a.text)) for i, a in plain]
    resolver = hits.Resolver(spec)
    without = resolver.resolve(mode, plain)

    def no_hashing(text: str) -> str:
        raise AssertionError("hashed again")

    monkeypatch.setattr(ArticleRecord, "id_for", staticmethod(no_hashing))
    given = resolver.resolve(mode, with_ids)
    resolver.close()
    assert all(answer is not None for answer in given)
    assert [comparable(Extraction.model_validate_json(a)) for a in given if a] == [
        comparable(Extraction.model_validate_json(a)) for a in without if a
    ]
