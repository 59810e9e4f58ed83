"""Drafts round 14: weak-model drafts in genres earlier rounds used little – op-eds and
interviews that speak of a visit as an opinion, a wish or a plan – and summaries about the
opinion page itself (`bench/drafts_round14_cases.json`, written blind;
`bench/probe_drafts_round14.py`). Each test names its probe case (the `id` in that file);
every expected value is read off the article by hand.
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.record.unmet import NOT_OCCURRED, unmet_cue
from visitx.record.visitchecks import summary_copy_problem

EN_OPED = (
    "Emmanuel Macron should go to Beijing and meet Xi Jinping in person. Europe cannot "
    "afford to leave the talking to Washington."
)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # r14-f08: an op-ed's opinion of a visit to come
        ("Emmanuel Macron should go to Beijing and meet Xi Jinping in person.", "should go to"),
        # r14-f24: a French op-ed's "aurait dû se rendre" (should have gone)
        ("Tribune. Emmanuel Macron aurait dû se rendre à Alger dès le mois de janvier pour "
         "renouer avec Abdelmadjid Tebboune.", "aurait du se rendre"),
        # r14-f25: a German interview's first person future, its verb standing apart
        ("Im Herbst werde ich nach Peking reisen, sagte Außenminister Johann Wadephul der "
         "Zeitung.", "werde ich nach"),
    ],
)
def test_opinion_and_interview_future(sentence: str, cue: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        # a completed visit beside the opinion keeps it: "met" reports the meeting
        "Macron met Xi in Beijing on Friday and said Europe should meet China halfway.",
        # "wir werden" alone, of a quote in a visit's report, is no future of the visit
        "Scholz traf Selenskyj in Kiew: Wir werden die Ukraine weiter unterstützen.",
    ],
)
def test_completed_visit_keeps_its_report(sentence: str) -> None:
    assert unmet_cue(sentence, NOT_OCCURRED) is None


def test_oped_opinion_codes_nothing() -> None:
    # r14-f08
    visits, _ = build_one(EN_OPED, "en", "2025-09-01", {
        "evidence": [EN_OPED.split(". ", maxsplit=1)[0] + "."],
        "participants": [person("Emmanuel Macron", "visitor", "FRA"),
                         person("Xi Jinping", "host", "CHN")],
    })
    assert visits[0].codes.cameo == []


@pytest.mark.parametrize(
    "summary",
    [
        "This opinion piece is about a visit.",  # r14-f10
        "The author discusses a meeting.",
        "An op-ed about the talks.",
    ],
)
def test_summary_about_the_opinion_page(summary: str) -> None:
    assert summary_copy_problem(summary) == (
        "says nothing of the visit (no party, place, time or topic)"
    )


def test_summary_of_an_opinion_that_names_parties() -> None:
    summary = "Chancellor Friedrich Merz met President Emmanuel Macron in Paris."  # r14-f10
    assert summary_copy_problem(summary) is None


# -- a year of another sentence beside the evidence's own day word ----------------------------

EN_KYIV = (
    "President Alexander Stubb held talks with President Volodymyr Zelensky in Kyiv on "
    "Monday. The leaders reaffirmed the 1997 Treaty on Friendship between the two countries."
)
STUBB = [person("Alexander Stubb", "visitor", "FIN"), person("Volodymyr Zelensky", "host", "UKR")]


def test_treaty_year_of_the_next_sentence_gives_no_date() -> None:
    # r14-f35: "on Monday" (13 January 2025) does not fall in 1997; the codes stay
    visits, warnings = build_one(EN_KYIV, "en", "2025-01-14", {
        "evidence": [EN_KYIV.split(". ", maxsplit=1)[0] + "."],
        "participants": STUBB,
        "date_text": "1997",
    })
    date = visits[0].date
    assert date is not None
    assert date.start is None
    assert date.text is not None
    assert date.text.text == "1997"
    assert visits[0].codes.cameo == ["042", "043"]
    assert any("also gives 'Monday'" in w for w in warnings)


def test_relative_date_beside_the_day_of_the_report_keeps_its_reading() -> None:
    # the day word dates the report, not the visit (probe_drafts_round5 i01)
    text = ("Indian Prime Minister Narendra Modi will travel to Ghana next month, the Ministry "
            "of External Affairs said on Monday.")
    visits, _ = build_one(text, "en", "2025-06-03", {
        "status": "planned", "evidence": [text], "date_text": "next month",
        "participants": [person("Narendra Modi", "visitor", "IND")],
    })
    date = visits[0].date
    assert date is not None
    assert (date.start, date.end) == ("2025-07-01", "2025-07-31")


def test_year_inside_the_evidence_is_not_read_against_its_day_word() -> None:
    # "visited Hanoi in 2024, the ministry said on Monday": the year stays the visit's
    text = "Kenyan President William Ruto visited Hanoi in 2024, the ministry said on Monday."
    visits, _ = build_one(text, "en", "2025-01-14", {
        "evidence": [text], "date_text": "2024",
        "participants": [person("William Ruto", "visitor", "KEN")],
    })
    date = visits[0].date
    assert date is not None
    assert (date.start, date.end) == ("2024-01-01", "2024-12-31")
