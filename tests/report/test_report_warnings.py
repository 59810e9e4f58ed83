"""The batch report shows what each row's values do not rest on: its warnings.

A visits row shows its record's warnings about that visit (`visits[N]...`, N the
visit's number in the draft); an events row shows the event's own warnings (uncoded or
undated reports), under the summary. A "with warnings only" checkbox filters the rows;
the CSV download has them as a last column (checked in Chromium by
tests/report/browser/check_report.py).
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from visitx.core.models import Article, Codes, Extraction, Meta, Participant, Span, Visit
from visitx.report.page import render_report

pytest.importorskip("html5lib")

TEXT = "President Alpha of France visited Berlin on Monday. Minister Beta met Gamma in Rome."


def _span(part: str) -> Span:
    start = TEXT.index(part)
    return Span(text=part, start=start, end=start + len(part), match="exact")


def _visit(number: int, name: str, evidence: str, *, cameo: list[str]) -> Visit:
    return Visit(
        id=f"000000000000-{number}",
        type="visit",
        status="occurred",
        summary=f"{name} travelled.",
        participants=[Participant(role="visitor", kind="person", name=_span(name), country="FRA")],
        evidence=[_span(evidence)],
        codes=Codes(cameo=cameo),
    )


def _record() -> Extraction:
    """Two visits; the draft's visits[1] was dropped, so the second visit is number 2."""
    return Extraction(
        article=Article(id=Article.id_for(TEXT), text=TEXT, language="en"),
        visits=[
            _visit(
                0,
                "President Alpha",
                "President Alpha of France visited Berlin on Monday.",
                cameo=["042"],
            ),
            _visit(2, "Minister Beta", "Minister Beta met Gamma in Rome.", cameo=[]),
        ],
        meta=Meta(
            warnings=[
                "visits[1]: no participant is named in the article; the visit is dropped",
                "visits[2]: the summary is not a sentence of the article; no CAMEO/PLOVER codes",
                "visits[20].date: not in the article",
            ]
        ),
    )


def _rows(**options: bool) -> list[BeautifulSoup]:
    page = BeautifulSoup(render_report([_record()], **options), "html5lib")
    return list(page.select("#vx-visits tbody tr"))


def test_warnings_about_a_visit_follow_its_draft_number() -> None:
    """visits[2]'s warning belongs to the visit with id suffix 2, not to visits[20] or [1]."""
    record = _record()
    assert record.warnings_about(record.visits[0]) == []
    assert record.warnings_about(record.visits[1]) == [
        "visits[2]: the summary is not a sentence of the article; no CAMEO/PLOVER codes"
    ]


def test_visit_rows_show_their_own_warnings() -> None:
    first, second = _rows()
    assert first["data-warnings"] == "0"
    assert first["data-warning-text"] == ""
    assert first.select_one("details.vx-warnings") is None
    assert second["data-warnings"] == "1"
    details = second.select_one("td.vx-summary details.vx-warnings")
    assert details.select_one("summary").get_text() == "⚠ 1 warning"
    assert [li.get_text() for li in details.select("li")] == [
        "visits[2]: the summary is not a sentence of the article; no CAMEO/PLOVER codes"
    ]
    assert second["data-warning-text"] == (
        "visits[2]: the summary is not a sentence of the article; no CAMEO/PLOVER codes"
    )


def test_event_rows_show_the_events_warnings() -> None:
    """The uncoded report's event says it has no codes; the coded one has no warning."""
    rows = _rows(events=True)
    assert len(rows) == 2
    by_visitor = {r.select("td")[4].get_text(" ", strip=True): r for r in rows}
    coded = next(r for k, r in by_visitor.items() if "Alpha" in k)
    uncoded = next(r for k, r in by_visitor.items() if "Beta" in k)
    assert coded["data-warnings"] == "0"
    assert uncoded["data-warnings"] == "1"
    (warning,) = [li.get_text() for li in uncoded.select("details.vx-warnings li")]
    assert warning.startswith("no report of this event is coded (1 of 1:")
    assert warning.endswith("no CAMEO/PLOVER codes")


def test_report_has_a_with_warnings_filter() -> None:
    page = BeautifulSoup(render_report([_record()]), "html5lib")
    assert page.select_one("input#filter-warnings[type=checkbox]") is not None
