"""Drafts round 13: weak-model drafts on long pages that cannot fake a visit, and genuine
drafts in 13 languages (`bench/drafts_round13_cases.json`, written blind;
`bench/probe_drafts_round13.py`). Each test names its probe case (the `id` in that file);
every expected value is read off the article by hand.
"""

from __future__ import annotations

import pytest
from draft_build import build_one, person

from visitx.core.models import Span
from visitx.record.innerword import longer_word
from visitx.record.unmet import engagement_cue
from visitx.record.visitchecks import summary_copy_problem

# -- a name found only as the start of another country's name ---------------------------------

EN_BUCHAREST = (
    "BUCHAREST, June 12 (Reuters) - Nigerian President Bola Tinubu held talks with Romanian "
    "President Nicusor Dan in Bucharest on Wednesday, the first visit by a Nigerian head of "
    "state to the country in more than two decades."
)
ES_INVITE = "Attaf invitó a Albares a visitar Argelia en otoño, según fuentes diplomáticas."


@pytest.mark.parametrize(
    ("quote", "found", "language", "why"),
    [
        # r13-n03: "Niger" is only the start of "Nigerian" (Nigeria, not Niger)
        ("Niger", "Nigerian", "en", "the article has only 'Nigerian', which names another country"),
        # r13-e03: the capital "Argel" is only the start of Spanish "Argelia" (Algeria)
        ("Argel", "Argelia", "es", "the article has only 'Argelia', which names another country"),
        # r13-m03: Italian "Algeri" (Algiers) inside "Algeria"
        ("Algeri", "Algeria", "it", "the article has only 'Algeria', which names another country"),
        # a case ending of the same country is the quote: German "Polens" for "Polen"
        ("Polen", "Polens", "de", None),
        # a person's case ending names no country: Russian "Путина" for "Путин"
        ("Путин", "Путина", "ru", None),
    ],
)
def test_longer_word(quote: str, found: str, language: str, why: str | None) -> None:
    span = Span(text=found, start=0, end=len(found), match="fuzzy")
    assert longer_word(quote, span, language) == why


def test_niger_in_nigerian_names_no_participant() -> None:
    # r13-n03: the only participant "Niger" stands nowhere in the article as a word
    visits, warnings = build_one(EN_BUCHAREST, "en", "2025-06-12", {
        "evidence": [EN_BUCHAREST.split(" - ", 1)[1]],
        "participants": [person("Niger", "visitor", "NER") | {"kind": "organization"}],
        "date_text": "on Wednesday",
    })
    assert visits[0].participants[0].name.match is None
    assert visits[0].codes.cameo == []
    assert any("'Niger' was not found" in w for w in warnings)


def test_argel_in_argelia_is_no_place() -> None:
    # r13-e03: the invitation keeps its code; the place "Argel" is not found, so ungrounded
    visits, _ = build_one(ES_INVITE, "es", "2025-06-05", {
        "status": "invited",
        "evidence": [ES_INVITE],
        "participants": [person("Albares", "visitor", "ESP"), person("Attaf", "host", "DZA")],
        "location": {"name": "Argel", "country": "DZA"},
    })
    assert visits[0].location is not None
    assert visits[0].location.name.match is None
    assert visits[0].codes.cameo == ["036"]
    assert visits[0].grounded is False


# -- a summary that says nothing ------------------------------------------------------------


@pytest.mark.parametrize(
    "summary",
    [
        "The article reports on a visit.",  # r13-n10
        "No summary available.",  # r13-n11
        "Summary of the visit described in the article.",  # r13-n12
        "A meeting took place.",  # r13-c07
        "The text describes an official visit.",  # r13-e07
        "This article is about a meeting.",  # r13-h04
    ],
)
def test_summary_that_says_nothing(summary: str) -> None:
    assert summary_copy_problem(summary) == (
        "says nothing of the visit (no party, place, time or topic)"
    )


@pytest.mark.parametrize(
    "summary",
    [
        "The two ministers discussed trade.",  # a topic
        "A meeting took place in Warsaw.",  # a place
        "Nigerian President Bola Tinubu held talks with Romanian President Nicusor Dan.",
    ],
)
def test_summary_that_says_something(summary: str) -> None:
    assert summary_copy_problem(summary) is None


def test_empty_summary_codes_nothing() -> None:
    # r13-n10
    visits, warnings = build_one(EN_BUCHAREST, "en", "2025-06-12", {
        "summary": "The article reports on a visit.",
        "evidence": [EN_BUCHAREST.split(" - ", 1)[1]],
        "participants": [person("Bola Tinubu", "visitor", "NGA"),
                         person("Nicusor Dan", "host", "ROU")],
        "date_text": "on Wednesday",
    })
    assert visits[0].codes.cameo == []
    assert any("says nothing of the visit" in w for w in warnings)


# -- engagement words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # r13-f02: a reception to come, "примет" (will receive)
        ("В среду его примет секретарь Совета безопасности РФ Сергей Шойгу.", "примет"),
        # r13-m03: "si era recata" (had gone to)
        ("Meloni si era recata in Algeria nel gennaio 2023, nel suo primo viaggio bilaterale "
         "fuori dall'Europa.", "recat"),  # the table's stem recat*
        # r13-l02: "esteve em" (was in)
        ("Lula esteve em Santiago em agosto de 2024, quando os dois governos assinaram 19 "
         "acordos.", "esteve em"),
    ],
)
def test_engagement_words(sentence: str, cue: str) -> None:
    assert engagement_cue(sentence) == cue
