"""The report's map, timeline and country-pair matrix, and the pairwise matching rule."""

from __future__ import annotations

import datetime as dt

import pytest

from visitx import Event, Extraction, events
from visitx.analysis.matching import dates_agree, features, match
from visitx.core.models import DateValue, Precision, Visit
from visitx.report.figures import plot_map, plot_matrix, plot_timeline, world_path
from visitx.report.plots import plot_visits_per_month

from conftest import cluster_records


@pytest.fixture(scope="module")
def records() -> list[Extraction]:
    return cluster_records()


@pytest.fixture(scope="module")
def found(records: list[Extraction]) -> list[Event]:
    return events(records)


def _dated(visit: Visit, start: str, end: str, precision: Precision = "day") -> Visit:
    date = DateValue(start=start, end=end, precision=precision)
    return visit.model_copy(update={"date": date})


def test_world_outline_spans_the_map() -> None:
    """The land path reaches both map edges (−180° and 180° of longitude)."""
    xs = [float(p.split(" ")[0]) for p in world_path().replace("M", "L").split("L")[1:]]
    assert min(xs) < 5
    assert max(xs) > 715


def test_map_counts_each_event_once(found: list[Event]) -> None:
    """Events: Gaziantep 4 (May visit, plan, rector, Kazakh), Ankara 1."""
    assert plot_map(found).data == [("Gaziantep", 4), ("Ankara", 1)]


def test_map_counts_mentions_for_records(records: list[Extraction]) -> None:
    """Records: Gaziantep 6 (three reports of one visit), Ankara 1."""
    assert plot_map(records).data == [("Gaziantep", 6), ("Ankara", 1)]


def test_timeline_rows_by_status(found: list[Event]) -> None:
    """Four occurred events and one planned one are on the timeline."""
    assert plot_timeline(found).data == [("occurred", 4), ("planned", 1)]


def test_matrix_cells_count_visitor_to_host(found: list[Event]) -> None:
    """UZB → TUR 4 (the May visit, its plan, the rector, July), KAZ → TUR 1."""
    assert plot_matrix(found).data == [("UZB → TUR", 4), ("KAZ → TUR", 1)]


def test_month_date_matches_a_day_inside_it(records: list[Extraction]) -> None:
    """May 2024 (month precision) and 14 May are compatible windows."""
    a = features(0, "a", "a", _dated(records[0].visits[0], "2024-05-14", "2024-05-14"))
    b = features(1, "b", "b", _dated(records[0].visits[0], "2024-05-01", "2024-05-31", "month"))
    assert dates_agree(a, b)


def test_day_dates_one_day_apart_match_two_do_not(records: list[Extraction]) -> None:
    """14 and 15 May match (one day of slack); 14 and 16 May do not."""
    base = records[0].visits[0]
    a = features(0, "a", "a", _dated(base, "2024-05-14", "2024-05-14"))
    b = features(1, "b", "b", _dated(base, "2024-05-15", "2024-05-15"))
    c = features(2, "c", "c", _dated(base, "2024-05-16", "2024-05-16"))
    assert dates_agree(a, b)
    assert not dates_agree(a, c)


def test_names_match_across_scripts(records: list[Extraction]) -> None:
    """Шавкат Рахимов (Russian) and Şavkat Rahimov (Turkish) are one person."""
    tr = records[0].visits[0]
    ru = records[2].visits[0]
    a = features(0, "tr", "tr", tr.model_copy(update={"location": None}))
    b = features(1, "ru", "ru", _dated(ru, "2024-05-14", "2024-05-14").model_copy(
        update={"location": None}
    ))  # fmt: skip
    why = match(a, b)
    assert why is not None
    assert "a person matches" in why


def test_first_reported_is_the_earliest_publication(found: list[Event]) -> None:
    """The May visit was first reported on 15 May (the Turkish article)."""
    event = next(e for e in found if e.n_sources == 3)
    assert event.first_reported == dt.date(2024, 5, 15).isoformat()


def test_timeline_axis_breaks_over_an_empty_stretch() -> None:
    """One 2014 visit before 2023-2025 ones gives two axis pieces, not one squeezed axis."""
    from visitx.report.timeline import axis_pieces

    d = dt.date
    pieces = axis_pieces([d(2014, 11, 6), d(2023, 4, 7), d(2024, 5, 2), d(2025, 2, 28)])
    assert pieces == [(d(2014, 11, 6), d(2014, 11, 6)), (d(2023, 4, 7), d(2025, 2, 28))]


def test_timeline_axis_stays_whole_without_a_long_gap() -> None:
    """Dates a few months apart keep one axis."""
    from visitx.report.timeline import axis_pieces

    d = dt.date
    assert axis_pieces([d(2024, 1, 5), d(2024, 9, 1), d(2025, 6, 1)]) == [
        (d(2024, 1, 5), d(2025, 6, 1))
    ]


def test_matrix_names_the_countries_left_out(records: list[Extraction]) -> None:
    """With room for one country, the matrix note names the other one (KAZ/UZB/TUR)."""
    figure = plot_matrix(records, top=2)
    assert figure.note == "Not shown, with fewer visits than the 2 above: KAZ."


def test_map_merges_crowded_places_and_labels_them_enlarged(records: list[Extraction]) -> None:
    """Gaziantep and Ankara (about 11 px apart on the world) share a marker "2"; enlarged,
    each has its own labelled marker."""
    svg = plot_map(records).svg
    assert svg.count('class="vx-spot"') == 1
    assert ">2</text>" in svg
    assert svg.count('class="vx-place"') == 2
    assert "Gaziantep (6)</text>" in svg
    assert "Ankara (1)</text>" in svg


def test_yearly_chart_says_why() -> None:
    """When months become years, the note says so and names the span."""
    from visitx.core.models import Article, DateValue, Visit

    def dated(start: str) -> Extraction:
        visit = Visit(id="0-0", type="visit", status="occurred", summary="x")
        visit.date = DateValue(start=start, end=start)
        return Extraction(article=Article(id="sha256:0", text="x"), visits=[visit])

    figure = plot_visits_per_month([dated("2014-11-06"), dated("2024-05-02")])
    assert figure.note == "Counted per year: the dates span 2014–2024, more than 4 years of months."
