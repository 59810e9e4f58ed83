"""Pages as input to the command line and the readers: .html files, JSONL `html`, URLs."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from visitx import Article, read_html
from visitx.cli.main import main
from visitx.core.article import BadInput
from visitx.io.files import check_paths, iter_articles

from conftest import ROOT, PageSite, load_article

PAGES = ROOT / "tests" / "fixtures" / "pages"
TR_PAGE = PAGES / "tr_osb_visit.html"
pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def test_check_paths_accepts_pages_and_urls() -> None:
    """.html and .htm files and http(s) URLs are accepted inputs."""
    raw = [str(TR_PAGE), "https://news.example/a.html", "http://news.example/b"]
    assert check_paths(raw) == raw


def test_html_file_becomes_an_article() -> None:
    """A saved page is read with read_html; its id is its path."""
    (article,) = iter_articles([str(TR_PAGE)])
    assert isinstance(article, Article)
    assert (article.id, article.title, article.published, article.language) == (
        str(TR_PAGE),
        "Özbek heyeti Konya OSB'yi ziyaret etti",
        "2024-11-22",
        "tr",
    )
    assert article.text == load_article("p01_tr_page")[0]


def test_folder_reads_text_and_html_files(tmp_path: Path) -> None:
    """A folder yields its .txt, .html and .htm files, in path order."""
    shutil.copy(TR_PAGE, tmp_path / "a.htm")
    shutil.copy(PAGES / "de_cookie_comments.html", tmp_path / "b.html")
    (tmp_path / "c.txt").write_text("Plain text article.", encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    items = list(iter_articles([str(tmp_path)]))
    assert [Path(str(i.id)).name for i in items] == ["a.htm", "b.html", "c.txt"]
    assert [getattr(i, "language", None) for i in items] == ["tr", "de", None]


def test_jsonl_html_line_keeps_its_own_fields(tmp_path: Path) -> None:
    """A JSONL line with `html` is read as a page; the line's title and id win."""
    line = {"html": TR_PAGE.read_text("utf-8"), "title": "Kendi başlığım", "id": "k1"}
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = iter_articles([str(path)])
    assert isinstance(article, Article)
    assert (article.id, article.title, article.published) == ("k1", "Kendi başlığım", "2024-11-22")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param({"html": "<p>x</p>", "text": "x"}, "either `text` or `html`", id="both"),
        pytest.param({"html": 3}, "`html` must be a string", id="not-a-string"),
        pytest.param({"html": "<nav>Home</nav>"}, "No article text found", id="no-article"),
    ],
)
def test_bad_jsonl_html_line_is_bad_input(tmp_path: Path, line: Any, message: str) -> None:
    """A bad `html` line becomes a BadInput naming file and line, not an exception."""
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (item,) = iter_articles([str(path)])
    assert isinstance(item, BadInput)
    assert item.id == f"{path}:1"
    assert message in item.message


def test_page_without_article_is_bad_input_alone(tmp_path: Path) -> None:
    """In a folder, the page with no article fails and the good page is read."""
    shutil.copy(TR_PAGE, tmp_path / "good.html")
    shutil.copy(PAGES / "no_article.html", tmp_path / "empty.html")
    bad, good = iter_articles([str(tmp_path)])
    assert isinstance(bad, BadInput)
    assert "No article text found" in bad.message
    assert isinstance(good, Article)


@pytest.fixture
def env(provider_env: Path) -> Path:
    """The command pointed at the provider (or the cassette) with a fresh cache."""
    return provider_env


@pytest.mark.vcr
def test_cli_extracts_a_folder_of_pages(env: Path, tmp_path: Path) -> None:
    """`visitx extract folder/` with a page and a page without article: one record, one error."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(TR_PAGE, folder / "good.html")
    shutil.copy(PAGES / "no_article.html", folder / "empty.html")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    failed, record = (json.loads(line) for line in out.read_text("utf-8").splitlines())
    assert failed["error"]["type"] == "InputError"
    assert "No article text found" in failed["error"]["message"]
    article = record["article"]
    text = load_article("p01_tr_page")[0]
    assert (article["text"], article["title"], article["published"], article["language"]) == (
        text,
        "Özbek heyeti Konya OSB'yi ziyaret etti",
        "2024-11-22",
        "tr",
    )
    assert [(v["type"], v["status"]) for v in record["visits"]] == [
        ("visit", "occurred"),
        ("visit", "invited"),
    ]
    for visit in record["visits"]:
        for span in visit["evidence"] + [p["name"] for p in visit["participants"]]:
            assert text[span["start"] : span["end"]] == span["text"]


@pytest.fixture
def pdf_server() -> Iterator[PageSite]:
    with PageSite({"/page": (200, {"content-type": "application/pdf"}, b"%PDF-1.7")}) as site:
        yield site


@pytest.fixture
def page_server() -> Iterator[PageSite]:
    page = (200, {"content-type": "text/html; charset=utf-8"}, TR_PAGE.read_bytes())
    with PageSite({"/page": page}) as site:
        yield site


def test_url_argument_is_fetched(page_server: PageSite) -> None:
    """A URL given as input is fetched and read; its id and url are the address."""
    (article,) = iter_articles([page_server.url("/page")])
    assert isinstance(article, Article)
    assert (article.id, article.url) == (page_server.url("/page"), page_server.url("/page"))
    assert article.text == read_html(TR_PAGE.read_bytes()).text


def test_cli_url_that_is_not_html_fails_alone(env: Path, pdf_server: PageSite) -> None:
    """`visitx extract URL` on a PDF writes one error record and exits 0, no traceback."""
    result = CliRunner().invoke(main, ["extract", pdf_server.url("/page")])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["error"]["type"] == "InputError"
    assert "not an HTML page (content-type application/pdf)" in record["error"]["message"]
    assert "Traceback" not in result.output


def test_huge_page_file_is_bad_input_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page file over the size limit fails alone, with the sizes in the message."""
    import visitx.io.pages

    monkeypatch.setattr(visitx.io.pages, "DEFAULT_MAX_BYTES", 1000)
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * 2000 + b"</p>")
    (item,) = iter_articles([str(tmp_path / "big.html")])
    assert isinstance(item, BadInput)
    assert "2,007 bytes, more than the 1,000" in item.message
