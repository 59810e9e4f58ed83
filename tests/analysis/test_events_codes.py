"""visitx.events: an event's codes and date rest on the reports their own records coded and dated.

The articles are written for these tests (English, so every value can be checked by eye):
A reports the visit with a named visitor and host in a sentence (coded 042/043 by its
record); B gives it only in a heading (no evidence sentence: uncoded); C names no one
("delegation", "officials": uncoded). All three report the same visit of 14 May 2024, in
Gaziantep, by a visitor from Uzbekistan, so `events` groups them into one event.
"""

from __future__ import annotations

from typing import Any

from visitx import Event, events
from visitx.analysis.export import to_frame
from visitx.analysis.tables import table_rows
from visitx.core.models import Article, Codes, Extraction, Meta
from visitx.record.build import build_visits
from visitx.record.draft import Draft

GAZIANTEP = {"name": "Gaziantep", "name_en": "Gaziantep", "city": "Gaziantep", "country": "TUR"}
A_TEXT = (
    "Uzbek governor in Gaziantep\n\nThe Governor of Namangan, Shavkat Rahimov, visited "
    "Gaziantep on {date}. Governor Kemal Ceber received Rahimov in his office."
)
B_TEXT = (
    "Namangan governor Shavkat Rahimov visits Gaziantep on {date}\n\nTrade and textiles were "
    "discussed with Turkish officials."
)
C_TEXT = (
    "News from Gaziantep\n\nA delegation from Uzbekistan came to Gaziantep on {date} and met "
    "officials."
)
B_WARNINGS = [
    "visits[0].evidence: 'Namangan governor Shavkat Rahimov visits Gaziantep on 14 May' is not "
    "a sentence (a heading or caption: a line with no sentence end)",
    "visits[0]: no evidence sentence was found in the article; no CAMEO/PLOVER codes",
]
C_WARNINGS = [
    "visits[0]: no participant is named in the article (only generic words: 'delegation', "
    "'officials'); no CAMEO/PLOVER codes"
]


def _person(name: str, role: str, country: str, kind: str = "person") -> dict[str, Any]:
    return {"role": role, "kind": kind, "name": name, "name_en": name, "country": country}


def _record(text: str, url: str, published: str, visit: dict[str, Any]) -> Extraction:
    """A record built as the pipeline builds it (`build_visits`), from a hand-written draft."""
    article = Article(
        id=Article.id_for(text), text=text, language="en", published=published, url=url
    )
    draft = Draft.model_validate({"language": "en", "visits": [visit]})
    visits, warnings = build_visits(draft, article)
    return Extraction(article=article, visits=visits, meta=Meta(warnings=warnings))


def _a(date: str = "14 May", published: str = "2024-05-16") -> Extraction:
    evidence = f"The Governor of Namangan, Shavkat Rahimov, visited Gaziantep on {date}."
    return _record(
        A_TEXT.format(date=date),
        "https://a.example/1",
        published,
        {
            "evidence": [evidence],
            "type": "visit",
            "status": "occurred",
            "summary": "The Governor of Namangan visited Gaziantep.",
            "participants": [
                _person("Shavkat Rahimov", "visitor", "UZB"),
                _person("Kemal Ceber", "host", "TUR"),
            ],
            "location": GAZIANTEP,
            "date_text": date,
        },
    )


def _b(date: str = "14 May") -> Extraction:
    text = B_TEXT.format(date=date)
    return _record(
        text,
        "https://b.example/2",
        "2024-05-15",
        {
            "evidence": [text.split("\n")[0]],
            "type": "third_location",
            "status": "occurred",
            "summary": "The Namangan governor visited Gaziantep.",
            "participants": [
                _person("Shavkat Rahimov", "visitor", "UZB"),
                _person("Turkish officials", "host", "TUR", "organization"),
            ],
            "location": GAZIANTEP,
            "date_text": date,
        },
    )


def _c(date: str = "14 May") -> Extraction:
    return _record(
        C_TEXT.format(date=date),
        "https://c.example/3",
        "2024-05-17",
        {
            "evidence": [
                f"A delegation from Uzbekistan came to Gaziantep on {date} and met officials."
            ],
            "type": "third_location",
            "status": "occurred",
            "summary": "An Uzbek delegation visited Gaziantep.",
            "participants": [
                _person("delegation", "visitor", "UZB", "organization"),
                _person("officials", "host", "TUR", "organization"),
            ],
            "location": GAZIANTEP,
            "date_text": date,
        },
    )


def _one(found: list[Event]) -> Event:
    assert len(found) == 1
    return found[0]


def test_the_hand_built_reports_are_coded_as_their_articles_allow() -> None:
    """The premise: A is coded 042/043; B (heading) and C (no one named) are not, and say why."""
    a, b, c = _a(), _b(), _c()
    assert a.visits[0].codes.cameo == ["042", "043"]
    assert (b.visits[0].codes, b.meta.warnings) == (Codes(), B_WARNINGS)
    assert (c.visits[0].codes, c.meta.warnings) == (Codes(), C_WARNINGS)


def test_an_event_of_uncoded_reports_is_uncoded_and_says_why() -> None:
    """B and C: B's named visitor and C's evidence sentence, taken together, once made the
    event look codable (044); neither article codes its visit, so the event has no codes."""
    event = _one(events([_b(), _c()]))
    assert event.type.value == "third_location"
    assert event.codes == Codes()
    assert event.warnings == [
        "no report of this event is coded (2 of 2: no participant named in its article, no "
        "evidence sentence of it or no summary sentence; see the mentions' warnings); no "
        "CAMEO/PLOVER codes"
    ]
    assert [m.coded for m in event.mentions] == [False, False]
    assert event.grounded is False


def test_codes_type_and_summary_come_from_the_coded_report() -> None:
    """A says `visit`; B and C (two sources, uncoded) say `third_location`. The coded report
    decides: type visit, 042/043 (was third_location and 044 by the uncoded majority)."""
    event = _one(events([_a(), _b(), _c()]))
    assert event.type.value == "visit"
    assert event.codes == Codes(cameo=["042", "043"], plover_event="CONSULT", plover_mode="visit")
    assert event.conflicts["type"] == ["visit", "third_location"]  # the others' value kept
    assert event.summary == "The Governor of Namangan visited Gaziantep."
    # A's participants only: "Turkish officials", "delegation", "officials" name no one.
    assert [p.name.text for p in event.participants] == ["Shavkat Rahimov", "Kemal Ceber"]
    assert event.n_sources == 3
    assert event.warnings == [
        "2 of 3 reports are not coded (see the mentions' warnings); the type, status, codes "
        "and other values are the coded reports'"
    ]


def test_the_date_comes_from_the_coded_report() -> None:
    """A dates the visit 14 May (day); B and C, uncoded, say May (two sources). The event's
    date is A's; the month is listed in `conflicts` (was the month, by two sources to one)."""
    event = _one(events([_a(), _b("May"), _c("May")]))
    assert event.date is not None
    assert event.date.model_dump(include={"start", "end", "precision"}) == {
        "start": "2024-05-14",
        "end": "2024-05-14",
        "precision": "day",
    }
    assert event.conflicts["date"] == ["2024-05-14 (day)", "2024-05-01..2024-05-31 (month)"]


def test_a_date_text_that_gives_no_date_gives_the_event_none() -> None:
    """A, published 2024-05-16, says the visit took place on 14 May 2025: its record keeps
    the text without start or end; the event has no date (it had the text-only value) and
    its warnings say so."""
    record = _a(date="14 May 2025")
    date = record.visits[0].date
    assert date is not None
    assert date.model_dump(include={"text", "start", "end"}) == {
        "text": {"text": "14 May 2025", "start": 93, "end": 104, "match": "exact"},
        "start": None,
        "end": None,
    }
    event = _one(events([record]))
    assert event.date is None
    assert event.codes.cameo == ["042", "043"]  # coded: its date is not what codes rest on
    assert event.warnings == [
        "no report the event takes its values from has a date text that reads as a date (see "
        "the mentions' warnings); the event has no date"
    ]
    assert event.mentions[0].warnings == [
        "visits[0].date_text: '14 May 2025' reads as 2025-05-14, after the article's "
        "publication (2024-05-16), for a visit that occurred, so the visit has no date"
    ]


def test_mentions_carry_their_reports_flags_and_warnings() -> None:
    """Each mention has its record's `grounded`, `coded` and warnings about its visit; the
    event is grounded only when every mention is."""
    event = _one(events([_a(), _b(), _c()]))
    by_url = {m.url: m for m in event.mentions}
    assert [(by_url[u].grounded, by_url[u].coded) for u in sorted(by_url)] == [
        (True, True),
        (False, False),
        (False, False),
    ]
    assert by_url["https://a.example/1"].warnings == []
    assert by_url["https://b.example/2"].warnings == B_WARNINGS
    assert by_url["https://c.example/3"].warnings == C_WARNINGS
    assert event.grounded is False
    assert event.as_visit().grounded is False  # exports and the report show it


def test_event_tables_show_grounded_warnings_and_coded() -> None:
    """`to_frame(events)` and the `mentions` table carry the flags and the warnings."""
    found = events([_b(), _c()])
    row = to_frame(found).iloc[0]
    assert bool(row["grounded"]) is False
    assert row["warnings"] == found[0].warnings
    assert row["cameo"] == []
    mentions = table_rows([_b(), _c()], events=found)["mentions"]
    assert [(m["coded"], m["grounded"]) for m in mentions] == [(False, False), (False, False)]
    assert sorted(len(m["warnings"]) for m in mentions) == [1, 2]


def _cancelled(text: str, participants: list[dict[str, Any]]) -> Extraction:
    return _record(
        text,
        "https://d.example/4",
        "2024-05-13",
        {
            "evidence": [text.split("\n\n")[1]],
            "type": "visit",
            "status": "cancelled",
            "summary": "The visit to Gaziantep was cancelled.",
            "participants": participants,
            "location": GAZIANTEP,
            "date_text": "14 May",
        },
    )


def test_a_cancelled_report_counts_only_when_it_names_someone() -> None:
    """A cancelled visit has no codes by the table, so `coded` means "codable" for it: a
    report that names no one ("delegation", "officials") is not coded and its event says
    so; one that names the visitor is."""
    nobody = _cancelled(
        "Visit called off\n\nThe visit of a delegation from Uzbekistan to Gaziantep on 14 May "
        "was cancelled, officials said.",
        [_person("delegation", "visitor", "UZB", "organization")],
    )
    event = _one(events([nobody]))
    assert event.status.value == "cancelled"
    assert [m.coded for m in event.mentions] == [False]
    assert event.mentions[0].warnings == [
        "visits[0]: no participant is named in the article (only generic words: "
        "'delegation'); no CAMEO/PLOVER codes"
    ]
    assert event.warnings[0].startswith("no report of this event is coded (1 of 1:")
    named = _cancelled(
        "Visit called off\n\nThe visit of Governor Shavkat Rahimov to Gaziantep on 14 May "
        "was cancelled, officials said.",
        [_person("Shavkat Rahimov", "visitor", "UZB")],
    )
    event = _one(events([named]))
    assert [m.coded for m in event.mentions] == [True]
    assert event.warnings == []
    assert event.codes == Codes()  # cancelled: no codes by the table
