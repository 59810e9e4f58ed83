"""What real weak models' drafts showed in round 4 (bench/README.md, "Real small models'
drafts, round 4"), as offline examples.

Each draft is a model's answer on a real llama.cpp server (`visitx serve`), copied from
`bench/real_drafts_round4.jsonl` (the logged answers, the first draft and the answer to
visitx's re-ask); the expected values were checked by hand against the article.
"""

from __future__ import annotations

from typing import Any

import visitx
from visitx import Settings
from visitx.core.models import Article, Codes
from visitx.record.build import build_visits
from visitx.record.draft import Draft
from visitx.record.sentences import sentence_problem
from visitx.record.visitchecks import summary_copy_problem

from conftest import load_article
from scripted_client import ScriptedClient

SETTINGS = Settings(model="m", mode="json", cache=False, screen=False, strip_boilerplate=True,
                    max_reasks=1)


def _extract(text: str, *answers: dict[str, Any], **given: Any) -> tuple[Any, ScriptedClient]:
    recorder = ScriptedClient(*answers)
    result = visitx.extract(text, settings=SETTINGS, client=recorder.client, **given)
    return result, recorder


# Gemma-3-270M on the seed 004 (German; a Turkmen official meets South Korea's first vice
# minister in Seoul): the evidence is not in the article; the summary is braces, and after
# the re-ask the braces followed by the re-ask's own words.
GEMMA_004_EVIDENCE = [
    "The first visit to the Turkmenabat phosphate mine was held in Seoul, Korea on 20th "
    "October 2016. The delegation included Deryageldi Orazov (Minister of Land), Jin Hyun "
    "Hwan (President of Korean Chamber of Commerce and Industry) and other officials from "
    "both countries",
    "date_text",
]
GEMMA_004_FIRST = {"language": "en", "visits": [{
    "evidence": GEMMA_004_EVIDENCE, "type": "visit", "status": "invited",
    "summary": "}, { 1 } ]} } } } } } } { 2 } } } } } }, { 3 } } } } }) } } } ) } } } } ] } } "
               "} } } }] } } } } } )) } } } } } "}]}
GEMMA_004_AGAIN = {"language": "en", "visits": [{
    "evidence": GEMMA_004_EVIDENCE, "type": "visit", "status": "invited",
    "summary": "}, { 1 } ]} } } } }, { 2 } } } }) } } } ) } } } } ] } } } } } }] } } } } )) } "
               "} } } } ' is not a summary (too few letters). Write one English sentence: who "
               "met whom, where, when. [type=value_error, input_value={'language': 'en', "
               "'visit... } } } } ) } } ] } } } "}]}


def test_gemma_summary_echoing_the_reask_is_a_copy() -> None:
    """The second answer's summary holds the re-ask's "Write one English sentence: who met
    whom, where, when." among braces: a copy of the instructions, not a summary (before,
    it passed as a sentence: enough letters and words)."""
    echo = GEMMA_004_AGAIN["visits"][0]["summary"]
    assert summary_copy_problem(echo) == "copied from the draft's instructions"
    assert sentence_problem(echo) is None  # why the copy check must catch it


def test_gemma_draft_of_004_keeps_no_summary_silently() -> None:
    """The record flags the summary it keeps (both answers' summaries are junk) and codes
    nothing; before, it kept the echo with no word about it."""
    text, _ = load_article("004_9cac97c1ccfe093a")
    result, recorder = _extract(text, GEMMA_004_FIRST, GEMMA_004_AGAIN, language="de")
    assert len(recorder.bodies) == 2  # the draft, then one re-ask
    assert "is not a summary" in recorder.prompt(1)
    [visit] = result.visits
    assert (visit.grounded, visit.codes.cameo, visit.date) == (False, [], None)
    summary_warnings = [w for w in result.meta.warnings if w.startswith("visits[0].summary: ")]
    assert len(summary_warnings) == 1, result.meta.warnings


# Gemma-3-270M on r4_tr_related (bench/real_drafts_round4_articles.jsonl: Aliyev meets
# Erdoğan in Ankara; an "İlgili Haberler" block names two other visits), twice the same.
GEMMA_TR_RELATED = {"language": "en", "visits": [{
    "evidence": ["18/05/2017"], "type": "visit", "status": "invited",
    "summary": "X invited Y to visit Z", "date_text": "18/06/2014, 13:00",
    "topics": ["education", "energy", "urban_development", "industry", "science_technology",
               "transport_logistics"],
    "follow_ups": ["18/06/2014, 13:00", "19/05/2017", "on Friday",
                   "visitx invited Y to visit Z"]}]}
TR_RELATED = (
    "Azerbaycan Cumhurbaşkanı İlham Aliyev, salı günü Ankara'da Cumhurbaşkanı Recep Tayyip "
    "Erdoğan ile bir araya geldi.\nGörüşmede enerji ve ulaştırma projeleri konuşuldu.\n\n"
    "İlgili Haberler\nErdoğan Atina'yı ziyaret etti\nMacron Berlin'de Scholz ile görüştü\n"
)


def test_gemma_template_summary_is_flagged() -> None:
    """"X invited Y to visit Z" names no one: the record says the summary is a template
    (before: no word about it), and the re-ask named it."""
    result, recorder = _extract(TR_RELATED, GEMMA_TR_RELATED, language="tr",
                                published="2024-06-04")
    assert "X invited Y to visit Z' is not a summary (a template" in recorder.prompt(1)
    [visit] = result.visits
    assert (visit.grounded, visit.codes.cameo, visit.date) == (False, [], None)
    assert ("visits[0].summary: 'X invited Y to visit Z' is not a summary (a template with "
            "letters for the names)") in result.meta.warnings
    # The related block is not shown to the model.
    assert "Atina" not in recorder.prompts()
    assert "Aliyev" in recorder.prompt(0)


# SmolLM2-135M on r4_en_phone, with the request's schema requiring participants (the
# bench run "participants required"): a telephone call given as a visit the sides were
# invited to; the answer to the re-ask drops the repeated participant.
EN_PHONE = (
    "U.S. Secretary of State Antony Blinken spoke by phone with Chinese Foreign Minister Wang "
    "Yi on Wednesday.\nThe two discussed the situation in the Red Sea and preparations for "
    "further talks between their countries.\nNo visit was announced.\n"
)
_WANG = {"role": "host", "kind": "person", "name": "Chinese Foreign Minister Wang Yi",
         "title": "foreign minister of China", "country": "China",
         "sector": "international_org"}
_BLINKEN = {"role": "participant", "kind": "organization",
            "name": "U.S. Secretary of State Antony Blinken",
            "title": "Foreign Minister of the United States", "country": "United States",
            "sector": "international_org"}
_SAID = "[] no visit is confirmed, but the two are scheduled to discuss further plans,"
SMOL_PHONE_FIRST = {"language": "en", "visits": [{
    "evidence": [EN_PHONE.splitlines()[0], "No visit was announced."],
    "type": "visit", "status": "invited", "summary": _SAID,
    "participants": [_WANG, _BLINKEN, {**_WANG, "role": "participant", "kind": "organization"}],
    "date_text": _SAID}]}
SMOL_PHONE_AGAIN = {"language": "en", "visits": [{
    **SMOL_PHONE_FIRST["visits"][0], "participants": [_WANG, _BLINKEN]}]}


def test_smollm2_phone_call_given_as_a_visit_gets_no_codes() -> None:
    """Both names and both evidence sentences are the article's, but the article reports
    a call ("spoke by phone", "No visit was announced"): no 036/AGREE (before: 036, AGREE
    for an invitation no sentence reports), and the record says why."""
    result, recorder = _extract(EN_PHONE, SMOL_PHONE_FIRST, SMOL_PHONE_AGAIN, language="en",
                                published="2024-02-08")
    assert len(recorder.bodies) == 2
    [visit] = result.visits
    assert [(p.name.text, p.name.start) for p in visit.participants] == [
        ("Chinese Foreign Minister Wang Yi", 59), ("U.S. Secretary of State Antony Blinken", 0)]
    assert [(e.start, e.end) for e in visit.evidence] == [(0, 105), (213, 236)]
    assert visit.codes.cameo == []
    assert visit.codes.plover_event is None
    assert visit.date is None
    assert ("visits[0]: the visit is given as a meeting in person, but its evidence reports a "
            "telephone or video call; no CAMEO/PLOVER codes") in result.meta.warnings


def test_call_rule_leaves_a_remote_call_its_codes() -> None:
    """The real draft with the type and status the article supports (remote, occurred)
    and a summary keeps its codes (041, phone): the rule is about a call given as a
    meeting in person, not about calls."""
    remote = {"language": "en", "visits": [{**SMOL_PHONE_AGAIN["visits"][0],
                                            "type": "remote", "status": "occurred",
                                            "summary": "Blinken and Wang Yi spoke by phone."}]}
    result, _ = _extract(EN_PHONE, remote, language="en", published="2024-02-08")
    [visit] = result.visits
    assert (visit.codes.cameo, visit.codes.plover_mode) == (["041"], "phone")


# SmolLM2-135M on r4_en_dateheavy, participants required (max_tokens 2048): its first
# answer (the answer to the re-ask was cut off, so this draft is the one kept). The
# visitor's "name" is the article's second sentence (characters 96-200).
EN_DATEHEAVY = (
    "The agreement, first negotiated in 2011 and amended in March 2016, expired on 31 December "
    "2022.\nTalks resumed in 2023 after a pause of almost two years, and a draft was circulated "
    "on 14 February 2024.\nOn Monday, September 30, 2024, Estonian Prime Minister Kristen "
    "Michal visited Helsinki, where he met Finnish Prime Minister Petteri Orpo.\nThe two "
    "leaders agreed that the new text should enter into force on 1 January 2026 and run until "
    "2035.\n"
)
_TALKS = ("Talks resumed in 2023 after a pause of almost two years, and a draft was circulated "
          "on 14 February 2024.")
_TALKS_CUT = "Talks resumed in 2023 after a pause of almost two years, and a draft was circulated on 14 February "  # noqa: E501
_AGREEMENT = ("The agreement, first negotiated in 2011 and amended in March 2016. Told the new "
              "text to enter into force on January 25th 2037.")
SMOL_DATEHEAVY = {"language": "en", "visits": [
    {"evidence": [_TALKS, _AGREEMENT], "type": "visit", "status": "invited",
     "summary": _AGREEMENT,
     "participants": [{"role": "visitor", "kind": "person", "name": _TALKS},
                      {"role": "participant", "kind": "organization",
                       "name": "Keskustelu Estoniani"}],
     "date_text": "[" + _TALKS_CUT, "topics": ["agriculture_food", "science_technology"]},
    {"evidence": [_TALKS_CUT, "tamu-laketelo", "Keskustelu Estoniani"], "type": "visit",
     "status": "invited", "summary": "[" + _TALKS_CUT,
     "participants": [{"role": "visitor", "kind": "person", "name": _TALKS_CUT,
                       "title_en": "Szcześciak keskustelu Estoniani", "sector": "military"},
                      {"role": "visitor", "kind": "organization", "name": "Kasuktilen Estonien"}],
     "date_text": "[" + _TALKS_CUT,
     "follow_ups": ["Szcześciak keskustelu Estoniani", "Kasuktilen Estonien",
                    "2023-09-14 2:57:58.6,  2023-AUG-20/Talks resumed in 2023 after a pause of "
                    "almost two years, and a draft was circulated on January 25th 2037.",
                    "Szcześciak keskustelu Estoniani"]},
]}


def test_smollm2_sentence_as_a_participant_names_no_one() -> None:
    """The visitor "Talks resumed in 2023 … 14 February 2024." is found in the article
    (96-200) but is a sentence, not a name: no 036/AGREE (before: coded, with this
    sentence the only participant found), and the warning says what was found instead."""
    article = Article(id=Article.id_for(EN_DATEHEAVY), text=EN_DATEHEAVY, language="en",
                      published="2024-09-30")
    visits, warnings = build_visits(Draft.model_validate(SMOL_DATEHEAVY), article)
    assert [(p.name.text, p.name.start) for p in visits[0].participants] == [
        (_TALKS, 96), ("Keskustelu Estoniani", None)]
    assert [v.codes for v in visits] == [Codes(), Codes()]
    # The date text is found (fuzzily, 96-194) but reads as no date: no start, no end.
    assert [(v.date.start, v.date.end) for v in visits if v.date] == [(None, None)] * 2
    assert (
        "visits[0]: no participant is named in the article (only generic words or sentences: "
        "'Talks resumed in 2023 after a pause of almost two years, and a draft was circul…'); "
        "no CAMEO/PLOVER codes"
    ) in warnings


def test_smollm2_phone_call_is_re_asked_with_the_call_named() -> None:
    """The re-ask says the evidence reports a call and asks for type 'remote'."""
    _, recorder = _extract(EN_PHONE, SMOL_PHONE_FIRST, SMOL_PHONE_AGAIN, language="en",
                           published="2024-02-08")
    assert ("visits[0].type = 'visit', but its evidence reports a call ('by phone') and no "
            "visit. Give type 'remote'") in recorder.prompt(1)

