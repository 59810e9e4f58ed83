"""to_frame, to_plover and to_cameo_dyads on records built from the reference drafts."""

from __future__ import annotations

import re

import pytest

import visitx
from visitx import Extraction
from visitx.analysis.export import FRAME_COLUMNS
from visitx.batch.engine import failed
from visitx.core.models import Article
from visitx.record.build import build_visits
from visitx.record.draft import Draft

from conftest import ARTICLES, load_article


def record(stem: str) -> Extraction:
    """The record the reference draft of an article becomes (no model call)."""
    text, entry = load_article(stem)
    draft = Draft.model_validate_json((ARTICLES / "drafts" / f"{stem}.json").read_text("utf-8"))
    article = Article(
        id=Article.id_for(text), text=text, language=entry["language"], published=entry["published"]
    )
    visits, _ = build_visits(draft, article)
    return Extraction(article=article, visits=visits)


PERSIAN = "003_b26aa6423f84ab65"
IGDIR = "002_5ba9e0a129f5893f"


def test_frame_has_one_row_per_visit_and_failed_articles() -> None:
    """Two Persian visits, four Iğdır visits and one failed article give seven rows."""
    bad = failed("", visitx.InputError("The article is empty"))
    frame = visitx.to_frame([record(PERSIAN), record(IGDIR), bad])
    assert list(frame.columns) == FRAME_COLUMNS
    assert len(frame) == 7
    meeting = frame.iloc[0]
    assert meeting["visitor_countries"] == ["RUS"]
    assert meeting["host_countries"] == ["IRN"]
    assert meeting["date_calendar"] == "jalali"
    assert meeting["cameo"] == ["042", "043"]
    assert meeting["location"] == "Rasht"
    assert frame.iloc[-1]["error"] == "InputError: The article is empty"
    import pandas as pd

    assert pd.isna(frame.iloc[-1]["visit_id"])


def test_frame_dates_are_datetimes() -> None:
    """date_start is datetime: the Jalali date as 2023-04-07, the undated invitation NaT."""
    import pandas as pd

    frame = visitx.to_frame([record(PERSIAN)])
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert frame["date_start"].iloc[0] == pd.Timestamp("2023-04-07")
    assert pd.isna(frame["date_start"].iloc[1])


def test_frame_participant_columns_hold_every_participant() -> None:
    """participant_names lists visitors and hosts; the side columns stay beside it."""
    meeting = visitx.to_frame([record(PERSIAN)]).iloc[0]
    assert meeting["participant_names"] == ["Igor Babushkin", "Asadollah Abbasi"]
    assert meeting["participant_countries"] == ["IRN", "RUS"]
    assert meeting["visitor_names"] == ["Igor Babushkin"]
    assert meeting["host_names"] == ["Asadollah Abbasi"]


def test_frame_has_the_gazetteer_place() -> None:
    """city, lat and lon come from Place.geo (Rasht, GeoNames 118743); NaN where there is none."""
    frame = visitx.to_frame([record(PERSIAN), record(IGDIR)])
    assert (frame["city"].iloc[0], frame["lat"].iloc[0], frame["lon"].iloc[0]) == (
        "Rasht", 37.27611, 49.58862
    )
    assert frame["lat"].isna().tolist() == [False, False, False, True, False, False]


def test_plover_events_follow_the_codes() -> None:
    """The meeting is CONSULT/visit with Russia as actor; the invitation is AGREE."""
    meeting, invitation = visitx.to_plover(record(PERSIAN))
    assert (meeting["event_type"], meeting["mode"]) == ("CONSULT", "visit")
    assert meeting["actor"]["country"] == "RUS"
    assert meeting["recipient"]["country"] == "IRN"
    assert meeting["date"] == {"start": "2023-04-07", "end": "2023-04-07", "precision": "day"}
    text = record(PERSIAN).article.text
    assert text[meeting["text"]["start"]:meeting["text"]["end"]] == meeting["text"]["evidence"]
    assert (invitation["event_type"], invitation["mode"]) == ("AGREE", None)


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        (
            PERSIAN,
            {("RUS", "IRN", "042"), ("IRN", "RUS", "043"), ("IRN", "RUS", "036")},
        ),
        (
            "004_9cac97c1ccfe093a",
            {("TKM", "KOR", "042"), ("KOR", "TKM", "043")},
        ),
    ],
)
def test_cameo_dyads(stem: str, expected: set[tuple[str, str, str]]) -> None:
    """042 runs visitor → host, 043 host → visitor, 036 invitee → host."""
    rows = visitx.to_cameo_dyads([record(stem)])
    assert {(r["source"], r["target"], r["cameo"]) for r in rows} == expected


def test_signed_agreement_dyads_run_both_ways() -> None:
    """The Iğdır protocol (signed) adds 057 in both directions (a domestic TUR–TUR dyad)."""
    rows = visitx.to_cameo_dyads(record(IGDIR))
    assert {(r["source"], r["target"], r["cameo"]) for r in rows if r["cameo"] == "057"} == {
        ("TUR", "TUR", "057")
    }


def test_frame_of_events_has_typed_dates() -> None:
    """Given events, first_reported and date_start are datetimes too."""
    events = visitx.events([record(PERSIAN)])
    frame = visitx.to_frame(events)
    assert str(frame["date_start"].dtype).startswith("datetime64")
    assert str(frame["first_reported"].dtype).startswith("datetime64")
    assert len(frame) == 2


def test_missing_pandas_names_the_install_line_from_a_clone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without pandas, to_frame's error gives the line that works from a clone too."""
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(visitx.ConfigurationError, match=re.escape("""pip install '.[pandas]'""")):
        visitx.to_frame([])


def test_a_near_copys_rows_name_the_article_they_copy() -> None:
    """Seed 001 and its copy: the copy's row has duplicate_of = 001's id, 001's row None."""
    from visitx import ArticleRecord, read_results
    from visitx.screening.copies import copy_record

    gold = {r.article.source_id: r for r in read_results(ARTICLES / "gold.jsonl")}
    original = gold["001_9f738e0873a21075"]
    text = "Home | World\n" + original.article.text
    copy = copy_record(original, ArticleRecord(id=ArticleRecord.id_for(text), text=text))
    frame = visitx.to_frame([original, copy])
    assert frame["duplicate_of"].isna().tolist() == [True, False]  # each story counted once
    assert frame["duplicate_of"].iloc[1] == original.article.id
