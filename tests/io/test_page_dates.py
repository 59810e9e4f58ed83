"""Publication dates of pages, cross-checked between URL, metadata and dateline (issue 22).

The pages are `tests/fixtures/pages/dates/` (written for visitx by `make_pages.py` there);
each case's date is the one a reader of the page would name, decided when it was written.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from visitx import read_html
from visitx.io.dateline import dateline
from visitx.io.pagedate import cross_checked, url_date

from conftest import ROOT

DATES = ROOT / "tests" / "fixtures" / "pages" / "dates"
SPEC = json.loads((DATES / "cases.json").read_text(encoding="utf-8"))
READ_ON = dt.date.fromisoformat(SPEC["read_on"])


@pytest.mark.parametrize("case", SPEC["cases"], ids=lambda case: case["file"])
def test_page_date_is_the_one_a_reader_names(case: dict[str, str | None]) -> None:
    """Each evaluation page gets its hand-decided publication date, or None."""
    html = (DATES / str(case["file"])).read_bytes()
    assert read_html(html, url=case["url"], today=READ_ON).published == case["published"]


def test_page_read_earlier_takes_no_later_date() -> None:
    """Read on a day before its metadata date, a page gets no date rather than a future one."""
    html = (DATES / "en_meta_only.html").read_bytes()
    url = "https://news.example/business/veloria-port-visit"
    assert read_html(html, url=url, today=dt.date(2024, 3, 1)).published is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/2024/03/05/visit", (dt.date(2024, 3, 5), None)),
        ("https://a.example/news/2024-03-05-visit.html", (dt.date(2024, 3, 5), None)),
        ("https://a.example/artikel-20240305-visit", (dt.date(2024, 3, 5), None)),
        ("https://a.example/2024/03/visit", (None, "2024-03")),
        ("https://a.example/2024/visit", (None, "2024")),
        ("https://a.example/visit?id=20240305", (None, None)),
        ("https://a.example/2024/13/45/visit", (None, "2024")),
    ],
)
def test_url_date(url: str, expected: tuple[dt.date | None, str | None]) -> None:
    """A URL's path gives a full date, a year-month or a year prefix; the query does not."""
    assert url_date(url) == expected


def test_dateline_is_a_short_first_line() -> None:
    """A short opening line with a full date is the dateline; a date in a sentence is not."""
    assert dateline("12 March 2024\nThe delegation arrived.", "en") == dt.date(2024, 3, 12)
    long_first = (
        "The delegation that arrived on 12 March 2024 met the minister, the governor and "
        "the heads of the chamber of commerce.\nMore text."
    )
    assert dateline(long_first, "en") is None


def test_metadata_later_than_the_dateline_is_a_modification() -> None:
    """Metadata after the dateline loses to the dateline (an update time)."""
    found = cross_checked(
        url=None,
        meta="2024-07-02",
        text="28. Juni 2024\nText.",
        language="de",
        extensive=lambda: None,
        today=READ_ON,
    )
    assert found == "2024-06-28"


def test_extensive_guess_outside_the_urls_month_is_refused() -> None:
    """The extensive search's date is not taken when the URL says another month."""
    found = cross_checked(
        url="https://a.example/2024/05/visit",
        meta=None,
        text="Text.",
        language="en",
        extensive=lambda: "2024-06-02",
        today=READ_ON,
    )
    assert found is None


def test_extensive_search_runs_only_when_needed() -> None:
    """With a metadata date that fits, the extensive search is never called."""

    def extensive() -> str | None:
        raise AssertionError("the extensive search ran")

    found = cross_checked(
        url=None,
        meta="2024-05-03",
        text="Text.",
        language="en",
        extensive=extensive,
        today=READ_ON,
    )
    assert found == "2024-05-03"


def test_date_a_day_ahead_is_allowed_for_time_zones() -> None:
    """A page dated the day after the read day (a time zone ahead) keeps its date."""
    found = cross_checked(
        url=None,
        meta="2024-06-19",
        text="Text.",
        language="ja",
        extensive=lambda: None,
        today=dt.date(2024, 6, 18),
    )
    assert found == "2024-06-19"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # bench/probe_pages.py's Russian dateline: the paragraph runs on after "года."
        (
            "ТАШКЕНТ, 5 марта 2024 года. Делегация Свердловской области во главе с "
            "губернатором прибыла в Ташкент с официальным визитом.",
            "ru",
            dt.date(2024, 3, 5),
        ),
        (
            "PARIS, 5 mars 2024. Le ministre est arrivé mardi à Rabat pour une visite "
            "officielle de deux jours avec une délégation d'entrepreneurs.",
            "fr",
            dt.date(2024, 3, 5),
        ),
        (
            "BERLIN, 5. März 2024. Der Bundeskanzler ist am Dienstag zu einem "
            "zweitägigen Besuch in Lissabon eingetroffen und traf den Premier.",
            "de",
            dt.date(2024, 3, 5),
        ),
        # not a wire dateline: the place is not in capitals, or there is no place
        (
            "Paris, 5 mars 2024. Le ministre est arrivé mardi à Rabat pour une visite "
            "officielle de deux jours avec une délégation d'entrepreneurs.",
            "fr",
            None,
        ),
        (
            "The talks were held on 5 March 2024. Both sides agreed to set up a joint "
            "working group on energy and trade, officials said on Tuesday.",
            "en",
            None,
        ),
    ],
)
def test_wire_dateline_closed_by_a_full_stop(
    text: str, language: str, expected: dt.date | None
) -> None:
    """An upper-case place, a comma and a full date closed by a full stop open the article."""
    assert dateline(text, language) == expected


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # bench/probe_pages.py's byline lines (written for it); main took the update's day
        ("Updated April 12, 2024 | First published March 5, 2024", "en"),
        ("05.03.2024 10:30 | Güncelleme: 06.03.2024 11:00", "tr"),
        ("5 марта 2024, 10:30 Обновлено 12 апреля 2024", "ru"),
        ("Actualizado 12/04/2024 - 09:00 | Publicado 05/03/2024 - 10:30", "es"),
        ("Publié le 5 mars 2024 à 10h30, mis à jour le 12 avril 2024", "fr"),
        ("입력 2024.03.05 10:30 수정 2024.04.12 09:00", "ko"),
    ],
)
def test_update_stamp_on_the_date_line_is_not_the_publication(line: str, language: str) -> None:
    """A date line naming an update gives the other date: 5 March 2024, not 12 April."""
    assert dateline(f"{line}\nThe delegation arrived.", language) == dt.date(2024, 3, 5)


def test_update_stamp_alone_gives_no_dateline() -> None:
    """A date line with only "Last updated: April 12, 2024": no dateline (metadata may give one)."""
    assert dateline("Last updated: April 12, 2024\nThe delegation arrived.", "en") is None
