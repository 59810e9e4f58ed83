"""Failure records keep what the input said about the article: title, date, language, URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import visitx
from visitx import Article, Settings
from visitx.batch.records import failed

from conftest import ARTICLES, load_article, local_settings

PAGE = (
    "<html lang='de'><head><title>Staatsbesuch in Ankara</title>"
    "<meta property='article:published_time' content='2024-03-05T10:00:00Z'></head>"
    "<body><article><p>Der Bundespräsident reiste am Montag nach Ankara. Er traf dort "
    "den türkischen Präsidenten zu Gesprächen über Handel und Migration.</p>"
    "<p>Beide sprachen von einem guten Besuch.</p></article></body></html>"
)


def test_a_failed_article_keeps_its_title_date_and_language() -> None:
    """failed() copies title, publication date (as YYYY-MM-DD) and language into the record."""
    item = Article(
        text="x", title="T", published="2024-03-05T08:00", language="de-AT", url="u", id="a"
    )
    record = failed(item, visitx.InputError("too long"))
    article = record.article
    assert (article.title, article.published, article.language) == ("T", "2024-03-05", "de")
    assert (article.url, article.source_id) == ("u", "a")


def test_a_page_too_long_to_send_fails_with_what_the_page_said(tmp_path: Path) -> None:
    """A page refused before sending (max_chars) is recorded with the page's title/date/lang."""
    page = visitx.read_html(PAGE)
    settings = Settings(base_url="http://127.0.0.1:9/v1", max_chars=20, cache=False)
    [record] = visitx.extract_many([page], settings=settings, progress=False)
    assert record.error is not None
    assert record.error.type == "InputError"
    article = record.article
    assert article.title == "Staatsbesuch in Ankara"
    assert article.published == "2024-03-05"
    assert article.language == "de"


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_a_failure_after_asking_names_the_model_and_prompt(
    local_server: Any, tmp_path: Path
) -> None:
    """An answer cut off at max_tokens fails its article; the record's meta names the model
    and the prompt that were asked (as an extracted record's does), counts the attempt,
    gives the finish reason and the seconds it took, while an article refused before
    sending names neither."""
    local_server.script("truncate")
    settings = local_settings(local_server, tmp_path, cache=False, max_reasks=0)
    stem = (ARTICLES / "index.jsonl").read_text().splitlines()[0].split('"')[3]
    text, _ = load_article(stem)
    cut, refused = visitx.extract_many(
        [Article(text=text, id="cut"), Article(text="", id="empty")],
        settings=settings, concurrency=1, progress=False,
    )
    assert cut.error is not None
    assert cut.error.type == "AnswerCutOff"
    assert (cut.meta.model, cut.meta.prompt_version, cut.meta.attempts) == (
        "visitx-reference", "extract.v1", 1
    )
    assert cut.meta.finish_reason == "length"
    assert cut.meta.duration_s > 0
    assert refused.error is not None
    assert refused.error.type == "InputError"
    assert (refused.meta.model, refused.meta.prompt_version, refused.meta.attempts) == (
        None, None, 0
    )
    assert refused.meta.finish_reason is None
