"""visitx.events: one event per engagement, from the cluster gold articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from visitx import Event, Extraction, events
from visitx.analysis.export import to_cameo_dyads, to_frame, to_plover
from visitx.cli.main import main
from visitx.report.plots import country_pair_counts

from conftest import ARTICLES, cluster_records

GOLD = ARTICLES / "gold.jsonl"


def _by_source(found: list[Event]) -> dict[str, Event]:
    return {m.source_id or "": ev for ev in found for m in ev.mentions}


@pytest.fixture(scope="module")
def records() -> list[Extraction]:
    return cluster_records()


@pytest.fixture(scope="module")
def found(records: list[Extraction]) -> list[Event]:
    return events(records)


def test_same_visit_in_three_languages_is_one_event(found: list[Event]) -> None:
    """The Turkish, English and Russian reports of the Namangan visit make one event."""
    event = _by_source(found)["c01_tr_namangan"]
    assert sorted(m.source_id for m in event.mentions) == [
        "c01_tr_namangan",
        "c02_en_namangan",
        "c03_ru_namangan",
    ]
    assert event.n_sources == 3
    assert event.first_reported == "2024-05-15"


def test_seven_articles_give_five_events(found: list[Event]) -> None:
    """7 visits: 3 merged, the planned one and 3 near-misses apart = 5 events."""
    assert len(found) == 5


def test_most_sources_choose_the_date_and_the_rest_is_a_conflict(found: list[Event]) -> None:
    """Two sources say 14 May (day), one says May: the day wins, the month is listed."""
    event = _by_source(found)["c01_tr_namangan"]
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-05-14",
        "2024-05-14",
        "day",
    )
    assert event.conflicts["date"] == ["2024-05-14 (day)", "2024-05-01..2024-05-31 (month)"]


def test_why_names_the_fields_that_matched(found: list[Event]) -> None:
    """The merged event says which fields made it one."""
    why = _by_source(found)["c01_tr_namangan"].why
    assert "date windows overlap" in why
    assert "a person matches" in why
    assert "the place matches" in why
    assert "countries TUR/UZB" in why


def test_planned_visit_is_linked_not_merged(found: list[Event]) -> None:
    """The German announcement stays its own event, pointing at the visit it announced."""
    by = _by_source(found)
    planned, occurred = by["c04_de_planned"], by["c01_tr_namangan"]
    assert planned is not occurred
    assert planned.occurred == occurred.id
    assert occurred.planned_in == [planned.id]


def test_same_dyad_another_month_stays_apart(found: list[Event]) -> None:
    """The Uzbek minister in Ankara in July is not the May visit."""
    by = _by_source(found)
    assert by["c05_en_other_month"] is not by["c01_tr_namangan"]
    assert len(by["c05_en_other_month"].mentions) == 1


def test_same_city_same_month_another_delegation_stays_apart(found: list[Event]) -> None:
    """An Uzbek rector meeting the same governor in Gaziantep in May is another event."""
    by = _by_source(found)
    assert len(by["c06_tr_other_delegation"].mentions) == 1


def test_same_city_another_country_stays_apart(found: list[Event]) -> None:
    """The Kazakh delegation in Gaziantep the next day is another event."""
    assert len(_by_source(found)["c07_kk_same_city"].mentions) == 1


def test_grouping_is_deterministic_whatever_the_order(records: list[Extraction]) -> None:
    """Reversed input gives the same events, ids and order."""
    assert [e.id for e in events(records)] == [e.id for e in events(records[::-1])]


def test_one_article_two_visits_are_never_merged(records: list[Extraction]) -> None:
    """Two copies of a visit in one article stay two events (one article, distinct visits)."""
    source = records[0]
    twin = source.visits[0].model_copy(update={"id": source.visits[0].id[:-1] + "1"})
    doubled = source.model_copy(update={"visits": [source.visits[0], twin]})
    assert len(events([doubled])) == 2


def test_n_sources_counts_outlets(records: list[Extraction]) -> None:
    """Two articles from one host count as one source."""
    a, b = records[0], records[1]
    b = b.model_copy(
        update={"article": b.article.model_copy(update={"url": "https://haber.example.com.tr/x"})}
    )
    (event,) = events([a, b])
    assert (len(event.mentions), event.n_sources) == (2, 1)


def test_undated_visits_are_not_merged(records: list[Extraction]) -> None:
    """Without a date there is no window to compare: two reports stay apart."""
    undated = [
        r.model_copy(update={"visits": [r.visits[0].model_copy(update={"date": None})]})
        for r in records[:2]
    ]
    assert len(events(undated)) == 2


def test_failed_records_are_skipped(records: list[Extraction]) -> None:
    """A record with an error contributes no event."""
    from visitx import ErrorInfo

    broken = records[0].model_copy(update={"error": ErrorInfo(type="ProviderError", message="x")})
    assert events([broken]) == []


def test_frame_of_events_has_one_row_per_event(found: list[Event]) -> None:
    """to_frame(events): 5 rows, the Namangan visit with n_sources 3."""
    frame = to_frame(found)
    assert len(frame) == 5
    row = frame[frame["n_sources"] == 3].iloc[0]
    assert row["visitor_countries"] == ["UZB"]
    assert row["n_mentions"] == 3


def test_dyads_of_events_count_each_engagement_once(
    records: list[Extraction], found: list[Event]
) -> None:
    """UZB → TUR 042: five rows from the mentions, three from the events."""

    # Mentions: the Namangan visit three times, the planned trip (036, not 042) none, the
    # July visit and the rector's visit once each. Events: Namangan, July, rector.
    def count(rows: list[dict[str, object]]) -> int:
        return sum(
            r["source"] == "UZB" and r["target"] == "TUR" and r["cameo"] == "042" for r in rows
        )

    assert count(to_cameo_dyads(records)) == 5
    assert count(to_cameo_dyads(found)) == 3


def test_plover_of_an_event_lists_its_mentions(found: list[Event]) -> None:
    """to_plover(event): one CONSULT event whose source names the three mentions."""
    event = next(e for e in found if e.n_sources == 3)
    (row,) = to_plover(event)
    assert row["event_type"] == "CONSULT"
    assert len(row["source"]["mentions"]) == 3


def test_domestic_visits_can_be_left_out(records: list[Extraction]) -> None:
    """A TUR-only visit in Türkiye drops out of events, dyads and pair counts when asked."""
    domestic = records[0].model_copy(deep=True)
    for p in domestic.visits[0].participants:
        p.country = "TUR"
    domestic.visits[0].international = False
    assert country_pair_counts([domestic]) == {"TUR → TUR": 1}
    assert country_pair_counts([domestic], international_only=True) == {}
    assert to_cameo_dyads([domestic], international_only=True) == []
    assert events([domestic], international_only=True) == []


def test_events_command_writes_one_event_per_line(
    records: list[Extraction], tmp_path: Path
) -> None:
    """`visitx events results.jsonl -o events.jsonl` writes the 5 events."""
    results = tmp_path / "results.jsonl"
    results.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    run = CliRunner().invoke(main, ["events", str(results), "-o", str(out)])
    assert run.exit_code == 0, run.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    assert max(json.loads(line)["n_sources"] for line in lines) == 3


def test_events_command_on_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    """A results file that does not exist: exit code 3 and a one-line message."""
    run = CliRunner().invoke(main, ["events", str(tmp_path / "none.jsonl")])
    assert run.exit_code == 3
    assert "Cannot read" in run.output


def _undated_original_and_copy() -> tuple[Extraction, Extraction]:
    """Seed 001 (its visit has no date) from a.example and its syndicated copy from b.example."""
    from visitx import ArticleRecord, read_results
    from visitx.screening.copies import copy_record

    gold = {r.article.source_id: r for r in read_results(GOLD)}["001_9f738e0873a21075"]
    original = gold.model_copy(
        update={"article": gold.article.model_copy(update={"url": "https://a.example/1"})}
    )
    text = "Home | World\n" + original.article.text + "\n© Example News"
    header = ArticleRecord(id=ArticleRecord.id_for(text), text=text, url="https://b.example/2")
    return original, copy_record(original, header)


def test_an_undated_copy_is_a_mention_of_its_originals_event() -> None:
    """Undated visits never merge by rule, but a near-copy's visit joins its original's event."""
    original, copy = _undated_original_and_copy()
    assert [v.date for v in original.visits] == [None]  # the case the rule leaves apart
    found = events([original, copy])
    assert len(found) == 1
    assert sorted(m.url or "" for m in found[0].mentions) == [
        "https://a.example/1",
        "https://b.example/2",
    ]
    assert found[0].n_sources == 2


def test_grouping_leaves_the_collector_as_it_found_it(
    collector: None, records: list[Extraction]
) -> None:
    """An enabled cyclic collector is enabled again once events() has grouped the visits."""
    import gc

    assert events(records[:2])
    assert gc.isenabled()
