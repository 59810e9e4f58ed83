"""`Extractor.prepare_article`: a batch input `Article` becomes the job `prepare` would make.

The article and its fields are written for these tests; the expected values are read off
them by hand (`check_language` lower-cases and drops a region, `check_published` writes a
date as YYYY-MM-DD).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from visitx import Article, Extractor, Settings

TEXT = "Erdoğan visited Berlin on 8 April and met Scholz."
CHUNK = "Erdoğan visited Berlin"


@pytest.fixture
def ex(tmp_path: Path) -> Iterator[Extractor]:
    """An extractor that sends nothing (jobs are only prepared)."""
    extractor = Extractor(
        Settings(model="m", base_url="http://127.0.0.1:9/v1", api_key="k", cache_dir=tmp_path)
    )
    yield extractor
    extractor.close()


def test_the_input_fields_reach_the_record_header(ex: Extractor) -> None:
    """url, title, published and language are the input's, checked; source_id as given."""
    article = Article(
        text=TEXT, url="https://example.org/a", title="A visit", published=dt.date(2023, 4, 8),
        language="TR-tr", id="input-7",
    )
    header = ex.prepare_article(article, source_id="#3").article
    assert (header.text, header.url, header.title) == (TEXT, "https://example.org/a", "A visit")
    assert (header.published, header.language, header.source_id) == ("2023-04-08", "tr", "#3")


def test_a_chunk_keeps_the_fields_but_not_the_id(ex: Extractor) -> None:
    """`text` replaces the article's text; the input's `id` is not taken unless passed."""
    article = Article(text=TEXT, published="2023-04-08", language="de", id="input-7")
    header = ex.prepare_article(article, text=CHUNK).article
    assert (header.text, header.published, header.language) == (CHUNK, "2023-04-08", "de")
    assert header.source_id is None
