"""A visit given as occurred whose evidence rules the visit out gets no codes.

Seen in a real run (bench/README.md, "Real server, round 8"): SmolLM2-135M on llama.cpp
drafted a visit of Frank-Walter Steinmeier from "Bundespräsident Frank-Walter Steinmeier
schloss einen Besuch in Moskau aus." (the article `r7_de_schlossaus` of
`bench/real_drafts_round7_articles.jsonl`: he ruled a visit to Moscow out). With his name
and that sentence, and the status `occurred`, the visit was coded 042/043. The phrases
of `## ruled_out` (read for planned visits) now deny an occurred one too when no phrase of
a completed visit stands beside them and an engagement word follows; `## plan_denied`
("neither") stays for planned visits only. Every expected value is read off the sentence
by hand.
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.record.unmet import NOT_OCCURRED, cancelled_cue, unmet_cue

STEINMEIER = "Bundespräsident Frank-Walter Steinmeier schloss einen Besuch in Moskau aus."


def test_the_real_run_draft_of_a_visit_ruled_out_is_not_coded() -> None:
    """r7_de_schlossaus: found name, found sentence, status occurred – and no codes."""
    visitor = person("Frank-Walter Steinmeier", "visitor", "DEU")
    [visit], warnings = build_one(
        STEINMEIER, "de", "2023-03-02", {"evidence": [STEINMEIER], "participants": [visitor]}
    )
    assert visit.participants[0].name.match == "exact"
    assert visit.codes.cameo == []
    assert visit.codes.plover_event is None
    assert any("did not take place" in w or "yet to come" in w for w in warnings), warnings


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (STEINMEIER, "schloss einen besuch"),
        ("The Kremlin ruled out a visit by Putin to Pyongyang.", "ruled out"),
        ("There are no plans for Biden to visit Kyiv, the White House said.",
         "there are no plans"),
        ("Le président a exclu une visite à Moscou.", "a exclu"),
        ("El canciller descartó un viaje a Caracas.", "descart"),
        ("Peskov dementierte Berichte über einen Besuch Putins in Nordkorea.", "dementier"),
    ],
)
def test_a_plan_ruled_out_says_the_visit_did_not_take_place(sentence: str, cue: str) -> None:
    """The phrase that rules the visit out, folded."""
    assert unmet_cue(sentence, NOT_OCCURRED) == cue


@pytest.mark.parametrize(
    "sentence",
    [
        # a completed visit beside the ruling-out
        "Putin, who had ruled out a trip last year, arrived in Pyongyang on Tuesday.",
        "Scholz held talks in Beijing, but ruled out a visit to Taiwan.",
        # what is ruled out is no engagement
        "In Beijing, Scholz ruled out recognising Taiwan.",
        # "neither" follows many a real meeting
        "Neither side gave details of the talks in Ankara.",
        # a ruling-out refused
        "The Kremlin did not rule out a visit to Pyongyang.",
    ],
)
def test_a_ruling_out_that_leaves_the_visit_standing(sentence: str) -> None:
    """No phrase says the visit did not take place."""
    assert unmet_cue(sentence, NOT_OCCURRED) is None


def test_neither_still_denies_a_planned_visit() -> None:
    """`## plan_denied`: read for a visit given as planned or invited, as before."""
    assert cancelled_cue("Neither minister will travel to Geneva.") == "neither"
