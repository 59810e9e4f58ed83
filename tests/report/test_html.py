"""Tests for the HTML views: the notebook view (`_html`), the report (`_report`), the charts.

Records come from the seed articles' reference drafts through `build_visits`, so the
offsets are the ones visitx really computes; a few tests build a small synthetic record
where no seed has the feature under test (crossing spans, markup in the text, a value
that was not found). The HTML is parsed with html5lib, as a browser would.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from click.testing import CliRunner

from visitx.cli.report import report_command
from visitx.core.errors import InputError
from visitx.core.models import Article, ErrorInfo, Extraction, Participant, Span, Visit
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.report.notebook import render_extraction_html, text_direction
from visitx.report.page import load_jsonl, render_report, write_report
from visitx.report.plots import country_pair_counts, plot_country_pairs, visits_per_month

from conftest import ARTICLES, load_article

html5lib = pytest.importorskip("html5lib")

PERSIAN = "003_b26aa6423f84ab65"
TURKISH = "002_5ba9e0a129f5893f"  # four visits, a signed protocol, two dates
GERMAN = "004_9cac97c1ccfe093a"
SEEDS = [
    "000_3eacb9a9611f4138",
    "001_9f738e0873a21075",
    TURKISH,
    PERSIAN,
    GERMAN,
]


def seed(stem: str) -> Extraction:
    """The record of a seed article, built from its reference draft (no model call)."""
    text, entry = load_article(stem)
    draft = Draft.model_validate_json((ARTICLES / "drafts" / f"{stem}.json").read_text("utf-8"))
    article = Article(
        id=Article.id_for(text), text=text, language=entry["language"], published=None
    )
    visits, _ = build_visits(draft, article)
    return Extraction(article=article, visits=visits)


def soup_of(markup: str) -> BeautifulSoup:
    return BeautifulSoup(markup, "html5lib")


def article_block(markup: str) -> Tag:
    block = soup_of(markup).select_one(".vx-article")
    assert block is not None
    return block


def located(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(text=part, start=start, end=start + len(part), match="exact")


def synthetic(text: str, evidence: Span, *names: Span, language: str | None = "en") -> Extraction:
    """A one-visit record over `text` with the given evidence and visitor names."""
    visit = Visit(
        id="000000000000-0",
        type="visit",
        status="occurred",
        summary="A test visit.",
        participants=[
            Participant(role="visitor", kind="person", name=n, name_en="Someone", country="FRA")
            for n in names
        ],
        evidence=[evidence],
    )
    article = Article(id=Article.id_for(text), text=text, language=language)
    return Extraction(article=article, visits=[visit])


@pytest.fixture(scope="module")
def persian() -> Extraction:
    return seed(PERSIAN)


@pytest.fixture(scope="module")
def turkish() -> Extraction:
    return seed(TURKISH)


@pytest.fixture(scope="module")
def seeds() -> list[Extraction]:
    return [seed(stem) for stem in SEEDS]


# --- the notebook view ------------------------------------------------------------------


def test_persian_visitor_name_is_highlighted_at_its_offsets(persian: Extraction) -> None:
    """The visitor's name mark holds exactly article.text[start:end] of the name span."""
    name = persian.visits[0].participants[0].name
    block = article_block(render_extraction_html(persian))
    mark = block.find("mark", attrs={"data-start": str(name.start), "data-end": str(name.end)})
    assert mark is not None
    assert mark.get_text() == persian.article.text[name.start : name.end] == "ایگور بابوشکین"


def test_persian_date_is_highlighted_at_its_offsets(persian: Extraction) -> None:
    """The date mark holds exactly the date span's characters of the article."""
    date = persian.visits[0].date
    assert date is not None
    assert date.text is not None
    block = article_block(render_extraction_html(persian))
    mark = block.find("mark", attrs={"data-field": "date"})
    assert mark is not None
    assert (int(mark["data-start"]), int(mark["data-end"])) == (date.text.start, date.text.end)
    assert mark.get_text() == "۱۸ فروردین ماه ۱۴۰۲"


@pytest.mark.parametrize("stem", SEEDS)
def test_every_mark_holds_its_own_characters(stem: str) -> None:
    """Every highlighted element's text equals the article's characters at its offsets."""
    ex = seed(stem)
    block = article_block(render_extraction_html(ex))
    marks = block.select("[data-start]")
    assert marks
    for mark in marks:
        start, end = int(mark["data-start"]), int(mark["data-end"])
        assert mark.get_text() == ex.article.text[start:end]


def test_every_grounded_field_is_highlighted(turkish: Extraction) -> None:
    """Each grounded span of each visit has an element with its offsets and visit number."""
    block = article_block(render_extraction_html(turkish))
    for i, visit in enumerate(turkish.visits):
        spans = [*visit.evidence, *(a.text for a in visit.agreements)]
        spans += [p.name for p in visit.participants]
        spans += [visit.location.name] if visit.location else []
        spans += [visit.date.text] if visit.date and visit.date.text else []
        for span in spans:
            attrs = {"data-start": str(span.start), "data-end": str(span.end)}
            found = block.find_all(attrs=attrs)
            assert any(str(i + 1) in el["data-visit"].split() for el in found), span.text


@pytest.mark.parametrize("stem", SEEDS)
def test_article_text_is_kept_exactly(stem: str) -> None:
    """The article block's text is the article text: nothing lost or doubled by marks."""
    ex = seed(stem)
    assert article_block(render_extraction_html(ex)).get_text() == ex.article.text


def test_persian_article_is_right_to_left(persian: Extraction) -> None:
    """A Persian article block has dir="rtl" and its language tag."""
    block = article_block(render_extraction_html(persian))
    assert block["dir"] == "rtl"
    assert block["lang"] == "fa"


@pytest.mark.parametrize("stem", [TURKISH, GERMAN])
def test_latin_script_articles_are_left_to_right(stem: str) -> None:
    """Turkish and German article blocks are not laid out right to left."""
    assert article_block(render_extraction_html(seed(stem)))["dir"] == "ltr"


def test_direction_is_read_from_the_script_without_a_language(persian: Extraction) -> None:
    """With no language, an article in Arabic script is detected as right to left."""
    assert text_direction(None, persian.article.text) == "rtl"
    assert text_direction(None, "Der Vorsitzende traf den Minister.") == "ltr"
    assert text_direction("ku-Arab") == "rtl"


def test_card_fields_use_automatic_direction(persian: Extraction) -> None:
    """Original-script values in the cards carry dir="auto"."""
    cards = soup_of(render_extraction_html(persian)).select_one(".vx-cards")
    assert cards is not None
    quoted = cards.select(".vx-q")
    assert quoted
    assert all(q.get("dir") == "auto" for q in quoted)


def test_hover_label_names_the_field(persian: Extraction) -> None:
    """A name's title attribute tells the visit, role, English name and country."""
    block = article_block(render_extraction_html(persian))
    mark = block.find("mark", string="ایگور بابوشکین")
    assert mark is not None
    assert mark["title"] == "visit 1 · visitor name · Igor Babushkin · RUS"


def test_fields_with_one_range_share_one_element(persian: Extraction) -> None:
    """A name that is also the title (same offsets) is one element listing both fields."""
    visitor = persian.visits[1].participants[0]
    assert visitor.title is not None
    assert (visitor.name.start, visitor.name.end) == (visitor.title.start, visitor.title.end)
    block = article_block(render_extraction_html(persian))
    marks = block.find_all(
        "mark", attrs={"data-start": str(visitor.name.start), "data-end": str(visitor.name.end)}
    )
    assert len(marks) == 1
    assert marks[0]["title"].splitlines() == [
        "visit 2 · visitor name · Governor of Gilan · IRN",
        "visit 2 · visitor title · Governor of Gilan",
    ]


def test_fields_nest_inside_evidence(persian: Extraction) -> None:
    """A field inside an evidence sentence is a mark nested in the evidence element."""
    block = article_block(render_extraction_html(persian))
    mark = block.find("mark", string="ایگور بابوشکین")
    assert mark is not None
    assert mark.find_parent(class_="vx-ev") is not None


def test_crossing_spans_are_split_without_losing_text() -> None:
    """Two spans that cross become well-nested fragments; the text stays whole."""
    text = "alpha beta gamma delta"
    ex = synthetic(text, located(text, "alpha beta"), located(text, "beta gamma"))
    markup = render_extraction_html(ex)
    html5lib.HTMLParser(strict=True).parseFragment(markup)
    block = article_block(markup)
    assert block.get_text() == text
    pieces = block.find_all("mark", attrs={"data-start": "6", "data-end": "16"})
    assert "".join(p.get_text() for p in pieces) == "beta gamma"


def test_markup_in_the_article_is_escaped() -> None:
    """<script>, {{ }} and quotes in an article are shown as text, never run or parsed."""
    text = 'Er sagte: "<script>alert(1)</script> {{ x }}" & ging.'
    name = located(text, '"<script>alert(1)</script>')
    ex = synthetic(text, located(text, text), name, language="de")
    markup = render_extraction_html(ex)
    soup = soup_of(markup)
    assert soup.find("script") is None
    assert article_block(markup).get_text() == text
    assert "{{ x }}" in markup
    cards = soup.select_one(".vx-cards")
    assert cards is not None
    assert '"<script>alert(1)</script>' in cards.get_text()


def test_carriage_returns_survive_parsing() -> None:
    """CRLF line breaks come back as CRLF, not as the LF a parser would make of them."""
    text = "First line.\r\nSecond line met the minister.\r\n"
    ex = synthetic(text, located(text, "Second line met the minister."))
    assert article_block(render_extraction_html(ex)).get_text() == text


def test_ungrounded_value_is_marked_in_the_card() -> None:
    """A value that was not found is outlined and labelled in its card, not highlighted."""
    text = "The minister met the delegation."
    ex = synthetic(text, located(text, text), Span(text="Jean Absent"))
    soup = soup_of(render_extraction_html(ex))
    flagged = soup.select(".vx-cards .vx-ungrounded")
    assert [f.get_text() for f in flagged] == ["Jean Absent"]
    assert "not found in article" in soup.select_one(".vx-cards").get_text()
    assert not article_block(str(soup)).find("mark")


def test_card_summarises_the_visit(persian: Extraction) -> None:
    """The card shows names, countries, date with calendar, codes and grounding."""
    card = soup_of(render_extraction_html(persian)).select_one(".vx-card")
    assert card is not None
    words = card.get_text(" ")
    for expected in (
        "Igor Babushkin", "RUS → IRN", "2023-04-07", "jalali", "Rasht",
        "CAMEO 042, 043", "PLOVER CONSULT / visit", "grounded", "transport_logistics",
    ):  # fmt: skip
        assert expected in words


def test_failed_extraction_shows_its_error() -> None:
    """An extraction with an error shows the error type and message."""
    ex = Extraction(
        article=Article(id=Article.id_for("x"), text="x"),
        error=ErrorInfo(type="ProviderError", message="HTTP <503>"),
    )
    error = soup_of(render_extraction_html(ex)).select_one(".vx-error")
    assert error is not None
    assert "ProviderError" in error.get_text()
    assert "HTTP <503>" in error.get_text()


def test_style_can_be_left_out(persian: Extraction) -> None:
    """include_style=False gives the fragment without its <style> block."""
    assert "<style>" in render_extraction_html(persian)
    assert "<style>" not in render_extraction_html(persian, include_style=False)


# --- the report -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def batch(seeds: list[Extraction]) -> list[Extraction]:
    failed = Extraction(
        article=Article(id=Article.id_for("never answered"), text="never answered"),
        error=ErrorInfo(type="ProviderError", message="The provider answered HTTP 503."),
    )
    return [*seeds, failed]


@pytest.fixture(scope="module")
def report(batch: list[Extraction]) -> BeautifulSoup:
    return soup_of(render_report(batch, title="Seeds <&>"))


def test_report_is_valid_html5(batch: list[Extraction]) -> None:
    """The report parses with html5lib in strict mode (no parse error at all)."""
    html5lib.HTMLParser(strict=True).parse(render_report(batch))


def test_report_has_one_row_per_visit(report: BeautifulSoup, seeds: list[Extraction]) -> None:
    """The visit table has one body row per visit of the successful articles."""
    rows = report.select("#vx-visits tbody tr")
    assert len(rows) == sum(len(ex.visits) for ex in seeds) == 9


def test_report_table_headers_are_sortable(report: BeautifulSoup) -> None:
    """Every column header is a button, for the inline sorting script, named in data-name."""
    heads = report.select("#vx-visits thead th")
    assert all(th.select_one("button") is not None for th in heads)
    assert [th["data-name"] for th in heads] == [
        "article", "language", "date", "type / status", "visitors", "hosts", "location",
        "agreements", "CAMEO", "sources", "international", "summary",
    ]  # fmt: skip


def test_short_headers_carry_the_full_name(report: BeautifulSoup) -> None:
    """Shortened headers name their column in full in a tooltip."""
    short = {
        th.get_text(): th["title"] for th in report.select("#vx-visits thead th") if th.get("title")
    }
    assert short == {
        "lang.": "language", "type": "type / status", "src.": "sources", "intl.": "international"
    }


def test_report_loads_nothing_from_the_network(report: BeautifulSoup) -> None:
    """No src, no external href, no url() or @import: the file works offline."""
    assert not report.find_all(["img", "link", "iframe", "object", "embed", "video", "audio"])
    for tag in report.find_all(True):
        assert "src" not in tag.attrs
        assert tag.get("href", "#").startswith("#")
    for block in report.find_all(["style", "script"]):
        assert not re.search(r"url\(|@import|https?://", block.get_text())


def test_report_has_filters(report: BeautifulSoup) -> None:
    """Country, language and status select boxes list the values in the table."""
    for name, value in (("country", "RUS"), ("language", "fa"), ("status", "invited")):
        select = report.select_one(f"select#filter-{name}")
        assert select is not None
        assert value in [o["value"] for o in select.find_all("option")]


def test_report_rows_link_to_article_sections(report: BeautifulSoup) -> None:
    """Each row links to a collapsible section holding that article's highlighted view."""
    for row in report.select("#vx-visits tbody tr"):
        target = row.select_one("a")["href"].removeprefix("#")
        section = report.find(id=target)
        assert section is not None
        assert section.name == "details"
        assert section.select_one(".vx-article") is not None
    persian_rows = report.select('#vx-visits tbody tr[data-language="fa"]')
    section = report.find(id=persian_rows[0].select_one("a")["href"][1:])
    assert section.select_one('.vx-article[dir="rtl"]') is not None


def test_report_links_resolve_to_unique_ids(report: BeautifulSoup) -> None:
    """Element ids are unique and every in-page link points to one of them."""
    ids = [tag["id"] for tag in report.find_all(id=True)]
    assert len(ids) == len(set(ids))
    targets = {a["href"][1:] for a in report.find_all("a", href=True)}
    assert targets
    assert targets <= set(ids)


def test_report_lists_failed_articles(report: BeautifulSoup) -> None:
    """A failed article appears with its id, error type and message."""
    failed = report.select_one("#failed").get_text(" ")
    assert Article.id_for("never answered") in failed
    assert "ProviderError" in failed
    assert "The provider answered HTTP 503." in failed


def test_report_has_inline_charts(report: BeautifulSoup) -> None:
    """The overview holds map, timeline, matrix, months and pairs; the pairs name RUS → IRN."""
    charts = report.select("#plots svg")
    assert [c["aria-label"] for c in charts] == [
        "Where the visits took place",
        "Timeline",
        "Who visited whom: visitor country (row) → host country (column)",
        "Visits per year",  # the seed articles span over four years
        "Top 6 country pairs (visitor → host)",
    ]
    assert "RUS → IRN" in charts[4].get_text()


def test_report_title_is_escaped(report: BeautifulSoup) -> None:
    """The title given is shown as text."""
    assert report.title is not None
    assert report.title.get_text() == "Seeds <&>"


def test_write_report_writes_the_file(batch: list[Extraction], tmp_path: Path) -> None:
    """write_report writes one UTF-8 HTML file and returns its path."""
    out = write_report(batch, tmp_path / "r.html")
    assert out == tmp_path / "r.html"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- charts -----------------------------------------------------------------------------


def _dated(start: str | None) -> Extraction:
    from visitx.core.models import DateValue

    text = "They met."
    ex = synthetic(text, located(text, text))
    ex.visits[0].date = DateValue(start=start, end=start) if start else None
    return ex


def test_visits_per_month_fills_empty_months() -> None:
    """Months between the first and last dated visit appear with zero; undated are counted."""
    data, undated = visits_per_month([_dated("2024-01-05"), _dated("2024-03-02"), _dated(None)])
    assert data == [("2024-01", 1), ("2024-02", 0), ("2024-03", 1)]
    assert undated == 1


def test_country_pairs_count_each_visit_once(seeds: list[Extraction]) -> None:
    """Visitor → host pairs are counted once per visit; the Persian seed gives both ways."""
    pairs = country_pair_counts(seeds)
    assert pairs["RUS → IRN"] == 1
    assert pairs["IRN → RUS"] == 1


def test_chart_displays_in_jupyter(seeds: list[Extraction]) -> None:
    """A chart's _repr_svg_ is a standalone SVG document."""
    svg = plot_country_pairs(seeds, top=3)._repr_svg_()
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"')
    assert svg.count("<rect") == 3


# --- load_jsonl and the command ---------------------------------------------------------


def _jsonl(path: Path, items: list[Extraction], extra: str = "") -> Path:
    path.write_text(
        "\n\n".join(ex.model_dump_json() for ex in items) + "\n" + extra, encoding="utf-8"
    )
    return path


def test_load_jsonl_round_trips(batch: list[Extraction], tmp_path: Path) -> None:
    """A results file reads back as the same extractions, blank lines skipped."""
    assert load_jsonl(_jsonl(tmp_path / "r.jsonl", batch)) == batch


def test_load_jsonl_names_the_bad_line(seeds: list[Extraction], tmp_path: Path) -> None:
    """A line that is not an Extraction raises InputError naming its line (blanks count)."""
    path = _jsonl(tmp_path / "r.jsonl", seeds[:2], extra=json.dumps({"visits": []}))
    with pytest.raises(InputError, match=r"r\.jsonl:4 is not a visitx record: article: "):
        load_jsonl(path)


def test_report_command_writes_the_report(batch: list[Extraction], tmp_path: Path) -> None:
    """`visitx report a.jsonl b.jsonl -o x.html` writes the file and prints the counts."""
    first = _jsonl(tmp_path / "a.jsonl", batch[:3])
    second = _jsonl(tmp_path / "b.jsonl", batch[3:])
    out = tmp_path / "x.html"
    result = CliRunner().invoke(
        report_command, [str(first), str(second), "-o", str(out), "--title", "Seeds"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == f"Wrote {out}: 6 article(s) (1 failed), 9 visit(s).\n"
    assert "<title>Seeds</title>" in out.read_text(encoding="utf-8")


def test_report_command_reports_a_bad_file_in_one_line(tmp_path: Path) -> None:
    """A bad input line ends the command with one clear error line and exit code 3 (input)."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(report_command, [str(bad), "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 3
    assert result.output.startswith(f"Error: {bad}:1 is not a visitx record")
    assert result.output.count("\n") == 1
    assert not (tmp_path / "x.html").exists()


def test_report_command_reports_a_missing_file(tmp_path: Path) -> None:
    """A results file that does not exist is one error line, not a traceback."""
    missing = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(report_command, [str(missing)])
    assert result.exit_code == 3
    assert result.output.startswith(f"Error: Cannot read {missing}")
    assert result.output.count("\n") == 1


# --- the report: events, map, filters ---------------------------------------------------


def _cluster_report(**options: bool) -> BeautifulSoup:
    from conftest import cluster_records

    return soup_of(render_report(cluster_records(), **options))


def test_report_of_events_has_one_row_per_event() -> None:
    """With events=True the 7 cluster articles give 5 rows, one showing 3 sources."""
    page = _cluster_report(events=True)
    rows = page.select("#vx-visits tbody tr")
    assert len(rows) == 5
    sources = sorted(int(r.select("td")[9].get_text()) for r in rows)
    assert sources == [1, 1, 1, 1, 3]
    assert "5 events" in page.select_one("#vx-count").get_text()


def test_report_rows_show_names_with_titles() -> None:
    """The visitors cell names the visitor with the title and country code."""
    page = _cluster_report()
    cell = page.select("#vx-visits tbody tr")[0].select("td")[4].get_text(" ")
    assert "Shavkat Rahimov" in cell
    assert "Governor of Namangan" in cell
    assert "[UZB]" in cell


def test_report_map_draws_the_geocoded_places() -> None:
    """The map has the land outline and one circle per GeoNames city (Gaziantep, Ankara)."""
    page = _cluster_report()
    svg = page.select_one('#plots svg[aria-label="Where the visits took place"]')
    assert svg is not None
    assert len(svg.select_one("path.vx-land")["d"]) > 10_000
    places = {c["data-geonames"]: c.get_text() for c in svg.select("circle.vx-place")}
    assert set(places) == {"314830", "323786"}
    assert places["314830"] == "Gaziantep: 6"


def test_report_international_only_leaves_domestic_rows_out(
    batch: list[Extraction],
) -> None:
    """international_only drops the seed's TUR-only chamber visits from the table."""
    every = soup_of(render_report(batch)).select("#vx-visits tbody tr")
    abroad = soup_of(render_report(batch, international_only=True)).select("#vx-visits tbody tr")
    domestic = [r for r in every if r["data-international"] == "0"]
    assert domestic
    assert len(abroad) == len(every) - len(domestic)


def test_report_has_search_date_range_and_csv_controls() -> None:
    """Search box, type filter, date range, international checkbox and CSV button exist."""
    page = _cluster_report()
    for selector in (
        "input#filter-search",
        "select#filter-type",
        "input#filter-from[type=date]",
        "input#filter-to[type=date]",
        "input#filter-international[type=checkbox]",
        "button#vx-csv",
    ):
        assert page.select_one(selector) is not None, selector


def test_report_command_writes_events(tmp_path: Path) -> None:
    """`visitx report --events --international-only` writes one row per event."""
    from conftest import cluster_records

    results = tmp_path / "r.jsonl"
    results.write_text(
        "".join(r.model_dump_json() + "\n" for r in cluster_records()), encoding="utf-8"
    )
    out = tmp_path / "events.html"
    run = CliRunner().invoke(
        report_command, [str(results), "-o", str(out), "--events", "--international-only"]
    )
    assert run.exit_code == 0, run.output
    page = soup_of(out.read_text(encoding="utf-8"))
    assert len(page.select("#vx-visits tbody tr[data-event]")) == 5


def test_report_survives_a_date_that_is_not_a_date() -> None:
    """A record whose date.start is not YYYY-MM-DD renders; the row shows the date as written."""
    from visitx.core.models import DateValue

    text = "They met on the thirty-first of February."
    ex = synthetic(text, located(text, text))
    ex.visits[0].date = DateValue(
        text=located(text, "the thirty-first of February"), start="2024-02-31", end="2024-02-31"
    )
    row = soup_of(render_report([ex])).select_one("#vx-visits tbody tr")
    assert row is not None
    assert row["data-start"] == ""
    assert row.select("td")[2].get_text() == "the thirty-first of February"
