"""visitx.estimate agrees with the run it predicts about near-copies and the cache.

Against the reference server on 127.0.0.1, which counts the requests it receives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import Article

from conftest import load_article, local_settings

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

HEADER = "Home | World | Business | Sport\nBy Wire Staff\n"


def story() -> Article:
    text, entry = load_article("w19_en_relative")
    return Article(text=text, published=entry["published"], id="w19")


def copy_of(original: Article, footer: str) -> Article:
    """Another site's copy: its header on top, its own footer below."""
    return Article(text=HEADER + original.text + footer, published=original.published)


def test_a_copy_of_a_cached_article_is_a_duplicate_not_to_send(
    local_server: Any, tmp_path: Path
) -> None:
    """Original cached, its copy in the same input: 1 cached, 1 duplicate, 0 to send."""
    settings = local_settings(local_server, tmp_path)
    original = story()
    visitx.extract_many([original], settings=settings, progress=False)
    sent = len(local_server.requests)
    est = visitx.estimate([original, copy_of(original, "\n© A")], settings=settings)
    assert (est.articles, est.cached, est.duplicates, est.to_send) == (2, 1, 1, 0)
    assert len(local_server.requests) == sent


def test_a_copy_of_an_earlier_runs_article_is_a_duplicate(
    local_server: Any, tmp_path: Path
) -> None:
    """Only the copy in the input: the index in the cache folder says it is one; 0 to send."""
    settings = local_settings(local_server, tmp_path)
    original = story()
    visitx.extract_many([original], settings=settings, progress=False)
    est = visitx.estimate([copy_of(original, "\n© B")], settings=settings)
    assert (est.articles, est.duplicates, est.to_send) == (1, 1, 0)


def test_the_estimate_matches_the_run_that_follows(local_server: Any, tmp_path: Path) -> None:
    """A later batch with a copy: the estimate's to_send is the requests the run sends (0)."""
    settings = local_settings(local_server, tmp_path)
    original = story()
    visitx.extract_many([original], settings=settings, progress=False)
    later = [copy_of(original, "\n© C")]
    est = visitx.estimate(later, settings=settings)
    sent = len(local_server.requests)
    (record,) = visitx.extract_many(later, settings=settings, progress=False)
    assert record.duplicate_of is not None
    assert len(local_server.requests) - sent == est.to_send == 0


def test_without_a_cache_earlier_runs_are_not_consulted(local_server: Any, tmp_path: Path) -> None:
    """Settings(cache=False): no index is kept, so the copy would be sent (1 to send)."""
    settings = local_settings(local_server, tmp_path)
    original = story()
    visitx.extract_many([original], settings=settings, progress=False)
    est = visitx.estimate([copy_of(original, "\n© D")], settings=settings.replace(cache=False))
    assert (est.duplicates, est.to_send) == (0, 1)


def test_the_estimate_leaves_the_index_as_it_was(local_server: Any, tmp_path: Path) -> None:
    """An estimate only reads the index of earlier runs: the file's size is unchanged."""
    settings = local_settings(local_server, tmp_path)
    original = story()
    visitx.extract_many([original], settings=settings, progress=False)
    index = tmp_path / "cache" / "duplicates.sqlite3"
    with visitx.DuplicateIndex(index) as opened:
        before = len(opened)
    visitx.estimate(
        [copy_of(original, "\n© E"), "The minister met his counterpart."], settings=settings
    )
    with visitx.DuplicateIndex(index) as opened:
        assert len(opened) == before == 1
